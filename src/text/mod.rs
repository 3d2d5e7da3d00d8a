//! Text as tokens: the one tokenizer every extractor reads. A sentence is scanned once into
//! [`Token`]s (runs of letters, runs of digits, single characters), each with its exact byte
//! span; the extractors group these tokens into their own units without reading the text
//! again character by character:
//!
//! - the figure scanner reads letter runs, digit literals and single symbols;
//! - the name and quote readers read words as [`words`] finds them (`al-Assad`, `U.S.`,
//!   `Ja'afari`), each joining word pieces with its own marks.
//!
//! This layer sits at the bottom with `lexicon` and `error`: it depends on nothing in the
//! crate.

mod class;

pub use class::{is_letter, is_word_char, is_word_start};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A run of alphabetic word characters (letters, and the marks that belong to them).
    Letters,
    /// A run of ASCII digits.
    Digits,
    /// One word character that is neither: a numeral of another script, a combining mark.
    WordChar,
    /// One alphabetic character that is no word character (a circled letter, "ⓐ").
    Letterlike,
    /// One other character: punctuation, a symbol, an invisible format character.
    Punct,
}

impl Kind {
    /// Whether the token is made of word characters (`[\p{L}\p{M}\p{N}]`).
    pub fn is_word(self) -> bool {
        matches!(self, Kind::Letters | Kind::Digits | Kind::WordChar)
    }

    /// Whether the token is made of alphabetic characters (`char::is_alphabetic`).
    pub fn is_alphabetic(self) -> bool {
        matches!(self, Kind::Letters | Kind::Letterlike)
    }
}

/// One token: a byte span of the text it was read from, and its kind. Whitespace is never a
/// token; two tokens touch when nothing lies between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    Letters,
    Digit,
    WordChar,
    Letterlike,
    Punct,
}

fn class(c: char) -> Class {
    if c.is_ascii() {
        return if c.is_ascii_alphabetic() {
            Class::Letters
        } else if c.is_ascii_digit() {
            Class::Digit
        } else if c.is_whitespace() {
            Class::Space
        } else {
            Class::Punct
        };
    }
    if c.is_whitespace() {
        Class::Space
    } else if c.is_alphabetic() {
        if is_word_char(c) {
            Class::Letters
        } else {
            Class::Letterlike
        }
    } else if is_word_char(c) {
        Class::WordChar
    } else {
        Class::Punct
    }
}

/// The tokens of `text`, in order, with byte spans into it.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 4);
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let kind = match class(c) {
            Class::Space => continue,
            Class::Letters => Kind::Letters,
            Class::Digit => Kind::Digits,
            Class::WordChar => Kind::WordChar,
            Class::Letterlike => Kind::Letterlike,
            Class::Punct => Kind::Punct,
        };
        let mut end = i + c.len_utf8();
        if matches!(kind, Kind::Letters | Kind::Digits) {
            let want = if kind == Kind::Letters {
                Class::Letters
            } else {
                Class::Digit
            };
            while let Some(&(j, d)) = chars.peek() {
                if class(d) != want {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
        }
        out.push(Token {
            start: i,
            end,
            kind,
        });
    }
    out
}

/// Whether text read into `tokens` may hold a digit of any script (`\d`): a token of ASCII
/// digits, or a word character of no alphabet (a numeral of another script, or a mark).
pub fn may_hold_numeral(tokens: &[Token]) -> bool {
    tokens
        .iter()
        .any(|t| matches!(t.kind, Kind::Digits | Kind::WordChar))
}

/// How [`words`] groups tokens into words.
#[derive(Debug, Clone, Copy)]
pub struct WordRules {
    /// Marks that join two word pieces into one word ("al-Assad", "Ja'afari").
    pub joiners: &'static [char],
    /// Whether a lone `&` is a word of its own ("Marks & Spencer").
    pub ampersand: bool,
}

/// The words of `text` (whose tokens are `tokens`) as byte ranges, as the pattern
/// `(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[J][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*`
/// finds them left to right (J the joiners; with `ampersand`, also `&`): an initialism of
/// two or more letters each with its dot ("U.S."), else a run of word characters opening
/// with a letter or digit, joined to the next run by one joiner.
pub fn words(text: &str, tokens: &[Token], rules: WordRules) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(tokens.len());
    let n = tokens.len();
    let mut i = 0;
    // the end of the run of touching word tokens that starts at token `i`
    let run_end = |i: usize| -> (usize, usize) {
        let mut j = i;
        while j + 1 < n && tokens[j + 1].kind.is_word() && tokens[j + 1].start == tokens[j].end {
            j += 1;
        }
        (j, tokens[j].end)
    };
    while i < n {
        let t = tokens[i];
        if !t.kind.is_word() {
            if rules.ampersand && t.kind == Kind::Punct && text.as_bytes()[t.start] == b'&' {
                out.push((t.start, t.end));
            }
            i += 1;
            continue;
        }
        let (last, end) = run_end(i);
        // a word opens at the run's first letter or digit (a mark cannot open one)
        let start = if t.kind == Kind::Digits || text.as_bytes()[t.start].is_ascii_alphabetic() {
            Some(t.start)
        } else {
            text[t.start..end]
                .char_indices()
                .find(|&(_, c)| is_word_start(c))
                .map(|(k, _)| t.start + k)
        };
        let Some(start) = start else {
            i = last + 1;
            continue;
        };
        let end = match initialism(text, start) {
            Some(e) => e,
            None => {
                let mut end = end;
                let mut j = last;
                // a joiner and a run opening with a letter or digit right after it
                while j + 2 < n
                    && tokens[j + 1].start == end
                    && tokens[j + 1].kind == Kind::Punct
                    && tokens[j + 2].start == tokens[j + 1].end
                    && tokens[j + 2].kind.is_word()
                    && text[tokens[j + 1].start..]
                        .chars()
                        .next()
                        .is_some_and(|c| rules.joiners.contains(&c))
                    && text[tokens[j + 2].start..]
                        .chars()
                        .next()
                        .is_some_and(is_word_start)
                {
                    let (l, e) = run_end(j + 2);
                    j = l;
                    end = e;
                }
                end
            }
        };
        out.push((start, end));
        while i < n && tokens[i].start < end {
            i += 1;
        }
    }
    out
}

/// The runs of alphanumeric characters of `text` (`char::is_alphanumeric`), as byte ranges,
/// from its `tokens`.
pub fn alphanumeric_runs(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let alphanumeric = |t: &Token| match t.kind {
        Kind::Letters | Kind::Digits | Kind::Letterlike => true,
        Kind::WordChar => text[t.start..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric),
        Kind::Punct => false,
    };
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut open = false;
    for t in tokens {
        if !alphanumeric(t) {
            open = false;
            continue;
        }
        match out.last_mut() {
            Some(last) if open && last.1 == t.start => last.1 = t.end,
            _ => out.push((t.start, t.end)),
        }
        open = true;
    }
    out
}

/// The end of an initialism starting at `start` ("U.S.", "a.m.": two or more letters, each
/// followed by a dot), if one starts there.
fn initialism(text: &str, start: usize) -> Option<usize> {
    let mut p = start;
    let mut count = 0;
    while let Some(c) = text[p..].chars().next() {
        let after = p + c.len_utf8();
        if !(is_letter(c) && text.as_bytes().get(after) == Some(&b'.')) {
            break;
        }
        count += 1;
        p = after + 1;
    }
    (count >= 2).then_some(p)
}

#[cfg(test)]
mod tests;
