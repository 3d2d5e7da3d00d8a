//! Hyphenated measures of a subject ("a nearly six-year war", "the five-year conflict")
//! compared across the whole cluster, not only in aligned sentences, when each outlet states
//! one consistent value for that subject.

use std::collections::BTreeMap;

use super::agreement::overlaps;
use super::durations::duration_in_days;
use super::neighbours::following_word;
use super::options::FigureOptions;
use super::pairs::figures;
use super::{FigureMismatch, Reported};
use crate::checks::CheckContext;
use crate::checks::shared::holders::Holders;
use crate::extract::Figure;
use crate::findings::Finding;
use crate::segment::SentenceRole;

/// A figure placed in its document: (document, sentence, figure).
type Placed<'a> = (usize, usize, &'a Figure);

impl FigureMismatch {
    /// Hyphenated measures of a subject ("a nearly six-year war", "the five-year conflict")
    /// compared across the whole cluster: outlets state them in sentences about different
    /// things, so alignment does not bring them together.
    pub(super) fn compare_measures(
        &self,
        ctx: &CheckContext,
        options: &FigureOptions,
        holders: &Holders,
        reported: &mut Reported,
        out: &mut Vec<Finding>,
    ) {
        let rel = options.relative_tolerance.unwrap_or(0.0);
        let abs = options.absolute_tolerance.unwrap_or(0.0);
        let subjects = SubjectClasses::new(options.subjects.as_deref().unwrap_or(&[]));
        let by_subject = measures_by_subject(ctx, &subjects);
        for placed in by_subject.values() {
            for (i, &(d1, s1, f1)) in placed.iter().enumerate() {
                for &(d2, s2, f2) in &placed[i + 1..] {
                    if !measured_differently(ctx, placed, (d1, s1, f1), (d2, s2, f2), rel, abs) {
                        continue;
                    }
                    let key = ((d1, f1.start), (d2, f2.start));
                    let reverse = ((d2, f2.start), (d1, f1.start));
                    if reported.contains(&reverse) || !reported.insert(key) {
                        continue;
                    }
                    let noun =
                        following_word(&ctx.docs[d1].article.text, f1.end).unwrap_or_default();
                    out.push(self.finding(
                        options,
                        holders,
                        (&ctx.docs[d1], d1, s1, f1),
                        (&ctx.docs[d2], d2, s2, f2),
                        &format!("the {noun} is measured differently"),
                    ));
                }
            }
        }
    }
}

/// The hyphenated durations of the cluster's prose ("six-year"), by (unit, class of the
/// subject noun after them), in document order.
fn measures_by_subject<'a>(
    ctx: &'a CheckContext,
    subjects: &SubjectClasses,
) -> BTreeMap<(String, String), Vec<Placed<'a>>> {
    let mut by_subject: BTreeMap<(String, String), Vec<Placed>> = BTreeMap::new();
    for (d, doc) in ctx.docs.iter().enumerate() {
        for (s, sentence) in doc.sentences.iter().enumerate() {
            if sentence.role != SentenceRole::Prose {
                continue;
            }
            for f in figures(doc.facts(s)) {
                let (Some(unit), true) = (&f.unit, f.text.contains('-')) else {
                    continue;
                };
                if duration_in_days(unit).is_none() || f.ordinal {
                    continue;
                }
                let Some(noun) = following_word(&doc.article.text, f.end) else {
                    continue;
                };
                by_subject
                    .entry((unit.to_string(), subjects.class_of(&noun)))
                    .or_default()
                    .push((d, s, f));
            }
        }
    }
    by_subject
}

/// Whether two measures of one subject (`first` before `second` among `placed`, the
/// subject's measures) state it differently: in different documents, not overlapping, each
/// outlet consistent with itself, and not each measuring something else by the other's
/// value.
fn measured_differently(
    ctx: &CheckContext,
    placed: &[Placed],
    (d1, s1, f1): Placed,
    (d2, s2, f2): Placed,
    rel: f64,
    abs: f64,
) -> bool {
    if d1 == d2 || overlaps(f1, f2, rel, abs) {
        return false;
    }
    // Each outlet must be consistent with itself, or the measure is of
    // different things.
    let consistent = |d: usize, f: &Figure| {
        placed
            .iter()
            .filter(|(od, ..)| *od == d)
            .all(|(.., other)| overlaps(f, other, rel, abs))
    };
    if !consistent(d1, f1) || !consistent(d2, f2) {
        return false;
    }
    // Each sentence measures something else by the other's value ("2 percent
    // on one-year renewals, 4 percent on two-year leases" vs "4 percent for
    // one-year leases and 7 percent for two-year renewals"): the same two
    // terms over other nouns, not one measure stated differently.
    let states = |d: usize, s: usize, value: &Figure| {
        figures(ctx.docs[d].facts(s))
            .into_iter()
            .any(|g| g.unit == value.unit && g.text.contains('-') && g.value == value.value)
    };
    !(states(d1, s1, f2) && states(d2, s2, f1))
}

/// Groups of nouns that name the same subject ("war", "conflict").
struct SubjectClasses {
    class: BTreeMap<String, String>,
}

impl SubjectClasses {
    fn new(groups: &[Vec<String>]) -> Self {
        let mut class = BTreeMap::new();
        for group in groups {
            if let Some(first) = group.first() {
                for noun in group {
                    class.insert(noun.to_lowercase(), first.to_lowercase());
                }
            }
        }
        SubjectClasses { class }
    }

    fn class_of(&self, noun: &str) -> String {
        let noun = noun.to_lowercase();
        self.class.get(&noun).cloned().unwrap_or(noun)
    }
}
