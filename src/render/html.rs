//! The HTML report: one self-contained page (inline CSS and script, nothing loaded from the
//! network). The outlets stand side by side, one column each; sentences that report the
//! same fact (a fact group) share a row; the disagreeing words are highlighted and linked to
//! a findings list that filters by category and severity. All article text goes through
//! minijinja's HTML auto-escaping.

use std::collections::BTreeMap;
use std::ops::Range;

use minijinja::Environment;
use minijinja::value::{Serde, Value};
use serde::Serialize;

use super::{Report, summary_line, word_diff};
use crate::findings::gate::DocumentRole;
use crate::findings::report::At;
use crate::findings::{Category, Finding, Severity};

const TEMPLATE: &str = include_str!("html_report.html");

#[derive(Serialize)]
struct Page {
    title: String,
    summary: String,
    gate: bool,
    documents: Vec<DocumentView>,
    rows: Vec<RowView>,
    findings: Vec<FindingView>,
    context: Vec<FindingView>,
    categories: Vec<FilterOption>,
    severities: Vec<FilterOption>,
    /// Every value the filters know, also those with no finding here: the address may name
    /// them (`?severity=error`), and anything else is reported as unknown.
    known_categories: String,
    known_severities: String,
    /// More articles than [`SIDE_BY_SIDE_MAX`]: no table of every article side by side
    /// (it would be too wide to read and too large to load); each finding offers its own.
    stacked: bool,
}

/// Up to this many articles, the report shows them all side by side in one table.
pub const SIDE_BY_SIDE_MAX: usize = 6;

#[derive(Serialize)]
struct DocumentView {
    label: String,
    path: String,
    published: Option<String>,
    role: Option<DocumentRole>,
}

#[derive(Serialize)]
struct FilterOption {
    value: &'static str,
    count: usize,
}

#[derive(Serialize)]
struct RowView {
    id: String,
    /// One cell per document, each holding that document's sentences in the fact group.
    cells: Vec<Vec<SentenceView>>,
    /// Ids of the findings with evidence in this row.
    findings: String,
}

#[derive(Serialize)]
struct SentenceView {
    line: usize,
    segments: Vec<SegmentView>,
}

#[derive(Serialize)]
struct SegmentView {
    text: String,
    /// The word differs from the row's other sentence.
    changed: bool,
    /// Ids of the findings whose evidence covers this text (space-separated), if any.
    findings: String,
    /// The id of the first such finding, for the link.
    link: Option<String>,
    /// The highest severity among them.
    severity: Option<&'static str>,
}

#[derive(Serialize)]
struct FindingView {
    id: String,
    number: String,
    check: String,
    category: &'static str,
    severity: &'static str,
    /// Two decimals, and "high", "medium" or "low" (a class).
    confidence: String,
    band: &'static str,
    message: String,
    why: Option<&'static str>,
    suggestion: Option<String>,
    row: Option<String>,
    evidence: Vec<EvidenceView>,
}

#[derive(Serialize)]
struct EvidenceView {
    label: String,
    role: Option<DocumentRole>,
    location: String,
    /// The sentence around the disputed words.
    before: String,
    text: String,
    after: String,
}

/// A finding's evidence placed in a row: (row, document, sentence, byte range in sentence).
struct Mark {
    finding: String,
    severity: Severity,
    at: At,
    range: Range<usize>,
}

/// The `check` report.
pub fn check_report(report: &Report) -> String {
    let page = page(report);
    let mut env = Environment::new();
    env.add_template("report.html", TEMPLATE)
        .expect("the report template parses");
    env.get_template("report.html")
        .and_then(|t| t.render(Value::from(Serde(&page))))
        .expect("the report template renders")
}

