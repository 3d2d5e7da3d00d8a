//! Cue words: whether a word is used as a cue here (a verb, not a noun: `verb_use`; not a
//! headline's capital), whether it reports a stance, and the participles that take the speaker of
//! the cue before them.

use super::phrase::{is_ly_adverb, np_backward};
use crate::extract::quote::spans::is_quote_mark;
use crate::extract::quote::tokens::{Tok, gap, plain_gap};
use crate::extract::quote::words::{
    AUX, CUES, DETS, MENTAL_STATE_CUES, NP_STOP, PRONOUNS, SPEECH_PARTICIPLES, STANCE_CUES,
    STANCE_PARTICIPLES,
};

/// A participle that takes the speaker of the cue before it.
pub(super) fn is_participle(word: &str) -> bool {
    SPEECH_PARTICIPLES.contains(&word) || STANCE_PARTICIPLES.contains(&word)
}

/// Token `i` is a mental-state verb whose subject, the token before it, is a personal pronoun
/// that opens the clause of a speech cue: "said she believes", "says he hopes", "said that they
/// fear". The speaker reports a state of its own, a stance within the report (no speech cue of
/// its own; `drop_reported_stances` leaves it to the report).
pub(super) fn mental_state_in_report(toks: &[Tok], i: usize) -> bool {
    i >= 2
        && MENTAL_STATE_CUES.contains(&toks[i].lower.as_str())
        && matches!(
            toks[i - 1].lower.as_str(),
            "he" | "she" | "i" | "we" | "they"
        )
        && {
            let mut k = i - 2;
            if toks[k].lower == "that" && k > 0 {
                k -= 1;
            }
            matches!(
                toks[k].lower.as_str(),
                "said" | "says" | "say" | "told" | "tells" | "added" | "adds" | "saying"
            )
        }
}
/// A cue of stance or action (`CueKind::Stance`).
pub(super) fn is_stance_cue(word: &str) -> bool {
    STANCE_CUES.contains(&word) || STANCE_PARTICIPLES.contains(&word)
}

/// Token `i` (a noun-like cue) is used as a verb: the word before is a plain subject (a pronoun,
/// or a noun or name that is neither possessive nor a name used as a modifier after "the") and
/// an object, clause or quotation follows.
pub(super) fn verb_use(text: &str, toks: &[Tok], i: usize, quote_follows: bool) -> bool {
    if i == 0 || !plain_gap(gap(text, toks, i)) {
        return false;
    }
    let subj = &toks[i - 1];
    let sl = subj.lower.as_str();
    let possessive = sl.ends_with("'s") || sl.ends_with("’s") || sl.ends_with("s'");
    let modifier_name = subj.cap && i >= 2 && DETS.contains(&toks[i - 2].lower.as_str());
    let subject_ok = PRONOUNS.contains(&sl)
        || !possessive
            && !modifier_name
            && !DETS.contains(&sl)
            && !NP_STOP.contains(&sl)
            && !is_ly_adverb(subj)
            && !sl.ends_with("ing");
    // a plain form ("show", "report", "claim") after a lowercase word agrees with a plural
    // subject, "I", "we", "you", "they" or an auxiliary: "the polls show that", "he didn't
    // mention", not "the call-in show whether", "his recent claim that"
    let w = toks[i].lower.as_str();
    let plain_form = !(subj.cap
        || AUX.contains(&sl)
        || is_ly_adverb(subj)
        || w.ends_with('s')
        || w.ends_with("ed")
        || w.ends_with("ing"));
    let plural_subject = matches!(sl, "i" | "we" | "you" | "they" | "who" | "that" | "which")
        || !PRONOUNS.contains(&sl) && sl.ends_with('s') && !sl.ends_with("ss")
        || matches!(
            sl,
            "people" | "police" | "men" | "women" | "children" | "media" | "public" | "data"
        );
    // "..., the Gazette reports.": a name after "the" is the subject when the cue closes
    if modifier_name && !possessive && !plain_form && closing_cue(text, toks, i) {
        return true;
    }
    if !subject_ok || plain_form && !plural_subject {
        return false;
    }
    // `“...,” Roe notes.`: a quotation closed by its own comma right before the subject, and the
    // cue ends the clause
    let mut first = i - 1;
    while first > 0 && toks[first - 1].cap && plain_gap(gap(text, toks, first)) {
        first -= 1;
    }
    let before = text[..toks[first].start].trim_end();
    let quote_before = before.ends_with(|c: char| is_quote_mark(c))
        && before
            .trim_end_matches(|c: char| is_quote_mark(c))
            .ends_with([',', '?', '!']);
    if quote_before && (i + 1 >= toks.len() || !plain_gap(gap(text, toks, i + 1))) {
        return true;
    }
    if closing_cue(text, toks, i) {
        return true;
    }
    let Some(next) = toks.get(i + 1) else {
        return false;
    };
    let nl = next.lower.as_str();
    quote_follows && text[toks[i].end..next.start].contains(['"', '“'])
        || matches!(
            nl,
            "that"
                | "whether"
                | "why"
                | "how"
                | "what"
                | "if"
                | "to"
                | "him"
                | "her"
                | "them"
                | "it"
                | "us"
                | "me"
        )
        || toks[i].lower == "calls" && matches!(nl, "for" | "on")
        || DETS.contains(&nl)
        || next.cap && nl != "i"
}

