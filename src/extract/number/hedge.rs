//! Hedges: the words that bound or blur a figure ("about", "nearly", "more than", "at least",
//! "up to", "plus or minus", and "or more" after it), and the interval each leaves.

use super::words::{HEDGES, POSTFIX_HEDGES};

/// "about/around/approximately/roughly/some/an estimated": value * ABOUT_LOW ..= value * ABOUT_HIGH
pub const ABOUT_LOW: f64 = 0.8;
pub const ABOUT_HIGH: f64 = 1.2;
/// "nearly/almost/close to/just under": value * NEARLY_LOW ..= value. "Nearly six" is
/// a little under six (5.4..6): it does not cover "five".
pub const NEARLY_LOW: f64 = 0.9;
/// "more than/over/above/upwards of": value ..= value * MORE_THAN_HIGH
pub const MORE_THAN_HIGH: f64 = 1.5;

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Hedge {
    Approx,
    Nearly,
    More,
    AtLeast,
    UpTo,
    Between,
    /// "plus or minus 3", "±3": a margin, stated as its size
    PlusMinus,
}

/// Whether two hedge phrases bound a figure the same way ("more than" and "over": both a
/// lower bound; "about" and "roughly": both approximate).
pub fn same_hedge_kind(a: &str, b: &str) -> bool {
    let kind = |phrase: &str| {
        let phrase = phrase.to_lowercase();
        HEDGES
            .iter()
            .chain(POSTFIX_HEDGES)
            .find(|(p, _)| *p == phrase)
            .map(|(_, h)| *h)
    };
    matches!((kind(a), kind(b)), (Some(x), Some(y)) if x == y && x != Hedge::Between)
}
