//! The words next to a figure: the word before it, the word or nouns after it, and whether
//! it is the size of a change ("rise by $300").

use crate::extract::Figure;

/// The word right before figure `f` in document `text`.
pub(super) fn word_before<'t>(text: &'t str, f: &Figure) -> Option<&'t str> {
    text.get(..f.start)?.split_whitespace().next_back()
}

/// The lower-case word right after byte `end` ("war" after "six-year").
pub(super) fn following_word(text: &str, end: usize) -> Option<String> {
    let rest = text.get(end..)?;
    let trimmed = rest.strip_prefix(' ')?;
    let word: String = trimmed.chars().take_while(|c| c.is_alphabetic()).collect();
    (!word.is_empty() && word.chars().all(|c| c.is_lowercase())).then_some(word)
}

/// The nouns a figure ending at byte `end` may count, as units: the next word, and the word
/// after it when the next one is capitalised ("58 Missouri counties").
pub(super) fn noun_after(text: &str, end: usize) -> Vec<String> {
    let rest = text.get(end..).unwrap_or("");
    // Up to the next punctuation, the periods of an abbreviation ("U.S.") aside.
    let stop = rest
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, ',' | ';' | ':' | '!' | '?' | '(' | ')')
                || (c == '.' && {
                    let mut before = rest[..i].chars().rev();
                    let letter = before.next().is_some_and(char::is_uppercase);
                    let opens = before.next().is_none_or(|c| c == '.' || c.is_whitespace());
                    !(letter && opens)
                })
        })
        .map_or(rest.len(), |(i, _)| i);
    let words: Vec<&str> = rest[..stop].split_whitespace().take(2).collect();
    let alphabetic = |w: &&&str| w.chars().all(char::is_alphabetic);
    // An abbreviated name before the noun ("5,000 U.S. theaters").
    let abbreviation = |w: &&&str| {
        w.starts_with(char::is_uppercase)
            && w.contains('.')
            && w.chars().all(|c| c.is_alphabetic() || c == '.')
    };
    let mut out = Vec::new();
    if let Some(first) = words.first() {
        if alphabetic(&first) {
            out.push(crate::extract::number::counted_unit(first));
        }
        if (alphabetic(&first) || abbreviation(&first))
            && first.starts_with(char::is_uppercase)
            && let Some(second) = words.get(1).filter(alphabetic)
        {
            out.push(crate::extract::number::counted_unit(second));
        }
    }
    out
}

/// Whether `f` is the size of a change ("rise by $300"), in document `text`.
pub(super) fn change_amount(text: &str, f: &Figure) -> bool {
    word_before(text, f).is_some_and(|w| w.eq_ignore_ascii_case("by"))
}
