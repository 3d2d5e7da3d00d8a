//! A number expression read into a value: digits ("1,366", "2.5"), glued or spaced scales
//! ("$600m", "2.33 k", "$70-million"), number words ("three hundred and two dozen",
//! "twenty-five", "half a million"), ordinals ("second"), and fractions ("2 ½", "3-1/2").

use super::scan::{Scanner, TK, Tok};
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

/// What one step of `parse_core` made of the token it read.
enum Step {
    /// The token is part of the number: read the next one.
    Next,
    /// The number ends here.
    Stop,
    /// The tokens are no number ("3bnx", "5G"): `parse_core` reads nothing.
    Fail,
}

/// The running state of `parse_core` over the tokens of one number expression.
struct Expr {
    core: Core,
    /// the parts already scaled ("2 million" in "2 million 300 thousand")
    total: f64,
    /// the part being read, not yet scaled
    cur: f64,
    /// what the last token read was
    last: Last,
    /// the last scale applied (a smaller one may follow: "two million three thousand")
    last_scale: f64,
    /// the value of `cur` right after "hundred" ("three hundred and two dozen": the dozen
    /// multiplies only the "two")
    hundreds: f64,
    /// the token to read next
    k: usize,
    /// how many parts (digits, number words, fractions) were read
    atoms: usize,
    ordinal: bool,
}

impl Expr {
    /// The state before the first token `j`.
    fn new(j: usize) -> Self {
        Expr {
            core: Core {
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
            },
            total: 0.0f64,
            cur: 0.0f64,
            last: Last::Start,
            last_scale: f64::INFINITY,
            hundreds: 0.0f64,
            k: j,
            atoms: 0usize,
            ordinal: false,
        }
    }

    /// Scales the digits just read by `s`, a scale glued to them or written after them.
    fn scale_digits(&mut self, s: f64) {
        self.total += self.cur * s;
        self.cur = 0.0;
        self.last = Last::Scale;
        self.last_scale = s;
        self.core.tail_scale = Some(s);
    }

    /// A number word from zero to ninety (`v`, of `kind` 1 = unit, 2 = teen, 3 = tens).
    fn read_small_word(&mut self, w: &str, v: f64, kind: u8) -> Step {
        let ok = match self.last {
            Last::Start | Last::Hundred | Last::Scale => true,
            Last::Tens => kind == 1 && v > 0.0,
            _ => false,
        };
        if !ok {
            return Step::Stop;
        }
        self.cur += v;
        self.last = match (self.last, kind) {
            (Last::Tens, _) => Last::TensUnit,
            (_, 1) => Last::Unit,
            (_, 2) => Last::Teen,
            _ => Last::Tens,
        };
        self.core.only_one = self.atoms == 0 && w == "one";
        self.atoms += 1;
        self.k += 1;
        self.core.tail_scale = None;
        Step::Next
    }

    /// "hundred" after a number below a hundred, or after digits.
    fn read_hundred(&mut self) -> Step {
        let ok = matches!(
            self.last,
            Last::Lit
                | Last::Unit
                | Last::Teen
                | Last::TensUnit
                | Last::A
                | Last::Tens
                | Last::Half
        ) && (self.cur < 100.0 || self.last == Last::Lit)
            && self.cur > 0.0;
        if !ok {
            return Step::Stop;
        }
        self.cur *= 100.0;
        self.hundreds = self.cur;
        self.last = Last::Hundred;
        self.atoms += 1;
        self.k += 1;
        self.core.only_one = false;
        self.core.tail_scale = Some(100.0);
        Step::Next
    }

    /// A scale word ("thousand", "million") smaller than the one before.
    fn read_scale_word(&mut self, s: f64) -> Step {
        if matches!(self.last, Last::Start) || self.cur <= 0.0 || s >= self.last_scale {
            return Step::Stop;
        }
        self.total += self.cur * s;
        self.cur = 0.0;
        self.hundreds = 0.0;
        self.last = Last::Scale;
        self.last_scale = s;
        self.atoms += 1;
        self.k += 1;
        self.core.only_one = false;
        self.core.tail_scale = Some(s);
        Step::Next
    }

