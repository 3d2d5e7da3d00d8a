//! JSON output. The shapes here are the public contract (version 1): fields may be added,
//! none removed or renamed.

use serde::Serialize;

use super::Report;
use crate::findings::baseline::BaselineUse;
use crate::findings::gate::DocumentRole;
use crate::findings::report::{AlignView, InspectView, Link};
use crate::findings::{Finding, SeverityCounts};
use crate::segment::{Document, SentenceRole};

pub const FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
struct DocumentOut<'a> {
    id: &'a str,
    path: String,
    outlet: Option<&'a str>,
    published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    /// Gate runs only: "draft" or "source".
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<DocumentRole>,
}

fn documents<'a>(documents: &[&'a Document]) -> Vec<DocumentOut<'a>> {
    documents
        .iter()
        .map(|d| DocumentOut {
            role: None,
            id: &d.article.id,
            path: d.article.path.display().to_string(),
            outlet: d.article.outlet.as_deref(),
            published: d
                .article
                .published
                .map(|p| p.format("%Y-%m-%d").to_string()),
            url: d.article.url.as_deref(),
        })
        .collect()
}

#[derive(Serialize)]
struct Summary {
    documents: usize,
    sentences: usize,
    aligned_pairs: usize,
    findings: SeverityCounts,
    /// Gate runs only: counts of the context findings.
    #[serde(skip_serializing_if = "Option::is_none")]
    context: Option<SeverityCounts>,
    /// Runs with `--baseline` only: the findings it hid and its stale entries.
    #[serde(skip_serializing_if = "Option::is_none")]
    baseline: Option<BaselineUse>,
}

#[derive(Serialize)]
struct CheckReport<'a> {
    version: u32,
    documents: Vec<DocumentOut<'a>>,
    findings: &'a [Finding],
    /// Gate runs only: findings among sources, which do not fail the gate.
    #[serde(skip_serializing_if = "Option::is_none")]
    context: Option<&'a [Finding]>,
    summary: Summary,
}

fn to_string(value: &impl Serialize) -> String {
    let mut s = serde_json::to_string_pretty(value).expect("report types serialise");
    s.push('\n');
    s
}

/// The `check` report. Gate runs add `role` to each document and a `context` list.
pub fn check_report(report: &Report) -> String {
    to_string(&check_report_out(report))
}

/// The `check` report on one line (no newline at its end), as `feed` embeds it.
pub fn check_report_line(report: &Report) -> String {
    serde_json::to_string(&check_report_out(report)).expect("report types serialise")
}

fn check_report_out<'a>(report: &'a Report) -> CheckReport<'a> {
    let mut docs = documents(&report.documents);
    for (i, d) in docs.iter_mut().enumerate() {
        d.role = report.role(i);
    }
    CheckReport {
        version: FORMAT_VERSION,
        documents: docs,
        findings: report.findings(),
        context: report.is_gate().then_some(report.context),
        summary: Summary {
            documents: report.documents.len(),
            sentences: report.sentence_count(),
            aligned_pairs: report.links.len(),
            findings: SeverityCounts::of(report.findings()),
            context: report.is_gate().then(|| SeverityCounts::of(report.context)),
            baseline: report.baseline,
        },
    }
}

#[derive(Serialize)]
struct SentenceOut<'a, F> {
    index: usize,
    start: usize,
    end: usize,
    line: usize,
    role: SentenceRole,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    facts: Option<&'a [F]>,
}

#[derive(Serialize)]
struct DocumentSentences<'a, F> {
    #[serde(flatten)]
    document: DocumentOut<'a>,
    sentences: Vec<SentenceOut<'a, F>>,
}

/// Each document with its sentences; with `facts`, each sentence with its facts.
fn document_sentences<'a, F>(
    docs: &[&'a Document],
    facts: Option<&[Vec<&'a [F]>]>,
) -> Vec<DocumentSentences<'a, F>> {
    documents(docs)
        .into_iter()
        .zip(docs)
        .enumerate()
        .map(|(di, (document, d))| DocumentSentences {
            document,
            sentences: d
                .sentences
                .iter()
                .map(|s| SentenceOut {
                    index: s.index,
                    start: d.article.original_offset(s.start),
                    end: d.article.original_offset(s.end),
                    line: s.line,
                    role: s.role,
                    text: &d.article.text[s.start..s.end],
                    facts: facts.map(|f| f[di][s.index]),
                })
                .collect(),
        })
        .collect()
}

#[derive(Serialize)]
struct AlignReport<'a> {
    version: u32,
    documents: Vec<DocumentSentences<'a, ()>>,
    pairs: Vec<PairOut<'a>>,
}

#[derive(Serialize)]
struct PairEnd<'a> {
    document: &'a str,
    sentence: usize,
}

#[derive(Serialize)]
struct PairOut<'a> {
    a: PairEnd<'a>,
    b: PairEnd<'a>,
    score: f64,
}

fn pair_out<'a>(docs: &[&'a Document], p: &Link) -> PairOut<'a> {
    PairOut {
        a: PairEnd {
            document: &docs[p.a.document].article.id,
            sentence: p.a.sentence,
        },
        b: PairEnd {
            document: &docs[p.b.document].article.id,
            sentence: p.b.sentence,
        },
        score: p.score,
    }
}

/// The `align` report.
pub fn align_report(view: &AlignView) -> String {
    to_string(&AlignReport {
        version: FORMAT_VERSION,
        documents: document_sentences(&view.documents, None),
        pairs: view
            .links
            .iter()
            .map(|p| pair_out(&view.documents, p))
            .collect(),
    })
}

#[derive(Serialize)]
struct InspectReport<'a, F> {
    version: u32,
    documents: Vec<DocumentSentences<'a, F>>,
}

/// The `inspect` report.
pub fn inspect_report<F: Serialize>(view: &InspectView<F>) -> String {
    to_string(&InspectReport {
        version: FORMAT_VERSION,
        documents: document_sentences(&view.documents, Some(&view.facts)),
    })
}
