//! Numbers that are part of a name: a bare number after a naming word or a capitalised word
//! ("Chapter 11", "Windows 98"), and codes joined by a hyphen to capitals ("C-130"). Their
//! unit is the name after `NAME_NUMBER`.

use crate::lexicon::NAMING_WORDS;
use regex::Regex;
use std::sync::LazyLock;

use super::Figure;
use super::figure::Draft;
use super::scan::{Scanner, TK};
use super::unit::is_count_unit;
use super::words::{is_month_or_day, is_stop};

/// The start of the unit of a number that is part of a name ("#chapter" for "Chapter 11",
/// "#c" for "C-130").
pub const NAME_NUMBER: &str = "#";

/// Whether a figure's unit makes it part of a name ("Chapter 11", "C-130").
pub fn is_name_number(unit: &str) -> bool {
    unit.starts_with(NAME_NUMBER)
}

impl Scanner<'_> {
    /// Whether the token before `first` is a capitalised word, not the sentence's first
    /// word nor a month or weekday, one space before it: "Indy 225", not "On Tuesday 12".
    pub(super) fn continues_name(&self, first: usize) -> bool {
        let Some(before) = first.checked_sub(1) else {
            return false;
        };
        let t = &self.toks[before];
        before > 0
            && t.k == TK::Word
            && self.text[t.s..t.e].starts_with(|c: char| c.is_uppercase())
            && !is_month_or_day(&t.lc)
            && self.text.get(t.e..self.toks[first].s) == Some(" ")
            && !matches!(self.toks[before - 1].lc.as_str(), "." | "!" | "?")
    }
}

/// Marks the bare numbers of `figures` that are part of a name (see the module notes), and
/// adds the codes joined by a hyphen to capitals ("C-130"), which the scanner leaves out.
pub(super) fn name_numbers(text: &str, figures: &mut Vec<Figure>) {
    static CODE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b([A-Z][A-Za-z]{0,5})-(\d{1,5})(?:s\b|\b)").unwrap());
    for f in figures.iter_mut() {
        // After a naming word, a counted noun names the thing numbered ("chapter 11
        // bankruptcy"); after a capitalised word it may be what is counted ("S&P 500 index").
        let counted = f.unit.as_deref().is_some_and(is_count_unit);
        let bare = (f.unit.is_none() || counted)
            && f.hedge.is_none()
            && !f.ordinal
            && f.low == f.high
            && f.text
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
        if !bare || text[f.end..].starts_with(['-', '\u{2013}']) {
            continue;
        }
        if let Some((start, name)) = naming_word_before(text, f.start)
            && (!counted || NAMING_WORDS.contains(name.as_str()))
        {
            f.text = text[start..f.end].into();
            f.start = start;
            f.unit = Some(compact_str::format_compact!("{NAME_NUMBER}{name}"));
        }
    }
    let mut added = Vec::new();
    for c in CODE.captures_iter(text) {
        let (whole, name, digits) = (c.get(0).unwrap(), &c[1], c.get(2).unwrap());
        let taken = figures
            .iter()
            .any(|f| f.start < whole.end() && whole.start() < f.end);
        let after = text[whole.end()..].chars().next();
        let upper = name.chars().next().is_some_and(char::is_uppercase);
        if taken || !upper || after.is_some_and(|c| c == '-' || c.is_alphanumeric()) {
            continue;
        }
        let Ok(value) = digits.as_str().parse::<f64>() else {
            continue;
        };
        added.push(Figure {
            start: whole.start(),
            end: digits.end(),
            text: text[whole.start()..digits.end()].into(),
            value,
            low: value,
            high: value,
            unit: Some(compact_str::format_compact!(
                "{NAME_NUMBER}{}",
                name.to_lowercase()
            )),
            hedge: None,
            ordinal: false,
            reversed: false,
        });
    }
    if !added.is_empty() {
        figures.extend(added);
        figures.sort_by_key(|f| f.start);
    }
}

/// The word right before byte `at` (one space between) when it makes the number at `at` part
/// of a name: a naming word ("Chapter", "No.", "number"), or a capitalised word that is not
/// a month or a weekday, nor a function word opening the sentence ("Windows 98", "Voyager
/// 4 was launched"; not "Another 35"). Its start and its lower-case form without a final
/// period.
fn naming_word_before(text: &str, at: usize) -> Option<(usize, String)> {
    let before = text[..at].strip_suffix(' ')?;
    let start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.' || c == '&'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[start..];
    let bare = word.trim_end_matches('.');
    if bare.is_empty() || !bare.chars().next().is_some_and(char::is_alphabetic) {
        return None;
    }
    let lower = bare.to_lowercase();
    let capital = bare.chars().next().is_some_and(char::is_uppercase);
    if NAMING_WORDS.contains(lower.as_str()) && (lower != "no" || capital) {
        return Some((start, lower));
    }
    // Inside the sentence (another word before it, not ending a sentence), or opening it
    // and not a function word ("Voyager 4 was launched", not "Another 35 cases").
    let inside = !is_stop(&lower)
        || text[..start]
            .trim_end()
            .chars()
            .next_back()
            .is_some_and(|c| !matches!(c, '.' | '!' | '?' | '"' | '\u{201C}' | ':' | '\n'));
    let name_like = capital
        && bare.chars().all(|c| c.is_alphanumeric() || c == '&')
        && !is_month_or_day(&lower)
        && word == bare;
    if !(inside && name_like) {
        return None;
    }
    // The span takes in the capitalised words before ("Harbour Cup 225"); the unit is the
    // word next to the number.
    let mut from = start;
    while let Some(before) = text[..from].strip_suffix(' ') {
        let word_start = before.rfind(' ').map_or(0, |i| i + 1);
        let word = &before[word_start..];
        let capitalised = word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().all(|c| c.is_alphanumeric() || c == '&');
        if !capitalised || is_month_or_day(&word.to_lowercase()) || word_start == 0 {
            break;
        }
        from = word_start;
    }
    Some((from, lower))
}

impl Scanner<'_> {
    /// "the Honda Indy 225 look easy", "the Apollo 11 crew": digits that continue a name are
    /// part of it, and the word after them is no counted noun.
    pub(super) fn drop_noun_after_name(&self, d: &mut Draft) {
        if d.counted_noun
            && d.hedge.is_none()
            && d.currency.is_none()
            && d.core.lit_tok.is_some()
            && self.continues_name(d.core.first)
        {
            d.unit = None;
            d.counted_noun = false;
            d.end_tok = d.k;
        }
    }
}
