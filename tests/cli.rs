//! End-to-end tests of the command line: exit codes, formats, errors.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

const CORPUS: &str = "corpus/syria-2016-09";

fn cmd() -> Command {
    let mut cmd = Command::cargo_bin("factdiff").unwrap();
    cmd.env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("COLUMNS");
    cmd
}

fn json(args: &[&str]) -> serde_json::Value {
    let out = cmd().args(args).output().unwrap();
    assert!(
        out.status.code().is_some_and(|c| c < 2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn check_reports_callef_with_both_outlets_evidence() {
    let report = json(&["check", CORPUS, "--format", "json"]);
    let findings = report["findings"].as_array().unwrap();
    let typo = findings
        .iter()
        .find(|f| f["check"] == "typo" && f["evidence"][0]["text"] == "callef")
        .expect("callef is flagged");
    assert_eq!(typo["evidence"][1]["text"], "called");
    assert_ne!(
        typo["evidence"][0]["document"],
        typo["evidence"][1]["document"]
    );
    assert_eq!(typo["suggestion"], "callef -> called");
}

#[test]
fn json_contract_holds() {
    let report = json(&["check", CORPUS, "--format", "json"]);
    assert_eq!(report["version"], 1);
    let docs = report["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 5);
    for d in docs {
        assert!(d["id"].is_string() && d["path"].is_string());
        assert!(d["outlet"].is_string() || d["outlet"].is_null());
        assert!(d["published"].is_null() || d["published"].as_str().unwrap().len() == 10);
    }
    assert_eq!(docs[0]["published"], "2016-09-09");
    assert_eq!(docs[4]["outlet"], "Press TV");
    assert!(docs[2]["published"].is_null());
    let texts: Vec<(String, String)> = std::fs::read_dir(CORPUS)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            (
                p.file_stem().unwrap().to_str().unwrap().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    for f in report["findings"].as_array().unwrap() {
        assert!(f["check"].is_string() && f["message"].is_string());
        assert!(
            ["date", "figure", "attribution", "quote", "name", "typo"]
                .contains(&f["category"].as_str().unwrap())
        );
        assert!(["error", "warning", "info"].contains(&f["severity"].as_str().unwrap()));
        assert!(f["suggestion"].is_string() || f["suggestion"].is_null());
        for e in f["evidence"].as_array().unwrap() {
            let doc = e["document"].as_str().unwrap();
            let text = &texts.iter().find(|(id, _)| id == doc).unwrap().1;
            let (start, end) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                &text[start..end],
                e["text"].as_str().unwrap(),
                "evidence span points into the file"
            );
            assert!(text.contains(e["sentence_text"].as_str().unwrap()));
            assert!(e["line"].as_u64().unwrap() >= 1 && e["column"].as_u64().unwrap() >= 1);
        }
    }
    let summary = &report["summary"];
    assert_eq!(summary["documents"], 5);
    assert!(summary["sentences"].as_u64().unwrap() > 50);
    assert!(summary["aligned_pairs"].as_u64().unwrap() > 5);
    let counts = &summary["findings"];
    let total = counts["error"].as_u64().unwrap()
        + counts["warning"].as_u64().unwrap()
        + counts["info"].as_u64().unwrap();
    assert_eq!(total as usize, report["findings"].as_array().unwrap().len());
}

#[test]
fn output_is_byte_identical_across_runs() {
    for format in ["json", "terminal"] {
        let a = cmd()
            .args(["check", CORPUS, "--format", format, "--color", "always"])
            .output()
            .unwrap();
        let b = cmd()
            .args(["check", CORPUS, "--format", format, "--color", "always"])
            .output()
            .unwrap();
        assert_eq!(a.stdout, b.stdout, "{format}");
    }
}

#[test]
fn fail_on_sets_the_exit_code() {
    // The corpus has warnings (a typo) at least.
    cmd()
        .args(["check", CORPUS, "--fail-on", "warning"])
        .assert()
        .code(1);
    cmd()
        .args(["check", CORPUS, "--fail-on", "never"])
        .assert()
        .code(0);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "The council approved the budget on Tuesday.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "On Tuesday the council approved its budget.\n",
    )
    .unwrap();
    cmd()
        .args(["check"])
        .arg(dir.path())
        .args(["--fail-on", "info"])
        .assert()
        .code(0);
}

#[test]
fn missing_path_is_exit_2_naming_the_path() {
    cmd()
        .args(["check", "no/such/dir"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/dir"));
}

#[test]
fn unreadable_file_is_exit_2_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("locked.txt");
    std::fs::write(&file, "Text.").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o000)).unwrap();
    }
    if std::fs::read(&file).is_ok() {
        // Running as root: permissions do not stop reads. A file that fails to read for
        // anyone stands in for it.
        if Path::new("/proc/self/mem").exists() {
            cmd()
                .args(["check", "/proc/self/mem"])
                .assert()
                .code(2)
                .stderr(predicate::str::contains("/proc/self/mem"));
        }
        return;
    }
    cmd()
        .arg("check")
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("locked.txt"));
}

