//! How well `factdiff feed` finds stories: the 304 articles of the PAC story pairs
//! (../shared/data/pac-partisan-news-pairs: 152 stories, two outlets each, with title,
//! outlet and date) mixed into one feed, scored against the stories, then the same feed
//! with the 2,225 bbc-news articles (../shared/data/bbc-news, undated, 2004-2005) mixed in
//! as distractors.
//!
//! Run: `cargo run --release --example eval_feed` (looks in ../shared/data relative to the
//! crate root, or in $FACTDIFF_DATA). Exits 0 with a message when the data is absent.
//!
//! Scores (per half of the stories, each article's predicted story taken over the whole
//! feed, so an article of another half or of bbc-news in its story counts against it):
//! - pairwise precision: of the pairs of articles put in one story that involve an article
//!   of the half, the share that are one PAC story; recall: of the half's story pairs, the
//!   share put in one story;
//! - B-cubed precision, recall and F1, averaged over the half's articles.
//!
//! The halves: stories with an even number (STORY_0, STORY_2...) are the tuning half, odd
//! ones are held out; the whole mix (both halves) is scored too. `[feed]` thresholds and
//! the headline weight were chosen on the tuning half only; EVAL_SWEEP=1 prints the tuning
//! half's scores over a grid of `min_similarity` and `window_days`; EVAL_VERBOSE=1 lists the
//! stories that mix a tuning story with another, and the tuning half's stories whose
//! articles were kept apart.
//!
//! bbc-news has no story labels. Two checks stand in for them: articles with the same
//! title in one category (repeats and corrected versions of one article) should share a
//! story (recall over those pairs), and a story should never mix categories or mix
//! bbc-news with PAC (counted; a story of articles from two categories is a false merge).
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod common;

use std::collections::{BTreeMap, HashMap};
use std::time::Instant;

use factdiff::config::FeedRules;
use factdiff::feed::{self, Record, Story};
use serde_json::Value;

/// A gold label: the PAC story id, or `bbc:<category>` for a distractor.
struct Labelled {
    record: Record,
    story: String,
    /// 0 tuning half, 1 held-out half, 2 bbc-news.
    half: usize,
}

fn pac_articles(text: &str) -> Vec<Labelled> {
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let story: Value = serde_json::from_str(line).expect("PAC line is JSON");
        let story_id = story["story_id"].as_str().unwrap_or_default().to_string();
        let number: usize = story_id
            .trim_start_matches("STORY_")
            .parse()
            .unwrap_or_default();
        for doc in story["documents"].as_array().into_iter().flatten() {
            let sentences: Vec<&str> = doc["sentences"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            let text_of = |key: &str| {
                doc[key]
                    .as_str()
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
            };
            out.push(Labelled {
                record: Record {
                    id: doc["doc_id"].as_str().unwrap_or_default().to_string(),
                    text: sentences.join("\n"),
                    outlet: text_of("source"),
                    published: text_of("date").and_then(|d| feed::read::parse_date(&d)),
                    url: None,
                    title: text_of("title"),
                },
                story: story_id.clone(),
                half: number % 2,
            });
        }
    }
    out
}

fn bbc_articles(text: &str) -> Vec<Labelled> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let a: Value = serde_json::from_str(line).expect("bbc line is JSON");
            let category = a["category"].as_str().unwrap_or_default();
            Labelled {
                record: Record {
                    id: format!("bbc/{}", a["id"].as_str().unwrap_or_default()),
                    text: a["text"].as_str().unwrap_or_default().to_string(),
                    outlet: Some("BBC".into()),
                    published: None,
                    url: None,
                    title: a["title"].as_str().map(str::to_string),
                },
                story: format!("bbc:{category}"),
                half: 2,
            }
        })
        .collect()
}

/// Scores of one half: pairwise precision and recall, B-cubed precision, recall, F1.
#[derive(Default, Clone, Copy)]
struct Scores {
    pair_p: f64,
    pair_r: f64,
    b3_p: f64,
    b3_r: f64,
    b3_f: f64,
}

