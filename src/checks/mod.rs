//! The checks: each decides, from aligned sentences and their facts, what an editor is
//! shown. One folder per check, its `mod.rs` listing its steps; all are listed in
//! `registry`. `shared/` holds what several checks read
//! (a sentence's facts, anchor words, spelling, quote relations, speakers).
//!
//! Each check reads its own options type (its `options.rs`); `options.rs` here holds what
//! they share, and `rules/` validates each rule file's `[checks.*]` tables against them,
//! loads the rule set (`load_rules`) and prints it (`print_rules`).

pub mod attribution_mismatch;
pub mod count_mismatch;
pub mod date_mismatch;
pub mod figure_mismatch;
pub mod name_spelling;
pub mod options;
pub mod quote_mismatch;
pub mod registry;
pub mod rules;
pub mod shared;
pub mod typo;

use crate::align::{AlignedPair, Alignment};
use crate::config::RuleSet;
use crate::extract::Document;
pub use crate::findings::report::CheckDoc;
use crate::findings::report::CheckInfo;
use crate::findings::{Category, Finding, Severity};

pub use options::{CheckOptions, OptionsType, Settings};
pub use rules::{layered, load_rules, print_rules};

/// Everything a check may look at.
pub struct CheckContext<'a> {
    pub docs: &'a [Document],
    pub alignment: &'a Alignment,
    pub rules: &'a RuleSet,
    /// Each document's role in a gate run (`check DRAFT --against SOURCES`); empty outside
    /// one. Checks that judge a draft alone (a misspelling no source writes) read it.
    pub roles: &'a [crate::findings::gate::DocumentRole],
}

impl CheckContext<'_> {
    /// Every sentence of the documents of gate role `role`, in order (none outside a gate).
    pub fn sentences_of(
        &self,
        role: crate::findings::gate::DocumentRole,
    ) -> impl Iterator<Item = crate::align::SentenceRef> + '_ {
        (0..self.docs.len())
            .filter(move |&d| self.roles.get(d) == Some(&role))
            .flat_map(move |d| {
                (0..self.docs[d].sentences.len()).map(move |s| crate::align::SentenceRef {
                    document: d,
                    sentence: s,
                })
            })
    }

    /// Aligned pairs in both directions: (this side, other side).
    pub fn directed_pairs(&self) -> impl Iterator<Item = (AlignedPair, bool)> + '_ {
        self.alignment
            .pairs
            .iter()
            .flat_map(|p| [(*p, false), (*p, true)])
    }
}

/// A check.
pub trait Check: Sync {
    /// Stable id, used in rule files, `--select`, JSON and SARIF.
    fn id(&self) -> &'static str;
    fn category(&self) -> Category;
    fn doc(&self) -> &'static CheckDoc;
    /// The severity when the rule set does not say.
    fn default_severity(&self) -> Severity;
    /// The check's options type: how its table in a rule file is validated, read and printed.
    fn options(&self) -> &'static OptionsType;
    /// The settings every check has, from the check's options in `rules`.
    fn settings(&self, rules: &RuleSet) -> Settings {
        self.options().settings(rules, self.id())
    }
    /// Appends this check's findings to `out`; the check reads its own options from
    /// `ctx.rules`.
    fn run(&self, ctx: &CheckContext, out: &mut Vec<Finding>);
}

/// What reports show of a check.
pub fn info(check: &dyn Check) -> CheckInfo {
    CheckInfo {
        id: check.id(),
        category: check.category(),
        default_severity: check.default_severity(),
        doc: check.doc(),
    }
}

/// Runs every enabled check, the checks in parallel; the findings come back in registry
/// order, so the output does not depend on scheduling, each rated with its confidence and
/// its severity capped by it (`shared::confidence`); findings that report one
/// disagreement from several sides become one (`shared::merge`).
pub fn run_checks(ctx: &CheckContext) -> Vec<Finding> {
    use rayon::prelude::*;
    let checks = registry::all();
    let settings: Vec<Settings> = checks.iter().map(|c| c.settings(ctx.rules)).collect();
    // A check with a `min_score` sees a weak link (one topic, perhaps two facts) only when
    // its two sentences also state one same figure or date: the links are filtered once per
    // distinct score, not once per check.
    let mut strong: Vec<(f64, Alignment)> = Vec::new();
    for min in settings
        .iter()
        .filter(|s| s.enabled)
        .filter_map(|s| s.min_score)
    {
        if !strong.iter().any(|(m, _)| *m == min) {
            let pairs = ctx
                .alignment
                .pairs
                .iter()
                .filter(|p| p.score >= min || shared::facts::share_a_fact(ctx.docs, p))
                .copied()
                .collect();
            strong.push((min, Alignment { pairs }));
        }
    }
    let mut findings: Vec<Finding> = checks
        .par_iter()
        .zip(settings.par_iter())
        .map(|(check, settings)| {
            let mut findings = Vec::new();
            if settings.enabled {
                let alignment = settings
                    .min_score
                    .and_then(|min| strong.iter().find(|(m, _)| *m == min))
                    .map_or(ctx.alignment, |(_, a)| a);
                let ctx = CheckContext { alignment, ..*ctx };
                check.run(&ctx, &mut findings);
            }
            findings
        })
        .collect::<Vec<_>>()
        .into_iter()
        .flatten()
        .collect();
    shared::confidence::assess(ctx, &mut findings);
    shared::merge::merge(findings, ctx.docs)
}
