//! count-mismatch's options: the settings every check has, and `min_score`.

use serde::{Deserialize, Serialize};

use crate::checks::options::{self, OptionsType, check_options};
use crate::config::{KeyDoc, Severity};

/// The options of count-mismatch: `[checks.count-mismatch]` in a rule file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CountOptions {
    pub enabled: bool,
    pub severity: Severity,
    /// Aligned sentences scoring below this are compared only when they also state one same
    /// figure or date (between 0 and 1).
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::checks::options::min_score"
    )]
    pub min_score: Option<f64>,
}

impl Default for CountOptions {
    fn default() -> Self {
        CountOptions {
            enabled: true,
            severity: Severity::Warning,
            min_score: None,
        }
    }
}

check_options!(CountOptions, min_score);

/// What each key of `CountOptions` means, in the order it declares them.
static KEYS: &[KeyDoc] = &[options::ENABLED, options::SEVERITY, options::MIN_SCORE];

/// `CountOptions` as the registry reads it.
pub(super) static OPTIONS: OptionsType = OptionsType::of::<CountOptions>(KEYS);
