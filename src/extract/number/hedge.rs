//! Hedges: the words that bound or blur a figure ("about", "nearly", "more than", "at least",
//! "up to", "plus or minus", and "or more" after it), and the interval each leaves.

use super::figure::Draft;
use super::scan::{Scanner, TK};
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

impl Hedge {
    /// The kind a line of `lexicon/data/hedges.txt` names.
    pub(super) fn from_name(name: &str) -> Hedge {
        match name {
            "approx" => Hedge::Approx,
            "nearly" => Hedge::Nearly,
            "more" => Hedge::More,
            "at-least" => Hedge::AtLeast,
            "up-to" => Hedge::UpTo,
            "between" => Hedge::Between,
            "plus-minus" => Hedge::PlusMinus,
            other => panic!("lexicon hedges.txt: unknown kind `{other}` (tested)"),
        }
    }
}

/// Whether two hedge phrases bound a figure the same way ("more than" and "over": both a
/// lower bound; "about" and "roughly": both approximate).
pub fn same_hedge_kind(a: &str, b: &str) -> bool {
    let kind = |phrase: &str| {
        let phrase = phrase.to_lowercase();
        HEDGES
            .iter()
            .chain(POSTFIX_HEDGES.iter())
            .find(|(p, _)| *p == phrase)
            .map(|(_, h)| *h)
    };
    matches!((kind(a), kind(b)), (Some(x), Some(y)) if x == y && x != Hedge::Between)
}

impl Hedge {
    /// Widens the interval `low..=high` of a figure this hedge bounds (see the constants
    /// above).
    pub(super) fn widen(self, low: &mut f64, high: &mut f64) {
        match self {
            Hedge::Approx => {
                *low *= ABOUT_LOW;
                *high *= ABOUT_HIGH;
            }
            Hedge::Nearly => {
                *low *= NEARLY_LOW;
            }
            Hedge::More => {
                *high *= MORE_THAN_HIGH;
            }
            Hedge::AtLeast => {
                *high = f64::INFINITY;
            }
            Hedge::UpTo => {
                *low = 0.0;
            }
            Hedge::Between | Hedge::PlusMinus => {}
        }
    }
}

impl Scanner<'_> {
    /// The hedge at token `i` ("about", "more than", "±") and the token after it. A bound on an
    /// estimate ("as much as about 16 percent") is the bound: the estimate is skipped.
    pub(super) fn read_hedge(&self, i: usize) -> (Option<(&'static str, Hedge)>, usize) {
        let toks = &self.toks;
        let mut hedge: Option<(&'static str, Hedge)> = None;
        let mut p = i;
        if toks[i].k == TK::Word {
            for (ph, h) in HEDGES.iter() {
                if let Some(np) = self.match_phrase(i, ph) {
                    hedge = Some((ph, *h));
                    p = np;
                    break;
                }
            }
        }
        // "as much as about 16 percent": a bound on an estimate is the bound.
        if let Some((_, kind)) = hedge
            && kind != Hedge::Approx
            && let Some(np) = HEDGES
                .iter()
                .filter(|(_, h)| *h == Hedge::Approx)
                .find_map(|(ph, _)| self.match_phrase(p, ph))
        {
            p = np;
        }
        // "±3 points": the margin hedge written as a symbol
        if hedge.is_none() && self.is_sym(i, "±") {
            hedge = Some(("plus or minus", Hedge::PlusMinus));
            p = i + 1;
        }
        (hedge, p)
    }

    /// A bound written after the number ("45 or more pounds") when no range was read; a bound
    /// on an estimate ("about five hundred or more") is the bound.
    pub(super) fn read_hedge_after(&self, d: &mut Draft) {
        if !d.range
            && matches!(d.hedge, None | Some((_, Hedge::Approx)))
            && !self.is_word(d.k + 2, "than")
            && let Some((ph, h, np)) = POSTFIX_HEDGES
                .iter()
                .find_map(|(ph, h)| self.match_phrase(d.k, ph).map(|np| (*ph, *h, np)))
        {
            d.hedge = Some((ph, h));
            d.k = np;
        } else if !d.range
            && matches!(d.hedge, None | Some((_, Hedge::Approx)))
            && d.k > 0
            && self.is_sym(d.k, "-")
            && self.glued(d.k - 1, d.k)
            && self.glued(d.k, d.k + 1)
            && self.is_word(d.k + 1, "plus")
        {
            // "a £30m-plus bid", "his 40-plus years": at least that ("30 plus 5" adds).
            d.hedge = Some(("-plus", Hedge::AtLeast));
            d.k += 2;
        }
    }
}
