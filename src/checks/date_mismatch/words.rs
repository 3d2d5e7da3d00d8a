//! The word tables date-mismatch reads (kept here until they move to the lexicon).

pub(super) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Verbs of saying whose date is the day a statement was made ("said Friday", "on Monday
/// announced").
pub(super) const STATEMENT_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "announced",
    "stated",
    "added",
    "confirmed",
    "tweeted",
    "wrote",
    "declared",
    "warned",
    "insisted",
    "testified",
    "acknowledged",
    "argued",
    "claimed",
    "revealed",
    "disclosed",
    "conceded",
    "admitted",
    "explained",
    "noted",
    "replied",
    "responded",
    "reiterated",
    "asserted",
    "stressed",
    "vowed",
    "pledged",
    "predicted",
    "promised",
    "denied",
    "remarked",
    "commented",
    "described",
    "announce",
];

/// Little words between a verb of saying and the setting it was said in ("said in a
/// statement Thursday").
pub(super) const ARTICLES: &[&str] = &["a", "an", "the", "in", "at", "on", "to"];

/// Where or to whom a statement was made ("told reporters Thursday", "said at a news
/// conference on Monday").
pub(super) const SETTINGS: &[&str] = &[
    "reporters",
    "journalists",
    "news",
    "press",
    "conference",
    "briefing",
    "statement",
    "interview",
];

/// Days named relative to the hour of publication.
pub(super) const DEICTIC_WORDS: &[&str] = &[
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "last night",
    "this morning",
    "this afternoon",
    "this evening",
    "earlier in the day",
    "later in the day",
    "earlier today",
    "later today",
];

/// The first three letters of each month's name.
pub(super) const MONTH_PREFIXES: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
