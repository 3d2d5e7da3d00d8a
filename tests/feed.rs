//! `factdiff feed` end to end, on small feeds written here: which articles become one
//! story, bad lines, strict mode, standard input, determinism, and that every article is in
//! exactly one story.

use std::collections::BTreeSet;
use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::{Value, json};

fn cmd() -> Command {
    let mut cmd = Command::cargo_bin("factdiff").unwrap();
    cmd.env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .arg("feed")
        .arg("--no-project-rules");
    cmd
}

fn line(id: &str, published: Option<&str>, outlet: &str, text: &str) -> String {
    let mut value = json!({"id": id, "outlet": outlet, "text": text});
    if let Some(date) = published {
        value["published"] = json!(date);
    }
    value.to_string()
}

const FIRE_A: &str = "Warehouse fire at Eastbay port\n\nA fire destroyed a cold-storage warehouse at the Port of Eastbay on Wednesday. Forty-two firefighters fought the blaze at the harbor warehouse, which burned for three hours. Fire Chief Maria Delgado said the cause of the warehouse fire is under investigation.";
const FIRE_B: &str = "Eastbay harbor blaze\n\nFirefighters battled a blaze at a cold-storage warehouse in the Port of Eastbay on Wednesday. Twenty-four firefighters fought the blaze at the harbor warehouse, which burned for three hours. Fire Chief Maria Delgado said the cause of the fire is not yet known.";
const BUDGET_A: &str = "Riverton council passes parks budget\n\nThe Riverton city council approved a parks budget of $2.5 million on Tuesday after a four-hour meeting. Councillor Dana Okafor said the parks budget would fund playground repairs and a new riverside trail.";
const BUDGET_B: &str = "Parks spending approved in Riverton\n\nAfter a four-hour meeting, the Riverton council voted for the parks budget on Tuesday. The budget sets aside money for playground repairs and a riverside trail, Councillor Dana Okafor said.";
const FIRE_LATER: &str = "Eastbay warehouse rebuilt\n\nThe cold-storage warehouse at the Port of Eastbay destroyed by fire has reopened. Fire Chief Maria Delgado toured the rebuilt warehouse at the harbor on Monday.";
const ELECTION: &str = "Mayor announces re-election bid\n\nThe mayor of Northfield said on Friday that she will seek a third term in the autumn election, citing new bus routes and a balanced city budget.";

/// The feed: two stories of two outlets, a follow-up of the first story five weeks later,
/// and an unrelated article.
fn feed_lines() -> Vec<String> {
    vec![
        line("fire-a", Some("2025-03-14"), "Coast Herald", FIRE_A),
        line("budget-a", Some("2025-03-11"), "River Times", BUDGET_A),
        line(
            "fire-b",
            Some("2025-03-14T18:30:00+01:00"),
            "Daily Ledger",
            FIRE_B,
        ),
        line("budget-b", Some("2025-03-12"), "Valley Post", BUDGET_B),
        line("fire-later", Some("2025-04-21"), "Coast Herald", FIRE_LATER),
        line("election", Some("2025-03-14"), "Northfield News", ELECTION),
    ]
}

fn write_feed(dir: &Path, name: &str, lines: &[String]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path.display().to_string()
}

