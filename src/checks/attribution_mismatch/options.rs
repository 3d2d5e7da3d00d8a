//! attribution-mismatch's options: the settings every check has, and the alignment score
//! reported speech must reach.

use serde::{Deserialize, Serialize};

use crate::checks::options::{self, OptionsType, check_options};
use crate::config::{KeyDoc, Limits, Severity};

/// The options of attribution-mismatch: `[checks.attribution-mismatch]` in a rule file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AttributionOptions {
    pub enabled: bool,
    pub severity: Severity,
    /// The alignment score two sentences of reported speech must reach to compare their
    /// speakers (between 0 and 1; default 0.3).
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::checks::options::min_similarity"
    )]
    pub min_similarity: Option<f64>,
    /// The most severe a finding may be when the two speakers may be one source: a pronoun
    /// resolved from the sentences before (a guess at who spoke), or a person against an
    /// organisation they may speak for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unsure_severity: Option<Severity>,
    /// The most severe a finding may be when the two sentences differ beyond their speakers
    /// (less than `SAME_FRAME` of their other words in order).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reworded_severity: Option<Severity>,
}

impl Default for AttributionOptions {
    fn default() -> Self {
        AttributionOptions {
            enabled: true,
            severity: Severity::Warning,
            min_similarity: None,
            unsure_severity: None,
            reworded_severity: None,
        }
    }
}

check_options!(AttributionOptions);

/// What each key of `AttributionOptions` means, in the order it declares them.
static KEYS: &[KeyDoc] = &[
    options::ENABLED,
    options::SEVERITY,
    KeyDoc {
        name: "min_similarity",
        kind: "number",
        range: Some(Limits::Between(0.0, 1.0)),
        meaning: "The alignment score two sentences of reported speech (no quotation marks) must reach for their speakers to be compared.",
    },
    KeyDoc {
        name: "unsure_severity",
        kind: "\"error\", \"warning\" or \"info\"",
        range: None,
        meaning: "At most this severe when the two may be one source: a pronoun (\"he said\") \
resolved from the sentences before, or a person against an organisation.",
    },
    KeyDoc {
        name: "reworded_severity",
        kind: "\"error\", \"warning\" or \"info\"",
        range: None,
        meaning: "At most this severe when the two sentences differ beyond their speakers.",
    },
];

/// `AttributionOptions` as the registry reads it.
pub(super) static OPTIONS: OptionsType = OptionsType::of::<AttributionOptions>(KEYS);
