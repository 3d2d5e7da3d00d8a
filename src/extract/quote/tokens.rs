//! Sentences as word tokens: the tokenizer, a sentence with its paragraph and tokens, the text
//! between two tokens, and a document's sentences without the dateline that opens one.

use crate::lexicon::QUOTE_ABBREVIATIONS;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::segment::{bound_sentence_length, split_sentences};
use crate::text::{Token, WordRules, words};

#[derive(Debug, Clone)]
pub(super) struct Tok {
    pub(super) start: usize,
    pub(super) end: usize,
    /// The word in lower case, inline (no allocation) up to 24 bytes: a document's words are
    /// all held at once while quotes are read.
    pub(super) lower: compact_str::CompactString,
    pub(super) cap: bool,
}

/// How a quote's words are read: pieces joined by a hyphen, an apostrophe, a dot or an
/// ampersand ("al-Assad", "Ja'afari", "U.S.-backed", "AT&T"), and initialisms ("U.S.").
const QUOTE_WORDS: WordRules = WordRules {
    joiners: &['-', '‐', '‑', '\'', '’', '.', '&'],
    ampersand: false,
};

/// The tokens of `text[r]`, whose text-layer tokens are `tokens` (spans relative to `r`).
fn tokenize_range(text: &str, r: Range<usize>, tokens: &[Token]) -> Vec<Tok> {
    let s = &text[r.clone()];
    words(s, tokens, QUOTE_WORDS)
        .into_iter()
        .map(|(m_start, m_end)| {
            let mut end = m_end;
            let word = &s[m_start..m_end];
            let lw = word.to_lowercase();
            let c = word.chars().next().unwrap();
            // a title ("Sen.") or a middle initial ("Jane Q. Roe") keeps its dot
            let initial = c.is_uppercase() && word.len() == c.len_utf8();
            if s[end..].starts_with('.') && (initial || QUOTE_ABBREVIATIONS.contains(lw.as_str())) {
                end += 1;
            }
            Tok {
                start: r.start + m_start,
                end: r.start + end,
                lower: compact_str::CompactString::from(lw),
                cap: c.is_uppercase(),
            }
        })
        .collect()
}

/// The tokens of `text[r]`.
#[cfg(test)]
pub(super) fn tokenize(text: &str, r: Range<usize>) -> Vec<Tok> {
    let tokens = crate::text::tokenize(&text[r.clone()]);
    tokenize_range(text, r, &tokens)
}

pub(super) struct Sent {
    pub(super) range: Range<usize>,
    pub(super) par: usize,
    pub(super) toks: Vec<Tok>,
    /// whether a dateline was cut from the sentence's start
    pub(super) cut: bool,
}

pub(super) fn gap<'a>(text: &'a str, toks: &[Tok], i: usize) -> &'a str {
    // text between toks[i-1] and toks[i]
    &text[toks[i - 1].end..toks[i].start]
}

pub(super) fn plain_gap(g: &str) -> bool {
    !g.is_empty() && g.chars().all(|c| c.is_whitespace())
}

pub(super) fn plain_gap_opt(text: &str, toks: &[Tok], i: usize) -> bool {
    i < toks.len() && i > 0 && plain_gap(gap(text, toks, i))
}

/// A dateline opening a sentence: one to three upper-case words, optionally a region after a
/// comma and an agency in parentheses, then a dash ("WASHINGTON --", "BEIRUT, Lebanon —",
/// "NEW YORK (AP) ―").
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[ \t\u{a0}]*\p{Lu}{2}[\p{Lu}.'’-]*(?:[ \t\u{a0}]+\p{Lu}[\p{Lu}.'’-]+){0,2}(?:,[ \t\u{a0}]*\p{Lu}[\p{L}.]*(?:[ \t\u{a0}]+\p{Lu}[\p{L}.]*)?)?[ \t\u{a0}]*(?:\([\p{L} .]+\)[ \t\u{a0}]*)?(?:―|—|–|--|-)[ \t\u{a0}]+",
    )
    .unwrap()
});

/// The sentences of `text` (from `split_sentences`), each with its paragraph among `pars` and
/// its tokens. A dateline ("WASHINGTON --", "NEW YORK (AP) —") is no part of the sentence: the
/// subject opens after its dash.
pub(super) fn sentences(text: &str, pars: &[Range<usize>]) -> Vec<Sent> {
    // cut at 4 KB as the document's sentences are: a run of text without punctuation is
    // no single sentence of a megabyte, whose every cue would read all of it
    let ranges = bound_sentence_length(text, split_sentences(text));
    let tokens: Vec<Vec<Token>> = ranges
        .iter()
        .map(|r| crate::text::tokenize(&text[r.clone()]))
        .collect();
    let given: Vec<(Range<usize>, &[Token])> = ranges
        .into_iter()
        .zip(&tokens)
        .map(|(r, t)| (r, t.as_slice()))
        .collect();
    sentences_of(text, pars, &given)
}

/// The sentences `given` (each a range of `text` and its text-layer tokens, spans relative to
/// the range), each with its paragraph among `pars` and its tokens, without its dateline.
pub(super) fn sentences_of(
    text: &str,
    pars: &[Range<usize>],
    given: &[(Range<usize>, &[Token])],
) -> Vec<Sent> {
    let mut sents: Vec<Sent> = Vec::with_capacity(given.len());
    let mut pi = 0;
    for (r, tokens) in given {
        let r = r.clone();
        while pi + 1 < pars.len() && pars[pi].end < r.start {
            pi += 1;
        }
        // a dateline ("WASHINGTON --", "NEW YORK (AP) —") is no part of the sentence: the
        // subject opens after its dash
        let toks = match DATELINE.find(&text[r.clone()]) {
            Some(m) if m.end() > 0 => {
                let cut = m.end();
                let rest: Vec<Token> = tokens
                    .iter()
                    .filter(|t| t.start >= cut)
                    .map(|t| Token {
                        start: t.start - cut,
                        end: t.end - cut,
                        kind: t.kind,
                    })
                    .collect();
                let r = r.start + cut..r.end;
                sents.push(Sent {
                    toks: tokenize_range(text, r.clone(), &rest),
                    range: r,
                    par: pi,
                    cut: true,
                });
                continue;
            }
            _ => tokenize_range(text, r.clone(), tokens),
        };
        sents.push(Sent {
            toks,
            range: r,
            par: pi,
            cut: false,
        });
    }
    sents
}
