//! Hostile and messy input, end to end: each case has a defined behaviour (README,
//! "Troubleshooting"): a clear error, a warning, or a result — never a panic or a hang.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

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

const A: &str =
    "The council approved the budget of 5 million dollars on Tuesday, the mayor said.\n";
const B: &str =
    "The council approved the budget of 7 million dollars on Tuesday, the mayor said.\n";

/// A directory with the given files.
fn cluster(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    dir
}

fn json_of(out: &std::process::Output) -> serde_json::Value {
    assert!(
        out.status.code().is_some_and(|c| c < 2),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn inspect_json(path: &Path) -> (serde_json::Value, String) {
    let out = cmd()
        .arg("inspect")
        .arg(path)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    (json_of(&out), stderr)
}

fn windows_1252(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!unmappable);
    bytes.into_owned()
}

// --- encodings and line ends ---------------------------------------------------------

#[test]
fn windows_1252_file_is_decoded_with_a_warning_and_spans_in_its_bytes() {
    let text = "Caf\u{e9} owners said \u{201c}no\u{201d} to the plan.\nThe council approved the budget of 5 million dollars on Tuesday, the mayor said.\n";
    let bytes = windows_1252(text);
    let dir = cluster(&[("a.txt", &bytes), ("b.txt", B.as_bytes())]);
    let (report, stderr) = inspect_json(&dir.path().join("a.txt"));
    assert!(
        stderr.contains("factdiff: warning:") && stderr.contains("Windows-1252"),
        "{stderr}"
    );
    let sentences = report["documents"][0]["sentences"].as_array().unwrap();
    assert_eq!(sentences[0]["text"], "Café owners said “no” to the plan.");
    for s in sentences {
        let (start, end) = (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
        let original = &bytes[start as usize..end as usize];
        let (decoded, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(original);
        assert_eq!(
            decoded,
            s["text"].as_str().unwrap(),
            "span points at the file's bytes"
        );
    }
    // The check runs and its evidence points at the original bytes too.
    let out = cmd()
        .arg("check")
        .arg(dir.path())
        .args(["--format", "json"])
        .output()
        .unwrap();
    let report = json_of(&out);
    for f in report["findings"].as_array().unwrap() {
        for e in f["evidence"].as_array().unwrap() {
            if e["document"] == "a" {
                let (start, end) = (e["start"].as_u64().unwrap(), e["end"].as_u64().unwrap());
                let (decoded, _) = encoding_rs::WINDOWS_1252
                    .decode_without_bom_handling(&bytes[start as usize..end as usize]);
                assert_eq!(decoded, e["text"].as_str().unwrap());
            }
        }
    }
}

#[test]
fn utf8_bom_is_stripped_and_offsets_count_it() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(A.as_bytes());
    let dir = cluster(&[("a.txt", &bytes)]);
    let (report, stderr) = inspect_json(&dir.path().join("a.txt"));
    assert!(stderr.is_empty(), "{stderr}");
    let s = &report["documents"][0]["sentences"][0];
    assert_eq!(s["text"], A.trim_end());
    assert_eq!(s["start"], 3);
    assert_eq!(s["end"].as_u64().unwrap() as usize, 3 + A.trim_end().len());
}

#[test]
fn crlf_and_lone_cr_line_ends_split_lines() {
    let dir = cluster(&[
        (
            "crlf.txt",
            b"Headline here\r\nFirst sentence.\r\nSecond one.\r\n",
        ),
        ("cr.txt", b"Headline here\rFirst sentence.\rSecond one.\r"),
    ]);
    for name in ["crlf.txt", "cr.txt"] {
        let (report, _) = inspect_json(&dir.path().join(name));
        let sentences = report["documents"][0]["sentences"].as_array().unwrap();
        let seen: Vec<(&str, u64)> = sentences
            .iter()
            .map(|s| (s["text"].as_str().unwrap(), s["line"].as_u64().unwrap()))
            .collect();
        assert_eq!(
            seen,
            [
                ("Headline here", 1),
                ("First sentence.", 2),
                ("Second one.", 3)
            ],
            "{name}"
        );
    }
}

#[test]
fn nul_bytes_and_binary_files_are_refused_naming_the_file() {
    for (name, bytes) in [
        ("nul.txt", &b"Some text\0with a NUL byte."[..]),
        ("scan.txt", &b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"[..]),
    ] {
        let dir = cluster(&[(name, bytes), ("b.txt", B.as_bytes())]);
        cmd().arg("check").arg(dir.path()).assert().code(2).stderr(
            predicate::str::contains(name)
                .and(predicate::str::contains("binary content"))
                .and(predicate::str::starts_with("factdiff: error: ")),
        );
    }
}

// --- empty, single, missing -------------------------------------------------------------

#[test]
fn empty_and_whitespace_only_files_are_skipped_with_a_warning() {
    let dir = cluster(&[
        ("a.txt", A.as_bytes()),
        ("b.txt", B.as_bytes()),
        ("empty.txt", b""),
        ("blank.txt", b"  \n\t\r\n \n"),
    ]);
    let out = cmd()
        .arg("check")
        .arg(dir.path())
        .args(["--format", "json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("empty.txt: empty article: skipped")
            && stderr.contains("blank.txt: empty article: skipped"),
        "{stderr}"
    );
    assert_eq!(json_of(&out)["summary"]["documents"], 2);
}

#[test]
fn a_directory_of_empty_files_has_no_readable_article() {
    let dir = cluster(&[("empty.txt", b""), ("blank.md", b"\n\n")]);
    cmd()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no readable article"));
}

#[test]
fn a_directory_with_no_article_file_is_an_error() {
    let dir = cluster(&[("notes.pdf", b"x"), ("image.png", b"y")]);
    cmd()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no article (.txt, .md or .html file)",
        ));
}

#[test]
fn a_single_article_has_nothing_to_compare_with_but_inspect_reads_it() {
    let dir = cluster(&[("a.txt", A.as_bytes())]);
    for command in ["check", "align"] {
        cmd()
            .arg(command)
            .arg(dir.path())
            .assert()
            .code(2)
            .stderr(predicate::str::contains("nothing to compare with"));
    }
    cmd()
        .arg("inspect")
        .arg(dir.path().join("a.txt"))
        .assert()
        .code(0)
        .stdout(predicate::str::contains("5 million"));
}

#[test]
fn a_path_that_does_not_exist_is_named() {
    cmd()
        .args(["check", "no/such/article.txt", CORPUS])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no/such/article.txt: no such file or directory",
        ));
}

