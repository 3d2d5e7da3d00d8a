//! The small word tables count-mismatch reads, logic more than vocabulary (under eight
//! words each); its word lists are data in `crate::lexicon`.

/// Words that make the noun after them one thing ("a", "one", "a single").
pub(super) const SINGULAR_MARKERS: &[&str] = &["a", "an", "one", "single"];
