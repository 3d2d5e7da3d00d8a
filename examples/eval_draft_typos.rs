//! Flags of the draft-only typo pass on published copy: every bbc-news article is checked
//! as a draft against the next article of its category (`check DRAFT --against SOURCE`), and
//! the typo findings the draft gets with no counterpart sentence ("... no source writes it")
//! are counted per 1,000 draft words, each with its verdict from
//! `examples/eval_draft_typos_audit.tsv` (real misspelling, false, unsure: judged by reading
//! each flag in its article). Published copy still holds misspellings ("annoucement",
//! "definately"): of the flags first judged, 100 were real and 61 false. The figure to watch is
//! the false (and unsure) flags per 1,000 words. `EVAL_VERBOSE=1` prints each bbc-news flag
//! (article, word, suggestions, verdict), `EVAL_VERBOSE=2` each PAC flag.
//!
//! Reads `bbc-news/bbc_news_2225.jsonl` and the PAC story pairs from `../shared/data` (or
//! `$FACTDIFF_DATA`) and exits 0 with a message when they are absent. The typo check needs a
//! Hunspell dictionary: without one the pass flags nothing, and the example says so. The
//! pass's rules are tuned reading the even articles; the odd articles and the PAC stories
//! are reported apart. Run: `cargo run --release --example eval_draft_typos`.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod common;

use std::collections::HashMap;

use factdiff::input::Article;
use rayon::prelude::*;
use serde::Deserialize;
use unicode_segmentation::UnicodeSegmentation;

#[derive(Deserialize)]
struct PacStory {
    documents: Vec<PacDocument>,
}

#[derive(Deserialize)]
struct PacDocument {
    sentences: Vec<String>,
}

#[derive(Deserialize)]
struct Bbc {
    id: String,
    category: String,
    text: String,
}

/// A flagged word and the suggestion given.
type Flag = (String, String);

/// Verdicts on the flags, by (article, word): `examples/eval_draft_typos_audit.tsv`.
type Verdicts = HashMap<(String, String), String>;

fn load_verdicts() -> Verdicts {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/eval_draft_typos_audit.tsv"
    );
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut cells = l.split('\t');
            let (article, word, verdict) = (cells.next()?, cells.next()?, cells.next()?);
            Some(((article.to_string(), word.to_string()), verdict.to_string()))
        })
        .collect()
}

/// Flags counted by verdict: real, false, unsure, not judged.
#[derive(Default)]
struct Tally([usize; 4]);

impl Tally {
    fn add(&mut self, verdicts: &Verdicts, article: &str, word: &str) -> &'static str {
        let key = (article.to_string(), word.to_string());
        let (slot, label) = match verdicts.get(&key).map(String::as_str) {
            Some("real") => (0, "real"),
            Some("false") => (1, "false"),
            Some("unsure") => (2, "unsure"),
            _ => (3, "not judged"),
        };
        self.0[slot] += 1;
        label
    }

    /// The verdicts, and the flags that are not real (false or unsure) per 1,000 words.
    fn describe(&self, words: usize) -> String {
        let [real, false_, unsure, unjudged] = self.0;
        format!(
            "real {real}, false {false_}, unsure {unsure}, not judged {unjudged}; false or unsure {:.3} per 1,000 words",
            (false_ + unsure) as f64 * 1000.0 / words.max(1) as f64
        )
    }
}

/// The draft-only typo flags of `draft` checked against `source`: (word, suggestion).
fn draft_flags(draft: &str, source: &str, rules: &factdiff::config::RuleSet) -> Vec<Flag> {
    let (_, split) = common::run_gate(
        Article::from_text("draft", draft),
        Article::from_text("source", source),
        rules,
    );
    split
        .draft
        .iter()
        .filter(|f| f.check == "typo" && f.message.ends_with("no source writes it"))
        .map(|f| {
            let e = &f.evidence[0];
            (
                draft[e.start..e.end].to_string(),
                f.suggestion.clone().unwrap_or_default(),
            )
        })
        .collect()
}

