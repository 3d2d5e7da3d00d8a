//! Each check's options: the check's own serde type (in its `options.rs`, with
//! `deny_unknown_fields`, so a key another check reads is an error under this one), the
//! settings every check has, and the range checks of values several checks read. A value out
//! of range is an error at the value's line and column: the check runs inside its
//! deserializer, so toml gives the error the value's span.

use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer, Serialize};
use toml::Spanned;
use toml::de::DeValue;

use crate::config::{KeyDoc, Limits, MAX_DAYS, RuleSet, Severity, field_names, toml_error};
use crate::error::{Error, Result};

/// A check's options type: serde (unknown keys denied, the defaults for absent keys), and
/// the settings every check has.
pub trait CheckOptions: Serialize + DeserializeOwned + Default {
    /// Whether the check runs.
    fn enabled(&self) -> bool;
    /// The severity of its findings.
    fn severity(&self) -> Severity;
    /// Aligned sentences scoring below this are compared only when they also state one same
    /// figure or date (the figure, date and count checks have it).
    fn min_score(&self) -> Option<f64> {
        None
    }
}

/// Implements [`CheckOptions`] for an options type from its `enabled` and `severity`
/// fields, and its `min_score` field when the check has one: `check_options!(T)` or
/// `check_options!(T, min_score)`.
macro_rules! check_options {
    ($type:ty $(, $min_score:ident)?) => {
        impl $crate::checks::CheckOptions for $type {
            fn enabled(&self) -> bool {
                self.enabled
            }
            fn severity(&self) -> $crate::config::Severity {
                self.severity
            }
            $(
                fn min_score(&self) -> Option<f64> {
                    self.$min_score
                }
            )?
        }
    };
}
pub(crate) use check_options;

/// The settings every check has, whatever its options type: what the runner and `rules
/// list` read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    pub enabled: bool,
    pub severity: Severity,
    pub min_score: Option<f64>,
}

/// A check's options type as plain functions, so that the registry can validate, read and
/// print the options of a check it knows only as `dyn Check`.
pub struct OptionsType {
    keys: &'static [KeyDoc],
    fields: fn() -> &'static [&'static str],
    validate: for<'i> fn(Spanned<DeValue<'i>>) -> Result<(), toml::de::Error>,
    settings: fn(&RuleSet, &str) -> Settings,
    print: fn(&RuleSet, &str) -> Result<String, toml::ser::Error>,
}

impl OptionsType {
    /// The functions of options type `T`, whose keys `keys` describes (in the order `T`
    /// declares them).
    pub const fn of<T: CheckOptions>(keys: &'static [KeyDoc]) -> Self {
        OptionsType {
            keys,
            fields: field_names::<T>,
            validate: validate::<T>,
            settings: settings::<T>,
            print: print::<T>,
        }
    }

    /// What each key means, for the docs.
    pub fn keys(&self) -> &'static [KeyDoc] {
        self.keys
    }

    /// The keys the type reads, in its order.
    pub fn field_names(&self) -> &'static [&'static str] {
        (self.fields)()
    }

    /// The options of check `id` in `rules` as a TOML table (what `print` writes).
    pub fn table(&self, rules: &RuleSet, id: &str) -> toml::Table {
        self.print(rules, id)
            .ok()
            .and_then(|text| toml::from_str(&text).ok())
            .unwrap_or_default()
    }

    /// Reads one rule file's table of the check (with its spans): unknown keys, wrong types
    /// and values out of range are errors.
    pub fn validate(&self, table: Spanned<DeValue<'_>>) -> Result<(), toml::de::Error> {
        (self.validate)(table)
    }

    /// The settings every check has, from the options of check `id` in `rules`.
    pub fn settings(&self, rules: &RuleSet, id: &str) -> Settings {
        (self.settings)(rules, id)
    }

    /// The options of check `id` in `rules` as TOML, in the order of the type's fields.
    pub fn print(&self, rules: &RuleSet, id: &str) -> Result<String, toml::ser::Error> {
        (self.print)(rules, id)
    }
}

fn validate<T: CheckOptions>(table: Spanned<DeValue<'_>>) -> Result<(), toml::de::Error> {
    T::deserialize(toml::de::ValueDeserializer::from(table)).map(drop)
}

