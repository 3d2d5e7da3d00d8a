//! Units: percent, currencies (before and after the number), measures and durations, areas
//! and speeds, ages, and the counted noun after a figure ("36 civilians" -> "civilian").

use super::amount::Core;
use super::clock::is_time_of_day;
use super::figure::Draft;
use super::names::is_name_number;
use super::scan::{Scanner, TK, Tok};
use super::tally::TALLY;
use super::words::{
    currency_symbol, currency_word, dollar_nation_code, dollar_prefix, irregular_singular,
    is_age_word, is_apposition_adverb, is_currency_code, is_demonym, is_dimension,
    is_dollar_nation, is_invariant_noun, is_measure_adjective, is_measured_thing,
    is_measuring_verb, is_month_or_day, is_stop, is_weight_word, is_word_prefix, measure_unit,
    ordinal_word, scale_word, small_word,
};

/// The unit of an age: "a 17-year-old student", "Max Guarino, 26,".
pub const AGE: &str = "age";

/// The unit a figure counting `word` would have: lower case, singular ("Marines" -> "marine").
pub fn counted_unit(word: &str) -> String {
    singular(&word.to_lowercase())
}

/// Whether a figure's unit names things counted ("people", "county", "arrest") rather than
/// a measure, money or a share.
pub fn is_count_unit(unit: &str) -> bool {
    let measure = measure_unit(unit).is_some()
        || unit
            .strip_suffix('2')
            .is_some_and(|u| u == "m" || measure_unit(u).is_some())
        || unit == "m";
    !measure
        && currency_word(unit).is_none()
        && !unit.chars().any(char::is_uppercase)
        && !matches!(unit, "percent" | "percentage point" | "point" | TALLY | AGE)
        && !is_time_of_day(unit)
        && !is_name_number(unit)
}

/// A lower-case noun in the singular ("fatalities" -> "fatality", "talks" -> "talk").
pub(crate) fn singular(w: &str) -> String {
    let irregular = irregular_singular(w);
    if let Some(s) = irregular {
        return s.to_string();
    }
    if is_invariant_noun(w) {
        return w.to_string();
    }
    let n = w.len();
    if n > 4 && w.ends_with("ies") {
        return format!("{}y", &w[..n - 3]);
    }
    for suf in ["sses", "shes", "ches", "xes", "zes"] {
        if n > suf.len() + 1 && w.ends_with(suf) {
            return w[..n - 2].to_string();
        }
    }
    if w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return w.to_string();
    }
    if n > 2 && w.ends_with('s') {
        return w[..n - 1].to_string();
    }
    w.to_string()
}

fn is_plain_noun(t: &Tok, text: &str) -> bool {
    if t.k != TK::Word {
        return false;
    }
    let raw = &text[t.s..t.e];
    let w = t.lc.as_str();
    raw.len() >= 2
        && raw.bytes().all(|b| b.is_ascii_lowercase())
        && !is_stop(w)
        && small_word(w).is_none()
        && ordinal_word(w).is_none()
        && scale_word(w).is_none()
        && !is_month_or_day(w)
        && !w.ends_with("ly")
        && !w.ends_with("ed")
        && !w.ends_with("ing")
}

/// A unit read after a number: the unit, the token after the tokens the figure's span
/// takes, and whether the unit is a counted noun (left out of the span).
pub(super) type UnitRead = (Option<String>, usize, bool);

