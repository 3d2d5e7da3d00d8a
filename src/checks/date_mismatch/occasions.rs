//! Sentences whose dates are not compared: an outlet's own reporting ("could not be reached
//! for comment Wednesday"), different occasions of a repeated event, and the day a statement
//! was made against the day something happened.

use crate::extract::DateMention;
use crate::lexicon::SETTING_STOP_WORDS;
use crate::lexicon::{STATEMENT_SETTINGS, STATEMENT_VERBS};

/// Whether the dates of two aligned sentences are left alone: either tells of the outlet's
/// own reporting, or the two tell of different occasions of a repeated event.
pub(super) fn left_alone(a: &str, b: &str) -> bool {
    own_reporting(a) || own_reporting(b) || different_occasions(a, b)
}

/// Whether a sentence tells of the outlet's own reporting ("could not be reached for comment
/// Wednesday", "did not return calls on Monday"): each outlet dates its own attempt. "Declined
/// to comment" is the source's act, and "did not respond" alone may be to anything.
fn own_reporting(sentence: &str) -> bool {
    static OWN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\b(?:could not|couldn't|cannot|can't) (?:immediately )?be (?:reached|located|contacted)\b|\b(?:did not|didn't) (?:immediately )?(?:return|respond to|reply to|answer) (?:a |an |phone |telephone |e-?mail |repeated )*(?:calls?|messages?|requests?|inquir(?:y|ies)|e-?mails?)\b",
        )
        .unwrap()
    });
    OWN.is_match(sentence)
}

/// Whether two sentences tell of different occasions of a repeated event: "for the second
/// time Tuesday" vs "for the first time Monday" date two events, not one.
fn different_occasions(a: &str, b: &str) -> bool {
    static OCCASION: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th)) time\b",
        )
        .unwrap()
    });
    let occasion = |s: &str| OCCASION.captures(s).map(|c| c[1].to_lowercase());
    matches!((occasion(a), occasion(b)), (Some(x), Some(y)) if x != y)
}

/// Whether `d` dates a statement: a verb of saying right before it in its sentence ("said
/// Friday", "announced on Monday"), right after it ("Roe on Friday said"), or among the five
/// words after a date that opens the sentence ("Monday, the CIA said"). `sentence`: the
/// article's text and the offset where the sentence starts (date offsets are into the text).
pub(super) fn dates_statement((text, start): (&str, usize), d: &DateMention) -> bool {
    let is_verb = |w: &str| STATEMENT_VERBS.contains(w.to_ascii_lowercase().as_str());
    let auxiliary = |w: Option<&&str>| w.is_some_and(|w| w.eq_ignore_ascii_case("be"));
    let before: Vec<&str> = text[start.min(d.start)..d.start]
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .collect();
    // "told reporters Thursday", "said in a statement Thursday", "told a news briefing
    // Thursday", "said at a news conference on Monday": the verb, then only where or to whom.
    let lower = |w: &&str| w.to_ascii_lowercase();
    let setting = |w: &&str| STATEMENT_SETTINGS.contains(lower(w).as_str());
    let verb_over_setting = before
        .iter()
        .position(|w| !SETTING_STOP_WORDS.contains(lower(w)) && !setting(w))
        // Not a preposition alone: "predicted in July" dates the prediction's subject as
        // often as the prediction.
        .is_some_and(|i| {
            before[..i].iter().any(setting) && is_verb(before[i]) && !auxiliary(before.get(i + 1))
        });
    // "be" before the verb makes a statement still to come ("will be announced June 8", "is
    // to be released Thursday"): it dates the announcement as an event of its own, as "a June 8
    // ceremony" does. "It was announced on Sunday that ..." still dates a statement.
    let verb_before = match before.as_slice() {
        [w, rest @ ..] if is_verb(w) => !auxiliary(rest.first()),
        [on, w, rest @ ..] => {
            on.eq_ignore_ascii_case("on") && is_verb(w) && !auxiliary(rest.first())
        }
        _ => false,
    };
    let after = text[d.end..]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let gap = &text[d.end..];
    // "Roe on Friday said": the verb right after the date, in the same clause.
    let verb_after = !gap.trim_start().starts_with([',', ';', ':', '.'])
        && after.clone().next().is_some_and(is_verb);
    // A date opening the sentence dates its main verb: "Monday, the CIA said ...", "On
    // Friday, Roe announced ...".
    let opens = match &before[..before.len().min(2)] {
        [] => true,
        [on] => on.eq_ignore_ascii_case("on"),
        _ => false,
    };
    verb_before || verb_over_setting || verb_after || opens && after.take(5).any(is_verb)
}
