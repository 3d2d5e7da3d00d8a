//! The rule set: serde types, layering (embedded default -> `factdiff.toml` found upwards
//! from the working directory -> `--rules FILE` -> `--select`/`--ignore`), and validation
//! with file:line:column and "did you mean".

mod locate;
mod severity;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

pub use locate::{line_col, locate_key};
pub use severity::Severity;

/// The rule set embedded in the binary.
pub const DEFAULT_RULES: &str = include_str!("../../rules/default.toml");
/// The largest number of days a rule may give (a century): larger spans mean nothing for
/// news and overflow date arithmetic.
pub const MAX_DAYS: i64 = 36_500;
/// The name of a project rule file, looked up in the working directory and its parents.
pub const PROJECT_RULES_NAME: &str = "factdiff.toml";

/// Alignment settings.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AlignRules {
    /// Minimum alignment score (0..1) for two sentences to report the same fact.
    pub threshold: f64,
    /// How many sentences of each other article one sentence may link to.
    pub max_links: usize,
    /// Terms held by more than this many of a cluster's sentences are not used to find
    /// candidate pairs (they still count in the score). Bounds the cost of large clusters.
    pub blocking_max_df: usize,
    /// Weight of a capitalised term (a name) relative to a common word.
    pub name_weight: f64,
    /// Weight multiplier of a word inside quotation marks.
    pub quote_weight: f64,
    /// Weight multiplier of the words naming who said what a sentence reports ("said Jane Roe").
    pub speaker_weight: f64,
    /// A link is dropped when each of its sentences has a link in the other's article
    /// better by more than this (each has its own counterpart there).
    pub rival_margin: f64,
    /// Minimum number of content words (after masking figures and dates) for a sentence to align.
    pub min_terms: usize,
    /// Articles whose publication dates are more than this many days apart report
    /// different events unless the wording is nearly the same: they need `distant_threshold`.
    pub distant_days: i64,
    /// Minimum alignment score between sentences of articles published far apart.
    pub distant_threshold: f64,
    /// Added to the score of two sentences that state one same figure written in digits.
    pub figure_bonus: f64,
}

impl Default for AlignRules {
    fn default() -> Self {
        AlignRules {
            threshold: 0.3,
            max_links: 2,
            blocking_max_df: 100,
            name_weight: 1.5,
            quote_weight: 1.5,
            speaker_weight: 1.0,
            rival_margin: 0.2,
            min_terms: 3,
            distant_days: 30,
            distant_threshold: 0.7,
            figure_bonus: 0.1,
        }
    }
}

/// Lines that are not prose: share buttons, "Advertisement", read times, counters, URLs...
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BoilerplateRules {
    /// Regular expressions matched against each whole line (trimmed).
    pub patterns: Vec<String>,
}

/// What counts as the same.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Equivalences {
    /// Groups of names for the same entity ("Daesh" = "Islamic State").
    pub aliases: Vec<Vec<String>>,
    /// Name particles that may be dropped ("al-Assad" = "Assad").
    pub particles: Vec<String>,
    /// Treat British/American/Canadian/Australian spellings as equal (VARCON, via typos-vars).
    pub spelling_variants: bool,
    /// Extra groups of words spelled differently that mean the same.
    pub words: Vec<Vec<String>>,
}

impl Default for Equivalences {
    fn default() -> Self {
        Equivalences {
            aliases: Vec::new(),
            particles: Vec::new(),
            spelling_variants: true,
            words: Vec::new(),
        }
    }
}

