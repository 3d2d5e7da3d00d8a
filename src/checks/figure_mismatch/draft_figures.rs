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

use super::agreement::{Units, agree_in};
use super::{Comparison, Reported};
use crate::align::terms::stem;
use crate::align::{AlignedPair, SentenceRef};
use crate::checks::shared::anchors::anchor_words_at;
use crate::checks::shared::facts::{self, carried};
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
        let role = |d: usize| ctx.roles.get(d).copied();
        // Every source figure, with its sentence.
        let sources: Vec<(SentenceRef, &Figure)> = (0..ctx.docs.len())
            .filter(|&d| role(d) == Some(DocumentRole::Source))
            .flat_map(|d| {
                let doc = &ctx.docs[d];
                (0..doc.sentences.len()).flat_map(move |s| {
                    facts::figures(doc.facts(s)).map(move |f| {
                        (
                            SentenceRef {
                                document: d,
                                sentence: s,
                            },
                            f,
                        )
                    })
                })
            })
            .collect();
        for d in (0..ctx.docs.len()).filter(|&d| role(d) == Some(DocumentRole::Draft)) {
            let doc = &ctx.docs[d];
            for s in 0..doc.sentences.len() {
                let draft = SentenceRef {
                    document: d,
                    sentence: s,
                };
                for f in facts::figures(doc.facts(s)).filter(|f| anchored(f)) {
                    let seen = |&((da, fa), (db, fb)): &((usize, usize), (usize, usize))| {
                        (da, fa) == (d, f.start) || (db, fb) == (d, f.start)
                    };
                    if reported.iter().any(seen) {
                        continue;
                    }
                    // A value any source states, under any noun, is not a figure the draft
                    // made up: it may count the same thing in other words.
                    if sources
                        .iter()
                        .any(|(_, g)| agree_in(f, g, self.rel, self.abs, Units::SetAside))
                    {
                        continue;
                    }
                    let anchors = anchor_words_at(ctx.docs, draft, (f.start, f.end));
                    let unit_stem = f.unit.as_deref().map(|u| stem(&u.to_lowercase()));
                    // The source figure is next to a word the draft figure is next to, besides
                    // the unit: what it measures ("hold ... barrels" is not "release ...
                    // barrels").
                    let same_anchor = |r: SentenceRef, g: &Figure| {
                        anchor_words_at(ctx.docs, r, (g.start, g.end))
                            .iter()
                            .any(|w| anchors.contains(w) && Some(w) != unit_stem.as_ref())
                    };
                    let mut candidates: Vec<(f64, SentenceRef)> = sources
                        .iter()
                        .filter(|(_, g)| anchored(g) && g.unit == f.unit)
                        .filter(|&&(r, g)| same_anchor(r, g))
                        .map(|&(r, _)| r)
                        .collect::<std::collections::BTreeSet<_>>()
                        .into_iter()
                        .filter_map(|r| carried(ctx.docs, r, draft).map(|share| (share, r)))
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
                            x.evidence.iter().any(|e| {
                                e.document_index == d && e.sentence == s && e.text == f.text
                            })
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
}