impl Scanner<'_> {
    /// Whether the text speaks of weight ("weighs", "overweight", "heavier", "obese"): there
    /// "pounds" without "£" are a weight, not money.
    fn speaks_of_weight(&self) -> bool {
        self.toks.iter().any(|t| {
            t.k == TK::Word && (t.lc.starts_with("weigh") || is_weight_word(t.lc.as_str()))
        })
    }
    /// Whether the "m" at token m after the number at token num means metres: a measure
    /// adjective follows ("1.8m tall", "3m-high", "2m in length"), a measured thing follows
    /// "a/an" ("a 3m wall"), or a measuring verb precedes ("stood 1.8m").
    fn metre_context(&self, num: usize, m: usize) -> bool {
        let next = m + 1;
        if self.is_dash(next) && self.glued(m, next) && self.glued(next, next + 1) {
            return is_measure_adjective(self.lc(next + 1));
        }
        if !self.near(m, next) && next < self.toks.len() {
            return false;
        }
        let before = if num > 0 { self.lc(num - 1) } else { "" };
        // "1.2m long-term unemployed", "2m high street jobs": compounds, not measures
        let compound = (self.is_dash(next + 1) && self.glued(next, next + 1))
            || (self.is_word(next, "high") && self.is_word(next + 1, "street"));
        (is_measure_adjective(self.lc(next)) && !compound)
            || (self.is_word(next, "in") && is_dimension(self.lc(next + 1)))
            || (matches!(before, "a" | "an") && is_measured_thing(self.lc(next)))
            || is_measuring_verb(before)
    }

    /// A length or area unit glued to the digits before token k: "24m2", "5km²", and "m"
    /// meaning metres in a measure context ("1.8m tall"; never after a currency).
    pub(super) fn glued_measure(&self, k: usize, has_currency: bool) -> Option<(String, usize)> {
        let suf = self.lc(k);
        let length = if suf == "m" {
            "m"
        } else {
            measure_unit(suf).filter(|u| matches!(*u, "km" | "cm" | "mm" | "ft"))?
        };
        if self.squared(k + 1) && self.glued(k, k + 1) {
            return Some((format!("{length}2"), 2));
        }
        if suf == "m"
            && !has_currency
            && !(self.glued(k, k + 1) && self.toks[k + 1].k != TK::Sym)
            && self.metre_context(k - 1, k)
        {
            return Some(("m".to_string(), 1));
        }
        None
    }

    /// Token k squares the unit before it: a glued "2" or "²" not followed by more digits or letters.
    fn squared(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        (t.lc == "2" || t.lc == "²") && !(self.glued(k, k + 1) && self.toks[k + 1].k != TK::Sym)
    }

    /// Currency prefix at token i: returns (code, index after prefix).
    pub(super) fn currency_prefix(&self, i: usize) -> Option<(&'static str, usize)> {
        let t = self.toks.get(i)?;
        if t.k == TK::Sym {
            let c = currency_symbol(&t.lc)?;
            return Some((c, i + 1));
        }
        if t.k == TK::Word {
            let raw = &self.text[t.s..t.e];
            // "US$", "HK$", "C$"
            if self.glued(i, i + 1)
                && self.is_sym(i + 1, "$")
                && let Some(c) = dollar_prefix(&t.lc)
            {
                return Some((c, i + 2));
            }
            // "U.S. $"
            if is_currency_code(raw) {
                let nt = self.toks.get(i + 1)?;
                if nt.k == TK::Num {
                    return Some((currency_word(&t.lc)?, i + 1));
                }
                if nt.k == TK::Sym && nt.lc == "$" {
                    return Some((currency_word(&t.lc)?, i + 2));
                }
            }
        }
        None
    }

    /// Unit after token index k. Returns (unit, index after the unit tokens included in the span).
    pub(super) fn parse_unit(&self, k: usize, core: &Core) -> UnitRead {
        let toks = &self.toks;
        let Some(t) = toks.get(k) else {
            return (None, k, false);
        };
        let gap_ok = self.near(k.saturating_sub(1), k);
        if !gap_ok {
            return (None, k, false);
        }
        if t.k == TK::Sym {
            return self.unit_after_symbol(k, t);
        }
        if t.k != TK::Word {
            return (None, k, false);
        }
        let w = t.lc.as_str();
        if let Some(unit) = self.money_unit(k, w) {
            return unit;
        }
        if let Some(unit) = self.measure_unit_at(k, t, w) {
            return unit;
        }
        let _ = core;
        self.counted_noun_at(k, t, w)
    }

    /// The unit a symbol after the number makes: "%", a currency symbol not before digits,
    /// or a word glued by a hyphen ("six-year", "a five-pound note", "three-member").
    fn unit_after_symbol(&self, k: usize, t: &Tok) -> UnitRead {
        let toks = &self.toks;
        if t.lc == "%" {
            return (Some("percent".into()), k + 1, false);
        }
        if let Some(c) = currency_symbol(&t.lc)
            && !self.toks.get(k + 1).is_some_and(|x| x.k == TK::Num)
        {
            return (Some(c.into()), k + 1, false);
        }
        // glued hyphen + unit/noun: "six-year", "90-minute", "three-member"
        if t.lc == "-"
            && k > 0
            && self.glued(k - 1, k)
            && self.glued(k, k + 1)
            && let Some(nt) = toks.get(k + 1)
            && nt.k == TK::Word
        {
            if let Some(u) = measure_unit(&nt.lc) {
                let mut end = k + 2;
                // "-year-old": an age
                if self.is_sym(end, "-") && self.glued(end - 1, end) && self.is_word(end + 1, "old")
                {
                    end += 2;
                    if u == "year" {
                        return (Some(AGE.into()), end, false);
                    }
                }
                return (Some(u.into()), end, false);
            }
            // "a 1.5-billion-dollar loan", "a five-pound note"
            if let Some(c) = currency_word(&nt.lc) {
                return (Some(c.into()), k + 2, false);
            }
            if is_plain_noun(nt, self.text) {
                return (Some(singular(&nt.lc)), k + 2, true);
            }
        }
        (None, k, false)
    }

    /// A share or money after the number: "percent", "per cent", "percentage points", "US
    /// dollars", a currency word ("pounds" may be a weight).
    fn money_unit(&self, k: usize, w: &str) -> Option<UnitRead> {
        match w {
            "percent" | "percents" | "pct" => return Some((Some("percent".into()), k + 1, false)),
            "percentage" => {
                if self.is_word(k + 1, "point") || self.is_word(k + 1, "points") {
                    return Some((Some("percentage point".into()), k + 2, false));
                }
                return Some((Some("percent".into()), k + 1, false));
            }
            "per" if self.is_word(k + 1, "cent") => {
                return Some((Some("percent".into()), k + 2, false));
            }
            _ => {}
        }
        // "US dollars", "Canadian dollars"
        if is_dollar_nation(w) && (self.is_word(k + 1, "dollars") || self.is_word(k + 1, "dollar"))
        {
            let c = dollar_nation_code(w);
            return Some((Some(c.into()), k + 2, false));
        }
        if let Some(c) = currency_word(w) {
            let mut end = k + 1;
            if c == "GBP" && self.is_word(end, "sterling") {
                end += 1;
            } else if c == "GBP" && matches!(w, "pound" | "pounds") && self.speaks_of_weight() {
                // "30 pounds over a healthy weight", "weighs 190 pounds": a weight
                return Some((Some("lb".into()), end, false));
            }
            return Some((Some(c.into()), end, false));
        }
        None
    }

    /// A measure after the number: an area ("square miles", "500 km2"), metres in a measure
    /// context ("1.8 m tall"), board feet, a speed ("90 miles per hour"), an age ("45 years
    /// old"), or any measure or duration.
    fn measure_unit_at(&self, k: usize, t: &Tok, w: &str) -> Option<UnitRead> {
        let toks = &self.toks;
        let length = |x: &Tok| {
            if x.lc == "m" && &self.text[x.s..x.e] == "m" {
                Some("m")
            } else {
                measure_unit(&x.lc)
            }
        };
        if (self.is_word(k, "square") || self.is_word(k, "sq"))
            && let Some(u) = toks.get(k + 1).and_then(length)
            && matches!(u, "km" | "mile" | "m" | "ft" | "cm")
        {
            return Some((Some(format!("{u}2")), k + 2, false));
        }
        // "500 km2", "40 m²"
        if let Some(u) = length(t)
            && matches!(u, "km" | "m" | "cm" | "mm" | "ft")
            && self.glued(k, k + 1)
            && self.squared(k + 1)
        {
            return Some((Some(format!("{u}2")), k + 2, false));
        }
        // "1.8 m tall"
        if w == "m" && &self.text[t.s..t.e] == "m" && self.metre_context(k.saturating_sub(1), k) {
            return Some((Some("m".into()), k + 1, false));
        }
        // "60 million board feet" (timber)
        if w == "board" && (self.is_word(k + 1, "feet") || self.is_word(k + 1, "foot")) {
            return Some((Some("board foot".into()), k + 2, false));
        }
        if let Some(u) = measure_unit(w) {
            // "90 miles per hour", "50 km/h": speeds
            let per_hour = (self.is_word(k + 1, "per") || self.is_word(k + 1, "an"))
                && self.is_word(k + 2, "hour");
            let slash_h = self.is_sym(k + 1, "/")
                && self.glued(k, k + 1)
                && self.glued(k + 1, k + 2)
                && self.is_word(k + 2, "h");
            match u {
                "mile" if per_hour => return Some((Some("mph".into()), k + 3, false)),
                "km" if per_hour || slash_h => return Some((Some("km/h".into()), k + 3, false)),
                _ => {}
            }
            // "45 years old", "between 20 and 64 years old": an age, as "a 45-year-old" is
            if u == "year" && self.is_word(k + 1, "old") && self.near(k, k + 1) {
                return Some((Some(AGE.into()), k + 2, false));
            }
            // "second" right after a number word is the unit; "a second time" is handled as ordinal elsewhere
            return Some((Some(u.into()), k + 1, false));
        }
        None
    }

    /// The noun counted after the number: a capitalised plural demonym ("54,000 Americans"),
    /// the noun after "fellow", or a plain lower-case noun that is no prefix ("pre-tax").
    fn counted_noun_at(&self, k: usize, t: &Tok, w: &str) -> UnitRead {
        // "54,000 Americans": a capitalised plural demonym counts people of a nation
        if is_demonym(w) && self.text[t.s..t.e].starts_with(|c: char| c.is_ascii_uppercase()) {
            return (Some(w[..w.len() - 1].to_string()), k, true);
        }
        // "a 26 million pre-tax profit": a prefix is no counted noun
        let prefix = is_word_prefix(w) && self.is_dash(k + 1) && self.glued(k, k + 1);
        // "1,200 fellow students": the noun after "fellow" is what is counted ("additional"
        // or "extra" would make the figure an increment, not a like-for-like count).
        if w == "fellow"
            && let Some(next) = self.toks.get(k + 1)
            && is_plain_noun(next, self.text)
        {
            return (Some(singular(&next.lc)), k, true);
        }
        if is_plain_noun(t, self.text) && !prefix {
            return (Some(singular(w)), k, true);
        }
        (None, k, false)
    }

    /// Whether the whole number `core` is an age set off by commas after a name ("Max
    /// Guarino, 26, was found"): a capitalised word (not a month or a weekday) before the first
    /// comma, a comma after, and a value from 1 to 120.
    pub(super) fn age_in_apposition(&self, core: &Core) -> bool {
        let Some(lit) = core.lit_tok else {
            return false;
        };
        let t = &self.toks[lit];
        // "Walsh, also 60,"
        let comma = if lit >= 2 && is_apposition_adverb(self.lc(lit - 1)) {
            lit - 2
        } else {
            lit.saturating_sub(1)
        };
        let name_before = comma >= 1
            && self.is_sym(comma, ",")
            && self.toks[comma - 1].k == TK::Word
            && self.text[self.toks[comma - 1].s..].starts_with(char::is_uppercase)
            && !is_month_or_day(&self.toks[comma - 1].lc);
        core.single_lit
            && core.end == lit + 1
            && !t.has_dec
            && !t.has_sep
            && (1.0..=120.0).contains(&t.val)
            && name_before
            && self.is_sym(lit + 1, ",")
    }

    /// The token of the noun in "0.9 of a share", "0.62 of a Acme share": a fraction in
    /// digits of one counted thing, which may follow one capitalised word.
    pub(super) fn fraction_of_one(&self, core: &Core, range: bool) -> Option<usize> {
        let k = core.end;
        let fraction = core.single_lit && !range && core.value > 0.0 && core.value < 1.0;
        if !fraction || !self.is_word(k, "of") || !matches!(self.lc(k + 1), "a" | "an") {
            return None;
        }
        let noun = |n: usize| {
            self.toks
                .get(n)
                .is_some_and(|t| is_plain_noun(t, self.text) && is_count_unit(&singular(&t.lc)))
        };
        let capitalised = self.toks.get(k + 2).is_some_and(|t| {
            t.k == TK::Word && self.text[t.s..t.e].starts_with(char::is_uppercase)
        });
        if noun(k + 2) {
            Some(k + 2)
        } else if capitalised && noun(k + 3) {
            Some(k + 3)
        } else {
            None
        }
    }
}

