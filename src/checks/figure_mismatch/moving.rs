//! Moving readings: a figure of something that moves ("shares jumped 6%", "closed down 247p",
//! "fell to number three", "in second place") is a reading at one moment. Two such readings
//! that disagree are one fact only when their sentences tie them to one moment; otherwise
//! they may be two moments (the day's move in one story, another day's in a follow-up), and
//! the finding takes `moving_severity`.

use crate::checks::shared::facts;
use crate::extract::{Document, Figure};
use crate::lexicon::{CHANGE_WORDS, MOVING_READINGS};

/// Words before a figure searched for a word of change or of a moving reading.
const BEFORE: usize = 3;
/// Words after it.
const AFTER: usize = 2;

/// Whether two disagreeing figures (each with its document and sentence) may be readings of
/// two moments: either is a moving reading, and the two sentences state no same date named
/// the same way and no same other figure.
pub(super) fn untied_moving_readings(
    a: (&Document, usize, &Figure),
    b: (&Document, usize, &Figure),
) -> bool {
    if !is_moving_reading(a) && !is_moving_reading(b) {
        return false;
    }
    let (xa, xb) = (a.0.facts(a.1), b.0.facts(b.1));
    // "on Tuesday" in both: one day of one story, as the cluster is one story.
    let same_date = facts::dates(xa).any(|da| facts::dates(xb).any(|db| facts::same_date(da, db)));
    let same_other_figure = facts::figures(xa)
        .filter(|f| f.start != a.2.start && !f.ordinal)
        .any(|f| {
            facts::figures(xb)
                .filter(|g| g.start != b.2.start && !g.ordinal)
                .any(|g| g.value == f.value)
        });
    !(same_date || same_other_figure)
}

/// Whether a figure measures something that moves: a word of change (lexicon
/// `change_words`) or of a moving reading (`moving_readings`) among the three words before
/// it or the two after it in its sentence, or as its unit.
fn is_moving_reading((doc, sentence, figure): (&Document, usize, &Figure)) -> bool {
    let moving = |w: &str| {
        let w = w.to_lowercase();
        CHANGE_WORDS.contains(w.as_str()) || MOVING_READINGS.contains(w.as_str())
    };
    let text = doc.article.text.as_str();
    let span = &doc.sentences[sentence];
    let before = text
        .get(span.start..figure.start.max(span.start))
        .unwrap_or("");
    let after = text.get(figure.end.min(span.end)..span.end).unwrap_or("");
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    words(before).iter().rev().take(BEFORE).any(|w| moving(w))
        || words(after).iter().take(AFTER).any(|w| moving(w))
        || figure.unit.as_deref().is_some_and(moving)
}