fn score(items: &[Labelled], stories: &[Story], half: Option<usize>) -> Scores {
    let mut story_of = vec![0usize; items.len()];
    for (s, story) in stories.iter().enumerate() {
        for &a in &story.articles {
            story_of[a] = s;
        }
    }
    let mut gold_size: HashMap<&str, usize> = HashMap::new();
    for item in items.iter().filter(|i| i.half < 2) {
        *gold_size.entry(&item.story).or_default() += 1;
    }
    let (mut p_sum, mut r_sum, mut n) = (0.0, 0.0, 0usize);
    let (mut predicted_pairs, mut correct_pairs) = (0usize, 0usize);
    let (mut gold_pairs, mut found_pairs) = (0usize, 0usize);
    for (a, item) in items
        .iter()
        .enumerate()
        .filter(|(_, i)| i.half < 2 && half.is_none_or(|h| i.half == h))
    {
        let members = &stories[story_of[a]].articles;
        let same = members
            .iter()
            .filter(|&&b| items[b].half < 2 && items[b].story == item.story)
            .count();
        p_sum += same as f64 / members.len() as f64;
        r_sum += same as f64 / gold_size[item.story.as_str()] as f64;
        n += 1;
        // Pairs counted from each end: (a, b) with a in the half.
        predicted_pairs += members.len() - 1;
        correct_pairs += same - 1;
        gold_pairs += gold_size[item.story.as_str()] - 1;
        found_pairs += same - 1;
    }
    let ratio = |x: usize, y: usize| if y == 0 { 1.0 } else { x as f64 / y as f64 };
    let (b3_p, b3_r) = (p_sum / n as f64, r_sum / n as f64);
    Scores {
        pair_p: ratio(correct_pairs, predicted_pairs),
        pair_r: ratio(found_pairs, gold_pairs),
        b3_p,
        b3_r,
        b3_f: 2.0 * b3_p * b3_r / (b3_p + b3_r),
    }
}

fn print_scores(label: &str, s: Scores) {
    println!(
        "  {label:<28} pairwise P {:.3} R {:.3}   B-cubed P {:.3} R {:.3} F1 {:.3}",
        s.pair_p, s.pair_r, s.b3_p, s.b3_r, s.b3_f
    );
}

fn run(items: &[Labelled], rules: &FeedRules) -> (Vec<Story>, f64) {
    let mut feed = feed::feed_of_records(items.iter().map(|i| i.record.clone()).collect());
    let start = Instant::now();
    let stories = feed::cluster(&mut feed.articles, rules);
    (stories, start.elapsed().as_secs_f64())
}

/// The bbc-news checks: same-title pairs in one story, stories mixing categories or
/// mixing bbc-news with PAC.
fn bbc_report(items: &[Labelled], stories: &[Story]) {
    let mut story_of = vec![0usize; items.len()];
    for (s, story) in stories.iter().enumerate() {
        for &a in &story.articles {
            story_of[a] = s;
        }
    }
    let mut by_title: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
    for (i, item) in items.iter().enumerate().filter(|(_, i)| i.half == 2) {
        let title = item.record.title.clone().unwrap_or_default();
        by_title
            .entry((item.story.clone(), title.trim().to_lowercase()))
            .or_default()
            .push(i);
    }
    let (mut pairs, mut together) = (0, 0);
    for group in by_title.values().filter(|g| g.len() > 1) {
        for (x, &a) in group.iter().enumerate() {
            for &b in &group[x + 1..] {
                pairs += 1;
                together += usize::from(story_of[a] == story_of[b]);
            }
        }
    }
    let (mut mixed_category, mut mixed_pac, mut bbc_multi, mut bbc_in_multi) = (0, 0, 0, 0);
    let mut largest = 0;
    for story in stories {
        let bbc: Vec<usize> = story
            .articles
            .iter()
            .copied()
            .filter(|&a| items[a].half == 2)
            .collect();
        if bbc.is_empty() {
            continue;
        }
        largest = largest.max(story.articles.len());
        if bbc.len() < story.articles.len() {
            mixed_pac += 1;
        }
        if story.articles.len() > 1 {
            bbc_multi += 1;
            bbc_in_multi += bbc.len();
        }
        if bbc.iter().any(|&a| items[a].story != items[bbc[0]].story) {
            mixed_category += 1;
        }
    }
    println!(
        "  bbc-news: same-title pairs in one story {together}/{pairs}; {bbc_multi} stories of 2+ hold {bbc_in_multi} bbc articles (largest {largest}); stories mixing categories {mixed_category}, mixing bbc-news with PAC {mixed_pac}"
    );
}

fn sweep(pac: &[Labelled]) {
    println!("sweep (tuning half, PAC only): min_similarity x window_days -> B-cubed F1");
    for window in [1, 2, 3, 7] {
        let mut line = format!("  window {window:>2}:");
        for sim in [0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25] {
            let rules = FeedRules {
                window_days: window,
                min_similarity: sim,
                ..FeedRules::default()
            };
            let (stories, _) = run(pac, &rules);
            let s = score(pac, &stories, Some(0));
            line.push_str(&format!(" {sim:.2}:{:.3}", s.b3_f));
        }
        println!("{line}");
    }
}

