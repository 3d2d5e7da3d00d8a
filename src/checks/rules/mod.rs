//! The checks' part of the rule set: each rule file's `[checks.*]` tables validated against
//! the checks' own options (an unknown check or key with "did you mean", a wrong type, a
//! value out of range, each at its line and column), the rule set loaded and layered with
//! them, `--select`/`--ignore`, and `rules print`.

use std::path::{Path, PathBuf};

use serde::Serialize;
use toml::de::DeTable;

use super::options::option_error;
use super::registry;
use crate::config::{
    self, AlignRules, BoilerplateRules, ConfidenceRules, DEFAULT_RULES, Equivalences, FeedRules,
    RuleSet, RuleSources, did_you_mean, error_at, toml_error,
};
use crate::error::{Error, Result};

/// Builds the rule set of `sources`: the embedded default with the project's
/// `factdiff.toml` and each `--rules` file layered over it, every file validated whole, then
/// `--select`/`--ignore` applied.
pub fn load_rules(sources: &RuleSources) -> Result<RuleSet> {
    let layers = config::read_rule_files(sources)?;
    let mut rules = layered(DEFAULT_RULES, &layers)?;
    apply_selection(&mut rules, &sources.select, &sources.ignore)?;
    Ok(rules)
}

/// `base_text` with `layers` over it, in order (`RuleSet::layered`), each layer validated on
/// its own first (the parts config owns, then its checks' tables) so errors point into it.
pub fn layered(base_text: &str, layers: &[(PathBuf, String)]) -> Result<RuleSet> {
    for (path, text) in layers {
        RuleSet::parse(text, path)?;
        validate_check_tables(text, path)?;
    }
    RuleSet::layered(base_text, layers)
}

/// Validates the `[checks.*]` tables of rule file `path` (`text`): each names a check, and
/// fits that check's options.
pub fn validate_check_tables(text: &str, path: &Path) -> Result<()> {
    let doc = DeTable::parse(text).map_err(|e| toml_error(path, text, &e))?;
    let Some(tables) = doc
        .get_ref()
        .get("checks")
        .and_then(|checks| checks.get_ref().as_table())
    else {
        return Ok(());
    };
    for (id, table) in tables.iter() {
        let Some(check) = registry::get(id.get_ref()) else {
            return Err(error_at(
                path,
                text,
                Some(id.span()),
                format!("unknown check `{}`", id.get_ref()),
                did_you_mean(id.get_ref(), registry::ids().into_iter()),
            ));
        };
        check
            .options()
            .validate(table.clone())
            .map_err(|e| option_error(path, text, &e))?;
    }
    Ok(())
}

/// Turns off the checks `--select` leaves out and those `--ignore` names (by id or category).
fn apply_selection(rules: &mut RuleSet, select: &[String], ignore: &[String]) -> Result<()> {
    let registry = registry::all();
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
            rules
                .checks
                .entry(id.to_string())
                .or_default()
                .insert("enabled".into(), toml::Value::Boolean(false));
        }
    }
    Ok(())
}

/// The parts of the rule set config owns, as `rules print` writes them.
#[derive(Serialize)]
struct ConfigParts<'a> {
    align: &'a AlignRules,
    confidence: &'a ConfidenceRules,
    boilerplate: &'a BoilerplateRules,
    equivalences: &'a Equivalences,
    feed: &'a FeedRules,
}

/// The rule set as TOML (`rules print`): the parts config owns, then each check's table,
/// its keys in the order of the check's options type.
pub fn print_rules(rules: &RuleSet) -> Result<String> {
    let cannot = |e: toml::ser::Error| Error::Usage(format!("cannot print rules: {e}"));
    let mut out = toml::to_string(&ConfigParts {
        align: &rules.align,
        confidence: &rules.confidence,
        boilerplate: &rules.boilerplate,
        equivalences: &rules.equivalences,
        feed: &rules.feed,
    })
    .map_err(cannot)?;
    for id in rules.checks.keys() {
        let Some(check) = registry::get(id) else {
            continue;
        };
        out.push_str(&format!("\n[checks.{id}]\n"));
        out.push_str(&check.options().print(rules, id).map_err(cannot)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
