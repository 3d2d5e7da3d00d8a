//! The reported clause of a frame: its span trimmed of punctuation, and whether the words before
//! a subject are a verbless phrase or those after a cue say when, not what.

use std::ops::Range;

use crate::extract::quote::tokens::Tok;
use crate::extract::quote::words::{CLAUSE_MARKERS, IRREGULAR_PAST, WHEN_SPAN};

/// Trim whitespace, commas, final punctuation and dangling quote marks from a clause span.
pub(super) fn trim_clause(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    if r.start >= r.end {
        return None;
    }
    let s = &text[r.clone()];
    let junk = |c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';' | '-' | '—' | '–');
    let t = s.trim_start_matches(junk);
    let lead = s.len() - t.len();
    let t = t.trim_end_matches(|c: char| junk(c) || c == '.');
    if t.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
        return None;
    }
    Some(r.start + lead..r.start + lead + t.len())
}

/// Whether the words before a subject are a phrase without a verb (no auxiliary, past tense or
/// subject pronoun), no reported clause: "More recently, prosecutors charged two developers with
/// fraud"; "A longtime critic of the plan, Roe argued the levy would fail". The cue then
/// reports what follows it. ("The levy will fail, Roe argued"; "Fares rose, Roe noted in ...":
/// the clause is before the subject.)
pub(super) fn verbless_phrase(toks: &[Tok]) -> bool {
    !toks.is_empty()
        && toks.len() <= 12
        && toks.iter().all(|t| {
            let w = t.lower.as_str();
            !(CLAUSE_MARKERS.contains(&w)
                || IRREGULAR_PAST.contains(&w)
                || w.len() > 3 && w.ends_with("ed") && !w.contains('-'))
        })
}

/// Whether the words from token `k` say when something was said, not what ("X said Sunday,
/// a day after the attack"; "..., shortly before the vote"): a span of time, if any, then
/// "after", "before", "since" or "during".
pub(super) fn when_phrase(toks: &[Tok], k: usize) -> bool {
    toks[k..]
        .iter()
        .take(5)
        .take_while(|t| {
            WHEN_SPAN.contains(&t.lower.as_str())
                || t.lower.chars().all(|c| c.is_ascii_digit())
                || matches!(t.lower.as_str(), "after" | "before" | "since" | "during")
        })
        .any(|t| matches!(t.lower.as_str(), "after" | "before" | "since" | "during"))
}
