//! Attribution frames: per sentence, each cue found outside quoted text ("said", "according
//! to", "Roe's claim that", a transcript's colon, a byline's dash) with its speaker's words and
//! what it reports.
//!
//! `Frames::sentence` runs these steps over each sentence, one file a step:
//! 1. `special.rs`: frames of their own form: a transcript line (`ROE: ...`), a headline that
//!    names its source before a colon, a dash byline after a quotation; at a word, a nominal cue
//!    ("Roe's claim that"), a poll ("in the latest CNN poll"), a writing that reads.
//! 2. `cue.rs`: whether the word there is used as a cue (`find_cue`).
//! 3. `after.rs`: "according to X".
//! 4. `subject.rs` with `appositive.rs`: the subject before the cue ("Roe, the mayor, said").
//! 5. `after.rs`: else the subject after it (`," said Roe`).
//! 6. `participle.rs`: a medium gives way to whoever put it out; a participle takes the speaker
//!    of the cue before it or the subject of the sentence.
//! 7. `clause.rs`: what the frame reports.
//!
//! `phrase.rs` reads the noun phrases all of them take a speaker from. `drop_reported_stances`
//! then drops the stances that another frame reports.

mod after;
mod appositive;
mod clause;
mod cue;
mod participle;
mod phrase;
mod special;
mod subject;

use std::ops::Range;

use compact_str::CompactString;

use super::CueKind;
use super::spans::{QSpan, QuoteIndex, in_quote};
use super::tokens::{Sent, SentWords, gap, plain_gap};
use after::{according_to, inversion_allowed, inverted_subject};
use clause::{reported_clause, trim_clause};
use cue::{Cue, find_cue, is_participle, is_stance_cue, mental_state_in_report};
use participle::{earlier_speaker, medium_speaker, sentence_subject};
use phrase::{np_backward, share_of_respondents};
use special::{dash_byline_frame, headline_colon_frame, transcript_frame, word_frame};
use subject::{subject_before, subject_end};

pub(crate) use phrase::is_pronoun;
#[cfg(test)]
pub(super) use subject::comma_adverbial;

/// An attribution in sentence `sent`: its cue, where and whom it names as the speaker, what it
/// reports, and whether it reports speech or a stance.
#[derive(Debug, Clone)]
pub(super) struct Frame {
    pub(super) sent: usize,
    pub(super) cue: Range<usize>,
    pub(super) cue_text: CompactString,
    pub(super) speaker_span: Option<Range<usize>>,
    pub(super) speaker: Option<CompactString>,
    pub(super) content: Option<Range<usize>>,
    pub(super) kind: CueKind,
}

/// What the steps of a cue frame find around its cue.
#[derive(Default)]
struct Found {
    /// the speaker's first and last tokens
    spk: Option<(usize, usize)>,
    /// first token of the whole subject when it starts before the speaker span ("The
    /// campaign chairman, Jane Roe, said"): the reported clause is not before it
    subject_first: Option<usize>,
    /// the name the speaker's words stand for (the name before "who"; for a participle, the
    /// speaker of the cue before it)
    antecedent: Option<CompactString>,
    /// the reported clause
    content: Option<Range<usize>>,
}

/// The frames of a document, found sentence by sentence ([`Frames::sentence`]): a transcript
/// line or a headline that names its source, a dash byline, then the frames of the sentence's
/// words (`cue_frames`).
pub(super) struct Frames {
    index: QuoteIndex,
    local: Vec<QSpan>,
    frames: Vec<Frame>,
}

impl Frames {
    /// No frames yet, for a document whose quotations are `qs`.
    pub(super) fn new(qs: &[QSpan]) -> Self {
        Frames {
            index: QuoteIndex::new(qs),
            local: Vec::new(),
            frames: Vec::new(),
        }
    }

