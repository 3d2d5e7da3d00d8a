//! Every report format, produced from the demo cluster and checked: snapshots (insta; with
//! CI=true new snapshots are never written), the JSON and SARIF schemas, HTML escaping.

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

/// `factdiff check ARGS...` run from the crate root; its stdout (exit 0 or 1 required).
fn check(args: &[&str]) -> String {
    let out = cmd().arg("check").args(args).output().unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A validator for the schema at `schema_path`, checking formats where `formats` is set.
/// The published SARIF schema's `language` pattern has a stray `]` (`...[a-zA-Z]{2}]?$`),
/// a literal in ECMAScript regexes that the meta-schema's strict "regex" check rejects: it is
/// escaped here, in memory, so the vendored file stays as published.
fn validator(schema_path: &str, formats: bool) -> jsonschema::Validator {
    let text = std::fs::read_to_string(schema_path)
        .unwrap()
        .replace("[a-zA-Z]{2}]?$", "[a-zA-Z]{2}\\\\]?$");
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    jsonschema::options()
        .should_validate_formats(formats)
        .build(&schema)
        .unwrap_or_else(|e| panic!("{schema_path} is a valid schema: {e}"))
}

fn assert_valid(validator: &jsonschema::Validator, instance: &serde_json::Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what} is invalid:\n{}",
        errors.join("\n")
    );
}

#[test]
fn markdown_report_snapshot() {
    insta::assert_snapshot!(check(&[CORPUS, "--format", "markdown"]));
}

#[test]
fn terminal_report_snapshot() {
    insta::assert_snapshot!(check(&[CORPUS, "--color", "never"]));
}

#[test]
fn json_report_snapshot() {
    insta::assert_snapshot!(check(&[CORPUS, "--format", "json"]));
}

#[test]
fn sarif_report_snapshot() {
    insta::assert_snapshot!(check(&[CORPUS, "--format", "sarif"]));
}

#[test]
fn html_report_snapshot() {
    insta::assert_snapshot!(check(&[CORPUS, "--format", "html"]));
}

#[test]
fn json_report_matches_its_schema() {
    let report: serde_json::Value =
        serde_json::from_str(&check(&[CORPUS, "--format", "json"])).unwrap();
    assert_valid(
        &validator("docs/factdiff-report.schema.json", true),
        &report,
        "the JSON report",
    );
}

#[test]
fn json_schema_rejects_a_broken_report() {
    let mut report: serde_json::Value =
        serde_json::from_str(&check(&[CORPUS, "--format", "json"])).unwrap();
    report["findings"][0]["severity"] = "fatal".into();
    let validator = validator("docs/factdiff-report.schema.json", true);
    assert!(!validator.is_valid(&report), "the schema is not vacuous");
}

#[test]
fn sarif_report_matches_the_sarif_2_1_0_schema() {
    let sarif: serde_json::Value =
        serde_json::from_str(&check(&[CORPUS, "--format", "sarif"])).unwrap();
    let validator = validator("tests/schemas/sarif-schema-2.1.0.json", false);
    assert_valid(&validator, &sarif, "the SARIF report");
    let gate: serde_json::Value = serde_json::from_str(&check(&[
        "tests/fixtures/gate/draft.md",
        "--against",
        "tests/fixtures/gate/sources",
        "--format",
        "sarif",
    ]))
    .unwrap();
    assert_valid(&validator, &gate, "the SARIF report of a gate run");
    let mut broken = sarif.clone();
    broken["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(
        !validator.is_valid(&broken),
        "the SARIF schema is not vacuous"
    );
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    // One rule descriptor per registered check, described by its docs.
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let registered = factdiff::checks::registry::all();
    assert_eq!(rules.len(), registered.len());
    for (rule, check) in rules.iter().zip(registered) {
        assert_eq!(rule["id"], check.id());
        assert_eq!(rule["shortDescription"]["text"], check.doc().summary);
        assert!(
            rule["help"]["text"]
                .as_str()
                .unwrap()
                .contains(check.doc().why_it_matters)
        );
    }
    // Locations with line and column, pointing at the evidence.
    let results = run["results"].as_array().unwrap();
    let typo = results
        .iter()
        .find(|r| r["ruleId"] == "typo")
        .expect("the callef typo is a result");
    let region = &typo["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 19);
    assert_eq!(region["startColumn"], 134);
    assert_eq!(region["endColumn"], 140);
    assert_eq!(region["snippet"]["text"], "callef");
    assert_eq!(
        typo["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "corpus/syria-2016-09/000_f4d0d7b6037179a7.txt"
    );
    assert_eq!(typo["relatedLocations"].as_array().unwrap().len(), 1);
}

#[test]
fn html_report_is_self_contained() {
    let html = check(&[CORPUS, "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<style>") && html.contains("<script>"));
    for external in ["<link", " src=", "url(", "@import", "http://", "https://"] {
        assert!(!html.contains(external), "no network reference: {external}");
    }
}

#[test]
fn article_text_is_escaped_in_html_and_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let hostile =
        "The minister said \"<script>alert('x')</script>\" & left on Friday with 40 aides.\n";
    std::fs::write(dir.path().join("a.txt"), hostile).unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "The minister said \"<script>alert('x')</script>\" & left on Friday with 45 aides.\n",
    )
    .unwrap();
    let html = check(&[dir.path().to_str().unwrap(), "--format", "html"]);
    // The page's own script is the only one.
    assert_eq!(html.matches("<script>").count(), 1);
    assert!(!html.contains("alert('x')"));
    assert!(html.contains("&lt;script&gt;alert("));
    assert!(html.contains("&quot;") || html.contains("&#34;"));
    let markdown = check(&[dir.path().to_str().unwrap(), "--format", "markdown"]);
    assert!(!markdown.contains("<script>"));
}

