//! Speakers found elsewhere in the sentence: a medium before a participle ("released a
//! statement saying") gives way to whoever put it out, a participle takes the speaker of the
//! cue before it ("Roe said ..., adding"), and a participle or a cue after "and" the subject of
//! the sentence.

use super::cue::{Cue, is_participle};
use super::phrase::{is_pronoun, is_time_word, np_backward};
use super::{Found, Frame};
use crate::extract::name::{NameFolding, extract_names};
use crate::extract::quote::CueKind;
use crate::extract::quote::spans::{in_quote, is_quote_mark};
use crate::extract::quote::tokens::{gap, plain_gap};
use crate::lexicon::MEDIUM_VERBS;
use crate::lexicon::{ARTICLES, NOT_SENTENCE_SUBJECTS, SENTENCE_OPENERS};
use crate::lexicon::{DETERMINERS, INTRO_WORDS, MEDIA_WORDS, NOUN_PHRASE_STOPS, SPEAKER_TITLES};

/// "She released a statement saying ...": a medium is not the speaker of the participle after
/// it. Takes such a speaker out of `found` and returns it; the speaker becomes the subject of
/// the verb that put the medium out ("..., after Roe unleashed a series of tweets criticizing
/// ...": "issued", "posted", "sent", "put out"), when there is one.
pub(super) fn medium_speaker(c: &Cue, found: &mut Found) -> Option<(usize, usize)> {
    let (text, toks) = (c.text, &c.s.toks[..]);
    let lw = toks[c.i].lower.as_str();
    // "She released a statement saying ...": the statement is not the speaker
    let medium_np = is_participle(lw)
        && found
            .spk
            .is_some_and(|(_, b)| !toks[b].cap && MEDIA_WORDS.contains(toks[b].lower.as_str()));
    let medium_spk = if medium_np { found.spk.take() } else { None };
    // "..., after Roe unleashed a series of tweets criticizing ...": the subject of
    // the verb that puts out the medium ("issued", "posted", "sent", "put out")
    if let Some((a, _)) = medium_spk
        && a >= 2
        && plain_gap(gap(text, toks, a))
        && plain_gap(gap(text, toks, a - 1))
        && (toks[a - 1].lower.ends_with("ed") || MEDIUM_VERBS.contains(toks[a - 1].lower.as_str()))
        && !toks[a - 1].cap
    {
        found.spk =
            np_backward(text, toks, a - 2, 0).filter(|&(x, y)| !(x == y && toks[x].lower == "who"));
    }
    medium_spk
}

/// "Roe said the vote was close, adding that ...": the speaker of the speech cue before the
/// participle in its sentence (among `frames`), with the name it was given.
pub(super) fn earlier_speaker(
    c: &Cue,
    frames: &[Frame],
) -> Option<((usize, usize), Option<compact_str::CompactString>)> {
    let toks = &c.s.toks;
    let t = &toks[c.i];
    let prev = frames
        .iter()
        .rev()
        .take_while(|f| f.sent == c.si)
        .find(|f| f.kind == CueKind::Speech && f.cue.end <= t.start)?;
    let sp = prev.speaker_span.as_ref()?;
    let a = toks.iter().position(|x| x.start == sp.start)?;
    let b = toks.iter().position(|x| x.end == sp.end)?;
    Some(((a, b), prev.speaker.clone()))
}

/// The subject of the sentence, for a participle or a cue after "and" ("He met the board and
/// said ..."): a leading pronoun or name, or a determiner and title words ("The president
/// left no doubt ..., saying"), after an introductory phrase (`subject_start`).
pub(super) fn sentence_subject(c: &Cue) -> Option<(usize, usize)> {
    let (text, s, toks, i, qs) = (c.text, c.s, &c.s.toks[..], c.i, c.qs);
    let nt = toks.len();
    let t = &toks[i];
    let f0 = subject_start(c);
    if nt > 0 && toks[f0].start < t.start && !in_quote(toks[f0].start, qs) {
        if is_pronoun(&toks[f0].lower) && !NOT_SENTENCE_SUBJECTS.contains(&toks[f0].lower) {
            return Some((f0, f0));
        } else if toks[f0].cap
            && (f0 > 0 || !toks[0].lower.ends_with("ing"))
            && !NOUN_PHRASE_STOPS.contains(toks[f0].lower.as_str())
            && !DETERMINERS.contains(toks[f0].lower.as_str())
            && extract_names(&text[toks[f0].start..s.range.end], NameFolding::standard())
                .first()
                .is_some_and(|n| {
                    // the name opens the sentence, after at most three title
                    // words ("U.S. District Judge Ann Patel")
                    (f0..nt.min(f0 + 4))
                        .take_while(|&m| toks[m].cap && (m == f0 || plain_gap(gap(text, toks, m))))
                        .any(|m| n.start + toks[f0].start == toks[m].start)
                })
        {
            let mut e = f0;
            while e + 1 < nt && toks[e + 1].cap && plain_gap(gap(text, toks, e + 1)) {
                e += 1;
            }
            return Some((f0, e));
        } else if ARTICLES.contains(&toks[f0].lower) {
            // "The president left no doubt ..., saying"
            let mut e = f0;
            while e + 1 < i
                && e < f0 + 4
                && plain_gap(gap(text, toks, e + 1))
                && (SPEAKER_TITLES.contains(toks[e + 1].lower.as_str()) || toks[e + 1].cap)
            {
                e += 1;
            }
            if e > f0 {
                return Some((f0, e));
            }
        }
    }
    None
}

/// The first token of the sentence's subject: after an introductory phrase and its comma
/// ("Before the vote, Roe lobbied ..., saying"; a participle: "Following the meeting, the
/// council issued ..."), or after conjunctions and adverbs without a comma ("But then Roe
/// ..."); else the first token.
fn subject_start(c: &Cue) -> usize {
    let (text, toks, i) = (c.text, &c.s.toks[..], c.i);
    let nt = toks.len();
    // subject of the sentence: leading pronoun or name, after an introductory
    // phrase ("Before the vote, Roe lobbied ..., saying")
    // (or a participle: "Following the meeting, the council issued ...")
    if nt > 0
        && (INTRO_WORDS.contains(toks[0].lower.as_str())
            || is_time_word(&toks[0])
            || toks[0].lower.ends_with("ing"))
    {
        (1..nt.min(8).min(i))
            .find(|&m| {
                // (a comma inside a closing quote mark: `on “This Week,” Roe`)
                gap(text, toks, m).trim().trim_end_matches(is_quote_mark) == ","
            })
            .unwrap_or_else(|| {
                // "But then Roe ...": conjunctions and adverbs without a comma
                (0..nt.min(3).min(i))
                    .find(|&m| !SENTENCE_OPENERS.contains(&toks[m].lower))
                    .unwrap_or(0)
            })
    } else {
        0
    }
}
