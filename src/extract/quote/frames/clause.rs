//! The reported clause of a frame: the clause after the cue or the one before its subject
//! (`reported_clause`), its span trimmed of punctuation, and whether the words before a subject
//! are a verbless phrase or those after a cue say when, not what.

use crate::lexicon::{
    AFTER_CUE_SKIP, CLAUSE_MARKERS, INTRO_WORDS, IRREGULAR_PAST, MEDIA_WORDS, WHEN_SPAN_WORDS,
};
use crate::lexicon::{CLAUSE_CONJUNCTIONS, OPENER_PREPOSITIONS};
use std::ops::Range;

use super::cue::{Cue, is_participle};
use super::phrase::{is_time_word, np_forward};
use crate::extract::quote::spans::in_quote;
use crate::extract::quote::tokens::{Tok, gap};
use crate::lexicon::{SETTING_PREPOSITIONS, TELL_CUES, WHEN_PREPOSITIONS};

/// What cue `c` reports, its subject opening at token `a`: the clause after the cue (after
/// "that", for a relative or parenthetical cue or a participle, after an introductory phrase,
/// or when it is long enough) or the clause before the subject.
pub(super) fn reported_clause(c: &Cue, a: usize) -> Option<Range<usize>> {
    let (text, s, toks, i, qs) = (c.text, c.s, &c.s.toks[..], c.i, c.qs);
    let nt = toks.len();
    let lw = toks[i].lower.as_str();
    let k = clause_after_cue(c);
    // the clause ends before ", adding ..." (the next cue reports the rest)
    let clause_end = (k + 1..nt)
        .find(|&m| {
            is_participle(&toks[m].lower)
                && !in_quote(toks[m].start, qs)
                && gap(text, toks, m).contains(',')
                && gap(text, toks, m)
                    .chars()
                    .all(|c| c.is_whitespace() || matches!(c, ',' | '"' | '”'))
        })
        .map_or(s.range.end, |m| toks[m - 1].end);
    let after = if k < nt {
        trim_clause(text, toks[k].start..clause_end)
    } else {
        None
    };
    let before_end = if a > 0 {
        toks[a - 1].end
    } else {
        s.range.start
    };
    let before = trim_clause(text, s.range.start..before_end);
    let before_comma = a > 0 && gap(text, toks, a).contains([',', '"', '”', '’']);
    // "X said that ...": the clause after the cue
    let that_clause = (i + 1..k.min(nt)).any(|m| toks[m].lower == "that");
    let intro = opener_before_subject(c, a, k, before.as_ref());
    let after_long = after.as_ref().is_some_and(|r| r.end - r.start > 5);
    // "Cruz, who said he would ...": the relative clause reports what follows
    let relative = matches!(toks[a].lower.as_str(), "who" | "which");
    let conjunction_follows = conjunction_after_cue(c, k);
    // "The park, Roe said, is full on game days": a parenthetical cue
    let parenthetical = before_comma
        && k > i
        && k < nt
        && gap(text, toks, k).trim() == ","
        && !text[toks[i].end..toks[k].start].contains(['"', '“', '”'])
        && !when_phrase(toks, k)
        && !conjunction_follows;
    let participle = is_participle(lw);
    let after_any = after.is_some();
    match (before, after) {
        (_, Some(a)) if that_clause || relative || parenthetical || participle => Some(a),
        // "However, the park is full, Roe said, and ...": the opener does
        // not make the clause after the conjunction the report
        (Some(b), _) if before_comma && (conjunction_follows || !(intro && after_any)) => Some(b),
        (_, Some(a)) if intro => Some(a),
        (_, Some(a)) if after_long => Some(a),
        (Some(b), _) => Some(b),
        (_, a) => a,
    }
}

