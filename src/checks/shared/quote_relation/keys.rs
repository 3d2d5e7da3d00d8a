//! A quoted passage as comparison keys: one key a word, folded (case, diacritics, spelling
//! variants, contractions, possessives, number words, month names), each with the place of
//! the word it stands for.

use crate::lexicon::{CONTRACTED_IS_SUBJECTS, NEGATIVE_CONTRACTIONS};
use std::ops::Range;

use super::super::spelling::{Spellings, fold_word, word_spans};
use crate::lexicon::CONTRACTION_ENDINGS;

/// The comparison key that stands for an editor's bracketed insertion in a quote.
pub(super) const BRACKETED: &str = "[…]";

/// A passage's comparison keys ("it's" gives "it", "is"), each with the place (start, end)
/// of the word it comes from.
pub(super) struct Keyed {
    pub keys: Vec<String>,
    pub places: Vec<(usize, usize)>,
}

impl Keyed {
    /// The keys of passage `text`, in the order of its words, the day after the month.
    pub fn new(text: &str, spellings: &Spellings) -> Keyed {
        let mut keys = Vec::new();
        let mut places = Vec::new();
        let inserted = bracketed(text);
        let mut marked = vec![false; inserted.len()];
        let words = quote_words(text);
        let mut skip = false;
        for (n, &(at, w)) in words.iter().enumerate() {
            if std::mem::take(&mut skip) {
                continue;
            }
            // Words an editor put in brackets ("to him [Mr. Cheney]") are not the speaker's;
            // one marker stands where they are, so that words the other passage has there
            // are read as what the editor replaced ("these (pension) payments").
            if let Some(i) = inserted.iter().position(|r| r.contains(&at)) {
                if !marked[i] {
                    marked[i] = true;
                    keys.push(BRACKETED.to_string());
                    places.push((inserted[i].start, inserted[i].end));
                }
                continue;
            }
            // Tokenized copy writes "that 's", "we 're" apart: one word again.
            let (word, end) = match words.get(n + 1) {
                Some(&(next_at, next)) if detached_ending(text, next_at, next) => {
                    skip = true;
                    (format!("{w}'{next}"), next_at + next.len())
                }
                _ => (w.to_string(), at + w.len()),
            };
            if spellings.joined_particle(text, at, &word) {
                continue;
            }
            let word = if word == "&" { "and".to_string() } else { word };
            for k in expand_contraction(&fold_word(&word)) {
                keys.push(number_word(
                    &spellings.canonical(&month_word(strip_possessive(&k))),
                ));
                places.push((at, end));
            }
        }
        day_after_month(&mut keys, &mut places);
        Keyed { keys, places }
    }

    /// The span of the words `range` of the passage (its words may have been reordered by
    /// `day_after_month`).
    pub fn span(&self, range: Range<usize>) -> Range<usize> {
        let words = &self.places[range];
        let start = words.iter().map(|p| p.0).min().unwrap_or(0);
        let end = words.iter().map(|p| p.1).max().unwrap_or(start);
        start..end
    }
}

/// "11 September" and "September 11" are one date: the day goes after the month.
fn day_after_month(keys: &mut [String], places: &mut [(usize, usize)]) {
    for i in 1..keys.len() {
        let is_day = keys[i - 1].len() <= 2 && keys[i - 1].chars().all(|c| c.is_ascii_digit());
        if is_day && keys[i].starts_with("month ") {
            keys.swap(i - 1, i);
            places.swap(i - 1, i);
        }
    }
}

