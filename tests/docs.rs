//! Docs that cannot drift from the code: the generated files (`rules/README.md`,
//! `docs/checks/<id>.md`, `docs/cluster-toml.md`) equal what the code writes, the README's
//! demo excerpt is the real report's beginning and summary, `rules explain` stays short,
//! every documented key and range is the one the code reads, and `factdiff man --dir` writes
//! every page the top page points to.
//!
//! To update the committed files after a change: `FACTDIFF_UPDATE_DOCS=1 cargo test --test docs`.
#![allow(clippy::print_stderr)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use factdiff::checks::{layered, registry};
use factdiff::cli::docs::{self, CHECKS_TABLE, TABLES};
use factdiff::config::{DEFAULT_RULES, KeyDoc, RuleSet, field_names};
use factdiff::input::{Manifest, ManifestEntry};
use predicates::prelude::*;

const UPDATE: &str = "FACTDIFF_UPDATE_DOCS";

fn updating() -> bool {
    std::env::var_os(UPDATE).is_some_and(|v| v == "1")
}

/// Compares the committed `path` with `expected`; with FACTDIFF_UPDATE_DOCS=1, writes it.
fn check_file(path: &str, expected: &str, stale: &mut Vec<String>) {
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    if actual == expected {
        return;
    }
    if updating() {
        if let Some(parent) = Path::new(path).parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(path, expected).unwrap();
        eprintln!("updated {path}");
    } else {
        stale.push(path.to_string());
    }
}

#[test]
fn generated_docs_match_the_code() {
    let mut stale = Vec::new();
    for (path, text) in docs::generated_files() {
        check_file(&path, &text, &mut stale);
    }
    assert!(
        stale.is_empty(),
        "these files differ from what the code generates: {stale:?}\n\
         regenerate them with `{UPDATE}=1 cargo test --test docs` (edit the code or \
         rules/README.template.md, not the generated files)"
    );
}

#[test]
fn every_check_has_its_generated_page_and_no_page_is_orphaned() {
    let pages: Vec<String> = registry::all()
        .iter()
        .map(|c| docs::check_page_path(*c))
        .collect();
    for entry in std::fs::read_dir("docs/checks").unwrap() {
        let path = format!(
            "docs/checks/{}",
            entry.unwrap().file_name().to_string_lossy()
        );
        assert!(
            pages.contains(&path),
            "{path} is no registered check's page"
        );
    }
}

/// Words of `text`: tokens holding a letter or a digit.
fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

#[test]
fn rules_explain_is_short_and_in_headed_sections() {
    for check in registry::all() {
        let out = Command::cargo_bin("factdiff")
            .unwrap()
            .args(["rules", "explain", check.id()])
            .output()
            .unwrap();
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        let words = word_count(&text);
        assert!(
            words <= 300,
            "{}: `rules explain` is {words} words",
            check.id()
        );
        let mut at = 0;
        for heading in [
            "What it flags\n",
            "Why it matters\n",
            "Example\n",
            "Options (",
            "Tuning and silencing\n",
        ] {
            let found = text[at..]
                .find(&format!("\n{heading}"))
                .unwrap_or_else(|| panic!("{}: no `{heading}` after byte {at}", check.id()));
            at += found + 1;
        }
        for key in check.options().keys() {
            assert!(
                text.contains(&format!("{} = ", key.name)),
                "{}: `rules explain` lacks option {}",
                check.id(),
                key.name
            );
        }
        let long = Command::cargo_bin("factdiff")
            .unwrap()
            .args(["rules", "explain", check.id(), "--long"])
            .output()
            .unwrap();
        assert_eq!(
            String::from_utf8(long.stdout).unwrap(),
            std::fs::read_to_string(docs::check_page_path(*check)).unwrap(),
            "`rules explain {} --long` is its page",
            check.id()
        );
    }
}

/// The names of `keys`.
fn names(keys: &[KeyDoc]) -> Vec<&'static str> {
    keys.iter().map(|k| k.name).collect()
}

#[test]
fn every_key_the_code_reads_is_documented_in_its_order() {
    for check in registry::all() {
        assert_eq!(
            names(check.options().keys()),
            check.options().field_names(),
            "[checks.{}]: the documented keys are those its options type reads",
            check.id()
        );
    }
    for table in TABLES {
        assert_eq!(
            names(table.keys),
            (table.fields)(),
            "[{}]: the documented keys are those its type reads",
            table.name
        );
    }
    let mut tables: Vec<&str> = TABLES.iter().map(|t| t.name).collect();
    tables.push(CHECKS_TABLE);
    tables.sort_unstable();
    let mut read: Vec<&str> = field_names::<RuleSet>().to_vec();
    read.sort_unstable();
    assert_eq!(
        tables, read,
        "every top-level table of a rule file is one entry of cli::docs::TABLES"
    );
    assert_eq!(names(Manifest::KEYS), field_names::<Manifest>());
    assert_eq!(names(ManifestEntry::KEYS), field_names::<ManifestEntry>());
}

