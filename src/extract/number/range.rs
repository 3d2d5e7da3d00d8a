//! Ranges ("10 to 15", "10-15", "between 10 and 15") and vague amounts ("dozens",
//! "hundreds of thousands", "several hundred", "a few thousand").

use super::amount::Core;
use super::figure::Draft;
use super::hedge::Hedge;
use super::scan::{Scanner, TK};
use super::words::{is_change_word, plural_scale, scale_word, vague_word};

/// After a verb of change ("rose 0.2 to 5.1"), "X to Y" is a change and a level, not a
/// range, when Y is more than this many times X (or X has its own currency: "rose $2.88 to
/// $46.50"); closer ends stay a range of change ("rose 10 to 15 percent").
pub const CHANGE_LEVEL_RATIO: f64 = 3.0;

impl Scanner<'_> {
    pub(super) fn parse_vague(&self, j: usize) -> Option<Core> {
        let w = self.lc(j);
        let t = self.toks.get(j)?;
        if t.k != TK::Word {
            return None;
        }
        let mut k;
        let (mut lo, mut hi);
        if let Some((l, h)) = vague_word(w) {
            lo = l;
            hi = h;
            k = j + 1;
            let mut multiplied = false;
            while self.is_word(k, "of") {
                match plural_scale(self.lc(k + 1)) {
                    Some(s) => {
                        lo *= s;
                        hi = (hi + 1.0) * s - 1.0;
                        k += 2;
                        multiplied = true;
                    }
                    None => break,
                }
            }
            if w == "tens" && !multiplied {
                return None;
            }
        } else {
            // "several hundred", "a few thousand", "few dozen"
            let (l, h, k0) = if w == "several" {
                (3.0, 9.0, j + 1)
            } else if w == "a" && self.is_word(j + 1, "few") {
                (2.0, 5.0, j + 2)
            } else {
                return None;
            };
            let s = match self.lc(k0) {
                "dozen" => 12.0,
                "hundred" => 100.0,
                x => scale_word(x)?,
            };
            lo = l * s;
            hi = h * s;
            k = k0 + 1;
        }
        Some(Core {
            first: j,
            end: k,
            value: lo,
            low: lo,
            high: hi,
            ordinal: false,
            vague: true,
            tail_scale: None,
            only_one: false,
            single_lit: false,
            lit_tok: None,
            glued_unit: None,
            share: false,
        })
    }
}

impl Scanner<'_> {
    /// A range after the number ("10 to 15", "10-15", "between 10 and 15", "$5 to $10"): the
    /// draft's interval becomes its ends. Not after "from" ("from 10 to 15" is a change), nor
    /// a change then the level it reached ("rose $2.88 to $46.50").
    pub(super) fn read_range(&self, d: &mut Draft) {
        let i = d.i;
        let p = d.p;
        if !d.core.ordinal && !d.core.vague && d.core.glued_unit.is_none() {
            let between = matches!(d.hedge, Some((_, Hedge::Between)));
            let prev_from = p > 0
                && self.is_word(
                    if d.currency.is_some() {
                        p.saturating_sub(2)
                    } else {
                        p - 1
                    },
                    "from",
                );
            // "rose by $300 to $2,800", "rose $2.88 to $46.50": a change, then the level it
            // reached ("cut by 60 million to 70 million board feet" stays a range)
            let prev_by = i > 0 && self.is_word(i - 1, "by");
            let prev_change = prev_by || (i > 0 && is_change_word(self.lc(i - 1)));
            let first_currency = d.currency.is_some();
            let conn = self.range_connector(d, between, prev_from);
            if let Some(q) = conn {
                self.read_range_end(d, q, prev_change, first_currency);
            }
        }
    }

    /// The token after the word or dash that joins the ends of a range at the draft's `k`:
    /// "and" after "between", "to" (not after "from"), or a dash after digits (glued on both
    /// sides, or an en dash).
    fn range_connector(&self, d: &Draft, between: bool, prev_from: bool) -> Option<usize> {
        let toks = &self.toks;
        let k = d.k;
        if between {
            if self.is_word(k, "and") {
                Some(k + 1)
            } else {
                None
            }
        } else if self.is_word(k, "to") && !prev_from {
            Some(k + 1)
        } else if self.is_dash(k) && d.core.lit_tok.is_some() {
            let tight = self.glued(k - 1, k) && self.glued(k, k + 1);
            let spaced_en = toks[k].lc != "-";
            if tight || spaced_en {
                Some(k + 1)
            } else {
                None
            }
        } else {
            None
        }
    }

    /// The second end of a range at token `q` (with its own currency, which the draft keeps
    /// even when no range is read): a range when it is not below the first end ("2 to 3
    /// million" scales the first), not a change then a level, and the first end no year.
    fn read_range_end(&self, d: &mut Draft, mut q: usize, prev_change: bool, first_currency: bool) {
        let mut cur2 = None;
        if let Some((c2, nq)) = self.currency_prefix(q)
            && (d.currency.is_none() || d.currency == Some(c2))
        {
            d.currency = Some(c2);
            q = nq;
        }
        if let Some(c2) = self.parse_core(q, d.currency.is_some(), true)
            && !c2.ordinal
            && !c2.vague
            && !(c2.only_one)
        {
            cur2 = Some(c2);
        }
        if let Some(c2) = cur2 {
            let core = &d.core;
            let mut lo = core.value;
            if core.tail_scale.is_none()
                && let Some(s) = c2.tail_scale
                && lo * s <= c2.value
            {
                lo *= s;
            }
            let change_then_level =
                prev_change && (first_currency || c2.value > CHANGE_LEVEL_RATIO * lo);
            // "between 42,000 and 15,000": "between" makes it a range whatever the order of
            // its ends (a slip in one end), read low to high.
            let between = matches!(d.hedge, Some((_, Hedge::Between)));
            if (lo <= c2.value || between)
                && !change_then_level
                && !(core.lit_tok.is_some() && self.year_like(core.lit_tok.unwrap_or(0)))
            {
                d.low = lo.min(c2.value);
                d.high = lo.max(c2.value);
                d.value = (d.low + d.high) / 2.0;
                d.k = c2.end;
                d.range = true;
                d.reversed = lo > c2.value;
            }
        }
    }

    /// "between" without a second end is no hedge: the span starts at the number, or at its
    /// currency.
    pub(super) fn drop_unpaired_between(&self, d: &mut Draft) {
        if matches!(d.hedge, Some((_, Hedge::Between))) && !d.range {
            d.hedge = None;
            d.first_tok = if d.currency.is_some() {
                d.p.saturating_sub(1)
            } else {
                d.core.first
            };
        }
    }
}
