//! Validation of the parts of a rule file config owns (`[align]`, `[boilerplate]`,
//! `[equivalences]`), each error at the line and column of the key or value that has it, from
//! toml's spans. The `[checks.*]` tables are the checks layer's to validate.

use std::ops::Range;
use std::path::Path;

use toml::de::{DeTable, DeValue};

use super::diagnostics::{error_at, toml_error};
use super::{
    AlignRules, BoilerplateRules, ConfidenceRules, Equivalences, FeedRules, MAX_DAYS, RuleSet,
};
use crate::error::{Error, Result};

/// One rule file as parsed, with the spans of its keys and values.
struct Spans<'a> {
    path: &'a Path,
    text: &'a str,
    doc: DeTable<'a>,
}

impl<'a> Spans<'a> {
    fn parse(path: &'a Path, text: &'a str) -> Result<Self> {
        let doc = DeTable::parse(text).map_err(|e| toml_error(path, text, &e))?;
        Ok(Spans {
            path,
            text,
            doc: doc.into_inner(),
        })
    }

    /// The span of the key at `path` (`["align", "threshold"]`) as written, else of the
    /// deepest table on the way that is there.
    fn key(&self, path: &[&str]) -> Option<Range<usize>> {
        let mut table = &self.doc;
        let mut found = None;
        for name in path {
            let Some((key, value)) = table.get_key_value(*name) else {
                break;
            };
            found = Some(key.span());
            match value.get_ref().as_table() {
                Some(inner) => table = inner,
                None => break,
            }
        }
        found
    }

    /// The value of key `key` of table `table`.
    fn value(&self, table: &str, key: &str) -> Option<&DeValue<'a>> {
        let table = self.doc.get(table)?.get_ref().as_table()?;
        Some(table.get(key)?.get_ref())
    }

    /// An error at the key at `path`.
    fn at_key(&self, path: &[&str], msg: String, hint: Option<String>) -> Error {
        error_at(self.path, self.text, self.key(path), msg, hint)
    }

    /// An error at byte range `span`, else at key `key` of table `table`.
    fn at(
        &self,
        span: Option<Range<usize>>,
        (table, key): (&str, &str),
        msg: String,
        hint: Option<String>,
    ) -> Error {
        let span = span.or_else(|| self.key(&[table, key]));
        error_at(self.path, self.text, span, msg, hint)
    }
}

impl RuleSet {
    /// Checks the values of `[align]`, `[boilerplate]` and `[equivalences]` of rule file
    /// `path` (`text`, parsed into `self`).
    pub(super) fn validate(&self, text: &str, path: &Path) -> Result<()> {
        let spans = Spans::parse(path, text)?;
        validate_align(&self.align, &spans)?;
        validate_confidence(&self.confidence, &spans)?;
        validate_boilerplate(&self.boilerplate, &spans)?;
        validate_feed(&self.feed, &spans)?;
        validate_equivalences(&self.equivalences, &spans)
    }
}

/// The ranges of `[confidence]`: both between 0 and 1, `warning_at` not above `error_at`.
fn validate_confidence(confidence: &ConfidenceRules, spans: &Spans) -> Result<()> {
    let default = ConfidenceRules::default();
    for (key, value, default) in [
        ("error_at", confidence.error_at, default.error_at),
        ("warning_at", confidence.warning_at, default.warning_at),
    ] {
        if !(0.0..=1.0).contains(&value) {
            return Err(spans.at_key(
                &["confidence", key],
                format!("`{key}` must be between 0 and 1"),
                Some(format!("the default is {default}")),
            ));
        }
    }
    // Only when this file sets both: a file may lower `error_at` alone below another
    // layer's `warning_at` (`cap` then reads `warning_at` as at most `error_at`).
    let both = spans.value("confidence", "error_at").is_some()
        && spans.value("confidence", "warning_at").is_some();
    if both && confidence.warning_at > confidence.error_at {
        return Err(spans.at_key(
            &["confidence", "warning_at"],
            format!(
                "`warning_at` ({}) is above `error_at` ({}): a finding would fall to info before it fell to warning",
                confidence.warning_at, confidence.error_at
            ),
            Some("make `warning_at` at most `error_at`".into()),
        ));
    }
    Ok(())
}

/// The ranges of `[feed]`.
fn validate_feed(feed: &FeedRules, spans: &Spans) -> Result<()> {
    let err =
        |key: &str, msg: String, hint: Option<String>| spans.at_key(&["feed", key], msg, hint);
    if !(0..=MAX_DAYS).contains(&feed.window_days) {
        return Err(err(
            "window_days",
            format!("`window_days` must be between 0 and {MAX_DAYS}"),
            None,
        ));
    }
    if !(feed.min_similarity > 0.0 && feed.min_similarity <= 1.0) {
        return Err(err(
            "min_similarity",
            "`min_similarity` must be above 0 and at most 1".into(),
            Some(format!(
                "the default is {}",
                FeedRules::default().min_similarity
            )),
        ));
    }
    // Against `min_similarity` only when this file sets both (another layer may set one; a
    // `strong_similarity` below `min_similarity` then reads as `min_similarity`).
    let both = spans.value("feed", "min_similarity").is_some()
        && spans.value("feed", "strong_similarity").is_some();
    let low = if both { feed.min_similarity } else { 0.0 };
    if !(low..=1.0).contains(&feed.strong_similarity) {
        return Err(err(
            "strong_similarity",
            "`strong_similarity` must be between `min_similarity` and 1".into(),
            None,
        ));
    }
    if feed.blocking_max_articles < 2 {
        return Err(err(
            "blocking_max_articles",
            "`blocking_max_articles` must be at least 2".into(),
            None,
        ));
    }
    Ok(())
}