/// The cue at token `i` closes its sentence or clause after a subject that follows a comma:
/// the report is the clause before ("The pier stays shut, the Gazette reports.", "..., her
/// lawyer maintains.").
pub(super) fn closing_cue(text: &str, toks: &[Tok], i: usize) -> bool {
    let closes = toks
        .get(i + 1)
        .is_none_or(|_| gap(text, toks, i + 1).contains(['.', ',', ';']));
    closes
        && i >= 2
        && plain_gap(gap(text, toks, i))
        && np_backward(text, toks, i - 1, 0).is_some_and(|(a, b)| {
            a > 0
                && b == i - 1
                && gap(text, toks, a).contains(',')
                && !gap(text, toks, a).contains(['.', ';', ':', '(', ')'])
        })
}

/// Token `k` is a cue word ("said", "states"), unless a capitalised word after a
/// capitalised one, part of a name: "the United States ambassador", "Roe Reports LLC".
pub(super) fn cue_word(toks: &[Tok], k: usize) -> bool {
    CUES.contains(&toks[k].lower.as_str()) && !(k > 0 && toks[k].cap && toks[k - 1].cap)
}

/// Whether the words after the cue at token `i` ("called") are an object and a noun phrase with
/// "a"/"an" that names it: "called the levy a tax on breathing", "called him a fraud". Not "called
/// a meeting" (the article right after the cue) nor "called the office a day later" (time).
pub(super) fn names_its_object(toks: &[Tok], i: usize) -> bool {
    (i + 2..toks.len().min(i + 9))
        .take_while(|&m| {
            !NP_STOP.contains(&toks[m - 1].lower.as_str())
                || matches!(
                    toks[m - 1].lower.as_str(),
                    "him" | "them" | "it" | "us" | "me"
                )
        })
        .any(|m| {
            matches!(toks[m].lower.as_str(), "a" | "an")
                && toks.get(m + 1).is_some_and(|n| {
                    !matches!(
                        n.lower.as_str(),
                        "day"
                            | "week"
                            | "month"
                            | "year"
                            | "few"
                            | "second"
                            | "third"
                            | "number"
                            | "lot"
                            | "bit"
                            | "couple"
                            | "total"
                    )
                })
        })
}

/// A title-case sentence (a headline): at least four words, nearly all capitalised.
pub(super) fn headline(toks: &[Tok]) -> bool {
    let words = toks
        .iter()
        .filter(|t| t.lower.chars().any(char::is_alphabetic))
        .count();
    let caps = toks.iter().filter(|t| t.cap).count();
    words >= 4 && caps * 5 >= words * 4
}
