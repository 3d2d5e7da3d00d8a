//! The pre-publication gate end to end: `factdiff check DRAFT --against SOURCES`.
//!
//! tests/fixtures/gate/draft.md disagrees with its two sources in all six categories (date,
//! figure, attribution, quote, name, typo); the sources disagree with each other only on the
//! people trapped in Aleppo, which is context. The assertions follow the registry: every
//! registered check's category must be found in the draft, so the test grows with it.

use std::collections::BTreeSet;

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

fn gate(format: &str, extra: &[&str]) -> (Option<i32>, String) {
    let out = cmd()
        .args(["check", DRAFT, "--against", SOURCES, "--format", format])
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

fn gate_json() -> serde_json::Value {
    serde_json::from_str(&gate("json", &[]).1).unwrap()
}

fn documents_of(finding: &serde_json::Value) -> BTreeSet<String> {
    finding["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["document"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn draft_disagreements_fail_the_gate_in_every_registered_category() {
    let (code, _) = gate("terminal", &[]);
    assert_eq!(code, Some(1));
    let report = gate_json();
    let found: BTreeSet<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["category"].as_str().unwrap())
        .collect();
    for check in factdiff::checks::registry::all() {
        assert!(
            found.contains(check.category().as_str()),
            "check {} finds the draft's {} disagreement (found: {found:?})",
            check.id(),
            check.category().as_str()
        );
    }
}

#[test]
fn findings_involve_the_draft_and_context_only_sources() {
    let report = gate_json();
    let docs = report["documents"].as_array().unwrap();
    assert_eq!(docs[0]["role"], "draft");
    assert_eq!(docs[0]["id"], "draft");
    assert!(docs[1..].iter().all(|d| d["role"] == "source"));
    let findings = report["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    for f in findings {
        assert!(documents_of(f).contains("draft"), "{f}");
    }
    let context = report["context"].as_array().unwrap();
    assert!(
        context.iter().any(|f| f["evidence"][0]["sentence_text"]
            .as_str()
            .unwrap()
            .contains("trapped")),
        "the sources' own disagreement is context"
    );
    for f in context {
        // Context holds the sources' own disagreements, and the draft's only where it
        // follows one of the disagreeing sources (and says so).
        assert!(
            !documents_of(f).contains("draft")
                || f["message"].as_str().unwrap().contains("the draft follows"),
            "{f}"
        );
    }
    let summary = &report["summary"];
    assert_eq!(
        summary["context"]["error"].as_u64().unwrap()
            + summary["context"]["warning"].as_u64().unwrap()
            + summary["context"]["info"].as_u64().unwrap(),
        context.len() as u64
    );
}

#[test]
fn sources_disagreeing_among_themselves_do_not_fail_the_gate() {
    // A draft that says what the sources agree on.
    let dir = tempfile::tempdir().unwrap();
    let wire = std::fs::read_to_string(format!("{SOURCES}/wire.txt")).unwrap();
    let agreeing: String = wire
        .lines()
        .filter(|l| !l.contains("trapped"))
        .map(|l| format!("{l}\n"))
        .collect();
    let draft = dir.path().join("clean-draft.md");
    std::fs::write(&draft, agreeing).unwrap();
    let out = cmd()
        .arg("check")
        .arg(&draft)
        .args([
            "--against",
            SOURCES,
            "--format",
            "json",
            "--fail-on",
            "info",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["findings"].as_array().unwrap().len(), 0);
    assert!(!report["context"].as_array().unwrap().is_empty());
}

#[test]
fn fail_on_applies_to_the_draft_findings() {
    assert_eq!(gate("json", &["--fail-on", "never"]).0, Some(0));
    assert_eq!(gate("json", &["--fail-on", "warning"]).0, Some(1));
}

#[test]
fn gate_json_matches_the_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("docs/factdiff-report.schema.json").unwrap())
            .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let report = gate_json();
    let errors: Vec<String> = validator
        .iter_errors(&report)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn gate_sarif_puts_the_draft_first() {
    let sarif: serde_json::Value = serde_json::from_str(&gate("sarif", &[]).1).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let failing: Vec<_> = results.iter().filter(|r| r["kind"] == "fail").collect();
    assert!(!failing.is_empty());
    for r in &failing {
        assert_eq!(
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            DRAFT
        );
    }
    assert!(
        results
            .iter()
            .any(|r| r["kind"] == "informational" && r["level"] == "none"),
        "context findings are informational"
    );
}

#[test]
fn gate_reports_show_context_apart() {
    insta::assert_snapshot!(gate("markdown", &[]).1);
    let (_, html) = gate("html", &[]);
    assert!(html.contains("<span class=\"badge draft\">draft</span>"));
    assert!(html.contains("id=\"context\""));
    cmd()
        .args(["check", DRAFT, "--against", SOURCES, "--color", "never"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("[draft]"))
        .stdout(predicate::str::contains(
            "context: sources disagree among themselves",
        ));
}

#[test]
fn pre_commit_hook_order_works() {
    // pre-commit runs `entry args... FILES...`: options first, the drafts last.
    let hooks = std::fs::read_to_string(".pre-commit-hooks.yaml").unwrap();
    assert!(hooks.contains("entry: factdiff check") && hooks.contains("args: [--against, "));
    cmd()
        .args(["check", "--against", SOURCES, "--fail-on", "error", DRAFT])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("[draft]"));
}

/// tests/fixtures/gate-follows: the wire and the herald spell the engineer's name
/// differently and give different counts of homes; draft.txt is the wire's copy.
const FOLLOWS: &str = "tests/fixtures/gate-follows";

/// Runs the gate on `draft_text` (a variant of the fixture draft) against the fixture's
/// sources; returns the exit code and the JSON report.
fn gate_on_draft(draft_text: &str) -> (Option<i32>, serde_json::Value) {
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("draft.txt");
    std::fs::write(&draft, draft_text).unwrap();
    let out = cmd()
        .arg("check")
        .arg(&draft)
        .args(["--against", &format!("{FOLLOWS}/sources")])
        .args(["--format", "json", "--fail-on", "info"])
        .output()
        .unwrap();
    assert!(
        out.status.code() != Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        out.status.code(),
        serde_json::from_slice(&out.stdout).unwrap(),
    )
}

fn fixture_draft() -> String {
    std::fs::read_to_string(format!("{FOLLOWS}/draft.txt")).unwrap()
}

#[test]
fn a_draft_following_one_of_disagreeing_sources_passes_and_says_which() {
    let (code, report) = gate_on_draft(&fixture_draft());
    assert_eq!(report["findings"].as_array().unwrap().len(), 0, "{report}");
    assert_eq!(code, Some(0));
    let context = report["context"].as_array().unwrap();
    let about_draft: Vec<&serde_json::Value> = context
        .iter()
        .filter(|f| documents_of(f).contains("draft"))
        .collect();
    let checks: BTreeSet<&str> = about_draft
        .iter()
        .map(|f| f["check"].as_str().unwrap())
        .collect();
    assert!(
        checks.contains("name-spelling") && checks.contains("figure-mismatch"),
        "{checks:?}"
    );
    for f in &about_draft {
        assert!(
            f["message"]
                .as_str()
                .unwrap()
                .contains("the draft follows Wire Service"),
            "{f}"
        );
    }
}

#[test]
fn a_draft_differing_from_every_source_still_fails() {
    // A third spelling and a third count: the draft follows neither source.
    let draft = fixture_draft()
        .replace("Hollingworth", "Hollingswerth")
        .replace("120 homes", "180 homes");
    let (code, report) = gate_on_draft(&draft);
    assert_eq!(code, Some(1));
    let checks: BTreeSet<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["check"].as_str().unwrap())
        .collect();
    assert!(checks.contains("figure-mismatch"), "{report}");
    assert!(checks.contains("name-spelling"), "{report}");
}

