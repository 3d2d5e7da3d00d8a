//! Sentence vectors: content terms weighted by rarity in the cluster (TF-IDF), names and
//! quoted words boosted, L2-normalised so that the dot product is the cosine.

use std::collections::HashMap;

use rayon::prelude::*;

use super::SentenceRef;
use super::terms::content_terms;
use crate::config::AlignRules;
use crate::segment::{Document, SentenceRole};

/// A sentence as the aligner sees it.
pub(crate) struct SentenceVector {
    pub at: SentenceRef,
    /// (term id, weight), sorted by term id, L2-normalised.
    pub weights: Vec<(u32, f32)>,
}

/// The vectors of a cluster's alignable sentences, in (document, sentence) order, and how
/// many of them hold each term.
pub(crate) struct ClusterVectors {
    pub sentences: Vec<SentenceVector>,
    /// Document frequency (in sentences) of each term id.
    pub df: Vec<u32>,
}

pub(crate) fn vectorize(docs: &[Document], rules: &AlignRules) -> ClusterVectors {
    // Stemming is the costly part: per document, in parallel.
    let per_doc: Vec<Vec<(usize, Vec<super::Term>)>> = docs
        .par_iter()
        .map(|doc| {
            doc.sentences
                .iter()
                .enumerate()
                .filter(|(_, s)| s.role == SentenceRole::Prose)
                .map(|(s, _)| (s, content_terms(doc.sentence_text(s))))
                .filter(|(_, terms)| terms.len() >= rules.min_terms)
                .collect()
        })
        .collect();
    let mut vocabulary: HashMap<String, u32> = HashMap::new();
    let mut raw: Vec<(SentenceRef, Vec<(u32, f32)>)> = Vec::new();
    let mut counts: HashMap<u32, f32> = HashMap::new();
    for (document, sentences) in per_doc.into_iter().enumerate() {
        for (sentence, terms) in sentences {
            counts.clear();
            for term in terms {
                let next = vocabulary.len() as u32;
                let id = *vocabulary.entry(term.stem).or_insert(next);
                let mut boost = if term.is_name {
                    rules.name_weight as f32
                } else {
                    1.0
                };
                if term.in_quote {
                    boost *= rules.quote_weight as f32;
                }
                // Repeats add a little: the first occurrence carries the weight.
                let slot = counts.entry(id).or_insert(0.0);
                *slot = slot.max(boost) + if *slot > 0.0 { 0.5 } else { 0.0 };
            }
            let mut weights: Vec<(u32, f32)> = counts.iter().map(|(&k, &v)| (k, v)).collect();
            weights.sort_unstable_by_key(|(id, _)| *id);
            raw.push((SentenceRef { document, sentence }, weights));
        }
    }
    let n = raw.len() as f32;
    let mut df = vec![0u32; vocabulary.len()];
    for (_, w) in &raw {
        for (id, _) in w {
            df[*id as usize] += 1;
        }
    }
    let sentences = raw
        .into_par_iter()
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
        .collect();
    ClusterVectors { sentences, df }
}

/// The alignment score of two sentences: the cosine of their vectors.
pub(crate) fn alignment_score(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
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