#[test]
fn malformed_rule_file_is_exit_2_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("bad.toml");
    std::fs::write(&rules, "[align]\nthreshold = = 0.4\n").unwrap();
    cmd()
        .args(["check", CORPUS, "--rules"])
        .arg(&rules)
        .assert()
        .code(2)
        .stderr(predicate::str::is_match(r"bad\.toml:2:\d+: ").unwrap());
    std::fs::write(&rules, "[checks.typo]\nseverty = \"error\"\n").unwrap();
    cmd()
        .args(["check", CORPUS, "--rules"])
        .arg(&rules)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("bad.toml:2:1")
                .and(predicate::str::contains("did you mean `severity`?")),
        );
}

#[test]
fn typo_warns_when_no_dictionary_can_be_read() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("dicts.toml");
    let missing = dir.path().join("no-such-dictionary");
    std::fs::write(
        &rules,
        format!(
            "[checks.typo]\ndictionaries = [{:?}]\n",
            missing.display().to_string()
        ),
    )
    .unwrap();
    cmd()
        .args(["check", CORPUS, "--format", "json", "--rules"])
        .arg(&rules)
        .assert()
        .stderr(predicate::str::contains("no Hunspell dictionary found"));
    // No dictionaries asked for, or the typo check off: nothing to warn about.
    for toml in [
        "[checks.typo]\ndictionaries = []\n",
        "[checks.typo]\nenabled = false\n",
    ] {
        std::fs::write(&rules, toml).unwrap();
        cmd()
            .args(["check", CORPUS, "--format", "json", "--rules"])
            .arg(&rules)
            .assert()
            .stderr(predicate::str::contains("Hunspell").not());
    }
}

#[test]
fn user_rules_layer_over_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("strict.toml");
    std::fs::write(&rules, "[checks.typo]\nseverity = \"error\"\n").unwrap();
    cmd()
        .args(["check", CORPUS, "--rules"])
        .arg(&rules)
        .assert()
        .code(1);
    std::fs::write(&rules, "[checks.typo]\nenabled = false\n").unwrap();
    let out = cmd()
        .args(["check", CORPUS, "--format", "json", "--rules"])
        .arg(&rules)
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["check"] != "typo")
    );
}

#[test]
fn colour_follows_flag_and_no_color() {
    let has_escape = |out: &[u8]| out.windows(2).any(|w| w == b"\x1b[");
    let always = cmd()
        .args(["check", CORPUS, "--color", "always"])
        .output()
        .unwrap();
    assert!(has_escape(&always.stdout));
    let never = cmd()
        .args(["check", CORPUS, "--color", "never"])
        .output()
        .unwrap();
    assert!(!has_escape(&never.stdout));
    // auto: stdout is a pipe here, so no colour...
    let auto = cmd().args(["check", CORPUS]).output().unwrap();
    assert!(!has_escape(&auto.stdout));
    // ...unless forced; NO_COLOR wins over the force.
    let forced = cmd()
        .args(["check", CORPUS])
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    assert!(has_escape(&forced.stdout));
    let no_color = cmd()
        .args(["check", CORPUS])
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!has_escape(&no_color.stdout));
}

