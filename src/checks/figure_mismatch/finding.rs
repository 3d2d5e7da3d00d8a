//! A figure-mismatch finding: its message (each figure as written, with its value), and its
//! severity (an updated running total takes `update_severity`, two readings of something
//! that moves, tied to no one moment, `moving_severity`; figures of two different names,
//! `holders_severity`).

use super::FigureMismatch;
use super::moving::untied_moving_readings;
use super::options::FigureOptions;
use super::running_totals::running_total_update;
use crate::checks::Check;
use crate::checks::shared::holders::{Holders, two_subjects_note};
use crate::config::Severity;
use crate::extract::{Document, Figure};
use crate::findings::{Evidence, Finding};

impl FigureMismatch {
    /// The finding for figure `a` against figure `b` (each with its document, document
    /// index and sentence), `what` disagreeing.
    pub(super) fn finding(
        &self,
        options: &FigureOptions,
        holders: &Holders,
        a: (&Document, usize, usize, &Figure),
        b: (&Document, usize, usize, &Figure),
        what: &str,
    ) -> Finding {
        // "(USD)", "(year)": nothing for figures without a unit.
        let unit = a.3.unit.as_deref().or(b.3.unit.as_deref());
        let message = match unit {
            Some(u) if crate::extract::number::is_name_number(u) => format!(
                "numbers in a name disagree: \"{}\" vs \"{}\"",
                a.3.text, b.3.text
            ),
            Some(u) => format!("{what}: {} vs {} ({u})", describe(a.3), describe(b.3)),
            None => format!("{what}: {} vs {}", describe(a.3), describe(b.3)),
        };
        let mut severity = options.severity;
        let mut message = message;
        if let Some((later, earlier)) =
            running_total_update(options, (a.0, a.2, a.3), (b.0, b.2, b.3))
        {
            message.push_str(&format!(
                "; the higher count is in the article published later ({later}, the other {earlier}): perhaps an updated toll"
            ));
            severity = options.update_severity.unwrap_or(severity);
        } else if untied_moving_readings((a.0, a.2, a.3), (b.0, b.2, b.3)) {
            message.push_str(
                "; both measure something that moves (a change, a close, a place in a ranking) \
and the sentences share no date or other figure: perhaps two moments",
            );
            severity = severity.min(options.moving_severity.unwrap_or(Severity::Warning));
        }
        if let Some(names) = holders.different(
            (a.0, a.1, a.2, (a.3.start, a.3.end)),
            (b.0, b.1, b.2, (b.3.start, b.3.end)),
        ) {
            message.push_str(&two_subjects_note("figures", names));
            severity = severity.min(options.holders_severity.unwrap_or(Severity::Info));
        }
        Finding {
            confidence: crate::findings::UNRATED,
            check: self.id().into(),
            category: self.category(),
            severity,
            message,
            evidence: vec![
                Evidence::new(a.0, a.1, a.2, a.3.start, a.3.end),
                Evidence::new(b.0, b.1, b.2, b.3.start, b.3.end),
            ],
            suggestion: None,
        }
    }
}

fn describe(f: &Figure) -> String {
    if f.unit
        .as_deref()
        .is_some_and(crate::extract::number::is_time_of_day)
    {
        return format!("\"{}\"", f.text);
    }
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
    // Relative: 4.1 * 1e6 computed in binary is 4,099,999.9999999995, a whole number.
    if (v - v.round()).abs() < 1e-9 * v.abs().max(1.0) {
        // Every digit of the float, not an i64 (which saturates above 9.2e18).
        let digits = format!("{:.0}", v.round().abs());
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        if v < 0.0 && digits != "0" {
            out.insert(0, '-');
        }
        out
    } else {
        format!("{:.2}", v)
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string()
    }
}
