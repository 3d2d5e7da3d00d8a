//! Sentence vectors: content terms weighted by rarity in the cluster (TF-IDF), names and
//! quoted words boosted, a statement's speaker weighted by `speaker_weight`, L2-normalised so
//! that the dot product is the cosine.

use std::collections::HashMap;

use rayon::prelude::*;

use super::SentenceRef;
use super::terms::content_terms_with_speakers;
use crate::config::AlignRules;
use crate::extract::Document;
use crate::extract::Fact;
use crate::extract::quote::CueKind;
use crate::segment::SentenceRole;

/// The vectors of a cluster's alignable sentences, in (document, sentence) order, and how
/// many of them hold each term.
///
/// Every sentence's weights sit end to end in one array, and its figures in another, rather
/// than in two lists a sentence: a document of short lines has a few terms a sentence, and
/// a list each cost more than its terms (and the every-pair loop reads the weights in order
/// from one block of memory instead of chasing a pointer per pair).
pub(crate) struct ClusterVectors {
    /// Where each sentence is: (document, sentence) in 32 bits each, as every index below
    /// (a cluster of short lines holds a few words a sentence).
    at: Vec<(u32, u32)>,
    /// (term id, weight) of every sentence, each sentence's sorted by term id and
    /// L2-normalised: sentence `i`'s are `weights[weight_starts[i]..weight_starts[i + 1]]`.
    weights: Vec<(u32, f32)>,
    weight_starts: Vec<u32>,
    /// The specific figures each sentence states in digits, as value and unit ("$7.8
    /// billion" and "7,800,000,000 dollars" are one), and the days it names by month and
    /// day ("on march 18"), as ids of those keys in the cluster, each sentence's sorted:
    /// sentence `i`'s are `figures[figure_starts[i]..figure_starts[i + 1]]`.
    figures: Vec<u32>,
    figure_starts: Vec<u32>,
    /// Document frequency (in sentences) of each term id.
    pub df: Vec<u32>,
}

impl ClusterVectors {
    /// How many sentences.
    pub fn len(&self) -> usize {
        self.at.len()
    }

    pub fn is_empty(&self) -> bool {
        self.at.is_empty()
    }

    /// Sentence `i`'s (term id, weight) pairs, sorted by term id.
    pub fn weights(&self, i: usize) -> &[(u32, f32)] {
        &self.weights[self.weight_starts[i] as usize..self.weight_starts[i + 1] as usize]
    }

    /// Sentence `i`'s document.
    pub fn document(&self, i: usize) -> usize {
        self.at[i].0 as usize
    }

    /// Where sentence `i` is.
    pub fn at(&self, i: usize) -> SentenceRef {
        let (document, sentence) = self.at[i];
        SentenceRef {
            document: document as usize,
            sentence: sentence as usize,
        }
    }

    fn figures(&self, i: usize) -> &[u32] {
        &self.figures[self.figure_starts[i] as usize..self.figure_starts[i + 1] as usize]
    }

    /// Whether sentences `i` and `j` state one same specific figure or name one same day.
    pub fn shares_figure(&self, i: usize, j: usize) -> bool {
        let other = self.figures(j);
        self.figures(i)
            .iter()
            .any(|f| other.binary_search(f).is_ok())
    }
}

/// Where sentence `s` of `doc` names the speaker of a statement it reports ("said Jane
/// Roe", "according to the ministry"), as byte ranges of the sentence.
fn speaker_spans(doc: &Document, s: usize) -> Vec<std::ops::Range<usize>> {
    let sentence = &doc.sentences[s];
    doc.facts(s)
        .iter()
        .filter_map(|fact| match fact {
            Fact::Quote(q) | Fact::Attribution(q) if q.cue_kind == CueKind::Speech => {
                let (from, to) = (q.speaker_start?, q.speaker_end?);
                (from >= sentence.start && to <= sentence.end)
                    .then(|| from - sentence.start..to - sentence.start)
            }
            _ => None,
        })
        .collect()
}

/// How specific a figure must be for two sentences stating it to earn `figure_bonus`: "$17
/// million", "418", "1.4bn euros" are; "6%", "$10 million", "25" recur in unrelated sentences.
const MIN_FIGURE_SPECIFICITY: usize = 3;

/// How unlikely a figure is to recur by chance: the significant digits of its first number
/// written in digits, plus one for a unit other than percent. 0 when it has no digits or is
/// part of a name.
fn specificity(figure: &crate::extract::number::Figure) -> usize {
    // A number in a name ("Title 42", "Boeing 747") says what the sentence is about, not
    // which fact it states.
    if figure.in_name() {
        return 0;
    }
    let Some((number, _)) = figure.written_digits() else {
        return 0;
    };
    let digits = match number.split_once('.') {
        Some((int, frac)) if int.trim_start_matches('0').is_empty() => {
            frac.trim_start_matches('0').len()
        }
        Some((int, frac)) => int.trim_start_matches('0').len() + frac.len(),
        None => number.trim_start_matches('0').trim_end_matches('0').len(),
    };
    let unit = figure.unit.as_deref().is_some_and(|u| u != "percent");
    digits + usize::from(unit)
}

