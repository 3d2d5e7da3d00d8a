//! Alignment quality on the Microsoft Research Paraphrase Corpus (training split).
//!
//! Builds clusters the way a user meets them: for each block of `--pairs` consecutive MSRP
//! pairs, article A holds the #1 strings in order and article B the #2 strings shuffled.
//! Pairs labelled 0 are kept as real near-misses. A link is correct only when it joins the
//! two sentences of a pair labelled 1:
//!
//! - recall = label-1 pairs linked / label-1 pairs;
//! - precision = correct links / all links;
//! - "other-pair links" = links that join sentences of two different pairs;
//! - counterpart precision = links that join the two sentences of one pair, whatever its
//!   label / all links: how often a link lands on the sentence written from the same source
//!   sentence, which is what factdiff needs before its checks compare the two.
//!
//! The first half of the file is the tuning part (a threshold sweep picks the best F1 there),
//! the second half is held out. Also reports how many of the exhaustive mode's links the
//! fast mode finds.
//!
//! ```sh
//! cargo run --release --example eval_align            # data at ../shared/data
//! FACTDIFF_DATA=/path/to/data cargo run --release --example eval_align -- --pairs 40
//! ```
#![allow(clippy::print_stdout)]

mod common;

use std::collections::HashSet;

use factdiff::align::{self, AlignMode};
use factdiff::config::AlignRules;
use factdiff::extract::Document;
use factdiff::input::{Article, LineIndex};
use factdiff::segment::{Sentence, SentenceRole};

use common::data_root;

struct Pair {
    paraphrase: bool,
    first: String,
    second: String,
}

fn read_msrp(path: &std::path::Path) -> Option<Vec<Pair>> {
    let text = std::fs::read_to_string(path).ok()?;
    let text = text.trim_start_matches('\u{feff}');
    let pairs = text
        .lines()
        .skip(1)
        .filter_map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            (fields.len() == 5).then(|| Pair {
                paraphrase: fields[0] == "1",
                first: fields[3].trim().to_string(),
                second: fields[4].trim().to_string(),
            })
        })
        .collect();
    Some(pairs)
}

/// A document whose sentences are exactly `sentences` (one prose sentence each).
fn document(id: &str, sentences: &[&str]) -> Document {
    let text = sentences.join("\n\n");
    let mut spans = Vec::with_capacity(sentences.len());
    let mut at = 0;
    for (i, s) in sentences.iter().enumerate() {
        spans.push(Sentence {
            index: i,
            start: at,
            end: at + s.len(),
            line: 2 * i + 1,
            role: SentenceRole::Prose,
        });
        at += s.len() + 2;
    }
    // No publication date: a date inside a first sentence is not a dateline here.
    let mut article = Article::from_text(id, &text);
    article.published = None;
    let doc = factdiff::segment::Document {
        lines: LineIndex::new(&text),
        article,
        sentences: spans,
    };
    // Facts as the pipeline extracts them: the aligner reads the speakers' spans.
    let folding = factdiff::extract::NameFolding::standard();
    factdiff::extract::extract_facts(doc, folding)
}

/// Deterministic shuffle (xorshift), so runs are repeatable without a `rand` dependency.
fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    for i in (1..items.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        items.swap(i, (state % (i as u64 + 1)) as usize);
    }
}

/// A cluster: its two documents and, for article B's sentence k, the pair it came from.
struct Cluster {
    docs: Vec<Document>,
    /// pair index (within the cluster) of each sentence of article B.
    b_pair: Vec<usize>,
    paraphrase: Vec<bool>,
}

fn clusters(pairs: &[Pair], per_cluster: usize, seed: u64) -> Vec<Cluster> {
    pairs
        .chunks(per_cluster)
        .enumerate()
        .map(|(c, chunk)| {
            let first: Vec<&str> = chunk.iter().map(|p| p.first.as_str()).collect();
            let mut order: Vec<usize> = (0..chunk.len()).collect();
            shuffle(&mut order, seed + c as u64);
            let second: Vec<&str> = order.iter().map(|&k| chunk[k].second.as_str()).collect();
            Cluster {
                docs: vec![document("a", &first), document("b", &second)],
                b_pair: order,
                paraphrase: chunk.iter().map(|p| p.paraphrase).collect(),
            }
        })
        .collect()
}

#[derive(Default, Clone, Copy)]
struct Counts {
    positives: usize,
    found: usize,
    links: usize,
    correct: usize,
    near_miss: usize,
    other_pair: usize,
}

