//! Figures of a draft compared with the sources' figures of the same thing wherever the
//! sources state them (a gate run, `check DRAFT --against SOURCES`), not only in the source
//! sentences the draft sentence aligned with.
//!
//! A summary packs the facts of four or five source sentences into one; the aligner links it
//! with one or two, and a figure from a third is never compared. Here a draft figure that no
//! source states (its value under any unit) is anchored to what it counts or measures (its
//! unit: "visitors", "tonnes", "percent"), and each source sentence that states a figure of
//! that unit and whose words the draft sentence carries (`shared::facts::carried`) is compared with the
//! draft sentence as an aligned pair would be, with every guard of the check. The source
//! figure must be next to a word the draft figure is next to too, besides the unit; or the
//! sources give one value only of that unit (not a percentage), and then a finding is a
//! warning at most: the unit alone is a weaker anchor.

use std::collections::{BTreeMap, BTreeSet};

use super::agreement::{Units, agree_in};
use super::{Comparison, Reported};
use crate::align::terms::stem;
use crate::align::{AlignedPair, SentenceRef};
use crate::checks::shared::anchors::{
    FRAMING_ANCHORS, anchor_words_after_at, anchor_words_at, shared_anchor_count,
};
use crate::checks::shared::facts::{self, carried, content_stems};
use crate::extract::Figure;
use crate::extract::number::is_time_of_day;
use crate::findings::gate::DocumentRole;
use crate::findings::{Finding, Severity};

/// Whether a figure anchors to something a source can state too: a counted noun or a
/// measure, not a number in a name, a time of day or an ordinal.
fn anchored(f: &Figure) -> bool {
    !f.ordinal
        && !f.in_name()
        && f.unit
            .as_deref()
            .is_some_and(|u| !is_time_of_day(u) && !u.is_empty())
}

/// Whether a figure is a share (a percentage), which measures whatever it is a share of.
fn is_share(f: &Figure) -> bool {
    f.unit.as_deref().is_some_and(|u| u.starts_with("percent"))
}