/// The alignable sentences of one document: each sentence's index, its count-weighted terms
/// and its figure keys, as ids into the document's lists of distinct stems and keys (a stem
/// is kept once a document, not once a word). The weights and keys of all its sentences sit
/// end to end in `weights` and `key_ids`; `ends` gives where each sentence's end.
#[derive(Default)]
struct DocumentTerms {
    stems: Vec<String>,
    keys: Vec<String>,
    /// Each alignable sentence's index in the document.
    sentences: Vec<u32>,
    /// (stem id, count-weight) of each sentence, one pair a distinct stem.
    weights: Vec<(u32, f32)>,
    key_ids: Vec<u32>,
    /// Where each sentence's weights and keys end.
    ends: Vec<(u32, u32)>,
}

/// Interns `value` in `list` (through `index`), returning its id.
fn intern(list: &mut Vec<String>, index: &mut HashMap<String, u32>, value: String) -> u32 {
    if let Some(&id) = index.get(&value) {
        return id;
    }
    let id = list.len() as u32;
    list.push(value.clone());
    index.insert(value, id);
    id
}

/// The content terms and figure keys of `doc`'s alignable sentences.
fn document_terms(doc: &Document, rules: &AlignRules) -> DocumentTerms {
    let mut out = DocumentTerms::default();
    let mut stem_ids: HashMap<String, u32> = HashMap::new();
    let mut key_ids: HashMap<String, u32> = HashMap::new();
    let mut counts: HashMap<u32, f32> = HashMap::new();
    for (s, sentence) in doc.sentences.iter().enumerate() {
        if sentence.role != SentenceRole::Prose {
            continue;
        }
        // At weight 1 the speakers' words weigh as any other: no need to find them.
        let speakers = if rules.speaker_weight == 1.0 {
            Vec::new()
        } else {
            speaker_spans(doc, s)
        };
        let terms = content_terms_with_speakers(doc.sentence_text(s), &speakers);
        if terms.len() < rules.min_terms {
            continue;
        }
        counts.clear();
        for t in terms {
            let stem = intern(&mut out.stems, &mut stem_ids, t.stem);
            let mut boost = if t.is_name {
                rules.name_weight as f32
            } else {
                1.0
            };
            if t.in_speaker {
                boost *= rules.speaker_weight as f32;
            }
            if t.in_quote {
                boost *= rules.quote_weight as f32;
            }
            // Repeats add a little: the first occurrence carries the weight.
            let slot = counts.entry(stem).or_insert(0.0);
            *slot = slot.max(boost) + if *slot > 0.0 { 0.5 } else { 0.0 };
        }
        // In any order: the cluster's term ids sort them.
        out.weights.extend(counts.iter().map(|(&k, &v)| (k, v)));
        for k in figure_keys(doc, s) {
            let id = intern(&mut out.keys, &mut key_ids, k);
            out.key_ids.push(id);
        }
        out.sentences.push(s as u32);
        out.ends
            .push((out.weights.len() as u32, out.key_ids.len() as u32));
    }
    // The lists live until the cluster's vectors are built: no room to spare.
    out.weights.shrink_to_fit();
    out.key_ids.shrink_to_fit();
    out
}

