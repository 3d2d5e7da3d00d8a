//! Frames of their own form: a transcript line (`ROE: ...`), a headline that names its source
//! before a colon, a dash byline after a quotation, a nominal cue after a possessive ("Roe's
//! claim that"), a poll a figure is reported in, and a writing that "reads" a quotation.

use crate::lexicon::{
    DETERMINERS, NOMINAL_CUES, NOUN_PHRASE_STOPS, SPEAKER_PRONOUNS, SPEECH_CUES, TRANSCRIPT_LABELS,
    WRITINGS,
};
use std::sync::LazyLock;

use regex::Regex;

use super::Frame;
use super::clause::trim_clause;
use super::phrase::{np_backward, np_forward};
use crate::extract::quote::CueKind;
use crate::extract::quote::spans::{QSpan, in_quote, is_quote_mark};
use crate::extract::quote::tokens::{Sent, SentWords, Tok, gap, plain_gap};
use crate::lexicon::{POLL_WORDS, POSSESSIVE_DETERMINERS};

/// Transcript line: a paragraph that opens with a capitalised name of at most three words and a
/// colon ("ROE: We will...", "Jane Roe: ..."). Returns the frame with the rest of the paragraph
/// as content. `s` is sentence `si` of `sents`, read into its words.
pub(super) fn transcript_frame(
    text: &str,
    sents: &[Sent],
    si: usize,
    s: &SentWords,
) -> Option<Frame> {
    if si > 0 && sents[si - 1].par == s.par {
        return None;
    }
    let toks = &s.toks;
    // "ROE:", "Jane Roe:", "Poll:" (a headline that names its source)
    let upper = |t: &Tok| t.cap;
    let mut e = 0;
    while e < toks.len() && e < 3 && upper(&toks[e]) {
        let after = text[toks[e].end..].trim_start_matches('.');
        if after.starts_with(':') {
            let letters = (0..=e)
                .map(|k| {
                    text[toks[k].start..toks[k].end]
                        .chars()
                        .filter(|c| c.is_alphabetic())
                        .count()
                })
                .sum::<usize>();
            let label = (0..=e).any(|k| {
                let w = toks[k].lower.as_str();
                NOUN_PHRASE_STOPS.contains(w)
                    || DETERMINERS.contains(w)
                    || TRANSCRIPT_LABELS.contains(w)
            });
            if letters < 3 || label || (1..=e).any(|k| !plain_gap(gap(text, toks, k))) {
                return None;
            }
            let mut last = si;
            while last + 1 < sents.len() && sents[last + 1].par == s.par {
                last += 1;
            }
            let colon = toks[e].end + (text[toks[e].end..].len() - after.len());
            let sp = toks[0].start..toks[e].end;
            // a sentence, not a tally ("Roe: 547") or a list of names
            let content = trim_clause(text, colon + 1..sents[last].range.end)
                .filter(|c| text[c.clone()].split_whitespace().count() >= 3)
                .filter(|c| !text[c.clone()].starts_with(|ch: char| ch.is_ascii_digit()))?;
            return Some(Frame {
                sent: si,
                cue: colon..colon + 1,
                cue_text: ":".into(),
                speaker: Some(text[sp.clone()].into()),
                speaker_span: Some(sp),
                content: Some(content),
                kind: CueKind::Speech,
            });
        }
        e += 1;
    }
    None
}

/// A document's first line that names its source before a colon, with more words than a
/// transcript label: "Jane Roe on the Levy Vote: ‘We Will Win’", "Roe camp: the levy will pass".
/// The speaker is the capitalised run that opens the line (at most four words). The words
/// after the colon are the editor's summary of what the source holds, not its speech: a
/// `CueKind::Stance` frame, which gives no quotation its speaker.
/// `s` is the first sentence of `sents`, read into its words.
pub(super) fn headline_colon_frame(text: &str, sents: &[Sent], s: &SentWords) -> Option<Frame> {
    if sents.get(1).is_some_and(|n| n.par == s.par) {
        return None;
    }
    let toks = &s.toks;
    let e = (0..toks.len().min(8))
        .find(|&k| text[toks[k].end..].trim_start_matches('.').starts_with(':'))?;
    if e == 0 || (1..=e).any(|k| !plain_gap(gap(text, toks, k))) {
        return None;
    }
    let label = &text[toks[0].start..toks[e].end];
    // "BREAKING NEWS:", "The Latest:"; "Jane Roe said:" opens a sentence, not a headline
    if !label.contains(char::is_lowercase)
        || (0..=e).any(|k| SPEECH_CUES.contains(toks[k].lower.as_str()))
    {
        return None;
    }
    let mut r = 0;
    while r < e.min(3) && toks[r + 1].cap {
        r += 1;
    }
    let not_name = |k: usize| {
        let w = toks[k].lower.as_str();
        !toks[k].cap
            || NOUN_PHRASE_STOPS.contains(w)
            || DETERMINERS.contains(w)
            || TRANSCRIPT_LABELS.contains(w)
            || SPEAKER_PRONOUNS.contains(w)
    };
    if (0..=r).any(not_name) || (0..=e).any(|k| TRANSCRIPT_LABELS.contains(toks[k].lower.as_str()))
    {
        return None;
    }
    let after = text[toks[e].end..].trim_start_matches('.');
    let colon = toks[e].end + (text[toks[e].end..].len() - after.len());
    let content = trim_clause(text, colon + 1..s.range.end)
        .filter(|c| text[c.clone()].split_whitespace().count() >= 2)?;
    let sp = toks[0].start..toks[r].end;
    Some(Frame {
        sent: 0,
        cue: colon..colon + 1,
        cue_text: ":".into(),
        speaker: Some(text[sp.clone()].into()),
        speaker_span: Some(sp),
        content: Some(content),
        kind: CueKind::Stance,
    })
}

