//! The word tables attribution-mismatch reads (kept here until they move to the lexicon).

/// Object pronouns by which an attribution may name a speaker it named before ("according
/// to him"), beside the subject and relative ones the extractor knows ("he said", "Reid, who
/// argued ...").
pub(super) const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them"];

/// Last words of an organisation's name.
pub(super) const ORGANISATION_WORDS: &[&str] = &[
    "inc",
    "corp",
    "co",
    "ltd",
    "llc",
    "plc",
    "group",
    "company",
    "corporation",
    "bank",
    "agency",
    "department",
    "ministry",
    "commission",
    "board",
    "council",
    "committee",
    "service",
    "office",
    "authority",
    "association",
    "union",
    "university",
    "party",
    "police",
    "court",
    "airlines",
    "airways",
    "ferries",
];

/// Roles of people who speak for an organisation.
pub(super) const ROLES_FOR_AN_ORGANISATION: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ceo",
    "cfo",
    "chief",
    "executive",
    "president",
    "vice",
    "chairman",
    "chairwoman",
    "director",
    "official",
    "officer",
    "manager",
    "founder",
    "head",
    "correspondent",
    "reporter",
    "editor",
];

/// Nouns by which a sentence speaks of an organisation it does not name ("the airline").
pub(super) const ORGANISATION_DESCRIPTIONS: &[&str] = &[
    "the company",
    "the airline",
    "the carrier",
    "the bank",
    "the firm",
    "the agency",
    "the network",
    "the retailer",
    "the automaker",
];

/// Words that make a name a news outlet's ("NBC News", "The Washington Post", "Reuters").
/// Outlets that share a name with people ("Bloomberg", "Fox") count only with such a word.
pub(super) const NEWS_WORDS: &[&str] = &[
    "news",
    "times",
    "post",
    "journal",
    "herald",
    "tribune",
    "gazette",
    "telegraph",
    "guardian",
    "reuters",
    "ap",
    "afp",
    "cnn",
    "bbc",
    "nbc",
    "cbs",
    "abc",
    "msnbc",
    "npr",
    "tass",
    "interfax",
    "xinhua",
    "anadolu",
    "politico",
    "axios",
    "newsweek",
    "magazine",
];