#[test]
fn every_documented_key_has_a_default_in_the_default_rules() {
    let rules = RuleSet::embedded();
    for check in registry::all() {
        let values = check.options().table(&rules, check.id());
        for key in check.options().keys() {
            assert!(
                values.contains_key(key.name),
                "[checks.{}] {} has no value in rules/default.toml",
                check.id(),
                key.name
            );
        }
    }
    for table in TABLES {
        let values = (table.values)(&rules);
        for key in table.keys {
            assert!(
                values.contains_key(key.name),
                "[{}] {}",
                table.name,
                key.name
            );
        }
    }
}

/// Whether a rule file setting `key = value` in `[table]` is accepted.
fn accepted(table: &str, key: &str, value: &str) -> bool {
    let text = format!("[{table}]\n{key} = {value}\n");
    layered(DEFAULT_RULES, &[(PathBuf::from("probe.toml"), text)]).is_ok()
}

/// A number as TOML writes it: an integer for an integer key.
fn toml_number(value: f64, kind: &str) -> String {
    if kind == "integer" {
        format!("{}", value as i64)
    } else {
        format!("{value:?}")
    }
}

#[test]
fn every_documented_range_is_the_one_the_rule_files_are_held_to() {
    let mut keys: Vec<(String, KeyDoc)> = Vec::new();
    for check in registry::all() {
        for key in check.options().keys() {
            keys.push((format!("checks.{}", check.id()), *key));
        }
    }
    for table in TABLES {
        for key in table.keys {
            keys.push((table.name.to_string(), *key));
        }
    }
    let mut probed = 0;
    for (table, key) in keys {
        let Some(range) = key.range else {
            continue;
        };
        let step = if key.kind == "integer" { 1.0 } else { 0.01 };
        let (inside, outside) = range.probes(step);
        for value in inside {
            let value = toml_number(value, key.kind);
            assert!(
                accepted(&table, key.name, &value),
                "[{table}] {} = {value} is documented as in range ({range}) but refused",
                key.name
            );
        }
        for value in outside {
            let value = toml_number(value, key.kind);
            assert!(
                !accepted(&table, key.name, &value),
                "[{table}] {} = {value} is documented as out of range ({range}) but accepted",
                key.name
            );
        }
        probed += 1;
    }
    assert!(probed >= 15, "only {probed} ranges probed");
}

/// The README's demo excerpt: the `text` block that follows the command line.
const DEMO_COMMAND: &str = "$ cargo run --release -- check corpus/syria-2016-09\n";

/// The excerpt of `report` that shows its first `shown` findings, then how many more there
/// are and the summary line.
fn demo_excerpt(report: &str, shown: usize) -> String {
    let blocks: Vec<&str> = report.trim_end().split("\n\n").collect();
    let (summary, findings) = blocks.split_last().unwrap();
    assert!(summary.starts_with("summary: "), "{summary}");
    let mut out = String::from(DEMO_COMMAND);
    for finding in &findings[..shown.min(findings.len())] {
        out.push_str(finding);
        out.push_str("\n\n");
    }
    if findings.len() > shown {
        out.push_str(&format!("(… {} more findings)\n\n", findings.len() - shown));
    }
    out.push_str(summary);
    out.push('\n');
    out
}

#[test]
fn the_readme_demo_excerpt_is_the_real_report() {
    let rules = RuleSet::embedded();
    let typo: factdiff::checks::typo::TypoOptions = rules.check("typo");
    if let Some(warning) = factdiff::checks::typo::missing_dictionaries(&typo).unwrap() {
        eprintln!("skipped: the README shows the report with dictionaries: {warning}");
        return;
    }
    let out = Command::cargo_bin("factdiff")
        .unwrap()
        .args(["check", "corpus/syria-2016-09", "--color", "never"])
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS")
        .output()
        .unwrap();
    let report = String::from_utf8(out.stdout).unwrap();
    let readme = std::fs::read_to_string("README.md").unwrap();
    let start = readme
        .find(DEMO_COMMAND)
        .expect("README.md shows the demo command");
    let end = start + readme[start..].find("```").expect("the excerpt ends");
    let excerpt = &readme[start..end];
    let shown = excerpt
        .lines()
        .filter(|l| {
            ["error[", "warning[", "info["]
                .iter()
                .any(|p| l.starts_with(p))
        })
        .count();
    let expected = demo_excerpt(&report, shown.max(1));
    if excerpt == expected {
        return;
    }
    if updating() {
        let updated = format!("{}{expected}{}", &readme[..start], &readme[end..]);
        std::fs::write("README.md", updated).unwrap();
        eprintln!("updated README.md");
        return;
    }
    panic!(
        "README.md's demo excerpt is not the real report's beginning and summary; \
         `{UPDATE}=1 cargo test --test docs` rewrites it.\n--- README\n{excerpt}\n--- real\n{expected}"
    );
}