fn page(report: &Report) -> Page {
    let labelled = labelled_findings(report);
    let marks = evidence_marks(report, &labelled);
    let stacked = report.documents.len() > SIDE_BY_SIDE_MAX;
    let (groups, row_of) = if stacked {
        (Vec::new(), BTreeMap::new())
    } else {
        rows_and_index(report, &marks)
    };
    let rows = groups
        .iter()
        .enumerate()
        .map(|(r, group)| row_view(report, &marks, &row_of, r, group))
        .collect();
    let view = |(id, finding): &(String, &Finding)| finding_view(report, &row_of, id, finding);
    let findings: Vec<FindingView> = labelled
        .iter()
        .filter(|(id, _)| id.starts_with('f'))
        .map(view)
        .collect();
    let context: Vec<FindingView> = labelled
        .iter()
        .filter(|(id, _)| id.starts_with('c'))
        .map(view)
        .collect();
    let (categories, severities) = filter_options(&labelled);

    Page {
        title: if report.is_gate() {
            "factdiff: draft checked against sources".to_string()
        } else {
            "factdiff report".to_string()
        },
        summary: summary_line(report),
        gate: report.is_gate(),
        documents: report
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| DocumentView {
                label: d.article.label().to_string(),
                path: d.article.path.display().to_string(),
                published: d.article.published.map(|p| p.to_string()),
                role: report.role(i),
            })
            .collect(),
        rows,
        findings,
        context,
        categories,
        severities,
        known_categories: Category::ALL
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        known_severities: [Severity::Error, Severity::Warning, Severity::Info]
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        stacked,
    }
}

/// Each finding with its id: `f1`, `f2`... for the findings, `c1`... for the context.
fn labelled_findings<'a>(report: &Report<'a>) -> Vec<(String, &'a Finding)> {
    report
        .findings()
        .iter()
        .enumerate()
        .map(|(i, f)| (format!("f{}", i + 1), f))
        .chain(
            report
                .context
                .iter()
                .enumerate()
                .map(|(i, f)| (format!("c{}", i + 1), f)),
        )
        .collect()
}

/// Where each finding's evidence sits.
fn evidence_marks(report: &Report, labelled: &[(String, &Finding)]) -> Vec<Mark> {
    let mut marks = Vec::new();
    for (id, finding) in labelled {
        for ev in &finding.evidence {
            let doc = &report.documents[ev.document_index];
            if let Some(sentence) = doc.sentence_at(ev.sentence_start) {
                marks.push(Mark {
                    finding: id.clone(),
                    severity: finding.severity,
                    at: At {
                        document: ev.document_index,
                        sentence,
                    },
                    range: ev.in_sentence.clone(),
                });
            }
        }
    }
    marks
}

/// Rows: the fact groups, plus one row per evidence sentence outside every group; and the
/// row of each sentence.
fn rows_and_index(report: &Report, marks: &[Mark]) -> (Vec<Vec<At>>, BTreeMap<At, usize>) {
    let mut groups = report.groups.clone();
    for m in marks {
        if !groups.iter().any(|g| g.contains(&m.at)) {
            groups.push(vec![m.at]);
        }
    }
    groups.sort();
    let row_of: BTreeMap<At, usize> = groups
        .iter()
        .enumerate()
        .flat_map(|(r, g)| g.iter().map(move |s| (*s, r)))
        .collect();
    (groups, row_of)
}

/// One row of the side-by-side table: each article's sentences of the fact group, with
/// their differences and the evidence marked.
fn row_view(
    report: &Report,
    marks: &[Mark],
    row_of: &BTreeMap<At, usize>,
    r: usize,
    group: &[At],
) -> RowView {
    let mut cells: Vec<Vec<SentenceView>> = report.documents.iter().map(|_| Vec::new()).collect();
    for (i, at) in group.iter().enumerate() {
        // Differences against the row's first sentence (the first against the next
        // sentence from another article).
        let text = report.documents[at.document].sentence_text(at.sentence);
        let other = if i == 0 {
            group.iter().find(|o| o.document != at.document)
        } else {
            group.first().filter(|o| o.document != at.document)
        };
        let changed = match other {
            Some(o) if i == 0 => {
                word_diff(text, report.documents[o.document].sentence_text(o.sentence)).0
            }
            Some(o) => word_diff(report.documents[o.document].sentence_text(o.sentence), text).1,
            None => Vec::new(),
        };
        let here: Vec<&Mark> = marks.iter().filter(|m| m.at == *at).collect();
        cells[at.document].push(SentenceView {
            line: report.documents[at.document].sentences[at.sentence].line,
            segments: segments(text, &changed, &here),
        });
    }
    let mut findings: Vec<&str> = marks
        .iter()
        .filter(|m| row_of.get(&m.at) == Some(&r))
        .map(|m| m.finding.as_str())
        .collect();
    findings.dedup();
    RowView {
        id: format!("row-{}", r + 1),
        cells,
        findings: findings.join(" "),
    }
}

