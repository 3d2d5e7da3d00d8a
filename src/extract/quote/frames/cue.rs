//! Cue words: whether the word at a token is used as a cue there (`find_cue`: a cue word or
//! "according to", not a headline's capital, with the complement its verb needs, not a passive,
//! a modifier, a noun or a sum), whether it reports a stance, and the participles that take the
//! speaker of the cue before them.

use super::phrase::{is_ly_adverb, np_backward};
use crate::extract::quote::spans::{QSpan, is_quote_mark};
use crate::extract::quote::tokens::{SentWords, Tok, gap, plain_gap};
use crate::lexicon::{
    ADD_FORMS, ARTICLES, CALL_FORMS, HEADLINE_CUES, INVERSION_CUES, MENTAL_STATE_SUBJECTS,
    NOUN_SAY_DETERMINERS, OBJECT_PRONOUNS, PLURAL_VERB_PRONOUNS, PUT_IT_WORDS, TALK_FORMS,
    WORDS_BEFORE_SUM,
};
use crate::lexicon::{
    AMBIGUOUS_CUES, NOT_NAMING_NOUNS, NOUN_SAY_MODIFIERS, PLURAL_SUBJECT_NOUNS,
    SPEECH_CUES_BEFORE_STATE, SUPPORTING_NOUNS, VERB_OBJECT_STARTS, WEAK_CUES,
};
use crate::lexicon::{
    CUE_AUXILIARIES, DETERMINERS, MENTAL_STATE_CUES, NOUN_LIKE_CUES, NOUN_PHRASE_STOPS,
    PASSIVE_AUXILIARIES, SPEAKER_PRONOUNS, SPEECH_CUES, SPEECH_PARTICIPLES, STANCE_CUES,
    STANCE_PARTICIPLES,
};

/// A cue at token `i` of sentence `s` (of document `text`, whose quotations are `qs`), as the
/// steps that find its speaker and what it reports read it.
pub(super) struct Cue<'a> {
    pub(super) text: &'a str,
    pub(super) s: &'a SentWords<'a>,
    pub(super) si: usize,
    pub(super) qs: &'a [QSpan],
    /// the cue's first token
    pub(super) i: usize,
    /// its last token: the next one for "according to" and "put it", else `i`
    pub(super) end_tok: usize,
    /// "according to X"
    pub(super) according: bool,
    /// "as Roe put it"
    pub(super) put_it: bool,
    /// a form in -ing ("saying", "is arguing")
    pub(super) progressive: bool,
}

/// The cue at token `i` of sentence `s`, when the word there is used as one: a cue word (or
/// "according to", "put it") that is no headline's capital, has the complement its verb needs,
/// and is no passive, modifier, noun or sum.
pub(super) fn find_cue<'a>(
    text: &'a str,
    s: &'a SentWords<'a>,
    si: usize,
    i: usize,
    qs: &'a [QSpan],
) -> Option<Cue<'a>> {
    let toks = &s.toks;
    let nt = toks.len();
    let t = &toks[i];
    let lw = t.lower.as_str();
    let (end_tok, according, put_it) = cue_words(text, toks, i)?;
    let next_l = if i + 1 < nt {
        toks[i + 1].lower.as_str()
    } else {
        ""
    };
    // a quotation after the cue in the same sentence ("called it “a disgrace”")
    let quote_follows = qs.iter().any(|q| q.start >= t.end && q.start < s.range.end);
    let progressive = lw.ends_with("ing");
    if lacks_its_complement(text, toks, i, next_l, quote_follows)
        || passive_or_modifier(text, toks, i, according, progressive, next_l)
        || noun_or_sum(text, toks, i, according, next_l, quote_follows)
    {
        return None;
    }
    Some(Cue {
        text,
        s,
        si,
        qs,
        i,
        end_tok,
        according,
        put_it,
        progressive,
    })
}

