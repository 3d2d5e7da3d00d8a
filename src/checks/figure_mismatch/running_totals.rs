//! Running totals: a count that grows as news comes in ("killed", "injured"), stated higher
//! by the article published later, may be an updated toll rather than an error.

use super::options::FigureOptions;
use crate::extract::{Document, Figure};

/// Words either side of a figure searched for a running-total word ("killed 12", "12 people
/// were injured", "the death toll rose to 15").
pub(super) const RUNNING_TOTAL_WINDOW: usize = 4;

/// A count that grows as news comes in, stated higher by the article published later: the
/// two publication dates (later, earlier). Both figures must count (no currency, percentage,
/// duration or number of a name) with a `running_totals` word near each; both articles must
/// carry a publication date, and the dates must differ.
pub(super) fn running_total_update(
    options: &FigureOptions,
    a: (&Document, usize, &Figure),
    b: (&Document, usize, &Figure),
) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
    let words = options.running_totals.as_deref()?;
    let (pa, pb) = (a.0.article.published?, b.0.article.published?);
    if pa == pb {
        return None;
    }
    let counts = |f: &Figure| {
        f.unit
            .as_deref()
            .is_none_or(crate::extract::number::is_count_unit)
    };
    let near_word = |(doc, s, f): (&Document, usize, &Figure)| {
        let text = doc.article.text.as_str();
        let sentence = &doc.sentences[s];
        let lower = |w: &str| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        };
        let before: Vec<String> = text[sentence.start..f.start.max(sentence.start)]
            .split_whitespace()
            .rev()
            .take(RUNNING_TOTAL_WINDOW)
            .map(lower)
            .collect();
        let after = text[f.end.min(sentence.end)..sentence.end]
            .split_whitespace()
            .take(RUNNING_TOTAL_WINDOW)
            .map(lower);
        before
            .into_iter()
            .chain(after)
            .any(|w| words.iter().any(|x| x.eq_ignore_ascii_case(&w)))
    };
    if !(counts(a.2) && counts(b.2) && near_word(a) && near_word(b)) {
        return None;
    }
    let ((later, later_fig), (earlier, earlier_fig)) = if pa > pb {
        ((pa, a.2), (pb, b.2))
    } else {
        ((pb, b.2), (pa, a.2))
    };
    (later_fig.low > earlier_fig.high).then_some((later, earlier))
}