/// A dash and a name after a quotation, ending its line: `“...” ― Jane Roe` or a tweet's
/// `— Jane Roe (@janeroe)`.
static DASH_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[ \t\u{a0}]*(―|—|–|--)[ \t\u{a0}]*(\p{Lu}[\p{L}'’.-]*(?:[ \t\u{a0}]+\p{Lu}[\p{L}'’.-]*){0,3})[ \t\u{a0}]*(?:\(@\w+\)[^\n]*)?(?:\n|$)",
    )
    .unwrap()
});

/// The frame of a dash byline right after a quotation that ends in sentence `s`.
pub(super) fn dash_byline_frame(
    text: &str,
    s: &SentWords,
    si: usize,
    qs: &[QSpan],
) -> Option<Frame> {
    let q = qs
        .iter()
        .find(|q| q.end > s.range.start && q.end <= s.range.end)?;
    let c = DASH_BYLINE.captures(&text[q.end..])?;
    let (dash, name) = (c.get(1)?, c.get(2)?);
    // the line's final period is no part of the name ("― Jane Roe.") unless an initial ends it
    let n = name.as_str();
    let trimmed =
        if n.ends_with('.') && n.len() > 2 && !n[..n.len() - 1].ends_with(char::is_uppercase) {
            &n[..n.len() - 1]
        } else {
            n
        };
    let speaker_span = q.end + name.start()..q.end + name.start() + trimmed.len();
    Some(Frame {
        sent: si,
        cue: q.end + dash.start()..q.end + dash.end(),
        cue_text: dash.as_str().into(),
        speaker: Some(text[speaker_span.clone()].into()),
        speaker_span: Some(speaker_span),
        content: None,
        kind: CueKind::Speech,
    })
}

/// A frame of its own form at token `i` of sentence `s`: a nominal cue ("Roe's claim that"),
/// a poll ("in the latest CNN poll") or a writing that reads (`“...,” the letter read`).
pub(super) fn word_frame(
    text: &str,
    s: &SentWords,
    si: usize,
    i: usize,
    qs: &[QSpan],
) -> Option<Frame> {
    let lw = s.toks[i].lower.as_str();
    if NOMINAL_CUES.contains(lw)
        && let Some(f) = nominal_frame(text, s, si, i)
    {
        return Some(f);
    }
    if lw == "in"
        && let Some(f) = poll_frame(text, s, si, i, qs)
    {
        return Some(f);
    }
    if matches!(lw, "read" | "reads")
        && let Some(f) = read_frame(text, s, si, i, qs)
    {
        return Some(f);
    }
    None
}

/// Nominal frame at token `i` ("claim", "statement", ...): "Roe's claim that ...", "his
/// warning that ...", "in Roe's words, ...". The speaker is the possessive (the name without
/// "'s", with the capitalised words before it).
fn nominal_frame(text: &str, s: &SentWords, si: usize, i: usize) -> Option<Frame> {
    let toks = &s.toks;
    if i == 0 || !plain_gap(gap(text, toks, i)) {
        return None;
    }
    let p = &toks[i - 1];
    let pl = p.lower.as_str();
    let pronoun = POSSESSIVE_DETERMINERS.contains(pl);
    let suffix = ["'s", "’s"].into_iter().find(|x| pl.ends_with(x));
    if !(pronoun || suffix.is_some() && p.cap) {
        return None;
    }
    let words = toks[i].lower == "words" && i >= 2 && toks[i - 2].lower == "in";
    let that = toks
        .get(i + 1)
        .is_some_and(|n| n.lower == "that" && plain_gap(gap(text, toks, i + 1)));
    if !that && !words {
        return None;
    }
    let mut first = i - 1;
    if !pronoun {
        while first > 0
            && first + 4 > i
            && toks[first - 1].cap
            && plain_gap(gap(text, toks, first))
            && !DETERMINERS.contains(toks[first - 1].lower.as_str())
        {
            first -= 1;
        }
    }
    let end = p.end - suffix.map_or(0, str::len);
    let sp = toks[first].start..end;
    let content_start = if that { toks[i + 1].end } else { toks[i].end };
    Some(Frame {
        sent: si,
        cue: toks[i].start..toks[i].end,
        cue_text: text[toks[i].start..toks[i].end].into(),
        speaker: Some(text[sp.clone()].into()),
        speaker_span: Some(sp),
        content: trim_clause(text, content_start..s.range.end),
        kind: CueKind::Speech,
    })
}

