//! What is not a figure: spans masked by regex before the scan (dates, times, URLs), and
//! numeric literals that are codes, versions, lists glued by commas or years.

use regex::Regex;
use std::sync::LazyLock;

use super::figure::Draft;
use super::scan::{Scanner, TK};
use super::words::{MONTHS, ZONES, is_determiner_of_one, is_year_preposition};

pub(super) fn asciib(p: &str) -> String {
    p.replace(r"\b", r"(?-u:\b)")
}

static MASKS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let pats = [
        // Month day[, year]
        format!(r"(?i)\b(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:\s*,?\s*\d{{4}}\b)?"),
        // day [of] Month[, year]
        format!(
            r"(?i)\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\b\.?(?:\s*,?\s*\d{{4}}\b)?"
        ),
        // Month year
        format!(r"(?i)\b(?:{MONTHS})\.?,?\s+\d{{4}}\b"),
        // numeric dates, one separator throughout ("3-1/2" is a mixed fraction)
        r"\b\d{1,4}/\d{1,2}/\d{1,4}\b".to_string(),
        r"\b\d{1,4}\.\d{1,2}\.\d{1,4}\b".to_string(),
        r"\b\d{1,4}-\d{1,2}-\d{1,4}\b".to_string(),
        r"\b\d{1,2}/\d{1,2}\b".to_string(),
        // times
        r"(?i)\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?".to_string(),
        r"(?i)\b\d{1,2}(?:\.\d{2})?\s*(?:[ap]\.m\.|[ap]m\b)".to_string(),
        // clock times before a time zone: "by 1018 GMT", "at 0835 GMT", "10.30 EST", "7 UTC"
        format!(r"\b(?:[01]?\d|2[0-3])(?:[:.]?[0-5]\d)?\s*(?:{ZONES})\b"),
        // URLs (last: the one pattern that needs no digit, see `mask_ranges`)
        r"(?i)(?:https?://|www\.)\S+".to_string(),
    ];
    pats.iter()
        .map(|p| Regex::new(&asciib(p)).expect("mask regex"))
        .collect()
});

/// The spans of `text` no figure is read in: dates, times, URLs. `numerals` says whether the
/// text may hold a digit of any script; without one only a URL can be masked (every other
/// pattern needs a digit).
pub(super) fn mask_ranges(text: &str, numerals: bool) -> Vec<(usize, usize)> {
    let mut v: Vec<(usize, usize)> = Vec::new();
    let url = MASKS.len() - 1;
    for re in MASKS.iter().skip(if numerals { 0 } else { url }) {
        for m in re.find_iter(text) {
            v.push((m.start(), m.end()));
        }
    }
    v.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(v.len());
    for (s, e) in v {
        if let Some(last) = merged.last_mut()
            && s <= last.1
        {
            last.1 = last.1.max(e);
            continue;
        }
        merged.push((s, e));
    }
    merged
}

fn is_masked(masks: &[(usize, usize)], s: usize, e: usize) -> bool {
    let idx = masks.partition_point(|m| m.1 <= s);
    idx < masks.len() && masks[idx].0 < e
}

impl Scanner<'_> {
    /// When the number at `i` is part of numbers glued by commas ("22,24,26"), the number of
    /// commas in that chain. Thousands groups ("1,366") are one token and never a chain.
    fn comma_chain(&self, i: usize) -> Option<usize> {
        let num = |k: usize| {
            self.toks
                .get(k)
                .is_some_and(|t| t.k == TK::Num && !t.has_dec)
        };
        let link = |k: usize| {
            self.is_sym(k + 1, ",")
                && self.glued(k, k + 1)
                && self.glued(k + 1, k + 2)
                && num(k + 2)
        };
        if !num(i) {
            return None;
        }
        let mut first = i;
        while first >= 2 && num(first - 2) && link(first - 2) {
            first -= 2;
        }
        let mut last = i;
        while link(last) {
            last += 2;
        }
        let commas = (last - first) / 2;
        // Something glued around the chain (a version "1.2,3", a code "A1,2") is not a list.
        let glued_before = first > 0 && self.glued(first - 1, first);
        let glued_after = self.glued(last, last + 1) && !self.is_sym(last + 1, ".");
        (commas > 0 && !glued_before && !glued_after).then_some(commas)
    }

    /// Numeric-literal exclusions that look at the context before it (codes, versions).
    pub(super) fn lit_excluded(&self, i: usize, in_range: bool) -> bool {
        let t = &self.toks[i];
        if t.val.is_nan() || is_masked(&self.masks, t.s, t.e) {
            return true;
        }
        // Numbers glued by commas that are not thousands groups: three or more are a list
        // ("exercises 22,24,26,31"), each a figure; two are a list or a decimal comma ("3,4
        // million"), too ambiguous to read.
        if let Some(commas) = self.comma_chain(i) {
            return commas < 2;
        }
        if i > 0 && self.glued(i - 1, i) {
            let p = &self.toks[i - 1];
            if p.k == TK::Word || p.k == TK::Num {
                return true; // "G20", "Win10", "A380"
            }
            if p.lc == "." || p.lc == "," || p.lc == "/" || p.lc == ":" {
                if i > 1 && self.glued(i - 2, i - 1) && self.toks[i - 2].k != TK::Sym {
                    return true; // versions, lists glued "22,24", "1.2.3"
                }
                if p.lc == "." {
                    return true; // ".25"
                }
            }
            if (p.lc == "-" || p.lc == "–")
                && i > 1
                && self.glued(i - 2, i - 1)
                && (self.toks[i - 2].k == TK::Word || (self.toks[i - 2].k == TK::Num && !in_range))
            {
                return true; // "Su-35", "COVID-19", "mid-2015", "222-2222"
            }
        }
        // followed by glued ".digit" or ":digit" (version, ip, time)
        if self.glued(i, i + 1)
            && (self.is_sym(i + 1, ".") || self.is_sym(i + 1, ":"))
            && self.glued(i + 1, i + 2)
            && self.toks.get(i + 2).is_some_and(|t| t.k == TK::Num)
        {
            return true;
        }
        false
    }

    pub(super) fn year_like(&self, li: usize) -> bool {
        let t = &self.toks[li];
        !t.has_sep && !t.has_dec && t.ndigits == 4 && (1800.0..=2100.0).contains(&t.val)
    }
}

impl Scanner<'_> {
    /// Whether the draft is no figure: a bare "one" that counts nothing ("the one", "one
    /// another", "one" without a unit), or a year ("in 2014"; a four-digit number keeps only
    /// a unit that counts, in the plural).
    pub(super) fn excluded(&self, d: &Draft) -> bool {
        let core = &d.core;
        if core.only_one && !d.range {
            let prev = if core.first > 0 {
                self.lc(core.first - 1)
            } else {
                ""
            };
            if d.unit.is_none()
                || is_determiner_of_one(prev)
                || self.is_word(core.first + 1, "another")
            {
                return true;
            }
        }
        if core.single_lit
            && !d.range
            && d.currency.is_none()
            && let Some(li) = core.lit_tok
            && self.year_like(li)
        {
            let keep_unit = matches!(d.unit.as_deref(), Some(u) if !d.counted_noun || u == "people")
                && !d.counted_noun
                || (d.counted_noun && d.noun_plural);
            let prev = if li > 0 { self.lc(li - 1) } else { "" };
            let year_prev = is_year_preposition(prev);
            if year_prev || !keep_unit {
                return true;
            }
        }
        false
    }
}
