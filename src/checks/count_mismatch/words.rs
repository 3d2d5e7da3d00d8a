//! The word tables count-mismatch reads (kept here until they move to the lexicon).

/// Words that make the noun after them one thing ("a", "one", "a single").
pub(super) const SINGULAR_MARKERS: &[&str] = &["a", "an", "one", "single"];

/// Numbers and quantity words before a plural ("two", "several", "dozens").
pub(super) const NUMBER_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "several",
    "many",
    "dozens",
    "hundreds",
    "thousands",
    "some",
    "few",
];

/// Words that look plural but are not, or whose singular is another word.
pub(super) const NOT_PLURAL: &[&str] = &[
    "news",
    "us",
    "is",
    "was",
    "has",
    "this",
    "his",
    "its",
    "as",
    "series",
    "species",
    "means",
    "politics",
    "economics",
    "physics",
    "less",
    "unless",
    "across",
    "thus",
    "plus",
    "status",
    "crisis",
    "analysis",
    "basis",
    "process",
    "press",
    "class",
    "gas",
    "bus",
    "campus",
];

/// Words after which a singular noun still heads its phrase ("a rebel leader was killed",
/// "a rebel leader in Idlib"); any other word after it may make it a modifier ("a
/// terrorist group", "an admission process"), which says nothing about the count.
pub(super) const PHRASE_ENDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "with",
    "by", "as", "into", "after", "before", "near", "who", "which", "that", "whose", "was", "is",
    "has", "had", "have", "were", "are", "will", "would", "could", "can", "may", "might", "should",
    "must", "said", "says", "told",
];

/// Words of events whose victims or targets are counted: a singular and a plural of the
/// same noun without a number disagree only in sentences that tell of one.
pub(super) const EVENT_WORDS: &[&str] = &[
    "killed",
    "kill",
    "kills",
    "killing",
    "dead",
    "died",
    "dies",
    "dying",
    "death",
    "deaths",
    "injured",
    "injuring",
    "wounded",
    "wounding",
    "hurt",
    "arrested",
    "detained",
    "captured",
    "kidnapped",
    "abducted",
    "rescued",
    "evacuated",
    "missing",
    "charged",
    "convicted",
    "sentenced",
    "shot",
    "fired",
    "firing",
    "attacked",
    "struck",
    "crashed",
    "destroyed",
    "seized",
    "hit",
    "bombing",
    "explosion",
    "blast",
    "strike",
    "raid",
];

/// Nouns of a measure, not of people or things that take part ("an all-time high").
pub(super) const MEASURE_NOUNS: &[&str] = &[
    "high", "low", "record", "peak", "level", "rate", "price", "mark", "total",
];

/// Units of time: "a year" and "three years" are durations, not one thing against several.
pub(super) const TIME_UNITS: &[&str] = &[
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "weekend",
    "fortnight",
    "month",
    "quarter",
    "year",
    "decade",
    "century",
    "season",
];

pub(super) const MODALS: &[&str] = &[
    "can", "could", "would", "may", "might", "should", "must", "will",
];

/// Prepositions that put a noun phrase in the circumstances of an event.
pub(super) const CIRCUMSTANCE_PREPOSITIONS: &[&str] = &[
    "in",
    "into",
    "on",
    "under",
    "from",
    "during",
    "after",
    "following",
    "before",
    "through",
    "throughout",
    "across",
    "within",
    "amid",
];