#[cfg(unix)]
#[test]
fn unreadable_file_in_a_directory_is_an_error_naming_it() {
    use std::os::unix::fs::PermissionsExt;
    let dir = cluster(&[("a.txt", A.as_bytes()), ("locked.txt", B.as_bytes())]);
    let locked = dir.path().join("locked.txt");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&locked).is_ok() {
        // Running as root: permissions do not stop reads (tests/cli.rs covers an
        // unreadable file for root).
        return;
    }
    cmd()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("locked.txt: permission denied"));
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_errors_not_hangs() {
    let dir = cluster(&[("a.txt", A.as_bytes()), ("b.txt", B.as_bytes())]);
    std::os::unix::fs::symlink("loop.txt", dir.path().join("loop.txt")).unwrap();
    std::os::unix::fs::symlink("two.txt", dir.path().join("one.txt")).unwrap();
    std::os::unix::fs::symlink("one.txt", dir.path().join("two.txt")).unwrap();
    cmd()
        .arg("check")
        .arg(dir.path())
        .timeout(Duration::from_secs(60))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("symbolic link loop"));
    cmd()
        .arg("check")
        .arg(dir.path().join("loop.txt"))
        .arg(dir.path().join("a.txt"))
        .timeout(Duration::from_secs(60))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("loop.txt: symbolic link loop"));
}

// --- very long input -------------------------------------------------------------------

#[test]
fn an_article_over_the_size_limit_is_refused_and_the_limit_can_be_raised() {
    let big = A.repeat(11 * 1024 * 1024 / A.len() + 1);
    let dir = cluster(&[("big.txt", big.as_bytes()), ("b.txt", B.as_bytes())]);
    cmd().arg("check").arg(dir.path()).assert().code(2).stderr(
        predicate::str::contains("big.txt: larger than the article size limit of 10 MB")
            .and(predicate::str::contains("--max-article-size")),
    );
    let dir = cluster(&[("big.txt", A.repeat(30_000).as_bytes())]);
    cmd()
        .arg("inspect")
        .arg(dir.path().join("big.txt"))
        .args(["--max-article-size", "1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("limit of 1 MB"));
}

/// Runs `check` over `files` and returns how long it took; it must end within `limit`.
fn check_within(files: &[(&str, &[u8])], limit: Duration) -> Duration {
    let dir = cluster(files);
    let started = Instant::now();
    let out = cmd()
        .arg("check")
        .arg(dir.path())
        .args(["--format", "json"])
        .timeout(limit)
        .output()
        .unwrap();
    let took = started.elapsed();
    assert!(took < limit, "took {took:?}");
    json_of(&out);
    took
}

#[test]
fn a_one_megabyte_sentence_without_punctuation_finishes() {
    let words = ["council", "budget", "approved", "the", "mayor", "million"];
    let mut sentence = String::new();
    let mut i = 0usize;
    while sentence.len() < 1_000_000 {
        sentence.push_str(words[i % words.len()]);
        sentence.push(' ');
        i = i.wrapping_mul(31).wrapping_add(7) % 1009;
    }
    // A heading (no final stop) and a prose "sentence" that aligns with a near copy: the
    // word diffs and checks run on it too.
    let prose = format!("{}.\n", sentence.trim_end());
    let near_copy = prose.replacen("council", "councl", 3);
    check_within(
        &[
            ("long.txt", sentence.as_bytes()),
            ("prose.txt", prose.as_bytes()),
            ("copy.txt", near_copy.as_bytes()),
        ],
        Duration::from_secs(120),
    );
}

#[test]
fn ten_thousand_quotation_marks_finish() {
    let mut text = String::from("He said \"");
    text.push_str(&"\" \"".repeat(5_000));
    text.push_str("\".\n");
    text.push_str(&"“".repeat(10_000));
    text.push('\n');
    text.push_str(A);
    check_within(
        &[("quotes.txt", text.as_bytes()), ("b.txt", B.as_bytes())],
        Duration::from_secs(120),
    );
}

// --- rule files ------------------------------------------------------------------------

/// `check` with one rule file: exit 2, `rules.toml:LINE:COL: ...` and a hint in parentheses.
fn rule_error(rules: &str, line: usize, message: &str) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rules.toml");
    std::fs::write(&path, rules).unwrap();
    let out = cmd()
        .args(["check", CORPUS, "--no-project-rules", "--rules"])
        .arg(&path)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    let pattern = format!(r"^factdiff: error: .*rules\.toml:{line}:\d+: .*\(.+\)\n$");
    assert!(
        regex::Regex::new(&pattern).unwrap().is_match(&stderr),
        "{stderr:?} does not match {pattern}"
    );
    assert!(stderr.contains(message), "{stderr}");
}

#[test]
fn rule_file_malformed_toml() {
    rule_error("[align]\nthreshold = = 0.4\n", 2, "");
}

#[test]
fn rule_file_unknown_key() {
    rule_error("[align]\nthresold = 0.4\n", 2, "did you mean `threshold`?");
}

#[test]
fn rule_file_wrong_type() {
    rule_error("[align]\nthreshold = \"high\"\n", 2, "");
}

#[test]
fn rule_file_out_of_range_threshold() {
    rule_error(
        "[align]\nmax_links = 2\nthreshold = 1.5\n",
        3,
        "between 0 and 1",
    );
}

#[test]
fn rule_file_equivalence_mapping_a_word_to_itself() {
    rule_error(
        "[equivalences]\nwords = [\n  [\"defence\", \"defense\"],\n  [\"colour\", \"Colour\"],\n]\n",
        4,
        "to itself",
    );
}

#[test]
fn rule_file_invalid_regex() {
    rule_error(
        "[boilerplate]\npatterns = [\n  '^ok$',\n  '^(unclosed',\n]\n",
        4,
        "invalid regular expression",
    );
}

// --- output ----------------------------------------------------------------------------

#[test]
fn writing_to_a_closed_pipe_ends_quietly() {
    use std::io::Read;
    use std::process::{Command as Std, Stdio};
    // A report much larger than a pipe buffer, so the write meets the closed pipe.
    let dir = cluster(&[("a.txt", A.repeat(4_000).as_bytes())]);
    let mut child = Std::new(assert_cmd::cargo::cargo_bin("factdiff"))
        .arg("inspect")
        .arg(dir.path().join("a.txt"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // `| head -c 10`: read a little, then close the pipe.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 10];
    stdout.read_exact(&mut first).ok();
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(stderr, "", "no message for a closed pipe");
    assert_eq!(status.code(), Some(0));
}

#[test]
fn output_into_a_missing_directory_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("no-such-dir").join("report.json");
    cmd()
        .args(["check", CORPUS, "--format", "json", "--output"])
        .arg(&target)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("does not exist"));
    assert!(!target.exists());
    let target = dir.path().join("report.json");
    cmd()
        .args([
            "check",
            CORPUS,
            "--format",
            "json",
            "--fail-on",
            "never",
            "--output",
        ])
        .arg(&target)
        .assert()
        .code(0)
        .stdout("");
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&target).unwrap()).unwrap();
    assert_eq!(report["version"], 1);
}

fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>, std::time::SystemTime)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            let meta = std::fs::metadata(&p).unwrap();
            (
                p.clone(),
                std::fs::read(&p).unwrap(),
                meta.modified().unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn factdiff_never_writes_to_its_inputs() {
    let dir = cluster(&[
        ("a.txt", A.as_bytes()),
        ("b.txt", B.as_bytes()),
        (
            "c.html",
            b"<html><body><p>The council approved the budget.</p></body></html>",
        ),
    ]);
    let before = snapshot(dir.path());
    for command in ["check", "align", "inspect"] {
        cmd()
            .arg(command)
            .arg(dir.path())
            .assert()
            .code(predicate::lt(2));
    }
    // --output naming an input is refused.
    cmd()
        .arg("check")
        .arg(dir.path())
        .arg("--output")
        .arg(dir.path().join("a.txt"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("never writes to its inputs"));
    assert_eq!(snapshot(dir.path()), before);
    // A new file in an input directory is no input: it is written, with a warning that the
    // next run over the directory would read it as an article.
    cmd()
        .arg("check")
        .arg(dir.path())
        .arg("--output")
        .arg(dir.path().join("new.txt"))
        .assert()
        .code(predicate::lt(2))
        .stderr(predicate::str::contains("would read it as an article"));
    std::fs::remove_file(dir.path().join("new.txt")).unwrap();
    assert_eq!(snapshot(dir.path()), before);
}

// --- HTML ------------------------------------------------------------------------------

/// The first corpus article as a page saved from a browser: navigation, a script and a style
/// around an `<article>` whose paragraphs are the article's lines.
fn corpus_article_as_html() -> (String, String) {
    let text = std::fs::read_to_string(Path::new(CORPUS).join("000_f4d0d7b6037179a7.txt")).unwrap();
    let mut page = String::from(
        "<!DOCTYPE html>\n<html>\n<head>\n<title>US running out of patience | Example</title>\n<style>body { font: 12px serif; } .callef { color: red }</style>\n<script>window.track(\"callef called\");</script>\n</head>\n<body>\n<nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a> | <a href=\"/syria\">Syria called</a></nav>\n<article>\n",
    );
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    page.push_str(&format!("<h1>{}</h1>\n", lines.next().unwrap()));
    for line in lines {
        let escaped = line.replace('&', "&amp;");
        page.push_str(&format!("<p>{escaped}</p>\n"));
    }
    page.push_str("</article>\n<footer>Share this article</footer>\n</body>\n</html>\n");
    (page, text)
}

#[test]
fn html_pages_are_read_through_a_parser_and_findings_name_a_line_of_the_page() {
    let (page, _) = corpus_article_as_html();
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("000.html");
    std::fs::write(&html, &page).unwrap();
    let mut paths = vec![html.clone()];
    for entry in std::fs::read_dir(CORPUS).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "txt") && !p.ends_with("000_f4d0d7b6037179a7.txt") {
            paths.push(p);
        }
    }
    let out = cmd()
        .arg("check")
        .args(&paths)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let report = json_of(&out);
    let typo = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["check"] == "typo" && f["evidence"][0]["text"] == "callef")
        .expect("callef is flagged in the HTML page");
    let ev = &typo["evidence"][0];
    assert_eq!(ev["document"], "000");
    let line = ev["line"].as_u64().unwrap() as usize;
    let page_line = page.lines().nth(line - 1).unwrap();
    assert!(
        page_line.starts_with("<p>US Defence Secretary"),
        "{page_line}"
    );
    let (start, end) = (
        ev["start"].as_u64().unwrap() as usize,
        ev["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&page[start..end], "callef");
    let column = ev["column"].as_u64().unwrap() as usize;
    assert_eq!(page_line.chars().nth(column - 1), Some('c'));

    // What was read: the headline and paragraphs, no navigation, script or style.
    let (inspect, _) = inspect_json(&html);
    let texts: Vec<&str> = inspect["documents"][0]["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts[0],
        "US 'running out of patience' with Russia's Syria intervention"
    );
    for dropped in ["Home", "window.track", "font:", "Share this article"] {
        assert!(
            texts.iter().all(|t| !t.contains(dropped)),
            "{dropped} was read"
        );
    }
    // The terminal report names the page and the line.
    cmd()
        .arg("check")
        .args(&paths)
        .args(["--color", "never"])
        .assert()
        .stdout(predicate::str::contains(format!(
            "000.html:{line}:{column}"
        )));
}

// --- nothing the run reads is overwritten (data loss) -----------------------------------

/// A copy of the harbor-fire cluster (articles, `cluster.toml`) in a temporary folder.
fn harbor_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir("corpus/harbor-fire-2025").unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    dir
}

