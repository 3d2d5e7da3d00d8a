//! Content terms of a sentence: what survives rewording.

use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

/// A content word: its stem (the alignment key) and whether it was written as a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub stem: String,
    pub is_name: bool,
}

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// Function words that carry no fact. Deliberately short: negations, numbers, "since",
/// "over", "nearly" and the like are what disagreements turn on, but they are masked or
/// compared by the checks, not used to align.
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
    "from", "as", "into", "that", "this", "these", "those", "it", "its", "is", "are", "was",
    "were", "be", "been", "being", "has", "have", "had", "he", "she", "they", "them", "his", "her",
    "their", "we", "our", "you", "your", "i", "which", "who", "whom", "what", "there", "will",
    "would", "could", "should", "may", "might", "can", "do", "does", "did", "said", "says", "say",
    "also", "than", "then", "so", "if", "while", "about", "after", "before", "s", "t", "mr", "ms",
    "mrs", "us",
];

/// Number words, months and weekdays: masked so that a disagreeing figure or date does not
/// weaken the link between two sentences that report the same fact.
const MASKED_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "dozen",
    "dozens",
    "half",
    "first",
    "second",
    "third",
    "nearly",
    "almost",
    "around",
    "over",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "sept",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tomorrow",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "day",
    "days",
];

/// The content terms of `sentence`, in order.
pub fn content_terms(sentence: &str) -> Vec<Term> {
    let mut terms = Vec::new();
    for (i, word) in sentence.unicode_words().enumerate() {
        // Split hyphenated words ("six-year", "cease-fire") into parts.
        for part in word.split(['-', '‐', '–']) {
            if part.is_empty() || part.chars().any(|c| c.is_ascii_digit()) {
                continue;
            }
            let folded = deunicode::deunicode(part).to_lowercase();
            let folded = folded.trim_end_matches("'s").trim_matches('\'');
            if folded.len() < 2 || STOP_WORDS.contains(&folded) || MASKED_WORDS.contains(&folded) {
                continue;
            }
            let is_name = i > 0 && part.chars().next().is_some_and(char::is_uppercase);
            terms.push(Term {
                stem: STEMMER.stem(folded).into_owned(),
                is_name,
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
}
