//! Reading a singular noun phrase: whether the noun heads its phrase, whether the marker
//! counts something else, whether the singular speaks of any one of a kind, whether the
//! phrase tells of the circumstances, and a plural's singular forms.

use crate::lexicon::SINGULAR_MARKERS;
use crate::lexicon::{
    CIRCUMSTANCE_PREPOSITIONS, MODALS, NOT_PLURAL, QUANTITY_WORDS, SINGULAR_PHRASE_ENDS,
};

/// Whether the singular at word `i` heads its noun phrase: the sentence ends or a
/// function word or a verb-like word ("-ed", "-ing") follows it. Text between the words
/// other than a space (a comma, a bracket) also ends the phrase.
pub(super) fn heads_phrase(
    text: &str,
    words: &[(usize, &str)],
    folded: &[String],
    i: usize,
) -> bool {
    let Some(next) = folded.get(i + 1) else {
        return true;
    };
    let end = words[i].0 + words[i].1.len();
    let between = &text[end..words[i + 1].0];
    if between.contains('-') {
        return false;
    }
    if !between.trim().is_empty() {
        return true;
    }
    // "a year or two" counts loosely.
    if next == "or"
        && folded
            .get(i + 2)
            .is_some_and(|w| QUANTITY_WORDS.contains(w.as_str()) || w == "more")
    {
        return false;
    }
    SINGULAR_PHRASE_ENDS.contains(next.as_str()) || next.ends_with("ed") || next.ends_with("ing")
}

/// Whether the words between the marker and the noun make the marker count something
/// else: a figure ("a 19-hour standoff", "a June 8 ceremony") or a quantity noun ("a
/// series of attacks", "a slew of arson").
pub(super) fn marker_counts_something_else(gap: &[String]) -> bool {
    gap.iter()
        .any(|w| w == "of" || w.chars().any(|c| c.is_ascii_digit()))
}

/// Whether the singular after the marker at `m` (noun at `i`) speaks of any one of a kind
/// rather than counting: a role or rate ("as an adviser", "$9.99 for an album"), a rule or
/// hypothesis ("can pardon a law-breaker", "a broker would sell", "rare for a challenge to
/// succeed"), or a kind
/// described by a present-tense relative clause ("a doctor who performs it").
pub(super) fn generic_singular(
    text: &str,
    words: &[(usize, &str)],
    folded: &[String],
    m: usize,
    i: usize,
) -> bool {
    let before = |k: usize| m.checked_sub(k).map(|x| folded[x].as_str());
    let after = |k: usize| folded.get(i + k).map(String::as_str);
    if before(1) == Some("as") || before(1) == Some("per") {
        return true;
    }
    if before(1) == Some("for")
        && (after(1) == Some("to")
            || m.checked_sub(2)
                .is_some_and(|x| words[x].1.chars().any(|c| c.is_ascii_digit())))
    {
        return true;
    }
    // A modal before the marker or right after the noun ("a wholesaler would sell").
    if (1..=2).any(|k| before(k).is_some_and(|w| MODALS.contains(w)))
        || after(1).is_some_and(|w| w != "will" && MODALS.contains(w))
    {
        return true;
    }
    // "a doctor who performs", "a tenant that pays": the relative clause says what any such
    // one does. The noun must be followed directly by the pronoun (no comma).
    matches!(after(1), Some("who" | "that"))
        && text[words[i].0 + words[i].1.len()..words[i + 1].0]
            .trim()
            .is_empty()
        && after(2)
            .is_some_and(|verb| verb.len() > 3 && verb.ends_with('s') && !verb.ends_with("ss"))
}

/// Whether the noun phrase starting at folded word `start` follows one of the
/// `CIRCUMSTANCE_PREPOSITIONS`, directly or across up to two modifiers ("in foreign
/// countries", "on new laws"), none of them a verb form in -ed or -ing.
pub(super) fn after_preposition(folded: &[String], start: usize) -> bool {
    for k in 1..=3.min(start) {
        let w = folded[start - k].as_str();
        if CIRCUMSTANCE_PREPOSITIONS.contains(w) {
            return true;
        }
        let modifier = w.chars().all(char::is_alphabetic)
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && !SINGULAR_MARKERS.contains(w)
            && !QUANTITY_WORDS.contains(w);
        if !modifier || k == 3 {
            return false;
        }
    }
    false
}

/// The singular of a plural noun by regular English rules, or None.
pub(super) fn singular_of(word: &str) -> Vec<String> {
    if word.len() < 4 || NOT_PLURAL.contains(word) || word.ends_with("ss") || word.ends_with("us") {
        return Vec::new();
    }
    let mut out = Vec::new();
    if let Some(stem) = word.strip_suffix("ies") {
        out.push(format!("{stem}y"));
    }
    if let Some(stem) = word.strip_suffix("es") {
        out.push(stem.to_string());
    }
    if let Some(stem) = word.strip_suffix('s') {
        out.push(stem.to_string());
    }
    out
}
