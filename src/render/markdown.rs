//! The Markdown report: a fact-check report to paste into a ticket or CMS. A summary table
//! by category and severity, then each finding with every outlet's sentence quoted and the
//! disputed words in bold. Article text is escaped so that it shows as written.

use std::fmt::Write;

use super::{Report, styled_segments, summary_line};
use crate::findings::gate::DocumentRole;
use crate::findings::{Category, Finding, Severity};

/// The `check` report.
pub fn check_report(report: &Report) -> String {
    let findings = report.findings();
    let mut out = String::from("# factdiff report\n\n");
    let _ = writeln!(out, "{}.\n", summary_line(report));

    // The role column only in a gate run, where it says which article is the draft.
    out.push_str(if report.is_gate() {
        "## Articles\n\n| role | article | outlet | published |\n|---|---|---|---|\n"
    } else {
        "## Articles\n\n| article | outlet | published |\n|---|---|---|\n"
    });
    for (i, doc) in report.documents.iter().enumerate() {
        let a = &doc.article;
        if let Some(role) = report.role(i) {
            let _ = write!(
                out,
                "| {} ",
                match role {
                    DocumentRole::Draft => "**draft**",
                    DocumentRole::Source => "source",
                }
            );
        }
        let _ = writeln!(
            out,
            "| `{}` | {} | {} |",
            code(&shown_path(&a.path)).replace('|', "\\|"),
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
    for ev in &finding.evidence {
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
            code(&shown_path(&doc.article.path)),
            ev.line,
            ev.column,
        );
        let _ = writeln!(
            out,
            "> {}\n",
            marked(&ev.sentence_text, ev.in_sentence.clone())
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

/// The sentence, escaped, with the disagreeing words (the evidence) in bold and nothing
/// else marked: other wording differences between outlets are left to the reader, so that
/// the emphasis points at what is disputed (and a ticket system showing `*x*` as bold
/// shows only that).
fn marked(sentence: &str, evidence: std::ops::Range<usize>) -> String {
    let mut out = String::new();
    for (i, (segment, _, is_evidence)) in styled_segments(sentence, &[], Some(evidence))
        .into_iter()
        .enumerate()
    {
        // Only the start of the line can turn into a list item.
        let escaped = |t: &str| if i == 0 { escape(t) } else { escape_inline(t) };
        let trimmed = segment.trim();
        if !is_evidence || trimmed.is_empty() {
            out.push_str(&escaped(segment));
            continue;
        }
        // Emphasis must not start or end with a space, or Markdown ignores it.
        let lead = &segment[..segment.len() - segment.trim_start().len()];
        let trail = &segment[segment.trim_end().len()..];
        let _ = write!(out, "{lead}**{}**{trail}", escape_inline(trimmed));
    }
    out
}

/// A path as the report shows it: relative to the working directory when it lies inside
/// it (a report pasted into a ticket should not carry the machine's folders), else as given.
fn shown_path(path: &std::path::Path) -> String {
    let relative = path
        .is_absolute()
        .then(std::env::current_dir)
        .and_then(Result::ok)
        .and_then(|cwd| {
            path.strip_prefix(&cwd)
                .ok()
                .map(std::path::Path::to_path_buf)
                .or_else(|| {
                    let (p, c) = (path.canonicalize().ok()?, cwd.canonicalize().ok()?);
                    p.strip_prefix(c).ok().map(std::path::Path::to_path_buf)
                })
        });
    relative.as_deref().unwrap_or(path).display().to_string()
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
    fn only_the_disputed_words_are_marked() {
        let s = "the five-year conflict ended";
        assert_eq!(marked(s, 4..13), "the **five-year** conflict ended");
        // Emphasis never holds an inner space at either end.
        assert_eq!(marked(s, 13..23), "the five-year **conflict** ended");
        assert_eq!(marked("- a *b*", 4..7), "\\- a **\\*b\\***");
    }
}
