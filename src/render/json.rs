//! JSON output. The shapes here are the public contract (version 1): fields may be added,
//! none removed or renamed.

use serde::Serialize;

use super::Report;
use crate::Analysis;
use crate::align::AlignedPair;
use crate::extract::Fact;
use crate::findings::gate::DocumentRole;
use crate::findings::{Finding, SeverityCounts};
use crate::segment::SentenceRole;

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

fn documents(analysis: &Analysis) -> Vec<DocumentOut<'_>> {
    analysis
        .documents
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
    let analysis = report.analysis;
    let mut docs = documents(analysis);
    for (i, d) in docs.iter_mut().enumerate() {
        d.role = report.role(i);
    }
    to_string(&CheckReport {
        version: FORMAT_VERSION,
        documents: docs,
        findings: report.findings(),
        context: report.is_gate().then_some(report.context),
        summary: Summary {
            documents: analysis.documents.len(),
            sentences: report.sentence_count(),
            aligned_pairs: analysis.alignment.pairs.len(),
            findings: SeverityCounts::of(report.findings()),
            context: report.is_gate().then(|| SeverityCounts::of(report.context)),
        },
    })
}

#[derive(Serialize)]
struct SentenceOut<'a> {
    index: usize,
    start: usize,
    end: usize,
    line: usize,
    role: SentenceRole,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    facts: Option<&'a [Fact]>,
}

#[derive(Serialize)]
struct DocumentSentences<'a> {
    #[serde(flatten)]
    document: DocumentOut<'a>,
    sentences: Vec<SentenceOut<'a>>,
}

fn document_sentences(analysis: &Analysis, with_facts: bool) -> Vec<DocumentSentences<'_>> {
    documents(analysis)
        .into_iter()
        .zip(&analysis.documents)
        .map(|(document, d)| DocumentSentences {
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
                    facts: with_facts.then_some(d.facts(s.index)),
                })
                .collect(),
        })
        .collect()
}

#[derive(Serialize)]
struct AlignReport<'a> {
    version: u32,
    documents: Vec<DocumentSentences<'a>>,
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

fn pair_out<'a>(analysis: &'a Analysis, p: &AlignedPair) -> PairOut<'a> {
    PairOut {
        a: PairEnd {
            document: &analysis.documents[p.a.document].article.id,
            sentence: p.a.sentence,
        },
        b: PairEnd {
            document: &analysis.documents[p.b.document].article.id,
            sentence: p.b.sentence,
        },
        score: p.score,
    }
}

/// The `align` report.
pub fn align_report(analysis: &Analysis) -> String {
    to_string(&AlignReport {
        version: FORMAT_VERSION,
        documents: document_sentences(analysis, false),
        pairs: analysis
            .alignment
            .pairs
            .iter()
            .map(|p| pair_out(analysis, p))
            .collect(),
    })
}

#[derive(Serialize)]
struct InspectReport<'a> {
    version: u32,
    documents: Vec<DocumentSentences<'a>>,
}

/// The `inspect` report.
pub fn inspect_report(analysis: &Analysis) -> String {
    to_string(&InspectReport {
        version: FORMAT_VERSION,
        documents: document_sentences(analysis, true),
    })
}
