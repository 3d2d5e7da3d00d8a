//! Quote and speaker extraction (rule based).
//!
//! Pipeline over a whole document:
//! 1. Paragraphs = lines; sentences from `crate::segment::split_sentences`.
//! 2. Quote spans per paragraph: straight `"` toggles; curly “ opens, ” closes; any double mark
//!    closes an open quote (mismatched copy: “...".); a quote still open at the paragraph end is
//!    closed there. Single marks (‘ ’ ') inside a double quote are nested and ignored; at top
//!    level ‘...’ / '...' is a quote only if it closes in the paragraph. Apostrophes (don’t,
//!    Russia’s, Ja’afari: a letter on both sides, or a trailing s') are never marks.
//! 3. Attribution frames per sentence, from a cue lexicon ("said", "told", "added", "according
//!    to", "noted", ...) found outside quoted text: speaker = subject noun phrase before the cue
//!    (skipping auxiliaries/adverbs and appositives "X, the foreign minister, said"), or after it
//!    (inversion `," said X`, "according to X"), or for a participle ("adding:", "saying") the
//!    subject of the sentence. Passive cues ("was told") are ignored.
//! 4. Speaker resolution: pronouns (he/she/they/it/...) -> nearest preceding named speaker in the
//!    document (he/she only to person-like names); surnames / "Mr. X" -> the full name seen
//!    earlier in the document ("Carter" -> "Ash Carter").
//! 5. Each quote takes the frame of its own sentence(s) nearest to it, else the frame of the
//!    previous, then next sentence of the same paragraph.
//! 6. A quote that takes the same frame as the quote before it continues that quotation
//!    (`Quote::continues`). Stance and action cues ("backed", "sought") make frames of
//!    `CueKind::Stance`: attributions only, never a quote's speaker.
//!
//! `extract_attributions` returns the frames NOT used by any quote, so `extract_quotes` +
//! `extract_attributions` together report every attribution once.
//!
//! Files: `spans.rs` (quotation marks), `tokens.rs` (sentences as tokens), `frames/` (attribution
//! frames), `words.rs` (the word tables); resolution and assignment here; `tests.rs`.

mod frames;
mod spans;
mod tokens;
mod words;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::ops::Range;

use crate::extract::name::{NameFolding, extract_names};
use crate::segment::{ends_like_a_sentence, lines, split_sentences};
use frames::{Frame, drop_reported_stances, find_frames};
use spans::{QSpan, find_quote_spans, is_quote_mark};
use tokens::{DATELINE, Sent, tokenize};
use words::{NOT_PERSON_HEADS, TITLE_CONTEXT};

pub(crate) use frames::is_pronoun;
pub(crate) use spans::quoted_contents;

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Quote {
    /// the quoted span including its quote marks (for attributions: = content span)
    pub start: usize,
    pub end: usize,
    /// the words inside the marks
    pub content_start: usize,
    pub content_end: usize,
    /// the content
    pub text: String,
    /// resolved speaker name (full name when known from earlier in the document)
    pub speaker: Option<String>,
    /// where the attribution names the speaker (the pronoun position if a pronoun)
    pub speaker_start: Option<usize>,
    pub speaker_end: Option<usize>,
    /// "said", "told", "added", "according to", ...
    pub cue: Option<String>,
    /// For a quote that goes on with the previous quoted passage of the same quotation
    /// (`"A," she said. "B."`: B continues A), the `start` offset of that passage. Both name the
    /// same speaker through the same cue; the checks still compare each passage on its own.
    pub continues: Option<usize>,
    /// What the cue reports: speech ("said", "according to") or a stance or action ("backed",
    /// "plans", "sees"). Only speech is compared across outlets by the checks.
    pub cue_kind: CueKind,
}

/// The kind of cue that attributes a quote or a report to its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CueKind {
    /// reported speech or writing: "said", "told", "wrote", "according to", "her claim that";
    /// every quote has this kind
    #[default]
    Speech,
    /// a stance or an action of the source that an editor reads as attribution ("Roe backed the
    /// bill", "Roe plans to run", "Roe sees a recession"); only attributions have it, and no quote
    /// takes its speaker from such a cue
    Stance,
}

