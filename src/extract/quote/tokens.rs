//! Sentences as word tokens: the tokenizer, a sentence with its paragraph and tokens, the text
//! between two tokens, and a document's sentences without the dateline that opens one.

use crate::lexicon::QUOTE_ABBREVIATIONS;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::segment::{bound_sentence_length, split_sentences};

#[derive(Debug, Clone)]
pub(super) struct Tok {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) lower: String,
    pub(super) cap: bool,
}

static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐‑'’.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*").unwrap()
});

pub(super) fn tokenize(text: &str, r: Range<usize>) -> Vec<Tok> {
    let s = &text[r.clone()];
    TOKEN
        .find_iter(s)
        .map(|m| {
            let mut end = m.end();
            let lw = m.as_str().to_lowercase();
            let c = m.as_str().chars().next().unwrap();
            // a title ("Sen.") or a middle initial ("Jane Q. Roe") keeps its dot
            let initial = m.as_str().chars().count() == 1 && c.is_uppercase();
            if s[end..].starts_with('.') && (QUOTE_ABBREVIATIONS.contains(lw.as_str()) || initial) {
                end += 1;
            }
            Tok {
                start: r.start + m.start(),
                end: r.start + end,
                lower: lw,
                cap: c.is_uppercase(),
            }
        })
        .collect()
}

pub(super) struct Sent {
    pub(super) range: Range<usize>,
    pub(super) par: usize,
    pub(super) toks: Vec<Tok>,
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
    let sranges = bound_sentence_length(text, split_sentences(text));
    let mut sents: Vec<Sent> = Vec::with_capacity(sranges.len());
    let mut pi = 0;
    for r in sranges {
        while pi + 1 < pars.len() && pars[pi].end < r.start {
            pi += 1;
        }
        // a dateline ("WASHINGTON --", "NEW YORK (AP) —") is no part of the sentence: the
        // subject opens after its dash
        let r = DATELINE
            .find(&text[r.clone()])
            .map_or(r.clone(), |m| r.start + m.end()..r.end);
        sents.push(Sent {
            toks: tokenize(text, r.clone()),
            range: r,
            par: pi,
        });
    }
    sents
}
