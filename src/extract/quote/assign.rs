//! The whole analysis of a document, and the assignment of quotes to frames: each quotation
//! takes the frame nearest to it in its own sentences, else one of the sentence before or after
//! it when it stands as a quotation of its own, else the frame of a paragraph that ends in its
//! cue and a colon, else the frame of the quotation it runs on from. Frames no quotation took
//! (and those that still report a clause of their own) are the attributions.

use crate::lexicon::TITLE_CONTEXT;
use crate::lexicon::{NAMING_CUES, TITLE_SMALL_WORDS};
use std::ops::Range;

use super::frames::{Frame, Frames, drop_reported_stances};
use super::resolve::resolve_speakers;
use super::spans::{QSpan, QuoteIndex, find_quote_spans, is_quote_mark};
use super::tokens::{Sent, sentence_ranges, sentences_of};
use super::{CueKind, Quote};
use crate::extract::name::Name;
use crate::segment::lines;
use crate::text::Token;

/// Quotes and attributions of a whole document, step by step: sentences as tokens, quote spans
/// per paragraph, frames (stances inside another frame's report dropped), speakers resolved in
/// document order, each quote given its frame, and the frames left over as attributions.
pub(super) fn analyze(text: &str) -> (Vec<Quote>, Vec<Quote>) {
    let ranges = sentence_ranges(text);
    let mut reader = QuoteReader::new(text, ranges.iter().cloned());
    for (si, r) in ranges.iter().enumerate() {
        reader.sentence(si, &crate::text::tokenize(&text[r.clone()]));
    }
    reader.finish(None)
}

/// The quotes and attributions of a document read sentence by sentence, as
/// `crate::extract` reads it: each sentence's text-layer tokens are handed over
/// ([`QuoteReader::sentence`]) while they are at hand, its frames found from them, and its
/// words dropped; [`QuoteReader::finish`] then resolves the speakers and assigns the quotes.
pub struct QuoteReader<'t> {
    text: &'t str,
    sents: Vec<Sent>,
    qs: Vec<QSpan>,
    frames: Frames,
}

impl<'t> QuoteReader<'t> {
    /// A reader of `text`, whose sentences are `ranges` (in order, as `crate::segment` splits
    /// it); paragraphs are lines.
    pub fn new(text: &'t str, ranges: impl IntoIterator<Item = Range<usize>>) -> Self {
        let pars = lines(text);
        let sents = sentences_of(text, &pars, ranges);
        let mut qs: Vec<QSpan> = Vec::new();
        for p in &pars {
            qs.extend(find_quote_spans(text, p.clone()));
        }
        let frames = Frames::new(&qs);
        QuoteReader {
            text,
            sents,
            qs,
            frames,
        }
    }

    /// Reads sentence `si` (of the ranges given to [`QuoteReader::new`]), whose text-layer
    /// tokens are `tokens` (spans relative to its range); sentences are read in order.
    pub fn sentence(&mut self, si: usize, tokens: &[Token]) {
        let words = self.sents[si].words(self.text, tokens);
        self.frames
            .sentence(self.text, &self.sents, si, &words, &self.qs);
    }

    /// The quotes and the attributions (in the order found) once every sentence was read.
    /// `names`, when given, are the names found in each sentence (spans relative to it), which
    /// speaker resolution then need not look for again.
    pub fn finish<'n>(
        self,
        names: Option<&dyn Fn(usize) -> &'n [Box<Name>]>,
    ) -> (Vec<Quote>, Vec<Quote>) {
        let QuoteReader {
            text,
            sents,
            qs,
            frames,
        } = self;
        let mut frames = frames.into_frames();
        drop_reported_stances(&mut frames);
        resolve_speakers(text, &sents, names, &mut frames);
        let (quotes, used, used_by) = assign_quotes(text, &sents, &qs, &frames);
        let attrs = attributions(text, &sents, &frames, used, &used_by);
        (quotes, attrs)
    }
}