/// The specific figures sentence `s` states in digits, as value and unit, and the days it
/// names by month and day ("Jan. 14" and "14 January" are one; a weekday or a month alone
/// recurs by chance), sorted and deduplicated.
fn figure_keys(doc: &Document, s: usize) -> Vec<String> {
    let mut keys: Vec<String> = doc
        .facts(s)
        .iter()
        .filter_map(|fact| match fact {
            Fact::Number(f) if specificity(f) >= MIN_FIGURE_SPECIFICITY => {
                Some(format!("{} {}", f.value, f.unit.as_deref().unwrap_or("")))
            }
            Fact::Date(d) => crate::extract::date::month_and_day(&d.text)
                .map(|(month, day)| format!("on {month} {day}")),
            _ => None,
        })
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

pub(crate) fn vectorize(docs: &[Document], rules: &AlignRules) -> ClusterVectors {
    // Stemming is the costly part: per document, in parallel.
    let per_doc: Vec<DocumentTerms> = docs
        .par_iter()
        .map(|doc| document_terms(doc, rules))
        .collect();
    // Term ids and figure key ids across the cluster, in the order first met.
    let mut vocabulary: HashMap<String, u32> = HashMap::new();
    let mut figure_ids: HashMap<String, u32> = HashMap::new();
    let count: usize = per_doc.iter().map(|d| d.sentences.len()).sum();
    let mut cluster = ClusterVectors {
        at: Vec::with_capacity(count),
        weights: Vec::new(),
        weight_starts: Vec::with_capacity(count + 1),
        figures: Vec::new(),
        figure_starts: Vec::with_capacity(count + 1),
        df: Vec::new(),
    };
    cluster.weight_starts.push(0);
    cluster.figure_starts.push(0);
    // Each document's weights are renamed to the cluster's term ids and sorted in place, then
    // moved (the first document's) or copied onto the cluster's and freed: the cluster's
    // vectors are built once, and rarity weighs them in place.
    for (document, terms_of) in per_doc.into_iter().enumerate() {
        let DocumentTerms {
            stems,
            keys,
            sentences,
            mut weights,
            mut key_ids,
            ends,
        } = terms_of;
        // A document's stems in the order first met there: cluster ids in the order first met.
        let term_id: Vec<u32> = stems
            .into_iter()
            .map(|stem| {
                let next = vocabulary.len() as u32;
                *vocabulary.entry(stem).or_insert(next)
            })
            .collect();
        let key_id: Vec<u32> = keys
            .into_iter()
            .map(|key| {
                let next = figure_ids.len() as u32;
                *figure_ids.entry(key).or_insert(next)
            })
            .collect();
        let (weight_base, figure_base) =
            (cluster.weights.len() as u32, cluster.figures.len() as u32);
        let (mut weights_from, mut keys_from) = (0, 0);
        for (&sentence, &(weights_end, keys_end)) in sentences.iter().zip(&ends) {
            let of_sentence = &mut weights[weights_from as usize..weights_end as usize];
            for (id, _) in of_sentence.iter_mut() {
                *id = term_id[*id as usize];
            }
            of_sentence.sort_unstable_by_key(|(id, _)| *id);
            let figures = &mut key_ids[keys_from as usize..keys_end as usize];
            for k in figures.iter_mut() {
                *k = key_id[*k as usize];
            }
            figures.sort_unstable();
            cluster.weight_starts.push(weight_base + weights_end);
            cluster.figure_starts.push(figure_base + keys_end);
            cluster.at.push((document as u32, sentence));
            (weights_from, keys_from) = (weights_end, keys_end);
        }
        if cluster.weights.is_empty() {
            cluster.weights = weights;
        } else {
            cluster.weights.reserve_exact(weights.len());
            cluster.weights.extend_from_slice(&weights);
        }
        if cluster.figures.is_empty() {
            cluster.figures = key_ids;
        } else {
            cluster.figures.reserve_exact(key_ids.len());
            cluster.figures.extend_from_slice(&key_ids);
        }
    }
    drop(figure_ids);
    merge_misspelled_terms(&mut cluster, &vocabulary);
    // Rarity is measured as if the cluster had at least MIN_IDF_SENTENCES sentences: in a
    // cluster of a few sentences every shared word looks common and every unshared word
    // rare, which would push reworded counterparts below the threshold (tuned on clusters
    // of 60 sentences).
    let n = (cluster.len() as f32).max(MIN_IDF_SENTENCES);
    let mut df = vec![0u32; vocabulary.len()];
    for (id, _) in &cluster.weights {
        df[*id as usize] += 1;
    }
    let idf: Vec<f32> = df.iter().map(|&d| (1.0 + n / d as f32).ln()).collect();
    for i in 0..cluster.len() {
        let (from, to) = (cluster.weight_starts[i], cluster.weight_starts[i + 1]);
        let weights = &mut cluster.weights[from as usize..to as usize];
        for (id, w) in weights.iter_mut() {
            *w *= idf[*id as usize];
        }
        let norm = weights.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            for (_, w) in weights.iter_mut() {
                *w /= norm;
            }
        }
    }
    cluster.df = df;
    cluster
}

/// The smallest cluster size (in sentences) rarity is computed for.
const MIN_IDF_SENTENCES: f32 = 50.0;

/// Shortest term that may be read as a misspelling of another.
const MIN_FUZZY_TERM: usize = 5;