/// The cue's last token, "according to" and "put it", when token `i` opens a cue: a cue word
/// in lower case, or with a capital only where it opens an inversion or is a headline's verb.
fn cue_words(text: &str, toks: &[Tok], i: usize) -> Option<(usize, bool, bool)> {
    let nt = toks.len();
    let t = &toks[i];
    let lw = t.lower.as_str();
    let mut cue_end_tok = i;
    let according = lw == "according" && i + 1 < nt && toks[i + 1].lower == "to";
    // "as Roe put it, ...", "“...,” as Roe put it.", "Roe put it this way: ..."
    let put_it = lw == "put"
        && i + 1 < nt
        && toks[i + 1].lower == "it"
        && plain_gap(gap(text, toks, i + 1))
        && (i + 2 >= nt
            || !plain_gap(gap(text, toks, i + 2))
            || PUT_IT_WORDS.contains(&toks[i + 2].lower));
    if according || put_it {
        cue_end_tok = i + 1;
    } else if !(SPEECH_CUES.contains(lw) || is_stance_cue(lw))
        || t.cap
            && !(i == 0 && INVERSION_CUES.contains(lw))
            && !((HEADLINE_CUES.contains(lw) || i > 0 && lw.ends_with('s') && toks[i - 1].cap)
                && headline(toks))
    {
        // a capitalised cue only opens an inversion ("Said Roe: “...”") or is a
        // headline's verb ("Roe Says Fares Will Rise", "Roe Calls Plan ‘A Waste’": any
        // cue in the present after a capitalised subject)
        return None;
    }
    Some((cue_end_tok, according, put_it))
}

/// The verb at token `i` reports only with what it lacks here: "called" an object and its name
/// or a quotation, "talked" a topic, "pointed" out or to, a weak verb ("indicated",
/// "maintains") a "that" clause or a quotation.
fn lacks_its_complement(
    text: &str,
    toks: &[Tok],
    i: usize,
    next_l: &str,
    quote_follows: bool,
) -> bool {
    let lw = toks[i].lower.as_str();
    // "called for", "calls on", "called X “...”", or "called the levy a tax on
    // breathing" (an object, then a noun phrase that names it)
    if CALL_FORMS.contains(lw)
        && !matches!(next_l, "for" | "on")
        && !quote_follows
        && !names_its_object(toks, i)
    {
        return true;
    }
    // "talked about", "spoke of": talk is a report only with its topic
    if TALK_FORMS.contains(lw) && !matches!(next_l, "about" | "of") {
        return true;
    }
    // "pointed out", "pointed to"; "laid out" (a plan)
    if lw == "pointed" && !matches!(next_l, "out" | "to")
        || matches!(lw, "laid" | "lays") && next_l != "out"
    {
        return true;
    }
    // weak verbs, and nouns or verbs of doing: only with a complement clause or a quotation
    WEAK_CUES.contains(lw) && next_l != "that" && !quote_follows && !closing_cue(text, toks, i)
}