#[test]
fn a_draft_differing_from_sources_that_agree_still_fails() {
    // The sources agree on the evacuation's day; the draft does not.
    let draft = fixture_draft().replace("Sunday night", "Saturday night");
    let (code, report) = gate_on_draft(&draft);
    assert_eq!(code, Some(1));
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["category"] == "date"),
        "{report}"
    );
}

#[test]
fn a_draft_inside_its_sources_folder_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["wire.txt", "herald.txt", "cluster.toml"] {
        std::fs::copy(format!("{FOLLOWS}/sources/{name}"), dir.path().join(name)).unwrap();
    }
    let draft = dir.path().join("draft.txt");
    std::fs::write(&draft, fixture_draft().replace("120 homes", "180 homes")).unwrap();
    let out = cmd()
        .arg("check")
        .arg(&draft)
        .arg("--against")
        .arg(dir.path())
        .args(["--format", "json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("a draft among its sources"), "{stderr}");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids.iter().filter(|id| id.contains("draft")).count(),
        1,
        "{ids:?}"
    );
    assert_eq!(ids.len(), 3, "{ids:?}");
    // The draft's 180 is set against each source once, never against itself.
    for f in report["findings"].as_array().unwrap() {
        let docs = documents_of(f);
        assert!(docs.len() >= 2, "{f}");
    }
}