    /// Finds the frames of sentence `si` of `sents`, read into its words `s`.
    pub(super) fn sentence(
        &mut self,
        text: &str,
        sents: &[Sent],
        si: usize,
        s: &SentWords,
        qs: &[QSpan],
    ) {
        let frames = &mut self.frames;
        let first = frames.len();
        if let Some(f) = transcript_frame(text, sents, si, s) {
            frames.push(f);
        } else if si == 0
            && let Some(f) = headline_colon_frame(text, sents, s)
        {
            frames.push(f);
        }
        // Only the quotations in or right next to the sentence can matter to its frames:
        // those touching it, or across only spaces and commas before it (`"...," <- said`) or
        // spaces, colons and commas after it (`said: -> "..."`).
        let lo = text[..s.range.start]
            .trim_end_matches(|c: char| c.is_whitespace() || c == ',')
            .len();
        let hi = text.len()
            - text[s.range.end..]
                .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | ','))
                .len();
        let local = &mut self.local;
        local.clear();
        local.extend(self.index.touching(qs, lo, hi).cloned());
        frames.extend(dash_byline_frame(text, s, si, local));
        cue_frames(text, s, si, local, frames);
        if frames.len() - first > MAX_FRAMES_UNBOUNDED && s.range.len() > RUN_ON_BYTES {
            bound_clauses(text, &mut frames[first..]);
        }
    }

    /// The frames found, in document order.
    pub(super) fn into_frames(self) -> Vec<Frame> {
        self.frames
    }
}

/// A sentence longer than `RUN_ON_BYTES` (some 170 words) with more attributions than this
/// is no sentence a reporter wrote: text that lost its punctuation runs many reports together
/// into one "sentence" of up to 4 KB. There each report ends at the next one's cue and
/// speaker (`bound_clauses`); a sentence of news prose keeps its clauses as read.
const MAX_FRAMES_UNBOUNDED: usize = 3;
const RUN_ON_BYTES: usize = 1_000;

/// Cuts the reported clause of each frame of one sentence at the cue or speaker of any other
/// frame between it and its own cue, so that the clauses of a run-on sentence stay apart
/// (without it, each report spans the sentence: its size times the number of cues).
fn bound_clauses(text: &str, frames: &mut [Frame]) {
    let anchor = |f: &Frame| {
        let sp = f.speaker_span.clone().unwrap_or(f.cue.clone());
        sp.start.min(f.cue.start)..sp.end.max(f.cue.end)
    };
    let mut anchors: Vec<Range<usize>> = frames.iter().map(anchor).collect();
    anchors.sort_unstable_by_key(|a| (a.start, a.end));
    for f in frames.iter_mut() {
        let Some(c) = f.content.clone() else {
            continue;
        };
        let own = anchor(f);
        let bounded = if c.end <= own.start {
            // the clause before the cue starts after the last other anchor inside it
            let start = anchors
                .iter()
                .filter(|a| **a != own && a.end <= own.start && a.end > c.start)
                .map(|a| a.end)
                .max()
                .unwrap_or(c.start);
            start..c.end
        } else if c.start >= own.end {
            // the clause after the cue ends before the first other anchor inside it
            let end = anchors
                .iter()
                .filter(|a| **a != own && a.start >= own.end && a.start < c.end)
                .map(|a| a.start)
                .min()
                .unwrap_or(c.end);
            c.start..end
        } else {
            c.clone()
        };
        if bounded != c {
            f.content = trim_clause(text, bounded);
        }
    }
}

/// The frames at the words of sentence `s` outside quotations, left to right: a frame of its
/// own form (a nominal cue, a poll, a writing that reads), else a cue with its speaker. The
/// words of a cue ("according to") are read once.
fn cue_frames(text: &str, s: &SentWords, si: usize, qs: &[QSpan], frames: &mut Vec<Frame>) {
    let toks = &s.toks;
    let nt = toks.len();
    let mut i = 0;
    while i < nt {
        if in_quote(toks[i].start, qs) {
            i += 1;
            continue;
        }
        if let Some(f) = word_frame(text, s, si, i, qs) {
            frames.push(f);
            i += 1;
            continue;
        }
        let Some(c) = find_cue(text, s, si, i, qs) else {
            i += 1;
            continue;
        };
        if let Some(f) = cue_frame(&c, frames) {
            frames.push(f);
        }
        i = c.end_tok + 1;
    }
}

/// The frame of cue `c`, when it has a speaker: "according to X", else the speaker and clause
/// of a cue verb; a share of respondents gives way to the poll that asked them.
fn cue_frame(c: &Cue, frames: &[Frame]) -> Option<Frame> {
    let (text, toks, i) = (c.text, &c.s.toks[..], c.i);
    let t = &toks[i];
    let lw = t.lower.as_str();
    let cue_range = t.start..toks[c.end_tok].end;
    let cue_text: CompactString = text[cue_range.clone()].into();
    let Found {
        mut spk,
        mut antecedent,
        content,
        ..
    } = if c.according {
        according_to(c)
    } else {
        speaker_and_clause(c, frames)
    };
    // "A new poll found 60 percent of voters said ...": the poll reports the share
    if let Some(poll) = poll_of_share(c, spk) {
        spk = Some(poll);
        antecedent = None;
    }
    let (a, b) = spk?;
    let sp = toks[a].start..toks[b].end;
    Some(Frame {
        sent: c.si,
        cue: cue_range,
        cue_text,
        speaker: Some(antecedent.unwrap_or_else(|| text[sp.clone()].into())),
        speaker_span: Some(sp),
        content,
        kind: if is_stance_cue(lw) || mental_state_in_report(toks, i) {
            CueKind::Stance
        } else {
            CueKind::Speech
        },
    })
}