#[test]
fn terminal_report_shows_locations_and_summary() {
    cmd()
        .args(["check", CORPUS, "--color", "never"])
        .assert()
        .stdout(predicate::str::contains("warning[typo]"))
        .stdout(predicate::str::contains("000_f4d0d7b6037179a7.txt:19:134"))
        .stdout(
            predicate::str::is_match(r"summary: 5 documents, \d+ sentences, \d+ aligned pairs")
                .unwrap(),
        );
}

#[test]
fn align_json_has_sentences_and_pairs() {
    let report = json(&["align", CORPUS, "--format", "json"]);
    let docs = report["documents"].as_array().unwrap();
    let s = &docs[0]["sentences"][0];
    assert!(
        s["index"].is_u64() && s["start"].is_u64() && s["end"].is_u64() && s["text"].is_string()
    );
    let pairs = report["pairs"].as_array().unwrap();
    assert!(!pairs.is_empty());
    for p in pairs {
        assert!(p["a"]["document"].is_string() && p["b"]["sentence"].is_u64());
        let score = p["score"].as_f64().unwrap();
        assert!((0.0..=1.0001).contains(&score));
        assert_ne!(p["a"]["document"], p["b"]["document"]);
    }
}

#[test]
fn inspect_json_lists_sentences_with_lines_and_facts() {
    let report = json(&[
        "inspect",
        "corpus/syria-2016-09/000_f4d0d7b6037179a7.txt",
        "--format",
        "json",
    ]);
    let sentences = report["documents"][0]["sentences"].as_array().unwrap();
    assert!(
        sentences
            .iter()
            .all(|s| s["facts"].is_array() && s["line"].as_u64().unwrap() >= 1)
    );
    assert!(
        sentences
            .iter()
            .any(|s| s["text"] == "\"Our patience is not unlimited,\" he added.")
    );
}

