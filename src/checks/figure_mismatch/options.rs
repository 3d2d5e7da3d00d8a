//! figure-mismatch's options: the settings every check has, the tolerances, `min_score`, the
//! subjects and contrasts word groups, and running totals.

use serde::{Deserialize, Serialize};

use crate::checks::options::{OptionsType, check_options};
use crate::config::Severity;

/// The options of figure-mismatch: `[checks.figure-mismatch]` in a rule file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FigureOptions {
    pub enabled: bool,
    pub severity: Severity,
    /// Relative tolerance for figures (0.05 = 5 %).
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::checks::options::relative_tolerance"
    )]
    pub relative_tolerance: Option<f64>,
    /// Absolute tolerance for figures.
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::checks::options::absolute_tolerance"
    )]
    pub absolute_tolerance: Option<f64>,
    /// Groups of nouns that name the same subject ("war", "conflict"), for hyphenated
    /// measures compared across the whole cluster.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subjects: Option<Vec<Vec<String>>>,
    /// Groups of words that set apart different things of one kind ("private", "public"):
    /// sentences using different words of a group are not compared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contrasts: Option<Vec<Vec<String>>>,
    /// Aligned sentences scoring below this are compared only when they also state one same
    /// figure or date (between 0 and 1).
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::checks::options::min_score"
    )]
    pub min_score: Option<f64>,
    /// Words of counts that grow as news comes in ("killed", "injured"): the higher count in
    /// the article published later may be an update.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub running_totals: Option<Vec<String>>,
    /// The severity of a disagreement that may be an updated running total.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_severity: Option<Severity>,
}

impl Default for FigureOptions {
    fn default() -> Self {
        FigureOptions {
            enabled: true,
            severity: Severity::Warning,
            relative_tolerance: None,
            absolute_tolerance: None,
            subjects: None,
            contrasts: None,
            min_score: None,
            running_totals: None,
            update_severity: None,
        }
    }
}

check_options!(FigureOptions, min_score);

/// `FigureOptions` as the registry reads it.
pub(super) static OPTIONS: OptionsType = OptionsType::of::<FigureOptions>();