/// The ranges of `[align]`.
fn validate_align(align: &AlignRules, spans: &Spans) -> Result<()> {
    let err =
        |key: &str, msg: String, hint: Option<String>| spans.at_key(&["align", key], msg, hint);
    if !(0.0..=1.0).contains(&align.threshold) {
        return Err(err(
            "threshold",
            "`threshold` must be between 0 and 1".into(),
            Some(format!(
                "the default is {}",
                AlignRules::default().threshold
            )),
        ));
    }
    if !(0.0..=1.0).contains(&align.distant_threshold) {
        return Err(err(
            "distant_threshold",
            "`distant_threshold` must be between 0 and 1".into(),
            None,
        ));
    }
    if !(0..=MAX_DAYS).contains(&align.distant_days) {
        return Err(err(
            "distant_days",
            format!("`distant_days` must be between 0 and {MAX_DAYS}"),
            None,
        ));
    }
    if align.blocking_max_df == 0 {
        return Err(err(
            "blocking_max_df",
            "`blocking_max_df` must be at least 1".into(),
            None,
        ));
    }
    if !(align.rival_margin >= 0.0 && align.rival_margin.is_finite()) {
        return Err(err(
            "rival_margin",
            "`rival_margin` must be a finite number >= 0 (1 keeps every link)".into(),
            None,
        ));
    }
    if !(0.0..1.0).contains(&align.figure_bonus) {
        return Err(err(
            "figure_bonus",
            "`figure_bonus` must be a number from 0 (off) to below 1".into(),
            None,
        ));
    }
    for (key, value) in [
        ("name_weight", align.name_weight),
        ("quote_weight", align.quote_weight),
        ("speaker_weight", align.speaker_weight),
    ] {
        if !(value > 0.0 && value.is_finite()) {
            return Err(err(
                key,
                format!("`{key}` must be a finite number > 0"),
                None,
            ));
        }
    }
    if align.max_links == 0 {
        return Err(err(
            "max_links",
            "`max_links` must be at least 1".into(),
            Some(format!(
                "the default is {}",
                AlignRules::default().max_links
            )),
        ));
    }
    Ok(())
}

/// Each `[boilerplate]` pattern must be a regular expression; the error points at it.
fn validate_boilerplate(boilerplate: &BoilerplateRules, spans: &Spans) -> Result<()> {
    let items = spans
        .value("boilerplate", "patterns")
        .and_then(DeValue::as_array);
    for (i, pattern) in boilerplate.patterns.iter().enumerate() {
        if let Err(e) = regex::Regex::new(pattern) {
            let first = e
                .to_string()
                .lines()
                .last()
                .unwrap_or("")
                .trim()
                .to_string();
            return Err(spans.at(
                items.and_then(|a| a.get(i)).map(|item| item.span()),
                ("boilerplate", "patterns"),
                format!("invalid regular expression `{pattern}`: {first}"),
                Some(
                    "patterns use Rust regex syntax: escape a literal ( [ . * + ? with a backslash, and write patterns in 'single quotes' so TOML leaves backslashes alone"
                        .into(),
                ),
            ));
        }
    }
    Ok(())
}

/// Each `[equivalences]` group (of `aliases` and of `words`) lists two or more different
/// spellings, each once; the error points at the spelling listed twice, or at the group.
fn validate_equivalences(equivalences: &Equivalences, spans: &Spans) -> Result<()> {
    for (table, groups) in [
        ("aliases", &equivalences.aliases),
        ("words", &equivalences.words),
    ] {
        let items = spans
            .value("equivalences", table)
            .and_then(DeValue::as_array);
        for (g, group) in groups.iter().enumerate() {
            let item = items.and_then(|a| a.get(g));
            let words = item.and_then(|i| i.get_ref().as_array());
            let mut seen = std::collections::BTreeSet::new();
            for (w, word) in group.iter().enumerate() {
                if !seen.insert(word.to_lowercase()) {
                    return Err(spans.at(
                        words.and_then(|a| a.get(w)).map(|word| word.span()),
                        ("equivalences", table),
                        format!("the group {group:?} maps `{word}` to itself"),
                        Some("list each spelling once; a group needs two or more different spellings".into()),
                    ));
                }
            }
            if group.len() < 2 {
                return Err(spans.at(
                    item.map(|item| item.span()),
                    ("equivalences", table),
                    format!("the group {group:?} has fewer than two spellings"),
                    None,
                ));
            }
        }
    }
    Ok(())
}