/// Each quote of `qs` with the frame it takes (`frame_of_quote`; none for a title), in order;
/// and for each frame whether a quote took it and the quoted spans that did.
fn assign_quotes(
    text: &str,
    sents: &[Sent],
    qs: &[QSpan],
    frames: &[Frame],
) -> (Vec<Quote>, Vec<bool>, Vec<Vec<Range<usize>>>) {
    let mut used = vec![false; frames.len()];
    // the quoted spans that took each frame
    let mut used_by: Vec<Vec<Range<usize>>> = vec![Vec::new(); frames.len()];
    let mut quotes = Vec::new();
    // frame and start of the previous quote
    let mut last_frame: Option<(usize, usize)> = None;
    let look = Lookup::new(sents, qs, frames);
    for (qi, q) in qs.iter().enumerate() {
        if is_title(text, q) {
            // the name of a show, book or film: a quotation of nobody
            quotes.push(quote_of(text, q, None, None));
            last_frame = None;
            continue;
        }
        let best = frame_of_quote(text, sents, qs, frames, &look, qi, last_frame);
        // the next passage of a quotation interrupted by its cue takes the same frame
        let continues = last_frame
            .filter(|&(i, _)| best == Some(i))
            .map(|(_, start)| start);
        last_frame = best.map(|i| (i, q.start));
        let f = best.map(|i| {
            used[i] = true;
            used_by[i].push(q.start..q.end);
            &frames[i]
        });
        quotes.push(quote_of(text, q, f, continues));
    }
    (quotes, used, used_by)
}

/// Where to look without scanning the whole document for each quotation: the frames of each
/// sentence, the sentences overlapping a range, the quotations touching one.
struct Lookup {
    /// the indices of the frames of each sentence, in order
    by_sent: Vec<Vec<usize>>,
    /// the sentences are in order, each ending before the next begins (always, from
    /// `sentences`; a list out of order is searched whole)
    sents_sorted: bool,
    quotes: QuoteIndex,
}

impl Lookup {
    fn new(sents: &[Sent], qs: &[QSpan], frames: &[Frame]) -> Self {
        let mut by_sent = vec![Vec::new(); sents.len()];
        for (i, f) in frames.iter().enumerate() {
            by_sent[f.sent].push(i);
        }
        Lookup {
            by_sent,
            sents_sorted: sents
                .windows(2)
                .all(|w| w[0].range.end <= w[1].range.start && w[0].range.start <= w[0].range.end),
            quotes: QuoteIndex::new(qs),
        }
    }

    /// The sentences that overlap `q`, in order.
    fn sentences_of(&self, sents: &[Sent], q: &QSpan) -> Vec<usize> {
        let from = if self.sents_sorted {
            sents.partition_point(|s| s.range.end <= q.start)
        } else {
            0
        };
        (from..sents.len())
            .take_while(|&i| !self.sents_sorted || sents[i].range.start < q.end)
            .filter(|&i| sents[i].range.start < q.end && sents[i].range.end > q.start)
            .collect()
    }

    /// The frames of sentence `si`, in order.
    fn frames_of(&self, si: usize) -> &[usize] {
        &self.by_sent[si]
    }
}

/// The quote of span `q`, with the speaker and cue of frame `f` if any; `continues` is the
/// start of the passage it goes on from.
fn quote_of(text: &str, q: &QSpan, f: Option<&Frame>, continues: Option<usize>) -> Quote {
    Quote {
        start: q.start,
        end: q.end,
        content_start: q.cs,
        content_end: q.ce,
        text: text[q.cs..q.ce].into(),
        speaker: f.and_then(|f| f.speaker.as_deref().map(Into::into)),
        speaker_start: f.and_then(|f| f.speaker_span.as_ref().map(|r| r.start)),
        speaker_end: f.and_then(|f| f.speaker_span.as_ref().map(|r| r.end)),
        cue: f.map(|f| f.cue_text.as_str().into()),
        continues,
        cue_kind: CueKind::Speech,
    }
}

/// How far the cue of frame `f` is from quote `q` (0 when they overlap).
fn distance(f: &Frame, q: &QSpan) -> usize {
    if f.cue.start >= q.end {
        f.cue.start - q.end
    } else {
        q.start.saturating_sub(f.cue.end)
    }
}