/// The output's lines, parsed.
fn stories(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// Each story's article ids, as sets.
fn groups(stories: &[Value]) -> BTreeSet<BTreeSet<String>> {
    stories
        .iter()
        .map(|s| {
            s["articles"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a.as_str().unwrap().to_string())
                .collect()
        })
        .collect()
}

fn set(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

#[test]
fn articles_on_one_event_share_a_story_and_others_stay_apart() {
    let dir = tempfile::tempdir().unwrap();
    let feed = write_feed(dir.path(), "feed.jsonl", &feed_lines());
    let out = cmd().args(["--fail-on", "never", &feed]).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stories = stories(&out.stdout);
    assert_eq!(
        groups(&stories),
        [
            set(&["fire-a", "fire-b"]),
            set(&["budget-a", "budget-b"]),
            set(&["fire-later"]),
            set(&["election"]),
        ]
        .into_iter()
        .collect()
    );
    for story in &stories {
        assert_eq!(story["version"], 1);
        let n = story["articles"].as_array().unwrap().len();
        // A story of one article has nothing to compare: no report.
        assert_eq!(story["report"].is_null(), n == 1, "{story}");
        if n > 1 {
            assert_eq!(story["report"]["documents"].as_array().unwrap().len(), n);
        }
    }
}

#[test]
fn every_article_is_in_exactly_one_story_and_stories_are_sorted() {
    let dir = tempfile::tempdir().unwrap();
    let feed = write_feed(dir.path(), "feed.jsonl", &feed_lines());
    let out = cmd().args(["--fail-on", "never", &feed]).output().unwrap();
    let stories = stories(&out.stdout);
    let mut seen = Vec::new();
    for story in &stories {
        for a in story["articles"].as_array().unwrap() {
            seen.push(a.as_str().unwrap().to_string());
        }
    }
    let unique: BTreeSet<String> = seen.iter().cloned().collect();
    assert_eq!(
        seen.len(),
        unique.len(),
        "an article in two stories: {seen:?}"
    );
    assert_eq!(
        unique,
        set(&[
            "fire-a",
            "fire-b",
            "budget-a",
            "budget-b",
            "fire-later",
            "election"
        ])
    );
    let ids: Vec<&str> = stories
        .iter()
        .map(|s| s["story"].as_str().unwrap())
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    assert!(
        ids.iter().any(|id| id.starts_with("2025-03-14-")),
        "{ids:?}"
    );
}

#[test]
fn a_planted_disagreement_fails_the_run_as_check_does() {
    let dir = tempfile::tempdir().unwrap();
    let feed = write_feed(dir.path(), "feed.jsonl", &feed_lines());
    let out = cmd().arg(&feed).output().unwrap();
    let stories = stories(&out.stdout);
    let fire = stories
        .iter()
        .find(|s| s["articles"] == json!(["fire-a", "fire-b"]))
        .expect("the fire story");
    let findings = fire["report"]["findings"].as_array().unwrap();
    assert!(
        findings
            .iter()
            .any(|f| f["check"] == "count-mismatch" || f["check"] == "figure-mismatch"),
        "forty-two vs 24 firefighters: {findings:?}"
    );
    let errors = fire["report"]["summary"]["findings"]["error"]
        .as_u64()
        .unwrap();
    assert_eq!(out.status.code(), Some(if errors > 0 { 1 } else { 0 }));
    // With the checks that flag it left out, the story agrees.
    let quiet = cmd()
        .args([
            "--ignore",
            "count-mismatch,figure-mismatch",
            "--fail-on",
            "warning",
            &feed,
        ])
        .output()
        .unwrap();
    let quiet_fire: Vec<Value> = stories_with(&quiet.stdout, "fire-a");
    assert!(
        quiet_fire[0]["report"]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["check"] != "count-mismatch" && f["check"] != "figure-mismatch")
    );
}

fn stories_with(stdout: &[u8], id: &str) -> Vec<Value> {
    stories(stdout)
        .into_iter()
        .filter(|s| s["articles"].as_array().unwrap().iter().any(|a| a == id))
        .collect()
}

#[test]
fn bad_lines_are_named_and_skipped_and_the_rest_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut lines = feed_lines();
    lines.insert(1, "{\"id\": \"broken\", \"text\": ".to_string()); // line 2
    lines.insert(2, json!({"id": "empty", "text": "  "}).to_string()); // line 3
    lines.insert(3, line("fire-a", None, "Copycat", "Another text.")); // line 4
    lines.insert(4, line("dated", Some("14/03/2025"), "X", FIRE_A)); // line 5
    lines.insert(5, String::new()); // a blank line is no article and no error
    let feed = write_feed(dir.path(), "bad.jsonl", &lines);
    let out = cmd().args(["--fail-on", "never", &feed]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for (number, what) in [
        (2, "not JSON"),
        (3, "no text"),
        (4, "duplicate id `fire-a`"),
        (5, "not a date"),
    ] {
        assert!(
            stderr.contains(&format!("bad.jsonl:{number}: ")) && stderr.contains(what),
            "line {number} ({what}) not reported: {stderr}"
        );
    }
    assert_eq!(stderr.matches("line skipped").count(), 4, "{stderr}");
    let all: BTreeSet<String> = groups(&stories(&out.stdout))
        .into_iter()
        .flatten()
        .collect();
    assert_eq!(
        all,
        set(&[
            "fire-a",
            "fire-b",
            "budget-a",
            "budget-b",
            "fire-later",
            "election"
        ])
    );
}

#[test]
fn strict_mode_makes_a_bad_line_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let mut lines = feed_lines();
    lines.insert(2, json!({"id": "no-text"}).to_string());
    let feed = write_feed(dir.path(), "bad.jsonl", &lines);
    cmd()
        .args(["--strict", &feed])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "bad.jsonl: line 3: article `no-text` has no text",
        ));
}

