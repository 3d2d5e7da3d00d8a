//! The small word tables date-mismatch reads, logic more than vocabulary (under eight
//! words each); its word lists are data in `crate::lexicon`.

pub(super) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Little words between a verb of saying and the setting it was said in ("said in a
/// statement Thursday").
pub(super) const ARTICLES: &[&str] = &["a", "an", "the", "in", "at", "on", "to"];

/// The first three letters of each month's name.
pub(super) const MONTH_PREFIXES: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