/// The frame quote `qs[qi]` takes: the nearest speech frame of its own sentences (not of an
/// earlier clause), else for a quotation of its own the frame of the sentence before or after
/// it, else a paragraph's `Roe said:` before it, else the frame of the quote left open that it
/// runs on from (`last_frame`: the previous quote's frame and start).
fn frame_of_quote(
    text: &str,
    sents: &[Sent],
    qs: &[QSpan],
    frames: &[Frame],
    look: &Lookup,
    qi: usize,
    last_frame: Option<(usize, usize)>,
) -> Option<usize> {
    let q = &qs[qi];
    let own = look.sentences_of(sents, q);
    let mut own_frames: Vec<usize> = own
        .iter()
        .flat_map(|&si| look.frames_of(si))
        .copied()
        .filter(|&i| {
            let f = &frames[i];
            f.kind == CueKind::Speech && !(f.cue.start >= q.start && f.cue.end <= q.end)
        })
        .collect();
    own_frames.sort_unstable();
    // a quotation in an earlier clause is not the speech of "X said ..." that follows it
    // (`a “supermax” prison, and an official said talks were held`); `“...,” X said` is
    let mut best: Option<usize> = own_frames
        .iter()
        .copied()
        .filter(|&i| !earlier_clause(text, q, &frames[i]))
        .min_by_key(|&i| distance(&frames[i], q));
    if best.is_none()
        && own_frames.is_empty()
        && quotation_sentences(text, sents, &own, qs, look, q)
        && let (Some(&first), Some(&last)) = (own.first(), own.last())
    {
        best = neighbour_frame(text, sents, qs, frames, look, qi, (first, last));
    }
    // `Roe said:` ending a paragraph introduces the quotation that opens the next one
    if best.is_none()
        && own_frames.is_empty()
        && let Some(&first) = own.first()
    {
        best = colon_intro_frame(text, sents, frames, look, first, q);
    }
    // A quotation left open runs on into the quotation that reopens it, at the start of
    // the next paragraph or after a space (`He said: "I admire them.¶"To be honoured is
    // a great honour."`): the same speaker, through the same frame.
    if best.is_none()
        && own_frames.is_empty()
        && let Some(prev_q) = qs[..qi].last()
        && prev_q.left_open
        && text[prev_q.end..q.start].trim().is_empty()
        && let Some((i, start)) = last_frame
        && start == prev_q.start
    {
        best = Some(i);
    }
    best
}

/// The frame of the sentence before (then after) quote `qs[qi]`, in the same paragraph, for a
/// quotation that stands as sentences `first..=last` of its own: the speech frame there nearest
/// to it.
fn neighbour_frame(
    text: &str,
    sents: &[Sent],
    qs: &[QSpan],
    frames: &[Frame],
    look: &Lookup,
    qi: usize,
    (first, last): (usize, usize),
) -> Option<usize> {
    let q = &qs[qi];
    let par = sents[first].par;
    let prev = first.checked_sub(1).filter(|&p| sents[p].par == par);
    // After a quotation sentence with no cue (`"... the entertainment side. "This year
    // ..." The market ..., according to Jupiter Research.`), the quotation continues
    // that one, whose speaker is unknown; the next sentence's cue reports its own clause.
    let after_uncued_quotation = prev.is_some_and(|p| {
        !look
            .frames_of(p)
            .iter()
            .any(|&i| frames[i].kind == CueKind::Speech)
            && qs[..qi].last().is_some_and(|o| {
                o.end > sents[p].range.start
                    && o.start < sents[p].range.end
                    && quotation_sentences(text, sents, &[p], qs, look, o)
            })
    });
    let next = Some(last + 1)
        .filter(|&n| n < sents.len() && sents[n].par == par && !after_uncued_quotation);
    for cand in [prev, next].into_iter().flatten() {
        if let Some(&i) = look
            .frames_of(cand)
            .iter()
            .filter(|&&i| frames[i].kind == CueKind::Speech)
            .min_by_key(|&&i| distance(&frames[i], q))
        {
            return Some(i);
        }
    }
    None
}

