//! The Markdown report: a fact-check report to paste into a ticket or CMS. A summary table
//! by category and severity, then each finding with every outlet's sentence quoted and the
//! differing words in bold. Article text is escaped so that it shows as written.

use std::fmt::Write;

use super::{Report, changed_words, styled_segments, summary_line};
use crate::findings::gate::DocumentRole;
use crate::findings::{Category, Finding, Severity};

/// The `check` report.
pub fn check_report(report: &Report) -> String {
    let findings = report.findings();
    let mut out = String::from("# factdiff report\n\n");
    let _ = writeln!(out, "{}.\n", summary_line(report));

    out.push_str("## Articles\n\n| | article | outlet | published |\n|---|---|---|---|\n");
    for (i, doc) in report.documents.iter().enumerate() {
        let a = &doc.article;
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | {} |",
            match report.role(i) {
                Some(DocumentRole::Draft) => "**draft**",
                Some(DocumentRole::Source) => "source",
                None => "",
            },
            code(&a.path.display().to_string()).replace('|', "\\|"),
            a.outlet.as_deref().map_or("unknown".to_string(), escape),
            a.published.map_or("unknown".to_string(), |d| d.to_string()),
        );
    }
    out.push('\n');

    out.push_str("## Summary\n\n");
    summary_table(&mut out, findings);

    out.push_str("## Findings\n\n");
    if findings.is_empty() {
        out.push_str("No disagreements found.\n\n");
    }
    for (n, finding) in findings.iter().enumerate() {
        write_finding(&mut out, report, finding, &format!("{}", n + 1));
    }

    if report.is_gate() {
        out.push_str("## Context: sources disagreeing among themselves\n\n");
        out.push_str("These do not concern the draft and do not fail the gate.\n\n");
        if report.context.is_empty() {
            out.push_str("None.\n\n");
        }
        for (n, finding) in report.context.iter().enumerate() {
            write_finding(&mut out, report, finding, &format!("C{}", n + 1));
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// Rows: categories that have findings; columns: severities, then the total.
fn summary_table(out: &mut String, findings: &[Finding]) {
    const SEVERITIES: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];
    out.push_str("| category | error | warning | info | total |\n|---|---:|---:|---:|---:|\n");
    let count = |c: Option<Category>, s: Option<Severity>| {
        findings
            .iter()
            .filter(|f| c.is_none_or(|c| f.category == c) && s.is_none_or(|s| f.severity == s))
            .count()
    };
    for category in Category::ALL {
        if count(Some(category), None) == 0 {
            continue;
        }
        let _ = write!(out, "| {} |", category.as_str());
        for s in SEVERITIES {
            let _ = write!(out, " {} |", count(Some(category), Some(s)));
        }
        let _ = writeln!(out, " {} |", count(Some(category), None));
    }
    let _ = write!(out, "| **total** |");
    for s in SEVERITIES {
        let _ = write!(out, " **{}** |", count(None, Some(s)));
    }
    let _ = writeln!(out, " **{}** |\n", findings.len());
}

fn write_finding(out: &mut String, report: &Report, finding: &Finding, number: &str) {
    let _ = writeln!(
        out,
        "### {number}. {} `{}`: {}\n",
        finding.severity.as_str(),
        finding.check,
        escape(&finding.message)
    );
    for (i, ev) in finding.evidence.iter().enumerate() {
        let doc = &report.documents[ev.document_index];
        let _ = writeln!(
            out,
            "**{}**{} · `{}:{}:{}`\n",
            escape(doc.article.label()),
            match report.role(ev.document_index) {
                Some(DocumentRole::Draft) => " (draft)",
                Some(DocumentRole::Source) => " (source)",
                None => "",
            },
            code(&doc.article.path.display().to_string()),
            ev.line,
            ev.column,
        );
        let changed = changed_words(finding, i);
        let _ = writeln!(
            out,
            "> {}\n",
            marked(&ev.sentence_text, &changed, ev.in_sentence.clone())
        );
    }
    let _ = writeln!(out, "- **Confidence:** {}", finding.confidence_label());
    if let Some(check) = report.check(&finding.check) {
        let _ = writeln!(out, "- **Why it matters:** {}", check.doc.why_it_matters);
    }
    if let Some(s) = &finding.suggestion {
        let _ = writeln!(out, "- **Suggestion:** {}", escape_inline(s));
    }
    out.push('\n');
}

/// The sentence, escaped: the disagreeing words (the evidence) in bold, other words that
/// differ from the other outlets' sentence in italics.
fn marked(
    sentence: &str,
    changed: &[std::ops::Range<usize>],
    evidence: std::ops::Range<usize>,
) -> String {
    // Runs of equal emphasis: 0 plain, 1 italic (differs), 2 bold (evidence).
    let mut runs: Vec<(u8, String)> = Vec::new();
    for (segment, is_changed, is_evidence) in styled_segments(sentence, changed, Some(evidence)) {
        let level = if is_evidence { 2 } else { u8::from(is_changed) };
        match runs.last_mut() {
            Some((l, text)) if *l == level => text.push_str(segment),
            _ => runs.push((level, segment.to_string())),
        }
    }
    // "***" between an italic and a bold run that touch without a space is ambiguous:
    // there the bold absorbs the italic run.
    for i in 0..runs.len() {
        if runs[i].0 != 1 {
            continue;
        }
        let bold_before =
            i > 0 && runs[i - 1].0 == 2 && !runs[i].1.starts_with(char::is_whitespace);
        let bold_after =
            runs.get(i + 1).is_some_and(|r| r.0 == 2) && !runs[i].1.ends_with(char::is_whitespace);
        if bold_before || bold_after {
            runs[i].0 = 2;
        }
    }
    let mut merged: Vec<(u8, String)> = Vec::new();
    for (level, text) in runs {
        match merged.last_mut() {
            Some((l, t)) if *l == level => t.push_str(&text),
            _ => merged.push((level, text)),
        }
    }
    let mut out = String::new();
    for (i, (level, run)) in merged.iter().enumerate() {
        // Only the start of the line can turn into a list item.
        let escaped = |t: &str| if i == 0 { escape(t) } else { escape_inline(t) };
        let trimmed = run.trim();
        if *level == 0 || trimmed.is_empty() {
            out.push_str(&escaped(run));
            continue;
        }
        // Emphasis must not start or end with a space, or Markdown ignores it.
        let lead = &run[..run.len() - run.trim_start().len()];
        let trail = &run[run.trim_end().len()..];
        let marker = if *level == 2 { "**" } else { "*" };
        let _ = write!(
            out,
            "{lead}{marker}{}{marker}{trail}",
            escape_inline(trimmed)
        );
    }
    out
}

/// Escapes text so that Markdown shows it as written (also inside table cells): inline
/// markup, HTML and line-leading block markers. Newlines become spaces.
fn escape(text: &str) -> String {
    let mut out = escape_inline(text);
    // A line starting with "- ", "+ " or "1. " would become a list item.
    let digits = out.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &out[digits..];
    if digits == 0 && (rest.starts_with("- ") || rest.starts_with("+ ") || rest.starts_with('=')) {
        out.insert(0, '\\');
    } else if digits > 0
        && (rest.starts_with(". ") || rest.starts_with(") ") || rest == "." || rest == ")")
    {
        out.insert(digits, '\\');
    }
    out
}

/// Escapes inline markup and HTML; newlines become spaces.
fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c if super::acts_instead_of_showing(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Text inside a code span: backticks cannot be escaped there, so they are replaced.
/// Line breaks and other controls would end the span (or the table row) and let the rest
/// of a file name through as Markdown or HTML: they are replaced too.
fn code(text: &str) -> String {
    super::printable(text).replace('`', "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_keeps_text_literal() {
        assert_eq!(
            escape("<script>a|b</script>"),
            "\\<script\\>a\\|b\\</script\\>"
        );
        assert_eq!(escape("1. first"), "1\\. first");
        assert_eq!(escape("- item"), "\\- item");
        assert_eq!(escape("2.5 million"), "2.5 million");
    }

    #[test]
    fn marked_emphasis_has_no_inner_spaces() {
        let s = "the five-year conflict ended";
        assert_eq!(
            marked(s, std::slice::from_ref(&(4..13)), 4..8),
            "the **five-year** conflict ended"
        );
        assert_eq!(
            marked(s, std::slice::from_ref(&(4..22)), 14..22),
            "the *five-year* **conflict** ended"
        );
    }
}
