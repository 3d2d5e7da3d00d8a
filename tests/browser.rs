//! The HTML report as a reader sees it: opened in headless Chromium (Debian's `chromium`,
//! installed by .ci/run), with the page's script run. The script marks `<body>` with
//! `data-ready` when it has run and `data-script-error` on any error; the tests assert on the
//! DOM Chromium dumps. Skips, saying so, when Chromium is not installed.

#![allow(clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";
const CORPUS: &str = "corpus/syria-2016-09";

fn chromium_or_skip(test: &str) -> bool {
    if Path::new(CHROMIUM).exists() {
        return true;
    }
    eprintln!(
        "SKIPPED {test}: {CHROMIUM} not found (apt-get install chromium chromium-driver, as .ci/run does)"
    );
    false
}

/// Writes the HTML report of `args` into `dir` and returns its path.
fn html_report(dir: &Path, args: &[&str]) -> PathBuf {
    let file = dir.join("report.html");
    let status = assert_cmd::Command::cargo_bin("factdiff")
        .unwrap()
        .arg("check")
        .args(args)
        .args(["--format", "html", "--output"])
        .arg(&file)
        .output()
        .unwrap()
        .status;
    assert!(matches!(status.code(), Some(0 | 1)), "{status:?}");
    file
}

/// Runs headless Chromium on `url` with `extra` arguments; returns its stdout.
fn chromium(profile: &Path, url: &str, extra: &[&str]) -> String {
    let mut child = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            "--virtual-time-budget=5000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not finish within 90 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let out = child.wait_with_output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn file_url(path: &Path, query: &str) -> String {
    format!("file://{}{query}", path.canonicalize().unwrap().display())
}

/// The findings of `check CORPUS` as JSON: (index of the typo finding, 1-based; total;
/// errors; typos).
fn corpus_findings() -> (usize, usize, usize, usize) {
    let out = assert_cmd::Command::cargo_bin("factdiff")
        .unwrap()
        .args(["check", CORPUS, "--format", "json"])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    let typo = findings
        .iter()
        .position(|f| f["check"] == "typo")
        .expect("the corpus has a typo finding");
    let count = |key: &str, value: &str| findings.iter().filter(|f| f[key] == value).count();
    (
        typo + 1,
        findings.len(),
        count("severity", "error"),
        count("category", "typo"),
    )
}

/// The opening tag of the element with this id.
fn tag_with_id<'a>(dom: &'a str, id: &str) -> &'a str {
    let at = dom
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("#{id} in the page"));
    let start = dom[..at].rfind('<').unwrap();
    let end = at + dom[at..].find('>').unwrap();
    &dom[start..=end]
}

#[test]
fn reader_sees_rows_highlights_and_no_script_errors() {
    if !chromium_or_skip("reader_sees_rows_highlights_and_no_script_errors") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let report = html_report(dir.path(), &[CORPUS]);
    let dom = chromium(
        &dir.path().join("profile"),
        &file_url(&report, ""),
        &["--dump-dom"],
    );
    assert!(
        dom.contains("<body data-ready=\"true\">"),
        "the page's script ran to the end:\n{}",
        &dom[..dom.len().min(2000)]
    );
    assert!(!dom.contains("data-script-error=\""), "no script error");
    let rows = dom.matches("<tr class=\"row").count();
    assert!(rows >= 5, "aligned sentences share rows: {rows} rows");
    assert!(
        dom.contains("<mark class=\"warning") && dom.contains(">callef</mark>"),
        "the typo is highlighted"
    );
    let (typo, total, _, _) = corpus_findings();
    assert!(
        !tag_with_id(&dom, &format!("f{typo}")).contains("hidden"),
        "every finding is shown unfiltered"
    );
    assert!(dom.contains(&format!("<output id=\"shown\">{total}</output>")));
}

#[test]
fn filters_hide_findings_and_rows() {
    if !chromium_or_skip("filters_hide_findings_and_rows") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let report = html_report(dir.path(), &[CORPUS]);
    // The typo finding is a warning: filtering on errors hides it and its highlight, and
    // with only=findings the rows without findings.
    let (typo, _, errors, typos) = corpus_findings();
    let dom = chromium(
        &dir.path().join("profile"),
        &file_url(&report, "?severity=error&only=findings"),
        &["--dump-dom"],
    );
    assert!(dom.contains("<body data-ready=\"true\">"));
    assert!(tag_with_id(&dom, &format!("f{typo}")).contains("hidden"));
    assert!(dom.contains(&format!("<output id=\"shown\">{errors}</output>")));
    assert!(dom.contains("<mark class=\"warning off\"") || dom.contains("off\" data-findings"));
    assert!(
        !dom.contains("<tr class=\"row\" id=\"row-1\" data-findings=\"\">"),
        "rows without findings are hidden"
    );
    let dom = chromium(
        &dir.path().join("profile"),
        &file_url(&report, "?category=typo"),
        &["--dump-dom"],
    );
    assert!(!tag_with_id(&dom, &format!("f{typo}")).contains("hidden"));
    assert!(dom.contains(&format!("<output id=\"shown\">{typos}</output>")));
}