#[test]
fn rules_explain_and_list() {
    cmd()
        .args(["rules", "explain", "typo"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("What it flags").and(predicate::str::contains("Options")));
    cmd()
        .args(["rules", "explain", "tpyo"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `typo`?"));
    cmd()
        .args(["rules", "list"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("figure-mismatch"));
    let printed = cmd().args(["rules", "print"]).output().unwrap();
    let text = String::from_utf8(printed.stdout).unwrap();
    assert!(text.contains("[checks.typo]") || text.contains("[checks.\"typo\"]"));
}

fn copy_cluster(from: &str, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
    }
}

#[test]
fn baseline_accepts_findings_and_survives_unrelated_edits() {
    let dir = tempfile::tempdir().unwrap();
    let cluster = dir.path().join("cluster");
    std::fs::create_dir(&cluster).unwrap();
    copy_cluster("corpus/harbor-fire-2025", &cluster);
    let baseline = dir.path().join("baseline.json");
    // Writing the baseline reports the findings but does not fail.
    cmd()
        .arg("check")
        .arg(&cluster)
        .arg("--write-baseline")
        .arg(&baseline)
        .assert()
        .code(0);
    let written = std::fs::read_to_string(&baseline).unwrap();
    assert!(written.contains("figure-mismatch"));
    // Unrelated edit: a new paragraph at the top shifts every offset and line.
    let article = cluster.join("coast-herald.md");
    let text = std::fs::read_to_string(&article).unwrap();
    std::fs::write(
        &article,
        format!("Editor's note: updated with the port's statement.\n\n{text}"),
    )
    .unwrap();
    let out = cmd()
        .arg("check")
        .arg(&cluster)
        .args(["--format", "json", "--baseline"])
        .arg(&baseline)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        report["findings"].as_array().unwrap().len(),
        0,
        "{report:#}"
    );
    // A new disagreement is still reported.
    let text = std::fs::read_to_string(&article).unwrap();
    std::fs::write(
        &article,
        text.replace("120 dock workers", "320 dock workers"),
    )
    .unwrap();
    cmd()
        .arg("check")
        .arg(&cluster)
        .arg("--baseline")
        .arg(&baseline)
        .assert()
        .code(1);
}

#[test]
fn baseline_says_what_it_hid_and_which_entries_are_stale_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let cluster = dir.path().join("cluster");
    std::fs::create_dir(&cluster).unwrap();
    copy_cluster("corpus/harbor-fire-2025", &cluster);
    let baseline = dir.path().join("baseline.json");
    cmd()
        .arg("check")
        .arg(&cluster)
        .arg("--write-baseline")
        .arg(&baseline)
        .assert()
        .code(0);
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&baseline).unwrap()).unwrap();
    let entries = written["findings"].as_array().unwrap().len();
    assert!(entries > 0);
    let run = |format: &str| {
        let out = cmd()
            .arg("check")
            .arg(&cluster)
            .args(["--color", "never", "--fail-on", "never", "--format", format])
            .arg("--baseline")
            .arg(&baseline)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let counts = || {
        let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
        let b = &json["summary"]["baseline"];
        (b["hidden"].as_u64().unwrap(), b["stale"].as_u64().unwrap())
    };
    // Nothing changed: every finding hidden, no entry stale.
    let (hidden, stale) = counts();
    assert_eq!((stale, hidden >= entries as u64), (0, true));
    // A baselined figure changes: its entry goes stale, the new finding shows.
    let article = cluster.join("coast-herald.md");
    let text = std::fs::read_to_string(&article).unwrap();
    std::fs::write(&article, text.replace("Forty-two", "Fifty-one")).unwrap();
    let (hidden2, stale) = counts();
    assert!(
        stale >= 1 && hidden2 < hidden,
        "{hidden2} hidden, {stale} stale"
    );
    let note = format!("{hidden2} hidden by the baseline, {stale} stale baseline entr");
    for format in ["terminal", "markdown", "html"] {
        let report = run(format);
        assert!(report.contains(&note), "{format} lacks `{note}`:\n{report}");
    }
    let sarif: serde_json::Value = serde_json::from_str(&run("sarif")).unwrap();
    let props = &sarif["runs"][0]["properties"];
    assert_eq!(props["baselinedFindings"].as_u64(), Some(hidden2));
    assert_eq!(props["staleBaselineEntries"].as_u64(), Some(stale));
    // Without a baseline, no such note or field.
    let out = cmd()
        .arg("check")
        .arg(&cluster)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(json["summary"].get("baseline").is_none());
}

#[test]
fn write_baseline_never_overwrites_an_input() {
    let dir = tempfile::tempdir().unwrap();
    copy_cluster("corpus/harbor-fire-2025", dir.path());
    let article = dir.path().join("metro-wire.txt");
    let before = std::fs::read(&article).unwrap();
    cmd()
        .arg("check")
        .arg(dir.path())
        .arg("--write-baseline")
        .arg(&article)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("never writes to its inputs"));
    assert_eq!(std::fs::read(&article).unwrap(), before);
}

#[test]
fn markdown_comment_suppresses_the_next_paragraph() {
    let dir = tempfile::tempdir().unwrap();
    copy_cluster("corpus/harbor-fire-2025", dir.path());
    let article = dir.path().join("daily-ledger.md");
    let text = std::fs::read_to_string(&article).unwrap();
    let marked = text.replace(
        "Twenty-four firefighters",
        "<!-- factdiff-ignore: figure -->\nTwenty-four firefighters",
    );
    assert_ne!(marked, text);
    let run = || {
        let out = cmd()
            .arg("check")
            .arg(dir.path())
            .args(["--format", "json"])
            .output()
            .unwrap();
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let has = |report: &serde_json::Value, word: &str| {
        report["findings"].as_array().unwrap().iter().any(|f| {
            f["category"] == "figure"
                && f["evidence"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|e| e["text"] == word)
        })
    };
    assert!(has(&run(), "Twenty-four"));
    std::fs::write(&article, &marked).unwrap();
    let report = run();
    assert!(!has(&report, "Twenty-four"), "suppressed");
    // Only the next paragraph, and only the named category.
    assert!(has(&report, "Two"));
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["check"] == "typo")
    );
}

