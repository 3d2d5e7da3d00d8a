//! How two quoted passages relate: unrelated, the same quote (word for word, truncated or
//! elided), or the same quote with words changed. Used by quote-mismatch and
//! attribution-mismatch.
//!
//! Files, in the order a comparison runs:
//! - `keys.rs`: each passage as folded comparison keys with the places of their words;
//! - `mod.rs` (here): the diff of the two key lists and the tests it must pass to be one quote;
//! - `changes.rs`: the diff's changes that are not spelling, truncation or an editor's
//!   insertion, as byte ranges of each passage.

mod changes;
mod keys;

use similar::{DiffOp, DiffTag};

use self::keys::Keyed;
use super::facts::quotes;
use super::spelling::Spellings;
use crate::extract::Document;

/// How two quoted passages relate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuoteRelation {
    /// Too few words in common to be the same quote.
    Unrelated,
    /// The same words, or one a faithful truncation (or elision with "...") of the other.
    Same,
    /// The same quote with words added or changed inside it: byte ranges of the changed
    /// words in each.
    Changed {
        a: Vec<std::ops::Range<usize>>,
        b: Vec<std::ops::Range<usize>>,
    },
}

/// Whether a sentence of `doc` other than `skip` quotes `text` word for word (or within a
/// longer passage): the outlet carries that passage elsewhere, so a different passage it
/// quotes in the aligned sentence is another statement, not a version of this one.
pub fn carried_elsewhere(doc: &Document, skip: usize, text: &str, spellings: &Spellings) -> bool {
    doc.sentences
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != skip)
        .flat_map(|(i, _)| quotes(doc.facts(i)))
        .any(|q| {
            // The whole passage: a shorter fragment of it quoted in a headline says nothing.
            q.text.split_whitespace().count() >= text.split_whitespace().count()
                && relate_quotes(text, &q.text, spellings) == QuoteRelation::Same
        })
}

/// Words two passages must share to be the same quote.
const MIN_SHARED_WORDS: usize = 3;
/// Words after the last shared one, on one side with the other going on too, that make two
/// passages two statements.
const DIVERGING_TAIL: usize = 4;
/// Share of the shorter passage's words that must be shared.
const MIN_SHARED_SHARE: f64 = 0.5;

/// Compares two quoted passages word by word (case, diacritics and British/American
/// spellings folded).
pub fn relate_quotes(a: &str, b: &str, spellings: &Spellings) -> QuoteRelation {
    let (ka, kb) = (Keyed::new(a, spellings), Keyed::new(b, spellings));
    let ops = diff(&ka.keys, &kb.keys);
    if too_few_shared(&ops, &ka.keys, &kb.keys) {
        return QuoteRelation::Unrelated;
    }
    if one_inside_the_other(&ka.keys, &kb.keys) {
        return QuoteRelation::Same;
    }
    // Words cut at either end are truncation; words changed anywhere, or added inside,
    // are not.
    let first_equal = ops.iter().position(|op| matches!(op.tag(), DiffTag::Equal));
    let last_equal = ops
        .iter()
        .rposition(|op| matches!(op.tag(), DiffTag::Equal));
    let (Some(first), Some(last)) = (first_equal, last_equal) else {
        return QuoteRelation::Unrelated;
    };
    if go_on_differently(&ka.keys, &kb.keys, &ops[last]) {
        return QuoteRelation::Unrelated;
    }
    let (ra, rb) = changes::changed_spans((a, &ka), (b, &kb), &ops, (first, last));
    if ra.is_empty() && rb.is_empty() {
        QuoteRelation::Same
    } else {
        QuoteRelation::Changed { a: ra, b: rb }
    }
}

/// The diff of two passages' keys (given up after 100 ms).
fn diff(ka: &[String], kb: &[String]) -> Vec<DiffOp> {
    similar::capture_diff_slices_deadline(
        similar::Algorithm::Myers,
        ka,
        kb,
        Some(std::time::Instant::now() + std::time::Duration::from_millis(100)),
    )
}

/// Whether two passages share too few words to be one quote: fewer than
/// `MIN_SHARED_WORDS` (unless a short quote shares all but one), or less than
/// `MIN_SHARED_SHARE` of the shorter one.
fn too_few_shared(ops: &[DiffOp], ka: &[String], kb: &[String]) -> bool {
    let shared: usize = ops
        .iter()
        .filter(|op| matches!(op.tag(), DiffTag::Equal))
        .map(|op| op.old_range().len())
        .sum();
    let shorter = ka.len().min(kb.len());
    // A short quote ("fair and equitable" vs "fair and major") is the same quote when all but
    // one of its words, one of them a content word, are shared.
    let long_shared_word = ops
        .iter()
        .filter(|op| matches!(op.tag(), DiffTag::Equal))
        .flat_map(|op| ka[op.old_range()].iter())
        .any(|w| w.len() >= 4);
    let short_quote = shorter <= 4 && shared >= 2 && shared + 1 >= shorter && long_shared_word;
    (shared < MIN_SHARED_WORDS && !short_quote)
        || (shared as f64) < MIN_SHARED_SHARE * shorter as f64
}

/// Whether one passage is word for word inside the other: a faithful truncation, wherever
/// the diff lined their first shared words up ("I can say I am leaving" and "I am leaving").
fn one_inside_the_other(ka: &[String], kb: &[String]) -> bool {
    let (short_keys, long_keys) = if ka.len() <= kb.len() {
        (ka, kb)
    } else {
        (kb, ka)
    };
    !short_keys.is_empty() && long_keys.windows(short_keys.len()).any(|w| w == short_keys)
}

/// Whether both passages go on differently after their last shared word (`last`, the diff's
/// last equal op), one for several words, in unrelated words ("let's see how they do" vs
/// "let's see how they feel walking around without ..."): two sentences that open alike, not
/// one quoted two ways. A word and its variant in the two endings ("terrorism" /
/// "terrorists", "every neighborhood" / "our neighborhoods") make one passage, changed or cut
/// short.
fn go_on_differently(ka: &[String], kb: &[String], last: &DiffOp) -> bool {
    let (end_a, end_b) = (last.old_range().end, last.new_range().end);
    let (tail_a, tail_b) = (ka.len() - end_a, kb.len() - end_b);
    tail_a >= 1
        && tail_b >= 1
        && tail_a.max(tail_b) >= DIVERGING_TAIL
        && !ka[end_a..]
            .iter()
            .any(|x| kb[end_b..].iter().any(|y| changes::same_stem(x, y)))
}

#[cfg(test)]
mod tests;
