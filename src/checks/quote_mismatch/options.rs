//! quote-mismatch's options: the settings every check has (what counts as the same word
//! comes from `[equivalences]`).

use serde::{Deserialize, Serialize};

use crate::checks::options::{self, OptionsType, check_options};
use crate::config::{KeyDoc, Severity};

/// The options of quote-mismatch: `[checks.quote-mismatch]` in a rule file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct QuoteOptions {
    pub enabled: bool,
    pub severity: Severity,
    /// The most severe a difference may be when most words of both quotes differ: two
    /// remarks more likely than one misquoted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remarks_severity: Option<Severity>,
}

impl Default for QuoteOptions {
    fn default() -> Self {
        QuoteOptions {
            enabled: true,
            severity: Severity::Warning,
            remarks_severity: None,
        }
    }
}

check_options!(QuoteOptions);

/// What each key of `QuoteOptions` means, in the order it declares them.
static KEYS: &[KeyDoc] = &[
    options::ENABLED,
    options::SEVERITY,
    KeyDoc {
        name: "remarks_severity",
        kind: "\"error\", \"warning\" or \"info\"",
        range: None,
        meaning: "At most this severe when most words of both quotes differ: perhaps two remarks.",
    },
];

/// `QuoteOptions` as the registry reads it.
pub(super) static OPTIONS: OptionsType = OptionsType::of::<QuoteOptions>(KEYS);
