//! The rule set: serde types of the parts config owns (`[align]`, `[boilerplate]`,
//! `[equivalences]`, `[feed]`), each check's table kept raw for the checks layer (which reads it into
//! the check's own options), and layering: embedded default -> `factdiff.toml` found upwards
//! from the working directory -> `--rules FILE`. Errors name file:line:column, from toml's
//! spans, with "did you mean".
//!
//! Files:
//! - `mod.rs` (here): the types, parsing one file and layering several;
//! - `sources.rs`: which rule files a run reads;
//! - `files.rs`: reading a given file: regular files only, within a size bound;
//! - `validate.rs`: the ranges and patterns of the parts config owns;
//! - `diagnostics.rs`: errors with line, column and hint;
//! - `severity.rs`: `Severity`, the setting every check has;
//! - `keys.rs`: what a table's keys mean, for the docs generated from the code, and
//!   `key_docs.rs`: that text for the parts config owns.

mod diagnostics;
pub mod files;
mod key_docs;
pub mod keys;
mod severity;
mod sources;
mod validate;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

pub use diagnostics::{did_you_mean, error_at, line_col, toml_error, unknown_field_hint};
pub use keys::{KeyDoc, Limits, field_names};
pub use severity::Severity;
pub use sources::{PROJECT_RULES_NAME, RuleSources, read_rule_files, rule_file_paths};

/// The rule set embedded in the binary.
pub const DEFAULT_RULES: &str = include_str!("../../rules/default.toml");
/// Where errors in the embedded rule set point.
pub const DEFAULT_RULES_PATH: &str = "<embedded rules/default.toml>";
/// The largest number of days a rule may give (a century): larger spans mean nothing for
/// news and overflow date arithmetic.
pub const MAX_DAYS: i64 = 36_500;

/// Alignment settings.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AlignRules {
    /// Minimum alignment score (0..1) for two sentences to report the same fact.
    pub threshold: f64,
    /// How many sentences of each other article one sentence may link to.
    pub max_links: usize,
    /// Terms held by more than this many of a cluster's sentences are not used to find
    /// candidate pairs (they still count in the score). Bounds the cost of large clusters.
    pub blocking_max_df: usize,
    /// Weight of a capitalised term (a name) relative to a common word.
    pub name_weight: f64,
    /// Weight multiplier of a word inside quotation marks.
    pub quote_weight: f64,
    /// Weight multiplier of the words naming who said what a sentence reports ("said Jane Roe").
    pub speaker_weight: f64,
    /// A link is dropped when each of its sentences has a link in the other's article
    /// better by more than this (each has its own counterpart there).
    pub rival_margin: f64,
    /// Minimum number of content words (after masking figures and dates) for a sentence to align.
    pub min_terms: usize,
    /// Articles whose publication dates are more than this many days apart report
    /// different events unless the wording is nearly the same: they need `distant_threshold`.
    pub distant_days: i64,
    /// Minimum alignment score between sentences of articles published far apart.
    pub distant_threshold: f64,
    /// Added to the score of two sentences that state one same figure written in digits.
    pub figure_bonus: f64,
}

impl Default for AlignRules {
    fn default() -> Self {
        AlignRules {
            threshold: 0.3,
            max_links: 2,
            blocking_max_df: 100,
            name_weight: 1.5,
            quote_weight: 1.5,
            speaker_weight: 1.0,
            rival_margin: 0.2,
            min_terms: 3,
            distant_days: 30,
            distant_threshold: 0.7,
            figure_bonus: 0.1,
        }
    }
}

/// How sure a finding must be to keep its check's severity: a finding's confidence (0..1,
/// built from its evidence) caps how serious it may be, so that the gate fails only on
/// findings an editor would act on.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ConfidenceRules {
    /// Below this confidence an error is shown as a warning.
    pub error_at: f64,
    /// Below this confidence an error or a warning is shown as info.
    pub warning_at: f64,
}

impl Default for ConfidenceRules {
    fn default() -> Self {
        ConfidenceRules {
            error_at: 0.5,
            warning_at: 0.25,
        }
    }
}

impl ConfidenceRules {
    /// `severity` capped by `confidence`.
    pub fn cap(&self, severity: Severity, confidence: f64) -> Severity {
        let most = if confidence < self.warning_at.min(self.error_at) {
            Severity::Info
        } else if confidence < self.error_at {
            Severity::Warning
        } else {
            Severity::Error
        };
        severity.min(most)
    }
}

/// Lines that are not prose: share buttons, "Advertisement", read times, counters, URLs...
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BoilerplateRules {
    /// Regular expressions matched against each whole line (trimmed).
    pub patterns: Vec<String>,
}

