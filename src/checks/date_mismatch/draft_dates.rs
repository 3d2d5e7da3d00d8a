//! Dates of a draft compared with the sources' dates wherever the sources state them (a gate
//! run, `check DRAFT --against SOURCES`), not only in the source sentences the draft sentence
//! aligned with.
//!
//! A draft date that no source date overlaps (a day, month or year, resolved; a day's slack
//! for "today" and "yesterday") is compared with each source sentence that states a date of
//! the same precision and whose words the draft sentence carries (`shared::facts::carried`), as an
//! aligned pair would be, with every guard of the check.
//!
//! A source's dateline (a heading that is one date and nothing else) dates the story its
//! headline tells: a draft date that no source date overlaps, in a draft sentence that
//! carries the headline's words, is compared with the dateline, and reported when it lies
//! more than [`DATELINE_WINDOW_DAYS`] from it ("A 2008 study" in an article dated 23
//! February 2006 whose headline the sentence retells).

use std::collections::{BTreeMap, BTreeSet};

use super::DateMismatch;
use super::disagreement::{Precision, date_kind, is_deictic, precision, year_span};
use super::occasions::left_alone;
use super::options::DateOptions;
use super::pairing::disagreeing_events;
use crate::align::SentenceRef;
use crate::checks::CheckContext;
use crate::checks::shared::anchors::{FRAMING_ANCHORS, anchor_words_at, shared_anchor_count};
use crate::checks::shared::facts::{carried, content_stems, dates};
use crate::extract::{DateMention, DateRange};
use crate::findings::Finding;
use crate::findings::gate::DocumentRole;
use crate::lexicon::PUBLICATION_CUES;
use crate::segment::SentenceRole;

/// How far from a source's dateline a draft date in a sentence that retells the headline may
/// lie: the story's own events happen in the weeks around it (a week-old arrest, a festival
/// running into next week); a month, a year or more away is another time.
pub const DATELINE_WINDOW_DAYS: i64 = 31;

/// A source's dateline: its sentence, its date, and the content words of the headline above
/// it (the headings before it).
type Dateline<'d> = (SentenceRef, &'d DateMention, DateRange, BTreeSet<String>);

/// The datelines of the sources: a heading whose only words are one resolved date, after a
/// heading with words (the headline).
fn datelines<'d>(ctx: &CheckContext<'d>) -> Vec<Dateline<'d>> {
    ctx.sentences_of(DocumentRole::Source)
        .filter_map(|at| {
            let doc = &ctx.docs[at.document];
            let heading = |i: usize| doc.sentences[i].role == SentenceRole::Heading;
            if !heading(at.sentence) {
                return None;
            }
            let [m] = dates(doc.facts(at.sentence)).collect::<Vec<_>>()[..] else {
                return None;
            };
            let range = m.resolved.filter(|_| !m.relative)?;
            let start = doc.sentences[at.sentence].start;
            let text = doc.sentence_text(at.sentence);
            let rest = [&text[..m.start - start], &text[m.end - start..]];
            if rest.iter().any(|r| r.chars().any(char::is_alphanumeric)) {
                return None;
            }
            let headline: BTreeSet<String> = (0..at.sentence)
                .rev()
                .take_while(|&i| heading(i))
                .flat_map(|sentence| {
                    let at = SentenceRef {
                        document: at.document,
                        sentence,
                    };
                    content_stems(ctx.docs, at)
                })
                .collect();
            (!headline.is_empty()).then_some((at, m, range, headline))
        })
        .collect()
}

/// Whether a source date (`source`) is at least as precise as a draft date (`draft`) of
/// day, month or year precision: a day or a month states a month, a year does not. A span
/// of several days, months or years (`Precision::Other`) counts as precise enough: it states
/// what lies in it.
fn no_coarser(source: DateRange, draft: DateRange) -> bool {
    let rank = |p: Precision| match p {
        Precision::Day => 0,
        Precision::Month => 1,
        Precision::Year => 2,
        Precision::Other => 0,
    };
    rank(precision(source)) <= rank(precision(draft))
}

