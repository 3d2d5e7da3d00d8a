//! Ranges ("10 to 15", "10-15", "between 10 and 15") and vague amounts ("dozens",
//! "hundreds of thousands", "several hundred", "a few thousand").

use super::amount::Core;
use super::scan::{Scanner, TK};
use super::words::{plural_scale, scale_word, vague_word};

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
