//! The small word tables attribution-mismatch reads, logic more than vocabulary (under eight
//! words each); its word lists are data in `crate::lexicon`.

/// Object pronouns by which an attribution may name a speaker it named before ("according
/// to him"), beside the subject and relative ones the extractor knows ("he said", "Reid, who
/// argued ...").
pub(super) const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them"];
