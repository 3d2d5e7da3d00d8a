//! The speaker named after the cue: "according to X", and the inversion `," said X` (with a
//! longer subject: `," said Democratic pollster Jane Roe.`).

use super::Found;
use super::clause::trim_clause;
use super::cue::{Cue, cue_word};
use super::phrase::{country_initials, is_ly_adverb, is_time_word, np_forward};
use crate::extract::quote::tokens::{Tok, gap, plain_gap, plain_gap_opt};
use crate::lexicon::LINKING_PREPOSITIONS;
use crate::lexicon::{INVERTED_SUBJECT_ENDS, MODALS_AND_TO, NO_SUBJECT_AFTER_CUE, OBJECT_CUES};
use crate::lexicon::{NOUN_PHRASE_STOPS, SPEECH_CUES};

/// "according to X": the source after the cue (a cue word after a determiner or a modifier
/// is the noun that names it), and as the report the rest of the sentence on the other side of
/// the comma.
pub(super) fn according_to(c: &Cue) -> Found {
    let (text, s, toks) = (c.text, c.s, &c.s.toks[..]);
    let nt = toks.len();
    let t = &toks[c.i];
    let cue_end_tok = c.end_tok;
    let spk = np_forward(text, toks, cue_end_tok + 1, nt)
        .filter(|_| plain_gap_opt(text, toks, cue_end_tok + 1))
        // "according to a report", "according to studio estimates": a cue word
        // after a determiner or a modifier is the noun that names the source
        .map(|(a, b)| {
            let noun = b + 1 < nt
                && plain_gap(gap(text, toks, b + 1))
                && cue_word(toks, b + 1)
                && !toks[b].cap;
            (a, if noun { b + 1 } else { b })
        });
    // content: the rest of the sentence on the other side of the comma
    let before =
        text[s.range.start..t.start].trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    let content = if before.trim().len() > 3 {
        Some(s.range.start..s.range.start + before.len())
    } else if let Some((_, e)) = spk {
        let after = toks[e].end;
        trim_clause(text, after..s.range.end)
    } else {
        None
    };
    Found {
        spk,
        content,
        ..Found::default()
    }
}

/// Whether cue `c`, whose subject would end before token `j`, may take its subject after it:
/// not "told", "asked" or "assured" (their object follows), no form in -ing, no "put it", and
/// no modal or "to" before the cue ("..., will announce the location").
pub(super) fn inversion_allowed(c: &Cue, j: usize) -> bool {
    let (toks, i) = (&c.s.toks[..], c.i);
    let lw = toks[i].lower.as_str();
    // "..., will announce the location": a modal or "to" before the cue makes
    // no inversion
    let modal_before = (j..i).any(|m| MODALS_AND_TO.contains(toks[m].lower.as_str()));
    !OBJECT_CUES.contains(lw) && !lw.ends_with("ing") && !c.put_it && !modal_before
}

/// The subject after cue `c`: `," said Kerry` / `, said the official`. The phrase must end the
/// clause ("said Kerry.", "said Kerry, who", "said Kerry in a statement"), else it is the start
/// of the reported clause (", said Roe's plan failed").
pub(super) fn inverted_subject(c: &Cue) -> Option<(usize, usize)> {
    let (text, toks, i) = (c.text, &c.s.toks[..], c.i);
    let nt = toks.len();
    let ends_clause = |e: usize| {
        e + 1 >= nt
            || !plain_gap(gap(text, toks, e + 1))
            || INVERTED_SUBJECT_ENDS.contains(toks[e + 1].lower.as_str())
            || is_time_word(&toks[e + 1])
    };
    // "said of the plan", "said dryly", "said Sunday": no subject follows
    let t1 = &toks[i + 1];
    let no_subject =
        NO_SUBJECT_AFTER_CUE.contains(t1.lower.as_str()) || is_ly_adverb(t1) || is_time_word(t1);
    np_forward(text, toks, i + 1, nt)
        .filter(|&(_, e)| ends_clause(e))
        .or_else(|| long_inverted_subject(text, toks, i + 1, &ends_clause))
        .filter(|_| !no_subject)
}

/// Inverted subject longer than `np_forward` reads: `," said Democratic pollster Jane Roe.`,
/// `," says Jane Roe of the Example Institute.` Up to 12 tokens from `i` without a clause
/// connector, ending in a capitalised word where the clause ends.
fn long_inverted_subject(
    text: &str,
    toks: &[Tok],
    i: usize,
    ends_clause: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let mut e = i;
    // "Jane Roe of the Example Institute": the speaker is the name before "of"
    let mut name_end: Option<usize> = None;
    while e < toks.len() && e < i + 12 {
        let l = toks[e].lower.as_str();
        if e > i && !plain_gap(gap(text, toks, e))
            || NOUN_PHRASE_STOPS.contains(l)
                && !LINKING_PREPOSITIONS.contains(l)
                && !country_initials(text, &toks[e])
            || SPEECH_CUES.contains(l)
        {
            return None;
        }
        if name_end.is_none() && e > i && LINKING_PREPOSITIONS.contains(l) && toks[e - 1].cap {
            name_end = Some(e - 1);
        }
        if toks[e].cap && ends_clause(e) {
            return Some((i, name_end.unwrap_or(e)));
        }
        e += 1;
    }
    None
}
