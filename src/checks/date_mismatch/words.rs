//! The small word tables date-mismatch reads, logic more than vocabulary (under eight
//! words each); its word lists are data in `crate::lexicon`.

/// Little words between a verb of saying and the setting it was said in ("said in a
/// statement Thursday").
pub(super) const ARTICLES: &[&str] = &["a", "an", "the", "in", "at", "on", "to"];
