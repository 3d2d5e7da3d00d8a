//! Alignment: which sentences in different articles report the same fact.
//!
//! Each prose sentence becomes a vector of content terms (stemmed, stop words dropped,
//! figures and dates masked so that a disagreeing number does not break the link), weighted
//! by rarity in the cluster (TF-IDF) and boosted for names. Candidate pairs come from an
//! inverted index over the rarer terms (blocking), so the cost grows close to linearly with
//! the cluster; `AlignMode::Exhaustive` scores every pair and is the reference the fast mode
//! is tested against. A pair links when its cosine score reaches the threshold and each
//! sentence is among the other's best `max_links` in that article.

mod terms;

use std::collections::HashMap;

use rayon::prelude::*;
use serde::Serialize;

use crate::config::AlignRules;
use crate::segment::{Document, SentenceRole};

pub use terms::{Term, content_terms};

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
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum AlignMode {
    /// Candidates from an inverted index over rare terms.
    #[default]
    Fast,
    /// Every pair of sentences in different articles (the reference).
    Exhaustive,
}

/// The links between sentences of a cluster, and the fact groups they form.
#[derive(Debug, Clone, Default)]
pub struct Alignment {
    /// Sorted by (a, b); `a.document < b.document`.
    pub pairs: Vec<AlignedPair>,
}

impl Alignment {
    /// Groups of sentences connected by links (connected components), each sorted, in order
    /// of their first sentence.
    pub fn fact_groups(&self) -> Vec<Vec<SentenceRef>> {
        let mut parent: HashMap<SentenceRef, SentenceRef> = HashMap::new();
        fn find(parent: &mut HashMap<SentenceRef, SentenceRef>, x: SentenceRef) -> SentenceRef {
            let p = *parent.entry(x).or_insert(x);
            if p == x {
                return x;
            }
            let root = find(parent, p);
            parent.insert(x, root);
            root
        }
        for pair in &self.pairs {
            let (ra, rb) = (find(&mut parent, pair.a), find(&mut parent, pair.b));
            if ra != rb {
                let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
                parent.insert(hi, lo);
            }
        }
        let keys: Vec<SentenceRef> = parent.keys().copied().collect();
        let mut groups: std::collections::BTreeMap<SentenceRef, Vec<SentenceRef>> =
            Default::default();
        for k in keys {
            let root = find(&mut parent, k);
            groups.entry(root).or_default().push(k);
        }
        groups
            .into_values()
            .map(|mut g| {
                g.sort();
                g
            })
            .collect()
    }
}

/// A sentence as the aligner sees it.
struct SentenceVector {
    at: SentenceRef,
    /// (term id, weight), sorted by term id, L2-normalised.
    weights: Vec<(u32, f32)>,
}

/// Aligns the prose sentences of `docs`.
pub fn align(docs: &[Document], rules: &AlignRules, mode: AlignMode) -> Alignment {
    let vectors = vectorize(docs, rules);
    if vectors.is_empty() {
        return Alignment::default();
    }
    let scored = match mode {
        AlignMode::Exhaustive => exhaustive_scores(&vectors),
        AlignMode::Fast => blocked_scores(&vectors, rules),
    };
    select_links(&vectors, scored, rules)
}

fn vectorize(docs: &[Document], rules: &AlignRules) -> Vec<SentenceVector> {
    let mut vocabulary: HashMap<String, u32> = HashMap::new();
    let mut raw: Vec<(SentenceRef, Vec<(u32, f32)>)> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        for (s, sentence) in doc.sentences.iter().enumerate() {
            if sentence.role != SentenceRole::Prose {
                continue;
            }
            let terms = content_terms(doc.sentence_text(s));
            if terms.len() < rules.min_terms {
                continue;
            }
            let mut counts: HashMap<u32, f32> = HashMap::new();
            for term in terms {
                let next = vocabulary.len() as u32;
                let id = *vocabulary.entry(term.stem).or_insert(next);
                let boost = if term.is_name {
                    rules.name_weight as f32
                } else {
                    1.0
                };
                let slot = counts.entry(id).or_insert(0.0);
                *slot = slot.max(boost) + if *slot > 0.0 { 0.5 } else { 0.0 };
            }
            let mut weights: Vec<(u32, f32)> = counts.into_iter().collect();
            weights.sort_by_key(|(id, _)| *id);
            raw.push((
                SentenceRef {
                    document: d,
                    sentence: s,
                },
                weights,
            ));
        }
    }
    let n = raw.len() as f32;
    let mut df = vec![0u32; vocabulary.len()];
    for (_, w) in &raw {
        for (id, _) in w {
            df[*id as usize] += 1;
        }
    }
    raw.into_iter()
        .map(|(at, mut weights)| {
            for (id, w) in &mut weights {
                *w *= (1.0 + n / df[*id as usize] as f32).ln();
            }
            let norm = weights.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
            if norm > 0.0 {
                for (_, w) in &mut weights {
                    *w /= norm;
                }
            }
            SentenceVector { at, weights }
        })
        .collect()
}