#[test]
fn output_writes_the_report_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.html");
    cmd()
        .args([
            "check",
            CORPUS,
            "--format",
            "html",
            "--fail-on",
            "never",
            "--output",
        ])
        .arg(&file)
        .assert()
        .code(0)
        .stdout("");
    assert!(std::fs::read_to_string(&file).unwrap().contains("</html>"));
}

#[test]
fn output_into_a_missing_directory_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("no-such-dir").join("report.md");
    cmd()
        .args(["check", CORPUS, "--format", "markdown", "--output"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("no-such-dir").and(predicate::str::contains("does not exist")),
        );
    assert!(!file.exists());
}

#[test]
fn output_never_overwrites_an_input_article() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.txt", "b.txt"] {
        std::fs::write(dir.path().join(name), "The council met on Tuesday.\n").unwrap();
    }
    let before = std::fs::read(dir.path().join("a.txt")).unwrap();
    cmd()
        .arg("check")
        .arg(dir.path())
        .arg("--output")
        .arg(dir.path().join("a.txt"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("one of the inputs"));
    assert_eq!(std::fs::read(dir.path().join("a.txt")).unwrap(), before);
}

#[test]
fn align_and_inspect_refuse_check_only_formats() {
    cmd()
        .args(["align", CORPUS, "--format", "sarif"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("terminal or json"));
}

#[test]
fn every_format_is_byte_stable() {
    for format in ["markdown", "html", "sarif"] {
        assert_eq!(
            check(&[CORPUS, "--format", format]),
            check(&[CORPUS, "--format", format]),
            "{format}"
        );
    }
}

/// Renderers work for any check id (also one not registered yet) and any number of
/// evidence items, from one to many.
#[test]
fn every_renderer_takes_one_to_many_evidence_items_and_unknown_checks() {
    use factdiff::findings::gate::DocumentRole;
    use factdiff::findings::{Category, Evidence, Finding, Severity};
    use factdiff::input::Article;
    use factdiff::render;

    let texts = [
        "The talks began in Geneva on Friday with 12 delegates.\n",
        "The talks began in Geneva on Thursday with 12 delegates.\n",
        "The talks began in Geneva on Friday with 14 delegates.\n",
    ];
    let articles = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Article::from_text(&format!("doc{i}"), t))
        .collect();
    let mut analysis = factdiff::analyze(
        articles,
        &factdiff::config::RuleSet::embedded(),
        factdiff::align::AlignMode::Fast,
    );
    // The weekday of document `d`, in its first sentence.
    let day = |d: usize| {
        let doc = &analysis.documents[d];
        let weekday = if d == 1 { "Thursday" } else { "Friday" };
        let start = doc.article.text.find(weekday).unwrap();
        Evidence::new(doc, d, 0, start, start + weekday.len())
    };
    let many = Finding {
        check: "date-mismatch".into(),
        category: Category::Date,
        severity: Severity::Error,
        message: "dates disagree: Friday vs Thursday".into(),
        evidence: vec![day(0), day(1), day(2)],
        suggestion: None,
        confidence: 0.9,
    };
    let one = Finding {
        check: "name-spelling".into(),
        category: Category::Name,
        severity: Severity::Info,
        message: "a single <odd> finding".into(),
        evidence: vec![day(1)],
        suggestion: Some("check \"Geneva\"".into()),
        confidence: 0.2,
    };
    analysis.findings = vec![many, one];
    let roles = [
        DocumentRole::Draft,
        DocumentRole::Source,
        DocumentRole::Source,
    ];
    let sarif_validator = validator("tests/schemas/sarif-schema-2.1.0.json", false);
    let json_validator = validator("docs/factdiff-report.schema.json", true);
    for report in [
        analysis.check_report(None, &[]),
        analysis.check_report(Some(&roles), &[]),
    ] {
        let markdown = render::markdown::check_report(&report);
        assert!(markdown.contains("| date | 1 | 0 | 0 | 1 |"), "{markdown}");
        assert!(markdown.contains("\\<odd\\>"));
        let html = render::html::check_report(&report);
        assert!(html.contains("data-findings=\"f1\""));
        assert!(html.contains("&lt;odd&gt;"));
        assert!(!render::terminal::check_report(&report).is_empty());
        let sarif: serde_json::Value =
            serde_json::from_str(&render::sarif::check_report(&report)).unwrap();
        assert_valid(&sarif_validator, &sarif, "SARIF with unknown checks");
        assert_eq!(
            sarif["runs"][0]["results"][0]["relatedLocations"]
                .as_array()
                .unwrap()
                .len(),
            2
        );
        let json: serde_json::Value =
            serde_json::from_str(&render::json::check_report(&report)).unwrap();
        assert_valid(&json_validator, &json, "JSON with unknown checks");
    }
}

