//! One figure read at a token, step by step: hedge, sign, currency, amount, tally, range, a
//! hedge after the number, unit, a name the digits continue, age, exclusions, and the
//! interval the hedge leaves. The steps pass a `Draft` along.

use super::Figure;
use super::amount::Core;
use super::hedge::Hedge;
use super::scan::{Scanner, TK};

/// What `try_figure` has read of one figure so far, passed from step to step.
pub(super) struct Draft {
    /// the token the figure is tried at
    pub(super) i: usize,
    /// the hedge and its phrase: before the number, or after it ("or more")
    pub(super) hedge: Option<(&'static str, Hedge)>,
    /// the token after the hedge, the sign and the currency, where the number starts
    pub(super) p: usize,
    pub(super) negative: bool,
    /// the currency before the number, or before the second end of a range
    pub(super) currency: Option<&'static str>,
    pub(super) core: Core,
    /// the first token of the figure's span
    pub(super) first_tok: usize,
    pub(super) value: f64,
    pub(super) low: f64,
    pub(super) high: f64,
    /// the token after the number (after a range's second end, after a hedge after it)
    pub(super) k: usize,
    pub(super) range: bool,
    /// a range written high end first ("between 42,000 and 15,000")
    pub(super) reversed: bool,
    pub(super) unit: Option<String>,
    /// the unit is a counted noun, left out of the span
    pub(super) counted_noun: bool,
    /// the counted noun is written in the plural
    pub(super) noun_plural: bool,
    /// the token after the unit tokens the span takes (exclusive)
    pub(super) end_tok: usize,
}

impl Scanner<'_> {
    /// The figure at token `i` and the token after it, or None.
    pub(super) fn try_figure(&self, i: usize) -> Option<(Figure, usize)> {
        // 1. hedge
        let (hedge, mut p) = self.read_hedge(i);
        // negative sign
        let mut negative = false;
        let mut neg_start = None;
        if self.sign_at(p, hedge.is_none()) {
            negative = true;
            neg_start = Some(p);
            p += 1;
        }
        // 2. currency prefix
        let mut currency: Option<&'static str> = None;
        if let Some((c, np)) = self.currency_prefix(p) {
            currency = Some(c);
            p = np;
        }
        let core = self.parse_core(p, currency.is_some(), false)?;
        let mut first_tok = if hedge.is_some() {
            i
        } else {
            neg_start.unwrap_or(if currency.is_some() { i } else { core.first })
        };
        if hedge.is_none() && currency.is_some() {
            first_tok = neg_start.unwrap_or(i);
        }
        // A vote or a score ("ruled 5-4", "voted 256 to 170"): both counts, in either order.
        if hedge.is_none()
            && currency.is_none()
            && !negative
            && let Some((second, end)) = self.tally(i, &core)
        {
            return Some(self.tally_figure(&core, second, end));
        }
        let mut d = Draft {
            i,
            hedge,
            p,
            negative,
            currency,
            first_tok,
            value: core.value,
            low: core.low,
            high: core.high,
            k: core.end,
            range: false,
            reversed: false,
            unit: None,
            counted_noun: false,
            noun_plural: false,
            end_tok: core.end,
            core,
        };
        // 3. range
        self.read_range(&mut d);
        self.read_hedge_after(&mut d);
        self.drop_unpaired_between(&mut d);
        // 4. unit
        self.read_unit(&mut d);
        self.drop_noun_after_name(&mut d);
        if !d.counted_noun && d.end_tok < d.k {
            d.end_tok = d.k;
        }
        self.read_age(&mut d);
        // 5. exclusions
        if self.excluded(&d) {
            return None;
        }
        // 6. hedges -> interval
        self.finish_figure(d)
    }

    /// Whether a negative sign stands at token `p`: "minus" or "negative" when `unhedged`, or
    /// a "-" glued to the digits after it and set apart from the token before.
    fn sign_at(&self, p: usize, unhedged: bool) -> bool {
        let word_sign = unhedged && (self.is_word(p, "minus") || self.is_word(p, "negative"));
        let symbol_sign = self.is_sym(p, "-")
            && self.glued(p, p + 1)
            && self.toks.get(p + 1).is_some_and(|t| t.k == TK::Num)
            && (p == 0 || self.toks[p].s > self.toks[p - 1].e);
        word_sign || symbol_sign
    }

    /// How far a figure rounded to two significant digits may be from the figure it rounds
    /// (1.35 written 1.3 or 1.4): the least an "about" covers.
    const ROUNDED_TWO_DIGITS: f64 = 0.05;

    /// One unit of the last decimal a figure is written to, in the figure's own scale: 0.1
    /// million for "4.9 million", 0.01 for "1.25"; None for a figure without decimals, whose
    /// round zeros may hide where it was rounded.
    fn last_digit_step(&self, core: &Core) -> Option<f64> {
        let tok = self.toks[core.first..core.end.min(self.toks.len())]
            .iter()
            .find(|t| t.k == TK::Num)?;
        if !tok.has_dec || tok.val == 0.0 {
            return None;
        }
        let written = &self.text[tok.s..tok.e];
        let decimals = written
            .rsplit_once('.')?
            .1
            .chars()
            .take_while(char::is_ascii_digit)
            .count();
        let decimals = i32::try_from(decimals).ok().filter(|&n| n > 0)?;
        Some(10f64.powi(-decimals) * (core.value / tok.val).abs())
    }

    /// The figure drafted: the interval its hedge leaves, its sign, and its span from the first
    /// token to the last (a counted noun left out); None when the span is empty.
    fn finish_figure(&self, d: Draft) -> Option<(Figure, usize)> {
        let toks = &self.toks;
        let Draft {
            hedge,
            negative,
            core,
            first_tok,
            mut value,
            mut low,
            mut high,
            k,
            unit,
            counted_noun,
            end_tok,
            range,
            reversed,
            ..
        } = d;
        let hedge_name = hedge.map(|(n, _)| n.to_string());
        if let Some((_, h)) = hedge {
            h.widen(&mut low, &mut high);
            // "about 4.9 million": given to a tenth, so rounded there, not blurred by a
            // fifth. It still admits the same figure rounded to two significant digits
            // elsewhere ("about £1.35bn" and "£1.3bn"): at least 5 %.
            if h == Hedge::Approx
                && !range
                && let Some(step) = self.last_digit_step(&core)
            {
                let step = step.max(value.abs() * Self::ROUNDED_TWO_DIGITS);
                low = low.max(value - step);
                high = high.min(value + step);
            }
        }
        if negative {
            value = -value;
            let (l, h) = (-high, -low);
            low = l;
            high = h;
        }
        if low > high {
            std::mem::swap(&mut low, &mut high);
        }
        let end_tok = end_tok.max(core.end).max(k);
        let last_tok = if counted_noun {
            k.max(core.end)
        } else {
            end_tok
        };
        let last_tok = last_tok.min(toks.len());
        if last_tok == 0 || first_tok >= last_tok {
            return None;
        }
        let start = toks[first_tok].s;
        let end = toks[last_tok - 1].e;
        let fig = Figure {
            start,
            end,
            text: self.text[start..end].into(),
            value,
            low,
            high,
            unit: unit.map(Into::into),
            hedge: hedge_name.map(Into::into),
            ordinal: core.ordinal,
            reversed,
        };
        Some((fig, last_tok))
    }
}