/// A poll or survey that a figure is reported "in": "Roe leads in the latest Example News poll",
/// "In a survey released Monday, 40 percent backed the levy". The poll is the source, the rest
/// of the sentence what it reports; the cue is "in" (`CueKind::Stance`: a finding, not words).
fn poll_frame(text: &str, s: &SentWords, si: usize, i: usize, qs: &[QSpan]) -> Option<Frame> {
    let toks = &s.toks;
    let nt = toks.len();
    // the phrase after "in": up to ten words, joined by spaces, slashes or dashes, ending in
    // the poll ("the NBC News/Marist poll", "the average of state polls")
    let mut k = i + 1;
    let head = loop {
        if k >= nt || k > i + 10 || in_quote(toks[k].start, qs) {
            return None;
        }
        let g = gap(text, toks, k);
        if g.is_empty()
            || !g
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, '/' | '-' | '–'))
        {
            return None;
        }
        let l = toks[k].lower.as_str();
        if POLL_WORDS.contains(l) {
            break k;
        }
        if k > i + 1 && NOUN_PHRASE_STOPS.contains(l)
            || SPEAKER_PRONOUNS.contains(l)
            || SPEECH_CUES.contains(l)
        {
            return None;
        }
        k += 1;
    };
    let first = &toks[i + 1];
    // a named poll ("a CNN poll", "the Example/Marist survey"), not "the polls" at large
    if NOUN_PHRASE_STOPS.contains(first.lower.as_str()) || !(i + 1..head).any(|m| toks[m].cap) {
        return None;
    }
    let content = if i == 0 {
        // "In a poll released Monday, ...": what follows the phrase's comma
        let comma = (head + 1..nt.min(head + 8)).find(|&m| gap(text, toks, m).contains(','))?;
        trim_clause(text, toks[comma].start..s.range.end)
    } else {
        trim_clause(text, s.range.start..toks[i].start)
    }
    .filter(|c| text[c.clone()].split_whitespace().count() >= 3)?;
    let sp = first.start..toks[head].end;
    Some(Frame {
        sent: si,
        cue: toks[i].start..toks[i].end,
        cue_text: text[toks[i].start..toks[i].end].into(),
        speaker: Some(text[sp.clone()].into()),
        speaker_span: Some(sp),
        content: Some(content),
        kind: CueKind::Stance,
    })
}

/// "read" / "reads" next to a quotation with a writing for its subject: `“...,” the letter
/// read`, `“...,” reads the sign`, `The email reads: “...”`. The writing is the speaker.
fn read_frame(text: &str, s: &SentWords, si: usize, i: usize, qs: &[QSpan]) -> Option<Frame> {
    let toks = &s.toks;
    let t = &toks[i];
    let writing = |(a, b): (usize, usize)| {
        let head = toks[b].lower.as_str();
        (WRITINGS.contains(head) && (b == a || !toks[a].cap || a == 0) && !toks[b].cap
            || head == "it")
            .then_some((a, b))
    };
    // a quotation closes right before `at` (only a comma or spaces between)
    let quote_before = |at: usize| {
        qs.iter().any(|q| {
            q.end <= at
                && text[q.end..at]
                    .trim_matches(|c: char| c.is_whitespace() || c == ',')
                    .is_empty()
                && text[q.cs..q.end]
                    .trim_end_matches(|c: char| is_quote_mark(c))
                    .ends_with([',', '?', '!'])
        })
    };
    let after = text[t.end..].trim_start_matches([' ', '\u{a0}']);
    let quote_after = after.starts_with([':', ',']) && {
        let rest = after[1..].trim_start();
        qs.iter().any(|q| q.start == text.len() - rest.len())
    };
    let spk = if i > 0 && plain_gap(gap(text, toks, i)) {
        np_backward(text, toks, i - 1, 0)
            .and_then(writing)
            .filter(|&(a, _)| quote_before(toks[a].start) || quote_after)
    } else if quote_before(t.start) {
        // `“...,” reads the sign` (the phrase ends the clause)
        np_forward(text, toks, i + 1, toks.len())
            .and_then(writing)
            .filter(|&(_, b)| b + 1 >= toks.len() || !plain_gap(gap(text, toks, b + 1)))
    } else {
        None
    }?;
    let sp = toks[spk.0].start..toks[spk.1].end;
    Some(Frame {
        sent: si,
        cue: t.start..t.end,
        cue_text: text[t.start..t.end].into(),
        speaker: Some(text[sp.clone()].into()),
        speaker_span: Some(sp),
        content: None,
        kind: CueKind::Speech,
    })
}