/// Quotes of a whole document (offsets into `text`). Paragraphs = lines.
pub fn extract_quotes(text: &str) -> Vec<Quote> {
    analyze(text).0
}

/// Attributions without quote marks ("X said that ...", "according to X", "Anadolu reported", "US officials said"): same struct with content = the reported clause (or None-like empty span). Used to compare who said what across outlets.
pub fn extract_attributions(text: &str) -> Vec<Quote> {
    analyze(text).1
}

/// Both at once (one analysis pass).
pub fn extract_quotes_and_attributions(text: &str) -> (Vec<Quote>, Vec<Quote>) {
    analyze(text)
}

/// Whether a full name may be a person's: not ending in the word of an organisation, an
/// event or a place.
fn looks_like_a_person(name: &str) -> bool {
    name.split_whitespace()
        .last()
        .is_some_and(|w| !NOT_PERSON_HEADS.contains(&w.to_lowercase().as_str()))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
}

impl Gender {
    /// What a word before or in a name says: an honorific ("Mrs", "Sir") or a noun of one
    /// gender ("actress", "spokeswoman", "his wife").
    fn of_word(word: &str) -> Option<Gender> {
        let w = word.trim_end_matches('.').to_lowercase();
        match w.as_str() {
            "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" | "duchess"
            | "actress" | "chairwoman" | "spokeswoman" | "congresswoman" | "businesswoman"
            | "sportswoman" | "policewoman" | "councilwoman" | "mother" | "wife" | "daughter"
            | "sister" | "grandmother" | "widow" | "girlfriend" => Some(Gender::Female),
            "mr" | "sir" | "lord" | "king" | "prince" | "duke" | "spokesman" | "congressman"
            | "businessman" | "sportsman" | "policeman" | "councilman" | "father" | "husband"
            | "son" | "brother" | "grandfather" | "widower" | "boyfriend" => Some(Gender::Male),
            _ => None,
        }
    }

    fn of_pronoun(pronoun: &str) -> Option<Gender> {
        match pronoun {
            "she" => Some(Gender::Female),
            "he" => Some(Gender::Male),
            _ => None,
        }
    }
}

struct Resolver {
    folding: &'static NameFolding,
    /// full names seen so far (>= 2 tokens), most recent last
    full_names: Vec<String>,
    /// the people resolved as speakers so far, most recent last, each once
    persons: Vec<String>,
    last_any: Option<String>,
    /// what is known of a person's gender, by the last word of the name ("Furse" for "Ms
    /// Furse" and "Clara Furse"): from an honorific or a gendered noun next to the name, or
    /// from the pronoun that took the person as its antecedent
    genders: HashMap<String, Gender>,
}

impl Resolver {
    /// Learns the full names of sentence `s`; in a headline line, not one that opens it.
    fn observe_sentence(&mut self, s: &str, headline_line: bool) {
        for n in extract_names(s, self.folding) {
            if headline_line && s[..n.start].trim().is_empty() {
                continue;
            }
            // "Ms Furse", "the actress Cate Roe"
            if let Some(g) = s[..n.start]
                .split_whitespace()
                .next_back()
                .and_then(Gender::of_word)
            {
                self.learn(&n.text, g);
            }
            if n.text.split_whitespace().count() >= 2 {
                self.full_names.push(n.text);
            }
        }
    }

    fn surname(name: &str) -> String {
        name.split_whitespace()
            .last()
            .unwrap_or(name)
            .to_lowercase()
    }

    fn learn(&mut self, name: &str, g: Gender) {
        self.genders.entry(Self::surname(name)).or_insert(g);
    }

    fn gender(&self, name: &str) -> Option<Gender> {
        self.genders.get(&Self::surname(name)).copied()
    }

