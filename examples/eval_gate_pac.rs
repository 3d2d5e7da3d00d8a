//! A precision stress test for the gate (`factdiff check DRAFT --against SOURCE`): each PAC
//! article (../shared/data/pac-partisan-news-pairs, two real outlets reporting one news event)
//! checked as a draft against the other outlet's article of the same story.
//!
//! Run: `cargo run --release --example eval_gate_pac` (looks in ../shared/data relative to the
//! crate root, or in $FACTDIFF_DATA, the root of the data dir). Exits 0 with a message when
//! the data is absent.
//!
//! An article written on its own states many facts the other outlet's does not, in other
//! words and often about other moments of the story: it is the hardest test of the gate's
//! precision, and a pass that compares a draft's figure or date with source sentences it did
//! not align with (the gate's own pass, `checks/*/draft_*.rs`) is measured here as much as
//! on summaries. Each story gives two gate runs (`doc0` as the draft against `doc1`, and the
//! other way round). Each article is its title, a blank line, then the data set's sentences
//! one per line, dated and named by the data set. The default rule set is used (`$EVAL_RULES`
//! layered over it), fast alignment, and the findings are split as `check --against` splits
//! them (`findings::gate::split`): only those about the draft count.
//!
//! Every finding at warning and above, of every check, is judged in `eval_gate_pac_audit.tsv`
//! (next to this file; our own annotations, no text of the data): one tab-separated row with
//! the case (`STORY_N draft=docK`), the check id, the smallest span covering the finding's
//! evidence in the draft and in the source (`start-end` in bytes of the texts built here;
//! `-` when none), `real` or `false`, and a short reason. Real: the two articles state the
//! same fact differently (a draft that repeated it would misstate its source); false
//! otherwise. A finding whose spans moved since it was judged counts as unaudited. A run with
//! a false finding is a false alarm: the gate would stop that draft for nothing.
//!
//! The data set's split decides the parts as in `eval_clusters`: stories of the train and dev
//! splits are the tuning part, the test split is held out. EVAL_VERBOSE=1 prints each
//! finding at warning and above with both sentences and its audit key and verdict (`?` when
//! unaudited), ready to be copied into the audit file; EVAL_UNAUDITED=1 prints only the
//! unaudited ones.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod common;

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use chrono::NaiveDate;
use factdiff::config::RuleSet;
use factdiff::findings::{Finding, Severity};
use factdiff::input::Article;
use rayon::prelude::*;
use serde::Deserialize;

use common::{AuditKey, Verdict, audit_key, data_root, load_audit};

#[derive(Deserialize)]
struct Story {
    story_id: String,
    documents: Vec<Document>,
}

#[derive(Deserialize)]
struct Document {
    #[serde(default)]
    title: String,
    source: String,
    date: String,
    split: String,
    sentences: Vec<String>,
}

/// Document ids of the draft and its source in a gate run.
const IDS: [&str; 2] = ["draft", "source"];

impl Document {
    /// The article as a file would hold it: title, blank line, one sentence per line.
    fn text(&self) -> String {
        let body: String = self.sentences.iter().map(|s| format!("{s}\n")).collect();
        if self.title.trim().is_empty() {
            body
        } else {
            format!("{}\n\n{body}", self.title.trim())
        }
    }

    fn article(&self, id: &str) -> Article {
        let mut article = Article::from_text(id, &self.text());
        article.outlet = Some(self.source.clone());
        article.published = NaiveDate::parse_from_str(&self.date, "%Y-%m-%d").ok();
        article
    }
}

/// One gate run: story, which document is the draft.
struct Run<'a> {
    story: &'a Story,
    draft: usize,
}

impl Run<'_> {
    fn case(&self) -> String {
        format!("{} draft=doc{}", self.story.story_id, self.draft)
    }
}

/// The findings about the draft, at warning and above, as `check --against` reports them.
fn run_gate(run: &Run, rules: &RuleSet) -> Vec<Finding> {
    let docs = &run.story.documents;
    let (_, split) = common::run_gate(
        docs[run.draft].article(IDS[0]),
        docs[1 - run.draft].article(IDS[1]),
        rules,
    );
    split
        .draft
        .into_iter()
        .filter(|f| f.severity >= Severity::Warning)
        .collect()
}

fn audit_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/eval_gate_pac_audit.tsv")
}

#[derive(Default)]
struct PartReport {
    runs: usize,
    /// Per check: findings at warning and above audited real, false, unaudited.
    by_check: BTreeMap<String, [usize; 3]>,
    /// The same for errors only.
    errors: [usize; 3],
    /// Runs with a false finding at warning and above, at error; runs with an unaudited one.
    false_alarm: [usize; 2],
    unaudited_runs: usize,
}