#[test]
fn output_is_byte_identical_across_runs_and_input_orders() {
    let dir = tempfile::tempdir().unwrap();
    let lines = feed_lines();
    let feed = write_feed(dir.path(), "feed.jsonl", &lines);
    let mut reversed = lines.clone();
    reversed.reverse();
    let other = write_feed(dir.path(), "reversed.jsonl", &reversed);
    let first = cmd().args(["--fail-on", "never", &feed]).output().unwrap();
    let second = cmd().args(["--fail-on", "never", &feed]).output().unwrap();
    let third = cmd().args(["--fail-on", "never", &other]).output().unwrap();
    assert!(!first.stdout.is_empty());
    assert_eq!(first.stdout, second.stdout);
    assert_eq!(first.stdout, third.stdout);
}

#[test]
fn standard_input_reads_as_a_file_does() {
    let dir = tempfile::tempdir().unwrap();
    let lines = feed_lines();
    let feed = write_feed(dir.path(), "feed.jsonl", &lines);
    let from_file = cmd().args(["--fail-on", "never", &feed]).output().unwrap();
    let from_stdin = cmd()
        .args(["--fail-on", "never", "-"])
        .write_stdin(lines.join("\n"))
        .output()
        .unwrap();
    assert_eq!(from_stdin.status.code(), Some(0));
    assert_eq!(from_file.stdout, from_stdin.stdout);
    // A bad line on standard input is named as such.
    cmd()
        .args(["--strict", "-"])
        .write_stdin("{\"id\": 1}\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("<stdin>: line 1"));
    // A feed with no readable line is an error, after the warnings that say why.
    cmd()
        .arg("-")
        .write_stdin("not json\n")
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("<stdin>:1: not JSON").and(predicate::str::contains(
                "<stdin>: no readable article in the feed",
            )),
        );
}

#[test]
fn folders_are_read_as_check_reads_them() {
    let out = cmd()
        .args([
            "--fail-on",
            "never",
            "corpus/harbor-fire-2025",
            "corpus/council-budget-2024",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let groups = groups(&stories(&out.stdout));
    assert!(groups.contains(&set(&[
        "harbor-fire-2025/coast-herald",
        "harbor-fire-2025/daily-ledger",
        "harbor-fire-2025/metro-wire"
    ])));
    // The manifest's outlets reach the report.
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("\"outlet\":\"Coast Herald\""));
}

#[test]
fn the_digest_puts_stories_with_disagreements_first() {
    let dir = tempfile::tempdir().unwrap();
    let feed = write_feed(dir.path(), "feed.jsonl", &feed_lines());
    let out = cmd()
        .args(["--format", "markdown", "--fail-on", "never", &feed])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let disagreeing = text.find("## Stories with disagreements").expect(&text);
    let fire = text.find("Eastbay").unwrap();
    let single = text.find("## Single-article stories").unwrap();
    assert!(disagreeing < fire && fire < single, "{text}");
    assert!(text.contains("6 articles in 4 stories"), "{text}");
}

#[test]
fn an_unknown_feed_key_is_an_error_with_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    let feed = write_feed(dir.path(), "feed.jsonl", &feed_lines());
    let rules = dir.path().join("rules.toml");
    std::fs::write(&rules, "[feed]\nwindow_day = 3\n").unwrap();
    cmd()
        .args(["--rules", rules.to_str().unwrap(), &feed])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("window_day").and(predicate::str::contains("window_days")),
        );
    std::fs::write(
        &rules,
        "[feed]\nmin_similarity = 0.5\nstrong_similarity = 0.2\n",
    )
    .unwrap();
    cmd()
        .args(["--rules", rules.to_str().unwrap(), &feed])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("strong_similarity"));
}