#[test]
fn the_address_follows_the_filters_and_an_unknown_value_is_named() {
    if !chromium_or_skip("the_address_follows_the_filters_and_an_unknown_value_is_named") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let report = html_report(dir.path(), &[CORPUS]);
    let (_, total, _, _) = corpus_findings();
    // An unknown value is named, and the filter stays open instead of showing nothing.
    let dom = chromium(
        &dir.path().join("profile"),
        &file_url(&report, "?severity=errors"),
        &["--dump-dom"],
    );
    assert!(dom.contains("<body data-ready=\"true\">"), "script ran");
    let notice = tag_with_id(&dom, "filter-notice");
    assert!(!notice.contains("hidden"), "notice shown: {notice}");
    assert!(
        dom.contains("Unknown filter value in the address, ignored: severity=errors (known: "),
        "notice names the value"
    );
    assert!(dom.contains(&format!("<output id=\"shown\">{total}</output>")));
    // The filters as applied are written back into the address (here: the known value
    // kept, the unknown dropped), the form holding the query it wrote.
    let dom = chromium(
        &dir.path().join("profile"),
        &file_url(&report, "?severity=warning,bogus&only=findings"),
        &["--dump-dom"],
    );
    assert!(
        dom.contains("data-query=\"severity=warning&amp;only=findings\""),
        "{}",
        tag_with_id(&dom, "filters")
    );
    // Without a filter in the address the notice stays hidden.
    let dom = chromium(
        &dir.path().join("profile"),
        &file_url(&report, ""),
        &["--dump-dom"],
    );
    assert!(tag_with_id(&dom, "filter-notice").contains("hidden"));
}

/// Width and height of a PNG, from its IHDR chunk.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
    let be =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    (be(16), be(20))
}

#[test]
fn twenty_outlets_read_at_400_and_1400_pixels() {
    if !chromium_or_skip("twenty_outlets_read_at_400_and_1400_pixels") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let cluster = dir.path().join("cluster");
    std::fs::create_dir(&cluster).unwrap();
    for k in 0..20 {
        let toll = if k == 0 { "Forty-two" } else { "Twenty-four" };
        std::fs::write(
            cluster.join(format!("a-very-long-outlet-file-name-number-{k:02}.txt")),
            format!("Fire at the port\n\nA fire destroyed a warehouse at the port on Tuesday, officials said.\n\n{toll} firefighters fought the blaze for three hours before it was under control.\n"),
        )
        .unwrap();
    }
    let report = html_report(dir.path(), &[cluster.to_str().unwrap()]);
    let size = std::fs::metadata(&report).unwrap().len();
    for width in [400, 1400] {
        let window = format!("--window-size={width},2000");
        let dom = chromium(
            &dir.path().join("profile"),
            &file_url(&report, ""),
            &[&window, "--dump-dom"],
        );
        assert!(
            dom.contains("<body data-ready=\"true\">"),
            "script ran at {width} px"
        );
        assert!(
            dom.contains("data-fits-width=\"true\""),
            "the page scrolls sideways at {width} px ({size} bytes)"
        );
        let png = dir.path().join(format!("shot-{width}.png"));
        chromium(
            &dir.path().join("profile"),
            &file_url(&report, ""),
            &[&window, &format!("--screenshot={}", png.display())],
        );
        let (w, h) = png_size(&std::fs::read(&png).expect("a screenshot"));
        assert_eq!((w, h), (width, 2000));
    }
    // The demo cluster (five outlets) keeps its side-by-side table, which scrolls inside
    // its own box at 400 px while the page itself fits.
    let demo = html_report(dir.path(), &[CORPUS]);
    let dom = chromium(
        &dir.path().join("profile"),
        &file_url(&demo, ""),
        &["--window-size=400,2000", "--dump-dom"],
    );
    assert!(dom.contains("class=\"side-by-side\""));
    assert!(dom.contains("data-fits-width=\"true\""));
}

#[test]
fn screenshot_is_taken() {
    if !chromium_or_skip("screenshot_is_taken") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let report = html_report(dir.path(), &[CORPUS]);
    let png = dir.path().join("report.png");
    chromium(
        &dir.path().join("profile"),
        &file_url(&report, ""),
        &[
            "--window-size=1400,1000",
            &format!("--screenshot={}", png.display()),
        ],
    );
    let bytes = std::fs::read(&png).expect("a screenshot");
    assert!(bytes.starts_with(b"\x89PNG") && bytes.len() > 10_000);
}
