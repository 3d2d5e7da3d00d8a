//! factdiff: a source-discrepancy checker for news.
//!
//! Several outlets report the same story; factdiff reads their articles and flags where
//! they disagree. The pipeline, one module per stage:
//!
//! ```text
//! input -> segment -> extract -> align -> checks -> findings -> render -> cli
//! ```
//!
//! and, beside it, [`feed`]: a whole news feed grouped into stories, each story run
//! through that pipeline.
//!
//! - [`input`]: articles, `cluster.toml` manifests, publication dates from datelines;
//! - [`segment`]: sentences with exact byte spans, and which lines are prose;
//! - [`extract`]: figures, dates, names and quotes with spans, in a table beside each
//!   document's sentences;
//! - [`align`]: which sentences in different articles report the same fact;
//! - [`checks`]: one folder per check (quote-mismatch is one file), all listed in
//!   `checks::registry`;
//! - [`findings`]: what is reported, in a stable order, and the report views the renderers
//!   are handed (`findings::report`);
//! - [`render`]: terminal, JSON and other formats of the same report;
//! - [`feed`]: a news feed (JSONL, folders) grouped into stories by blocking on rare terms
//!   within a time window, each story checked as `check` checks a cluster;
//! - [`cli`]: the command line (the binary only prints what it returns).
//!
//! Beside the pipeline: [`error`] (one error type), [`lexicon`] (every word list, as data,
//! and month and weekday names through chrono), [`text`] (the one tokenizer: a sentence
//! read once into tokens with byte spans, which every extractor groups its own way) and
//! [`config`] (the rule set: thresholds,
//! severities, equivalences, boilerplate patterns — `rules/default.toml`, embedded, with the
//! user's files layered over it; each check reads its own options from it, and
//! [`checks::load_rules`] validates every file's `[checks.*]` tables against them).
//!
//! # Layers
//!
//! A module imports only from its own layer or the layers below it (`tests/layers.rs`
//! checks every `crate::` path). Bottom up:
//!
//! ```text
//! error
//! lexicon, text
//! config
//! input, segment
//! extract
//! align
//! findings      (below checks: a check makes findings; findings know nothing of checks)
//! checks
//! feed          (runs the pipeline on each story; the caller hands it the report renderer)
//! render        (reads findings, findings::report and documents; never extract, align, checks)
//! cli
//! ```
//!
//! The crate root's pipeline ([`analyze`], [`Analysis`]) sits above every layer but `feed`
//! and `cli`, which call it.
//!
//! This file, the crate root, ties the stages into the pipeline ([`analyze`]) and builds
//! the report views from an [`Analysis`].

pub mod align;
pub mod checks;
pub mod cli;
pub mod config;
pub mod error;
pub mod extract;
pub mod feed;
pub mod findings;
pub mod input;
pub mod lexicon;
pub mod render;
pub mod segment;
pub mod text;

use align::{AlignMode, Alignment};
use config::RuleSet;
use extract::Document;
use findings::Finding;
use findings::report::{AlignView, At, CheckReport, InspectView, Link};
use input::Article;
use segment::Boilerplate;

/// Everything factdiff learned about a cluster of articles.
#[derive(Debug)]
pub struct Analysis {
    pub documents: Vec<Document>,
    pub alignment: Alignment,
    pub findings: Vec<Finding>,
}

impl Analysis {
    fn segmented(&self) -> Vec<&segment::Document> {
        self.documents.iter().map(|d| d.segmented()).collect()
    }

    fn links(&self) -> Vec<Link> {
        self.alignment.pairs.iter().map(link).collect()
    }

    /// The sentences and their links, for `align` and `diff`.
    pub fn align_view(&self) -> AlignView<'_> {
        AlignView {
            documents: self.segmented(),
            links: self.links(),
        }
    }

    /// The sentences and their facts, for `inspect`.
    pub fn inspect_view(&self) -> InspectView<'_, extract::Fact> {
        InspectView {
            documents: self.segmented(),
            facts: self
                .documents
                .iter()
                .map(|d| (0..d.sentences.len()).map(|i| d.facts(i)).collect())
                .collect(),
        }
    }

    /// The report of a `check` run; in a gate run `roles` gives each document's role and
    /// `context` the findings among sources (then `findings` are the draft's).
    pub fn check_report<'a>(
        &'a self,
        roles: Option<&'a [findings::gate::DocumentRole]>,
        context: &'a [Finding],
    ) -> CheckReport<'a> {
        CheckReport {
            documents: self.segmented(),
            links: self.links(),
            groups: self
                .alignment
                .fact_groups()
                .into_iter()
                .map(|g| g.into_iter().map(at).collect())
                .collect(),
            findings: &self.findings,
            roles,
            context,
            checks: checks::registry::infos(),
            baseline: None,
        }
    }
}

fn at(r: align::SentenceRef) -> At {
    At {
        document: r.document,
        sentence: r.sentence,
    }
}

fn link(p: &align::AlignedPair) -> Link {
    Link {
        a: at(p.a),
        b: at(p.b),
        score: p.score,
    }
}

/// Splits and extracts each article (no alignment, no checks).
pub fn read_documents(articles: Vec<Article>, rules: &RuleSet) -> Vec<Document> {
    use rayon::prelude::*;
    let boilerplate = Boilerplate::new(&rules.boilerplate.patterns);
    let folding = extract::name_folding(&rules.equivalences);
    let mut documents: Vec<Document> = articles
        .into_par_iter()
        .map(|article| {
            let doc = segment::segment(article, &boilerplate);
            extract::extract_facts(doc, &folding)
        })
        .collect();
    // "a day before the talks" once an article dates the talks.
    extract::resolve_event_dates(&mut documents);
    documents
}

/// A stage of the pipeline as it starts, for a progress display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Reading { articles: usize },
    Aligning { sentences: usize },
    Checking { aligned_pairs: usize },
}

/// Runs the whole pipeline over a cluster.
pub fn analyze(articles: Vec<Article>, rules: &RuleSet, mode: AlignMode) -> Analysis {
    analyze_with_progress(articles, rules, mode, &mut |_| {})
}

/// Runs the whole pipeline, telling `progress` as each stage starts.
pub fn analyze_with_progress(
    articles: Vec<Article>,
    rules: &RuleSet,
    mode: AlignMode,
    progress: &mut dyn FnMut(Stage),
) -> Analysis {
    analyze_gate_with_progress(articles, &[], rules, mode, progress)
}

/// Runs the whole pipeline over a gate run's articles, `roles` giving each one's role (drafts
/// first, then sources; empty outside a gate): the checks may then judge a draft alone.
pub fn analyze_gate_with_progress(
    articles: Vec<Article>,
    roles: &[findings::gate::DocumentRole],
    rules: &RuleSet,
    mode: AlignMode,
    progress: &mut dyn FnMut(Stage),
) -> Analysis {
    progress(Stage::Reading {
        articles: articles.len(),
    });
    let documents = read_documents(articles, rules);
    progress(Stage::Aligning {
        sentences: documents.iter().map(|d| d.sentences.len()).sum(),
    });
    let alignment = align::align(&documents, &rules.align, mode);
    progress(Stage::Checking {
        aligned_pairs: alignment.pairs.len(),
    });
    let ctx = checks::CheckContext {
        docs: &documents,
        alignment: &alignment,
        rules,
        roles,
    };
    let mut findings = checks::run_checks(&ctx);
    findings::suppress::apply_suppressions(&mut findings, &documents);
    findings::sort_findings(&mut findings);
    Analysis {
        documents,
        alignment,
        findings,
    }
}