#[test]
fn a_wider_window_lets_a_follow_up_join_its_story() {
    let dir = tempfile::tempdir().unwrap();
    let feed = write_feed(dir.path(), "feed.jsonl", &feed_lines());
    let rules = dir.path().join("rules.toml");
    std::fs::write(
        &rules,
        "[feed]\nwindow_days = 60\nmin_similarity = 0.05\nstrong_similarity = 0.05\n",
    )
    .unwrap();
    let out = cmd()
        .args([
            "--fail-on",
            "never",
            "--rules",
            rules.to_str().unwrap(),
            &feed,
        ])
        .output()
        .unwrap();
    let groups = groups(&stories(&out.stdout));
    assert!(
        groups
            .iter()
            .any(|g| g.contains("fire-later") && g.contains("fire-a")),
        "{groups:?}"
    );
}

/// The Spark job's two steps on one machine: the term counts `--emit-terms` writes, added
/// up, given back with `--document-frequencies`, weigh terms as a plain run does.
#[test]
fn document_frequencies_of_the_whole_feed_reproduce_a_plain_run() {
    let dir = tempfile::tempdir().unwrap();
    let feed = write_feed(dir.path(), "feed.jsonl", &feed_lines());
    let terms = cmd().args(["--emit-terms", &feed]).output().unwrap();
    assert_eq!(terms.status.code(), Some(0));
    let mut df = std::collections::BTreeMap::<u64, u64>::new();
    let articles = stories(&terms.stdout);
    assert_eq!(articles.len(), 6);
    for article in &articles {
        for pair in article["terms"].as_array().unwrap() {
            *df.entry(pair[0].as_u64().unwrap()).or_default() += 1;
        }
    }
    let df: Vec<[u64; 2]> = df.into_iter().map(|(t, c)| [t, c]).collect();
    let path = dir.path().join("df.json");
    std::fs::write(&path, json!({"articles": 6, "df": df}).to_string()).unwrap();
    let plain = cmd().args(["--fail-on", "never", &feed]).output().unwrap();
    let given = cmd()
        .args([
            "--fail-on",
            "never",
            "--document-frequencies",
            path.to_str().unwrap(),
            &feed,
        ])
        .output()
        .unwrap();
    assert_eq!(given.status.code(), Some(0));
    assert_eq!(plain.stdout, given.stdout);
    // Frequencies of another feed change the weights: in a feed of a million articles
    // where every word of fire-a is in every article and every other word in one, fire-a
    // has nothing rare in common with fire-b and stands alone.
    let common: BTreeSet<u64> = articles.iter().find(|a| a["id"] == "fire-a").unwrap()["terms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p[0].as_u64().unwrap())
        .collect();
    let skewed_df: Vec<[u64; 2]> = articles
        .iter()
        .flat_map(|a| a["terms"].as_array().unwrap().clone())
        .map(|p| p[0].as_u64().unwrap())
        .collect::<BTreeSet<u64>>()
        .into_iter()
        .map(|t| [t, if common.contains(&t) { 1_000_000 } else { 1 }])
        .collect();
    std::fs::write(
        &path,
        json!({"articles": 1_000_000, "df": skewed_df}).to_string(),
    )
    .unwrap();
    let skewed = cmd()
        .args([
            "--fail-on",
            "never",
            "--document-frequencies",
            path.to_str().unwrap(),
            &feed,
        ])
        .output()
        .unwrap();
    assert!(
        groups(&stories(&skewed.stdout)).contains(&set(&["fire-a"])),
        "{}",
        String::from_utf8_lossy(&skewed.stdout)
    );
    std::fs::write(&path, "[1, 2]").unwrap();
    cmd()
        .args(["--document-frequencies", path.to_str().unwrap(), &feed])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not document frequencies"));
}
