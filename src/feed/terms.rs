//! What an article is about, as clustering sees it: the stems of its content words
//! (stop words and numbers dropped), counted, the headline's words counting more; then,
//! over the whole feed, a TF-IDF vector of its strongest terms.

use std::collections::HashMap;

use unicode_segmentation::UnicodeSegmentation;

use crate::align::terms::stem;
use crate::lexicon;

/// A term: its stem's 64-bit FNV-1a hash folded to 32 bits (a collision merges two rare
/// terms now and then; that costs clustering nothing measurable and halves its memory).
pub type TermId = u32;

/// An article's terms and how often each occurs, sorted by term.
pub type TermCounts = Vec<(TermId, u32)>;

/// A headline's word counts this many times a body word: a headline names the event in a
/// dozen words, where the body spreads over background any story of the beat shares (on the
/// even-numbered PAC stories, B-cubed F1 0.945 at 3, 0.950 at 5 to 8).
const TITLE_WEIGHT: u32 = 5;
/// Terms kept in an article's vector (its strongest by TF-IDF).
pub const VECTOR_TERMS: usize = 400;

/// The stop words alignment drops (function words that carry no fact).
static STOP_WORDS: &lexicon::WordList = &lexicon::ALIGN_STOP_WORDS;

/// FNV-1a, 64 bits: stable across runs, platforms and versions (story ids use it too).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// The id of a stem.
pub fn term_id(stem: &str) -> TermId {
    let hash = fnv1a(stem.as_bytes());
    (hash ^ (hash >> 32)) as u32
}

/// The content terms of an article's headline and text, counted.
pub fn term_counts(title: Option<&str>, text: &str) -> TermCounts {
    let mut counts: HashMap<TermId, u32> = HashMap::new();
    let mut add = |text: &str, weight: u32| {
        for word in text.unicode_words() {
            if word.chars().any(|c| c.is_ascii_digit()) {
                continue;
            }
            let lower = if word.is_ascii() {
                word.to_ascii_lowercase()
            } else {
                deunicode::deunicode(word).to_lowercase()
            };
            let key = lower.trim_end_matches("'s").trim_matches('\'');
            if key.len() < 3 || STOP_WORDS.contains(key) {
                continue;
            }
            *counts.entry(term_id(&stem(key))).or_default() += weight;
        }
    };
    if let Some(title) = title {
        add(title, TITLE_WEIGHT);
    }
    add(text, 1);
    let mut counts: TermCounts = counts.into_iter().collect();
    counts.sort_unstable();
    counts
}

/// A sparse vector, sorted by term, of unit length.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TermVector(pub Vec<(TermId, f32)>);

impl TermVector {
    /// The cosine of two unit vectors.
    pub fn cosine(&self, other: &TermVector) -> f32 {
        crate::align::sparse_dot(&self.0, &other.0)
    }
}

/// The size of a feed and how many of its articles hold each term, as the Spark job
/// hands them to each block (`--document-frequencies`: `{"articles": N, "df": [[term,
/// count], ...]}`).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Frequencies {
    pub articles: usize,
    #[serde(with = "pairs")]
    pub df: HashMap<TermId, u32>,
}

mod pairs {
    use std::collections::HashMap;

    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(df: &HashMap<u32, u32>, s: S) -> Result<S::Ok, S::Error> {
        let mut pairs: Vec<(u32, u32)> = df.iter().map(|(t, c)| (*t, *c)).collect();
        pairs.sort_unstable();
        s.collect_seq(pairs)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<HashMap<u32, u32>, D::Error> {
        Ok(Vec::<(u32, u32)>::deserialize(d)?.into_iter().collect())
    }
}

/// How many articles of the feed hold each term.
pub fn document_frequencies<'a>(all: impl Iterator<Item = &'a TermCounts>) -> HashMap<TermId, u32> {
    let mut df: HashMap<TermId, u32> = HashMap::new();
    for counts in all {
        for (term, _) in counts {
            *df.entry(*term).or_default() += 1;
        }
    }
    df
}

/// An article's TF-IDF vector over the feed (`articles` articles, `df`), its strongest
/// `VECTOR_TERMS` terms kept, and its blocking keys: the strongest of those that another
/// article holds too, at most `keys`.
pub fn weigh(
    counts: &TermCounts,
    df: &HashMap<TermId, u32>,
    articles: usize,
    keys: usize,
) -> (TermVector, Vec<TermId>) {
    let n = articles as f32;
    let mut weighted: Vec<(TermId, f32, u32)> = counts
        .iter()
        .map(|&(term, count)| {
            let df = df.get(&term).copied().unwrap_or(1);
            let idf = (1.0 + n / df as f32).ln();
            (term, (1.0 + (count as f32).ln()) * idf, df)
        })
        .collect();
    // Strongest first; ties by term, so the choice never depends on hash-map order.
    weighted.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    weighted.truncate(VECTOR_TERMS);
    let blocking: Vec<TermId> = weighted
        .iter()
        .filter(|(_, _, df)| *df >= 2)
        .take(keys)
        .map(|(term, _, _)| *term)
        .collect();
    let norm = weighted
        .iter()
        .map(|(_, w, _)| w * w)
        .sum::<f32>()
        .sqrt()
        .max(f32::MIN_POSITIVE);
    let mut vector: Vec<(TermId, f32)> = weighted.iter().map(|(t, w, _)| (*t, w / norm)).collect();
    vector.sort_unstable_by_key(|(t, _)| *t);
    (TermVector(vector), blocking)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_words_count_more_and_stop_words_none() {
        let counts = term_counts(Some("Harbor fire"), "The fire spread along the harbor.");
        let fire = term_id(&stem("fire"));
        assert_eq!(
            counts.iter().find(|(t, _)| *t == fire).map(|(_, c)| *c),
            Some(TITLE_WEIGHT + 1)
        );
        let the = term_id("the");
        assert!(counts.iter().all(|(t, _)| *t != the));
    }

    #[test]
    fn cosine_of_a_unit_vector_with_itself_is_one() {
        let counts = term_counts(None, "council budget vote delayed council members said");
        let df = document_frequencies(std::iter::once(&counts));
        let (v, _) = weigh(&counts, &df, 1, 8);
        assert!((v.cosine(&v) - 1.0).abs() < 1e-5);
    }
}