/// The speaker of a cue verb and what it reports: the subject before the cue, else the subject
/// after it (inversion), then a medium is set aside for whoever put it out, a participle takes
/// the speaker of the cue before it or the subject of the sentence; last, the reported clause.
fn speaker_and_clause(c: &Cue, frames: &[Frame]) -> Found {
    let (text, toks, i) = (c.text, &c.s.toks[..], c.i);
    let nt = toks.len();
    let lw = toks[i].lower.as_str();
    let j = subject_end(c);
    let pre_gap = if j > 0 { gap(text, toks, j) } else { "" };
    let mut found = subject_before(c, j, pre_gap);
    if found.spk.is_none()
        && inversion_allowed(c, j)
        && (j == 0 || !plain_gap(pre_gap))
        && i + 1 < nt
        && plain_gap(gap(text, toks, i + 1))
    {
        found.spk = inverted_subject(c);
        if found.spk.is_some() {
            // content before
            let before_end = if j > 0 {
                toks[j - 1].end
            } else {
                c.s.range.start
            };
            found.content = trim_clause(text, c.s.range.start..before_end);
        }
    }
    let medium_spk = medium_speaker(c, &mut found);
    if found.spk.is_none()
        && is_participle(lw)
        && let Some((spk, antecedent)) = earlier_speaker(c, frames)
    {
        found.spk = Some(spk);
        found.antecedent = antecedent;
    }
    // "He met the board and said ...": the subject of the sentence
    let coordinated = j > 0 && plain_gap(pre_gap) && toks[j - 1].lower == "and";
    if found.spk.is_none() && (is_participle(lw) || coordinated) {
        found.spk = sentence_subject(c);
    }
    if found.spk.is_none() {
        found.spk = medium_spk;
    }
    if let Some((a, _)) = found
        .spk
        .map(|(a, b)| (found.subject_first.unwrap_or(a), b))
        && found.content.is_none()
    {
        found.content = reported_clause(c, a);
    }
    found
}

/// "A new poll found 60 percent of voters said ...": when the speaker `spk` is a share of
/// respondents, the poll or survey named before it, which reports the share.
fn poll_of_share(c: &Cue, spk: Option<(usize, usize)>) -> Option<(usize, usize)> {
    let (text, toks, qs) = (c.text, &c.s.toks[..], c.qs);
    if let Some((a, b)) = spk
        && share_of_respondents(toks, a, b)
        && let Some(m) = (0..a).rev().find(|&m| {
            matches!(
                toks[m].lower.as_str(),
                "poll" | "polls" | "survey" | "surveys"
            ) && !in_quote(toks[m].start, qs)
        })
        && let Some((pa, _)) = np_backward(text, toks, m, 0)
    {
        return Some((pa, m));
    }
    None
}

/// A stance inside what another frame reports is part of that report, not an attribution of its
/// own: in "Roe said voters want change" the voters' wish is Roe's claim. Drops every stance frame
/// whose speaker sits in the content of another frame.
pub(super) fn drop_reported_stances(frames: &mut Vec<Frame>) {
    // The contents by start, with the largest end so far: the contents holding a position are
    // found by walking back from the last one that starts at or before it, while some content
    // that far back still reaches past it.
    let mut contents: Vec<Range<usize>> = frames.iter().filter_map(|f| f.content.clone()).collect();
    contents.sort_unstable_by_key(|c| (c.start, c.end));
    let reach: Vec<usize> = contents
        .iter()
        .scan(0, |m, c| {
            *m = (*m).max(c.end);
            Some(*m)
        })
        .collect();
    let reported = |at: usize, own: Option<&Range<usize>>| {
        let upto = contents.partition_point(|c| c.start <= at);
        (0..upto)
            .rev()
            .take_while(|&j| reach[j] > at)
            .any(|j| at < contents[j].end && own != Some(&contents[j]))
    };
    frames.retain(|f| {
        f.kind != CueKind::Stance
            || !f
                .speaker_span
                .as_ref()
                .is_some_and(|sp| reported(sp.start, f.content.as_ref()))
    });
}
