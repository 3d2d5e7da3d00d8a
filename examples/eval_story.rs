//! Whether a run looks like one story (`factdiff check` warns when it does not): the false
//! warning rate on sets that are one story and the miss rate on sets that are not.
//!
//! Run: `cargo run --release --example eval_story` (data from ../shared/data relative to the
//! crate root, or $FACTDIFF_DATA). Exits 0 with a message when the data is absent.
//!
//! - One story: the PAC story pairs (../shared/data/pac-partisan-news-pairs, two outlets on
//!   one event; each story a cluster of its two articles, one sentence a line, as
//!   eval_clusters builds them) and the bundled corpus/ clusters.
//! - Not one story: bbc-news articles of different categories mixed (2, 3 and 5 articles
//!   each of another category, 10 articles two of each category), drawn with a fixed seed,
//!   and one set of 500 articles across all categories.
//!
//! Tuning part: PAC stories of the train and dev splits, and the mixed sets of even number.
//! Held out: the PAC test split and the mixed sets of odd number. The table gives both
//! rates on the tuning part for a range of limits (`align::story::Limits`); then the value in use on
//! both parts.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod common;

use std::path::PathBuf;

use chrono::NaiveDate;
use factdiff::align::AlignMode;
use factdiff::align::story::{Limits, story_shape};
use factdiff::input::Article;
use rayon::prelude::*;
use serde::Deserialize;

use common::data_root;

#[derive(Deserialize)]
struct Story {
    documents: Vec<StoryDocument>,
}

#[derive(Deserialize)]
struct StoryDocument {
    source: String,
    date: String,
    split: String,
    sentences: Vec<String>,
}

#[derive(Deserialize)]
struct Bbc {
    id: String,
    category: String,
    title: String,
    text: String,
}

/// A set of articles and, per article, its sentence count, with the alignment of the run.
struct Measured {
    sentences: Vec<usize>,
    /// The names of each article.
    names: Vec<std::collections::BTreeSet<String>>,
    alignment: factdiff::align::Alignment,
}

fn measure(articles: Vec<Article>, rules: &factdiff::config::RuleSet) -> Measured {
    let analysis = factdiff::analyze(articles, rules, AlignMode::Fast);
    Measured {
        names: factdiff::align::story::name_sets(&analysis.documents),
        sentences: analysis
            .documents
            .iter()
            .map(|d| d.sentences.len())
            .collect(),
        alignment: analysis.alignment,
    }
}

fn split_at(m: &Measured, limits: Limits) -> bool {
    story_shape(&m.alignment, &m.sentences, &m.names, limits).is_split()
}

/// A small deterministic generator (xorshift), so the mixed sets are the same every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as usize
    }
}

fn pac_articles(story: &Story) -> Vec<Article> {
    story
        .documents
        .iter()
        .zip(["doc0", "doc1"])
        .map(|(doc, id)| {
            let text: String = doc.sentences.iter().map(|s| format!("{s}\n")).collect();
            let mut article = Article::from_text(id, &text);
            article.outlet = Some(doc.source.clone());
            article.published = NaiveDate::parse_from_str(&doc.date, "%Y-%m-%d").ok();
            article
        })
        .collect()
}

fn bbc_article(a: &Bbc) -> Article {
    Article::from_text(
        &a.id.replace('/', "-"),
        &format!("{}\n\n{}", a.title, a.text),
    )
}

/// Mixed sets of bbc-news articles: `(size, articles)`.
fn mixed_sets(bbc: &[Bbc]) -> Vec<(usize, Vec<Article>)> {
    let categories = ["business", "entertainment", "politics", "sport", "tech"];
    let by_category: Vec<Vec<&Bbc>> = categories
        .iter()
        .map(|c| bbc.iter().filter(|a| a.category == *c).collect())
        .collect();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut sets = Vec::new();
    for (size, count) in [(2, 60), (3, 60), (5, 40), (10, 20)] {
        for _ in 0..count {
            let first = rng.next() % categories.len();
            let mut chosen: Vec<&Bbc> = Vec::new();
            for k in 0..size {
                let pool = &by_category[(first + k) % categories.len()];
                loop {
                    let candidate = pool[rng.next() % pool.len()];
                    if !chosen.iter().any(|c| c.id == candidate.id) {
                        chosen.push(candidate);
                        break;
                    }
                }
            }
            sets.push((size, chosen.into_iter().map(bbc_article).collect()));
        }
    }
    sets
}

fn rate(hits: usize, of: usize) -> String {
    format!("{hits}/{of} = {:.3}", hits as f64 / of.max(1) as f64)
}