fn settings<T: CheckOptions>(rules: &RuleSet, id: &str) -> Settings {
    let options: T = rules.check(id);
    Settings {
        enabled: options.enabled(),
        severity: options.severity(),
        min_score: options.min_score(),
    }
}

fn print<T: CheckOptions>(rules: &RuleSet, id: &str) -> Result<String, toml::ser::Error> {
    toml::to_string(&rules.check::<T>(id))
}

/// `enabled`, which every check has.
pub const ENABLED: KeyDoc = KeyDoc {
    name: "enabled",
    kind: "boolean",
    range: None,
    meaning: "Whether the check runs.",
};

/// `severity`, which every check has.
pub const SEVERITY: KeyDoc = KeyDoc {
    name: "severity",
    kind: "\"error\", \"warning\" or \"info\"",
    range: None,
    meaning: "The severity of its findings.",
};

/// `min_score`, which the figure, date and count checks have.
pub const MIN_SCORE: KeyDoc = KeyDoc {
    name: "min_score",
    kind: "number",
    range: Some(Limits::Between(0.0, 1.0)),
    meaning: "Aligned sentences scoring below this (a weak link) are compared only when they also share \
a figure, a date, or a name and a word next to a figure.",
};

/// What separates a range error's message from its hint inside a serde error message.
const HINT: &str = "\nhint: ";

/// A `Config` error for an error in a check's table of rule file `path` (`text`): a range
/// error with its own hint, else as `config::toml_error` words it.
pub(crate) fn option_error(path: &std::path::Path, text: &str, e: &toml::de::Error) -> Error {
    match e.message().split_once(HINT) {
        Some((msg, hint)) => {
            crate::config::error_at(path, text, e.span(), msg.to_string(), Some(hint.into()))
        }
        None => toml_error(path, text, e),
    }
}

/// The value of an option, when `ok` says it is in range; else an error saying `msg`, with
/// `hint`, at the value.
fn in_range<'de, D, T>(
    d: D,
    ok: impl Fn(&T) -> bool,
    msg: &str,
    hint: &str,
) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    let value = T::deserialize(d)?;
    if ok(&value) {
        Ok(Some(value))
    } else {
        Err(D::Error::custom(format!("{msg}{HINT}{hint}")))
    }
}

const TOLERANCE_HINT: &str = "0.05 means 5 %; 0 asks for an exact match";

/// `relative_tolerance`: a finite number >= 0.
pub fn relative_tolerance<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    in_range(
        d,
        |v: &f64| *v >= 0.0 && v.is_finite(),
        "`relative_tolerance` must be a finite number >= 0",
        TOLERANCE_HINT,
    )
}

/// `absolute_tolerance`: a finite number >= 0.
pub fn absolute_tolerance<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    in_range(
        d,
        |v: &f64| *v >= 0.0 && v.is_finite(),
        "`absolute_tolerance` must be a finite number >= 0",
        TOLERANCE_HINT,
    )
}

/// `min_similarity`: between 0 and 1.
pub fn min_similarity<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    in_range(
        d,
        |v: &f64| (0.0..=1.0).contains(v),
        "`min_similarity` must be between 0 and 1",
        "a Jaro-Winkler similarity: 0.9 is close, 1 identical",
    )
}

/// `min_score`: between 0 and 1.
pub fn min_score<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    in_range(
        d,
        |v: &f64| (0.0..=1.0).contains(v),
        "`min_score` must be between 0 and 1",
        "an alignment score, as `factdiff align` shows it; 0 compares every link",
    )
}

/// `tolerance_days`: between 0 and `MAX_DAYS`.
pub fn tolerance_days<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    in_range(
        d,
        |v: &i64| (0..=MAX_DAYS).contains(v),
        &format!("`tolerance_days` must be between 0 and {MAX_DAYS}"),
        "0 asks the days to overlap; 1 lets them differ by a day",
    )
}

/// `max_edit_distance`: between 1 and 5.
pub fn max_edit_distance<'de, D: Deserializer<'de>>(d: D) -> Result<Option<usize>, D::Error> {
    in_range(
        d,
        |v: &usize| *v != 0 && *v <= 5,
        "`max_edit_distance` must be between 1 and 5",
        "the number of letters added, removed or changed; 2 is usual",
    )
}
