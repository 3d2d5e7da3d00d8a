//! Whether the articles of a run look like one story: each article shares a fair part of
//! its sentences with another, and the articles are not in separate groups. Findings between
//! articles on different events are not disagreements, so a run that does not look like one
//! story is warned about.

use std::collections::BTreeSet;

use super::Alignment;
use crate::extract::Document;

/// When two articles count as linked (one story): either share reaches its limit.
/// Measured on PAC story pairs and mixed bbc-news sets (examples/eval_story.rs).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// Share of the smaller article's sentences aligned with the other.
    pub aligned: f64,
    /// Share of the names of the article with fewer names that the other writes too.
    pub names: f64,
    /// Share of all pairs of articles that must be linked: one story's articles mostly name
    /// the same people and places, while a chain of loosely related articles joins into one
    /// group with few links.
    pub linked_pairs: f64,
}

impl Limits {
    pub const DEFAULT: Limits = Limits {
        aligned: 0.02,
        names: 0.15,
        linked_pairs: 0.5,
    };
}

/// How the articles of a run hang together.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryShape {
    /// Groups of articles linked to one another (connected components over linked pairs),
    /// each sorted, largest first (then by first article).
    pub groups: Vec<Vec<usize>>,
    /// Share of the pairs of articles that are linked (1 for a single article).
    pub linked_pairs: f64,
    /// The limit `linked_pairs` was held to.
    min_linked_pairs: f64,
}

impl StoryShape {
    /// True when the articles do not look like one story: they fall into more than one
    /// group, or too few pairs of them are linked.
    pub fn is_split(&self) -> bool {
        self.groups.len() > 1 || self.linked_pairs < self.min_linked_pairs
    }
}

/// For every pair of articles with an aligned sentence: the share of the smaller article's
/// sentences (by `sentences`, the sentence count of each article) that align with the other,
/// capped at 1.
pub fn link_shares(alignment: &Alignment, sentences: &[usize]) -> Vec<((usize, usize), f64)> {
    let mut aligned: std::collections::BTreeMap<(usize, usize), (Vec<usize>, Vec<usize>)> =
        Default::default();
    for p in &alignment.pairs {
        let key = (p.a.document, p.b.document);
        let entry = aligned.entry(key).or_default();
        entry.0.push(p.a.sentence);
        entry.1.push(p.b.sentence);
    }
    aligned
        .into_iter()
        .map(|((a, b), (mut in_a, mut in_b))| {
            in_a.sort_unstable();
            in_a.dedup();
            in_b.sort_unstable();
            in_b.dedup();
            let size = |d: usize| sentences.get(d).copied().unwrap_or(0).max(1);
            let share = (in_a.len() as f64 / size(a) as f64)
                .max(in_b.len() as f64 / size(b) as f64)
                .min(1.0);
            ((a, b), share)
        })
        .collect()
}

