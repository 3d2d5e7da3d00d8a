//! What the renderers are handed: plain views of a run, built by the library from its
//! analysis. A renderer reads documents (articles, sentences, spans), findings, the links
//! between sentences and the checks' documentation from here, and nothing from the stages
//! that produced them.

use crate::findings::baseline::BaselineUse;
use crate::findings::gate::DocumentRole;
use crate::findings::{Category, Finding, Severity};
use crate::segment::Document;

/// The documentation of a check, in headed sections: `factdiff rules explain` shows the
/// short ones, `docs/checks/<id>.md` (generated) all of them, SARIF rule descriptors carry
/// the details; the check's options are described by its options type.
#[derive(Debug, Clone, Copy)]
pub struct CheckDoc {
    /// One line.
    pub summary: &'static str,
    /// What it flags, in a few sentences.
    pub what_it_flags: &'static str,
    pub why_it_matters: &'static str,
    pub example: &'static str,
    /// The options in one paragraph, as SARIF's rule help gives them.
    pub options: &'static str,
    /// How its findings can be tuned, beyond turning the check off (which every check
    /// allows).
    pub tuning: &'static str,
    /// Everything it flags and leaves alone, paragraph by paragraph.
    pub details: &'static [&'static str],
}

impl CheckDoc {
    /// The details as one paragraph.
    pub fn details_text(&self) -> String {
        self.details.join(" ")
    }
}

/// A registered check as reports describe it.
#[derive(Debug, Clone, Copy)]
pub struct CheckInfo {
    pub id: &'static str,
    pub category: Category,
    pub default_severity: Severity,
    pub doc: &'static CheckDoc,
}

/// A sentence of a run: its document's index and its own index there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct At {
    pub document: usize,
    pub sentence: usize,
}

/// Two sentences that report the same fact, and how strongly they align (0..1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Link {
    /// `a.document < b.document`.
    pub a: At,
    pub b: At,
    pub score: f64,
}

/// The sentences of a run and the links between them (`align`, `diff`).
#[derive(Debug, Clone)]
pub struct AlignView<'a> {
    pub documents: Vec<&'a Document>,
    /// Sorted by (a, b).
    pub links: Vec<Link>,
}

/// The sentences of a run and the facts read in each (`inspect`). `F` is the fact type,
/// which a renderer only serialises.
#[derive(Debug, Clone)]
pub struct InspectView<'a, F> {
    pub documents: Vec<&'a Document>,
    /// For each document, the facts of each sentence.
    pub facts: Vec<Vec<&'a [F]>>,
}

/// What a `check` run reports; every renderer takes the same report.
#[derive(Debug, Clone)]
pub struct CheckReport<'a> {
    pub documents: Vec<&'a Document>,
    /// The links between sentences, sorted by (a, b).
    pub links: Vec<Link>,
    /// Sentences connected by links (each sorted, in order of their first sentence): the rows
    /// of a side-by-side view.
    pub groups: Vec<Vec<At>>,
    /// The findings (in a gate run, the draft's).
    pub findings: &'a [Finding],
    /// In a gate run (`check DRAFT --against SOURCES`), the role of each document, in the
    /// order of `documents`.
    pub roles: Option<&'a [DocumentRole]>,
    /// In a gate run, the findings among sources only (context, never failing the gate).
    pub context: &'a [Finding],
    /// Every registered check, in registry order.
    pub checks: Vec<CheckInfo>,
    /// With `--baseline`: the findings it hid and its stale entries.
    pub baseline: Option<BaselineUse>,
}

impl<'a> CheckReport<'a> {
    pub fn findings(&self) -> &'a [Finding] {
        self.findings
    }

    pub fn is_gate(&self) -> bool {
        self.roles.is_some()
    }

    /// The role of document `index` in a gate run.
    pub fn role(&self, index: usize) -> Option<DocumentRole> {
        self.roles.and_then(|r| r.get(index).copied())
    }

    /// Total sentences over all documents.
    pub fn sentence_count(&self) -> usize {
        self.documents.iter().map(|d| d.sentences.len()).sum()
    }

    /// The registered check with this id.
    pub fn check(&self, id: &str) -> Option<&CheckInfo> {
        self.checks.iter().find(|c| c.id == id)
    }

    /// The position of the check with this id in registry order.
    pub fn check_index(&self, id: &str) -> Option<usize> {
        self.checks.iter().position(|c| c.id == id)
    }
}
