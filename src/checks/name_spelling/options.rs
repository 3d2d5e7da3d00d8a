//! name-spelling's options: the settings every check has, and how close two spellings must be.

use serde::{Deserialize, Serialize};

use crate::checks::options::{OptionsType, check_options};
use crate::config::Severity;

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

/// `NameOptions` as the registry reads it.
pub(super) static OPTIONS: OptionsType = OptionsType::of::<NameOptions>();
