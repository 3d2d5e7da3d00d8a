//! Alignment: which sentences in different articles report the same fact.
//!
//! ```text
//! prose sentences -> content terms (terms.rs) -> weighted vectors (vectors.rs)
//!   -> candidate pairs (blocking.rs: prefix-filtered inverted index | every pair)
//!   -> links (score >= threshold, each among the other's best `max_links` per article)
//!   -> fact groups (groups.rs: connected components)
//! ```
//!
//! Each prose sentence becomes a vector of content terms (stemmed, stop words dropped,
//! figures and dates masked so that a disagreeing number does not break the link), weighted
//! by rarity in the cluster (TF-IDF) and boosted for names and quoted words. The
//! `alignment_score` of two sentences is the cosine of their vectors.
//!
//! Candidate pairs come from an inverted index over the rarest terms of each sentence (its
//! prefix: the terms that must be shared for the score to reach the threshold), skipping
//! terms held by more than `blocking_max_df` sentences, so the cost grows close to linearly
//! with the cluster. `AlignMode::Exhaustive` scores every pair and is the reference the
//! fast mode is tested against. Articles published far apart (the older article reports an
//! older event) need the higher `distant_threshold` to link.

mod blocking;
mod groups;
pub mod story;
pub(crate) mod terms;
mod vectors;

use std::collections::HashMap;

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Serialize;

use crate::config::AlignRules;
use crate::extract::Document;

pub use terms::{Term, content_terms};
/// The dot product of two sparse vectors sorted by term (their cosine when unit length).
pub(crate) use vectors::alignment_score as sparse_dot;

/// A sentence of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct SentenceRef {
    pub document: usize,
    pub sentence: usize,
}

/// Two sentences that report the same fact.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct AlignedPair {
    pub a: SentenceRef,
    pub b: SentenceRef,
    pub score: f64,
}

/// How candidate pairs are found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum AlignMode {
    /// Candidates from an inverted index over rare terms.
    #[default]
    Fast,
    /// Every pair of sentences in different articles (the reference).
    Exhaustive,
}

/// Sentences linked as reporting one fact: connected by links, possibly several sentences
/// of one article (an outlet that splits what another says in one sentence).
pub type FactGroup = Vec<SentenceRef>;

/// The links between sentences of a cluster, and the fact groups they form.
#[derive(Debug, Clone, Default)]
pub struct Alignment {
    /// Sorted by (a, b); `a.document < b.document`.
    pub pairs: Vec<AlignedPair>,
}

impl Alignment {
    /// Groups of sentences connected by links (connected components), each sorted, in order
    /// of their first sentence. Deterministic: depends only on the set of pairs.
    pub fn fact_groups(&self) -> Vec<FactGroup> {
        groups::connected_components(self.pairs.iter().map(|p| (p.a, p.b)))
    }
}

/// The score two sentences of these articles need to link: `distant_threshold` when both
/// publication dates are known and more than `distant_days` apart, else `threshold`.
pub(crate) struct Thresholds {
    published: Vec<Option<NaiveDate>>,
    near: f32,
    distant: f32,
    distant_days: i64,
    figure_bonus: f32,
}

impl Thresholds {
    fn new(docs: &[Document], rules: &AlignRules) -> Self {
        Thresholds {
            published: docs.iter().map(|d| d.article.published).collect(),
            near: rules.threshold as f32,
            distant: rules.distant_threshold.max(rules.threshold) as f32,
            distant_days: rules.distant_days,
            figure_bonus: rules.figure_bonus as f32,
        }
    }

    /// The lowest cosine any pair needs (what blocking must not miss): a pair that shares
    /// a figure needs `figure_bonus` less.
    fn lowest(&self) -> f32 {
        (self.near - self.figure_bonus).max(0.0)
    }

    /// What the two sentences' cosine earns on top: `figure_bonus` when they state one same
    /// specific figure or name one same day.
    fn bonus(&self, cluster: &vectors::ClusterVectors, a: usize, b: usize) -> f32 {
        if self.figure_bonus > 0.0 && cluster.shares_figure(a, b) {
            self.figure_bonus
        } else {
            0.0
        }
    }

    fn between(&self, doc_a: usize, doc_b: usize) -> f32 {
        match (self.published[doc_a], self.published[doc_b]) {
            (Some(a), Some(b)) if (a - b).num_days().abs() > self.distant_days => self.distant,
            _ => self.near,
        }
    }
}

/// Aligns the prose sentences of `docs`.
pub fn align(docs: &[Document], rules: &AlignRules, mode: AlignMode) -> Alignment {
    let cluster = vectors::vectorize(docs, rules);
    if cluster.is_empty() {
        return Alignment::default();
    }
    let thresholds = Thresholds::new(docs, rules);
    let scored = match mode {
        AlignMode::Exhaustive => blocking::exhaustive_scores(&cluster, &thresholds),
        AlignMode::Fast => blocking::blocked_scores(&cluster, &thresholds, rules.blocking_max_df),
    };
    select_links(&cluster, scored, rules.max_links, rules.rival_margin as f32)
}

/// Keeps the scored pairs where each sentence is among the other's best `max_links` in
/// that article (ties kept), except a pair whose two sentences each have a link in the
/// other's article better by more than `rival_margin`: each has its own counterpart there
/// (two consecutive statements both outlets carry), and they are not one fact.
fn select_links(
    cluster: &vectors::ClusterVectors,
    scored: blocking::Scored,
    max_links: usize,
    rival_margin: f32,
) -> Alignment {
    // For each (sentence, other document): the score of its `max_links`-th best candidate
    // link (or its worst, when it has fewer).
    let document = |i: u32| cluster.document(i as usize) as u32;
    let mut ends: Vec<(u32, u32, f32)> = Vec::with_capacity(2 * scored.len());
    for &(i, j, s) in &scored {
        ends.push((i, document(j), s));
        ends.push((j, document(i), s));
    }
    ends.par_sort_unstable_by(|x, y| (x.0, x.1).cmp(&(y.0, y.1)).then(y.2.total_cmp(&x.2)));
    // (sentence, other document) -> (best score, `max_links`-th best score)
    let mut kth: HashMap<(u32, u32), (f32, f32)> = HashMap::new();
    for run in ends.chunk_by(|x, y| (x.0, x.1) == (y.0, y.1)) {
        kth.insert(
            (run[0].0, run[0].1),
            (run[0].2, run[(max_links - 1).min(run.len() - 1)].2),
        );
    }
    drop(ends);
    let within_best = |i: u32, doc: u32, s: f32| s >= kth[&(i, doc)].1;
    let has_better = |i: u32, doc: u32, s: f32| kth[&(i, doc)].0 - s > rival_margin;
    let mut pairs: Vec<AlignedPair> = scored
        .into_iter()
        .filter(|&(i, j, s)| {
            let (doc_i, doc_j) = (document(i), document(j));
            within_best(i, doc_j, s)
                && within_best(j, doc_i, s)
                && !(has_better(i, doc_j, s) && has_better(j, doc_i, s))
        })
        .map(|(i, j, s)| {
            let (a, b) = (cluster.at(i as usize), cluster.at(j as usize));
            let (a, b) = if a < b { (a, b) } else { (b, a) };
            AlignedPair {
                a,
                b,
                score: (f64::from(s) * 1000.0).round() / 1000.0,
            }
        })
        .collect();
    pairs.sort_by_key(|p| (p.a, p.b));
    Alignment { pairs }
}