/// The PAC stories (two outlets on one event): each article checked as a draft against the
/// other. Held out: the pass's rules were made reading the bbc-news flags only; these flags
/// are counted, not read (`EVAL_VERBOSE=2` prints them).
fn pac(rules: &factdiff::config::RuleSet, verdicts: &Verdicts) {
    let path = common::data_root().join("pac-partisan-news-pairs/pac_story_pairs.jsonl");
    let Ok(text) = std::fs::read_to_string(&path) else {
        println!("{} is absent: PAC part skipped", path.display());
        return;
    };
    let stories: Vec<PacStory> = text
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .filter(|s: &PacStory| s.documents.len() == 2)
        .collect();
    let texts: Vec<[String; 2]> = stories
        .iter()
        .map(|s| {
            [
                s.documents[0].sentences.join(" "),
                s.documents[1].sentences.join(" "),
            ]
        })
        .collect();
    let runs: Vec<(usize, Vec<Flag>)> = texts
        .par_iter()
        .flat_map(|[a, b]| {
            [(a, b), (b, a)].into_par_iter().map(|(draft, source)| {
                (
                    draft.unicode_words().count(),
                    draft_flags(draft, source, rules),
                )
            })
        })
        .collect();
    let words: usize = runs.iter().map(|(w, _)| w).sum();
    let flags: usize = runs.iter().map(|(_, f)| f.len()).sum();
    let verbose = std::env::var("EVAL_VERBOSE").is_ok_and(|v| v == "2");
    let mut tally = Tally::default();
    for (word, suggestion) in runs.iter().flat_map(|(_, f)| f) {
        let verdict = tally.add(verdicts, "PAC", word);
        if verbose {
            println!("  PAC {word:?}: {suggestion} [{verdict}]");
        }
    }
    println!(
        "PAC stories (held out): {} drafts, {words} words; draft-only typo flags {flags} ({:.3} per 1,000 words): {}",
        runs.len(),
        flags as f64 * 1000.0 / words.max(1) as f64,
        tally.describe(words)
    );
}

fn main() {
    let path = common::data_root().join("bbc-news/bbc_news_2225.jsonl");
    let Ok(text) = std::fs::read_to_string(&path) else {
        println!("{} is absent: nothing to measure", path.display());
        return;
    };
    let mut articles: Vec<Bbc> = text
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    articles.sort_by(|a, b| a.id.cmp(&b.id));
    let rules = common::eval_rules();
    if let Ok(Some(warning)) = factdiff::checks::typo::missing_dictionaries(&rules.check("typo")) {
        println!("{warning}\nthe draft-only pass needs a dictionary: nothing to measure");
        return;
    }
    let verbose = std::env::var("EVAL_VERBOSE").is_ok_and(|v| v == "1");
    let verdicts = load_verdicts();
    // (draft index, draft words, flags as (word, suggestion))
    let runs: Vec<(usize, usize, Vec<Flag>)> = (0..articles.len())
        .into_par_iter()
        .filter_map(|i| {
            let draft = &articles[i];
            let source = articles[i + 1..]
                .iter()
                .chain(&articles[..i])
                .find(|a| a.category == draft.category)?;
            let flags = draft_flags(&draft.text, &source.text, &rules);
            Some((i, draft.text.unicode_words().count(), flags))
        })
        .collect();
    for (part, parity) in [("even articles", 0), ("odd articles", 1)] {
        let (mut words, mut flags) = (0usize, 0usize);
        let mut tally = Tally::default();
        for (i, w, f) in runs.iter().filter(|(i, _, _)| i % 2 == parity) {
            words += w;
            flags += f.len();
            for (word, suggestion) in f {
                let verdict = tally.add(&verdicts, &articles[*i].id, word);
                if verbose {
                    println!("  {} {word:?}: {suggestion} [{verdict}]", articles[*i].id);
                }
            }
        }
        println!(
            "{part}: {} drafts, {words} words; draft-only typo flags {flags} ({:.3} per 1,000 words): {}",
            runs.iter().filter(|(i, _, _)| i % 2 == parity).count(),
            flags as f64 * 1000.0 / words.max(1) as f64,
            tally.describe(words)
        );
    }
    pac(&rules, &verdicts);
}