#[test]
fn select_and_ignore_narrow_the_checks() {
    let report = json(&[
        "check",
        "corpus/harbor-fire-2025",
        "--format",
        "json",
        "--select",
        "figure",
    ]);
    let checks: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["check"].as_str().unwrap())
        .collect();
    assert!(
        !checks.is_empty()
            && checks
                .iter()
                .all(|c| *c == "figure-mismatch" || *c == "count-mismatch")
    );
    let report = json(&[
        "check",
        "corpus/harbor-fire-2025",
        "--format",
        "json",
        "--ignore",
        "typo,figure-mismatch",
    ]);
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["check"] != "typo" && f["check"] != "figure-mismatch")
    );
    cmd()
        .args(["check", "corpus/harbor-fire-2025", "--select", "figur"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `figure`?"));
}

#[test]
fn project_rule_file_is_found_in_parent_directories() {
    let dir = tempfile::tempdir().unwrap();
    let nested = dir.path().join("desk").join("story");
    std::fs::create_dir_all(&nested).unwrap();
    std::fs::write(
        dir.path().join("factdiff.toml"),
        "[checks.typo]\nenabled = false\n",
    )
    .unwrap();
    let corpus = std::fs::canonicalize("corpus/harbor-fire-2025").unwrap();
    let out = cmd()
        .current_dir(&nested)
        .arg("check")
        .arg(&corpus)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["check"] != "typo")
    );
    // --no-project-rules ignores it.
    let out = cmd()
        .current_dir(&nested)
        .arg("check")
        .arg(&corpus)
        .args(["--format", "json", "--no-project-rules"])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["check"] == "typo")
    );
    // A bad project file is an error naming it.
    std::fs::write(
        dir.path().join("factdiff.toml"),
        "[checks.typo]\nenabeld = false\n",
    )
    .unwrap();
    cmd()
        .current_dir(&nested)
        .arg("check")
        .arg(&corpus)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("factdiff.toml:2:1")
                .and(predicate::str::contains("did you mean `enabled`?")),
        );
}

#[test]
fn diff_shows_changed_added_and_removed_sentences() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (dir.path().join("v1.txt"), dir.path().join("v2.txt"));
    std::fs::write(
        &old,
        "Fire at port\n\nA fire destroyed a warehouse at the port on Wednesday.\n\nForty firefighters fought the blaze for three hours.\n\nThe cause is unknown.\n",
    )
    .unwrap();
    std::fs::write(
        &new,
        "Fire at port\n\nA fire destroyed a cold-storage warehouse at the port on Wednesday.\n\nForty-two firefighters fought the blaze for three hours.\n\nThe port reopened on Thursday.\n",
    )
    .unwrap();
    let out = cmd()
        .arg("diff")
        .arg(&old)
        .arg(&new)
        .args(["--color", "never"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("{+cold-storage+}"), "{text}");
    // A hyphenated word changes as a whole.
    assert!(text.contains("{+Forty-two+} firefighters"), "{text}");
    assert!(text.contains("[-Forty-] firefighters"), "{text}");
    assert!(text.contains("+ The port reopened on Thursday."), "{text}");
    assert!(text.contains("- The cause is unknown."), "{text}");
    assert!(
        text.contains("summary: 2 sentences changed, 1 added, 1 removed, 0 moved, 1 unchanged"),
        "{text}"
    );
    // The same version twice: exit 0.
    cmd()
        .arg("diff")
        .arg(&old)
        .arg(&old)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("0 sentences changed"));
}