fn main() {
    let root = common::data_root();
    let Ok(pac_text) =
        std::fs::read_to_string(root.join("pac-partisan-news-pairs/pac_story_pairs.jsonl"))
    else {
        println!(
            "eval_feed: {} not found; skipped",
            root.join("pac-partisan-news-pairs").display()
        );
        return;
    };
    let pac = pac_articles(&pac_text);
    let rules = common::eval_rules().feed;
    if std::env::var_os("EVAL_SWEEP").is_some() {
        sweep(&pac);
    }
    let dated = pac.iter().filter(|i| i.record.published.is_some()).count();
    println!(
        "[feed] window_days {} min_similarity {} strong_similarity {} blocking_max_articles {}",
        rules.window_days,
        rules.min_similarity,
        rules.strong_similarity,
        rules.blocking_max_articles
    );
    let (stories, secs) = run(&pac, &rules);
    println!(
        "PAC feed: {} articles ({dated} dated), {} stories found, {:.2}s",
        pac.len(),
        stories.len(),
        secs
    );
    print_scores("tuning half (even stories)", score(&pac, &stories, Some(0)));
    print_scores(
        "held-out half (odd stories)",
        score(&pac, &stories, Some(1)),
    );
    print_scores("whole PAC mix", score(&pac, &stories, None));
    if std::env::var_os("EVAL_VERBOSE").is_some() {
        misses(&pac, &stories, rules.window_days);
    }

    let Ok(bbc_text) = std::fs::read_to_string(root.join("bbc-news/bbc_news_2225.jsonl")) else {
        println!("bbc-news not found: distractor run skipped");
        return;
    };
    let mut mixed = pac;
    mixed.extend(bbc_articles(&bbc_text));
    let (stories, secs) = run(&mixed, &rules);
    println!(
        "PAC + bbc-news feed: {} articles, {} stories found, {:.2}s",
        mixed.len(),
        stories.len(),
        secs
    );
    print_scores(
        "tuning half (even stories)",
        score(&mixed, &stories, Some(0)),
    );
    print_scores(
        "held-out half (odd stories)",
        score(&mixed, &stories, Some(1)),
    );
    print_scores("whole PAC mix", score(&mixed, &stories, None));
    bbc_report(&mixed, &stories);
}

/// EVAL_VERBOSE: each tuning story whose two articles were not put together, with the
/// cosine of their vectors and the best cosine of each to another article in its window.
fn misses(items: &[Labelled], stories: &[Story], window: i64) {
    use factdiff::feed::terms;
    let counts: Vec<_> = items
        .iter()
        .map(|i| terms::term_counts(i.record.title.as_deref(), &i.record.text))
        .collect();
    let df = terms::document_frequencies(counts.iter());
    let vectors: Vec<_> = counts
        .iter()
        .map(|c| terms::weigh(c, &df, items.len(), 10).0)
        .collect();
    let mut story_of = vec![0usize; items.len()];
    for (s, story) in stories.iter().enumerate() {
        for &a in &story.articles {
            story_of[a] = s;
        }
    }
    for story in stories {
        let tuning: Vec<usize> = story
            .articles
            .iter()
            .copied()
            .filter(|&a| items[a].half == 0)
            .collect();
        let mixed = story.articles.iter().any(|&b| {
            tuning
                .first()
                .is_some_and(|&a| items[b].story != items[a].story)
        });
        if !tuning.is_empty() && mixed {
            println!("  merge {}:", story.id);
            for &a in &story.articles {
                println!(
                    "    {} {:?} {}",
                    items[a].story,
                    items[a].record.published,
                    items[a].record.title.as_deref().unwrap_or("")
                );
            }
        }
    }
    let best_other = |a: usize| {
        (0..items.len())
            .filter(|&b| b != a && items[b].story != items[a].story)
            .filter(
                |&b| match (items[a].record.published, items[b].record.published) {
                    (Some(x), Some(y)) => (x - y).num_days().abs() <= window,
                    _ => true,
                },
            )
            .map(|b| vectors[a].cosine(&vectors[b]))
            .fold(0.0f32, f32::max)
    };
    for a in 0..items.len() {
        for b in a + 1..items.len() {
            if items[a].half == 0 && items[a].story == items[b].story && story_of[a] != story_of[b]
            {
                println!(
                    "  miss {} cos {:.3} best-other {:.3} {:.3} dates {:?} {:?} | {} | {}",
                    items[a].story,
                    vectors[a].cosine(&vectors[b]),
                    best_other(a),
                    best_other(b),
                    items[a].record.published,
                    items[b].record.published,
                    items[a].record.title.as_deref().unwrap_or(""),
                    items[b].record.title.as_deref().unwrap_or(""),
                );
            }
        }
    }
}
