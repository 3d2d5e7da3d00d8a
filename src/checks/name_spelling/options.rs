//! name-spelling's options: the settings every check has, and how close two spellings must be.

use serde::{Deserialize, Serialize};

use crate::checks::options::{self, OptionsType, check_options};
use crate::config::{KeyDoc, Limits, Severity};

/// The options of name-spelling: `[checks.name-spelling]` in a rule file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct NameOptions {
    pub enabled: bool,
    pub severity: Severity,
    /// Largest edit distance between two spellings of a name word across the cluster (between
    /// 1 and 5; default 2).
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::checks::options::max_edit_distance"
    )]
    pub max_edit_distance: Option<usize>,
    /// Minimum Jaro-Winkler similarity between two spellings across the cluster (between 0
    /// and 1; default 0.85).
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::checks::options::min_similarity"
    )]
    pub min_similarity: Option<f64>,
}

impl Default for NameOptions {
    fn default() -> Self {
        NameOptions {
            enabled: true,
            severity: Severity::Warning,
            max_edit_distance: None,
            min_similarity: None,
        }
    }
}

check_options!(NameOptions);

/// What each key of `NameOptions` means, in the order it declares them.
static KEYS: &[KeyDoc] = &[
    options::ENABLED,
    options::SEVERITY,
    KeyDoc {
        name: "max_edit_distance",
        kind: "integer",
        range: Some(Limits::Between(1.0, 5.0)),
        meaning: "Most letters two spellings of a word of a name may differ by across the cluster; inside aligned sentences one edit in a word of four letters or more is enough.",
    },
    KeyDoc {
        name: "min_similarity",
        kind: "number",
        range: Some(Limits::Between(0.0, 1.0)),
        meaning: "Jaro-Winkler similarity two spellings of a word of a name must reach across the cluster (Kerry and Kirby stay two people).",
    },
];

/// `NameOptions` as the registry reads it.
pub(super) static OPTIONS: OptionsType = OptionsType::of::<NameOptions>(KEYS);
