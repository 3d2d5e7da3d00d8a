//! typo's options: the settings every check has, the edit distance to a correction, the
//! Hunspell dictionaries, `dictionary_only` and words never flagged.

use serde::{Deserialize, Serialize};

use crate::checks::options::{self, OptionsType, check_options};
use crate::config::{KeyDoc, Limits, Severity};

/// The options of typo: `[checks.typo]` in a rule file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TypoOptions {
    pub enabled: bool,
    pub severity: Severity,
    /// Largest edit distance between a word and its correction (between 1 and 5; default 2).
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::checks::options::max_edit_distance"
    )]
    pub max_edit_distance: Option<usize>,
    /// Also flag known misspellings in articles with no counterpart sentence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dictionary_only: Option<bool>,
    /// Hunspell dictionaries (paths without .aff/.dic) used when present.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dictionaries: Option<Vec<String>>,
    /// Words never flagged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignore_words: Option<Vec<String>>,
}

impl Default for TypoOptions {
    fn default() -> Self {
        TypoOptions {
            enabled: true,
            severity: Severity::Warning,
            max_edit_distance: None,
            dictionary_only: None,
            dictionaries: None,
            ignore_words: None,
        }
    }
}

check_options!(TypoOptions);

/// What each key of `TypoOptions` means, in the order it declares them.
static KEYS: &[KeyDoc] = &[
    options::ENABLED,
    options::SEVERITY,
    KeyDoc {
        name: "max_edit_distance",
        kind: "integer",
        range: Some(Limits::Between(1.0, 5.0)),
        meaning: "Most letters a word may differ by from its correction (words of three letters or fewer: \
1); a correction the known-misspellings list gives counts at any distance.",
    },
    KeyDoc {
        name: "dictionary_only",
        kind: "boolean",
        range: None,
        meaning: "Also flag known misspellings that have no counterpart sentence (for a draft with no sources).",
    },
    KeyDoc {
        name: "dictionaries",
        kind: "list of paths",
        range: None,
        meaning: "Hunspell dictionaries (paths without `.aff`/`.dic`), used when present; when none can be \
read, `check` warns and knows only the known-misspellings list.",
    },
    KeyDoc {
        name: "ignore_words",
        kind: "list of words",
        range: None,
        meaning: "Words never flagged.",
    },
];

/// `TypoOptions` as the registry reads it.
pub(super) static OPTIONS: OptionsType = OptionsType::of::<TypoOptions>(KEYS);
