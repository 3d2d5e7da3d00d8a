//! The word in which two name keys differ: one word of names of one length, or, in aligned
//! sentences, the one pair of close words among the words names of different lengths do not
//! share ("Vulochkova" vs "Anastasia Volochkova", "Supreme Court" vs "U.S. Suprema Court").

use std::collections::BTreeMap;

use super::closeness::Closeness;
use super::spellings::Spelling;
use crate::lexicon::NAME_SUFFIXES;

/// The one pair of words (one of key `ka`, one of key `kb`) in which the two names differ;
/// names of different lengths only in aligned sentences (`in_aligned`).
pub(super) fn differing_word<'k>(
    (ka, kb): (&'k str, &'k str),
    in_aligned: bool,
    by_key: &BTreeMap<String, Vec<Spelling>>,
    close: &Closeness,
) -> Option<(&'k str, &'k str)> {
    let ta: Vec<&str> = ka.split(' ').collect();
    let tb: Vec<&str> = kb.split(' ').collect();
    // Names of the same length differ in one word; a one-word name is compared with
    // the other's last word ("Vulochkova" and "Anastasia Volochkova").
    let differing: Vec<(&str, &str)> = match (ta.as_slice(), tb.as_slice()) {
        (a, b) if a.len() == b.len() => a
            .iter()
            .zip(b)
            .filter(|(x, y)| x != y)
            .map(|(x, y)| (*x, *y))
            .collect(),
        // Names of different lengths in aligned sentences ("Supreme Court" and
        // "U.S. Suprema Court", "Hal Gehman" and "Harold W. Gehmen Jr."): the one
        // pair of close words among those the two do not share.
        (a, b) if in_aligned => close_words_apart((a, b), (ka, kb), by_key, close)?,
        _ => return None,
    };
    let [(wa, wb)] = differing.as_slice() else {
        return None;
    };
    Some((wa, wb))
}

/// The one pair of close words among those names `a` and `b` (keys `ka` and `kb`) of
/// different lengths do not share, in aligned sentences. They must share a word, or one be a
/// single word that is not an acronym ("ASEAN"), and the close words be one edit apart.
fn close_words_apart<'k>(
    (a, b): (&[&'k str], &[&'k str]),
    (ka, kb): (&str, &str),
    by_key: &BTreeMap<String, Vec<Spelling>>,
    close: &Closeness,
) -> Option<Vec<(&'k str, &'k str)>> {
    let shared = a.iter().any(|w| b.contains(w));
    let acronym = |k: &str| {
        by_key[k]
            .first()
            .is_some_and(|sp| !sp.text.chars().any(char::is_lowercase))
    };
    let single = (a.len() == 1 && !acronym(ka)) || (b.len() == 1 && !acronym(kb));
    // Or the close words be both surnames ("Hal Gehman", "Harold W. Gehmen Jr.").
    let surname = |words: &[&str]| -> Option<String> {
        words
            .iter()
            .rev()
            .find(|w| !NAME_SUFFIXES.contains(w))
            .map(|w| w.to_string())
    };
    let surnames = match (surname(a), surname(b)) {
        (Some(x), Some(y)) => {
            x != y && strsim::damerau_levenshtein(&x, &y) == 1 && close.close(&x, &y, true)
        }
        _ => false,
    };
    if !shared && !single && !surnames {
        return None;
    }
    let only_a: Vec<&str> = a.iter().copied().filter(|w| !b.contains(w)).collect();
    let only_b: Vec<&str> = b.iter().copied().filter(|w| !a.contains(w)).collect();
    // Without a shared word, a single word of four letters meets only the
    // other's last word ("Call" is not "Wall Street").
    let last_only = !shared && !surnames;
    let (last_a, last_b) = (a.last().copied(), b.last().copied());
    let close_pairs: Vec<(&str, &str)> = only_a
        .iter()
        .flat_map(|x| only_b.iter().map(move |y| (*x, *y)))
        .filter(|(x, y)| {
            close.close(x, y, true)
                && strsim::damerau_levenshtein(x, y) == 1
                && (!last_only
                    || x.len().min(y.len()) >= 5
                    || (a.len() == 1 && Some(*y) == last_b)
                    || (b.len() == 1 && Some(*x) == last_a))
        })
        .collect();
    if close_pairs.len() != 1 {
        return None;
    }
    Some(close_pairs)
}
