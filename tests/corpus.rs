//! Every cluster under corpus/ with an expected.toml: what must and must not be flagged.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::{Path, PathBuf};

use factdiff::align::AlignMode;
use factdiff::checks::load_rules;
use factdiff::config::RuleSources;
use factdiff::findings::{Finding, Severity};
use factdiff::input::{LoadOptions, load_paths};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    #[serde(default)]
    must_flag: Vec<Rule>,
    #[serde(default)]
    must_not_flag: Vec<Rule>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Rule {
    check: Option<String>,
    texts: Vec<String>,
    min_severity: Option<Severity>,
    /// Evidence must equal the texts, not just contain them.
    #[serde(default)]
    exact: bool,
}

/// Whether each of `texts` is found in a different evidence item of `finding`.
fn matches(finding: &Finding, rule: &Rule) -> bool {
    if rule.check.as_ref().is_some_and(|c| *c != finding.check) {
        return false;
    }
    if rule.min_severity.is_some_and(|s| finding.severity < s) {
        return false;
    }
    fn assign(texts: &[String], evidence: &[String], used: &mut Vec<bool>, exact: bool) -> bool {
        let Some((first, rest)) = texts.split_first() else {
            return true;
        };
        for (i, e) in evidence.iter().enumerate() {
            let hit = if exact {
                e == first
            } else {
                e.contains(first.as_str())
            };
            if !used[i] && hit {
                used[i] = true;
                if assign(rest, evidence, used, exact) {
                    return true;
                }
                used[i] = false;
            }
        }
        false
    }
    let evidence: Vec<String> = finding.evidence.iter().map(|e| e.text.clone()).collect();
    assign(
        &rule.texts,
        &evidence,
        &mut vec![false; evidence.len()],
        rule.exact,
    )
}

fn clusters() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir("corpus")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("expected.toml").is_file())
        .collect();
    dirs.sort();
    dirs
}

fn check_cluster(dir: &Path) -> Vec<String> {
    let expected: Expected =
        toml::from_str(&std::fs::read_to_string(dir.join("expected.toml")).unwrap()).unwrap();
    let rules = load_rules(&RuleSources::default()).unwrap();
    let articles = load_paths(&[dir.to_path_buf()], &LoadOptions::default()).unwrap();
    let analysis = factdiff::analyze(articles, &rules, AlignMode::Fast);
    let mut problems = Vec::new();
    for rule in &expected.must_flag {
        if !analysis.findings.iter().any(|f| matches(f, rule)) {
            problems.push(format!(
                "{}: not flagged: {:?} {:?}",
                dir.display(),
                rule.check,
                rule.texts
            ));
        }
    }
    for rule in &expected.must_not_flag {
        for f in analysis.findings.iter().filter(|f| matches(f, rule)) {
            problems.push(format!(
                "{}: flagged but must not be: {:?} {:?} -> [{}] {}",
                dir.display(),
                rule.check,
                rule.texts,
                f.check,
                f.message
            ));
        }
    }
    problems
}

#[test]
fn every_cluster_meets_its_expectations() {
    let dirs = clusters();
    assert!(
        dirs.len() >= 3,
        "the demo cluster and at least two written clusters"
    );
    let problems: Vec<String> = dirs.iter().flat_map(|d| check_cluster(d)).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_check_is_exercised_by_a_written_cluster() {
    // Each registered check must be expected somewhere, so a check cannot go untested.
    let mut expected_checks = std::collections::BTreeSet::new();
    for dir in clusters() {
        let expected: Expected =
            toml::from_str(&std::fs::read_to_string(dir.join("expected.toml")).unwrap()).unwrap();
        expected_checks.extend(expected.must_flag.into_iter().filter_map(|r| r.check));
    }
    for id in factdiff::checks::registry::ids() {
        assert!(
            expected_checks.contains(id),
            "no cluster expects `{id}` to flag anything"
        );
    }
}
