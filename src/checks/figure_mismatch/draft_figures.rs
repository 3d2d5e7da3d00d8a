//! Figures of a draft compared with the sources' figures of the same thing wherever the
//! sources state them (a gate run, `check DRAFT --against SOURCES`), not only in the source
//! sentences the draft sentence aligned with.
//!
//! A summary packs the facts of four or five source sentences into one; the aligner links it
//! with one or two, and a figure from a third is never compared. Here a draft figure that no
//! source states (its value under any unit) is anchored to what it counts or measures (its
//! unit: "visitors", "tonnes", "percent"), and each source sentence that states a figure of
//! that unit and whose words the draft sentence carries (`shared::facts::carried`) is compared with the
//! draft sentence as an aligned pair would be, with every guard of the check.

use std::collections::{BTreeMap, BTreeSet};

use super::agreement::{Units, agree_in};
use super::{Comparison, Reported};
use crate::align::terms::stem;
use crate::align::{AlignedPair, SentenceRef};
use crate::checks::shared::anchors::anchor_words_at;
use crate::checks::shared::facts::{self, carried, content_stems};
use crate::extract::Figure;
use crate::extract::number::is_time_of_day;
use crate::findings::Finding;
use crate::findings::gate::DocumentRole;

/// Whether a figure anchors to something a source can state too: a counted noun or a
/// measure, not a number in a name, a time of day or an ordinal.
fn anchored(f: &Figure) -> bool {
    !f.ordinal
        && !f.in_name()
        && f.unit
            .as_deref()
            .is_some_and(|u| !is_time_of_day(u) && !u.is_empty())
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
                let mut candidates: Vec<(f64, SentenceRef)> = sources
                    .iter()
                    .filter(|(_, g, theirs)| anchored(g) && g.unit == f.unit && same_anchor(theirs))
                    .map(|&(r, _, _)| r)
                    .collect::<BTreeSet<_>>()
                    .into_iter()
                    .filter_map(|r| {
                        carried(&source_stems[&r], &draft_stems).map(|share| (share, r))
                    })
                    .collect();
                // The sentences the draft sentence carries most of first.
                candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
                for (_, source) in candidates {
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