/// The word at token `i` is a passive or a modifier here, not a cue: "was told", "the said",
/// "a greater say", "to settle charges", "the stock-market listed firm", "best supporting
/// actress".
fn passive_or_modifier(
    text: &str,
    toks: &[Tok],
    i: usize,
    according: bool,
    progressive: bool,
    next_l: &str,
) -> bool {
    let lw = toks[i].lower.as_str();
    // passive / adjectival uses: "was told", "is expected", "the said", "so-called"
    let prev_l = if i > 0 {
        toks[i - 1].lower.as_str()
    } else {
        ""
    };
    if !according
        && i > 0
        && (PASSIVE_AUXILIARIES.contains(prev_l) && !progressive || ARTICLES.contains(prev_l))
        && plain_gap(gap(text, toks, i))
    {
        return true;
    }
    // Nouns: "a greater say in how it is run", "no say", "more say"; the object of an
    // infinitive, "paid $250m to settle charges that it massaged earnings".
    let prev2_l = if i > 1 {
        toks[i - 2].lower.as_str()
    } else {
        ""
    };
    let noun_say = lw == "say"
        && (NOUN_SAY_MODIFIERS.contains(prev_l)
            || NOUN_SAY_DETERMINERS.contains(prev2_l) && !toks[i - 1].cap);
    let infinitive_object = prev2_l == "to"
        && lw != "says"
        && lw.ends_with('s')
        && !toks[i - 1].cap
        && !prev_l.ends_with('s')
        && !SPEAKER_PRONOUNS.contains(prev_l);
    // A participle between an article and a noun, after a hyphenated modifier:
    // "the stock-market listed firm" ("the listed firm" is caught above).
    let adjectival = lw.ends_with("ed")
        && ARTICLES.contains(prev2_l)
        && prev_l.contains('-')
        && toks.get(i + 1).is_some_and(|t| {
            !t.cap
                && t.lower.chars().all(char::is_alphabetic)
                && !DETERMINERS.contains(t.lower.as_str())
                && !SPEAKER_PRONOUNS.contains(t.lower.as_str())
                && !NOUN_PHRASE_STOPS.contains(t.lower.as_str())
        })
        && plain_gap(gap(text, toks, i + 1));
    // "best supporting actress", "supporting documents"
    let supporting_noun = lw == "supporting" && SUPPORTING_NOUNS.contains(next_l);
    !according
        && (noun_say || infinitive_object || adjectival || supporting_noun)
        && plain_gap(gap(text, toks, i))
}

/// The word at token `i` is a noun or names a sum here, not a cue: an ambiguous form ("the
/// findings show" needs a plain subject right before), a noun-like cue not used as a verb, "added
/// 146,000 jobs", a reduced passive ("endorsed by"), "easier said than done".
fn noun_or_sum(
    text: &str,
    toks: &[Tok],
    i: usize,
    according: bool,
    next_l: &str,
    quote_follows: bool,
) -> bool {
    let lw = toks[i].lower.as_str();
    if !according && AMBIGUOUS_CUES.contains(lw) {
        // ambiguous noun/verb forms: only with a plain subject right before (checked below)
        if i == 0 || !plain_gap(gap(text, toks, i)) {
            return true;
        }
    }
    // nouns far more often than verbs ("the terrorist attacks", "questions about"): a
    // verb needs a subject that is no modifier and an object or clause right after
    if !according && NOUN_LIKE_CUES.contains(lw) && !verb_use(text, toks, i, quote_follows) {
        return true;
    }
    // "US firms added 146,000 jobs", "adding only 2,000 barrels": a sum, not a remark
    if ADD_FORMS.contains(lw)
        && toks.get(i + 1).is_some_and(|n| {
            n.lower.starts_with(|c: char| c.is_ascii_digit())
                || WORDS_BEFORE_SUM.contains(&n.lower)
                    && toks
                        .get(i + 2)
                        .is_some_and(|m| m.lower.starts_with(|c: char| c.is_ascii_digit()))
        })
    {
        return true;
    }
    // reduced passive: "the deal endorsed by the union", "a record maintained by";
    // "easier said than done"
    lw.ends_with("ed") && next_l == "by" || lw == "said" && next_l == "than"
}

/// A participle that takes the speaker of the cue before it.
pub(super) fn is_participle(word: &str) -> bool {
    SPEECH_PARTICIPLES.contains(word) || STANCE_PARTICIPLES.contains(word)
}

/// Token `i` is a mental-state verb whose subject, the token before it, is a personal pronoun
/// that opens the clause of a speech cue: "said she believes", "says he hopes", "said that they
/// fear". The speaker reports a state of its own, a stance within the report (no speech cue of
/// its own; `drop_reported_stances` leaves it to the report).
pub(super) fn mental_state_in_report(toks: &[Tok], i: usize) -> bool {
    i >= 2
        && MENTAL_STATE_CUES.contains(toks[i].lower.as_str())
        && MENTAL_STATE_SUBJECTS.contains(&toks[i - 1].lower)
        && {
            let mut k = i - 2;
            if toks[k].lower == "that" && k > 0 {
                k -= 1;
            }
            SPEECH_CUES_BEFORE_STATE.contains(toks[k].lower.as_str())
        }
}
/// A cue of stance or action (`CueKind::Stance`).
pub(super) fn is_stance_cue(word: &str) -> bool {
    STANCE_CUES.contains(word) || STANCE_PARTICIPLES.contains(word)
}

