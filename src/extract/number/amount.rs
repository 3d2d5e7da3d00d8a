//! A number expression read into a value: digits ("1,366", "2.5"), glued or spaced scales
//! ("$600m", "2.33 k", "$70-million"), number words ("three hundred and two dozen",
//! "twenty-five", "half a million"), ordinals ("second"), and fractions ("2 ½", "3-1/2").

use super::scan::{Scanner, TK};
use super::words::{
    currency_word, glued_scale, is_hedge_tail, is_ordinal_suffix, is_second_unit_cue, measure_unit,
    ordinal_word, scale_word, small_word, spaced_scale, vulgar_fraction,
};

/// `v` rounded to `digits` significant digits (half away from zero). The power of ten is
/// applied by multiplying or dividing by a whole power, both exact: 4.1 * 1e6, computed in
/// binary as 4,099,999.9999999995, comes back as 4,100,000.
pub(crate) fn round_to_significant(v: f64, digits: i32) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let shift = digits - 1 - v.abs().log10().floor() as i32;
    if shift >= 0 {
        let scale = 10f64.powi(shift);
        (v * scale).round() / scale
    } else {
        let unit = 10f64.powi(-shift);
        (v / unit).round() * unit
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Last {
    Start,
    Lit,
    Unit,
    Teen,
    Tens,
    TensUnit,
    Hundred,
    Scale,
    A,
    Half,
    Dozen,
}

#[derive(Debug, Clone)]
pub(super) struct Core {
    pub(super) first: usize,
    pub(super) end: usize, // exclusive token index
    pub(super) value: f64,
    pub(super) low: f64,
    pub(super) high: f64,
    pub(super) ordinal: bool,
    pub(super) vague: bool,
    pub(super) tail_scale: Option<f64>,
    pub(super) only_one: bool,
    pub(super) single_lit: bool,
    /// digits-only core (for year / code checks)
    pub(super) lit_tok: Option<usize>,
    /// glued unit suffix after digits ("17km", "200lbs", "24m2"): the normalised unit and
    /// how many tokens it takes
    pub(super) glued_unit: Option<(String, usize)>,
    /// a bare share ("more than half"): not followed by a counted noun
    pub(super) share: bool,
}

impl Scanner<'_> {
    /// Parse a number expression (digits and/or words) starting at token j.
    pub(super) fn parse_core(&self, j: usize, has_currency: bool, in_range: bool) -> Option<Core> {
        let toks = &self.toks;
        let t = toks.get(j)?;
        if t.k == TK::Word
            && let Some(c) = self.parse_vague(j)
        {
            return Some(c);
        }
        let mut core = Core {
            first: j,
            end: j,
            value: 0.0,
            low: 0.0,
            high: 0.0,
            ordinal: false,
            vague: false,
            tail_scale: None,
            only_one: false,
            single_lit: false,
            lit_tok: None,
            glued_unit: None,
            share: false,
        };
        let mut total = 0.0f64;
        let mut cur = 0.0f64;
        let mut last = Last::Start;
        let mut last_scale = f64::INFINITY;
        // the value of `cur` right after "hundred" ("three hundred and two dozen": the dozen
        // multiplies only the "two")
        let mut hundreds = 0.0f64;
        let mut k = j;
        let mut atoms = 0usize;
        let mut ordinal = false;
        while let Some(tk) = toks.get(k) {
            // numeric literal
            if tk.k == TK::Num {
                let ok_here = matches!(last, Last::Start);
                if !ok_here || self.lit_excluded(k, in_range) {
                    break;
                }
                cur = tk.val;
                last = Last::Lit;
                atoms += 1;
                core.lit_tok = Some(k);
                k += 1;
                // glued suffix
                if self.glued(k - 1, k) && toks[k].k == TK::Word {
                    let suf = toks[k].lc.as_str();
                    if let Some(u) = self.glued_measure(k, has_currency) {
                        core.glued_unit = Some(u);
                        break;
                    }
                    if let Some(s) = glued_scale(suf, has_currency) {
                        total += cur * s;
                        cur = 0.0;
                        last = Last::Scale;
                        last_scale = s;
                        core.tail_scale = Some(s);
                        k += 1;
                        if self.glued(k - 1, k) && toks[k].k != TK::Sym {
                            return None; // "3bnx"
                        }
                        continue;
                    } else if is_ordinal_suffix(suf) && !tk.has_dec && !tk.has_sep {
                        k += 1;
                        if self.glued(k - 1, k) && toks[k].k != TK::Sym {
                            return None;
                        }
                        ordinal = true;
                        break;
                    } else if let Some(u) = measure_unit(suf)
                        .or_else(|| currency_word(suf))
                        .or((suf == "percent").then_some("percent"))
                    {
                        core.glued_unit = Some((u.to_string(), 1));
                        break;
                    } else {
                        return None; // "5G", "1990s", "3D"
                    }
                }
                if self.glued(k - 1, k) && toks[k].k == TK::Num {
                    return None;
                }
                // mixed fraction: "3-1/2 months", "2 3/4 miles"
                if !tk.has_dec
                    && let Some((fraction, next)) = self.mixed_fraction(k)
                {
                    cur += fraction;
                    k = next;
                    continue;
                }
                // A scale word after the digits, and how many tokens it takes.
                let plural_scale = match self.lc(k) {
                    "millions" => Some(1e6),
                    "billions" => Some(1e9),
                    _ => None,
                };
                let scale = if self.is_sym(k, "-")
                    && self.glued(k - 1, k)
                    && self.glued(k, k + 1)
                    && let Some(s) = scale_word(self.lc(k + 1))
                {
                    // hyphen-glued: "a $70-million program", "38-million euros"
                    Some((s, 2))
                } else if let Some(s) = plural_scale
                    && self.near(k - 1, k)
                    && !self.is_word(k + 1, "of")
                {
                    // plural, not before "of" ("1.1 millions youths"): the scale, pluralised
                    // by mistake ("millions of" is a vague figure of its own)
                    Some((s, 1))
                } else if toks.get(k).is_some_and(|x| x.k == TK::Word) {
                    // spaced scale abbreviations
                    spaced_scale(
                        &toks[k].lc,
                        has_currency || &self.text[toks[k].s..toks[k].e] == "M",
                    )
                    .map(|s| (s, 1))
                } else {
                    None
                };
                if let Some((s, taken)) = scale {
                    total += cur * s;
                    cur = 0.0;
                    last = Last::Scale;
                    last_scale = s;
                    core.tail_scale = Some(s);
                    k += taken;
                }
                continue;
            }
            if tk.k == TK::Sym {
                // "2 ½ servings", "2½", "¾ of a mile"
                if let Some(f) = vulgar_fraction(&tk.lc)
                    && (last == Last::Start
                        || (last == Last::Lit
                            && core.lit_tok.is_some_and(|l| !toks[l].has_dec)
                            && self.near(k - 1, k)))
                {
                    cur += f;
                    last = Last::Lit;
                    atoms += 1;
                    k += 1;
                    if self.glued(k - 1, k) && toks[k].k != TK::Sym {
                        return None; // "½x"
                    }
                    continue;
                }
                // hyphen inside "twenty-five"
                if (tk.lc == "-")
                    && last == Last::Tens
                    && self.glued(k - 1, k)
                    && self.glued(k, k + 1)
                {
                    let nxt = self.lc(k + 1);
                    if small_word(nxt).is_some_and(|(v, kind)| kind == 1 && v > 0.0)
                        || ordinal_word(nxt).is_some_and(|v| v < 10.0)
                    {
                        k += 1;
                        continue;
                    }
                }
                break;
            }
            let w = tk.lc.as_str();
            if let Some((v, kind)) = small_word(w) {
                let ok = match last {
                    Last::Start | Last::Hundred | Last::Scale => true,
                    Last::Tens => kind == 1 && v > 0.0,
                    _ => false,
                };
                if !ok {
                    break;
                }
                cur += v;
                last = match (last, kind) {
                    (Last::Tens, _) => Last::TensUnit,
                    (_, 1) => Last::Unit,
                    (_, 2) => Last::Teen,
                    _ => Last::Tens,
                };
                core.only_one = atoms == 0 && w == "one";
                atoms += 1;
                k += 1;
                core.tail_scale = None;
                continue;
            }
            if let Some(v) = ordinal_word(w) {
                let ok = match last {
                    Last::Start | Last::Hundred | Last::Scale => true,
                    Last::Tens => v < 10.0,
                    _ => false,
                };
                if !ok {
                    break;
                }
                if last == Last::Start && w == "second" && k > 0 {
                    let p = self.lc(k - 1);
                    if is_second_unit_cue(p) {
                        break;
                    }
                }
                cur += v;
                atoms += 1;
                k += 1;
                ordinal = true;
                core.only_one = false;
                break;
            }
            if w == "hundred" {
                let ok = matches!(
                    last,
                    Last::Lit
                        | Last::Unit
                        | Last::Teen
                        | Last::TensUnit
                        | Last::A
                        | Last::Tens
                        | Last::Half
                ) && (cur < 100.0 || last == Last::Lit)
                    && cur > 0.0;
                if !ok {
                    break;
                }
                cur *= 100.0;
                hundreds = cur;
                last = Last::Hundred;
                atoms += 1;
                k += 1;
                core.only_one = false;
                core.tail_scale = Some(100.0);
                continue;
            }
            if let Some(s) = scale_word(w) {
                if matches!(last, Last::Start) || cur <= 0.0 || s >= last_scale {
                    break;
                }
                total += cur * s;
                cur = 0.0;
                hundreds = 0.0;
                last = Last::Scale;
                last_scale = s;
                atoms += 1;
                k += 1;
                core.only_one = false;
                core.tail_scale = Some(s);
                continue;
            }
            if w == "dozen" || w == "dozens" {
                if !matches!(
                    last,
                    Last::Lit
                        | Last::Unit
                        | Last::Teen
                        | Last::Tens
                        | Last::TensUnit
                        | Last::A
                        | Last::Half
                ) || cur <= 0.0
                {
                    break;
                }
                cur = hundreds + (cur - hundreds) * 12.0;
                last = Last::Dozen;
                atoms += 1;
                k += 1;
                core.only_one = false;
                core.tail_scale = None;
                break;
            }
            if w == "a"
                && last == Last::Start
                && self.is_word(k + 1, "half")
                && !self.is_word(k + 2, "dozen")
                && scale_word(self.lc(k + 2)).is_none()
            {
                cur = 0.5;
                atoms += 1;
                k += 2;
                break;
            }
            if (w == "a" || w == "an") && matches!(last, Last::Start | Last::Half) {
                let nxt = self.lc(k + 1);
                if nxt == "hundred" || nxt == "dozen" || scale_word(nxt).is_some() {
                    if last == Last::Start {
                        cur = 1.0;
                        last = Last::A;
                    }
                    k += 1;
                    continue;
                }
                break;
            }
            if w == "half" && last == Last::Start {
                let nxt = self.lc(k + 1);
                let nxt2 = self.lc(k + 2);
                let follows_scale = |x: &str| x == "dozen" || scale_word(x).is_some();
                if follows_scale(nxt) || (nxt == "a" && follows_scale(nxt2)) {
                    cur = 0.5;
                    last = Last::Half;
                    atoms += 1;
                    k += 1;
                    continue;
                }
                if nxt == "of" || nxt == "the" || nxt == "a" || nxt == "an" {
                    cur = 0.5;
                    atoms += 1;
                    k += 1;
                    break;
                }
                // a share after a hedge: "more than half", "nearly half."
                if k == j && k > 0 && is_hedge_tail(self.lc(k - 1)) {
                    cur = 0.5;
                    atoms += 1;
                    k += 1;
                    core.share = true;
                }
                break;
            }
            if w == "and" {
                // "and a half"
                if self.is_word(k + 1, "a")
                    && self.is_word(k + 2, "half")
                    && !matches!(last, Last::Start | Last::A | Last::Half)
                {
                    if last == Last::Scale && cur == 0.0 {
                        total += last_scale * 0.5;
                    } else {
                        cur += 0.5;
                    }
                    k += 3;
                    atoms += 1;
                    core.only_one = false;
                    continue;
                }
                // "60 million and 70 million": two figures joined, not 60,000,070 (but "two
                // hundred and two thousand" is 202,000: a smaller scale after a hundred)
                let next_scale = scale_word(self.lc(k + 2)).or_else(|| {
                    self.glued(k + 1, k + 2)
                        .then(|| glued_scale(self.lc(k + 2), has_currency))
                        .flatten()
                });
                let scale_follows =
                    last == Last::Scale && next_scale.is_some_and(|s| s >= last_scale);
                if matches!(last, Last::Hundred | Last::Scale) && !scale_follows {
                    let nxt = toks.get(k + 1);
                    if let Some(nt) = nxt {
                        if nt.k == TK::Word {
                            if let Some((v, _)) = small_word(&nt.lc)
                                && v > 0.0
                            {
                                k += 1;
                                let _ = v;
                                continue; // the small word is consumed on the next iteration
                            }
                        } else if nt.k == TK::Num
                            && !nt.has_dec
                            && !nt.has_sep
                            && nt.val < if last == Last::Hundred { 100.0 } else { 1000.0 }
                            && !self.lit_excluded(k + 1, false)
                        {
                            cur += nt.val;
                            last = Last::TensUnit;
                            k += 2;
                            atoms += 1;
                            continue;
                        }
                    }
                }
                break;
            }
            break;
        }
        if atoms == 0 || matches!(last, Last::A) {
            return None;
        }
        // Do not end on a dangling "and"/"a".
        while k > j && (self.is_word(k - 1, "and") || self.is_word(k - 1, "a")) {
            k -= 1;
        }
        core.end = k;
        // To 12 significant digits: "4.1 million" is 4,100,000, not 4.1 * 1e6 in binary.
        core.value = round_to_significant(total + cur, 12);
        core.low = core.value;
        core.high = core.value;
        core.ordinal = ordinal;
        core.single_lit =
            atoms == 1 && core.lit_tok.is_some() && core.tail_scale.is_none() && !ordinal;
        if !core.value.is_finite() {
            return None;
        }
        Some(core)
    }

    /// The fraction after a whole number at token k: "-1/2" glued ("3-1/2") or " 3/4" spaced
    /// ("2 3/4"), a numerator below a denominator of at most 16. Returns it and the token after.
    fn mixed_fraction(&self, k: usize) -> Option<(f64, usize)> {
        let n = if self.is_sym(k, "-") && self.glued(k - 1, k) && self.glued(k, k + 1) {
            k + 1
        } else if self.near(k - 1, k) && !self.glued(k - 1, k) {
            k
        } else {
            return None;
        };
        let whole = |i: usize| {
            self.toks
                .get(i)
                .filter(|t| t.k == TK::Num && !t.has_dec && !t.has_sep)
                .map(|t| t.val)
        };
        let (numerator, denominator) = (whole(n)?, whole(n + 2)?);
        let written = self.is_sym(n + 1, "/") && self.glued(n, n + 1) && self.glued(n + 1, n + 2);
        let ends = !(self.glued(n + 2, n + 3) && self.toks[n + 3].k != TK::Sym);
        (written && ends && numerator >= 1.0 && numerator < denominator && denominator <= 16.0)
            .then_some((numerator / denominator, n + 3))
    }
}