fn main() {
    let root = data_root();
    let pac_path = root.join("pac-partisan-news-pairs/pac_story_pairs.jsonl");
    let bbc_path = root.join("bbc-news/bbc_news_2225.jsonl");
    let (Ok(pac_text), Ok(bbc_text)) = (
        std::fs::read_to_string(&pac_path),
        std::fs::read_to_string(&bbc_path),
    ) else {
        println!("data not found under {}, skipping", root.display());
        return;
    };
    let rules = common::eval_rules();
    let stories: Vec<Story> = pac_text
        .lines()
        .filter_map(|l| serde_json::from_str::<Story>(l).ok())
        .filter(|s| s.documents.len() == 2)
        .collect();
    let bbc: Vec<Bbc> = bbc_text
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();

    // (held out, measured)
    let pac: Vec<(bool, Measured)> = stories
        .par_iter()
        .map(|s| {
            let held = s.documents.iter().any(|d| d.split == "test");
            (held, measure(pac_articles(s), &rules))
        })
        .collect();
    let mixed: Vec<(bool, usize, Measured)> = mixed_sets(&bbc)
        .into_par_iter()
        .enumerate()
        .map(|(i, (size, articles))| (i % 2 == 1, size, measure(articles, &rules)))
        .collect();
    let corpus_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut corpus: Vec<(String, Measured)> = Vec::new();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&corpus_dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    dirs.sort();
    for dir in dirs.into_iter().filter(|d| d.is_dir()) {
        let articles = factdiff::input::load_paths(std::slice::from_ref(&dir), &Default::default())
            .expect("bundled corpus loads");
        corpus.push((dir.display().to_string(), measure(articles, &rules)));
    }

    println!(
        "tuning part: PAC train+dev {} stories, {} mixed bbc-news sets",
        pac.iter().filter(|p| !p.0).count(),
        mixed.iter().filter(|m| !m.0).count()
    );
    println!(
        "{:>8} {:>6}  {:>22}  {:>22}",
        "aligned", "names", "PAC false warnings", "mixed sets missed"
    );
    let tune_pac: Vec<&Measured> = pac.iter().filter(|p| !p.0).map(|p| &p.1).collect();
    let tune_mixed: Vec<&Measured> = mixed.iter().filter(|m| !m.0).map(|m| &m.2).collect();
    for aligned in [0.01, 0.02, 0.05, 0.1] {
        for names in [0.05, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 1.01] {
            let limits = Limits {
                aligned,
                names,
                ..Limits::DEFAULT
            };
            let false_warnings = tune_pac.iter().filter(|m| split_at(m, limits)).count();
            let missed = tune_mixed.iter().filter(|m| !split_at(m, limits)).count();
            println!(
                "{aligned:>8.2} {names:>6.2}  {:>22}  {:>22}",
                rate(false_warnings, tune_pac.len()),
                rate(missed, tune_mixed.len())
            );
        }
    }
    println!("\nin use: {:?}", Limits::DEFAULT);
    for (held, name) in [(false, "tuning part"), (true, "held-out part")] {
        let part_pac: Vec<&Measured> = pac.iter().filter(|p| p.0 == held).map(|p| &p.1).collect();
        let false_warnings = part_pac
            .iter()
            .filter(|m| split_at(m, Limits::DEFAULT))
            .count();
        println!(
            "{name}: PAC false warnings {}",
            rate(false_warnings, part_pac.len())
        );
        for size in [2, 3, 5, 10] {
            let part: Vec<&Measured> = mixed
                .iter()
                .filter(|m| m.0 == held && m.1 == size)
                .map(|m| &m.2)
                .collect();
            let missed = part
                .iter()
                .filter(|m| !split_at(m, Limits::DEFAULT))
                .count();
            println!(
                "  mixed sets of {size:>2} articles missed {}",
                rate(missed, part.len())
            );
        }
    }
    for (name, m) in &corpus {
        let shape = story_shape(&m.alignment, &m.sentences, &m.names, Limits::DEFAULT);
        println!(
            "corpus {name}: {} articles, {:.2} of pairs linked, warns: {}",
            m.sentences.len(),
            shape.linked_pairs,
            split_at(m, Limits::DEFAULT)
        );
    }
    // The 500 unrelated articles of issue 25.
    let mut rng = Rng(0x5eed);
    let mut picked: Vec<usize> = (0..bbc.len()).collect();
    for i in (1..picked.len()).rev() {
        picked.swap(i, rng.next() % (i + 1));
    }
    let five_hundred: Vec<Article> = picked[..500.min(bbc.len())]
        .iter()
        .map(|&i| bbc_article(&bbc[i]))
        .collect();
    let m = measure(five_hundred, &rules);
    let shape = story_shape(&m.alignment, &m.sentences, &m.names, Limits::DEFAULT);
    println!(
        "500 bbc-news articles across categories: warns: {}, {} groups, largest {} articles, {:.3} of pairs linked",
        shape.is_split(),
        shape.groups.len(),
        shape.groups[0].len(),
        shape.linked_pairs
    );
}