    /// Whether a pronoun of gender `want` (None: any) may stand for `name`.
    fn may_be(&self, name: &str, want: Option<Gender>) -> bool {
        want.is_none() || self.gender(name).is_none_or(|g| Some(g) == want)
    }

    /// Resolve the speaker phrase to a display name; updates the "last speaker" memory.
    fn resolve(&mut self, phrase: &str) -> String {
        // possessive pronouns of nominal frames ("his claim that") resolve like subjects
        let lw = match phrase.to_lowercase().as_str() {
            "his" => "he".to_string(),
            "her" => "she".to_string(),
            "their" => "they".to_string(),
            other => other.to_string(),
        };
        if is_pronoun(&lw) {
            let r = match lw.as_str() {
                // the nearest person the pronoun may stand for: "he" is not the last speaker
                // when she is a woman ("Mrs Roe", "the actress", "she said" before)
                "he" | "she" | "i" => {
                    let want = Gender::of_pronoun(&lw);
                    let found = self
                        .persons
                        .iter()
                        .rev()
                        .find(|p| self.may_be(p, want))
                        .cloned()
                        .or_else(|| {
                            // no speaker yet: the last full name of a person the text gave
                            if !self.persons.is_empty() {
                                return None;
                            }
                            self.full_names
                                .iter()
                                .rev()
                                .find(|f| looks_like_a_person(f))
                                .filter(|f| self.may_be(f, want))
                                .cloned()
                        });
                    if let (Some(p), Some(g)) = (&found, want) {
                        self.learn(p, g);
                    }
                    found
                }
                _ => self.last_any.clone(),
            };
            return r.unwrap_or_else(|| phrase.to_string());
        }
        // "Marks & Spencer": a name joined by an ampersand is one name (the name extractor
        // leaves out a capital that opens the sentence)
        if phrase.contains(" & ")
            && phrase
                .split_whitespace()
                .all(|w| w == "&" || w.starts_with(char::is_uppercase))
        {
            self.last_any = Some(phrase.to_string());
            return phrase.to_string();
        }
        // names inside the phrase: the last one whose end is the phrase end is the head
        let names = extract_names(phrase, self.folding);
        let head = names
            .iter()
            .rev()
            .find(|n| phrase[n.end..].trim().is_empty())
            .cloned();
        let resolved = if let Some(n) = head {
            let mut full = n.text.clone();
            let ntoks = full.split_whitespace().count();
            if ntoks == 1 {
                let last = full.clone();
                if let Some(f) = self.full_names.iter().rev().find(|f| {
                    f.split_whitespace().last() == Some(last.as_str()) && f.as_str() != last
                }) {
                    full = f.clone();
                }
            }
            // "Ms Furse said", "the actress Cate Roe told"
            if let Some(g) = phrase[..n.start]
                .split_whitespace()
                .rev()
                .find_map(Gender::of_word)
            {
                self.learn(&full, g);
            }
            self.persons.retain(|p| *p != full);
            self.persons.push(full.clone());
            full
        } else {
            phrase.to_string()
        };
        self.last_any = Some(resolved.clone());
        resolved
    }
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
    let (i, f) = frames
        .iter()
        .enumerate()
        .rev()
        .find(|(_, f)| f.sent == prev && f.kind == CueKind::Speech)?;
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
    let small = |w: &str| {
        matches!(
            w,
            "the" | "of" | "a" | "an" | "and" | "in" | "on" | "to" | "for" | "at" | "with" | "is"
        )
    };
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
    pw.ends_with("'s") || pw.ends_with("’s") || TITLE_CONTEXT.contains(&pw.as_str())
}

