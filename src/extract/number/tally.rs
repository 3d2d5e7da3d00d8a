//! Votes and scores ("ruled 5-4", "voted 256 to 170", "Stanford (46-15)"): two counts read
//! as one figure whose low and high are the counts.

use super::Figure;
use super::amount::Core;
use super::scan::{Scanner, TK, Tok};
use super::words::{is_vote_before_of, is_voting_noun, is_voting_verb};

/// The unit of a vote or a score ("ruled 5-4", "voted 256 to 170"): its low and high are the
/// two counts, whichever came first.
pub const TALLY: &str = "tally";

impl Scanner<'_> {
    /// A tally after the number `core` that starts at token `i`: "5-4", "256 to 170" or "256-255"
    /// next to a word of voting or scoring ("ruled 5-4", "a 237-186 vote", "by a vote of 279
    /// to 237", "won 3-1"). Returns the second count and the token after it.
    pub(super) fn tally(&self, i: usize, core: &Core) -> Option<(f64, usize)> {
        let lit = core.lit_tok?;
        let whole = |t: &Tok| t.k == TK::Num && !t.has_dec && t.val.is_finite();
        if !core.single_lit || core.end != lit + 1 || !whole(&self.toks[lit]) {
            return None;
        }
        let k = core.end;
        // "5-4", or a dash spaced on both sides as some outlets write a score ("1 – 0").
        let spaced = |a: usize, b: usize| !self.glued(a, b) && self.near(a, b);
        let dash = self.is_dash(k)
            && ((self.glued(k - 1, k) && self.glued(k, k + 1))
                || (spaced(k - 1, k) && spaced(k, k + 1)));
        if !dash && !self.is_word(k, "to") {
            return None;
        }
        let second = self.toks.get(k + 1).filter(|t| whole(t))?;
        let end = k + 2;
        // "5-4-3", "256-255th", "3-1/2": not a tally
        if self.glued(k + 1, end)
            && (self.toks[end].k != TK::Sym || self.is_dash(end) || self.is_sym(end, "/"))
        {
            return None;
        }
        let before = |n: usize| if i >= n { self.lc(i - n) } else { "" };
        let voting_before =
            is_voting_verb(before(1)) || (before(1) == "of" && is_vote_before_of(before(2)));
        let voting_after = is_voting_noun(self.lc(end));
        // A score after the side that was beaten or won against, named after a verb of
        // winning or losing a few words back: "defeated South Korea 1–0", "beat debutants
        // Panama 3 – 0", "won against Tunisia 2-1". Small counts only ("Boeing 747-400").
        let after_side = dash
            && self.continues_name(core.first)
            && core.value < 100.0
            && second.val < 100.0
            && (2..=4).any(|n| is_voting_verb(before(n)));
        // A team's record in brackets after its name: "Stanford (46-15)".
        let record = before(1) == "("
            && self.is_sym(end, ")")
            && i >= 2
            && self.toks[i - 2].k == TK::Word
            && self.text[self.toks[i - 2].s..].starts_with(|c: char| c.is_uppercase());
        // Two counts written high to low ("up 7-4", "is 26-15 Democratic"): a range is
        // written low to high, so this is a score or a split, not "7" and a stray "-4".
        // Not after a name ("Boeing 747-400"), not from a year ("2004-05").
        let descending = dash
            && second.val < core.value
            && core.value < 1000.0
            && !self.year_like(lit)
            && !self.continues_name(core.first);
        (voting_before || voting_after || record || descending || after_side)
            .then_some((second.val, end))
    }
}

impl Scanner<'_> {
    /// The figure of a tally: the number `core` and the `second` count ending before token
    /// `end`, whichever is lower first; and the token after it.
    pub(super) fn tally_figure(&self, core: &Core, second: f64, end: usize) -> (Figure, usize) {
        let toks = &self.toks;
        let (low, high) = (core.value.min(second), core.value.max(second));
        let (start, end_byte) = (toks[core.first].s, toks[end - 1].e);
        let fig = Figure {
            start,
            end: end_byte,
            text: self.text[start..end_byte].into(),
            value: (low + high) / 2.0,
            low,
            high,
            unit: Some(TALLY.into()),
            hedge: None,
            ordinal: false,
            reversed: false,
        };
        (fig, end)
    }
}