/// The first token of the clause after cue `c`: past the recipient of "told" up to "that", and
/// past particles, time words and a medium phrase ("said on Monday", "said in a statement",
/// "said in an interview with CNN").
fn clause_after_cue(c: &Cue) -> usize {
    let (text, toks, i) = (c.text, &c.s.toks[..], c.i);
    let nt = toks.len();
    let lw = toks[i].lower.as_str();
    // after the cue?
    let mut k = i + 1;
    if TELL_CUES.contains(lw) {
        // skip recipient up to "that"
        let mut m = k;
        while m < nt && m < k + 7 && toks[m].lower != "that" {
            m += 1;
        }
        if m < nt && toks[m].lower == "that" {
            k = m + 1;
        } else if let Some((_, e)) = np_forward(text, toks, k, nt) {
            k = e + 1;
        }
    }
    loop {
        if k < nt
            && (!toks[k].cap && AFTER_CUE_SKIP.contains(toks[k].lower.as_str())
                || is_time_word(&toks[k]))
            && k < i + 5
        {
            k += 1;
            continue;
        }
        // "on Monday", "in August"
        if k + 1 < nt && matches!(toks[k].lower.as_str(), "on" | "in") && is_time_word(&toks[k + 1])
        {
            k += 2;
            continue;
        }
        // "in a statement", "on Twitter", "in an interview with CNN"
        if k < nt
            && SETTING_PREPOSITIONS.contains(&toks[k].lower)
            && let Some(m) =
                (k + 1..(k + 5).min(nt)).find(|&m| MEDIA_WORDS.contains(toks[m].lower.as_str()))
        {
            k = m + 1;
            if k < nt && toks[k].lower == "with" {
                k = np_forward(text, toks, k + 1, nt)
                    .map(|(_, e)| e + 1)
                    .unwrap_or(k + 1);
            }
            continue;
        }
        break;
    }
    k
}

/// "In a statement, X said ...": the words before the subject at token `a` are an opener, no
/// clause: an introductory or time word, one word, a participle phrase whose comma comes right
/// before the subject, or a verbless phrase when the cue at `c` has a complement from token `k`
/// on; and `before`, the clause before the subject, has no quotation marks.
fn opener_before_subject(c: &Cue, a: usize, k: usize, before: Option<&Range<usize>>) -> bool {
    let (text, toks) = (c.text, &c.s.toks[..]);
    let nt = toks.len();
    let t = &toks[c.i];
    // "In a statement, X said ...": the part before the subject is no clause
    a > 0
        && (INTRO_WORDS.contains(toks[0].lower.as_str())
            || is_time_word(&toks[0])
            // one word ("Nonetheless, ...", "Perhaps, ...") is no clause
            || a == 1
            // a participle phrase ("Looking ahead, ...", "Based on the audit,
            // ...") whose comma comes right before the subject
            || toks[0].cap
                && toks[0].lower.len() > 4
                && (toks[0].lower.ends_with("ing")
                    || toks[0].lower.ends_with("ed"))
                && gap(text, toks, a).trim() == ","
                && (1..a).all(|m| !gap(text, toks, m).contains([',', ';', ':']))
            || verbless_phrase(&toks[..a])
                && k < nt
                && !text[t.end..toks[k].start].contains(',')
                // "..., Roe said in a note to clients": no complement
                && !INTRO_WORDS.contains(toks[k].lower.as_str())
                && !OPENER_PREPOSITIONS.contains(toks[k].lower.as_str()))
        && !before.is_some_and(|b| text[b.clone()].contains(['"', '“', '”']))
}

/// "..., Roe said, as the crowd cheered" / "..., he said, and the delay ...": a conjunction
/// after the comma at token `k` opens a clause of its own, the report is before; so does a
/// participle ("..., Roe said, adding that ..."), which reports what follows it through a
/// frame of its own.
fn conjunction_after_cue(c: &Cue, k: usize) -> bool {
    let (text, toks, i) = (c.text, &c.s.toks[..], c.i);
    let nt = toks.len();
    k > i
        && k < nt
        && gap(text, toks, k).trim() == ","
        && (CLAUSE_CONJUNCTIONS.contains(toks[k].lower.as_str())
            // "..., Roe said, adding that ...": the participle reports
            // what follows it through a frame of its own
            || is_participle(&toks[k].lower))
}

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
fn verbless_phrase(toks: &[Tok]) -> bool {
    !toks.is_empty()
        && toks.len() <= 12
        && toks.iter().all(|t| {
            let w = t.lower.as_str();
            !(CLAUSE_MARKERS.contains(w)
                || IRREGULAR_PAST.contains(w)
                || w.len() > 3 && w.ends_with("ed") && !w.contains('-'))
        })
}

/// Whether the words from token `k` say when something was said, not what ("X said Sunday,
/// a day after the attack"; "..., shortly before the vote"): a span of time, if any, then
/// "after", "before", "since" or "during".
fn when_phrase(toks: &[Tok], k: usize) -> bool {
    toks[k..]
        .iter()
        .take(5)
        .take_while(|t| {
            WHEN_SPAN_WORDS.contains(t.lower.as_str())
                || t.lower.chars().all(|c| c.is_ascii_digit())
                || WHEN_PREPOSITIONS.contains(&t.lower)
        })
        .any(|t| WHEN_PREPOSITIONS.contains(&t.lower))
}