/// The attributions: the frames no quote took (`used`), and those whose own clause they still
/// report beside the quotes that took them (`used_by`, `reports_own_clause`).
fn attributions(
    text: &str,
    sents: &[Sent],
    frames: &[Frame],
    used: Vec<bool>,
    used_by: &[Vec<Range<usize>>],
) -> Vec<Quote> {
    frames
        .iter()
        .zip(used)
        .zip(used_by)
        .filter(|((f, u), by)| !u || reports_own_clause(text, &sents[f.sent].range, f, by))
        .map(|((f, _), _)| {
            let c = f.content.clone().unwrap_or(f.cue.end..f.cue.end);
            Quote {
                start: c.start,
                end: c.end,
                content_start: c.start,
                content_end: c.end,
                text: text[c].into(),
                speaker: f.speaker.as_deref().map(Into::into),
                speaker_start: f.speaker_span.as_ref().map(|r| r.start),
                speaker_end: f.speaker_span.as_ref().map(|r| r.end),
                cue: Some(f.cue_text.as_str().into()),
                continues: None,
                cue_kind: f.kind,
            }
        })
        .collect()
}

/// The quotation ends before the frame's speaker, with words between them, and the frame reports
/// the clause after its cue: the quotation belongs to an earlier clause, not to this frame.
fn earlier_clause(text: &str, q: &QSpan, f: &Frame) -> bool {
    let Some(sp) = &f.speaker_span else {
        return false;
    };
    // only when the frame reports the clause after its cue
    let reports_after = f.content.as_ref().is_some_and(|c| c.start >= f.cue.end);
    // `“...,” panel chairman Jane Roe said after ...`: a quotation that opens its sentence and
    // is closed by its own comma is the reported speech, whatever modifiers open the subject
    let before = text[..q.start].trim_end_matches([' ', '\t', '\u{a0}']);
    let opens_sentence = before.is_empty()
        || before
            .trim_end_matches(|c: char| is_quote_mark(c))
            .ends_with(['\n', '.', '?', '!']);
    let between = &text[q.end..sp.start.max(q.end)];
    let own_comma = opens_sentence
        && between.split_whitespace().count() <= 3
        && !between.contains([',', '.', ';', ':', '(', '—', '–'])
        && text[q.cs..q.end]
            .trim_end_matches(|c: char| c.is_whitespace() || is_quote_mark(c))
            .ends_with([',', '?', '!']);
    reports_after
        && !own_comma
        && q.end <= sp.start
        && sp.start < f.cue.start
        && text[q.end..sp.start].chars().any(char::is_alphanumeric)
}

/// The frame of a paragraph that ends in its cue and a colon (`Roe said:`, `She went on:`)
/// when quotation `q` opens the next paragraph (its first sentence is `first`). The frame must
/// report nothing of its own: the quotation is what it introduces.
fn colon_intro_frame(
    text: &str,
    sents: &[Sent],
    frames: &[Frame],
    look: &Lookup,
    first: usize,
    q: &QSpan,
) -> Option<usize> {
    let prev = first.checked_sub(1)?;
    let p = &sents[prev];
    if p.par == sents[first].par
        || !text[p.range.end..q.start].trim().is_empty()
        || !text[p.range.clone()].trim_end().ends_with(':')
    {
        return None;
    }
    let (i, f) = look
        .frames_of(prev)
        .iter()
        .rev()
        .map(|&i| (i, &frames[i]))
        .find(|(_, f)| f.kind == CueKind::Speech)?;
    // nothing but a few words between the cue and the colon ("Roe told reporters:")
    let tail = &text[f.cue.end..p.range.end];
    let short = tail.split_whitespace().count() <= 4 && !tail.contains(['"', '“', '”']);
    (f.content.is_none() && short).then_some(i)
}

