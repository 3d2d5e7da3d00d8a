//! What the binary offers the shell around it: completions, the man page, and a progress
//! display that never reaches stdout.

use assert_cmd::Command;
use predicates::prelude::*;

fn cmd() -> Command {
    Command::cargo_bin("factdiff").unwrap()
}

#[test]
fn completions_are_generated_for_each_shell() {
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef factdiff"),
        ("fish", "complete -c factdiff"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion"),
    ] {
        cmd()
            .args(["completions", shell])
            .assert()
            .code(0)
            .stdout(predicate::str::contains(marker))
            .stdout(predicate::str::contains("against"));
    }
    cmd().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn man_page_is_generated_from_the_cli() {
    cmd()
        .arg("man")
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with(".ie").or(predicate::str::contains(".TH factdiff")))
        .stdout(predicate::str::contains("check"));
}

#[test]
fn progress_never_mixes_into_stdout_when_piped() {
    // stderr is a pipe here, so no spinner at all; stdout holds only the report.
    let out = cmd()
        .args(["check", "corpus/syria-2016-09", "--format", "json"])
        .output()
        .unwrap();
    // (a machine without Hunspell dictionaries adds that one warning line)
    let stderr = String::from_utf8_lossy(&out.stderr);
    let other: Vec<&str> = stderr
        .lines()
        .filter(|l| !l.starts_with("factdiff: warning: typo: no Hunspell dictionary found"))
        .collect();
    assert!(other.is_empty(), "{stderr}");
    let _: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is pure JSON");
}
