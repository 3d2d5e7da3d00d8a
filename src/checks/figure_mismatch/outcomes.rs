//! Counts anchored to what they count: a figure next to a word of an outcome ("killing 31
//! people", "the death toll has reached 13", "16 fatalities") counts that outcome whatever
//! noun it takes, so two aligned sentences that each give one count of one outcome state the
//! same quantity ("killing 31 people" vs "the death toll has reached 13").

use super::agreement::agree_as_counts;
use super::counts::{has_count_unit, is_year};
use crate::extract::{Document, Figure};
use crate::lexicon::COUNTED_OUTCOMES;

/// How many words before a figure, and after it, may name its outcome ("the death toll has
/// reached 13", "13 people were killed").
const BEFORE: usize = 4;
const AFTER: usize = 3;

/// Whether a figure may count something: a count noun or none, not an ordinal, a year or a
/// number in a name.
fn counts(f: &Figure) -> bool {
    has_count_unit(f) && !f.ordinal && !f.in_name() && !is_year(f)
}

/// The outcome a figure counts: the one outcome the words around it name, in its own
/// sentence (a clause break, a period or a semicolon ends the window); None for a figure
/// that measures, a share, an ordinal, a year or a number in a name, or for words naming two
/// outcomes ("killed 3 and injured 12").
fn outcome(doc: &Document, sentence: usize, f: &Figure) -> Option<&'static str> {
    if !counts(f) {
        return None;
    }
    let s = &doc.sentences[sentence];
    let text = &doc.article.text;
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let clause = |t: &str, last: bool| -> String {
        let parts: Vec<&str> = t.split([',', ';', '.', ':', '(', ')']).collect();
        let part = if last { parts.last() } else { parts.first() };
        part.copied().unwrap_or("").to_string()
    };
    let before = words(&clause(text.get(s.start..f.start).unwrap_or(""), true));
    let after = words(&clause(text.get(f.end..s.end).unwrap_or(""), false));
    let window = before[before.len().saturating_sub(BEFORE)..]
        .iter()
        .chain(after.iter().take(AFTER))
        .map(String::as_str)
        .chain(f.unit.as_deref());
    let mut found: Option<&'static str> = None;
    for word in window {
        if let Some(o) = COUNTED_OUTCOMES.get(word) {
            if found.is_some_and(|x| x != o) {
                return None;
            }
            found = Some(o);
        }
    }
    found
}

/// Pairs of figures of two aligned sentences that count one outcome, each the only figure of
/// its sentence to count it, and that cannot both be true as counts. Sentences: (document,
/// sentence, its figures).
pub(super) fn outcome_counts<'f>(
    (da, sa, fa): (&Document, usize, &[&'f Figure]),
    (db, sb, fb): (&Document, usize, &[&'f Figure]),
    rel: f64,
    abs: f64,
) -> Vec<(&'f Figure, &'f Figure)> {
    let tagged = |doc: &Document, s: usize, figures: &[&'f Figure]| {
        figures
            .iter()
            .filter_map(|f| outcome(doc, s, f).map(|o| (o, *f)))
            .collect::<Vec<_>>()
    };
    let (ta, tb) = (tagged(da, sa, fa), tagged(db, sb, fb));
    let only = |tags: &[(&'static str, &'f Figure)], o: &str| {
        let mut of = tags.iter().filter(|(x, _)| *x == o).map(|(_, f)| *f);
        match (of.next(), of.next()) {
            (Some(f), None) => Some(f),
            _ => None,
        }
    };
    // "killing two Hamas officials and at least five other people" vs "killing seven
    // people": the counts of a sentence may add up to the other's one count.
    let sum_of = |figures: &[&Figure]| -> f64 {
        figures.iter().filter(|f| counts(f)).map(|f| f.value).sum()
    };
    let (sum_a, sum_b) = (sum_of(fa), sum_of(fb));
    let mut out = Vec::new();
    for &(o, a) in &ta {
        if let (Some(a1), Some(b)) = (only(&ta, o), only(&tb, o))
            && std::ptr::eq(a1, a)
            && !agree_as_counts(a, b, rel, abs)
            && sum_a != b.value
            && sum_b != a.value
        {
            out.push((a, b));
        }
    }
    out
}