/// A finding as the findings list shows it, linked to its row.
fn finding_view(
    report: &Report,
    row_of: &BTreeMap<At, usize>,
    id: &str,
    finding: &Finding,
) -> FindingView {
    let row = finding.evidence.first().and_then(|ev| {
        let doc = &report.documents[ev.document_index];
        let sentence = doc.sentence_at(ev.sentence_start)?;
        row_of
            .get(&At {
                document: ev.document_index,
                sentence,
            })
            .map(|r| format!("row-{}", r + 1))
    });
    FindingView {
        id: id.to_string(),
        number: id[1..].to_string(),
        check: finding.check.clone(),
        category: finding.category.as_str(),
        severity: finding.severity.as_str(),
        confidence: format!("{:.2}", finding.confidence),
        band: finding.confidence_band(),
        message: finding.message.clone(),
        why: report.check(&finding.check).map(|c| c.doc.why_it_matters),
        suggestion: finding.suggestion.clone(),
        row,
        evidence: finding
            .evidence
            .iter()
            .map(|ev| {
                let doc = &report.documents[ev.document_index];
                let sentence = &ev.sentence_text;
                let (from, to) = (
                    ev.in_sentence.start.min(sentence.len()),
                    ev.in_sentence.end.min(sentence.len()),
                );
                let (before, text, after) = if from <= to
                    && sentence.is_char_boundary(from)
                    && sentence.is_char_boundary(to)
                    && !sentence.is_empty()
                {
                    (&sentence[..from], &sentence[from..to], &sentence[to..])
                } else {
                    ("", ev.text.as_str(), "")
                };
                EvidenceView {
                    label: doc.article.label().to_string(),
                    role: report.role(ev.document_index),
                    location: format!("{}:{}:{}", doc.article.path.display(), ev.line, ev.column),
                    before: before.to_string(),
                    text: text.to_string(),
                    after: after.to_string(),
                }
            })
            .collect(),
    }
}

/// The category and severity filters, with the number of findings of each.
fn filter_options(labelled: &[(String, &Finding)]) -> (Vec<FilterOption>, Vec<FilterOption>) {
    let all: Vec<&Finding> = labelled.iter().map(|(_, f)| *f).collect();
    let categories = Category::ALL
        .iter()
        .map(|c| FilterOption {
            value: c.as_str(),
            count: all.iter().filter(|f| f.category == *c).count(),
        })
        .filter(|o| o.count > 0)
        .collect();
    let severities = [Severity::Error, Severity::Warning, Severity::Info]
        .iter()
        .map(|s| FilterOption {
            value: s.as_str(),
            count: all.iter().filter(|f| f.severity == *s).count(),
        })
        .filter(|o| o.count > 0)
        .collect();
    (categories, severities)
}

/// Splits a sentence at every changed-word and evidence boundary.
fn segments(text: &str, changed: &[Range<usize>], marks: &[&Mark]) -> Vec<SegmentView> {
    let mut cuts = vec![0, text.len()];
    for r in changed.iter().chain(marks.iter().map(|m| &m.range)) {
        cuts.push(r.start.min(text.len()));
        cuts.push(r.end.min(text.len()));
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.retain(|&c| text.is_char_boundary(c));
    cuts.windows(2)
        .filter(|w| w[0] < w[1])
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            let covering: Vec<&&Mark> = marks
                .iter()
                .filter(|m| m.range.start <= a && b <= m.range.end)
                .collect();
            let mut ids: Vec<&str> = covering.iter().map(|m| m.finding.as_str()).collect();
            ids.dedup();
            SegmentView {
                text: text[a..b].to_string(),
                changed: changed.iter().any(|r| r.start <= a && b <= r.end),
                findings: ids.join(" "),
                link: ids.first().map(|s| s.to_string()),
                severity: covering
                    .iter()
                    .map(|m| m.severity)
                    .max()
                    .map(Severity::as_str),
            }
        })
        .collect()
}