/// A term found in one sentence only that is one edit or swap (or an unstripped two-letter suffix:
/// "callef" against the stem "call") away from a term of another article is read as that
/// term: a misspelled word or a transliterated name should not cost two sentences their
/// link. Deterministic: the most widespread candidate wins, then the smallest term id.
fn merge_misspelled_terms(cluster: &mut ClusterVectors, vocabulary: &HashMap<String, u32>) {
    let mut documents: Vec<Vec<usize>> = vec![Vec::new(); vocabulary.len()];
    let mut sentences = vec![0u32; vocabulary.len()];
    for i in 0..cluster.len() {
        let document = cluster.document(i);
        for (id, _) in cluster.weights(i) {
            let docs = &mut documents[*id as usize];
            if docs.last() != Some(&document) {
                docs.push(document);
            }
            sentences[*id as usize] += 1;
        }
    }
    let mut terms: Vec<(&str, u32)> = vocabulary.iter().map(|(t, &id)| (t.as_str(), id)).collect();
    terms.sort_unstable_by_key(|&(_, id)| id);
    // Deletion neighbourhood: each term and each way of deleting one character from it.
    let mut neighbours: HashMap<String, Vec<u32>> = HashMap::new();
    for &(term, id) in &terms {
        if term.chars().count() < MIN_FUZZY_TERM - 1 || !term.is_ascii() {
            continue;
        }
        neighbours.entry(term.to_string()).or_default().push(id);
        for i in 0..term.len() {
            let mut key = term.to_string();
            key.remove(i);
            neighbours.entry(key).or_default().push(id);
        }
    }
    let mut remap: HashMap<u32, u32> = HashMap::new();
    for &(term, id) in &terms {
        if sentences[id as usize] != 1 || term.chars().count() < MIN_FUZZY_TERM || !term.is_ascii()
        {
            continue;
        }
        let home = documents[id as usize][0];
        let mut keys: Vec<String> = vec![term.to_string()];
        for i in 0..term.len() {
            let mut key = term.to_string();
            key.remove(i);
            keys.push(key);
        }
        // An unstripped suffix: "callef" read as "call" + "ef".
        for cut in 1..=2 {
            if term.len() - cut >= MIN_FUZZY_TERM - 1 {
                keys.push(term[..term.len() - cut].to_string());
            }
        }
        let best = keys
            .iter()
            .filter_map(|k| neighbours.get(k))
            .flatten()
            .copied()
            .filter(|&c| c != id && documents[c as usize].iter().any(|&d| d != home))
            .filter(|&c| {
                let other = terms[c as usize].0;
                strsim::osa_distance(term, other) <= 1
                    || (term.starts_with(other) && term.len() - other.len() <= 2)
            })
            .max_by_key(|&c| (sentences[c as usize], std::cmp::Reverse(c)));
        if let Some(c) = best {
            remap.insert(id, c);
        }
    }
    if remap.is_empty() {
        return;
    }
    // Two singletons a letter apart ("report" in one article, "reoport" in the other) would
    // each be read as the other: every group of merged terms takes its smallest id.
    let remap = merged_groups(&remap);
    // Each sentence's weights are renamed, sorted and merged in place, and moved down over
    // the room the merges freed.
    let mut kept = 0;
    for i in 0..cluster.len() {
        let from = cluster.weight_starts[i] as usize;
        let to = cluster.weight_starts[i + 1] as usize;
        let weights = &mut cluster.weights[from..to];
        let mut changed = false;
        for (id, _) in weights.iter_mut() {
            if let Some(&to) = remap.get(id) {
                *id = to;
                changed = true;
            }
        }
        if changed {
            weights.sort_unstable_by_key(|(id, _)| *id);
        }
        let first = kept;
        for k in from..to {
            let next = cluster.weights[k];
            match cluster.weights[first..kept].last_mut() {
                Some(last) if changed && last.0 == next.0 => last.1 = last.1.max(next.1) + 0.5,
                _ => {
                    cluster.weights[kept] = next;
                    kept += 1;
                }
            }
        }
        cluster.weight_starts[i] = first as u32;
    }
    let last = cluster.len();
    cluster.weight_starts[last] = kept as u32;
    cluster.weights.truncate(kept);
}

/// Each term of a merge to the smallest id of its group (union-find over the merges).
fn merged_groups(remap: &HashMap<u32, u32>) -> HashMap<u32, u32> {
    fn root(parent: &HashMap<u32, u32>, mut x: u32) -> u32 {
        while let Some(&p) = parent.get(&x) {
            if p == x {
                break;
            }
            x = p;
        }
        x
    }
    let mut parent: HashMap<u32, u32> = HashMap::new();
    let mut edges: Vec<(u32, u32)> = remap.iter().map(|(&a, &b)| (a, b)).collect();
    edges.sort_unstable();
    for (a, b) in edges {
        parent.entry(a).or_insert(a);
        parent.entry(b).or_insert(b);
        let (ra, rb) = (root(&parent, a), root(&parent, b));
        if ra != rb {
            let (lo, hi) = (ra.min(rb), ra.max(rb));
            parent.insert(hi, lo);
        }
    }
    parent
        .keys()
        .filter_map(|&m| {
            let r = root(&parent, m);
            (r != m).then_some((m, r))
        })
        .collect()
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
