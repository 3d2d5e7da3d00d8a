//! figure-mismatch's options: the settings every check has, the tolerances, `min_score`, the
//! subjects and contrasts word groups, and running totals.

use serde::{Deserialize, Serialize};

use crate::checks::options::{self, OptionsType, check_options};
use crate::config::{KeyDoc, Limits, Severity};

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
    /// The most severe a disagreement between two readings of something that moves, tied
    /// to no one moment, may be.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moving_severity: Option<Severity>,
    /// The most severe a disagreement between figures of two different names (each
    /// figure's holder, neither named in the other sentence) may be.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub holders_severity: Option<Severity>,
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
            moving_severity: None,
            holders_severity: None,
        }
    }
}

check_options!(FigureOptions, min_score);

/// What each key of `FigureOptions` means, in the order it declares them.
static KEYS: &[KeyDoc] = &[
    options::ENABLED,
    options::SEVERITY,
    KeyDoc {
        name: "relative_tolerance",
        kind: "number",
        range: Some(Limits::AtLeast(0.0)),
        meaning: "Relative difference allowed: 0.05 lets 5 % through.",
    },
    KeyDoc {
        name: "absolute_tolerance",
        kind: "number",
        range: Some(Limits::AtLeast(0.0)),
        meaning: "Difference allowed, whatever the figures' size.",
    },
    KeyDoc {
        name: "subjects",
        kind: "list of lists of words",
        range: None,
        meaning: "Nouns naming one subject (\"war\", \"conflict\").",
    },
    KeyDoc {
        name: "contrasts",
        kind: "list of lists of words",
        range: None,
        meaning: "Words setting apart things of one kind (`[\"private\", \"public\"]`): not compared.",
    },
    options::MIN_SCORE,
    KeyDoc {
        name: "running_totals",
        kind: "list of words",
        range: None,
        meaning: "Words of counts that grow (\"killed\"): a higher count published later may be an \
update; `[]` turns this off.",
    },
    KeyDoc {
        name: "update_severity",
        kind: "\"error\", \"warning\" or \"info\"",
        range: None,
        meaning: "The severity of a possible update.",
    },
    KeyDoc {
        name: "moving_severity",
        kind: "\"error\", \"warning\" or \"info\"",
        range: None,
        meaning: "At most this severe for moving readings (\"jumped 6%\") tied to no shared date \
or figure.",
    },
    KeyDoc {
        name: "holders_severity",
        kind: "\"error\", \"warning\" or \"info\"",
        range: None,
        meaning: "At most this severe for figures of two different names.",
    },
];

/// `FigureOptions` as the registry reads it.
pub(super) static OPTIONS: OptionsType = OptionsType::of::<FigureOptions>(KEYS);
