//! Dates of a draft compared with the sources' dates wherever the sources state them (a gate
//! run, `check DRAFT --against SOURCES`), not only in the source sentences the draft sentence
//! aligned with.
//!
//! A draft date that no source date overlaps (a day, month or year, resolved; a day's slack
//! for "today" and "yesterday") is compared with each source sentence that states a date of
//! the same precision and whose words the draft sentence carries (`shared::facts::carried`), as an
//! aligned pair would be, with every guard of the check.

use std::collections::{BTreeMap, BTreeSet};

use super::DateMismatch;
use super::disagreement::{Precision, is_deictic, precision};
use super::occasions::left_alone;
use super::options::DateOptions;
use super::pairing::disagreeing_events;
use crate::align::SentenceRef;
use crate::checks::CheckContext;
use crate::checks::shared::anchors::anchor_words_at;
use crate::checks::shared::facts::{carried, content_stems, dates};
use crate::extract::{DateMention, DateRange};
use crate::findings::Finding;
use crate::findings::gate::DocumentRole;

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
        let mut found = Vec::new();
        for draft in ctx.sentences_of(DocumentRole::Draft) {
            let (d, s) = (draft.document, draft.sentence);
            let doc = &ctx.docs[d];
            let draft_stems = content_stems(ctx.docs, draft);
            for m in dates(doc.facts(s)) {
                let Some(range) = m.resolved else { continue };
                if m.since
                    || precision(range) == Precision::Other
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
                let overlaps =
                    |(_, g, r, _): &(SentenceRef, &DateMention, DateRange, Vec<String>)| {
                        let slack = tolerance + slack(m) + slack(g);
                        range.from - slack <= r.to && r.from - slack <= range.to
                    };
                if sources.iter().any(overlaps) {
                    continue;
                }
                let anchors = anchor_words_at(ctx.docs, draft, (m.start, m.end));
                let same_anchor = |theirs: &[String]| theirs.iter().any(|w| anchors.contains(w));
                let mut candidates: Vec<(f64, SentenceRef)> = sources
                    .iter()
                    .filter(|(_, _, r, theirs)| {
                        precision(*r) == precision(range) && same_anchor(theirs)
                    })
                    .map(|&(at, ..)| at)
                    .collect::<BTreeSet<_>>()
                    .into_iter()
                    .filter_map(|at| {
                        carried(&source_stems[&at], &draft_stems).map(|share| (share, at))
                    })
                    .collect();
                candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
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
            }
        }
        out.extend(found);
    }
}
