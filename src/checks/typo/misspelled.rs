//! The misspelled words of every sentence of the cluster, found once (in parallel), not once
//! per link: most sentences have none, and their links cost nothing more.

use std::collections::BTreeSet;

use rayon::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

use super::shapes::{inside_name, is_capitalised_word, is_checkable};
use super::speller::Speller;
use crate::extract::Document;

/// Misspelled words (offset in the sentence, word) of each sentence of each document.
pub(super) type Misspelled<'a> = Vec<Vec<Vec<(usize, &'a str)>>>;

/// The misspelled words of every sentence of `docs`: words checked (lower case, or a
/// capitalised title before a capitalised word), not in `ignore`, not a particle inside a
/// name, that `speller` does not know.
pub(super) fn misspelled_words<'a>(
    docs: &'a [Document],
    speller: &Speller,
    ignore: &BTreeSet<String>,
) -> Misspelled<'a> {
    docs.par_iter()
        .map(|doc| {
            (0..doc.sentences.len())
                .map(|i| {
                    let words: Vec<(usize, &str)> =
                        doc.sentence_text(i).unicode_word_indices().collect();
                    (0..words.len())
                        .filter(|&k| {
                            let w = words[k].1;
                            let capitalised_title = k > 0
                                && is_capitalised_word(w)
                                && words.get(k + 1).is_some_and(|(_, n)| {
                                    n.starts_with(|c: char| c.is_uppercase())
                                });
                            (is_checkable(w) || capitalised_title)
                                && (ignore.is_empty() || !ignore.contains(&w.to_lowercase()))
                                && !inside_name(&words, k)
                                && speller.is_misspelled(w)
                        })
                        .map(|k| words[k])
                        .collect()
                })
                .collect()
        })
        .collect()
}
