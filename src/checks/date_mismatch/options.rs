//! date-mismatch's options: the settings every check has, `min_score` and the tolerance in
//! days.

use serde::{Deserialize, Serialize};

use crate::checks::options::{self, OptionsType, check_options};
use crate::config::{KeyDoc, Limits, MAX_DAYS, Severity};

/// The options of date-mismatch: `[checks.date-mismatch]` in a rule file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DateOptions {
    pub enabled: bool,
    pub severity: Severity,
    /// Aligned sentences scoring below this are compared only when they also state one same
    /// figure or date (between 0 and 1).
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::checks::options::min_score"
    )]
    pub min_score: Option<f64>,
    /// Days two dates may be apart and still agree (between 0 and `MAX_DAYS`; default 0).
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::checks::options::tolerance_days"
    )]
    pub tolerance_days: Option<i64>,
    /// The most severe a disagreement between dates of two different names (each date's
    /// holder, neither named in the other sentence) may be.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub holders_severity: Option<Severity>,
}

impl Default for DateOptions {
    fn default() -> Self {
        DateOptions {
            enabled: true,
            severity: Severity::Warning,
            min_score: None,
            tolerance_days: None,
            holders_severity: None,
        }
    }
}

check_options!(DateOptions, min_score);

/// What each key of `DateOptions` means, in the order it declares them.
static KEYS: &[KeyDoc] = &[
    options::ENABLED,
    options::SEVERITY,
    options::MIN_SCORE,
    KeyDoc {
        name: "tolerance_days",
        kind: "integer",
        range: Some(Limits::Between(0.0, MAX_DAYS as f64)),
        meaning: "Days by which two resolved dates may differ and still agree; 0 asks the days to overlap.",
    },
    KeyDoc {
        name: "holders_severity",
        kind: "\"error\", \"warning\" or \"info\"",
        range: None,
        meaning: "At most this severe for dates of two different names.",
    },
];

/// `DateOptions` as the registry reads it.
pub(super) static OPTIONS: OptionsType = OptionsType::of::<DateOptions>(KEYS);
