//! The one small word table figure-mismatch reads, logic more than vocabulary (two words);
//! its word lists are data in `crate::lexicon`.

/// Words just before a figure that make it count part of a whole ("the other two unions",
/// "the remaining 40 seats").
pub(super) const PART_WORDS: &[&str] = &["other", "remaining"];
