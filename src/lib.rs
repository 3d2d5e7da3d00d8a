//! factdiff: a source-discrepancy checker for news.
//!
//! Several outlets report the same story; factdiff reads their articles and flags where
//! they disagree. The pipeline, one module per stage:
//!
//! ```text
//! input -> segment -> extract -> align -> checks -> findings -> render -> cli
//! ```
//!
//! - [`input`]: articles, `cluster.toml` manifests, publication dates from datelines;
//! - [`segment`]: sentences with exact byte spans, and which lines are prose;
//! - [`extract`]: figures, dates, names and quotes with spans;
//! - [`align`]: which sentences in different articles report the same fact;
//! - [`checks`]: one folder per check, all listed in `checks::registry`;
//! - [`findings`]: what is reported, in a stable order;
//! - [`render`]: terminal, JSON and other formats of the same findings;
//! - [`cli`]: the command line (the binary only prints what it returns).
//!
//! The rule set ([`config`]) — thresholds, severities, equivalences, boilerplate
//! patterns — is `rules/default.toml`, embedded, with the user's files layered over it;
//! each check reads its own options from it, and [`checks::load_rules`] validates every
//! file's `[checks.*]` tables against them.

pub mod align;
pub mod checks;
pub mod cli;
pub mod config;
pub mod error;
pub mod extract;
pub mod findings;
pub mod input;
pub mod lexicon;
pub mod render;
pub mod segment;

use align::{AlignMode, Alignment};
use config::RuleSet;
use extract::Document;
use findings::Finding;
use input::Article;
use segment::Boilerplate;

/// Everything factdiff learned about a cluster of articles.
#[derive(Debug)]
pub struct Analysis {
    pub documents: Vec<Document>,
    pub alignment: Alignment,
    pub findings: Vec<Finding>,
}

/// Splits and extracts each article (no alignment, no checks).
pub fn read_documents(articles: Vec<Article>, rules: &RuleSet) -> Vec<Document> {
    use rayon::prelude::*;
    let boilerplate = Boilerplate::new(&rules.boilerplate.patterns);
    let folding = extract::name_folding(&rules.equivalences);
    articles
        .into_par_iter()
        .map(|article| {
            let doc = segment::segment(article, &boilerplate);
            extract::extract_facts(doc, &folding)
        })
        .collect()
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