/// Runs `check` on `dir` with `args`, asserts exit 2 naming the refusal, and that every
/// file in `dir` is byte-identical afterwards.
fn assert_refused_and_untouched(dir: &Path, args: &[&std::ffi::OsStr], says: &str) {
    let snapshot = |dir: &Path| -> Vec<(PathBuf, Vec<u8>)> {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_file())
            .map(|p| {
                let bytes = std::fs::read(&p).unwrap();
                (p, bytes)
            })
            .collect();
        files.sort();
        files
    };
    let before = snapshot(dir);
    cmd()
        .arg("check")
        .arg(dir)
        .args(args)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(says));
    assert_eq!(snapshot(dir), before, "a file changed or appeared");
}

#[test]
fn regression_write_baseline_never_replaces_the_manifest() {
    let dir = harbor_copy();
    let manifest = dir.path().join("cluster.toml");
    assert_refused_and_untouched(
        dir.path(),
        &["--write-baseline".as_ref(), manifest.as_os_str()],
        "one of the inputs",
    );
}

#[test]
fn regression_output_and_write_baseline_never_replace_a_rule_file() {
    let dir = harbor_copy();
    let rules = dir.path().join("r.rules");
    std::fs::write(&rules, "[checks.typo]\nenabled = false\n").unwrap();
    for flag in ["--output", "--write-baseline"] {
        assert_refused_and_untouched(
            dir.path(),
            &[
                "--rules".as_ref(),
                rules.as_os_str(),
                flag.as_ref(),
                rules.as_os_str(),
            ],
            "one of the inputs",
        );
    }
}

#[test]
fn regression_output_never_replaces_the_baseline_it_reads() {
    let dir = harbor_copy();
    let baseline = dir.path().join("b.json");
    cmd()
        .arg("check")
        .arg(dir.path())
        .arg("--write-baseline")
        .arg(&baseline)
        .assert()
        .code(0);
    assert_refused_and_untouched(
        dir.path(),
        &[
            "--baseline".as_ref(),
            baseline.as_os_str(),
            "-o".as_ref(),
            baseline.as_os_str(),
        ],
        "one of the inputs",
    );
}

#[test]
fn regression_output_through_a_hard_link_never_replaces_an_article() {
    let dir = harbor_copy();
    let elsewhere = tempfile::tempdir().unwrap();
    let link = elsewhere.path().join("report.md");
    std::fs::hard_link(dir.path().join("metro-wire.txt"), &link).unwrap();
    assert_refused_and_untouched(
        dir.path(),
        &["-o".as_ref(), link.as_os_str()],
        "one of the inputs",
    );
    assert_eq!(
        std::fs::read(&link).unwrap(),
        std::fs::read(dir.path().join("metro-wire.txt")).unwrap()
    );
}

#[test]
fn regression_output_and_write_baseline_on_one_file_are_refused() {
    let dir = harbor_copy();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("x");
    cmd()
        .arg("check")
        .arg(dir.path())
        .arg("--write-baseline")
        .arg(&target)
        .arg("-o")
        .arg(&target)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("different files"));
    assert!(!target.exists(), "nothing is written before the refusal");
}

#[test]
fn a_new_report_beside_the_articles_is_no_input() {
    let dir = harbor_copy();
    let report = dir.path().join("new-report.md");
    cmd()
        .arg("check")
        .arg(dir.path())
        .args(["--format", "markdown", "--fail-on", "never", "-o"])
        .arg(&report)
        .assert()
        .code(0);
    assert!(std::fs::read_to_string(&report).unwrap().contains('#'));
}

