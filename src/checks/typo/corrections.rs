//! The correction of a misspelled word: the word the aligned sentence of another outlet (or,
//! for a known misspelling, a sentence next to it) uses in its place, a small edit away.

use std::collections::BTreeSet;

use unicode_segmentation::UnicodeSegmentation;

use super::shapes::{is_capitalised_word, is_checkable, is_correction};
use super::speller::{Speller, known_corrections};
use crate::align::SentenceRef;
use crate::extract::Document;

/// A word of the other outlet: (sentence, offset in the document, word).
type OtherWord<'a> = (usize, usize, &'a str);

/// The aligned sentence of the other outlet, as corrections are looked up in it.
pub(super) struct Counterpart<'a> {
    /// The aligned sentence's index.
    sentence: usize,
    /// Its words.
    narrow: Vec<OtherWord<'a>>,
    /// Its words and those of the sentences either side: outlets split the same report into
    /// sentences differently.
    wide: Vec<OtherWord<'a>>,
    /// Its words in lower case.
    lower: BTreeSet<String>,
    /// Compounds it hyphenates ("co-conspirator" against "coconspirator"), written as one.
    hyphenated: BTreeSet<String>,
}

/// A correction found: (offset in the other document, its sentence, the word).
pub(super) type Correction<'a> = (usize, usize, &'a str);

impl<'a> Counterpart<'a> {
    /// Sentence `other.sentence` of `doc`.
    pub fn new(doc: &'a Document, other: SentenceRef) -> Self {
        // The aligned sentence, and for known misspellings its neighbours too: outlets
        // split the same report into sentences differently.
        let window = |wide: bool| {
            let s = other.sentence;
            let range = if wide {
                s.saturating_sub(1)..(s + 2).min(doc.sentences.len())
            } else {
                s..s + 1
            };
            range
                .flat_map(|i| {
                    let start = doc.sentences[i].start;
                    doc.sentence_text(i)
                        .unicode_word_indices()
                        .map(move |(o, w)| (i, start + o, w))
                })
                .collect::<Vec<_>>()
        };
        let narrow = window(false);
        let wide = window(true);
        let lower: BTreeSet<String> = narrow.iter().map(|(_, _, w)| w.to_lowercase()).collect();
        // Compounds the other sentence hyphenates ("co-conspirator" against
        // "coconspirator"): the same word written as one.
        let hyphenated: BTreeSet<String> = doc
            .sentence_text(other.sentence)
            .split_whitespace()
            .filter(|t| t.contains('-'))
            .map(|t| {
                t.trim_matches(|c: char| !c.is_alphanumeric())
                    .replace('-', "")
                    .to_lowercase()
            })
            .collect();
        Counterpart {
            sentence: other.sentence,
            narrow,
            wide,
            lower,
            hyphenated,
        }
    }

    /// The correction of `word`, at `offset` in sentence `sentence` of `doc` (which starts at
    /// byte `base`), when this sentence has one and the word is no word written otherwise.
    pub fn correction(
        &self,
        (doc, sentence, base): (&Document, usize, usize),
        (offset, word): (usize, &str),
        speller: &Speller,
        max_edit: usize,
    ) -> Option<Correction<'a>> {
        if self.lower.contains(word) || self.hyphenated.contains(word) {
            return None;
        }
        // A capitalised word is a name, unless the word it is a small edit away from
        // is a title ("Fed Chayrman Alan Greenspan" vs "Fed Chairman Alan Greenspan"):
        // the name extractor keeps a title apart from the name, so name-spelling
        // never sees it.
        let capitalised = !is_checkable(word);
        if capitalised && self.lower.contains(&word.to_lowercase()) {
            return None;
        }
        // ... and only where the title stands: before the same word in both sentences
        // ("Chayrman Alan" and "Chairman Alan").
        let next_here = capitalised
            .then(|| {
                doc.sentence_text(sentence)
                    .unicode_word_indices()
                    .skip_while(|&(o, _)| o <= offset)
                    .map(|(_, w)| w)
                    .next()
            })
            .flatten();
        if part_of_a_compound(&doc.article.text[..base + offset], word, speller) {
            return None;
        }
        let limit = if word.chars().count() <= 3 {
            1
        } else {
            max_edit
        };
        self.closest(word, capitalised, next_here, limit, speller)
    }

    /// The word of this sentence (or, for a known misspelling, of its neighbours) closest to
    /// `word`: a known correction first, then the fewest edits (at most `limit`), then this
    /// sentence, then the first. A capitalised word is corrected only by a title word
    /// standing before `next_here`, the word after it.
    fn closest(
        &self,
        word: &str,
        capitalised: bool,
        next_here: Option<&str>,
        limit: usize,
        speller: &Speller,
    ) -> Option<Correction<'a>> {
        let before_same_word = |i: usize, o: usize| {
            self.narrow
                .iter()
                .find(|&&(ni, no, _)| ni == i && no > o)
                .is_some_and(|&(ni, _, w)| ni == i && Some(w) == next_here)
        };
        let known = known_corrections(word);
        let candidates = if known.is_empty() {
            &self.narrow
        } else {
            &self.wide
        };
        let best = candidates
            .iter()
            .filter(|(i, o, v)| {
                if capitalised {
                    is_capitalised_word(v)
                        && before_same_word(*i, *o)
                        && crate::extract::name::is_title_word(&v.to_lowercase())
                        && !speller.is_misspelled(v)
                } else {
                    is_correction(v) && !speller.is_misspelled(v)
                }
            })
            .map(|&(i, o, v)| {
                (
                    strsim::damerau_levenshtein(&word.to_lowercase(), &v.to_lowercase()),
                    !known.contains(&v),
                    i != self.sentence,
                    o,
                    i,
                    v,
                )
            })
            // A correction the known-misspellings list gives counts at any distance
            // ("owudl" -> "would").
            .filter(|(d, unknown, ..)| *d <= limit || !unknown)
            .min_by_key(|&(d, unknown, other, o, i, v)| (unknown, d, other, o, i, v));
        best.map(|(_, _, _, other_offset, other_sentence, correction)| {
            (other_offset, other_sentence, correction)
        })
    }
}

/// Whether `word`, after `before` (its document's text up to it), is part of a hyphenated
/// word: the last part of a compound noun ("left-hander", "first-timer": a word and "-er",
/// not a word on its own), or the part after a prefix's hyphen when the two joined make a
/// word ("co-ordinated", "re-elected").
fn part_of_a_compound(before: &str, word: &str, speller: &Speller) -> bool {
    // The last part of a hyphenated compound noun ("left-hander", "first-timer"):
    // a word and "-er", not a word on its own.
    let compound_agent = before.ends_with('-')
        && word
            .strip_suffix("ers")
            .or_else(|| word.strip_suffix("er"))
            .is_some_and(|stem| stem.len() >= 3 && !speller.is_misspelled(stem));
    if compound_agent {
        return true;
    }
    // The part after a prefix's hyphen ("co-ordinated", "re-elected"): the word
    // is the two joined, when they make one.
    let prefix = before.strip_suffix('-').map_or("", |b| {
        let start = b
            .char_indices()
            .rfind(|(_, c)| !c.is_alphabetic())
            .map_or(0, |(i, c)| i + c.len_utf8());
        &b[start..]
    });
    !prefix.is_empty() && speller.knows(&format!("{prefix}{word}"))
}