impl Scanner<'_> {
    /// The unit of the draft: its currency, a unit glued to the digits, the thing a fraction
    /// of one counts ("0.9 of a share"), or the unit after the number (after "of" for a vague
    /// amount: "thousands of people"); and how far the span reaches.
    pub(super) fn read_unit(&self, d: &mut Draft) {
        let toks = &self.toks;
        let (k, core, currency, range) = (d.k, &d.core, d.currency, d.range);
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
            } else if let Some(n) = self.fraction_of_one(core, range) {
                // "0.9 of a share": a part of one thing counts that thing
                u = Some(singular(&toks[n].lc));
                noun = true;
            } else if core.vague && self.is_word(k, "of") {
                let (u2, e2, n2) = self.parse_unit(k + 1, core);
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
                let (u2, e2, n2) = self.parse_unit(k, core);
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
        d.unit = unit;
        d.counted_noun = counted_noun;
        d.noun_plural = noun_plural;
        d.end_tok = end_tok;
    }

    /// An age for a draft without a unit: a number in apposition ("Max Guarino, 26, was
    /// found"), or after "aged", "ages", "age" or "the age of".
    pub(super) fn read_age(&self, d: &mut Draft) {
        let core = &d.core;
        // An age in apposition: "Max Guarino, 26, was found".
        if d.unit.is_none() && d.hedge.is_none() && !d.range && self.age_in_apposition(core) {
            d.unit = Some(AGE.into());
        }
        // "aged 39", "aged 20 to 96", "ages 5 to 12", "at age 93", "at the age of 93"
        let age_before = core.first > 0
            && (is_age_word(self.lc(core.first - 1))
                || core.first > 1
                    && self.lc(core.first - 1) == "of"
                    && self.lc(core.first - 2) == "age");
        if d.unit.is_none() && d.hedge.is_none() && age_before {
            d.unit = Some(AGE.into());
        }
    }
}