/// A short title-cased quotation after a possessive or a title word: the name of a show, book or
/// film, not words someone said.
fn is_title(text: &str, q: &QSpan) -> bool {
    let content = &text[q.cs..q.ce];
    let words: Vec<&str> = content.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || content.ends_with([',', '!', '?']) {
        return false;
    }
    let small = |w: &str| TITLE_SMALL_WORDS.contains(w);
    let title_cased = words.iter().enumerate().all(|(n, w)| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || n > 0 && small(w)
    });
    if !title_cased {
        return false;
    }
    let before = text[..q.start].trim_end();
    let prev_word: String = before
        .chars()
        .rev()
        .take_while(|c| !c.is_whitespace())
        .collect::<Vec<char>>()
        .into_iter()
        .rev()
        .collect();
    let pw = prev_word.to_lowercase();
    pw.ends_with("'s") || pw.ends_with("’s") || TITLE_CONTEXT.contains(pw.as_str())
}

/// The quote `q` stands as a quotation of its own in its sentences `own`, so it may take the
/// cue of the sentence before or after it (`“We will win.” Roe said so on Monday`): the words of
/// those sentences outside quotation marks are fewer than the words inside `q`. A phrase quoted
/// in the narrator's sentence (`aid for the “war on smuggling”.`) is a scare quote or a title,
/// and the cue of the next sentence reports that sentence's own clause.
fn quotation_sentences(
    text: &str,
    sents: &[Sent],
    own: &[usize],
    qs: &[QSpan],
    look: &Lookup,
    q: &QSpan,
) -> bool {
    let words = |r: Range<usize>| {
        text[r]
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    };
    let inside = words(q.cs..q.ce);
    let outside: usize = own
        .iter()
        .map(|&si| {
            let r = sents[si].range.clone();
            let mut pos = r.start;
            let mut n = 0;
            for o in look
                .quotes
                .touching(qs, r.start, r.end)
                .filter(|o| o.end > r.start && o.start < r.end)
            {
                if o.start > pos {
                    n += words(pos..o.start);
                }
                pos = pos.max(o.end);
            }
            if pos < r.end {
                n += words(pos..r.end);
            }
            n
        })
        .sum();
    outside < inside
}

/// A frame that quotations of the sentences around it took still reports the clause of its own
/// sentence ("Roe said the levy would pass. “We have the votes.”": two reports through one
/// cue): the clause follows the cue ("said", "said that"), has three words or more and no
/// quotation marks, and no quotation that took the frame is in the frame's sentence.
fn reports_own_clause(text: &str, sent: &Range<usize>, f: &Frame, quoted: &[Range<usize>]) -> bool {
    let Some(c) = &f.content else {
        return false;
    };
    let between = text.get(f.cue.end..c.start).map(str::trim);
    let clause = &text[c.clone()];
    // Only quotations of other sentences took the frame (a quotation without a cue of its own
    // borrows the next sentence's "..., according to the journal"): the clause of the frame's
    // own sentence is reported all the same, wherever it stands.
    let others_only = quoted
        .iter()
        .all(|q| q.end <= sent.start || q.start >= sent.end);
    let own_clause = (matches!(between, Some("" | "that")) || !quoted.is_empty())
        && !clause.contains(['"', '“', '”'])
        && clause.split_whitespace().count() >= 3
        && others_only;
    // The clause quotes a few of its words ("Roe said officials were “making real progress”
    // on the levy"): the quotation is the speaker's wording, the clause what was reported.
    let words_outside = |c: &Range<usize>| {
        let mut rest = text[c.clone()].to_string();
        for q in quoted.iter().rev() {
            rest.replace_range(q.start - c.start..q.end - c.start, " ");
        }
        rest.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    };
    // Not a name given to something ("called the plan “reckless”"), and the clause opens
    // with its own words (`“Sales doubled,” Roe said` is a quotation and its cue).
    let naming = NAMING_CUES.contains(f.cue_text.to_lowercase().as_str());
    let fragment_inside = !naming
        && !quoted.is_empty()
        && quoted.iter().all(|q| q.start > c.start && q.end <= c.end)
        && quoted
            .iter()
            .all(|q| text[c.start..q.start].chars().any(char::is_alphanumeric))
        && words_outside(c) >= 4;
    own_clause || fragment_inside
}
