//! SARIF 2.1.0, so that CI systems annotate the draft: one rule descriptor per registered
//! check (from its docs), one result per finding with the first evidence as the location
//! (in a gate run, the draft's evidence) and the other outlets' evidence as related
//! locations. Columns count Unicode code points, as factdiff's columns do.

use serde_json::{Value, json};

use super::Report;
use crate::findings::gate::DocumentRole;
use crate::findings::{Evidence, Finding, Severity};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The `check` report.
pub fn check_report(report: &Report) -> String {
    let rules: Vec<Value> = report
        .checks
        .iter()
        .map(|check| {
            let doc = check.doc;
            let details = doc.details_text();
            json!({
                "id": check.id,
                "name": rule_name(check.id),
                "shortDescription": { "text": doc.summary },
                "fullDescription": { "text": details },
                "help": {
                    "text": format!(
                        "{}\n\nWhy it matters: {}\n\nExample: {}\n\nOptions: {}",
                        details, doc.why_it_matters, doc.example, doc.options
                    ),
                    "markdown": format!(
                        "{}\n\n**Why it matters:** {}\n\n**Example:** {}\n\n**Options:** {}",
                        details, doc.why_it_matters, doc.example, doc.options
                    ),
                },
                "defaultConfiguration": { "level": level(check.default_severity) },
                "properties": { "category": check.category.as_str() },
            })
        })
        .collect();
    let artifacts: Vec<Value> = report
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let mut artifact = json!({
                "location": { "uri": file_uri(&d.article.path) },
                "length": d.article.text.len(),
                "mimeType": "text/plain",
                "encoding": "utf-8",
            });
            if let Some(outlet) = &d.article.outlet {
                artifact["description"] = json!({ "text": outlet });
            }
            if let Some(role) = report.role(i) {
                artifact["properties"] = json!({ "role": role });
            }
            artifact
        })
        .collect();
    let mut results: Vec<Value> = report
        .findings()
        .iter()
        .map(|f| result(report, f, false))
        .collect();
    results.extend(report.context.iter().map(|f| result(report, f, true)));
    let mut sarif = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "factdiff",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "artifacts": artifacts,
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    if let Some(b) = report.baseline {
        sarif["runs"][0]["properties"] = json!({
            "baselinedFindings": b.hidden,
            "staleBaselineEntries": b.stale,
        });
    }
    let mut s = serde_json::to_string_pretty(&sarif).expect("SARIF serialises");
    s.push('\n');
    s
}

/// "figure-mismatch" -> "FigureMismatch" (SARIF's rule names are PascalCase by convention).
fn rule_name(id: &str) -> String {
    id.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// One result. Context findings (sources among themselves) are informational: they are
/// shown but do not fail anything.
fn result(report: &Report, finding: &Finding, context: bool) -> Value {
    // The primary location: the draft's evidence in a gate run, else the first.
    let primary = finding
        .evidence
        .iter()
        .position(|e| report.role(e.document_index) == Some(DocumentRole::Draft))
        .unwrap_or(0);
    let mut result = json!({
        "ruleId": finding.check,
        "level": if context { "none" } else { level(finding.severity) },
        "kind": if context { "informational" } else { "fail" },
        "message": { "text": finding.message },
        "locations": finding.evidence.get(primary).map(|e| vec![location(report, e, None)]).unwrap_or_default(),
        "relatedLocations": finding
            .evidence
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != primary)
            .map(|(i, e)| location(report, e, Some(i)))
            .collect::<Vec<_>>(),
        "properties": { "category": finding.category.as_str(), "severity": finding.severity.as_str() },
    });
    // SARIF's rank (0-100): how likely the result is a real problem.
    result["rank"] = json!((finding.confidence * 1000.0).round() / 10.0);
    result["properties"]["confidence"] = json!((finding.confidence * 100.0).round() / 100.0);
    if let Some(index) = report.check_index(&finding.check) {
        result["ruleIndex"] = json!(index);
    }
    if let Some(s) = &finding.suggestion {
        result["properties"]["suggestion"] = json!(s);
    }
    if context {
        result["properties"]["context"] = json!(true);
    }
    result
}

/// A physical location; related locations carry an id and a message naming the outlet.
fn location(report: &Report, ev: &Evidence, related_id: Option<usize>) -> Value {
    let doc = &report.documents[ev.document_index];
    // Lines and columns come from the evidence, which computed them on the decoded text;
    // `start`/`end` are byte offsets into the original file (they differ for UTF-16,
    // Latin-1 and HTML inputs) and are used only as SARIF byte offsets.
    let (end_line, end_column) = ev.end_line_col;
    let mut location = json!({
        "physicalLocation": {
            "artifactLocation": {
                "uri": file_uri(&doc.article.path),
                "index": ev.document_index,
            },
            "region": {
                "startLine": ev.line,
                "startColumn": ev.column,
                "endLine": end_line,
                "endColumn": end_column,
                "byteOffset": ev.start,
                "byteLength": ev.end - ev.start,
                "snippet": { "text": ev.text },
            },
            "contextRegion": {
                "startLine": ev.sentence_line,
                "byteOffset": ev.sentence_start,
                "byteLength": ev.sentence_text.len(),
                "snippet": { "text": ev.sentence_text },
            },
        },
    });
    if let Some(id) = related_id {
        location["id"] = json!(id);
        location["message"] =
            json!({ "text": format!("{}: \"{}\"", doc.article.label(), ev.text) });
    }
    location
}

/// A relative path as a relative URI reference (what CI systems match against the
/// checkout), an absolute one as a `file://` URI; both percent-encoded.
fn file_uri(path: &std::path::Path) -> String {
    let raw = path.to_string_lossy().replace('\\', "/");
    let raw = raw.strip_prefix("./").unwrap_or(&raw);
    let mut out = String::with_capacity(raw.len());
    if raw.starts_with('/') {
        out.push_str("file://");
    }
    for b in raw.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_encoded() {
        assert_eq!(
            file_uri(std::path::Path::new("./a b/ü.txt")),
            "a%20b/%C3%BC.txt"
        );
        assert_eq!(
            file_uri(std::path::Path::new("/tmp/x.md")),
            "file:///tmp/x.md"
        );
        assert_eq!(rule_name("figure-mismatch"), "FigureMismatch");
    }
}