fn evaluate(
    runs: &[Run],
    rules: &RuleSet,
    audit: &HashMap<AuditKey, Verdict>,
    verbose: Option<bool>,
) -> PartReport {
    let results: Vec<Vec<Finding>> = runs.par_iter().map(|r| run_gate(r, rules)).collect();
    let mut report = PartReport {
        runs: runs.len(),
        ..PartReport::default()
    };
    for (run, findings) in runs.iter().zip(&results) {
        let case = run.case();
        let mut false_at = [false; 2];
        let mut unaudited = false;
        for f in findings {
            let key = audit_key(&case, f, IDS);
            let verdict = audit.get(&key).copied();
            let slot = Verdict::slot(verdict);
            report.by_check.entry(f.check.clone()).or_insert([0; 3])[slot] += 1;
            if f.severity == Severity::Error {
                report.errors[slot] += 1;
            }
            if verdict == Some(Verdict::False) {
                false_at[1] = true;
                false_at[0] |= f.severity == Severity::Error;
            }
            unaudited |= verdict.is_none();
            if verbose.is_some_and(|only_unaudited| !only_unaudited || verdict.is_none()) {
                print_finding(run, f, &key, verdict);
            }
        }
        for (count, flag) in report.false_alarm.iter_mut().zip(false_at) {
            *count += usize::from(flag);
        }
        report.unaudited_runs += usize::from(unaudited);
    }
    report
}

fn print_finding(run: &Run, f: &Finding, key: &AuditKey, verdict: Option<Verdict>) {
    println!(
        "[{}] {} ({}): {}",
        run.case(),
        f.check,
        f.severity.as_str(),
        f.message
    );
    for e in &f.evidence {
        println!("   {} «{}»: {}", e.document, e.text, e.sentence_text);
    }
    common::print_audit_line(key, verdict);
}

fn print_report(label: &str, r: &PartReport) {
    println!(
        "\n{label}: {} gate runs; findings at warning and above:",
        r.runs
    );
    let sums = common::print_check_table(&r.by_check);
    common::print_check_row("all", &sums);
    println!(
        "  errors: {} real, {} false, {} unaudited",
        r.errors[0], r.errors[1], r.errors[2]
    );
    let rate = |k: usize| k as f64 / r.runs.max(1) as f64;
    println!(
        "  false alarm runs: at warning and above {} of {} ({:.3}); at error {} of {} ({:.3}); runs with an unaudited finding: {}",
        r.false_alarm[1],
        r.runs,
        rate(r.false_alarm[1]),
        r.false_alarm[0],
        r.runs,
        rate(r.false_alarm[0]),
        r.unaudited_runs
    );
}

fn main() {
    let path = data_root().join("pac-partisan-news-pairs/pac_story_pairs.jsonl");
    let Some(stories) = common::read_jsonl::<Story>(&path) else {
        println!("data not found at {}, skipping", path.display());
        return;
    };
    let usable: Vec<&Story> = stories
        .iter()
        .filter(|s| s.documents.len() == 2 && s.documents.iter().all(|d| !d.sentences.is_empty()))
        .collect();
    let rules = common::eval_rules();
    let audit = load_audit(&audit_path());
    let verbose = match (
        std::env::var("EVAL_VERBOSE").is_ok_and(|v| v == "1"),
        std::env::var("EVAL_UNAUDITED").is_ok_and(|v| v == "1"),
    ) {
        (_, true) => Some(true),
        (true, false) => Some(false),
        _ => None,
    };
    let started = std::time::Instant::now();
    let held_out = |s: &Story| s.documents.iter().any(|d| d.split == "test");
    let mut total = PartReport::default();
    for (label, test) in [
        ("tuning part (PAC train + dev splits)", false),
        ("held-out part (PAC test split)", true),
    ] {
        let runs: Vec<Run> = usable
            .iter()
            .filter(|s| held_out(s) == test)
            .flat_map(|story| (0..2).map(move |draft| Run { story, draft }))
            .collect();
        let report = evaluate(&runs, &rules, &audit, verbose);
        print_report(label, &report);
        total.runs += report.runs;
        for (check, counts) in report.by_check {
            let sum = total.by_check.entry(check).or_insert([0; 3]);
            for (s, c) in sum.iter_mut().zip(counts) {
                *s += c;
            }
        }
        for (s, c) in total.errors.iter_mut().zip(report.errors) {
            *s += c;
        }
        for (s, c) in total.false_alarm.iter_mut().zip(report.false_alarm) {
            *s += c;
        }
        total.unaudited_runs += report.unaudited_runs;
    }
    print_report(
        &format!("all ({} stories, each article a draft once)", usable.len()),
        &total,
    );
    eprintln!("checked in {:.2} s", started.elapsed().as_secs_f64());
}