/// Words of a quote with their offsets; "per cent" counts as one word, as "percent" does.
fn quote_words(text: &str) -> Vec<(usize, &str)> {
    let words = word_spans(text);
    let mut out: Vec<(usize, &str)> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let (at, w) = words[i];
        if w.eq_ignore_ascii_case("per")
            && words
                .get(i + 1)
                .is_some_and(|(_, n)| n.eq_ignore_ascii_case("cent"))
        {
            let (next_at, next) = words[i + 1];
            out.push((at, &text[at..next_at + next.len()]));
            i += 2;
            continue;
        }
        out.push((at, w));
        i += 1;
    }
    // "CEO & President" and "CEO and President": the ampersand is a word.
    let amps: Vec<(usize, &str)> = text
        .match_indices('&')
        .filter(|&(at, _)| {
            let around = |s: Option<char>| s.is_none_or(char::is_whitespace);
            around(text[..at].chars().next_back()) && around(text[at + 1..].chars().next())
        })
        .collect();
    if !amps.is_empty() {
        out.extend(amps);
        out.sort_unstable_by_key(|&(at, _)| at);
    }
    out
}

/// Whether the word at `at` is a contraction's or possessive's ending written apart from
/// its word, after a space and an apostrophe ("that 's", "we ’re").
fn detached_ending(text: &str, at: usize, word: &str) -> bool {
    let before = text[..at].trim_end_matches(['\'', '’']);
    before.len() < at
        && before.ends_with(char::is_whitespace)
        && CONTRACTION_ENDINGS.contains(word.to_lowercase())
}

/// A folded word as the words it contracts ("it's" -> "it is", "don't" -> "do not"); other
/// words as they are. A possessive "'s" after a noun stays one word.
fn expand_contraction(word: &str) -> Vec<String> {
    let w = word.replace('’', "'");
    // Tokenized copy writes the contraction apart ("we 're", "do n't"): no stem.
    let split = |stem: &str, tail: &str| {
        [stem, tail]
            .iter()
            .filter(|w| !w.is_empty())
            .map(|w| w.to_string())
            .collect()
    };
    if let Some(stem) = w.strip_suffix("n't") {
        let stem = NEGATIVE_CONTRACTIONS.get(stem).unwrap_or(stem);
        return split(stem, "not");
    }
    for (suffix, full) in [
        ("'re", "are"),
        ("'ve", "have"),
        ("'ll", "will"),
        ("'d", "would"),
        ("'m", "am"),
    ] {
        if let Some(stem) = w.strip_suffix(suffix) {
            return split(stem, full);
        }
    }
    if let Some(stem) = w.strip_suffix("'s")
        && (CONTRACTED_IS_SUBJECTS.contains(stem) || stem == "let")
    {
        return split(stem, if stem == "let" { "us" } else { "is" });
    }
    vec![w]
}

/// Small numbers written as words compare equal to their digits ("five" = "5"), and
/// "per cent" to "percent".
fn number_word(folded: &str) -> String {
    if folded == "per cent" {
        return "percent".to_string();
    }
    // "11th" = "11".
    if let Some(digits) = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| folded.strip_suffix(suffix))
        .filter(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
    {
        return digits.to_string();
    }
    // "zero" to "twenty" as digits
    match crate::lexicon::NUMBER_WORDS
        .get(folded)
        .filter(|v| v.parse::<u32>().is_ok_and(|v| v <= 20))
    {
        Some(digits) => digits.to_string(),
        None => folded.to_string(),
    }
}

/// Byte ranges inside (round or square) brackets: an editor's insertions in a quote.
fn bracketed(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' if open.is_none() => open = Some(i),
            ')' | ']' => {
                if let Some(o) = open.take() {
                    out.push(o..i);
                }
            }
            _ => {}
        }
    }
    out
}

/// A noun without its possessive ending ("princess's", "Princess'" -> "princess"); the
/// contractions "it's", "let's" are expanded before this.
fn strip_possessive(folded: &str) -> &str {
    folded
        .strip_suffix("'s")
        .or_else(|| folded.strip_suffix('\''))
        .unwrap_or(folded)
}

/// A month name or its abbreviation as one key ("Sept" = "September").
fn month_word(folded: &str) -> String {
    let month = match folded {
        "sept" => Some(9),
        _ => folded
            .parse::<chrono::Month>()
            .ok()
            .map(|m| m.number_from_month()),
    };
    match month {
        Some(n) => format!("month {n}"),
        None => folded.to_string(),
    }
}
