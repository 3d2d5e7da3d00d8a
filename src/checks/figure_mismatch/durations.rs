//! Durations: their length in days (three hours = 180 minutes), and sentences that measure
//! over different spans of time ("over the past 15 months" vs "in the past six weeks").

use super::agreement::overlaps;
use super::neighbours::word_before;
use crate::extract::Figure;
use crate::lexicon::DURATION_MODIFIERS;

/// Length of a duration unit in days, for comparing "three hours" with "180 minutes".
pub(super) fn duration_in_days(unit: &str) -> Option<f64> {
    Some(match unit {
        "year" => 365.25,
        "month" => 30.44,
        "week" => 7.0,
        "day" => 1.0,
        "hour" => 1.0 / 24.0,
        "minute" => 1.0 / 1440.0,
        _ => return None,
    })
}

/// The unit two figures must share to be compared: durations compare with each other.
pub(super) fn comparable_unit(f: &Figure) -> Option<&str> {
    let unit = f.unit.as_deref()?;
    Some(if duration_in_days(unit).is_some() {
        "duration"
    } else {
        unit
    })
}

/// How far apart, as a factor, two durations in different units may be and still be one
/// span told two ways ("18 months" vs "two years", "90 minutes" vs "three hours").
const DIFFERENT_SPANS_FACTOR: f64 = 100.0;

/// Whether two durations in different units are too far apart to measure one span ("a time
/// of three minutes" vs "held for the last eight years"): a race time and a record's age,
/// not one fact misreported.
pub(super) fn spans_of_different_scale(a: &Figure, b: &Figure) -> bool {
    fn days(f: &Figure) -> Option<(&str, f64)> {
        let unit = f.unit.as_deref()?;
        Some((unit, f.value * duration_in_days(unit)?))
    }
    let (Some((ua, da)), Some((ub, db))) = (days(a), days(b)) else {
        return false;
    };
    ua != ub && da > 0.0 && db > 0.0 && (da / db).max(db / da) > DIFFERENT_SPANS_FACTOR
}

/// The figures of a sentence that set the span of time a measure covers: a duration after
/// "past", "last", "previous" or "first" ("over the past 15 months", "in the first six
/// weeks"). `text`: the document text.
pub(super) fn time_frames<'f>(text: &str, figures: &[&'f Figure]) -> Vec<&'f Figure> {
    figures
        .iter()
        .copied()
        .filter(|f| f.unit.as_deref().and_then(duration_in_days).is_some())
        .filter(|f| {
            word_before(text, f)
                .is_some_and(|w| DURATION_MODIFIERS.contains(w.to_ascii_lowercase()))
        })
        .collect()
}

/// Whether two aligned sentences measure over different spans of time, each stating other
/// figures besides ("risen 33 percent over the past 15 months" vs "up 9 percent in the past
/// six weeks"): two measurements. (A span that is all each sentence states, "growth for the
/// past 15 months" vs "for the past 22 months", is the figure that differs.) Sentences:
/// (document text, its figures).
pub(super) fn over_different_spans(
    (text_a, own_a): (&str, &[&Figure]),
    (text_b, own_b): (&str, &[&Figure]),
    rel: f64,
    abs: f64,
) -> bool {
    let (frames_a, frames_b) = (time_frames(text_a, own_a), time_frames(text_b, own_b));
    !frames_a.is_empty()
        && !frames_b.is_empty()
        && own_a.len() > frames_a.len()
        && own_b.len() > frames_b.len()
        && !frames_a
            .iter()
            .any(|f| frames_b.iter().any(|g| overlaps(f, g, rel, abs)))
}
