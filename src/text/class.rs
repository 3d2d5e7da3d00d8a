//! Character classes of the word pattern, as the regex engine reads them: `\p{L}` (a
//! letter), `\p{L}\p{N}` (what opens a word), `\p{L}\p{M}\p{N}` (what a word is made of).
//! ASCII is answered directly; other characters by a search of the Unicode tables the regex
//! engine itself uses, so a word here is a word there.

use std::sync::LazyLock;

use regex_syntax::hir::{Class, HirKind};

/// The ranges of one Unicode class, sorted.
fn ranges(class: &str) -> Vec<(char, char)> {
    let hir = regex_syntax::parse(class).expect("a valid Unicode class");
    match hir.kind() {
        HirKind::Class(Class::Unicode(c)) => {
            c.ranges().iter().map(|r| (r.start(), r.end())).collect()
        }
        _ => unreachable!("{class} is a class"),
    }
}

fn contains(ranges: &[(char, char)], c: char) -> bool {
    let i = ranges.partition_point(|&(_, end)| end < c);
    ranges.get(i).is_some_and(|&(start, _)| start <= c)
}

static LETTER: LazyLock<Vec<(char, char)>> = LazyLock::new(|| ranges(r"\p{L}"));
static WORD_START: LazyLock<Vec<(char, char)>> = LazyLock::new(|| ranges(r"[\p{L}\p{N}]"));
static WORD_CHAR: LazyLock<Vec<(char, char)>> = LazyLock::new(|| ranges(r"[\p{L}\p{M}\p{N}]"));

/// Whether `c` is a letter (`\p{L}`).
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    contains(&LETTER, c)
}

/// Whether `c` may open a word: a letter or a digit of any script (`[\p{L}\p{N}]`).
pub fn is_word_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    contains(&WORD_START, c)
}

/// Whether `c` may be part of a word: a letter, a mark or a digit (`[\p{L}\p{M}\p{N}]`).
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    contains(&WORD_CHAR, c)
}