#[test]
fn regression_concurrent_runs_to_one_output_leave_one_whole_report() {
    let dir = harbor_copy();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("report");
    let formats = ["json", "markdown", "html", "sarif"];
    let whole: Vec<Vec<u8>> = formats
        .iter()
        .map(|f| {
            cmd()
                .arg("check")
                .arg(dir.path())
                .args(["--format", f, "--fail-on", "never"])
                .output()
                .unwrap()
                .stdout
        })
        .collect();
    for _round in 0..3 {
        let children: Vec<_> = formats
            .iter()
            .map(|f| {
                std::process::Command::new(assert_cmd::cargo::cargo_bin("factdiff"))
                    .arg("check")
                    .arg(dir.path())
                    .args(["--format", f, "--fail-on", "never", "-o"])
                    .arg(&target)
                    .spawn()
                    .unwrap()
            })
            .collect();
        for mut child in children {
            assert!(child.wait().unwrap().success());
        }
        let written = std::fs::read(&target).unwrap();
        assert!(
            whole.contains(&written),
            "the file is no single report ({} bytes)",
            written.len()
        );
        let leftovers = std::fs::read_dir(out.path()).unwrap().count();
        assert_eq!(leftovers, 1, "a temporary file was left behind");
    }
}

#[test]
fn regression_huge_or_negative_day_tolerances_are_rule_errors_not_panics() {
    let dir = harbor_copy();
    for (table, value) in [
        ("[checks.date-mismatch]\ntolerance_days", "106751991168"),
        ("[checks.date-mismatch]\ntolerance_days", "-1"),
        ("[align]\ndistant_days", "9223372036854775807"),
    ] {
        let rules = dir.path().join("days.rules");
        std::fs::write(&rules, format!("{table} = {value}\n")).unwrap();
        cmd()
            .arg("check")
            .arg(dir.path())
            .arg("--rules")
            .arg(&rules)
            .assert()
            .code(2)
            .stderr(
                predicate::str::contains("days.rules:2:")
                    .and(predicate::str::contains("between 0 and")),
            );
    }
}

// --- positions in every format, whatever the encoding --------------------------------

fn utf16le_with_bom(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    bytes
}

/// Two lines before the disputed sentence, accented words before the figure.
const LEAD: &str = "Café report\n\nThe café council met.\n";

#[test]
fn regression_sarif_regions_match_json_positions_for_utf16_latin1_and_html() {
    let text_a = format!("{LEAD}{A}");
    let html = format!(
        "<!DOCTYPE html>\n<html><head><title>Café report</title></head>\n<body>\n<article>\n<h1>Café report</h1>\n<p>The café council met.</p>\n<p>{}</p>\n</article>\n</body></html>\n",
        A.trim()
    );
    for (name, bytes) in [
        ("a.txt", utf16le_with_bom(&text_a)),
        ("a.txt", windows_1252(&text_a)),
        ("a.html", html.into_bytes()),
    ] {
        let dir = cluster(&[(name, &bytes), ("b.txt", format!("{LEAD}{B}").as_bytes())]);
        let run = |format: &str| {
            cmd()
                .arg("check")
                .arg(dir.path())
                .args(["--format", format, "--fail-on", "never"])
                .output()
                .unwrap()
        };
        let json = json_of(&run("json"));
        let sarif: serde_json::Value = serde_json::from_slice(&run("sarif").stdout).unwrap();
        let finding = json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["check"] == "figure-mismatch")
            .unwrap_or_else(|| panic!("{name}: no figure finding: {json}"));
        let ev = finding["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["document"] == "a")
            .unwrap();
        let (line, column) = (ev["line"].as_u64().unwrap(), ev["column"].as_u64().unwrap());
        let words = ev["text"].as_str().unwrap().chars().count() as u64;
        let result = sarif["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["ruleId"] == "figure-mismatch")
            .unwrap();
        let regions: Vec<&serde_json::Value> = std::iter::once(&result["locations"][0])
            .chain(result["relatedLocations"].as_array().unwrap())
            .map(|l| &l["physicalLocation"])
            .filter(|l| {
                l["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap()
                    .contains("/a.")
            })
            .map(|l| &l["region"])
            .collect();
        assert_eq!(regions.len(), 1, "{name}");
        let region = regions[0];
        assert_eq!(region["startLine"], line, "{name}");
        assert_eq!(region["startColumn"], column, "{name}");
        assert_eq!(
            region["endLine"], line,
            "{name}: the figure sits on one line"
        );
        assert_eq!(
            region["endColumn"].as_u64().unwrap(),
            column + words,
            "{name}: the end column follows the words"
        );
        // The terminal report names the same place.
        let terminal = String::from_utf8(run("terminal").stdout).unwrap();
        assert!(
            terminal.contains(&format!("{name}:{line}:{column}")),
            "{name}: {terminal}"
        );
    }
}

// --- nothing injected -------------------------------------------------------------------

#[test]
fn regression_terminal_reports_never_print_control_sequences_from_an_article() {
    let hostile = "The minister said \u{1b}]0;pwned\u{7} the budget was 5 million dollars \u{1b}[2J\u{1b}[8m \u{9b}2J \u{202e}on Tuesday.\n";
    let dir = cluster(&[("a.txt", hostile.as_bytes()), ("b.txt", B.as_bytes())]);
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    let runs: Vec<Vec<std::ffi::OsString>> = vec![
        vec!["check".into(), dir.path().into()],
        vec!["align".into(), dir.path().into()],
        vec!["inspect".into(), a.clone().into()],
        vec!["diff".into(), a.into(), b.into()],
    ];
    for args in runs {
        let out = cmd()
            .args(&args)
            .args(["--color", "never"])
            .output()
            .unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(stdout.contains("million"), "{args:?}: {stdout}");
        for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
            assert!(
                !stdout.contains(bad),
                "{args:?} printed {:?}: {stdout}",
                bad
            );
        }
    }
}

#[test]
fn regression_markdown_keeps_a_hostile_file_name_inert() {
    let dir = tempfile::tempdir().unwrap();
    let name = "x\n\n<img src=x onerror=alert(1)>.txt";
    std::fs::write(dir.path().join(name), A).unwrap();
    std::fs::write(dir.path().join("b.txt"), B).unwrap();
    let out = cmd()
        .arg("check")
        .arg(dir.path())
        .args(["--format", "markdown", "--fail-on", "never"])
        .output()
        .unwrap();
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("onerror"), "the name is shown: {md}");
    for line in md.lines() {
        // The name never starts a line of its own (where a CommonMark renderer would read
        // raw HTML), and it stays inside its code span.
        assert!(!line.trim_start().starts_with("<img"), "{md}");
        for (at, _) in line.match_indices("<img") {
            let escaped = line[..at].ends_with('\\');
            let in_code = line[..at].matches('`').count() % 2 == 1;
            assert!(escaped || in_code, "a live tag: {line}");
        }
    }
}