/// Two articles whose one long sentence differs only in a figure near its end.
fn long_sentence_cluster() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let lead = "Officials in the northern province said on Tuesday that the flooding, which began after three days of unusually heavy rain across the river valley and the hills above it, had destroyed bridges, roads and farmland and";
    for (name, n) in [("a.txt", "42"), ("b.txt", "24")] {
        std::fs::write(
            dir.path().join(name),
            format!("{lead} had killed {n} people in the district.\n"),
        )
        .unwrap();
    }
    dir
}

/// The terminal report's excerpt lines (after `|`) and, for each, the caret line under it.
fn excerpts(report: &str) -> Vec<(String, String)> {
    let lines: Vec<&str> = report.lines().collect();
    lines
        .windows(2)
        .filter(|w| {
            w[0].starts_with("   | ") && w[1].trim_start().starts_with("| ") && w[1].contains('^')
        })
        .map(|w| (w[0][5..].to_string(), w[1][5..].to_string()))
        .collect()
}

#[test]
fn terminal_excerpts_fit_the_width_and_carets_stay_under_the_flagged_words() {
    let dir = long_sentence_cluster();
    for columns in [60, 100] {
        let out = cmd()
            .args(["check", "--color", "never"])
            .arg(dir.path())
            .env("COLUMNS", columns.to_string())
            .output()
            .unwrap();
        let report = String::from_utf8(out.stdout).unwrap();
        let shown = excerpts(&report);
        assert_eq!(shown.len(), 2, "two excerpts with carets:\n{report}");
        for (line, carets) in shown {
            assert!(
                line.chars().count() + 5 <= columns,
                "wider than {columns}: {line}"
            );
            assert!(line.starts_with('…'), "cut before the figure: {line}");
            let pad = carets.chars().take_while(|&c| c == ' ').count();
            let width = carets.trim().chars().count();
            let under: String = line.chars().skip(pad).take(width).collect();
            assert!(
                under.contains("42") || under.contains("24"),
                "carets under {under:?} in {line}"
            );
            // Centred: context on both sides of the flagged words.
            assert!(line.ends_with('…') || line.ends_with('.'), "{line}");
            assert!(pad > (columns - 5) / 4, "flagged words centred: {line}");
        }
    }
}

#[test]
fn terminal_report_explains_each_check_once() {
    let report = check(&[CORPUS, "--color", "never"]);
    let whys: Vec<&str> = report.lines().filter(|l| l.contains("= why:")).collect();
    let mut unique = whys.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(whys.len(), unique.len(), "a why repeated:\n{report}");
    let checks: std::collections::BTreeSet<&str> = report
        .lines()
        .filter_map(|l| l.split_once('[').and_then(|(_, r)| r.split_once(']')))
        .map(|(id, _)| id)
        .filter(|id| !id.contains(' '))
        .collect();
    assert_eq!(whys.len(), checks.len(), "one why per check:\n{report}");
    assert!(report.contains("= confidence: "));
}