impl Comparison<'_> {
    /// Compares each anchored figure of the draft that no finding reports yet and no source
    /// states with the source sentences that state a figure of its unit and whose words the
    /// draft sentence carries.
    pub(super) fn compare_draft_figures(&self, reported: &mut Reported, out: &mut Vec<Finding>) {
        let ctx = self.ctx;
        // Every source figure, with its sentence and the content words next to it.
        let sources: Vec<(SentenceRef, &Figure, Vec<String>)> = ctx
            .sentences_of(DocumentRole::Source)
            .flat_map(|r| {
                facts::figures(ctx.docs[r.document].facts(r.sentence))
                    .map(move |f| (r, f, anchor_words_at(ctx.docs, r, (f.start, f.end))))
            })
            .collect();
        // Each source sentence's content words, once.
        let source_stems: BTreeMap<SentenceRef, BTreeSet<String>> = sources
            .iter()
            .map(|&(r, _, _)| r)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .map(|r| (r, content_stems(ctx.docs, r)))
            .collect();
        // The values the sources give of each unit. A thing counted or measured that the
        // sources give one value of is an anchor by itself: "18 million visitors" in a summary
        // can only be the source's "6 million visitors". A share is not: a percentage is a
        // share of anything.
        let mut values_by_unit: BTreeMap<&str, BTreeSet<u64>> = BTreeMap::new();
        for (_, g, _) in sources.iter().filter(|(_, g, _)| anchored(g)) {
            if let Some(unit) = g.unit.as_deref() {
                values_by_unit
                    .entry(unit)
                    .or_default()
                    .insert(g.value.to_bits());
            }
        }
        for draft in ctx.sentences_of(DocumentRole::Draft) {
            let (d, s) = (draft.document, draft.sentence);
            let draft_stems = content_stems(ctx.docs, draft);
            for f in facts::figures(ctx.docs[d].facts(s)).filter(|f| anchored(f)) {
                let seen = |&((da, fa), (db, fb)): &((usize, usize), (usize, usize))| {
                    (da, fa) == (d, f.start) || (db, fb) == (d, f.start)
                };
                if reported.iter().any(seen) {
                    continue;
                }
                // A value any source states, under any noun, is not a figure the draft made
                // up: it may count the same thing in other words.
                if sources
                    .iter()
                    .any(|(_, g, _)| agree_in(f, g, self.rel, self.abs, Units::SetAside))
                {
                    continue;
                }
                let anchors = anchor_words_at(ctx.docs, draft, (f.start, f.end));
                let unit_stem = f.unit.as_deref().map(|u| stem(&u.to_lowercase()));
                // The source figure is next to a word the draft figure is next to, besides the
                // unit: what it measures ("hold ... barrels" is not "release ... barrels").
                let same_anchor = |theirs: &[String]| {
                    theirs
                        .iter()
                        .any(|w| anchors.contains(w) && Some(w) != unit_stem.as_ref())
                };
                let after = anchor_words_after_at(ctx.docs, draft, (f.start, f.end));
                let unit_alone = f
                    .unit
                    .as_deref()
                    .is_some_and(|u| values_by_unit.get(u).is_some_and(|v| v.len() == 1))
                    && !is_share(f);
                // Each candidate source sentence, with whether a word next to its figure
                // anchors it (rather than the unit alone), and whether the figure is framed by
                // the same words (`FRAMING_ANCHORS` of them besides the unit, one of them after
                // both figures: "a 15 meter high rotating pig" and "a 22-meter high rotating
                // pig", "released on $20,000 bail" and "released on $30,000 bail").
                let mut by_sentence: BTreeMap<SentenceRef, (bool, bool)> = BTreeMap::new();
                for (r, g, theirs) in &sources {
                    if !anchored(g) || g.unit != f.unit {
                        continue;
                    }
                    let by_word = same_anchor(theirs);
                    // Framed: the words shared include one after both figures, where what
                    // they count or measure is named.
                    let framed = shared_anchor_count(&anchors, theirs, unit_stem.as_deref())
                        >= FRAMING_ANCHORS
                        && anchor_words_after_at(ctx.docs, *r, (g.start, g.end))
                            .iter()
                            .any(|w| after.contains(w) && Some(w) != unit_stem.as_ref());
                    if by_word || unit_alone {
                        let entry = by_sentence.entry(*r).or_default();
                        entry.0 |= by_word;
                        entry.1 |= framed;
                    }
                }
                // The source sentence the draft sentence carries; or, when the same words frame
                // both figures, any: a summary that keeps a figure's own words may drop the
                // rest of its sentence.
                let mut candidates: Vec<(f64, SentenceRef, bool)> = by_sentence
                    .into_iter()
                    .filter_map(|(r, (by_word, framed))| {
                        match carried(&source_stems[&r], &draft_stems) {
                            Some(share) => Some((share, r, by_word)),
                            None => framed.then_some((0.0, r, by_word)),
                        }
                    })
                    .collect();
                // Sentences anchored by a word first, then those the draft sentence carries
                // most of.
                candidates
                    .sort_by(|x, y| y.2.cmp(&x.2).then(y.0.total_cmp(&x.0)).then(x.1.cmp(&y.1)));
                for (_, source, by_word) in candidates {
                    let (a, b) = if d < source.document {
                        (draft, source)
                    } else {
                        (source, draft)
                    };
                    let pair = AlignedPair { a, b, score: 0.0 };
                    let mut scratch = reported.clone();
                    let mut found = Vec::new();
                    self.compare_pair(&pair, &mut scratch, &mut found);
                    let about_f = found.into_iter().find(|x| {
                        x.evidence
                            .iter()
                            .any(|e| e.document_index == d && e.sentence == s && e.text == f.text)
                    });
                    // Anchored by its unit alone, the comparison is weaker evidence: a warning
                    // at most ("eight states" legalised one thing, "29 states" another).
                    let about_f = about_f.map(|mut x| {
                        if !by_word {
                            x.severity = x.severity.min(Severity::Warning);
                        }
                        x
                    });
                    if let Some(finding) = about_f {
                        *reported = scratch;
                        out.push(finding);
                        break;
                    }
                }
            }
        }
    }
}