/// What counts as the same.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Equivalences {
    /// Groups of names for the same entity ("Daesh" = "Islamic State").
    pub aliases: Vec<Vec<String>>,
    /// Name particles that may be dropped ("al-Assad" = "Assad").
    pub particles: Vec<String>,
    /// Treat British/American/Canadian/Australian spellings as equal (VARCON, via typos-vars).
    pub spelling_variants: bool,
    /// Extra groups of words spelled differently that mean the same.
    pub words: Vec<Vec<String>>,
}

impl Default for Equivalences {
    fn default() -> Self {
        Equivalences {
            aliases: Vec::new(),
            particles: Vec::new(),
            spelling_variants: true,
            words: Vec::new(),
        }
    }
}

/// How `factdiff feed` groups a feed's articles into stories.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FeedRules {
    /// Articles published more than this many days apart are never one story (a story's
    /// first and last article are at most this far apart). Undated articles are grouped on
    /// their words alone.
    pub window_days: i64,
    /// Minimum similarity (cosine of the articles' TF-IDF vectors, 0..1) for two articles
    /// that are each other's most similar article to be one story, and for two stories'
    /// centroids to merge.
    pub min_similarity: f64,
    /// Two articles this similar are one story even when either has a more similar one.
    pub strong_similarity: f64,
    /// A term shared by more than this many articles within an article's window proposes no
    /// candidate pairs for it (it is no rare term there). Bounds the cost per article.
    pub blocking_max_articles: usize,
}

impl Default for FeedRules {
    fn default() -> Self {
        FeedRules {
            window_days: 2,
            min_similarity: 0.1,
            strong_similarity: 0.4,
            blocking_max_articles: 50,
        }
    }
}

/// The whole rule set.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RuleSet {
    pub align: AlignRules,
    pub confidence: ConfidenceRules,
    pub boilerplate: BoilerplateRules,
    pub equivalences: Equivalences,
    pub feed: FeedRules,
    /// Each check's table, keyed by check id, as the rule files give it (layered): the
    /// checks layer validates each file's tables and reads them into the checks' options.
    pub checks: BTreeMap<String, toml::Table>,
}

impl RuleSet {
    /// The embedded default rule set.
    pub fn embedded() -> Self {
        RuleSet::parse(DEFAULT_RULES, Path::new(DEFAULT_RULES_PATH))
            .expect("the embedded rule set is valid (tested)")
    }

    /// Parses one rule file and validates the parts config owns (its `[checks.*]` tables
    /// are the checks layer's to validate).
    pub fn parse(text: &str, path: &Path) -> Result<RuleSet> {
        let rules: RuleSet = toml::from_str(text).map_err(|e| toml_error(path, text, &e))?;
        rules.validate(text, path)?;
        Ok(rules)
    }

    /// The options of check `id`, read into `T`, the check's own options type (`T`'s
    /// defaults when the rule set does not mention the check).
    ///
    /// # Panics
    /// When the check's table does not fit `T`: the checks layer validates every rule file's
    /// tables as it reads them (`checks::load_rules`), so a table that got this far fits.
    pub fn check<T: DeserializeOwned + Default>(&self, id: &str) -> T {
        match self.checks.get(id) {
            Some(table) => toml::Value::Table(table.clone())
                .try_into()
                .unwrap_or_else(|e| panic!("[checks.{id}] was not validated: {e}")),
            None => T::default(),
        }
    }

    /// The embedded default (`base_text`) with `layers` over it, in order: tables merge key
    /// by key, other values replace. Each layer is parsed and validated on its own (the
    /// parts config owns), so errors point into it.
    pub fn layered(base_text: &str, layers: &[(PathBuf, String)]) -> Result<RuleSet> {
        let mut merged: toml::Table = toml::from_str(base_text)
            .map_err(|e| toml_error(Path::new(DEFAULT_RULES_PATH), base_text, &e))?;
        for (path, text) in layers {
            // Validate each file on its own so errors point into it.
            RuleSet::parse(text, path)?;
            let table: toml::Table =
                toml::from_str(text).map_err(|e| toml_error(path, text, &e))?;
            merge_tables(&mut merged, table);
        }
        let rules: RuleSet = toml::Value::Table(merged)
            .try_into()
            .map_err(|e: toml::de::Error| Error::Usage(format!("merged rule set: {e}")))?;
        Ok(rules)
    }
}

fn merge_tables(base: &mut toml::Table, over: toml::Table) {
    for (key, value) in over {
        match (base.get_mut(&key), value) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) => merge_tables(b, o),
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
}

#[cfg(test)]
mod tests;