/// The settings every check has.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CheckSettings {
    pub enabled: bool,
    pub severity: Severity,
    /// Relative tolerance for figures (0.05 = 5 %).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relative_tolerance: Option<f64>,
    /// Absolute tolerance for figures.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub absolute_tolerance: Option<f64>,
    /// Largest edit distance between a word and its correction / two spellings of a name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_edit_distance: Option<usize>,
    /// Minimum Jaro-Winkler similarity between two spellings of a name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_similarity: Option<f64>,
    /// Typo check: also flag known misspellings in articles with no counterpart sentence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dictionary_only: Option<bool>,
    /// Typo check: Hunspell dictionaries (paths without .aff/.dic) used when present.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dictionaries: Option<Vec<String>>,
    /// Words never flagged by this check.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignore_words: Option<Vec<String>>,
    /// Figure check: groups of nouns that name the same subject ("war", "conflict").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subjects: Option<Vec<Vec<String>>>,
    /// Figure check: groups of words that set apart different things of one kind
    /// ("private", "public"): sentences using different words of a group are not compared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contrasts: Option<Vec<Vec<String>>>,
    /// Figure, date and count checks: aligned sentences scoring below this are compared only
    /// when they also state one same figure or date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_score: Option<f64>,
    /// Date check: tolerance in days.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tolerance_days: Option<i64>,
    /// Figure check: words of counts that grow as news comes in ("killed", "injured"): the
    /// higher count in the article published later may be an update.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub running_totals: Option<Vec<String>>,
    /// Figure check: the severity of a disagreement that may be an updated running total.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_severity: Option<Severity>,
}

impl Default for CheckSettings {
    fn default() -> Self {
        CheckSettings {
            enabled: true,
            severity: Severity::Warning,
            relative_tolerance: None,
            absolute_tolerance: None,
            max_edit_distance: None,
            min_similarity: None,
            dictionary_only: None,
            dictionaries: None,
            ignore_words: None,
            subjects: None,
            contrasts: None,
            min_score: None,
            tolerance_days: None,
            running_totals: None,
            update_severity: None,
        }
    }
}

/// The whole rule set.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RuleSet {
    pub align: AlignRules,
    pub boilerplate: BoilerplateRules,
    pub equivalences: Equivalences,
    /// Per-check settings, keyed by check id.
    pub checks: BTreeMap<String, CheckSettings>,
}

impl RuleSet {
    /// The embedded default rule set.
    pub fn embedded() -> Self {
        RuleSet::parse(DEFAULT_RULES, Path::new("<embedded rules/default.toml>"))
            .expect("the embedded rule set is valid (tested)")
    }

    /// Parses and validates one rule file.
    pub fn parse(text: &str, path: &Path) -> Result<RuleSet> {
        let rules: RuleSet = toml::from_str(text).map_err(|e| toml_error(path, text, &e))?;
        rules.validate(text, path)?;
        Ok(rules)
    }

    /// Settings of one check (defaults when the rule set does not mention it).
    pub fn check(&self, id: &str) -> CheckSettings {
        self.checks.get(id).cloned().unwrap_or_default()
    }