#[test]
fn markdown_shows_paths_relative_to_the_working_directory_and_marks_only_disputed_words() {
    let absolute = std::fs::canonicalize(CORPUS).unwrap();
    let report = check(&[absolute.to_str().unwrap(), "--format", "markdown"]);
    assert!(
        !report.contains(&absolute.display().to_string()),
        "absolute path in the report:\n{report}"
    );
    assert!(report.contains(&format!("`{CORPUS}/")), "{report}");
    // Outside a gate run the Articles table has no role column, and no empty first cell.
    assert!(report.contains("| article | outlet | published |\n|---|---|---|\n"));
    assert!(!report.lines().any(|l| l.starts_with("|  |")), "{report}");
    // Quoted sentences carry bold around the disputed words and no other emphasis.
    for line in report.lines().filter(|l| l.starts_with("> ")) {
        let without_bold = line.replace("**", "");
        let unescaped_stars = without_bold
            .char_indices()
            .filter(|&(i, c)| c == '*' && !without_bold[..i].ends_with('\\'))
            .count();
        assert_eq!(unescaped_stars, 0, "emphasis other than bold: {line}");
        assert!(line.contains("**"), "disputed words in bold: {line}");
    }
}

#[test]
fn output_may_name_a_new_file_in_a_source_folder() {
    let dir = tempfile::tempdir().unwrap();
    let sources = dir.path().join("sources");
    std::fs::create_dir(&sources).unwrap();
    std::fs::write(
        sources.join("a.txt"),
        "Officials said 42 people were evacuated on Tuesday.\n",
    )
    .unwrap();
    std::fs::write(
        sources.join("b.txt"),
        "Officials said 24 people were evacuated on Tuesday.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("draft.txt"),
        "Officials said 42 people were evacuated on Tuesday.\n",
    )
    .unwrap();
    let out = cmd()
        .current_dir(dir.path())
        .args([
            "check",
            "draft.txt",
            "--against",
            "sources",
            "--format",
            "markdown",
            "--fail-on",
            "never",
            "--output",
            "sources/new-report.md",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = std::fs::read_to_string(sources.join("new-report.md")).unwrap();
    // A gate run keeps the role column.
    assert!(
        report.contains("| role | article | outlet | published |"),
        "{report}"
    );
    assert!(report.contains("| **draft** | `draft.txt` |"), "{report}");
    // Once written, the report lies in the source folder and is read as an article: a
    // second run refuses to overwrite it and says why.
    let again = cmd()
        .current_dir(dir.path())
        .args([
            "check",
            "draft.txt",
            "--against",
            "sources",
            "--output",
            "sources/new-report.md",
        ])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(stderr.contains("an earlier report too"), "{stderr}");
}

#[test]
fn html_marks_a_hyphenated_figure_as_one_word() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Forty-two firefighters fought the blaze at the port on Tuesday.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "Twenty-four firefighters fought the blaze at the port on Tuesday.\n",
    )
    .unwrap();
    let html = check(&[dir.path().to_str().unwrap(), "--format", "html"]);
    for word in ["Forty-two", "Twenty-four"] {
        assert!(
            html.contains(&format!("\">{word}</mark>")),
            "{word} in one mark"
        );
    }
    assert!(!html.contains(">Forty</mark>") && !html.contains(">-two</mark>"));
}

/// A cluster of `n` outlets on one story; the first reports a different toll.
pub fn many_outlets(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for k in 0..n {
        let toll = if k == 0 { "Forty-two" } else { "Twenty-four" };
        std::fs::write(
            dir.path().join(format!("outlet-{k:02}.txt")),
            format!(
                "Fire at the port\n\nA fire destroyed a warehouse at the port on Tuesday, officials said.\n\n{toll} firefighters fought the blaze for three hours before it was under control.\n\nThe cause of the fire is not yet known, the harbour master said.\n"
            ),
        )
        .unwrap();
    }
    dir
}

#[test]
fn html_beyond_a_handful_of_outlets_stacks_each_finding_instead_of_one_wide_table() {
    let few = many_outlets(3);
    let html = check(&[few.path().to_str().unwrap(), "--format", "html"]);
    assert!(html.contains("<table class=\"side-by-side\">"));
    assert!(!html.contains("<details class=\"side\">"));
    let many = many_outlets(20);
    let html = check(&[many.path().to_str().unwrap(), "--format", "html"]);
    assert!(
        !html.contains("<table class=\"side-by-side\">"),
        "no 20-column table"
    );
    let findings = html.matches("<li class=\"finding ").count();
    assert!(findings > 0);
    assert_eq!(html.matches("<details class=\"side\">").count(), findings);
    // Each finding shows its sentences, the disputed words marked.
    assert!(
        html.contains("<q class=\"sentence\"><mark class=\"error\">Forty-two</mark> firefighters")
    );
    // Every outlet is still listed.
    assert_eq!(html.matches("</strong> <small>").count(), 20);
}