/// Token `i` (a noun-like cue) is used as a verb: the word before is a plain subject (a pronoun,
/// or a noun or name that is neither possessive nor a name used as a modifier after "the") and
/// an object, clause or quotation follows.
fn verb_use(text: &str, toks: &[Tok], i: usize, quote_follows: bool) -> bool {
    if i == 0 || !plain_gap(gap(text, toks, i)) {
        return false;
    }
    let subj = &toks[i - 1];
    let sl = subj.lower.as_str();
    let possessive = sl.ends_with("'s") || sl.ends_with("’s") || sl.ends_with("s'");
    let modifier_name = subj.cap && i >= 2 && DETERMINERS.contains(toks[i - 2].lower.as_str());
    let subject_ok = SPEAKER_PRONOUNS.contains(sl)
        || !possessive
            && !modifier_name
            && !DETERMINERS.contains(sl)
            && !NOUN_PHRASE_STOPS.contains(sl)
            && !is_ly_adverb(subj)
            && !sl.ends_with("ing");
    // a plain form ("show", "report", "claim") after a lowercase word agrees with a plural
    // subject, "I", "we", "you", "they" or an auxiliary: "the polls show that", "he didn't
    // mention", not "the call-in show whether", "his recent claim that"
    let w = toks[i].lower.as_str();
    let plain_form = !(subj.cap
        || CUE_AUXILIARIES.contains(sl)
        || is_ly_adverb(subj)
        || w.ends_with('s')
        || w.ends_with("ed")
        || w.ends_with("ing"));
    let plural_subject = PLURAL_VERB_PRONOUNS.contains(sl)
        || !SPEAKER_PRONOUNS.contains(sl) && sl.ends_with('s') && !sl.ends_with("ss")
        || PLURAL_SUBJECT_NOUNS.contains(sl);
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
        || VERB_OBJECT_STARTS.contains(nl)
        || toks[i].lower == "calls" && matches!(nl, "for" | "on")
        || DETERMINERS.contains(nl)
        || next.cap && nl != "i"
}

/// The cue at token `i` closes its sentence or clause after a subject that follows a comma:
/// the report is the clause before ("The pier stays shut, the Gazette reports.", "..., her
/// lawyer maintains.").
fn closing_cue(text: &str, toks: &[Tok], i: usize) -> bool {
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
    SPEECH_CUES.contains(toks[k].lower.as_str()) && !(k > 0 && toks[k].cap && toks[k - 1].cap)
}

/// Whether the words after the cue at token `i` ("called") are an object and a noun phrase with
/// "a"/"an" that names it: "called the levy a tax on breathing", "called him a fraud". Not "called
/// a meeting" (the article right after the cue) nor "called the office a day later" (time).
fn names_its_object(toks: &[Tok], i: usize) -> bool {
    (i + 2..toks.len().min(i + 9))
        .take_while(|&m| {
            !NOUN_PHRASE_STOPS.contains(toks[m - 1].lower.as_str())
                || OBJECT_PRONOUNS.contains(&toks[m - 1].lower)
        })
        .any(|m| {
            matches!(toks[m].lower.as_str(), "a" | "an")
                && toks
                    .get(m + 1)
                    .is_some_and(|n| !NOT_NAMING_NOUNS.contains(n.lower.as_str()))
        })
}

/// A title-case sentence (a headline): at least four words, nearly all capitalised.
fn headline(toks: &[Tok]) -> bool {
    let words = toks
        .iter()
        .filter(|t| t.lower.chars().any(char::is_alphabetic))
        .count();
    let caps = toks.iter().filter(|t| t.cap).count();
    words >= 4 && caps * 5 >= words * 4
}
