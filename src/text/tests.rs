use super::*;
use regex::Regex;
use std::sync::LazyLock;

const QUOTE: WordRules = WordRules {
    joiners: &['-', '‐', '‑', '\'', '’', '.', '&'],
    ampersand: false,
};
const NAME: WordRules = WordRules {
    joiners: &['-', '‐', '‑', '\'', '’'],
    ampersand: true,
};

fn by_words(text: &str, rules: WordRules) -> Vec<&str> {
    words(text, &tokenize(text), rules)
        .into_iter()
        .map(|(s, e)| &text[s..e])
        .collect()
}

fn by_pattern<'a>(text: &'a str, pattern: &str) -> Vec<&'a str> {
    static QUOTE_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(QUOTE_PATTERN).unwrap());
    static NAME_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(NAME_PATTERN).unwrap());
    let re = if pattern == QUOTE_PATTERN {
        &QUOTE_RE
    } else {
        &NAME_RE
    };
    re.find_iter(text).map(|m| m.as_str()).collect()
}

const QUOTE_PATTERN: &str =
    r"(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐‑'’.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*";
const NAME_PATTERN: &str =
    r"(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐‑'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|&";

#[test]
fn tokens_have_exact_spans_and_kinds() {
    let text = "Al-Assad's 1,200 ⓐ٣ e\u{301} —";
    let toks = tokenize(text);
    let got: Vec<(&str, Kind)> = toks
        .iter()
        .map(|t| (&text[t.start..t.end], t.kind))
        .collect();
    assert_eq!(
        got,
        [
            ("Al", Kind::Letters),
            ("-", Kind::Punct),
            ("Assad", Kind::Letters),
            ("'", Kind::Punct),
            ("s", Kind::Letters),
            ("1", Kind::Digits),
            (",", Kind::Punct),
            ("200", Kind::Digits),
            ("ⓐ", Kind::Letterlike),
            ("٣", Kind::WordChar),
            ("e", Kind::Letters),
            ("\u{301}", Kind::WordChar),
            ("—", Kind::Punct),
        ]
    );
}

#[test]
fn words_are_what_the_word_pattern_finds() {
    let cases = [
        "U.S.-backed forces met in Washington D.C. at 10 a.m. on Jan. 5.",
        "Bashar al-Assad's ally Ja'afari, Marks & Spencer and AT&T said “no”.",
        "U.S.A U.Sx. e.g., x.y.z.w ab.cd e\u{301}té \u{301}abc 3.5bn ⓐb ٣٤ x-\u{301}y",
        "mid—sentence ‘quoted’ it’s O’Neill’s co‑op non‐stop -start end- a..b",
    ];
    for text in cases {
        assert_eq!(
            by_words(text, QUOTE),
            by_pattern(text, QUOTE_PATTERN),
            "{text}"
        );
        assert_eq!(
            by_words(text, NAME),
            by_pattern(text, NAME_PATTERN),
            "{text}"
        );
    }
}

#[test]
fn words_match_the_pattern_on_generated_text() {
    let alphabet: Vec<char> = "aB.Z9 -’'&é\u{301}ⓐ٣—,\u{200b}Ω".chars().collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..3000 {
        let len = (seed % 14) as usize;
        let mut text = String::new();
        for _ in 0..len {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push(alphabet[(seed % alphabet.len() as u64) as usize]);
        }
        seed = seed.wrapping_add(0x2545_f491_4f6c_dd1d);
        assert_eq!(
            by_words(&text, QUOTE),
            by_pattern(&text, QUOTE_PATTERN),
            "{text:?}"
        );
        assert_eq!(
            by_words(&text, NAME),
            by_pattern(&text, NAME_PATTERN),
            "{text:?}"
        );
    }
}

#[test]
fn alphanumeric_runs_are_the_alphanumeric_stretches() {
    for text in [
        "Al-Assad's 1,200 ⓐb٣ e\u{301}x ab\u{200b}cd",
        "  x  ",
        "",
        "—",
    ] {
        let mut want = Vec::new();
        let mut start = None;
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    want.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        assert_eq!(alphanumeric_runs(text, &tokenize(text)), want, "{text:?}");
    }
}

#[test]
fn a_numeral_of_any_script_is_seen() {
    let holds = |t: &str| may_hold_numeral(&tokenize(t));
    assert!(holds("in 2016"));
    assert!(holds("عام ٢٠١٦"));
    assert!(!holds("in May, last year"));
}
