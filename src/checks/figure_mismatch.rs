//! figure-mismatch: aligned sentences state the same kind of quantity with values that
//! cannot both be true.

use super::{Check, CheckContext, CheckDoc};
use crate::config::CheckSettings;
use crate::extract::{Fact, Figure};
use crate::findings::{Category, Evidence, Finding, Severity};

pub struct FigureMismatch;

static DOC: CheckDoc = CheckDoc {
    summary: "Aligned sentences give different figures for the same quantity.",
    what_it_flags: "Two sentences from different articles that report the same fact (they are aligned) \
and each state exactly one figure of the same unit or measure (years, people, dollars, percent...), \
when the intervals of those figures do not overlap once hedges are applied: \"nearly six\" covers \
5.4 to 6, \"over 400,000\" covers 400,000 to 600,000, \"hundreds of thousands\" covers 200,000 to 999,999.",
    why_it_matters: "A casualty count, an amount or a duration that differs between outlets means at \
least one of them is wrong or out of date; readers quote figures.",
    example: "\"the five-year conflict\" vs \"the nearly six-year war\": 5 years vs 5.4-6 years.",
    options: "severity; relative_tolerance (e.g. 0.05 lets 5 % through); absolute_tolerance.",
};

impl Check for FigureMismatch {
    fn id(&self) -> &'static str {
        "figure-mismatch"
    }
    fn category(&self) -> Category {
        Category::Figure
    }
    fn doc(&self) -> &'static CheckDoc {
        &DOC
    }
    fn default_severity(&self) -> Severity {
        Severity::Error
    }

    fn run(&self, ctx: &CheckContext, settings: &CheckSettings, out: &mut Vec<Finding>) {
        let rel = settings.relative_tolerance.unwrap_or(0.0);
        let abs = settings.absolute_tolerance.unwrap_or(0.0);
        for pair in &ctx.alignment.pairs {
            let (da, db) = (&ctx.docs[pair.a.document], &ctx.docs[pair.b.document]);
            let fa = figures(&da.sentences[pair.a.sentence].facts);
            let fb = figures(&db.sentences[pair.b.sentence].facts);
            for a in &fa {
                let Some(unit) = &a.unit else { continue };
                let same_a: Vec<_> = fa
                    .iter()
                    .filter(|f| f.unit.as_ref() == Some(unit))
                    .collect();
                let same_b: Vec<_> = fb
                    .iter()
                    .filter(|f| f.unit.as_ref() == Some(unit))
                    .collect();
                let ([_], [b]) = (same_a.as_slice(), same_b.as_slice()) else {
                    continue;
                };
                if a.ordinal != b.ordinal || overlaps(a, b, rel, abs) {
                    continue;
                }
                out.push(Finding {
                    check: self.id().into(),
                    category: self.category(),
                    severity: settings.severity,
                    message: format!(
                        "figures disagree: {} vs {} ({unit})",
                        describe(a),
                        describe(b)
                    ),
                    evidence: vec![
                        Evidence::new(da, pair.a.document, pair.a.sentence, a.start, a.end),
                        Evidence::new(db, pair.b.document, pair.b.sentence, b.start, b.end),
                    ],
                    suggestion: None,
                });
            }
        }
    }
}

fn figures(facts: &[Fact]) -> Vec<&Figure> {
    facts
        .iter()
        .filter_map(|f| match f {
            Fact::Number(n) => Some(n),
            #[allow(unreachable_patterns)]
            _ => None,
        })
        .collect()
}

fn overlaps(a: &Figure, b: &Figure, rel: f64, abs: f64) -> bool {
    let widen = |f: &Figure| {
        let slack = f.value.abs() * rel + abs;
        (f.low - slack, f.high + slack)
    };
    let (alo, ahi) = widen(a);
    let (blo, bhi) = widen(b);
    alo <= bhi && blo <= ahi
}

fn describe(f: &Figure) -> String {
    let value = format_value(f.value);
    if f.low == f.high {
        format!("\"{}\" ({value})", f.text)
    } else {
        format!(
            "\"{}\" ({}–{})",
            f.text,
            format_value(f.low),
            if f.high.is_finite() {
                format_value(f.high)
            } else {
                "…".into()
            }
        )
    }
}

/// A value as an editor writes it: no trailing ".0", thousands separated.
pub fn format_value(v: f64) -> String {
    if !v.is_finite() {
        return "∞".into();
    }
    if (v - v.round()).abs() < 1e-9 {
        let n = v.round() as i64;
        let digits = n.abs().to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        if n < 0 {
            out.insert(0, '-');
        }
        out
    } else {
        format!("{:.2}", v).trim_end_matches('0').to_string()
    }
}
