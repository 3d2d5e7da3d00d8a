//! One figure read at a token: hedge, sign, currency, amount, tally, range, a hedge after
//! the number, unit, age, exclusions, and the interval the hedge leaves.

use super::hedge::Hedge;
use super::scan::{Scanner, TK};
use super::tally::TALLY;
use super::unit::{AGE, singular};
use super::words::{
    HEDGES, POSTFIX_HEDGES, is_age_word, is_change_word, is_demonym, is_determiner_of_one,
    is_year_preposition,
};
use super::{ABOUT_HIGH, ABOUT_LOW, CHANGE_LEVEL_RATIO, Figure, MORE_THAN_HIGH, NEARLY_LOW};

impl Scanner<'_> {
    pub(super) fn try_figure(&self, i: usize) -> Option<(Figure, usize)> {
        let toks = &self.toks;
        // 1. hedge
        let mut hedge: Option<(&'static str, Hedge)> = None;
        let mut p = i;
        if toks[i].k == TK::Word {
            for (ph, h) in HEDGES {
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
        // negative sign
        let mut negative = false;
        let mut neg_start = None;
        let word_sign =
            hedge.is_none() && (self.is_word(p, "minus") || self.is_word(p, "negative"));
        let symbol_sign = self.is_sym(p, "-")
            && self.glued(p, p + 1)
            && self.toks.get(p + 1).is_some_and(|t| t.k == TK::Num)
            && (p == 0 || self.toks[p].s > self.toks[p - 1].e);
        if word_sign || symbol_sign {
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
            let (low, high) = (core.value.min(second), core.value.max(second));
            let (start, end_byte) = (toks[core.first].s, toks[end - 1].e);
            let fig = Figure {
                start,
                end: end_byte,
                text: self.text[start..end_byte].to_string(),
                value: (low + high) / 2.0,
                low,
                high,
                unit: Some(TALLY.into()),
                hedge: None,
                ordinal: false,
            };
            return Some((fig, end));
        }
        let mut value = core.value;
        let mut low = core.low;
        let mut high = core.high;
        let mut k = core.end;
        let mut range = false;

        // 3. range
        if !core.ordinal && !core.vague && core.glued_unit.is_none() {
            let between = matches!(hedge, Some((_, Hedge::Between)));
            let prev_from = p > 0
                && self.is_word(
                    if currency.is_some() {
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
            let first_currency = currency.is_some();
            let conn: Option<usize> = if between {
                if self.is_word(k, "and") {
                    Some(k + 1)
                } else {
                    None
                }
            } else if self.is_word(k, "to") && !prev_from {
                Some(k + 1)
            } else if self.is_dash(k) && core.lit_tok.is_some() {
                let tight = self.glued(k - 1, k) && self.glued(k, k + 1);
                let spaced_en = toks[k].lc != "-";
                if tight || spaced_en {
                    Some(k + 1)
                } else {
                    None
                }
            } else {
                None
            };
            if let Some(mut q) = conn {
                let mut cur2 = None;
                if let Some((c2, nq)) = self.currency_prefix(q)
                    && (currency.is_none() || currency == Some(c2))
                {
                    currency = Some(c2);
                    q = nq;
                }
                if let Some(c2) = self.parse_core(q, currency.is_some(), true)
                    && !c2.ordinal
                    && !c2.vague
                    && !(c2.only_one)
                {
                    cur2 = Some(c2);
                }
                if let Some(c2) = cur2 {
                    let mut lo = core.value;
                    if core.tail_scale.is_none()
                        && let Some(s) = c2.tail_scale
                        && lo * s <= c2.value
                    {
                        lo *= s;
                    }
                    let change_then_level =
                        prev_change && (first_currency || c2.value > CHANGE_LEVEL_RATIO * lo);
                    if lo <= c2.value
                        && !change_then_level
                        && !(core.lit_tok.is_some() && self.year_like(core.lit_tok.unwrap_or(0)))
                    {
                        low = lo;
                        high = c2.value;
                        value = (low + high) / 2.0;
                        k = c2.end;
                        range = true;
                    }
                }
            }
        }
        // A bound written after the number ("45 or more pounds"); a bound on an estimate
        // ("about five hundred or more") is the bound.
        if !range
            && matches!(hedge, None | Some((_, Hedge::Approx)))
            && !self.is_word(k + 2, "than")
            && let Some((ph, h, np)) = POSTFIX_HEDGES
                .iter()
                .find_map(|(ph, h)| self.match_phrase(k, ph).map(|np| (*ph, *h, np)))
        {
            hedge = Some((ph, h));
            k = np;
        }
        if matches!(hedge, Some((_, Hedge::Between))) && !range {
            hedge = None;
            first_tok = if currency.is_some() {
                p.saturating_sub(1)
            } else {
                core.first
            };
        }

        // 4. unit
        let mut unit: Option<String> = currency.map(|c| c.to_string());
        let mut counted_noun = false;
        let mut noun_plural = false;
        let mut end_tok = k; // exclusive
        {
            let (mut u, mut e, mut noun) = (None, k, false);
            if let Some((glued, len)) = &core.glued_unit {
                u = Some(glued.clone());
                e = k + len;
            } else if core.share {
                // a share ("more than half") counts no noun
            } else if let Some(n) = self.fraction_of_one(&core, range) {
                // "0.9 of a share": a part of one thing counts that thing
                u = Some(singular(&toks[n].lc));
                noun = true;
            } else if core.vague && self.is_word(k, "of") {
                let (u2, e2, n2) = self.parse_unit(k + 1, &core);
                if u2.is_some() {
                    u = u2;
                    noun = n2;
                    e = if n2 { k } else { e2 };
                    if let Some(t) = toks.get(k + 1) {
                        noun_plural =
                            (t.lc.ends_with('s') && !is_demonym(&t.lc)) || t.lc == "people";
                    }
                }
            } else {
                let (u2, e2, n2) = self.parse_unit(k, &core);
                u = u2;
                e = e2;
                noun = n2;
                if let Some(t) = toks.get(k) {
                    noun_plural = (t.lc.ends_with('s') && !is_demonym(&t.lc)) || t.lc == "people";
                }
            }
            if unit.is_none() {
                unit = u;
                counted_noun = noun;
                end_tok = e;
            } else if u.as_deref() == unit.as_deref()
                || matches!(u.as_deref(), Some("USD")) && currency == Some("USD")
            {
                end_tok = e; // "$5 dollars" / "US$ 5 USD"
            }
        }
        // "the Honda Indy 225 look easy", "the Apollo 11 crew": digits that continue a name
        // are part of it, and the word after them is no counted noun.
        if counted_noun
            && hedge.is_none()
            && currency.is_none()
            && core.lit_tok.is_some()
            && self.continues_name(core.first)
        {
            unit = None;
            counted_noun = false;
            end_tok = k;
        }
        if !counted_noun && end_tok < k {
            end_tok = k;
        }

        // An age in apposition: "Max Guarino, 26, was found".
        if unit.is_none() && hedge.is_none() && !range && self.age_in_apposition(&core) {
            unit = Some(AGE.into());
        }
        // "aged 39", "aged 20 to 96", "ages 5 to 12", "at age 93", "at the age of 93"
        let age_before = core.first > 0
            && (is_age_word(self.lc(core.first - 1))
                || core.first > 1
                    && self.lc(core.first - 1) == "of"
                    && self.lc(core.first - 2) == "age");
        if unit.is_none() && hedge.is_none() && age_before {
            unit = Some(AGE.into());
        }

        // 5. exclusions
        if core.only_one && !range {
            let prev = if core.first > 0 {
                self.lc(core.first - 1)
            } else {
                ""
            };
            if unit.is_none()
                || is_determiner_of_one(prev)
                || self.is_word(core.first + 1, "another")
            {
                return None;
            }
        }
        if core.single_lit
            && !range
            && currency.is_none()
            && let Some(li) = core.lit_tok
            && self.year_like(li)
        {
            let keep_unit = matches!(unit.as_deref(), Some(u) if !counted_noun || u == "people")
                && !counted_noun
                || (counted_noun && noun_plural);
            let prev = if li > 0 { self.lc(li - 1) } else { "" };
            let year_prev = is_year_preposition(prev);
            if year_prev || !keep_unit {
                return None;
            }
        }

        // 6. hedges -> interval
        let hedge_name = hedge.map(|(n, _)| n.to_string());
        if let Some((_, h)) = hedge {
            match h {
                Hedge::Approx => {
                    low *= ABOUT_LOW;
                    high *= ABOUT_HIGH;
                }
                Hedge::Nearly => {
                    low *= NEARLY_LOW;
                }
                Hedge::More => {
                    high *= MORE_THAN_HIGH;
                }
                Hedge::AtLeast => {
                    high = f64::INFINITY;
                }
                Hedge::UpTo => {
                    low = 0.0;
                }
                Hedge::Between | Hedge::PlusMinus => {}
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
            text: self.text[start..end].to_string(),
            value,
            low,
            high,
            unit,
            hedge: hedge_name,
            ordinal: core.ordinal,
        };
        Some((fig, last_tok))
    }
}
