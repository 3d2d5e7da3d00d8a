//! False flags of the draft-only typo pass on edited copy: every bbc-news article is checked
//! as a draft against the next article of its category (`check DRAFT --against SOURCE`), and
//! the typo findings the draft gets with no counterpart sentence ("... no source writes it")
//! are counted per 1,000 draft words. BBC copy is edited, so nearly every such flag is a false
//! alarm; `EVAL_VERBOSE=1` prints each one (article, word, suggestions) to judge.
//!
//! Reads `bbc-news/bbc_news_2225.jsonl` from `../shared/data` (or `$FACTDIFF_DATA`) and exits
//! 0 with a message when it is absent. The typo check needs a Hunspell dictionary: without
//! one the pass flags nothing, and the example says so. Nothing was tuned on these articles:
//! the pass's rule (one edit from a dictionary word, lower case, no source writes it) is
//! fixed. Run: `cargo run --release --example eval_draft_typos`.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod common;

use factdiff::align::AlignMode;
use factdiff::findings::gate::DocumentRole;
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

/// The draft-only typo flags of `draft` checked against `source`: (word, suggestion).
fn draft_flags(draft: &str, source: &str, rules: &factdiff::config::RuleSet) -> Vec<Flag> {
    let docs = vec![
        Article::from_text("draft", draft),
        Article::from_text("source", source),
    ];
    let roles = [DocumentRole::Draft, DocumentRole::Source];
    let analysis =
        factdiff::analyze_gate_with_progress(docs, &roles, rules, AlignMode::Fast, &mut |_| {});
    analysis
        .findings
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
fn pac(rules: &factdiff::config::RuleSet) {
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
    if std::env::var("EVAL_VERBOSE").is_ok_and(|v| v == "2") {
        for (word, suggestion) in runs.iter().flat_map(|(_, f)| f) {
            println!("  PAC {word:?}: {suggestion}");
        }
    }
    println!(
        "PAC stories (held out): {} drafts, {words} words; draft-only typo flags {flags} ({:.3} per 1,000 words, real typos included)",
        runs.len(),
        flags as f64 * 1000.0 / words.max(1) as f64
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
        for (i, w, f) in runs.iter().filter(|(i, _, _)| i % 2 == parity) {
            words += w;
            flags += f.len();
            if verbose {
                for (word, suggestion) in f {
                    println!("  {} {word:?}: {suggestion}", articles[*i].id);
                }
            }
        }
        println!(
            "{part}: {} drafts, {words} words; draft-only typo flags {flags} ({:.3} per 1,000 words)",
            runs.iter().filter(|(i, _, _)| i % 2 == parity).count(),
            flags as f64 * 1000.0 / words.max(1) as f64
        );
    }
    pac(&rules);
}