/// Whether a Hunspell dictionary of the default rule set is installed (the draft-only typo
/// pass needs one; `.ci/run` installs them).
#[allow(clippy::print_stderr)]
fn dictionary_installed() -> bool {
    let rules = factdiff::checks::load_rules(&factdiff::config::RuleSources::default()).unwrap();
    let missing = factdiff::checks::typo::missing_dictionaries(&rules.check("typo")).unwrap();
    if let Some(warning) = &missing {
        eprintln!("skipped: {warning}");
    }
    missing.is_none()
}

/// A folder holding `draft.txt` and `sources/wire.txt`.
fn gate_folder(draft: &str, source: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("draft.txt"), draft).unwrap();
    std::fs::create_dir(dir.path().join("sources")).unwrap();
    std::fs::write(dir.path().join("sources/wire.txt"), source).unwrap();
    dir
}

/// Runs `check ARGS` in `dir` (JSON, every finding shown, exit 0 expected); returns the typo
/// findings' (message, suggestion).
fn typo_findings(dir: &std::path::Path, args: &[&str]) -> Vec<(String, String)> {
    check_findings(dir, args, "typo")
}

/// Runs `check ARGS` in `dir` (JSON, every finding shown, exit 0 expected); returns the
/// (message, suggestion) of each finding of check `id`.
/// The JSON report of `check ARGS` in `dir` (never failing on findings).
fn check_json(dir: &std::path::Path, args: &[&str]) -> serde_json::Value {
    let out = cmd()
        .current_dir(dir)
        .arg("check")
        .args(args)
        .args(["--format", "json", "--fail-on", "never"])
        .args(["--no-story-check", "--no-project-rules"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn check_findings(dir: &std::path::Path, args: &[&str], id: &str) -> Vec<(String, String)> {
    let report = check_json(dir, args);
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["check"] == id)
        .map(|f| {
            (
                f["message"].as_str().unwrap().to_string(),
                f["suggestion"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// Runs the gate on `draft` against one source `source`, with `extra` arguments; returns the
/// typo findings' (message, suggestion).
fn draft_typos(draft: &str, source: &str, extra: &[&str]) -> Vec<(String, String)> {
    let dir = gate_folder(draft, source);
    let mut args = vec!["draft.txt", "--against", "sources"];
    args.extend_from_slice(extra);
    typo_findings(dir.path(), &args)
}

const TYPO_SOURCE: &str = "The lorry was carrying 40 crates of fruit when it overturned on \
the A14 near Kelby, police said on Monday.\nThe driver was taken to hospital with minor \
injuries.\n";

#[test]
fn a_draft_misspelling_no_source_writes_is_a_warning_with_a_suggestion() {
    if !dictionary_installed() {
        return;
    }
    // The second sentence aligns with nothing in the source: no counterpart to compare.
    let draft = "The lorry was carrying 40 crates of fruit when it overturned on the A14 near \
Kelby, police said.\nWitnesses said crews spent hours carying away the wreckage while the \
goverment promised a review.\n";
    let typos = draft_typos(draft, TYPO_SOURCE, &[]);
    let messages: Vec<&str> = typos.iter().map(|(m, _)| m.as_str()).collect();
    assert!(
        messages.contains(&"\"carying\" is not in the dictionaries and no source writes it"),
        "{typos:?}"
    );
    assert!(
        typos
            .iter()
            .any(|(_, s)| s.starts_with("goverment -> government")),
        "{typos:?}"
    );
    // At warning, never an error: a dictionary's gap is not a disagreement with a source.
    let dir = gate_folder(draft, TYPO_SOURCE);
    let out = cmd()
        .current_dir(dir.path())
        .args([
            "check",
            "draft.txt",
            "--against",
            "sources",
            "--no-story-check",
        ])
        .output()
        .unwrap();
    let report = String::from_utf8(out.stdout).unwrap();
    assert!(report.contains("warning[typo]"), "{report}");
    assert!(!report.contains("error[typo]"), "{report}");
}

#[test]
fn a_draft_word_a_source_writes_a_name_or_an_allowed_word_is_not_flagged() {
    if !dictionary_installed() {
        return;
    }
    // "Kelbyshire" is capitalised (a name); "flyover" style coinages made of known words
    // ("reinsurers", "shockwaves") and words of the source ("carrying") are not slips;
    // "year-olds" is a piece of a hyphenated word.
    let source = format!("{TYPO_SOURCE}Drivers were warned about the crossfall on the bend.\n");
    let draft = "The lorry overturned on the A14 near Kelbyshire, police said.\nInsurers and \
reinsurers felt the shockwaves, and 18-year-olds were warned about the crossfall.\n";
    assert_eq!(
        draft_typos(draft, &source, &[]),
        Vec::<(String, String)>::new()
    );
    // A word the user allows is never flagged.
    let draft = "Witnesses said crews spent hours carying away the wreckage.\n";
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("allow.toml");
    std::fs::write(&rules, "[checks.typo]\nignore_words = [\"carying\"]\n").unwrap();
    let typos = draft_typos(draft, TYPO_SOURCE, &["--rules", rules.to_str().unwrap()]);
    assert_eq!(typos, Vec::<(String, String)>::new());
}

#[test]
fn pieces_of_addresses_markup_and_brackets_are_not_draft_typos() {
    if !dictionary_installed() {
        return;
    }
    // Each of these words is cut out of something that is not prose: an e-mail address, a
    // domain, an entity the copy kept, an editor's bracket, a censored word. The slip in the
    // last sentence is still flagged.
    let draft = "Reporters can be reached at dboyer@example.com for comment.\nThe registry \
will sell names under .mobi this year.\nLeaders signed a communiqu&#233; on trade.\n\"[A]fter \
the vote we met,\" she said.\nHe called the claim \"bullsh*t\" on air.\nWitnesses said crews \
spent hours carying away the wreckage.\n";
    let typos = draft_typos(draft, TYPO_SOURCE, &[]);
    assert_eq!(typos.len(), 1, "{typos:?}");
    assert!(typos[0].0.starts_with("\"carying\""), "{typos:?}");
}

#[test]
fn outside_a_gate_a_word_without_counterpart_is_not_flagged() {
    if !dictionary_installed() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), TYPO_SOURCE).unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "Witnesses said crews spent hours carying away the wreckage.\n",
    )
    .unwrap();
    assert_eq!(
        typo_findings(dir.path(), &["a.txt", "b.txt"]),
        Vec::<(String, String)>::new()
    );
}

/// A source whose facts sit in four sentences; the drafts below pack them into one.
const FESTIVAL_SOURCE: &str = "The Lantern Festival opened in Taipei on Saturday, with 300 \
lanterns on display across the memorial park.\nLanterns made by student groups fill one side of \
the park, while others represent the counties of Taiwan.\nOrganisers expect the festival to draw \
12 million visitors over its two weeks, the city government said.\nThe festival was first held \
in 1990 and is themed this year after the year of the pig.\n";

/// The gate's (message) of each finding of check `id`, for `draft` against `FESTIVAL_SOURCE`.
fn festival_findings(draft: &str, id: &str) -> Vec<String> {
    let dir = gate_folder(draft, FESTIVAL_SOURCE);
    check_findings(dir.path(), &["draft.txt", "--against", "sources"], id)
        .into_iter()
        .map(|(message, _)| message)
        .collect()
}

#[test]
fn a_draft_figure_is_compared_with_the_source_sentence_it_packs_in() {
    // One summary sentence packs three source sentences; its figure comes from one it may
    // not align with. Changed, it is a finding against the source's figure of the same thing.
    let draft = "The Taipei Lantern Festival, themed after the year of the pig, opened on \
Saturday with lanterns made by student groups and lanterns representing the counties of Taiwan, \
and organisers expect it to draw 24 million visitors over two weeks.\n";
    let figures = festival_findings(draft, "figure-mismatch");
    assert_eq!(
        figures,
        ["figures disagree: \"24 million\" (24,000,000) vs \"12 million\" (12,000,000) (visitor)"],
    );
    // As written, the same sentence gives nothing: not against "one side of the park".
    let faithful = draft.replace("24 million", "12 million");
    assert_eq!(
        festival_findings(&faithful, "figure-mismatch"),
        Vec::<String>::new()
    );
}

#[test]
fn a_draft_figure_anchored_by_its_unit_alone_is_a_warning() {
    // No word next to "24 million" is next to the source's "12 million" but the unit; the
    // source gives one number of visitors, so that is the figure the summary restates. The
    // weaker anchor makes it a warning, not an error.
    let draft = "The Taipei Lantern Festival, themed after the year of the pig, opened on \
Saturday with lanterns made by student groups and lanterns representing the counties of Taiwan, \
attracting 24 million visitors, the city government said.\n";
    let dir = gate_folder(draft, FESTIVAL_SOURCE);
    let report = check_json(dir.path(), &["draft.txt", "--against", "sources"]);
    let figures: Vec<(String, String)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["check"] == "figure-mismatch")
        .map(|f| {
            (
                f["severity"].as_str().unwrap().to_string(),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        figures,
        [(
            "warning".to_string(),
            "figures disagree: \"24 million\" (24,000,000) vs \"12 million\" (12,000,000) (visitor)"
                .to_string()
        )],
    );
    let faithful = draft.replace("24 million", "12 million");
    assert_eq!(
        festival_findings(&faithful, "figure-mismatch"),
        Vec::<String>::new()
    );
}

#[test]
fn a_draft_figure_of_another_thing_in_the_same_unit_is_not_compared() {
    // "visitors" from abroad in a sentence that carries little of the source's: another
    // figure, not a changed one.
    let draft = "Hotels in Taipei said they expected 3 million visitors from abroad this \
winter.\nThe Lantern Festival opened in Taipei on Saturday, with 300 lanterns on display \
across the memorial park.\n";
    assert_eq!(
        festival_findings(draft, "figure-mismatch"),
        Vec::<String>::new()
    );
}

#[test]
fn a_draft_date_is_compared_with_the_source_sentence_it_packs_in() {
    let draft = "The Taipei Lantern Festival, first held in 1992 and themed this year after the \
year of the pig, opened on Saturday with lanterns made by student groups and lanterns \
representing the counties of Taiwan.\n";
    let dates = festival_findings(draft, "date-mismatch");
    assert_eq!(
        dates,
        [
            "dates disagree: \"1992\" (1992-01-01 to 1992-12-31) vs \"1990\" (1990-01-01 to 1990-12-31)"
        ],
    );
    let faithful = draft.replace("1992", "1990");
    assert_eq!(
        festival_findings(&faithful, "date-mismatch"),
        Vec::<String>::new()
    );
}

#[test]
fn a_draft_that_dates_the_article_itself_is_held_to_its_dateline_day_for_day() {
    // "A news article from February 15" names the day the article is dated: a week off is a
    // finding, though a week is inside the story's time for other dates.
    for draft in [
        "This news article from February 15, 2006 reports that many primary school pupils \
lack iodine.\n",
        "A news report dated Thursday, February 16, 2006 says many primary school pupils lack \
iodine.\n",
    ] {
        let found = dateline_findings(draft);
        assert_eq!(found.len(), 1, "{draft}: {found:?}");
        assert!(
            found[0].ends_with("vs \"Thursday, February 23, 2006\" (2006-02-23)"),
            "{found:?}"
        );
    }
    for faithful in [
        "This news article from February 23, 2006 reports that many primary school pupils \
lack iodine.\n",
        "A news report dated Thursday, February 23, 2006 says many primary school pupils lack \
iodine.\n",
        // Not the article's date: a study published in the weeks before it.
        "A study published on February 16, 2006 found many primary school pupils lack \
iodine.\n",
    ] {
        assert_eq!(
            dateline_findings(faithful),
            Vec::<String>::new(),
            "{faithful}"
        );
    }
}

/// A source reporting three scores, one written with spaced dashes, after a dateline.
const SCORES_SOURCE: &str = "World Cup day five: Sweden, Belgium and England win\n\nTuesday, \
June 19, 2018\n\nYesterday, on day five of the 2018 FIFA World Cup, Sweden defeated South Korea \
1 – 0 and Belgium defeated debutants Panama 3 – 0 in the group stage.\nEngland's captain Harry \
Kane scored a late winner against Tunisia in Volgograd.\n";

fn scores_findings(draft: &str, id: &str) -> Vec<String> {
    let dir = gate_folder(draft, SCORES_SOURCE);
    check_findings(dir.path(), &["draft.txt", "--against", "sources"], id)
        .into_iter()
        .map(|(message, _)| message)
        .collect()
}

#[test]
fn a_draft_score_is_compared_with_a_score_written_with_spaced_dashes() {
    let draft = "On day five of the 2018 FIFA World Cup, Sweden beat South Korea 2-0 and \
Belgium beat Panama 3-0 in the group stage.\n";
    let figures = scores_findings(draft, "figure-mismatch");
    assert_eq!(figures.len(), 1, "{figures:?}");
    assert!(
        figures[0].contains("\"2-0\"") && figures[0].contains("\"1 – 0\""),
        "{figures:?}"
    );
    // The same scores written without spaces agree.
    let faithful = draft.replace("2-0", "1-0");
    assert_eq!(
        scores_findings(&faithful, "figure-mismatch"),
        Vec::<String>::new()
    );
}

#[test]
fn a_year_inside_an_event_name_is_the_event_date() {
    let draft = "On day five of the 2017 FIFA World Cup, Sweden defeated South Korea 1-0 and \
Belgium defeated Panama 3-0 in the group stage.\n";
    let dates = scores_findings(draft, "date-mismatch");
    assert_eq!(
        dates,
        [
            "dates disagree: \"2017\" (2017-01-01 to 2017-12-31) vs \"2018\" (2018-01-01 to 2018-12-31)"
        ]
    );
    // The year written after the name agrees.
    let faithful = "On day five of the FIFA World Cup 2018, Sweden defeated South Korea 1-0 and \
Belgium defeated Panama 3-0 in the group stage.\n";
    assert_eq!(
        scores_findings(faithful, "date-mismatch"),
        Vec::<String>::new()
    );
}

/// A source whose only absolute date is its dateline.
const DATELINE_SOURCE: &str = "Australian children suffering from iodine deficiency\n\n\
Thursday, February 23, 2006\n\nAlmost half of all Australian primary school children are mildly \
iodine deficient, researchers say.\nThe study's director urged that all edible salt be iodised.\n";

/// The messages of check `id` in a gate run of `draft` against `source`, with `extra`
/// arguments.
/// A draft restates its sources: a figure it gives another name than the source does is a
/// change, not a second subject, and stays a full finding.
#[test]
fn a_draft_figure_under_another_name_is_a_change_not_a_second_subject() {
    let source = "Sprinter Dara Whitlock has received an eight-year ban for doping offences \
after a hearing in Lausanne.\n";
    let draft = "Former European champion Tomas Reyes is serving a two-year ban for doping \
offences after a hearing in Lausanne.\n";
    let messages = gate_messages(draft, source, "figure-mismatch", &[]);
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(!messages[0].contains("subjects"), "{}", messages[0]);
}

fn gate_messages(draft: &str, source: &str, id: &str, extra: &[&str]) -> Vec<String> {
    let dir = gate_folder(draft, source);
    let mut args = vec!["draft.txt", "--against", "sources"];
    args.extend_from_slice(extra);
    check_findings(dir.path(), &args, id)
        .into_iter()
        .map(|(message, _)| message)
        .collect()
}

/// The date-mismatch messages of a gate run of `draft` against `source`.
fn gate_date_findings(draft: &str, source: &str) -> Vec<String> {
    gate_messages(draft, source, "date-mismatch", &[])
}

fn dateline_findings(draft: &str) -> Vec<String> {
    gate_date_findings(draft, DATELINE_SOURCE)
}

#[test]
fn a_draft_date_far_from_the_dateline_of_the_headline_it_retells_is_a_finding() {
    let draft = "A 2008 Australian study found that children are suffering from iodine \
deficiency.\n";
    assert_eq!(
        dateline_findings(draft),
        [
            "dates disagree: \"2008\" (2008-01-01 to 2008-12-31) vs \"Thursday, February 23, 2006\" (2006-02-23)"
        ]
    );
    let draft = "In September 2006, a study found that Australian children are suffering from \
iodine deficiency.\n";
    assert_eq!(dateline_findings(draft).len(), 1);
    // The dateline's own year, month or a day in the weeks around it: the story's time.
    for faithful in [
        "A 2006 Australian study found that children are suffering from iodine deficiency.\n",
        "In February 2006, a study found that Australian children are suffering from iodine \
deficiency.\n",
        "On February 16, 2006, researchers found Australian children suffering from iodine \
deficiency.\n",
        // A date in a sentence that does not retell the headline is another story's.
        "Salt was first iodised in Switzerland in 1922.\n",
    ] {
        assert_eq!(
            dateline_findings(faithful),
            Vec::<String>::new(),
            "{faithful}"
        );
    }
}

/// A source whose dates are its dateline, a relative year and a period of years.
const SEASON_SOURCE: &str = "City orchestra opens its spring season with a climate symphony\n\n\
Monday, March 5, 2007\n\nThe city orchestra opened its spring season on Saturday with a new \
symphony about the climate.\nThis year the orchestra expects 40,000 listeners at its concerts.\n\
The symphony sets to music rainfall records kept over 1950 - 2000 in the river basin.\n";

fn season_findings(draft: &str) -> Vec<String> {
    gate_date_findings(draft, SEASON_SOURCE)
}

#[test]
fn a_source_year_does_not_state_a_draft_month_within_it() {
    // "This year" (2007) is no month: "June 2007" is compared with the dateline it retells.
    let draft = "The city orchestra opened its June 2007 spring season with a new climate \
symphony.\n";
    assert_eq!(
        season_findings(draft),
        [
            "dates disagree: \"June 2007\" (2007-06-01 to 2007-06-30) vs \"Monday, March 5, 2007\" (2007-03-05)"
        ]
    );
    for faithful in [
        "The city orchestra opened its March 2007 spring season with a new climate symphony.\n",
        "The city orchestra opened its 2007 spring season with a new climate symphony.\n",
    ] {
        assert_eq!(
            season_findings(faithful),
            Vec::<String>::new(),
            "{faithful}"
        );
    }
}

#[test]
fn a_draft_period_of_years_with_one_end_changed_is_a_finding() {
    let draft = "A new symphony by the city orchestra turns the river basin's rainfall from \
1950 to 2004 into music.\n";
    assert_eq!(
        season_findings(draft),
        [
            "dates disagree: \"1950 to 2004\" (1950-01-01 to 2004-12-31) vs \"1950 - 2000\" (1950-01-01 to 2000-12-31)"
        ]
    );
    // The same period written another way agrees, and so does a year at one end of it.
    for faithful in [
        "A new symphony by the city orchestra turns the river basin's rainfall from 1950 to \
2000 into music.\n",
        "A new symphony by the city orchestra turns the river basin's rainfall since 1950 into \
music.\n",
    ] {
        assert_eq!(
            season_findings(faithful),
            Vec::<String>::new(),
            "{faithful}"
        );
    }
}

/// A source whose figures sit in long sentences a short draft sentence cannot carry.
const SQUARE_SOURCE: &str = "Town square gets a new centrepiece\n\nThe sculpture unveiled \
yesterday at the centre of the old market square is a 12 metre tall bronze horse, cast last \
winter by forty volunteers from the town's melted church bells, iron railings and donated \
cutlery.\nOnly the 400 fuel stations fitted with the new pumps will sell the cleaner blend, \
the regional energy agency said on its website.\n";

fn square_findings(draft: &str) -> Vec<String> {
    gate_messages(draft, SQUARE_SOURCE, "figure-mismatch", &[])
}

#[test]
fn a_draft_figure_framed_by_the_same_words_is_compared_in_a_sentence_it_does_not_carry() {
    // "30 metre tall bronze horse" keeps the words around the source's figure and little else
    // of its sentence.
    let draft = "A 30 metre tall bronze horse now stands in the square.\n";
    let found = square_findings(draft);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("\"30 metre\"") && found[0].contains("\"12 metre\""),
        "{found:?}"
    );
    for faithful in [
        "A 12-metre tall bronze horse now stands in the square.\n",
        // The same counted words, but one neighbour only: the nation's stations are not the
        // ones with new pumps ("fuel stations" written as one word is no second word).
        "That is a small share of the nation's 9,000 fuel stations.\n",
    ] {
        assert_eq!(
            square_findings(faithful),
            Vec::<String>::new(),
            "{faithful}"
        );
    }
}

/// A source whose fair dates sit in a short sentence a long draft sentence cannot carry.
const FAIR_SOURCE: &str = "Spring fair returns to the harbour\n\nThe spring fair opened on the \
harbour front with forty stalls of local crafts, a brass band and a ferris wheel.\nThe fair \
runs through May 11.\n";

fn fair_findings(draft: &str) -> Vec<String> {
    gate_messages(
        draft,
        FAIR_SOURCE,
        "date-mismatch",
        &["--published", "2025-05-04"],
    )
}

#[test]
fn a_draft_date_framed_by_the_same_words_is_compared_in_a_sentence_it_does_not_carry() {
    let draft = "Forty craft stalls, a brass band and a ferris wheel drew families to the \
harbour, with the fair running until May 18.\n";
    let found = fair_findings(draft);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("\"May 18\"") && found[0].contains("\"May 11\""),
        "{found:?}"
    );
    let faithful = draft.replace("May 18", "11 May");
    assert_eq!(fair_findings(&faithful), Vec::<String>::new());
}