    fn validate(&self, text: &str, path: &Path) -> Result<()> {
        let err = |keys: &[&str], msg: String, hint: Option<String>| {
            let (line, col) = locate_key(text, keys);
            Error::Config {
                path: path.to_path_buf(),
                line,
                col,
                msg,
                hint,
            }
        };
        let known = crate::checks::registry::ids();
        for (id, settings) in &self.checks {
            if !known.contains(&id.as_str()) {
                return Err(err(
                    &["checks", id],
                    format!("unknown check `{id}`"),
                    did_you_mean(id, known.iter().copied()),
                ));
            }
            for (key, value) in [
                ("relative_tolerance", settings.relative_tolerance),
                ("absolute_tolerance", settings.absolute_tolerance),
            ] {
                if value.is_some_and(|v| !(v >= 0.0 && v.is_finite())) {
                    return Err(err(
                        &["checks", id, key],
                        format!("`{key}` must be a finite number >= 0"),
                        Some("0.05 means 5 %; 0 asks for an exact match".into()),
                    ));
                }
            }
            for (key, value, hint) in [
                (
                    "min_similarity",
                    settings.min_similarity,
                    "a Jaro-Winkler similarity: 0.9 is close, 1 identical",
                ),
                (
                    "min_score",
                    settings.min_score,
                    "an alignment score, as `factdiff align` shows it; 0 compares every link",
                ),
            ] {
                if value.is_some_and(|v| !(0.0..=1.0).contains(&v)) {
                    return Err(err(
                        &["checks", id, key],
                        format!("`{key}` must be between 0 and 1"),
                        Some(hint.into()),
                    ));
                }
            }
            if settings
                .tolerance_days
                .is_some_and(|d| !(0..=MAX_DAYS).contains(&d))
            {
                return Err(err(
                    &["checks", id, "tolerance_days"],
                    format!("`tolerance_days` must be between 0 and {MAX_DAYS}"),
                    Some("0 asks the days to overlap; 1 lets them differ by a day".into()),
                ));
            }
            if settings.max_edit_distance.is_some_and(|d| d == 0 || d > 5) {
                return Err(err(
                    &["checks", id, "max_edit_distance"],
                    "`max_edit_distance` must be between 1 and 5".into(),
                    Some("the number of letters added, removed or changed; 2 is usual".into()),
                ));
            }
        }
        if !(0.0..=1.0).contains(&self.align.threshold) {
            return Err(err(
                &["align", "threshold"],
                "`threshold` must be between 0 and 1".into(),
                Some(format!(
                    "the default is {}",
                    AlignRules::default().threshold
                )),
            ));
        }
        if !(0.0..=1.0).contains(&self.align.distant_threshold) {
            return Err(err(
                &["align", "distant_threshold"],
                "`distant_threshold` must be between 0 and 1".into(),
                None,
            ));
        }
        if !(0..=MAX_DAYS).contains(&self.align.distant_days) {
            return Err(err(
                &["align", "distant_days"],
                format!("`distant_days` must be between 0 and {MAX_DAYS}"),
                None,
            ));
        }
        if self.align.blocking_max_df == 0 {
            return Err(err(
                &["align", "blocking_max_df"],
                "`blocking_max_df` must be at least 1".into(),
                None,
            ));
        }
        if !(self.align.rival_margin >= 0.0 && self.align.rival_margin.is_finite()) {
            return Err(err(
                &["align", "rival_margin"],
                "`rival_margin` must be a finite number >= 0 (1 keeps every link)".into(),
                None,
            ));
        }
        if !(0.0..1.0).contains(&self.align.figure_bonus) {
            return Err(err(
                &["align", "figure_bonus"],
                "`figure_bonus` must be a number from 0 (off) to below 1".into(),
                None,
            ));
        }
        for (key, value) in [
            ("name_weight", self.align.name_weight),
            ("quote_weight", self.align.quote_weight),
            ("speaker_weight", self.align.speaker_weight),
        ] {
            if !(value > 0.0 && value.is_finite()) {
                return Err(err(
                    &["align", key],
                    format!("`{key}` must be a finite number > 0"),
                    None,
                ));
            }
        }
        if self.align.max_links == 0 {
            return Err(err(
                &["align", "max_links"],
                "`max_links` must be at least 1".into(),
                Some(format!(
                    "the default is {}",
                    AlignRules::default().max_links
                )),
            ));
        }
        for pattern in &self.boilerplate.patterns {
            if let Err(e) = regex::Regex::new(pattern) {
                let (line, col) = locate::locate_value(text, pattern)
                    .unwrap_or_else(|| locate_key(text, &["boilerplate", "patterns"]));
                let first = e
                    .to_string()
                    .lines()
                    .last()
                    .unwrap_or("")
                    .trim()
                    .to_string();
                return Err(Error::Config {
                    path: path.to_path_buf(),
                    line,
                    col,
                    msg: format!("invalid regular expression `{pattern}`: {first}"),
                    hint: Some(
                        "patterns use Rust regex syntax: escape a literal ( [ . * + ? with a backslash, and write patterns in 'single quotes' so TOML leaves backslashes alone"
                            .into(),
                    ),
                });
            }
        }
        for (table, groups) in [
            ("aliases", &self.equivalences.aliases),
            ("words", &self.equivalences.words),
        ] {
            for group in groups {
                let mut seen = std::collections::BTreeSet::new();
                for word in group {
                    if !seen.insert(word.to_lowercase()) {
                        let (line, col) = locate::locate_value(text, word)
                            .unwrap_or_else(|| locate_key(text, &["equivalences", table]));
                        return Err(Error::Config {
                            path: path.to_path_buf(),
                            line,
                            col,
                            msg: format!("the group {group:?} maps `{word}` to itself"),
                            hint: Some("list each spelling once; a group needs two or more different spellings".into()),
                        });
                    }
                }
                if group.len() < 2 {
                    return Err(err(
                        &["equivalences", table],
                        format!("the group {group:?} has fewer than two spellings"),
                        None,
                    ));
                }
            }
        }
        Ok(())
    }