impl Counts {
    fn recall(&self) -> f64 {
        self.found as f64 / self.positives.max(1) as f64
    }
    fn precision(&self) -> f64 {
        self.correct as f64 / self.links.max(1) as f64
    }
    fn counterpart_precision(&self) -> f64 {
        (self.correct + self.near_miss) as f64 / self.links.max(1) as f64
    }
    /// Precision when a link between the two sentences of a label-0 pair (the same source
    /// event rewritten with a detail changed) counts as neither right nor wrong.
    fn precision_label0_neutral(&self) -> f64 {
        self.correct as f64 / (self.correct + self.other_pair).max(1) as f64
    }
    fn f1_label0_neutral(&self) -> f64 {
        let (p, r) = (self.precision_label0_neutral(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Scores one mode over the clusters; also returns every link (cluster, a, b).
fn evaluate(
    clusters: &[Cluster],
    rules: &AlignRules,
    mode: AlignMode,
) -> (Counts, HashSet<(usize, usize, usize)>) {
    let mut counts = Counts::default();
    let mut links = HashSet::new();
    for (c, cluster) in clusters.iter().enumerate() {
        counts.positives += cluster.paraphrase.iter().filter(|&&p| p).count();
        let alignment = align::align(&cluster.docs, rules, mode);
        let mut linked_pairs = HashSet::new();
        for pair in &alignment.pairs {
            let (a, b) = (pair.a.sentence, pair.b.sentence);
            links.insert((c, a, b));
            counts.links += 1;
            if cluster.b_pair[b] == a {
                if cluster.paraphrase[a] {
                    counts.correct += 1;
                    linked_pairs.insert(a);
                } else {
                    counts.near_miss += 1;
                }
            } else {
                counts.other_pair += 1;
            }
        }
        counts.found += linked_pairs.len();
    }
    (counts, links)
}

fn row(name: &str, c: &Counts) -> String {
    format!(
        "{name:<28} recall {:.3}  precision {:.3}  F1 {:.3}  links {:>5}  label-0 links {:>4}  other-pair links {:>3}  counterpart precision {:.3}",
        c.recall(),
        c.precision(),
        c.f1(),
        c.links,
        c.near_miss,
        c.other_pair,
        c.counterpart_precision()
    )
}

fn main() {
    let mut per_cluster = 30;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--pairs" {
            per_cluster = args.next().and_then(|v| v.parse().ok()).unwrap_or(30);
        }
    }
    let path = data_root().join("msrp-train/msr_paraphrase_train.txt");
    let Some(pairs) = read_msrp(&path) else {
        println!("data not found at {}, skipping", path.display());
        return;
    };
    let rules = common::eval_rules().align;
    let half = pairs.len() / 2;
    let (tune, held_out) = pairs.split_at(half);
    let tune_clusters = clusters(tune, per_cluster, 1);
    let held_clusters = clusters(held_out, per_cluster, 2);
    println!(
        "MSRP train: {} pairs ({} labelled 1); tune = first {} pairs, held out = last {}; {} pairs per cluster ({} + {} clusters of 2 articles)",
        pairs.len(),
        pairs.iter().filter(|p| p.paraphrase).count(),
        tune.len(),
        held_out.len(),
        per_cluster,
        tune_clusters.len(),
        held_clusters.len()
    );

    println!("\nthreshold sweep on the tuning part (fast mode):");
    let mut best = (rules.threshold, 0.0);
    for step in 0..=30 {
        let threshold = 0.15 + 0.02 * f64::from(step);
        let swept = AlignRules {
            threshold,
            ..rules.clone()
        };
        let (c, _) = evaluate(&tune_clusters, &swept, AlignMode::Fast);
        println!("{}", row(&format!("  threshold {threshold:.2}"), &c));
        if c.f1() > best.1 {
            best = (threshold, c.f1());
        }
    }
    println!("best F1 on the tuning part at threshold {:.2}", best.0);

    for (part, set) in [("tune", &tune_clusters), ("held out", &held_clusters)] {
        println!("\n{part}:");
        let (fast, fast_links) = evaluate(set, &rules, AlignMode::Fast);
        let (exhaustive, exhaustive_links) = evaluate(set, &rules, AlignMode::Exhaustive);
        println!(
            "{}",
            row(&format!("  fast, rules ({:.2})", rules.threshold), &fast)
        );
        println!(
            "{}",
            row(
                &format!("  exhaustive, rules ({:.2})", rules.threshold),
                &exhaustive
            )
        );
        let tuned = AlignRules {
            threshold: best.0,
            ..rules.clone()
        };
        let (at_best, _) = evaluate(set, &tuned, AlignMode::Fast);
        println!(
            "{}",
            row(&format!("  fast, swept ({:.2})", best.0), &at_best)
        );
        println!(
            "  label-0 links neutral: precision {:.3}  F1 {:.3}",
            fast.precision_label0_neutral(),
            fast.f1_label0_neutral()
        );
        let shared = fast_links.intersection(&exhaustive_links).count();
        println!(
            "  fast finds {shared} of the exhaustive mode's {} links ({:.2} %); {} links only in fast",
            exhaustive_links.len(),
            100.0 * shared as f64 / exhaustive_links.len().max(1) as f64,
            fast_links.len() - shared
        );
    }

    // What the checks say about the pairs, each pair as its own two-article cluster: how often
    // factdiff finds a disagreement between the sentences of a label-0 pair (which the F1
    // above counts as a wrong link when they align) and of a label-1 pair.
    println!(
        "
pairs with at least one finding, each pair checked as a two-article cluster:"
    );
    let full = common::eval_rules();
    for (part, set) in [("tune", tune), ("held out", held_out)] {
        let (mut with, mut of) = ([0usize; 2], [0usize; 2]);
        for pair in set {
            let articles = vec![
                Article::from_text("a", &format!("{}\n", pair.first)),
                Article::from_text("b", &format!("{}\n", pair.second)),
            ];
            let analysis = factdiff::analyze(articles, &full, AlignMode::Fast);
            if analysis.alignment.pairs.is_empty() {
                continue;
            }
            let label = usize::from(pair.paraphrase);
            of[label] += 1;
            if !analysis.findings.is_empty() {
                with[label] += 1;
            }
        }
        println!(
            "  {part}: label 0 {}/{} aligned pairs ({:.3}), label 1 {}/{} ({:.3})",
            with[0],
            of[0],
            with[0] as f64 / of[0].max(1) as f64,
            with[1],
            of[1],
            with[1] as f64 / of[1].max(1) as f64
        );
    }
}
