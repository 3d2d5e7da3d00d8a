//! A range written high end first ("between 42,000 and 15,000"): the comparisons read it low
//! to high, and it is also a finding of its own, in the one article, since one of its ends is
//! likely a slip whatever the other outlets say.

use super::FigureMismatch;
use super::finding::format_value;
use super::options::FigureOptions;
use crate::checks::shared::facts::figures;
use crate::checks::{Check, CheckContext};
use crate::findings::{Evidence, Finding, Severity};
use crate::segment::SentenceRole;

impl FigureMismatch {
    /// One finding for each range of a prose sentence written high end first, at warning at
    /// most: the article contradicts itself, but which end is wrong it cannot say.
    pub(super) fn reversed_ranges(
        &self,
        ctx: &CheckContext,
        options: &FigureOptions,
        out: &mut Vec<Finding>,
    ) {
        let severity = options.severity.min(Severity::Warning);
        for (d, doc) in ctx.docs.iter().enumerate() {
            for (s, sentence) in doc.sentences.iter().enumerate() {
                if sentence.role != SentenceRole::Prose {
                    continue;
                }
                for f in figures(doc.facts(s)).filter(|f| f.reversed) {
                    out.push(Finding {
                        confidence: crate::findings::UNRATED,
                        check: self.id().into(),
                        category: self.category(),
                        severity,
                        message: format!(
                            "range written high end first: \"{}\" runs from {} down to {}; one end may be a slip",
                            f.text,
                            format_value(f.high),
                            format_value(f.low)
                        ),
                        evidence: vec![Evidence::new(doc, d, s, f.start, f.end)],
                        suggestion: None,
                    });
                }
            }
        }
    }
}