/// Whether a date names a month, with or without its day ("March 11", "July 2014").
fn calendar_date(d: &DateMention) -> bool {
    matches!(date_kind(d), "day" | "month")
}

/// The year `y` as a range of days.
fn whole_year(y: i32) -> Option<DateRange> {
    Some(DateRange {
        from: chrono::NaiveDate::from_ymd_opt(y, 1, 1)?,
        to: chrono::NaiveDate::from_ymd_opt(y, 12, 31)?,
    })
}

/// Whether the date at byte `at` of `sentence` is the date of the article itself: one of
/// the three words before it is a publication cue ("a news article from", "a report dated").
fn dates_the_article(sentence: &str, at: usize) -> bool {
    let before = sentence.get(..at).unwrap_or("");
    before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(3)
        .any(|w| PUBLICATION_CUES.contains(w.to_lowercase().as_str()))
}

impl DateMismatch {
    /// Compares each resolved date of the draft that no finding reports yet and no source
    /// date overlaps with the source sentences that the draft sentence carries.
    pub(super) fn compare_draft_dates(
        &self,
        ctx: &CheckContext,
        options: &DateOptions,
        tolerance: chrono::Duration,
        out: &mut Vec<Finding>,
    ) {
        // Every resolved source date, with its sentence and the content words next to it.
        let sources: Vec<(SentenceRef, &DateMention, DateRange, Vec<String>)> = ctx
            .sentences_of(DocumentRole::Source)
            .flat_map(|at| {
                dates(ctx.docs[at.document].facts(at.sentence)).filter_map(move |m| {
                    let anchors = || anchor_words_at(ctx.docs, at, (m.start, m.end));
                    m.resolved.map(|range| (at, m, range, anchors()))
                })
            })
            .collect();
        // Each source sentence's content words, once.
        let source_stems: BTreeMap<SentenceRef, BTreeSet<String>> = sources
            .iter()
            .map(|&(at, ..)| at)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .map(|at| (at, content_stems(ctx.docs, at)))
            .collect();
        // Dates a finding already reports: (document, sentence, words).
        let reported: BTreeSet<(usize, usize, String)> = out
            .iter()
            .flat_map(|f| f.evidence.iter())
            .map(|e| (e.document_index, e.sentence, e.text.clone()))
            .collect();
        let datelines = datelines(ctx);
        let mut found = Vec::new();
        for draft in ctx.sentences_of(DocumentRole::Draft) {
            let (d, s) = (draft.document, draft.sentence);
            let doc = &ctx.docs[d];
            let draft_stems = content_stems(ctx.docs, draft);
            for m in dates(doc.facts(s)) {
                let Some(range) = m.resolved else { continue };
                let span = year_span(m);
                if m.since
                    || (precision(range) == Precision::Other && span.is_none())
                    || reported.contains(&(d, s, m.text.to_string()))
                {
                    continue;
                }
                let slack = |x: &DateMention| {
                    if is_deictic(&x.text) {
                        chrono::Duration::days(1)
                    } else {
                        chrono::Duration::zero()
                    }
                };
                // A source date states the draft date when the two overlap and the source's
                // is no coarser: "this year" or "in 2014" does not state "June 2007" or "July
                // 2014", a month the source never gives. A span ("from 2004 to 2009") states
                // what lies in it.
                // A period of years is stated by the same period only.
                let overlaps =
                    |(_, g, r, _): &(SentenceRef, &DateMention, DateRange, Vec<String>)| {
                        if span.is_some() {
                            return year_span(g) == span;
                        }
                        let slack = tolerance + slack(m) + slack(g);
                        let within =
                            |r: DateRange| range.from - slack <= r.to && r.from - slack <= range.to;
                        // A written period of years ("over 2000 - 2050") states its two
                        // years, not every date between them.
                        match year_span(g) {
                            Some((y0, y1)) => {
                                [y0, y1].into_iter().filter_map(whole_year).any(within)
                            }
                            None => within(*r) && no_coarser(*r, range),
                        }
                    };
                if sources.iter().any(overlaps) {
                    continue;
                }
                // A period of years with one end of the draft's and the other not ("from
                // 1998 to 2050" vs "over 2000 - 2050") is the draft's period misstated,
                // whatever the words around it.
                let one_end =
                    |(x0, x1): (i32, i32)| span.is_some_and(|(y0, y1)| (x0 == y0) != (x1 == y1));
                if let Some((at, g, ..)) = sources
                    .iter()
                    .find(|(_, g, ..)| year_span(g).is_some_and(one_end))
                {
                    found.push(self.finding_at(
                        options,
                        (doc, d, s, m),
                        (&ctx.docs[at.document], at.document, at.sentence, g),
                    ));
                    continue;
                }
                let anchors = anchor_words_at(ctx.docs, draft, (m.start, m.end));
                let same_anchor = |theirs: &[String]| theirs.iter().any(|w| anchors.contains(w));
                let mut candidates: Vec<(f64, SentenceRef)> = sources
                    .iter()
                    .filter(|(_, g, r, theirs)| {
                        let alike = match span {
                            Some(_) => year_span(g).is_some(),
                            None => precision(*r) == precision(range),
                        };
                        alike && same_anchor(theirs)
                    })
                    .map(|(at, g, _, theirs)| {
                        // Framed: both dates name a month (a weekday or "today" recurs with
                        // every event of a week: "a press conference Friday" and "a press
                        // conference Thursday" are two).
                        let framed = calendar_date(m)
                            && calendar_date(g)
                            && shared_anchor_count(&anchors, theirs, None) >= FRAMING_ANCHORS;
                        (*at, framed)
                    })
                    .fold(BTreeMap::new(), |mut by_sentence, (at, framed)| {
                        *by_sentence.entry(at).or_insert(false) |= framed;
                        by_sentence
                    })
                    .into_iter()
                    .filter_map(|(at, framed)| {
                        // The source sentence the draft sentence carries; or, when the same
                        // words frame both dates, any ("the festival runs through March 11").
                        match carried(&source_stems[&at], &draft_stems) {
                            Some(share) => Some((share, at)),
                            None => framed.then_some((0.0, at)),
                        }
                    })
                    .collect();
                candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
                let before = found.len();
                for (_, source) in candidates {
                    let other = &ctx.docs[source.document];
                    if left_alone(doc.sentence_text(s), other.sentence_text(source.sentence)) {
                        continue;
                    }
                    let disagreeing =
                        disagreeing_events((doc, s), (other, source.sentence), tolerance);
                    if let Some((a, b)) = disagreeing.into_iter().find(|(a, _)| a.start == m.start)
                    {
                        found.push(self.finding_at(
                            options,
                            (doc, d, s, a),
                            (other, source.document, source.sentence, b),
                        ));
                        break;
                    }
                }
                if found.len() > before || m.relative {
                    continue;
                }
                // The story's dateline, when the sentence retells its headline; or, day for
                // day, when the draft gives the date of the article itself ("a news article
                // from February 15, 2006").
                let of_the_article =
                    dates_the_article(doc.sentence_text(s), m.start - doc.sentences[s].start);
                let window = if of_the_article {
                    chrono::Duration::zero()
                } else {
                    chrono::Duration::days(DATELINE_WINDOW_DAYS)
                };
                let far = |r: &DateRange| range.to < r.from - window || r.to + window < range.from;
                if let Some((at, g, ..)) = datelines.iter().find(|(_, _, r, headline)| {
                    far(r) && (of_the_article || carried(headline, &draft_stems).is_some())
                }) {
                    found.push(self.finding_at(
                        options,
                        (doc, d, s, m),
                        (&ctx.docs[at.document], at.document, at.sentence, g),
                    ));
                }
            }
        }
        out.extend(found);
    }
}
