//! Findings: what factdiff reports. Plain data, sorted in a stable order, rendered by
//! `render`; inline suppressions and baselines filter them.

pub mod baseline;
pub mod suppress;

pub mod gate;
pub mod report;

use serde::{Deserialize, Serialize};

use crate::extract::Document;

/// How serious a finding is (read from rule files, so defined in `config`).
pub use crate::config::Severity;

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Date,
    Figure,
    Attribution,
    Quote,
    Name,
    Typo,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Date => "date",
            Category::Figure => "figure",
            Category::Attribution => "attribution",
            Category::Quote => "quote",
            Category::Name => "name",
            Category::Typo => "typo",
        }
    }

    pub const ALL: [Category; 6] = [
        Category::Date,
        Category::Figure,
        Category::Attribution,
        Category::Quote,
        Category::Name,
        Category::Typo,
    ];
}

/// One place in one article that a finding rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The document id.
    pub document: String,
    pub line: usize,
    pub column: usize,
    /// Byte offsets of `text` in the original file.
    pub start: usize,
    pub end: usize,
    /// The disagreeing words.
    pub text: String,
    /// The whole sentence holding them.
    pub sentence_text: String,
    /// Byte offset of the sentence in the original file (not part of the JSON contract).
    #[serde(skip)]
    pub sentence_start: usize,
    /// Where `text` is in `sentence_text`, in bytes (not part of the JSON contract).
    #[serde(skip)]
    pub in_sentence: std::ops::Range<usize>,
    /// Index of the document in the run (not part of the JSON contract).
    #[serde(skip)]
    pub document_index: usize,
    /// Index of the sentence in its document (not part of the JSON contract).
    #[serde(skip)]
    pub sentence: usize,
    /// 1-based line and column just past `text`, and the line of the sentence (not part of
    /// the JSON contract; SARIF regions use them).
    #[serde(skip)]
    pub end_line_col: (usize, usize),
    #[serde(skip)]
    pub sentence_line: usize,
}

impl Evidence {
    /// Evidence for bytes `start..end` of the text of document `document_index`, inside
    /// sentence `sentence`. `start`, `end` and `sentence_start` become offsets into the
    /// original file (they differ from text offsets for decoded files and HTML pages).
    pub fn new(
        doc: &Document,
        document_index: usize,
        sentence: usize,
        start: usize,
        end: usize,
    ) -> Self {
        let s = &doc.sentences[sentence];
        let text = &doc.article.text;
        let (line, column) = doc.lines.line_col(text, start);
        let end_line_col = doc.lines.line_col(text, end);
        let sentence_line = doc.lines.line(s.start);
        Evidence {
            document: doc.article.id.clone(),
            line,
            column,
            start: doc.article.original_offset(start),
            end: doc.article.original_offset(end),
            text: text.get(start..end).unwrap_or("").to_string(),
            sentence_text: doc.sentence_text(sentence).to_string(),
            sentence_start: doc.article.original_offset(s.start),
            in_sentence: start.saturating_sub(s.start)..end.saturating_sub(s.start),
            document_index,
            sentence,
            end_line_col,
            sentence_line,
        }
    }
}

/// A disagreement (or a suspected error) that factdiff reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// The id of the check that found it.
    pub check: String,
    pub category: Category,
    pub severity: Severity,
    pub message: String,
    pub evidence: Vec<Evidence>,
    pub suggestion: Option<String>,
    /// How likely the finding is a real disagreement, 0 to 1, built from its evidence
    /// (`checks::shared::confidence`): set for every finding as the checks finish, shown
    /// with two decimals.
    #[serde(serialize_with = "two_decimals", default = "unrated")]
    pub confidence: f64,
}

/// The confidence of a finding no model has rated yet (a finding read back from elsewhere).
pub const UNRATED: f64 = 1.0;

fn unrated() -> f64 {
    UNRATED
}

fn two_decimals<S: serde::Serializer>(value: &f64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64((value * 100.0).round() / 100.0)
}

impl Finding {
    /// The confidence as reports show it: two decimals and a word ("0.82 high").
    pub fn confidence_label(&self) -> String {
        format!("{:.2} {}", self.confidence, self.confidence_band())
    }

    /// "high" (0.7 and above), "medium" (0.4 and above) or "low".
    pub fn confidence_band(&self) -> &'static str {
        if self.confidence >= 0.7 {
            "high"
        } else if self.confidence >= 0.4 {
            "medium"
        } else {
            "low"
        }
    }

    /// Most serious first, then most confident (in hundredths, as shown), then by place.
    #[allow(clippy::type_complexity)]
    fn sort_key(
        &self,
    ) -> (
        std::cmp::Reverse<Severity>,
        std::cmp::Reverse<i64>,
        (usize, usize, &str, Vec<(usize, usize)>, &str),
    ) {
        (
            std::cmp::Reverse(self.severity),
            std::cmp::Reverse((self.confidence * 100.0).round() as i64),
            self.place_key(),
        )
    }

    fn place_key(&self) -> (usize, usize, &str, Vec<(usize, usize)>, &str) {
        let first = self.evidence.first();
        (
            first.map_or(usize::MAX, |e| e.document_index),
            first.map_or(usize::MAX, |e| e.start),
            self.check.as_str(),
            self.evidence
                .iter()
                .map(|e| (e.document_index, e.start))
                .collect(),
            self.message.as_str(),
        )
    }
}

/// Sorts findings by severity (most serious first), confidence (highest first), then
/// (document, offset, check), and drops exact duplicates.
pub fn sort_findings(findings: &mut Vec<Finding>) {
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    findings
        .dedup_by(|a, b| a.check == b.check && a.evidence == b.evidence && a.message == b.message);
}

/// Counts of findings by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SeverityCounts {
    pub error: usize,
    pub warning: usize,
    pub info: usize,
}

impl SeverityCounts {
    pub fn of(findings: &[Finding]) -> Self {
        let mut counts = SeverityCounts::default();
        for f in findings {
            match f.severity {
                Severity::Error => counts.error += 1,
                Severity::Warning => counts.warning += 1,
                Severity::Info => counts.info += 1,
            }
        }
        counts
    }
}