#[test]
fn man_dir_writes_a_page_for_every_command_the_pages_name() {
    let dir = tempfile::tempdir().unwrap();
    Command::cargo_bin("factdiff")
        .unwrap()
        .args(["man", "--dir"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout("");
    let mut written: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    for page in [
        "factdiff.1",
        "factdiff-check.1",
        "factdiff-align.1",
        "factdiff-inspect.1",
        "factdiff-diff.1",
        "factdiff-rules.1",
        "factdiff-rules-explain.1",
        "factdiff-completions.1",
        "factdiff-man.1",
    ] {
        assert!(
            written.iter().any(|w| w == page),
            "{page} not in {written:?}"
        );
    }
    // Every page another page points to ("factdiff\-check(1)") is there.
    let reference = regex::Regex::new(r"(factdiff(?:\\-[a-z]+)*)\(1\)").unwrap();
    for name in &written {
        let roff = std::fs::read_to_string(dir.path().join(name)).unwrap();
        assert!(roff.starts_with(".ie \\n(.g .ds Aq"), "{name} is roff");
        for m in reference.captures_iter(&roff) {
            let target = format!("{}.1", m[1].replace("\\-", "-"));
            assert!(
                written.contains(&target),
                "{name} points to {target}, which is not written"
            );
        }
    }
    // Without --dir, the top page goes to stdout, as before.
    let top = Command::cargo_bin("factdiff")
        .unwrap()
        .arg("man")
        .output()
        .unwrap();
    assert!(top.status.success());
    assert_eq!(
        String::from_utf8(top.stdout).unwrap(),
        std::fs::read_to_string(dir.path().join("factdiff.1")).unwrap()
    );
}

#[test]
fn cluster_toml_errors_point_to_where_its_keys_are_documented() {
    let doc = std::fs::read_to_string(factdiff::input::MANIFEST_DOC).unwrap();
    for key in field_names::<Manifest>()
        .iter()
        .chain(field_names::<ManifestEntry>())
    {
        assert!(doc.contains(&format!("`{key}`")), "{key} undocumented");
    }
    let dir = tempfile::tempdir().unwrap();
    let article = "The ministry said 40 people were hurt in the fire on Monday night.\n";
    std::fs::write(dir.path().join("a.txt"), article).unwrap();
    std::fs::write(dir.path().join("b.txt"), article).unwrap();
    for (manifest, line) in [
        ("title = \"x\"\n", "cluster.toml:1:"),
        (
            "[[article]]\nfile = \"a.txt\"\noutlt = \"Times\"\n",
            "cluster.toml:3:",
        ),
    ] {
        std::fs::write(dir.path().join("cluster.toml"), manifest).unwrap();
        Command::cargo_bin("factdiff")
            .unwrap()
            .arg("check")
            .arg(dir.path())
            .assert()
            .code(2)
            .stderr(
                predicate::str::contains(line)
                    .and(predicate::str::contains(factdiff::input::MANIFEST_DOC))
                    .and(predicate::str::contains("rules/README").not()),
            );
    }
}

/// SARIF's rule help carries each check's options as one hand-written paragraph
/// (`CheckDoc::options`): it names every option, and the defaults it gives are those of
/// `rules/default.toml`.
#[test]
fn the_sarif_options_paragraph_names_every_option_with_its_default() {
    let rules = RuleSet::embedded();
    let stated = regex::Regex::new(r"(\w+) \(default ([^;:,)]+)").unwrap();
    let mut compared = 0;
    for check in registry::all() {
        let prose = check.doc().options;
        let defaults = check.options().table(&rules, check.id());
        for key in check.options().keys() {
            if key.name != "enabled" {
                assert!(
                    prose.contains(key.name),
                    "{}: the options paragraph does not name {}",
                    check.id(),
                    key.name
                );
            }
        }
        for m in stated.captures_iter(prose) {
            let shown = defaults.get(&m[1]).map(|v| match v {
                toml::Value::String(s) => s.clone(),
                other => other.to_string(),
            });
            let stated = m[2].trim();
            let agrees = shown.as_deref().is_some_and(|shown| {
                shown == stated
                    || shown
                        .parse::<f64>()
                        .is_ok_and(|a| stated.parse::<f64>() == Ok(a))
            });
            compared += 1;
            assert!(
                agrees,
                "{}: the options paragraph says {} defaults to {stated}, rules/default.toml to {shown:?}",
                check.id(),
                &m[1]
            );
        }
    }
    assert!(compared >= 5, "only {compared} stated defaults compared");
}