    /// Layers `over` on top of `self`: tables merge key by key, other values replace.
    pub fn layered(base_text: &str, layers: &[(PathBuf, String)]) -> Result<RuleSet> {
        let mut merged: toml::Table = toml::from_str(base_text)
            .map_err(|e| toml_error(Path::new("<embedded rules/default.toml>"), base_text, &e))?;
        for (path, text) in layers {
            // Validate each file on its own so errors point into it.
            RuleSet::parse(text, path)?;
            let table: toml::Table =
                toml::from_str(text).map_err(|e| toml_error(path, text, &e))?;
            merge_tables(&mut merged, table);
        }
        let rules: RuleSet = toml::Value::Table(merged)
            .try_into()
            .map_err(|e: toml::de::Error| Error::Usage(format!("merged rule set: {e}")))?;
        Ok(rules)
    }
}

fn merge_tables(base: &mut toml::Table, over: toml::Table) {
    for (key, value) in over {
        match (base.get_mut(&key), value) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) => merge_tables(b, o),
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
}

/// Where the rule set comes from, and how the command line narrows it.
#[derive(Debug, Clone, Default)]
pub struct RuleSources {
    /// `--rules FILE`, in order.
    pub files: Vec<PathBuf>,
    /// Look for `factdiff.toml` from this directory upwards (None: do not look).
    pub project_dir: Option<PathBuf>,
    /// `--select`: only these checks (or categories) run.
    pub select: Vec<String>,
    /// `--ignore`: these checks (or categories) do not run.
    pub ignore: Vec<String>,
}

/// Builds the merged rule set.
pub fn load_rules(sources: &RuleSources) -> Result<RuleSet> {
    let mut layers = Vec::new();
    if let Some(path) = sources.project_dir.as_deref().and_then(find_project_rules) {
        let text = read_rule_file(&path)?;
        layers.push((path, text));
    }
    for path in &sources.files {
        let text = read_rule_file(path)?;
        layers.push((path.clone(), text));
    }
    let mut rules = RuleSet::layered(DEFAULT_RULES, &layers)?;
    apply_selection(&mut rules, &sources.select, &sources.ignore)?;
    Ok(rules)
}

/// The rule files a run with these sources reads, in layering order.
pub fn rule_file_paths(sources: &RuleSources) -> Vec<PathBuf> {
    let project = sources.project_dir.as_deref().and_then(find_project_rules);
    project
        .into_iter()
        .chain(sources.files.iter().cloned())
        .collect()
}

fn read_rule_file(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    String::from_utf8(bytes).map_err(|_| Error::Config {
        path: path.to_path_buf(),
        line: 1,
        col: 1,
        msg: "rule file is not valid UTF-8".into(),
        hint: None,
    })
}

fn find_project_rules(start: &Path) -> Option<PathBuf> {
    let start = start.canonicalize().ok()?;
    start
        .ancestors()
        .map(|dir| dir.join(PROJECT_RULES_NAME))
        .find(|p| p.is_file())
}

fn apply_selection(rules: &mut RuleSet, select: &[String], ignore: &[String]) -> Result<()> {
    let registry = crate::checks::registry::all();
    let matches = |name: &str, id: &str, category: &str| name == id || name == category;
    for name in select.iter().chain(ignore) {
        let known = registry
            .iter()
            .any(|c| matches(name, c.id(), c.category().as_str()));
        if !known {
            let candidates = registry
                .iter()
                .flat_map(|c| [c.id(), c.category().as_str()])
                .collect::<Vec<_>>();
            return Err(Error::Usage(format!(
                "unknown check or category `{name}`{}",
                did_you_mean(name, candidates.into_iter())
                    .map(|h| format!(" ({h})"))
                    .unwrap_or_default()
            )));
        }
    }
    for check in registry {
        let (id, category) = (check.id(), check.category().as_str());
        let selected = select.is_empty() || select.iter().any(|s| matches(s, id, category));
        let ignored = ignore.iter().any(|s| matches(s, id, category));
        if !selected || ignored {
            rules.checks.entry(id.to_string()).or_default().enabled = false;
        }
    }
    Ok(())
}