fn cosine(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot
}

/// Scores of pairs (index into vectors, index into vectors), i < j, different documents.
type Scored = Vec<(usize, usize, f32)>;

fn exhaustive_scores(vectors: &[SentenceVector]) -> Scored {
    (0..vectors.len())
        .into_par_iter()
        .flat_map_iter(|i| {
            (i + 1..vectors.len()).filter_map(move |j| {
                if vectors[i].at.document == vectors[j].at.document {
                    return None;
                }
                let score = cosine(&vectors[i].weights, &vectors[j].weights);
                (score > 0.0).then_some((i, j, score))
            })
        })
        .collect()
}

/// The smallest document-frequency cap used for blocking, so small clusters block on
/// every term a handful of sentences share.
const MIN_BLOCKING_DF: usize = 12;

fn blocked_scores(vectors: &[SentenceVector], rules: &AlignRules) -> Scored {
    let mut postings: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, v) in vectors.iter().enumerate() {
        for (id, _) in &v.weights {
            postings.entry(*id).or_default().push(i);
        }
    }
    let cap = ((vectors.len() as f64 * rules.blocking_max_share) as usize).max(MIN_BLOCKING_DF);
    (0..vectors.len())
        .into_par_iter()
        .flat_map_iter(|i| {
            let mut candidates: Vec<usize> = Vec::new();
            for (id, _) in &vectors[i].weights {
                let list = &postings[id];
                if list.len() > cap {
                    continue;
                }
                // Postings are sorted by index: take those after i.
                let from = list.partition_point(|&j| j <= i);
                candidates.extend(
                    list[from..]
                        .iter()
                        .copied()
                        .filter(|&j| vectors[j].at.document != vectors[i].at.document),
                );
            }
            candidates.sort_unstable();
            candidates.dedup();
            candidates.into_iter().filter_map(move |j| {
                let score = cosine(&vectors[i].weights, &vectors[j].weights);
                (score > 0.0).then_some((i, j, score))
            })
        })
        .collect()
}

/// Keeps the pairs at or above the threshold where each sentence is among the other's best
/// `max_links` in that article.
fn select_links(vectors: &[SentenceVector], scored: Scored, rules: &AlignRules) -> Alignment {
    let threshold = rules.threshold as f32;
    let strong: Vec<(usize, usize, f32)> = scored
        .into_iter()
        .filter(|&(_, _, s)| s >= threshold)
        .collect();
    // For each (sentence, other document): the scores of its links, best first.
    let mut best: HashMap<(usize, usize), Vec<f32>> = HashMap::new();
    for &(i, j, s) in &strong {
        best.entry((i, vectors[j].at.document)).or_default().push(s);
        best.entry((j, vectors[i].at.document)).or_default().push(s);
    }
    for list in best.values_mut() {
        list.sort_by(|a, b| b.total_cmp(a));
    }
    let within_best = |i: usize, doc: usize, s: f32| {
        let list = &best[&(i, doc)];
        let kth = list[(rules.max_links - 1).min(list.len() - 1)];
        s >= kth
    };
    let mut pairs: Vec<AlignedPair> = strong
        .into_iter()
        .filter(|&(i, j, s)| {
            within_best(i, vectors[j].at.document, s) && within_best(j, vectors[i].at.document, s)
        })
        .map(|(i, j, s)| {
            let (a, b) = (vectors[i].at, vectors[j].at);
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
