//! Which dates of two aligned sentences are compared: the only date of each, or, when a
//! sentence has several, dates kind by kind, in order or by the words next to them.

use super::disagreement::{date_kind, disagree};
use super::occasions::dates_statement;
use crate::checks::shared::anchors::{anchor_words_and_figures, pair_by_anchors};
use crate::checks::shared::facts::dates;
use crate::extract::{DateMention, Document};

/// The dates of two aligned sentences (document, sentence) that disagree (`tolerance`: the
/// rule set's `tolerance_days`), each dating the same kind of thing: a statement, or what
/// happened.
pub(super) fn disagreeing_events<'d>(
    (da, sa): (&'d Document, usize),
    (db, sb): (&'d Document, usize),
    tolerance: chrono::Duration,
) -> Vec<(&'d DateMention, &'d DateMention)> {
    let a: Vec<_> = dates(da.facts(sa)).collect();
    let b: Vec<_> = dates(db.facts(sb)).collect();
    let published = (da.article.published, db.article.published);
    let differ = |x: &DateMention, y: &DateMention| disagree(x, y, published, tolerance);
    let sentences = (
        (da.article.text.as_str(), da.sentences[sa].start),
        (db.article.text.as_str(), db.sentences[sb].start),
    );
    disagreeing_dates(&a, &b, sentences, &differ)
        .into_iter()
        // The day something was said against the day something happened: two events.
        .filter(|(a, b)| dates_statement(sentences.0, a) == dates_statement(sentences.1, b))
        .collect()
}

/// The dates of two aligned sentences that disagree. The only date of each sentence is
/// compared with the other's; when a sentence has several, dates compare kind by kind
/// (weekday, day of a month, month, year): the same number of a kind pair in order ("between
/// May and October" vs "from May to January") and are flagged when exactly one pair
/// disagrees; different numbers pair by the words next to them ("discussed on Thursday" vs
/// "discussed on Saturday"), leaving out dates that agree with one of the other sentence.
/// `sentences`: (document text, sentence start) of each side.
fn disagreeing_dates<'a>(
    a: &[&'a DateMention],
    b: &[&'a DateMention],
    sentences: ((&str, usize), (&str, usize)),
    differ: &dyn Fn(&DateMention, &DateMention) -> bool,
) -> Vec<(&'a DateMention, &'a DateMention)> {
    if let ([x], [y]) = (a, b) {
        return if differ(x, y) {
            vec![(*x, *y)]
        } else {
            Vec::new()
        };
    }
    let anchors_of = |d: &DateMention, (text, start): (&str, usize)| {
        anchor_words_and_figures(text, start, d.start, d.end)
    };
    let mut out = Vec::new();
    for kind in ["weekday", "day", "month", "year"] {
        let of_kind = |list: &[&'a DateMention]| -> Vec<&'a DateMention> {
            list.iter()
                .copied()
                .filter(|d| date_kind(d) == kind)
                .collect()
        };
        let (ka, kb) = (of_kind(a), of_kind(b));
        if ka.is_empty() || kb.is_empty() {
            continue;
        }
        let pairs: Vec<(&DateMention, &DateMention)> = if ka.len() == kb.len() {
            ka.iter().copied().zip(kb.iter().copied()).collect()
        } else {
            let unmatched = |mine: &[&'a DateMention], theirs: &[&DateMention]| {
                mine.iter()
                    .copied()
                    .filter(|d| theirs.iter().all(|o| differ(d, o)))
                    .collect::<Vec<_>>()
            };
            let (ra, rb) = (unmatched(&ka, &kb), unmatched(&kb, &ka));
            let anchors = |list: &[&DateMention], sentence: (&str, usize)| {
                list.iter()
                    .map(|d| anchors_of(d, sentence))
                    .collect::<Vec<_>>()
            };
            pair_by_anchors(&anchors(&ra, sentences.0), &anchors(&rb, sentences.1))
                .into_iter()
                .map(|(i, j)| (ra[i], rb[j]))
                .collect()
        };
        let disagreeing: Vec<_> = pairs.into_iter().filter(|(x, y)| differ(x, y)).collect();
        match disagreeing.as_slice() {
            [one] => out.push(*one),
            // Several pairs disagree: the pairing may be wrong ("began Monday and ended
            // Wednesday" vs "ended Wednesday, having begun Monday"); keep the pairs of dates
            // that agree with no date of the other sentence and share a neighbouring word
            // ("by early Tuesday" vs "landfall early Thursday").
            several => out.extend(several.iter().copied().filter(|(x, y)| {
                let (wx, wy) = (anchors_of(x, sentences.0), anchors_of(y, sentences.1));
                kb.iter().all(|o| differ(x, o))
                    && ka.iter().all(|o| differ(o, y))
                    && wx.iter().any(|w| wy.contains(w))
            })),
        }
    }
    out
}
