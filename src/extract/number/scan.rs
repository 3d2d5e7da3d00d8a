//! The scanner's tokens (words, numeric literals, single symbols, read from the text layer's
//! tokens), the scanner's token helpers,
//! and the scan: a figure is tried at each token, left to right, and a figure consumes what
//! it read.

use super::Figure;
use super::exclude::mask_ranges;
use crate::text::{Kind, Token};

/// Longest digit run accepted as a number (longer runs are ids, not figures).
const MAX_DIGITS: usize = 24;

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum TK {
    Word,
    Num,
    Sym,
}

#[derive(Debug, Clone)]
pub(super) struct Tok {
    pub(super) s: usize,
    pub(super) e: usize,
    pub(super) k: TK,
    pub(super) lc: String,
    /// numeric literal properties
    pub(super) val: f64,
    pub(super) has_sep: bool,
    pub(super) has_dec: bool,
    pub(super) ndigits: usize,
}

/// Characters that show nothing and join or split nothing a reader sees: zero-width space,
/// zero-width non-joiner and joiner, word joiner, and a byte-order mark inside text.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}'
    )
}

/// The length in bytes of an invisible character at byte `j` of `text` (0 when none).
fn invisible_len(text: &str, j: usize) -> usize {
    text.get(j..)
        .and_then(|rest| rest.chars().next())
        .filter(|c| is_invisible(*c))
        .map_or(0, char::len_utf8)
}

/// The scanner's tokens of `text`, from its tokens as the text layer read them (`tokens`):
/// a run of letters is a word, a digit run with its thousands groups and decimals is a
/// numeric literal, and every other character is a symbol of its own.
pub(super) fn tokenize(text: &str, tokens: &[Token]) -> Vec<Tok> {
    let b = text.as_bytes();
    let n = b.len();
    let mut out = Vec::with_capacity(tokens.len());
    let mut t = 0;
    while t < tokens.len() {
        let tok = tokens[t];
        let i = tok.start;
        if tok.kind == Kind::Digits {
            let mut j = tok.end;
            // Digits, and an invisible format character between two of them ("1\u{200b}000"
            // from a CMS is one number, not 1 and 000).
            loop {
                while j < n && b[j].is_ascii_digit() {
                    j += 1;
                }
                let skip = invisible_len(text, j);
                if skip > 0 && j + skip < n && b[j + skip].is_ascii_digit() {
                    j += skip;
                    continue;
                }
                break;
            }
            let int_len = j - i;
            let mut has_sep = false;
            if int_len <= 3 {
                while j + 4 <= n
                    && b[j] == b','
                    && b[j + 1..j + 4].iter().all(|x| x.is_ascii_digit())
                    && (j + 4 == n || !b[j + 4].is_ascii_digit())
                {
                    j += 4;
                    has_sep = true;
                }
            }
            let mut has_dec = false;
            if j + 1 < n && b[j] == b'.' && b[j + 1].is_ascii_digit() {
                j += 1;
                has_dec = true;
                while j < n && b[j].is_ascii_digit() {
                    j += 1;
                }
            }
            let raw = &text[i..j];
            let lit: String = if raw
                .bytes()
                .all(|x| x.is_ascii_digit() || x == b',' || x == b'.')
            {
                raw.to_string()
            } else {
                raw.chars().filter(|c| !is_invisible(*c)).collect()
            };
            let ndigits = lit.bytes().filter(|x| x.is_ascii_digit()).count();
            let val = if ndigits > MAX_DIGITS {
                f64::NAN
            } else if has_sep {
                lit.replace(',', "").parse::<f64>().unwrap_or(f64::NAN)
            } else {
                lit.parse::<f64>().unwrap_or(f64::NAN)
            };
            out.push(Tok {
                s: i,
                e: j,
                k: TK::Num,
                lc: lit,
                val,
                has_sep,
                has_dec,
                ndigits,
            });
            while t < tokens.len() && tokens[t].start < j {
                t += 1;
            }
        } else if tok.kind.is_alphabetic() {
            // touching letter tokens are one word ("ⓐb")
            let mut j = tok.end;
            t += 1;
            while t < tokens.len() && tokens[t].start == j && tokens[t].kind.is_alphabetic() {
                j = tokens[t].end;
                t += 1;
            }
            out.push(Tok {
                s: i,
                e: j,
                k: TK::Word,
                lc: text[i..j].to_lowercase(),
                val: 0.0,
                has_sep: false,
                has_dec: false,
                ndigits: 0,
            });
        } else {
            // every character of a token that is no word or numeral is a symbol of its own
            for (k, c) in text[i..tok.end].char_indices() {
                out.push(Tok {
                    s: i + k,
                    e: i + k + c.len_utf8(),
                    k: TK::Sym,
                    lc: c.to_string(),
                    val: 0.0,
                    has_sep: false,
                    has_dec: false,
                    ndigits: 0,
                });
            }
            t += 1;
        }
    }
    out
}

pub(super) struct Scanner<'a> {
    pub(super) text: &'a str,
    pub(super) toks: Vec<Tok>,
    pub(super) masks: Vec<(usize, usize)>,
}

impl Scanner<'_> {
    pub(super) fn glued(&self, a: usize, b: usize) -> bool {
        // token a immediately followed by token b
        b < self.toks.len() && a < self.toks.len() && self.toks[a].e == self.toks[b].s
    }
    pub(super) fn lc(&self, i: usize) -> &str {
        self.toks.get(i).map(|t| t.lc.as_str()).unwrap_or("")
    }
    pub(super) fn is_word(&self, i: usize, w: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.k == TK::Word && t.lc == w)
    }
    pub(super) fn is_sym(&self, i: usize, s: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.k == TK::Sym && t.lc == s)
    }
    pub(super) fn is_dash(&self, i: usize) -> bool {
        self.is_sym(i, "-") || self.is_sym(i, "–") || self.is_sym(i, "—")
    }
    /// gap between tokens a and a+1 is whitespace-only and short
    pub(super) fn near(&self, a: usize, b: usize) -> bool {
        b < self.toks.len() && self.toks[b].s.saturating_sub(self.toks[a].e) <= 2
    }

    pub(super) fn match_phrase(&self, i: usize, phrase: &str) -> Option<usize> {
        // most tokens are no phrase's first word: a look at its first letters tells
        let first = self.toks.get(i)?;
        if first.k != TK::Word || !phrase.starts_with(first.lc.as_str()) {
            return None;
        }
        let mut k = i;
        for w in phrase.split(' ') {
            if !self.is_word(k, w) {
                return None;
            }
            k += 1;
        }
        Some(k)
    }
}

/// The figures of `text` read left to right, each starting where the one before ended:
/// at each token a figure is tried; a figure overlapping the one before is dropped.
pub(super) fn scan(text: &str, tokens: &[Token]) -> Vec<Figure> {
    let sc = Scanner {
        text,
        toks: tokenize(text, tokens),
        masks: mask_ranges(text, crate::text::may_hold_numeral(tokens)),
    };
    let mut out: Vec<Figure> = Vec::new();
    let mut i = 0;
    while i < sc.toks.len() {
        match sc.try_figure(i) {
            Some((f, next)) if next > i => {
                if out.last().is_none_or(|l| l.end <= f.start) {
                    out.push(f);
                }
                i = next;
            }
            _ => i += 1,
        }
    }
    out
}