fn analyze(text: &str) -> (Vec<Quote>, Vec<Quote>) {
    let pars = lines(text);
    let sranges = split_sentences(text);
    let mut sents: Vec<Sent> = Vec::with_capacity(sranges.len());
    let mut pi = 0;
    for r in sranges {
        while pi + 1 < pars.len() && pars[pi].end < r.start {
            pi += 1;
        }
        // a dateline ("WASHINGTON --", "NEW YORK (AP) —") is no part of the sentence: the
        // subject opens after its dash
        let r = DATELINE
            .find(&text[r.clone()])
            .map_or(r.clone(), |m| r.start + m.end()..r.end);
        sents.push(Sent {
            toks: tokenize(text, r.clone()),
            range: r,
            par: pi,
        });
    }
    let mut qs: Vec<QSpan> = Vec::new();
    for p in &pars {
        qs.extend(find_quote_spans(text, p.clone()));
    }
    let mut frames = find_frames(text, &sents, &qs);
    drop_reported_stances(&mut frames);

    // resolve speakers in document order
    let mut res = Resolver {
        folding: NameFolding::standard(),
        full_names: Vec::new(),
        persons: Vec::new(),
        last_any: None,
        genders: HashMap::new(),
    };
    let mut fi = 0;
    for (si, s) in sents.iter().enumerate() {
        while fi < frames.len() && frames[fi].sent == si {
            if let Some(sp) = frames[fi].speaker.clone() {
                // a stance cue does not change whom a later "he said" points to
                let memory = (frames[fi].kind == CueKind::Stance)
                    .then(|| (res.persons.clone(), res.last_any.clone()));
                frames[fi].speaker = Some(res.resolve(&sp));
                if let Some((persons, any)) = memory {
                    (res.persons, res.last_any) = (persons, any);
                }
            }
            fi += 1;
        }
        // a line of its own without final punctuation (a headline, `SentenceRole::Heading`):
        // its first capital may be the headline's ("Troubled Marsh under SEC scrutiny")
        let sentence = &text[s.range.clone()];
        let own_line = sents.get(si + 1).is_none_or(|n| n.par != s.par)
            && (si == 0 || sents[si - 1].par != s.par);
        let headline_line = own_line && !ends_like_a_sentence(sentence);
        res.observe_sentence(sentence, headline_line);
    }

    // assign frames to quotes
    let mut used = vec![false; frames.len()];
    // the quoted spans that took each frame
    let mut used_by: Vec<Vec<Range<usize>>> = vec![Vec::new(); frames.len()];
    let mut quotes = Vec::new();
    // frame and start of the previous quote
    let mut last_frame: Option<(usize, usize)> = None;
    for (qi, q) in qs.iter().enumerate() {
        if is_title(text, q) {
            // the name of a show, book or film: a quotation of nobody
            quotes.push(Quote {
                start: q.start,
                end: q.end,
                content_start: q.cs,
                content_end: q.ce,
                text: text[q.cs..q.ce].to_string(),
                speaker: None,
                speaker_start: None,
                speaker_end: None,
                cue: None,
                continues: None,
                cue_kind: CueKind::Speech,
            });
            last_frame = None;
            continue;
        }
        let own: Vec<usize> = sents
            .iter()
            .enumerate()
            .filter(|(_, s)| s.range.start < q.end && s.range.end > q.start)
            .map(|(i, _)| i)
            .collect();
        let dist = |f: &Frame| -> usize {
            if f.cue.start >= q.end {
                f.cue.start - q.end
            } else {
                q.start.saturating_sub(f.cue.end)
            }
        };
        let own_frames: Vec<usize> = frames
            .iter()
            .enumerate()
            .filter(|(_, f)| {
                f.kind == CueKind::Speech
                    && own.contains(&f.sent)
                    && !(f.cue.start >= q.start && f.cue.end <= q.end)
            })
            .map(|(i, _)| i)
            .collect();
        // a quotation in an earlier clause is not the speech of "X said ..." that follows it
        // (`a “supermax” prison, and an official said talks were held`); `“...,” X said` is
        let mut best: Option<usize> = own_frames
            .iter()
            .copied()
            .filter(|&i| !earlier_clause(text, q, &frames[i]))
            .min_by_key(|&i| dist(&frames[i]));
        if best.is_none()
            && own_frames.is_empty()
            && quotation_sentences(text, &sents, &own, &qs, q)
            && let (Some(&first), Some(&last)) = (own.first(), own.last())
        {
            let par = sents[first].par;
            let prev = first.checked_sub(1).filter(|&p| sents[p].par == par);
            // After a quotation sentence with no cue (`"... the entertainment side. "This year
            // ..." The market ..., according to Jupiter Research.`), the quotation continues
            // that one, whose speaker is unknown; the next sentence's cue reports its own clause.
            let after_uncued_quotation = prev.is_some_and(|p| {
                !frames
                    .iter()
                    .any(|f| f.sent == p && f.kind == CueKind::Speech)
                    && qs[..qi].last().is_some_and(|o| {
                        o.end > sents[p].range.start
                            && o.start < sents[p].range.end
                            && quotation_sentences(text, &sents, &[p], &qs, o)
                    })
            });
            let next = Some(last + 1)
                .filter(|&n| n < sents.len() && sents[n].par == par && !after_uncued_quotation);
            for cand in [prev, next].into_iter().flatten() {
                if let Some((i, _)) = frames
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| f.sent == cand && f.kind == CueKind::Speech)
                    .min_by_key(|(_, f)| dist(f))
                {
                    best = Some(i);
                    break;
                }
            }
        }
        // `Roe said:` ending a paragraph introduces the quotation that opens the next one
        if best.is_none()
            && own_frames.is_empty()
            && let Some(&first) = own.first()
        {
            best = colon_intro_frame(text, &sents, &frames, first, q);
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
        quotes.push(Quote {
            start: q.start,
            end: q.end,
            content_start: q.cs,
            content_end: q.ce,
            text: text[q.cs..q.ce].to_string(),
            speaker: f.and_then(|f| f.speaker.clone()),
            speaker_start: f.and_then(|f| f.speaker_span.as_ref().map(|r| r.start)),
            speaker_end: f.and_then(|f| f.speaker_span.as_ref().map(|r| r.end)),
            cue: f.map(|f| f.cue_text.clone()),
            continues,
            cue_kind: CueKind::Speech,
        });
    }
    let attrs = frames
        .iter()
        .zip(used)
        .zip(&used_by)
        .filter(|((f, u), by)| !u || reports_own_clause(text, &sents[f.sent].range, f, by))
        .map(|((f, _), _)| {
            let c = f.content.clone().unwrap_or(f.cue.end..f.cue.end);
            Quote {
                start: c.start,
                end: c.end,
                content_start: c.start,
                content_end: c.end,
                text: text[c].to_string(),
                speaker: f.speaker.clone(),
                speaker_start: f.speaker_span.as_ref().map(|r| r.start),
                speaker_end: f.speaker_span.as_ref().map(|r| r.end),
                cue: Some(f.cue_text.clone()),
                continues: None,
                cue_kind: f.kind,
            }
        })
        .collect();
    (quotes, attrs)
}

/// The quote `q` stands as a quotation of its own in its sentences `own`, so it may take the
/// cue of the sentence before or after it (`“We will win.” Roe said so on Monday`): the words of
/// those sentences outside quotation marks are fewer than the words inside `q`. A phrase quoted
/// in the narrator's sentence (`aid for the “war on smuggling”.`) is a scare quote or a title,
/// and the cue of the next sentence reports that sentence's own clause.
fn quotation_sentences(text: &str, sents: &[Sent], own: &[usize], qs: &[QSpan], q: &QSpan) -> bool {
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
            for o in qs.iter().filter(|o| o.end > r.start && o.start < r.end) {
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
    let naming = matches!(
        f.cue_text.to_lowercase().as_str(),
        "called" | "calls" | "call" | "calling" | "dubbed" | "labelled" | "labeled" | "branded"
    );
    let fragment_inside = !naming
        && !quoted.is_empty()
        && quoted.iter().all(|q| q.start > c.start && q.end <= c.end)
        && quoted
            .iter()
            .all(|q| text[c.start..q.start].chars().any(char::is_alphanumeric))
        && words_outside(c) >= 4;
    own_clause || fragment_inside
}