#[test]
fn diff_reports_a_moved_paragraph_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (dir.path().join("v1.txt"), dir.path().join("v2.txt"));
    let paragraphs = [
        "Fire at port",
        "A fire destroyed a warehouse at the port on Wednesday.",
        "Twenty-four firefighters fought the blaze for three hours.",
        "The cause is unknown.",
        "The port will reopen on Friday, officials said.",
    ];
    std::fs::write(&old, paragraphs.join("\n\n")).unwrap();
    let mut moved = paragraphs.to_vec();
    let last = moved.remove(4);
    moved.insert(1, last);
    std::fs::write(&new, moved.join("\n\n")).unwrap();
    let out = cmd()
        .arg("diff")
        .arg(&old)
        .arg(&new)
        .args(["--color", "never"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1), "a pure move differs: {text}");
    assert!(
        text.contains("v2.txt:3 (moved from ") && text.contains("v1.txt:9)"),
        "{text}"
    );
    assert!(
        text.contains("> The port will reopen on Friday, officials said."),
        "{text}"
    );
    assert!(
        text.contains("0 sentences changed, 0 added, 0 removed, 1 moved, 4 unchanged"),
        "{text}"
    );
}

#[test]
fn readme_sample_is_what_check_prints() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let start = readme
        .find("$ cargo run --release -- check corpus/syria-2016-09\n")
        .expect("README shows a sample report");
    let block = &readme[start..];
    let block = &block[..block.find("```").unwrap()];
    let out = cmd()
        .args(["check", CORPUS, "--color", "never"])
        .output()
        .unwrap();
    let report = String::from_utf8(out.stdout).unwrap();
    for line in block.lines().skip(1) {
        if line.is_empty() || line.starts_with("(…") {
            continue;
        }
        assert!(
            report.contains(line),
            "README sample line not in the report: {line}"
        );
    }
}

#[test]
fn rules_explain_wraps_its_paragraphs() {
    for id in ["figure-mismatch", "name-spelling", "attribution-mismatch"] {
        let out = cmd().args(["rules", "explain", id]).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.lines().all(|l| l.chars().count() <= 88), "{text}");
        assert!(text.contains("\n  - enabled = true, severity = "), "{text}");
    }
}

#[test]
fn articles_on_different_events_are_warned_about_unless_silenced() {
    // tests/fixtures/unrelated: a harbour fire, a council budget and a cup final.
    let out = cmd()
        .args(["check", "tests/fixtures/unrelated", "--color", "never"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("do not look like one story"), "{stderr}");
    assert!(stderr.contains("--no-story-check"), "{stderr}");
    let out = cmd()
        .args(["check", "tests/fixtures/unrelated", "--color", "never"])
        .arg("--no-story-check")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("one story"), "{stderr}");
}

#[test]
fn the_bundled_clusters_look_like_one_story() {
    for entry in std::fs::read_dir("corpus").unwrap() {
        let dir = entry.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        let out = cmd()
            .arg("check")
            .arg(&dir)
            .args(["--color", "never"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("one story"), "{}: {stderr}", dir.display());
    }
}

#[test]
fn hard_wrapped_copy_is_read_as_written_with_exact_places() {
    // tests/fixtures/wrapped: wire.txt is wrapped at 72 columns, herald.txt is not; they
    // disagree on the homes evacuated ("120\nhomes" in the wire's copy).
    let out = cmd()
        .args(["check", "tests/fixtures/wrapped", "--format", "json"])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let figure = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["check"] == "figure-mismatch")
        .unwrap_or_else(|| panic!("{report}"));
    let wire = figure["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["document"] == "wire")
        .unwrap();
    let sentence = wire["sentence_text"].as_str().unwrap();
    assert!(
        sentence.starts_with("CARLISLE") && sentence.ends_with("old bridge."),
        "one sentence across the wraps: {sentence:?}"
    );
    assert!(sentence.contains("the river rose"), "{sentence:?}");
    let bytes = std::fs::read("tests/fixtures/wrapped/wire.txt").unwrap();
    let (start, end) = (
        wire["start"].as_u64().unwrap() as usize,
        wire["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&bytes[start..end], b"120");
    assert_eq!(
        (wire["line"].as_u64(), wire["column"].as_u64()),
        (Some(4), Some(70))
    );
}
