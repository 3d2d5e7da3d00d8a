//! Every finding's confidence end to end: in JSON and SARIF, the order it gives, the
//! `[confidence]` caps on severity, `--min-confidence`, and bad values.
//!
//! The gate fixture (tests/fixtures/gate: a draft that disagrees with its sources in every
//! category) gives findings of several checks and severities.

use assert_cmd::Command;
use predicates::prelude::*;

const DRAFT: &str = "tests/fixtures/gate/draft.md";
const SOURCES: &str = "tests/fixtures/gate/sources";

fn cmd() -> Command {
    let mut cmd = Command::cargo_bin("factdiff").unwrap();
    cmd.env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("COLUMNS");
    cmd
}

/// `check SOURCES DRAFT` (an ordinary run: every finding) in `format` with `extra`.
fn run(format: &str, extra: &[&str]) -> (Option<i32>, String) {
    let out = cmd()
        .args([
            "check",
            SOURCES,
            DRAFT,
            "--no-project-rules",
            "--format",
            format,
        ])
        .args(extra)
        .output()
        .unwrap();
    assert!(
        out.status.code() != Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

fn findings(extra: &[&str]) -> Vec<serde_json::Value> {
    let (_, out) = run("json", extra);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    json["findings"].as_array().unwrap().clone()
}

fn rank(severity: &str) -> u8 {
    match severity {
        "error" => 2,
        "warning" => 1,
        _ => 0,
    }
}

fn rule_file(text: &str) -> tempfile::NamedTempFile {
    let mut file = tempfile::Builder::new().suffix(".toml").tempfile().unwrap();
    std::io::Write::write_all(&mut file, text.as_bytes()).unwrap();
    file
}

#[test]
fn every_finding_has_a_confidence_and_comes_by_severity_then_confidence() {
    let all = findings(&[]);
    assert!(
        all.len() >= 6,
        "the fixture gives findings of every category"
    );
    let keys: Vec<(u8, f64)> = all
        .iter()
        .map(|f| {
            let c = f["confidence"]
                .as_f64()
                .expect("a confidence on every finding");
            assert!((0.0..=1.0).contains(&c), "{c}");
            assert_eq!((c * 100.0).round() / 100.0, c, "two decimals: {c}");
            (rank(f["severity"].as_str().unwrap()), c)
        })
        .collect();
    for pair in keys.windows(2) {
        assert!(
            pair[0].0 > pair[1].0 || (pair[0].0 == pair[1].0 && pair[0].1 >= pair[1].1),
            "out of order: {pair:?}"
        );
    }
    // Not one value for all: the confidence reads the evidence.
    let first = keys[0].1;
    assert!(keys.iter().any(|k| k.1 != first), "{keys:?}");
}

#[test]
fn min_confidence_hides_the_findings_below_it() {
    let all = findings(&[]);
    let mut values: Vec<f64> = all
        .iter()
        .map(|f| f["confidence"].as_f64().unwrap())
        .collect();
    values.sort_by(f64::total_cmp);
    // A threshold between two values found: some findings stay, some go.
    let middle = values[values.len() / 2];
    let shown = findings(&["--min-confidence", &middle.to_string()]);
    assert!(!shown.is_empty() && shown.len() < all.len());
    assert!(
        shown
            .iter()
            .all(|f| f["confidence"].as_f64().unwrap() >= middle)
    );
    assert_eq!(shown.len(), values.iter().filter(|v| **v >= middle).count());
    assert!(findings(&["--min-confidence", "1"]).len() <= all.len());
    assert_eq!(findings(&["--min-confidence", "0"]).len(), all.len());
}

#[test]
fn a_min_confidence_out_of_range_is_a_usage_error() {
    for bad in ["1.5", "-0.1", "high"] {
        cmd()
            .args(["check", SOURCES, "--min-confidence", bad])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("is not a confidence"));
    }
}

#[test]
fn the_caps_decide_how_serious_an_unsure_finding_may_be() {
    // Caps off: every finding keeps its check's severity.
    let off = rule_file("[confidence]\nerror_at = 0.0\nwarning_at = 0.0\n");
    let uncapped = findings(&["--rules", off.path().to_str().unwrap()]);
    // Caps at 1: no finding is sure enough to be an error or a warning.
    let full = rule_file("[confidence]\nerror_at = 1.0\nwarning_at = 1.0\n");
    let capped = findings(&["--rules", full.path().to_str().unwrap()]);
    assert_eq!(uncapped.len(), capped.len());
    assert!(uncapped.iter().any(|f| f["severity"] == "error"));
    assert!(
        capped
            .iter()
            .all(|f| f["severity"] == "info" || f["confidence"].as_f64().unwrap() >= 1.0),
        "{capped:?}"
    );
    // The default caps sit in between: never more serious than without caps.
    let default = findings(&[]);
    let count =
        |fs: &[serde_json::Value], s: &str| fs.iter().filter(|f| f["severity"] == s).count();
    assert!(count(&default, "error") <= count(&uncapped, "error"));
    // With the caps at 1 the gate does not fail (nothing is an error).
    let (code, _) = run("json", &["--rules", full.path().to_str().unwrap()]);
    assert_eq!(code, Some(0));
}

#[test]
fn caps_out_of_order_or_range_point_at_the_value() {
    let reversed = rule_file("[confidence]\nerror_at = 0.3\nwarning_at = 0.6\n");
    cmd()
        .args([
            "check",
            SOURCES,
            "--rules",
            reversed.path().to_str().unwrap(),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(":3:").and(predicate::str::contains("warning_at")));
    let out_of_range = rule_file("[confidence]\nerror_at = 1.5\n");
    cmd()
        .args([
            "check",
            SOURCES,
            "--rules",
            out_of_range.path().to_str().unwrap(),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(":2:").and(predicate::str::contains("between 0 and 1")));
    let unknown = rule_file("[confidence]\nerror_above = 0.5\n");
    cmd()
        .args([
            "check",
            SOURCES,
            "--rules",
            unknown.path().to_str().unwrap(),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("error_at"));
}

#[test]
fn sarif_ranks_each_result_by_its_confidence() {
    let (_, out) = run("sarif", &[]);
    let sarif: serde_json::Value = serde_json::from_str(&out).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for r in results {
        let rank = r["rank"].as_f64().unwrap();
        let confidence = r["properties"]["confidence"].as_f64().unwrap();
        assert!(
            (rank - confidence * 100.0).abs() < 0.01,
            "{rank} vs {confidence}"
        );
    }
}

#[test]
fn reports_for_people_show_the_confidence() {
    let (_, terminal) = run("terminal", &["--color", "never"]);
    assert!(terminal.contains("= confidence: "));
    let (_, markdown) = run("markdown", &[]);
    assert!(markdown.contains("**Confidence:**"));
    let (_, html) = run("html", &[]);
    assert!(html.contains("class=\"confidence "));
}