// --- the same file twice ---------------------------------------------------------------

#[test]
fn regression_a_file_named_twice_is_read_once() {
    let dir = cluster(&[("a.txt", A.as_bytes()), ("b.txt", B.as_bytes())]);
    let a = dir.path().join("a.txt");
    let out = cmd()
        .arg("check")
        .arg(dir.path())
        .arg(&a)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    let json = json_of(&out);
    assert_eq!(json["documents"].as_array().unwrap().len(), 2, "{json}");
    assert_eq!(json["findings"].as_array().unwrap().len(), 1, "{json}");
    assert!(stderr.contains("given more than once"), "{stderr}");

    // The same file twice is one article: nothing to compare, and the warning still shows.
    cmd().arg("check").arg(&a).arg(&a).assert().code(2).stderr(
        predicate::str::contains("warning:")
            .and(predicate::str::contains("given more than once"))
            .and(predicate::str::contains("the only article")),
    );
}

#[test]
fn regression_a_draft_among_its_sources_is_read_once_as_the_draft() {
    let dir = cluster(&[
        ("a.txt", A.as_bytes()),
        ("b.txt", B.as_bytes()),
        ("c.txt", A.as_bytes()),
    ]);
    let out = cmd()
        .arg("check")
        .arg(dir.path().join("a.txt"))
        .arg("--against")
        .arg(dir.path())
        .args(["--format", "json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    let json = json_of(&out);
    let roles: Vec<&str> = json["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["role"].as_str().unwrap())
        .collect();
    assert_eq!(roles, ["draft", "source", "source"], "{json}");
    assert!(stderr.contains("a draft among its sources"), "{stderr}");
    // The draft never disagrees with itself: only b.txt's figure is a finding.
    for finding in json["findings"].as_array().unwrap() {
        let docs: Vec<&str> = finding["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["document"].as_str().unwrap())
            .collect();
        assert!(docs.contains(&"b"), "{finding}");
    }
}

#[test]
fn regression_diff_of_identical_versions_exits_0() {
    for entry in std::fs::read_dir(CORPUS).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let copy = tempfile::NamedTempFile::with_suffix(".txt").unwrap();
        std::fs::copy(&path, copy.path()).unwrap();
        for new in [copy.path(), path.as_path()] {
            cmd()
                .arg("diff")
                .arg(&path)
                .arg(new)
                .args(["--color", "never"])
                .assert()
                .code(0)
                .stdout(predicate::str::contains(
                    "0 sentences changed, 0 added, 0 removed",
                ));
        }
    }
}

// --- manifests and dates ------------------------------------------------------------------

#[test]
fn regression_a_stale_manifest_beside_given_files_is_a_warning() {
    let dir = cluster(&[
        ("a.txt", A.as_bytes()),
        ("b.txt", B.as_bytes()),
        (
            "cluster.toml",
            b"[[article]]\nfile = \"gone.txt\"\noutlet = \"Gone\"\n\n[[article]]\nfile = \"a.txt\"\noutlet = \"Ledger\"\n",
        ),
    ]);
    let out = cmd()
        .current_dir(dir.path())
        .args(["check", "a.txt", "b.txt", "--format", "json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    let json = json_of(&out);
    assert_eq!(
        json["documents"][0]["outlet"], "Ledger",
        "the file's own entry applies"
    );
    assert_eq!(
        stderr.matches("gone.txt").count(),
        1,
        "one warning, however many files: {stderr}"
    );
    // The folder itself is a cluster: there the stale entry is an error naming the folder.
    cmd()
        .current_dir(dir.path())
        .args(["check", "."])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a file in ."));
}

#[test]
fn regression_manifest_errors_point_to_the_manifest_keys_not_the_rules() {
    let dir = cluster(&[
        ("a.txt", A.as_bytes()),
        ("b.txt", B.as_bytes()),
        ("cluster.toml", b"[[article]]\nfile = \"a.txt\"\nurl = 3\n"),
    ]);
    cmd().arg("check").arg(dir.path()).assert().code(2).stderr(
        predicate::str::contains("cluster.toml:3:")
            .and(predicate::str::contains("file, outlet, published and url"))
            .and(predicate::str::contains("rules/README").not()),
    );
}

#[test]
fn regression_publication_dates_outside_four_digit_years_are_refused() {
    let dir = cluster(&[("a.txt", A.as_bytes()), ("b.txt", B.as_bytes())]);
    cmd()
        .arg("check")
        .arg(dir.path())
        .args(["--published", "+99999-01-01"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("a year from 1000 to 9999"));
    std::fs::write(
        dir.path().join("cluster.toml"),
        "[[article]]\nfile = \"a.txt\"\npublished = \"0999-12-31\"\n",
    )
    .unwrap();
    cmd().arg("check").arg(dir.path()).assert().code(2).stderr(
        predicate::str::contains("cluster.toml:3:")
            .and(predicate::str::contains("a year from 1000 to 9999")),
    );
    std::fs::write(
        dir.path().join("cluster.toml"),
        "[[article]]\nfile = \"b.txt\"\npublished = \"+99999-01-01\"\n",
    )
    .unwrap();
    cmd().arg("check").arg(dir.path()).assert().code(2).stderr(
        predicate::str::contains("cluster.toml:3:")
            .and(predicate::str::contains("a year from 1000 to 9999")),
    );
}

#[cfg(unix)]
#[test]
#[allow(clippy::print_stderr)]
fn regression_fifos_are_refused_not_waited_on() {
    let dir = cluster(&[("a.txt", A.as_bytes()), ("b.txt", B.as_bytes())]);
    let fifo = dir.path().join("c.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    let limit = Duration::from_secs(20);
    // Given by name, inside a folder, and as a baseline.
    let runs: Vec<Vec<std::ffi::OsString>> = vec![
        vec![fifo.clone().into(), dir.path().join("a.txt").into()],
        vec![dir.path().into()],
        vec![
            dir.path().join("a.txt").into(),
            dir.path().join("b.txt").into(),
            "--baseline".into(),
            fifo.clone().into(),
        ],
    ];
    for args in runs {
        cmd()
            .arg("check")
            .args(&args)
            .timeout(limit)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("named pipe (FIFO)"));
    }
}

#[test]
fn a_zero_width_space_inside_a_number_is_one_number() {
    let dir = cluster(&[
        (
            "a.txt",
            "Flood in Riverton\n\nOfficials said 2\u{200b}500 people were evacuated from the riverside district on Monday.\n".as_bytes(),
        ),
        (
            "b.txt",
            "Flood in Riverton\n\nOfficials said 2500 people were evacuated from the riverside district on Monday.\n".as_bytes(),
        ),
    ]);
    let out = cmd()
        .args(["check", dir.path().to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    let json = json_of(&out);
    let findings = json["findings"].as_array().unwrap();
    assert!(
        findings.iter().all(|f| f["category"] != "figure"),
        "{findings:?}"
    );
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn utf16_without_a_byte_order_mark_is_read_not_refused_as_binary() {
    let text = "Geneva talks\n\nUS Secretary of State John Kerry met Sergey Lavrov in Geneva.\n";
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let dir = cluster(&[("a.txt", &le)]);
    let (json, stderr) = inspect_json(&dir.path().join("a.txt"));
    assert!(stderr.contains("no byte order mark"), "{stderr}");
    let doc = &json["documents"][0];
    let sentences = doc["sentences"].as_array().unwrap();
    let last = sentences.last().unwrap();
    assert!(
        last["text"].as_str().unwrap().contains("Sergey Lavrov"),
        "{last}"
    );
    // Offsets are bytes of the file: two per character here.
    let start = last["start"].as_u64().unwrap() as usize;
    assert_eq!(start, 2 * text.find("US Secretary").unwrap());
}

/// A rule file that sets `[checks.typo] dictionaries` to `stem`.
fn dictionary_rules(dir: &Path, stem: &Path) -> PathBuf {
    let rules = dir.join("rules.toml");
    std::fs::write(
        &rules,
        format!(
            "[checks.typo]\ndictionaries = [{:?}]\n",
            stem.to_str().unwrap()
        ),
    )
    .unwrap();
    rules
}

#[cfg(unix)]
#[test]
fn regression_a_dictionary_linked_to_dev_zero_is_refused_before_it_is_read() {
    let dir = cluster(&[("a.txt", A.as_bytes()), ("b.txt", B.as_bytes())]);
    let dict = tempfile::tempdir().unwrap();
    let stem = dict.path().join("en_ZZ");
    std::os::unix::fs::symlink("/dev/zero", dict.path().join("en_ZZ.aff")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", dict.path().join("en_ZZ.dic")).unwrap();
    let rules = dictionary_rules(dict.path(), &stem);
    let started = Instant::now();
    cmd()
        .arg("check")
        .arg(dir.path())
        .arg("--rules")
        .arg(&rules)
        .timeout(Duration::from_secs(20))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("en_ZZ.aff").and(predicate::str::contains("a device")));
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn regression_a_huge_dictionary_file_is_refused_not_read() {
    let dir = cluster(&[("a.txt", A.as_bytes()), ("b.txt", B.as_bytes())]);
    let dict = tempfile::tempdir().unwrap();
    let stem = dict.path().join("en_ZZ");
    std::fs::write(dict.path().join("en_ZZ.aff"), "SET UTF-8\n").unwrap();
    // Sparse: 100 MB long, nothing written.
    let dic = std::fs::File::create(dict.path().join("en_ZZ.dic")).unwrap();
    dic.set_len(100_000_000).unwrap();
    let rules = dictionary_rules(dict.path(), &stem);
    cmd()
        .arg("check")
        .arg(dir.path())
        .arg("--rules")
        .arg(&rules)
        .timeout(Duration::from_secs(20))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("en_ZZ.dic").and(predicate::str::contains("limit")));
}

#[cfg(unix)]
#[test]
#[allow(clippy::print_stderr)]
fn regression_fifo_rule_files_and_dictionaries_are_refused_not_waited_on() {
    let dir = cluster(&[("a.txt", A.as_bytes()), ("b.txt", B.as_bytes())]);
    let side = tempfile::tempdir().unwrap();
    let fifo = side.path().join("pipe.toml");
    let dic_fifo = side.path().join("en_ZZ.dic");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .arg(&dic_fifo)
        .status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    std::fs::write(side.path().join("en_ZZ.aff"), "SET UTF-8\n").unwrap();
    let rules = dictionary_rules(side.path(), &side.path().join("en_ZZ"));
    for (rule_file, named) in [(&fifo, "pipe.toml"), (&rules, "en_ZZ.dic")] {
        cmd()
            .arg("check")
            .arg(dir.path())
            .arg("--rules")
            .arg(rule_file)
            .timeout(Duration::from_secs(20))
            .assert()
            .code(2)
            .stderr(
                predicate::str::contains("named pipe (FIFO)").and(predicate::str::contains(named)),
            );
    }
}

#[test]
fn regression_a_run_over_the_total_size_limit_is_refused_before_reading() {
    let big = "The council approved the budget of 5 million dollars on Tuesday.\n".repeat(12_000);
    let dir = cluster(&[("a.txt", big.as_bytes()), ("b.txt", big.as_bytes())]);
    cmd()
        .arg("check")
        .arg(dir.path())
        .args(["--max-total-size", "1"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("b.txt")
                .and(predicate::str::contains("all the articles of one run"))
                .and(predicate::str::contains("--max-total-size MB")),
        );
    // Under the default limit the same run reads both.
    cmd().arg("inspect").arg(dir.path()).assert().success();
}

/// The words of a corpus article with its punctuation stripped, run on to about `bytes`
/// in paragraphs of some 2 kB, each with a full stop only at its end: one "sentence" a
/// paragraph holding many reports ("... Lavrov said the ... Kerry told reporters ...").
fn run_on(file: &str, bytes: usize) -> String {
    let text = std::fs::read_to_string(Path::new(CORPUS).join(file)).unwrap();
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| w.replace(['.', ',', ';', ':', '!', '?', '"', '“', '”'], ""))
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = String::from("Geneva talks\n\n");
    let mut paragraph = String::new();
    for word in words.iter().cycle() {
        if out.len() >= bytes {
            break;
        }
        if !paragraph.is_empty() {
            paragraph.push(' ');
        }
        paragraph.push_str(word);
        if paragraph.len() > 2_000 {
            out.push_str(&paragraph);
            out.push_str(".\n\n");
            paragraph.clear();
        }
    }
    out
}

#[test]
fn regression_run_on_reports_without_punctuation_stay_apart_and_finish() {
    let a = run_on("000_f4d0d7b6037179a7.txt", 100_000);
    let b = run_on("001_9fff55f517b4c8c4.txt", 100_000);
    let dir = cluster(&[("a.txt", a.as_bytes()), ("b.txt", b.as_bytes())]);
    let started = Instant::now();
    let out = cmd()
        .args(["check", dir.path().to_str().unwrap(), "--format", "json"])
        .timeout(Duration::from_secs(120))
        .output()
        .unwrap();
    let elapsed = started.elapsed();
    let json = json_of(&out);
    let findings = json["findings"].as_array().unwrap();
    // Each report spanning its whole paragraph set every report against every other one
    // (dozens of attribution errors); each report ends at the next one's speaker.
    let attribution = findings
        .iter()
        .filter(|f| f["category"] == "attribution")
        .count();
    assert!(attribution <= 5, "{attribution} attribution findings");
    assert!(elapsed < Duration::from_secs(60), "{elapsed:?}");
}

#[test]
fn regression_a_line_of_reports_without_any_punctuation_finishes() {
    // 600 kB on one line, no punctuation at all: every cue used to read the whole line as
    // its sentence (quadratic; 25 s in a release build, over 200 s at 4.6 MB).
    let speakers = ["Jane Roe", "John Kerry", "Maria Lopez", "Ahmed Khan"];
    let mut line = String::from("Riverton works ");
    let mut n = 0;
    while line.len() < 600_000 {
        n += 1;
        line.push_str(&format!(
            "the council in Riverton approved {} new homes on Monday {} said ",
            100 + n % 9_000,
            speakers[n % speakers.len()]
        ));
    }
    line.push('\n');
    let dir = cluster(&[("a.txt", line.as_bytes())]);
    let started = Instant::now();
    cmd()
        .arg("inspect")
        .arg(dir.path().join("a.txt"))
        .args(["--format", "json"])
        .timeout(Duration::from_secs(120))
        .assert()
        .success();
    assert!(
        started.elapsed() < Duration::from_secs(40),
        "{:?}",
        started.elapsed()
    );
}
