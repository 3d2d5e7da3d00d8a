//! The small word tables figure-mismatch reads, logic more than vocabulary (under eight
//! words each); its word lists are data in `crate::lexicon`.

/// Words just before a figure that make it count part of a whole ("the other two unions",
/// "the remaining 40 seats").
pub(super) const PART_WORDS: &[&str] = &["other", "remaining"];

/// Words after a figure that make it a total ("136 pounds combined").
pub(super) const TOTAL_WORDS: &[&str] = &["combined", "together", "altogether", "total", "overall"];

/// Words near a figure that make it the figure of each one ("each weighed 50 pounds").
pub(super) const EACH_WORDS: &[&str] = &["each", "apiece", "every"];

/// Words of that phrase that say nothing of what the whole is.
pub(super) const WHOLE_FILLERS: &[&str] =
    &["the", "a", "an", "its", "their", "his", "her", "all", "our"];

/// Words that stand for any whole ("86 percent of the total").
pub(super) const ANY_WHOLE: &[&str] = &["total", "whole", "sum", "overall"];