    /// "dozen" or "dozens": multiplies what was read since the last "hundred"; ends the number.
    fn read_dozen(&mut self) -> Step {
        if !matches!(
            self.last,
            Last::Lit
                | Last::Unit
                | Last::Teen
                | Last::Tens
                | Last::TensUnit
                | Last::A
                | Last::Half
        ) || self.cur <= 0.0
        {
            return Step::Stop;
        }
        self.cur = self.hundreds + (self.cur - self.hundreds) * 12.0;
        self.last = Last::Dozen;
        self.atoms += 1;
        self.k += 1;
        self.core.only_one = false;
        self.core.tail_scale = None;
        Step::Stop
    }
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
        let mut st = Expr::new(j);
        while let Some(tk) = toks.get(st.k) {
            let step = match tk.k {
                TK::Num => self.read_literal(&mut st, tk, has_currency, in_range),
                TK::Sym => self.read_symbol(&mut st, tk),
                TK::Word => self.read_word(&mut st, j, tk.lc.as_str(), has_currency),
            };
            match step {
                Step::Next => {}
                Step::Stop => break,
                Step::Fail => return None,
            }
        }
        self.finish_core(st, j)
    }

    /// A numeric literal, which only opens a number: with a suffix glued to it ("3bn",
    /// "17km", "1st"), a mixed fraction after it, or a scale word after it.
    fn read_literal(&self, st: &mut Expr, tk: &Tok, has_currency: bool, in_range: bool) -> Step {
        let toks = &self.toks;
        let ok_here = matches!(st.last, Last::Start);
        if !ok_here || self.lit_excluded(st.k, in_range) {
            return Step::Stop;
        }
        st.cur = tk.val;
        st.last = Last::Lit;
        st.atoms += 1;
        st.core.lit_tok = Some(st.k);
        st.k += 1;
        // glued suffix
        if self.glued(st.k - 1, st.k) && toks[st.k].k == TK::Word {
            return self.read_glued_suffix(st, tk, has_currency);
        }
        if self.glued(st.k - 1, st.k) && toks[st.k].k == TK::Num {
            return Step::Fail;
        }
        // mixed fraction: "3-1/2 months", "2 3/4 miles"
        if !tk.has_dec
            && let Some((fraction, next)) = self.mixed_fraction(st.k)
        {
            st.cur += fraction;
            st.k = next;
            return Step::Next;
        }
        self.read_scale_after_digits(st, has_currency);
        Step::Next
    }

    /// The word glued to the digits `tk` just read: a length or area ("1.8m tall", "24m2"), a
    /// scale ("3bn"), an ordinal suffix ("1st") or a unit ("17km", "200lbs"); any other word
    /// makes them no number ("5G", "1990s", "3D").
    fn read_glued_suffix(&self, st: &mut Expr, tk: &Tok, has_currency: bool) -> Step {
        let toks = &self.toks;
        let suf = toks[st.k].lc.as_str();
        if let Some(u) = self.glued_measure(st.k, has_currency) {
            st.core.glued_unit = Some(u);
            return Step::Stop;
        }
        if let Some(s) = glued_scale(suf, has_currency) {
            st.scale_digits(s);
            st.k += 1;
            if self.glued(st.k - 1, st.k) && toks[st.k].k != TK::Sym {
                return Step::Fail; // "3bnx"
            }
            Step::Next
        } else if is_ordinal_suffix(suf) && !tk.has_dec && !tk.has_sep {
            st.k += 1;
            if self.glued(st.k - 1, st.k) && toks[st.k].k != TK::Sym {
                return Step::Fail;
            }
            st.ordinal = true;
            Step::Stop
        } else if let Some(u) = measure_unit(suf)
            .or_else(|| currency_word(suf))
            .or((suf == "percent").then_some("percent"))
        {
            st.core.glued_unit = Some((u.to_string(), 1));
            Step::Stop
        } else {
            Step::Fail // "5G", "1990s", "3D"
        }
    }

    /// A scale word after the digits just read, applied to them: hyphen-glued ("a
    /// $70-million program"), plural by mistake ("1.1 millions youths") or abbreviated ("2.33
    /// k", "$ 75 mn").
    fn read_scale_after_digits(&self, st: &mut Expr, has_currency: bool) {
        let toks = &self.toks;
        let k = st.k;
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
            st.scale_digits(s);
            st.k += taken;
        }
    }

    /// A symbol: a vulgar fraction ("2 ½ servings", "¾ of a mile") or the hyphen inside
    /// "twenty-five"; any other symbol ends the number.
    fn read_symbol(&self, st: &mut Expr, tk: &Tok) -> Step {
        let toks = &self.toks;
        // "2 ½ servings", "2½", "¾ of a mile"
        if let Some(f) = vulgar_fraction(&tk.lc)
            && (st.last == Last::Start
                || (st.last == Last::Lit
                    && st.core.lit_tok.is_some_and(|l| !toks[l].has_dec)
                    && self.near(st.k - 1, st.k)))
        {
            st.cur += f;
            st.last = Last::Lit;
            st.atoms += 1;
            st.k += 1;
            if self.glued(st.k - 1, st.k) && toks[st.k].k != TK::Sym {
                return Step::Fail; // "½x"
            }
            return Step::Next;
        }
        // hyphen inside "twenty-five"
        if (tk.lc == "-")
            && st.last == Last::Tens
            && self.glued(st.k - 1, st.k)
            && self.glued(st.k, st.k + 1)
        {
            let nxt = self.lc(st.k + 1);
            if small_word(nxt).is_some_and(|(v, kind)| kind == 1 && v > 0.0)
                || ordinal_word(nxt).is_some_and(|v| v < 10.0)
            {
                st.k += 1;
                return Step::Next;
            }
        }
        Step::Stop
    }

    /// A word of the number `j` starts: a number word, an ordinal, "hundred", a scale,
    /// "dozen", "a half", "a"/"an" before a scale, "half" or "and"; any other word ends it.
    fn read_word(&self, st: &mut Expr, j: usize, w: &str, has_currency: bool) -> Step {
        if let Some((v, kind)) = small_word(w) {
            return st.read_small_word(w, v, kind);
        }
        if let Some(v) = ordinal_word(w) {
            return self.read_ordinal_word(st, w, v);
        }
        if w == "hundred" {
            return st.read_hundred();
        }
        if let Some(s) = scale_word(w) {
            return st.read_scale_word(s);
        }
        if w == "dozen" || w == "dozens" {
            return st.read_dozen();
        }
        if w == "a"
            && st.last == Last::Start
            && self.is_word(st.k + 1, "half")
            && !self.is_word(st.k + 2, "dozen")
            && scale_word(self.lc(st.k + 2)).is_none()
        {
            st.cur = 0.5;
            st.atoms += 1;
            st.k += 2;
            return Step::Stop;
        }
        if (w == "a" || w == "an") && matches!(st.last, Last::Start | Last::Half) {
            return self.read_article(st);
        }
        if w == "half" && st.last == Last::Start {
            return self.read_half(st, j);
        }
        if w == "and" {
            return self.read_and(st, has_currency);
        }
        Step::Stop
    }

    /// An ordinal word (`v`): ends the number; "second" after "a/one/per/every/each" is the
    /// time unit, not an ordinal.
    fn read_ordinal_word(&self, st: &mut Expr, w: &str, v: f64) -> Step {
        let ok = match st.last {
            Last::Start | Last::Hundred | Last::Scale => true,
            Last::Tens => v < 10.0,
            _ => false,
        };
        if !ok {
            return Step::Stop;
        }
        if st.last == Last::Start && w == "second" && st.k > 0 {
            let p = self.lc(st.k - 1);
            if is_second_unit_cue(p) {
                return Step::Stop;
            }
        }
        st.cur += v;
        st.atoms += 1;
        st.k += 1;
        st.ordinal = true;
        st.core.only_one = false;
        Step::Stop
    }

    /// "a"/"an" before "hundred", "dozen" or a scale ("a hundred", "half a million").
    fn read_article(&self, st: &mut Expr) -> Step {
        let nxt = self.lc(st.k + 1);
        if nxt == "hundred" || nxt == "dozen" || scale_word(nxt).is_some() {
            if st.last == Last::Start {
                st.cur = 1.0;
                st.last = Last::A;
            }
            st.k += 1;
            return Step::Next;
        }
        Step::Stop
    }

    /// "half" opening a number: before a scale ("half a million"), before "of/the/a/an"
    /// ("half of them"), or a share after a hedge ("more than half").
    fn read_half(&self, st: &mut Expr, j: usize) -> Step {
        let nxt = self.lc(st.k + 1);
        let nxt2 = self.lc(st.k + 2);
        let follows_scale = |x: &str| x == "dozen" || scale_word(x).is_some();
        if follows_scale(nxt) || (nxt == "a" && follows_scale(nxt2)) {
            st.cur = 0.5;
            st.last = Last::Half;
            st.atoms += 1;
            st.k += 1;
            return Step::Next;
        }
        if nxt == "of" || nxt == "the" || nxt == "a" || nxt == "an" {
            st.cur = 0.5;
            st.atoms += 1;
            st.k += 1;
            return Step::Stop;
        }
        // a share after a hedge: "more than half", "nearly half."
        if st.k == j && st.k > 0 && is_hedge_tail(self.lc(st.k - 1)) {
            st.cur = 0.5;
            st.atoms += 1;
            st.k += 1;
            st.core.share = true;
        }
        Step::Stop
    }

    /// "and" inside a number: "and a half", or a smaller part after "hundred" or a scale
    /// ("two hundred and two", "a million and 70"); not between two figures ("60 million and
    /// 70 million").
    fn read_and(&self, st: &mut Expr, has_currency: bool) -> Step {
        let toks = &self.toks;
        let k = st.k;
        // "and a half"
        if self.is_word(k + 1, "a")
            && self.is_word(k + 2, "half")
            && !matches!(st.last, Last::Start | Last::A | Last::Half)
        {
            if st.last == Last::Scale && st.cur == 0.0 {
                st.total += st.last_scale * 0.5;
            } else {
                st.cur += 0.5;
            }
            st.k += 3;
            st.atoms += 1;
            st.core.only_one = false;
            return Step::Next;
        }
        // "60 million and 70 million": two figures joined, not 60,000,070 (but "two
        // hundred and two thousand" is 202,000: a smaller scale after a hundred)
        let next_scale = scale_word(self.lc(k + 2)).or_else(|| {
            self.glued(k + 1, k + 2)
                .then(|| glued_scale(self.lc(k + 2), has_currency))
                .flatten()
        });
        let scale_follows =
            st.last == Last::Scale && next_scale.is_some_and(|s| s >= st.last_scale);
        if matches!(st.last, Last::Hundred | Last::Scale) && !scale_follows {
            let nxt = toks.get(k + 1);
            if let Some(nt) = nxt {
                if nt.k == TK::Word {
                    if let Some((v, _)) = small_word(&nt.lc)
                        && v > 0.0
                    {
                        st.k += 1;
                        let _ = v;
                        return Step::Next; // the small word is consumed on the next iteration
                    }
                } else if nt.k == TK::Num
                    && !nt.has_dec
                    && !nt.has_sep
                    && nt.val
                        < if st.last == Last::Hundred {
                            100.0
                        } else {
                            1000.0
                        }
                    && !self.lit_excluded(k + 1, false)
                {
                    st.cur += nt.val;
                    st.last = Last::TensUnit;
                    st.k += 2;
                    st.atoms += 1;
                    return Step::Next;
                }
            }
        }
        Step::Stop
    }

    /// The core read by `st` from token `j`, without a dangling "and"/"a" at its end; None
    /// when nothing was read or the value is not finite.
    fn finish_core(&self, st: Expr, j: usize) -> Option<Core> {
        let Expr {
            mut core,
            total,
            cur,
            last,
            mut k,
            atoms,
            ordinal,
            ..
        } = st;
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
