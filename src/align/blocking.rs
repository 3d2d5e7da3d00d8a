//! Candidate pairs: every pair (exhaustive, the reference), or those found through an
//! inverted index (fast).
//!
//! The fast mode indexes only each sentence's *prefix*: its terms in order of rarity
//! (rarest first), up to the point where the remaining, commoner terms could not reach the
//! threshold on their own (their weights' L2 norm is below it). Two sentences whose score
//! reaches the threshold must then share a term of the prefix of one of them (all-pairs
//! similarity search, Bayardo et al. 2007), so the index loses nothing. Terms held by more
//! than `blocking_max_df` sentences are left out of the index altogether: that bounds each
//! posting list, so the work grows linearly with the cluster, at the price of the rare
//! pair that shares only common words.

use rayon::prelude::*;

use super::Thresholds;
use super::vectors::{ClusterVectors, alignment_score};

/// `alignment_score(a, b)` with `a` spread over a dense array indexed by term id. Adds the
/// same products in the same (term id) order, so the result is bit-identical.
fn dense_score(a: &[f32], b: &[(u32, f32)]) -> f32 {
    b.iter().map(|&(id, w)| a[id as usize] * w).sum()
}

/// Pairs (index, index, score), first index < second, in different documents, at or above
/// their threshold.
pub(crate) type Scored = Vec<(u32, u32, f32)>;

pub(crate) fn exhaustive_scores(cluster: &ClusterVectors, thresholds: &Thresholds) -> Scored {
    let n = cluster.len();
    (0..n)
        .into_par_iter()
        .flat_map_iter(|i| {
            (i + 1..n).filter_map(move |j| {
                let (da, db) = (cluster.document(i), cluster.document(j));
                if da == db {
                    return None;
                }
                let cosine = alignment_score(cluster.weights(i), cluster.weights(j));
                if cosine <= 0.0 {
                    return None;
                }
                let score = (cosine + thresholds.bonus(cluster, i, j)).min(1.0);
                (score >= thresholds.between(da, db)).then_some((i as u32, j as u32, score))
            })
        })
        .collect()
}

/// Slightly lowers the bound used to cut prefixes, so float rounding never drops a term
/// the exact arithmetic would keep.
const PREFIX_MARGIN: f32 = 0.999;

pub(crate) fn blocked_scores(
    cluster: &ClusterVectors,
    thresholds: &Thresholds,
    max_df: usize,
) -> Scored {
    let n = cluster.len();
    let df = &cluster.df;
    let bound = (thresholds.lowest() * PREFIX_MARGIN).powi(2);
    // postings[term] = (sentence, weight) for the sentences whose indexed prefix holds the
    // term, in index order; unindexed[sentence] = the L2 norm of its other weights, which
    // bounds what they can add to any score.
    let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); df.len()];
    let mut unindexed: Vec<f32> = Vec::with_capacity(n);
    let mut by_rarity: Vec<(u32, f32)> = Vec::new();
    for i in 0..n {
        by_rarity.clear();
        by_rarity.extend_from_slice(cluster.weights(i));
        by_rarity.sort_unstable_by_key(|&(id, _)| (df[id as usize], id));
        let mut suffix = 0.0f32;
        let mut prefix_len = by_rarity.len();
        for (k, (_, w)) in by_rarity.iter().enumerate().rev() {
            if suffix + w * w >= bound {
                break;
            }
            suffix += w * w;
            prefix_len = k;
        }
        let mut rest = suffix;
        for &(id, w) in &by_rarity[..prefix_len] {
            if df[id as usize] as usize <= max_df {
                postings[id as usize].push((i as u32, w));
            } else {
                rest += w * w;
            }
        }
        unindexed.push(rest.sqrt() / PREFIX_MARGIN);
    }
    // Each parallel piece allocates its scratch arrays once: keep pieces large.
    (0..n)
        .into_par_iter()
        .with_min_len(256)
        .map_init(
            || (vec![0.0f32; n], Vec::<u32>::new(), vec![0.0f32; df.len()]),
            |(partial, touched, dense), i| {
                // partial[j] = the dot product of sentence i with j's indexed terms.
                for &(id, w) in cluster.weights(i) {
                    let list = &postings[id as usize];
                    let from = list.partition_point(|&(j, _)| j as usize <= i);
                    for &(j, wj) in &list[from..] {
                        if cluster.document(j as usize) == cluster.document(i) {
                            continue;
                        }
                        let slot = &mut partial[j as usize];
                        if *slot == 0.0 {
                            touched.push(j);
                        }
                        *slot += w * wj;
                    }
                }
                touched.sort_unstable();
                for &(id, w) in cluster.weights(i) {
                    dense[id as usize] = w;
                }
                let mut found = Vec::new();
                for &j in touched.iter() {
                    let j = j as usize;
                    let bonus = thresholds.bonus(cluster, i, j);
                    let needed = thresholds.between(cluster.document(i), cluster.document(j));
                    let upper = partial[j] + unindexed[j] + bonus;
                    partial[j] = 0.0;
                    if upper < needed {
                        continue;
                    }
                    let cosine = dense_score(dense, cluster.weights(j));
                    let score = (cosine + bonus).min(1.0);
                    if cosine > 0.0 && score >= needed {
                        found.push((i as u32, j as u32, score));
                    }
                }
                for &(id, _) in cluster.weights(i) {
                    dense[id as usize] = 0.0;
                }
                touched.clear();
                found
            },
        )
        .flatten_iter()
        .collect()
}
