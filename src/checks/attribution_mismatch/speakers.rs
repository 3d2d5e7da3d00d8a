//! Speakers in their sentences: the span that names a speaker, the phrase around it, how
//! often a sentence names someone, speakers named only by a pronoun, and a person named by
//! title and given name alone.

use crate::extract::quote::is_pronoun;
use crate::extract::{Document, Quote};
use crate::lexicon::NAMED_BEFORE_PRONOUNS;

pub(super) fn speaker_span(q: &Quote) -> (usize, usize) {
    match (q.speaker_start, q.speaker_end) {
        (Some(s), Some(e)) if s < e => (s, e),
        _ => (q.start, q.end),
    }
}

/// How often `sentence` names `speaker` (by full name, or else by surname) outside the byte
/// range `skip` (the sentence's own speaker, when `speaker` is that one).
fn mention_count(sentence: &str, speaker: &str, skip: Option<(usize, usize)>) -> usize {
    // The last capitalised word: the surname, or the agency in "the Tass news agency"; of a
    // person named with an affiliation ("Jon Sohn of Friends of the Earth"), the person's.
    let person = speaker
        .split_once(" of ")
        .map(|(who, _)| who)
        .filter(|who| {
            let words: Vec<&str> = who.split_whitespace().collect();
            words.len() >= 2
                && words
                    .iter()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        })
        .unwrap_or(speaker);
    let surname = person
        .split_whitespace()
        .rev()
        .find(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter(|s| s.chars().count() >= 3);
    let count = |needle: &str| {
        sentence
            .match_indices(needle)
            .filter(|(i, _)| skip.is_none_or(|(s, e)| *i + needle.len() <= s || *i >= e))
            .count()
    };
    match count(speaker) {
        0 => surname.map_or(0, count),
        n => n,
    }
}

/// Whether `sentence` names `speaker`, the speaker of `other` (at `other_span`), as a speaker
/// may be: more often than `other` names it outside its own attribution. "Parrado remained on
/// a Coast Guard cutter, the Coast Guard said" against "... on a Coast Guard cutter, Tanaka
/// said": the second names the Coast Guard only where the first does too, as a cutter's.
pub(super) fn names_other_speaker(
    sentence: &str,
    speaker: &str,
    other: &str,
    other_span: (usize, usize),
) -> bool {
    mention_count(sentence, speaker, None) > mention_count(other, speaker, Some(other_span))
}

/// The words that name a quote's speaker in its sentence (which starts at byte
/// `sentence_start` of the document): the attribution's span and an appositive after it
/// ("Tom Harlan, a spokesman for the water board").
pub(super) fn speaker_phrase<'t>(
    sentence: &'t str,
    q: &Quote,
    sentence_start: usize,
) -> Option<&'t str> {
    let (s, e) = (
        q.speaker_start?.checked_sub(sentence_start)?,
        q.speaker_end?.checked_sub(sentence_start)?,
    );
    let rest = sentence.get(e..)?;
    let appositive = rest
        .strip_prefix(", ")
        .map_or(0, |r| 2 + r.find([',', '.', ';']).unwrap_or(r.len()));
    sentence.get(s..e + appositive)
}

/// Whether the attribution of `q` names its speaker only by a pronoun (`text`: the whole
/// article; in the quote's sentence, or in an earlier one when the quotation continues from
/// there): the speaker's name was resolved from elsewhere.
pub(super) fn by_pronoun(text: &str, q: &Quote) -> bool {
    speaker_pronoun(text, q).is_some()
}

/// The pronoun the attribution of `q` names its speaker by, as written ("He", "she", "him"),
/// when it names the speaker only so (see `by_pronoun`).
pub(super) fn speaker_pronoun<'t>(text: &'t str, q: &Quote) -> Option<&'t str> {
    let (Some(s), Some(e)) = (q.speaker_start, q.speaker_end) else {
        return None;
    };
    text.get(s..e).map(str::trim).filter(|w| {
        let w = w.to_lowercase();
        is_pronoun(&w) || NAMED_BEFORE_PRONOUNS.contains(&w)
    })
}

/// Sentences before a pronoun that its person may have been named in.
const PRONOUN_REACH: usize = 3;

/// Whether document `doc` names `speaker` in sentence `at` or the few before it.
pub(super) fn named_just_before(doc: &Document, at: usize, speaker: &str) -> bool {
    (at.saturating_sub(PRONOUN_REACH)..=at)
        .any(|i| mention_count(doc.sentence_text(i), speaker, None) > 0)
}

/// A person named by a title and a given name alone ("Sir John", "Dame Judith"), as British
/// usage has it: the given name.
fn given_name_only(phrase: &str) -> Option<&str> {
    let mut words = phrase.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some("Sir" | "Dame"), Some(given), None) => Some(given.trim_end_matches([',', '.'])),
        _ => None,
    }
}

/// Whether a person named by title and given name (`phrase`, "Sir Edmund") may be the other
/// speaker (`other`, named by `other_phrase`): the other is a surname alone ("Mr.
/// Hawthorne"), or has that given name.
pub(super) fn may_be_one_person(phrase: &str, other_phrase: &str, other: &str) -> bool {
    let Some(given) = given_name_only(phrase) else {
        return false;
    };
    if given_name_only(other_phrase).is_some() {
        return false;
    }
    let names: Vec<&str> = other
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .collect();
    names.len() == 1 || names.first() == Some(&given)
}

/// The part of `sentence` (starting at byte `base` of its article) before article byte `at`.
pub(super) fn text_before(sentence: &str, at: usize, base: usize) -> &str {
    at.checked_sub(base)
        .and_then(|i| sentence.get(..i))
        .unwrap_or("")
}
