//! One sentence's singular against the other's plural: the first plural of the plural
//! sentence whose singular the other writes after a singular marker, when nothing says the
//! two count alike (a span of time, a singular said twice, a number both give, a singular of
//! any one of a kind or of the circumstances).

use super::phrases::{
    after_preposition, generic_singular, heads_phrase, marker_counts_something_else, singular_of,
};
use crate::checks::shared::spelling::{fold_word, word_spans};
use crate::lexicon::SINGULAR_MARKERS;
use crate::lexicon::{COUNT_TIME_UNITS, EVENT_WORDS, MEASURE_NOUNS, QUANTITY_WORDS};

/// How many words (adjectives) may stand between the marker and the noun.
const MAX_GAP: usize = 3;

/// A sentence's words: its text, each word with its offset in the sentence, and each word
/// folded.
pub(super) struct Words<'a> {
    pub text: &'a str,
    pub spans: Vec<(usize, &'a str)>,
    pub folded: Vec<String>,
}

impl<'a> Words<'a> {
    pub fn new(text: &'a str) -> Self {
        let spans = word_spans(text);
        let folded: Vec<String> = spans.iter().map(|(_, w)| fold_word(w)).collect();
        Words {
            text,
            spans,
            folded,
        }
    }
}

/// A singular against a plural, as word indices: the singular marker and its noun in one
/// sentence, the plural and the word its phrase starts at (a number or determiner before it)
/// in the other.
pub(super) struct Mismatch {
    pub marker: usize,
    pub noun: usize,
    pub plural: usize,
    pub from: usize,
}

/// The first plural of `many` whose count disagrees with a singular of `one`.
pub(super) fn first_mismatch(one: &Words, many: &Words) -> Option<Mismatch> {
    (0..many.folded.len()).find_map(|j| mismatch_at(one, many, j))
}

/// The singular of `one` that disagrees with plural `j` of `many`, if any.
fn mismatch_at(one: &Words, many: &Words, j: usize) -> Option<Mismatch> {
    let (f1, f2) = (&one.folded, &many.folded);
    let plural = &f2[j];
    let singulars = singular_of(plural);
    if singulars.is_empty() || f1.contains(plural) {
        return None;
    }
    // The singular, after a singular marker, in the other sentence.
    let (i, marker) = marked_singular(one, &singulars)?;
    // A span of time ("for a year" vs "in three years", "an hour" vs "two
    // hours") is a duration: figure-mismatch compares those.
    if COUNT_TIME_UNITS.contains(f1[i].as_str()) {
        return None;
    }
    // The plural must not also appear in the singular sentence, nor the singular in
    // the plural one; a singular said twice or more tells of several, one by one
    // ("a fire at a warehouse and a fire at a school" vs "fires").
    if f2.contains(&f1[i]) || f1.iter().filter(|w| **w == f1[i]).count() > 1 {
        return None;
    }
    // A number before the plural that the singular sentence also has counts the
    // same things there ("two U.S. and one Yemeni passports" vs "two American and
    // one Yemeni passport").
    if (1..=MAX_GAP.min(j)).any(|k| {
        let w = &f2[j - k];
        (QUANTITY_WORDS.contains(w.as_str()) || w.bytes().all(|c| c.is_ascii_digit()))
            && f1.contains(w)
    }) {
        return None;
    }
    let from = plural_start(many, j);
    if !counts_who_took_part(one, many, (marker, i), (from, j)) {
        return None;
    }
    Some(Mismatch {
        marker,
        noun: i,
        plural: j,
        from,
    })
}

/// The first word of `one` that is one of `singulars` after a singular marker that counts
/// it: (the noun's index, the marker's index).
fn marked_singular(one: &Words, singulars: &[String]) -> Option<(usize, usize)> {
    let (t1, w1, f1) = (one.text, &one.spans, &one.folded);
    f1.iter().enumerate().find_map(|(i, w)| {
        if !singulars.contains(w) {
            return None;
        }
        (1..=MAX_GAP.min(i))
            .map(|gap| i - gap)
            .find(|&m| SINGULAR_MARKERS.contains(&f1[m]))
            .filter(|&m| {
                // "the number one single": a rank, not a count
                let rank = f1[m] == "one" && m > 0 && matches!(f1[m - 1].as_str(), "number" | "no");
                !rank
                    && !marker_counts_something_else(&f1[m + 1..i])
                    && heads_phrase(t1, w1, f1, i)
                    && !generic_singular(t1, w1, f1, m, i)
            })
            .map(|m| (i, m))
    })
}

/// Where the plural `j` of `many` starts: at a number or determiner just before it.
fn plural_start(many: &Words, j: usize) -> usize {
    // Include a preceding number or determiner on the plural side.
    if j > 0 {
        let prev = fold_word(many.spans[j - 1].1);
        if prev.chars().all(|c| c.is_ascii_digit()) || QUANTITY_WORDS.contains(prev.as_str()) {
            j - 1
        } else {
            j
        }
    } else {
        j
    }
}

/// Whether a singular (`marker`, `noun` of `one`) against a plural (`from`, `plural` of
/// `many`) is a count of who or what took part.
fn counts_who_took_part(
    one: &Words,
    many: &Words,
    (marker, noun): (usize, usize),
    (from, plural): (usize, usize),
) -> bool {
    let (f1, f2) = (&one.folded, &many.folded);
    // Without a count on either side ("a rebel leader" vs "rebel leaders"), the
    // singular may speak of any one of a kind; the count is a fact when the
    // sentences tell of people or things killed, hurt, held or struck.
    // Nor, then, is a place, time or circumstance ("in a foreign country" vs "in
    // foreign countries", "in a battle" vs "following battles"): only who or what
    // took part is counted.
    // A measure ("hit an all-time high" vs "reached record highs") is no one taking
    // part, whatever the verb.
    let counted = from != plural || matches!(f1[marker].as_str(), "one" | "single");
    counted
        || !(MEASURE_NOUNS.contains(f1[noun].as_str())
            || !f1
                .iter()
                .chain(f2.iter())
                .any(|w| EVENT_WORDS.contains(w.as_str()))
            || after_preposition(f1, marker)
            || after_preposition(f2, from))
}
