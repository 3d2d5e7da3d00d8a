//! The terminal report: each finding with the outlets' sentences side by side, the
//! differing words highlighted, file:line:column, and a one-line explanation.

use std::fmt::Write;

use colored::{ColoredString, Colorize};

use super::{styled_segments, word_diff};
use crate::Analysis;
use crate::checks::registry;
use crate::findings::{Finding, Severity, SeverityCounts};
use crate::segment::SentenceRole;

fn severity_label(s: Severity) -> ColoredString {
    match s {
        Severity::Error => "error".red().bold(),
        Severity::Warning => "warning".yellow().bold(),
        Severity::Info => "info".cyan().bold(),
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The `check` report.
pub fn check_report(analysis: &Analysis) -> String {
    let mut out = String::new();
    for finding in &analysis.findings {
        write_finding(&mut out, analysis, finding);
        out.push('\n');
    }
    let counts = SeverityCounts::of(&analysis.findings);
    let sentences: usize = analysis.documents.iter().map(|d| d.sentences.len()).sum();
    let _ = writeln!(
        out,
        "{} {}, {}, {}; {}, {}, {} info",
        "summary:".bold(),
        plural(analysis.documents.len(), "document"),
        plural(sentences, "sentence"),
        plural(analysis.alignment.pairs.len(), "aligned pair"),
        plural(counts.error, "error"),
        plural(counts.warning, "warning"),
        counts.info,
    );
    out
}

fn write_finding(out: &mut String, analysis: &Analysis, finding: &Finding) {
    let _ = writeln!(
        out,
        "{}{}: {}",
        severity_label(finding.severity),
        format!("[{}]", finding.check).bold(),
        finding.message.bold()
    );
    let first_sentence = finding.evidence.first().map(|e| e.sentence_text.as_str());
    for (i, ev) in finding.evidence.iter().enumerate() {
        let doc = &analysis.documents[ev.document_index];
        let _ = writeln!(
            out,
            "  {} {}:{}:{}{}",
            "-->".blue(),
            doc.article.path.display(),
            ev.line,
            ev.column,
            doc.article
                .outlet
                .as_deref()
                .map(|o| format!(" ({o})").dimmed().to_string())
                .unwrap_or_default()
        );
        // Differences against the first sentence (the first against the second).
        let changed = match (first_sentence, finding.evidence.len()) {
            (_, 1) | (None, _) => Vec::new(),
            (Some(first), _) if i == 0 => word_diff(first, &finding.evidence[1].sentence_text).0,
            (Some(first), _) => word_diff(first, &ev.sentence_text).1,
        };
        let rel =
            ev.start.saturating_sub(ev.sentence_start)..ev.end.saturating_sub(ev.sentence_start);
        let mut line = String::new();
        for (segment, is_changed, is_evidence) in
            styled_segments(&ev.sentence_text, &changed, Some(rel))
        {
            let styled = match (is_evidence, is_changed, i) {
                (true, _, _) => segment.bold().underline().yellow(),
                (false, true, 0) => segment.red(),
                (false, true, _) => segment.green(),
                _ => segment.normal(),
            };
            let _ = write!(line, "{styled}");
        }
        let _ = writeln!(out, "   {} {}", "|".blue(), line);
    }
    if let Some(check) = registry::get(&finding.check) {
        let _ = writeln!(out, "   {} why: {}", "=".blue(), check.doc().why_it_matters);
    }
    if let Some(s) = &finding.suggestion {
        let _ = writeln!(out, "   {} suggestion: {}", "=".blue(), s);
    }
}

/// The `align` report: aligned pairs with word-level differences.
pub fn align_report(analysis: &Analysis) -> String {
    let mut out = String::new();
    for pair in &analysis.alignment.pairs {
        let (da, db) = (
            &analysis.documents[pair.a.document],
            &analysis.documents[pair.b.document],
        );
        let (ta, tb) = (
            da.sentence_text(pair.a.sentence),
            db.sentence_text(pair.b.sentence),
        );
        let (ca, cb) = word_diff(ta, tb);
        let _ = writeln!(out, "{} {:.3}", "score".bold(), pair.score);
        for (doc, sentence, text, changed, sign) in [
            (da, pair.a.sentence, ta, &ca, "-"),
            (db, pair.b.sentence, tb, &cb, "+"),
        ] {
            let s = &doc.sentences[sentence];
            let mut line = String::new();
            for (segment, is_changed, _) in styled_segments(text, changed, None) {
                let styled = match (is_changed, sign) {
                    (true, "-") => segment.red(),
                    (true, _) => segment.green(),
                    _ => segment.normal(),
                };
                let _ = write!(line, "{styled}");
            }
            let _ = writeln!(
                out,
                "  {} {}:{} #{} {}",
                sign,
                doc.article.label(),
                s.line,
                sentence,
                line
            );
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "{} {}",
        "summary:".bold(),
        plural(analysis.alignment.pairs.len(), "aligned pair")
    );
    out
}

/// The `inspect` report: sentences and their facts.
pub fn inspect_report(analysis: &Analysis) -> String {
    let mut out = String::new();
    for doc in &analysis.documents {
        let a = &doc.article;
        let _ = writeln!(
            out,
            "{} {} (outlet: {}, published: {})",
            "document".bold(),
            a.path.display(),
            a.outlet.as_deref().unwrap_or("unknown"),
            a.published.map_or("unknown".to_string(), |d| d.to_string())
        );
        for (i, s) in doc.sentences.iter().enumerate() {
            let role = match s.role {
                SentenceRole::Prose => "".normal(),
                SentenceRole::Heading => " [heading]".dimmed(),
                SentenceRole::Boilerplate => " [boilerplate]".dimmed(),
            };
            let _ = writeln!(
                out,
                "  {:>3} {:>4}:{} {}",
                i,
                s.line,
                role,
                doc.sentence_text(i)
            );
            for fact in &s.facts {
                let json = serde_json::to_string(fact).unwrap_or_default();
                let _ = writeln!(out, "        {}", json.dimmed());
            }
        }
    }
    out
}
