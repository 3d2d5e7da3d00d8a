//! Sentences as word tokens: the tokenizer, a sentence with its paragraph (and, while its frames
//! are found, its tokens), the text between two tokens, and a document's sentences without the
//! dateline that opens one.

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
    /// The word in lower case, inline (no allocation) up to 24 bytes.
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

/// A sentence as quotes are read: its range (without the dateline that opens it, if any) and
/// its paragraph. Its words are read while its frames are found ([`SentWords`]) and dropped
/// after: a document's words are never all held at once.
pub(super) struct Sent {
    pub(super) range: Range<usize>,
    pub(super) par: usize,
    /// how many bytes of dateline were cut from the sentence's start (0: none)
    pub(super) cut: usize,
}

/// A sentence with its word tokens, while its frames are found.
pub(super) struct SentWords<'a> {
    pub(super) sent: &'a Sent,
    pub(super) toks: Vec<Tok>,
}

impl std::ops::Deref for SentWords<'_> {
    type Target = Sent;

    fn deref(&self) -> &Sent {
        self.sent
    }
}

impl Sent {
    /// The sentence with its words, from its text-layer `tokens` (spans relative to the
    /// sentence as given, dateline included).
    pub(super) fn words<'a>(&'a self, text: &str, tokens: &[Token]) -> SentWords<'a> {
        let toks = if self.cut == 0 {
            tokenize_range(text, self.range.clone(), tokens)
        } else {
            let cut = self.cut;
            let rest: Vec<Token> = tokens
                .iter()
                .filter(|t| t.start >= cut)
                .map(|t| Token {
                    start: t.start - cut,
                    end: t.end - cut,
                    kind: t.kind,
                })
                .collect();
            tokenize_range(text, self.range.clone(), &rest)
        };
        SentWords { sent: self, toks }
    }
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

/// The sentences of `text` (from `split_sentences`, cut at 4 KB as the document's sentences
/// are: a run of text without punctuation is no single sentence of a megabyte, whose every cue
/// would read all of it).
pub(super) fn sentence_ranges(text: &str) -> Vec<Range<usize>> {
    bound_sentence_length(text, split_sentences(text))
}

/// The sentences `ranges` of `text`, each with its paragraph among `pars`, without its
/// dateline: the subject of "WASHINGTON --", "NEW YORK (AP) —" opens after its dash.
pub(super) fn sentences_of(
    text: &str,
    pars: &[Range<usize>],
    ranges: impl IntoIterator<Item = Range<usize>>,
) -> Vec<Sent> {
    let ranges = ranges.into_iter();
    let mut sents: Vec<Sent> = Vec::with_capacity(ranges.size_hint().0);
    let mut pi = 0;
    for r in ranges {
        while pi + 1 < pars.len() && pars[pi].end < r.start {
            pi += 1;
        }
        let cut = match DATELINE.find(&text[r.clone()]) {
            Some(m) if m.end() > 0 => m.end(),
            _ => 0,
        };
        sents.push(Sent {
            range: r.start + cut..r.end,
            par: pi,
            cut,
        });
    }
    sents
}
