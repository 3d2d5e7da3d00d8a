//! Content terms of a sentence: what survives rewording.

use std::collections::HashSet;

use crate::lexicon;
use std::ops::Range;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

/// A content word: its stem (the alignment key), whether it was written as a name, and
/// whether it stands inside quotation marks (quoted words survive rewording verbatim).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub stem: String,
    pub is_name: bool,
    pub in_quote: bool,
    /// The word names who said what the sentence reports ("said Jane Roe").
    pub in_speaker: bool,
}

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// The Snowball stem of a lower-case word ("closing" -> "close").
pub fn stem(word: &str) -> String {
    STEMMER.stem(word).into_owned()
}

/// Stop words and masked words, for lookup.
static IGNORED: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    lexicon::ALIGN_STOP_WORDS
        .words()
        .iter()
        .chain(lexicon::ALIGN_MASKED_WORDS.words())
        .copied()
        .collect()
});

/// The content terms of `sentence`, in order.
pub fn content_terms(sentence: &str) -> Vec<Term> {
    content_terms_with_speakers(sentence, &[])
}

/// The content terms of `sentence`, in order, words inside one of `speakers` (byte ranges
/// of the sentence naming a speaker) marked.
pub fn content_terms_with_speakers(sentence: &str, speakers: &[Range<usize>]) -> Vec<Term> {
    let quoted = crate::extract::quote::quoted_contents(sentence);
    let mut terms = Vec::new();
    let mut folded = String::new();
    for (i, (offset, word)) in sentence.unicode_word_indices().enumerate() {
        let in_quote = quoted.iter().any(|r| r.contains(&offset));
        let in_speaker = speakers.iter().any(|r| r.contains(&offset));
        // Split hyphenated words ("six-year", "cease-fire") into parts.
        for part in word.split(['-', '‐', '–']) {
            if part.is_empty() || part.chars().any(|c| c.is_ascii_digit()) {
                continue;
            }
            folded.clear();
            if part.is_ascii() {
                folded.push_str(part);
                folded.make_ascii_lowercase();
            } else {
                folded.push_str(&deunicode::deunicode(part).to_lowercase());
            }
            let key = folded.trim_end_matches("'s").trim_matches('\'');
            if key.len() < 2 || IGNORED.contains(key) {
                continue;
            }
            let is_name = i > 0 && part.chars().next().is_some_and(char::is_uppercase);
            terms.push(Term {
                stem: STEMMER.stem(key).into_owned(),
                is_name,
                in_quote,
                in_speaker,
            });
        }
    }
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_figures_and_keeps_names() {
        let terms = content_terms("The nearly six-year war in Syria killed 400,000 people.");
        let stems: Vec<&str> = terms.iter().map(|t| t.stem.as_str()).collect();
        assert_eq!(stems, vec!["war", "syria", "kill", "peopl"]);
        assert!(terms[1].is_name);
        assert!(!terms[0].is_name);
    }

    #[test]
    fn marks_quoted_words() {
        let terms = content_terms("Carter said “our patience is not unlimited” in London.");
        let quoted: Vec<&str> = terms
            .iter()
            .filter(|t| t.in_quote)
            .map(|t| t.stem.as_str())
            .collect();
        assert_eq!(quoted, vec!["patienc", "not", "unlimit"]);
        assert!(!terms[0].in_quote && !terms.last().unwrap().in_quote);
        let open = content_terms("He said: \"We will not stop");
        assert_eq!(open.len(), 2);
        assert!(open.iter().all(|t| t.in_quote), "{open:?}");
    }

    #[test]
    fn a_closing_mark_without_an_opening_one_closes_a_quote_from_the_start() {
        let terms = content_terms("The harbour will reopen soon,\" said Mayor Jane Roe.");
        let quoted: Vec<&str> = terms
            .iter()
            .filter(|t| t.in_quote)
            .map(|t| t.stem.as_str())
            .collect();
        assert_eq!(quoted, vec!["harbour", "reopen", "soon"]);
        // An opening mark after a space still opens.
        let open = content_terms("Roe called it \"a fine harbour\" today.");
        let quoted: Vec<&str> = open
            .iter()
            .filter(|t| t.in_quote)
            .map(|t| t.stem.as_str())
            .collect();
        assert_eq!(quoted, vec!["fine", "harbour"]);
    }
}