/// "did you mean `x`?" for the candidate nearest to `word`, when one is near enough.
pub fn did_you_mean<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<String> {
    candidates
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score >= 0.75)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| format!("did you mean `{c}`?"))
}

/// Turns a TOML parse or type error into a `Config` error with line, column and a hint.
pub fn toml_error(path: &Path, text: &str, e: &toml::de::Error) -> Error {
    let (line, col) = e
        .span()
        .map(|span| line_col(text, span.start))
        .unwrap_or((1, 1));
    let message = e.message().trim().to_string();
    let hint = unknown_field_hint(&message).or_else(|| {
        Some(if message.starts_with("invalid type") {
            "`factdiff rules print` shows every key with a value of the right type".to_string()
        } else if message.starts_with("unknown field") || message.starts_with("missing field") {
            "rules/README.md lists every key".to_string()
        } else {
            "TOML syntax: `key = value`, strings in quotes, tables as [name]".to_string()
        })
    });
    Error::Config {
        path: path.to_path_buf(),
        line,
        col,
        msg: message.lines().next().unwrap_or("").to_string(),
        hint,
    }
}

fn unknown_field_hint(message: &str) -> Option<String> {
    // serde: "unknown field `thresold`, expected one of `threshold`, `max_links`"
    let rest = message.strip_prefix("unknown field `")?;
    let (field, expected) = rest.split_once('`')?;
    let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    did_you_mean(field, candidates.into_iter())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_rules_are_valid() {
        RuleSet::parse(DEFAULT_RULES, Path::new("default.toml")).unwrap();
    }

    #[test]
    fn unknown_key_names_line_column_and_nearest_key() {
        let text = "[align]\nthresold = 0.5\n";
        let err = RuleSet::parse(text, Path::new("r.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("r.toml:2:1:"), "{err}");
        assert!(err.contains("did you mean `threshold`?"), "{err}");
    }

    #[test]
    fn unknown_check_suggests_nearest() {
        let text = "[checks.figure-mismach]\nenabled = false\n";
        let err = RuleSet::parse(text, Path::new("r.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("r.toml:1:"), "{err}");
        assert!(err.contains("did you mean `figure-mismatch`?"), "{err}");
    }

    #[test]
    fn wrong_type_and_out_of_range_are_errors() {
        let err = RuleSet::parse("[align]\nthreshold = \"high\"\n", Path::new("r.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("r.toml:2:"), "{err}");
        let err = RuleSet::parse("[align]\nthreshold = 1.5\n", Path::new("r.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("r.toml:2:1:"), "{err}");
        let err = RuleSet::parse(
            "[checks.date-mismatch]\nmin_score = 2\n",
            Path::new("r.toml"),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.starts_with("r.toml:2:1:") && err.contains("min_score"),
            "{err}"
        );
    }

    #[test]
    fn invalid_regex_points_at_the_pattern() {
        let text = "[boilerplate]\npatterns = [\n  '^ok$',\n  '^(unclosed',\n]\n";
        let err = RuleSet::parse(text, Path::new("r.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("r.toml:4:"), "{err}");
        assert!(err.contains("invalid regular expression"), "{err}");
    }

    #[test]
    fn self_mapping_equivalence_is_an_error() {
        let text = "[equivalences]\nwords = [[\"defence\", \"Defence\"]]\n";
        let err = RuleSet::parse(text, Path::new("r.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("to itself"), "{err}");
    }

    #[test]
    fn layers_merge_tables_and_keep_defaults() {
        let layer = (
            PathBuf::from("user.toml"),
            "[align]\nthreshold = 0.5\n[checks.typo]\nseverity = \"error\"\n".to_string(),
        );
        let rules = RuleSet::layered(DEFAULT_RULES, &[layer]).unwrap();
        let default = RuleSet::embedded();
        assert_eq!(rules.align.threshold, 0.5);
        assert_eq!(rules.align.max_links, default.align.max_links);
        assert_eq!(rules.check("typo").severity, Severity::Error);
        assert_eq!(rules.check("typo").enabled, default.check("typo").enabled);
        assert_eq!(rules.boilerplate.patterns, default.boilerplate.patterns);
    }
}