/// The shape of a run of `sentences.len()` articles (`names`: each article's [`name_sets`]):
/// two articles are linked when their aligned sentences or their shared names reach
/// `limits`.
pub fn story_shape(
    alignment: &Alignment,
    sentences: &[usize],
    names: &[BTreeSet<String>],
    limits: Limits,
) -> StoryShape {
    let n = sentences.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let mut linked: BTreeSet<(usize, usize)> = BTreeSet::new();
    for ((a, b), share) in link_shares(alignment, sentences) {
        if share >= limits.aligned && a < n && b < n {
            linked.insert((a.min(b), a.max(b)));
        }
    }
    // Every pair of articles, on names as numbers (sorted ids: a merge, not string
    // compares), the articles shared out among threads; the same pairs in the same order.
    use rayon::prelude::*;
    let mut ids: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
    let numbered: Vec<Vec<u32>> = names
        .iter()
        .take(n)
        .map(|set| {
            let mut v: Vec<u32> = set
                .iter()
                .map(|name| {
                    let next = ids.len() as u32;
                    *ids.entry(name.as_str()).or_insert(next)
                })
                .collect();
            v.sort_unstable();
            v
        })
        .collect();
    let by_names: Vec<(usize, usize)> = (0..numbered.len())
        .into_par_iter()
        .flat_map_iter(|a| {
            let numbered = &numbered;
            (a + 1..numbered.len())
                .filter(move |&b| shared_share(&numbered[a], &numbered[b]) >= limits.names)
                .map(move |b| (a, b))
        })
        .collect();
    linked.extend(by_names);
    for &(a, b) in &linked {
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let all_pairs = n * n.saturating_sub(1) / 2;
    let linked_pairs = if all_pairs == 0 {
        1.0
    } else {
        linked.len() as f64 / all_pairs as f64
    };
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for d in 0..n {
        let r = root(&mut parent, d);
        groups.entry(r).or_default().push(d);
    }
    let mut groups: Vec<Vec<usize>> = groups.into_values().collect();
    groups.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
    StoryShape {
        groups,
        linked_pairs,
        min_linked_pairs: limits.linked_pairs,
    }
}

/// The share of the smaller of two sorted id lists found in the other (0 when either is
/// empty): `name_share` on numbered names.
fn shared_share(a: &[u32], b: &[u32]) -> f64 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared as f64 / smaller as f64
}

/// The distinct names (stems of capitalised words inside sentences) of each document.
pub fn name_sets(documents: &[Document]) -> Vec<BTreeSet<String>> {
    use rayon::prelude::*;
    documents
        .par_iter()
        .map(|d| {
            (0..d.sentences.len())
                .flat_map(|i| super::content_terms(d.sentence_text(i)))
                .filter(|t| t.is_name)
                .map(|t| t.stem)
                .collect()
        })
        .collect()
}

/// The share of the smaller set's names found in the other (0 when either has none).
pub fn name_share(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / smaller as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::{AlignedPair, SentenceRef};

    fn pair(a: (usize, usize), b: (usize, usize)) -> AlignedPair {
        AlignedPair {
            a: SentenceRef {
                document: a.0,
                sentence: a.1,
            },
            b: SentenceRef {
                document: b.0,
                sentence: b.1,
            },
            score: 0.5,
        }
    }

    #[test]
    fn articles_sharing_sentences_are_one_group() {
        let alignment = Alignment {
            pairs: vec![
                pair((0, 0), (1, 0)),
                pair((0, 1), (1, 2)),
                pair((1, 3), (2, 3)),
            ],
        };
        let limits = Limits {
            aligned: 0.1,
            names: 0.5,
            linked_pairs: 0.5,
        };
        let shape = story_shape(&alignment, &[10, 10, 10], &[], limits);
        assert_eq!(shape.groups, vec![vec![0, 1, 2]]);
        assert!(!shape.is_split());
    }

    #[test]
    fn a_stray_link_does_not_join_articles() {
        // One sentence of twenty in common is a coincidence, not a story.
        let alignment = Alignment {
            pairs: vec![
                pair((0, 0), (1, 0)),
                pair((0, 1), (1, 2)),
                pair((1, 3), (2, 3)),
            ],
        };
        let limits = Limits {
            aligned: 0.1,
            names: 0.5,
            linked_pairs: 0.5,
        };
        let shape = story_shape(&alignment, &[20, 20, 20], &[], limits);
        assert_eq!(shape.groups, vec![vec![0, 1], vec![2]]);
        assert!(shape.is_split());
        // Unless the articles name the same people and places.
        let names: Vec<BTreeSet<String>> = [
            &["kerry", "lavrov", "geneva"][..],
            &["kerry", "lavrov", "geneva"][..],
            &["lavrov", "geneva", "aleppo", "damascus"][..],
        ]
        .iter()
        .map(|n| n.iter().map(|s| s.to_string()).collect())
        .collect();
        let shape = story_shape(&alignment, &[20, 20, 20], &names, limits);
        assert_eq!(shape.groups, vec![vec![0, 1, 2]]);
    }
}
