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

/// A sentence as the aligner sees it.
pub(crate) struct SentenceVector {
    pub at: SentenceRef,
    /// (term id, weight), sorted by term id, L2-normalised.
    pub weights: Vec<(u32, f32)>,
    /// The specific figures it states in digits, as value and unit ("$7.8 billion" and
    /// "7,800,000,000 dollars" are one), and the days it names by month and day ("on march
    /// 18"), as ids of those keys in the cluster, sorted.
    pub figures: Vec<u32>,
}

impl SentenceVector {
    /// Whether the two sentences state one same specific figure or name one same day.
    pub fn shares_figure(&self, other: &SentenceVector) -> bool {
        self.figures
            .iter()
            .any(|f| other.figures.binary_search(f).is_ok())
    }
}

/// The vectors of a cluster's alignable sentences, in (document, sentence) order, and how
/// many of them hold each term.
pub(crate) struct ClusterVectors {
    pub sentences: Vec<SentenceVector>,
    /// Document frequency (in sentences) of each term id.
    pub df: Vec<u32>,
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

/// A content term of a sentence as an id in its document's list of stems ([`DocumentTerms`]),
/// with its boosts: a stem is kept once a document, not once a word.
#[derive(Clone, Copy)]
struct LocalTerm {
    stem: u32,
    is_name: bool,
    in_quote: bool,
    in_speaker: bool,
}

/// The alignable sentences of one document: each sentence's index, its content terms and its
/// figure keys, as ids into the document's lists of distinct stems and keys.
#[derive(Default)]
struct DocumentTerms {
    stems: Vec<String>,
    keys: Vec<String>,
    sentences: Vec<(usize, Vec<LocalTerm>, Vec<u32>)>,
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
        let terms: Vec<LocalTerm> = terms
            .into_iter()
            .map(|t| LocalTerm {
                stem: intern(&mut out.stems, &mut stem_ids, t.stem),
                is_name: t.is_name,
                in_quote: t.in_quote,
                in_speaker: t.in_speaker,
            })
            .collect();
        let keys: Vec<u32> = figure_keys(doc, s)
            .into_iter()
            .map(|k| intern(&mut out.keys, &mut key_ids, k))
            .collect();
        out.sentences.push((s, terms, keys));
    }
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
    // Each sentence's vector holds its (term id, count-weight) pairs until rarity weighs
    // them in place: the cluster's vectors are built once, never copied.
    let mut raw: Vec<SentenceVector> =
        Vec::with_capacity(per_doc.iter().map(|d| d.sentences.len()).sum());
    let mut counts: HashMap<u32, f32> = HashMap::new();
    for (document, terms_of) in per_doc.into_iter().enumerate() {
        let mut term_id: Vec<Option<u32>> = vec![None; terms_of.stems.len()];
        let key_id: Vec<u32> = terms_of
            .keys
            .into_iter()
            .map(|key| {
                let next = figure_ids.len() as u32;
                *figure_ids.entry(key).or_insert(next)
            })
            .collect();
        for (sentence, terms, keys) in terms_of.sentences {
            counts.clear();
            for term in terms {
                let id = *term_id[term.stem as usize].get_or_insert_with(|| {
                    let next = vocabulary.len() as u32;
                    *vocabulary
                        .entry(terms_of.stems[term.stem as usize].clone())
                        .or_insert(next)
                });
                let mut boost = if term.is_name {
                    rules.name_weight as f32
                } else {
                    1.0
                };
                if term.in_speaker {
                    boost *= rules.speaker_weight as f32;
                }
                if term.in_quote {
                    boost *= rules.quote_weight as f32;
                }
                // Repeats add a little: the first occurrence carries the weight.
                let slot = counts.entry(id).or_insert(0.0);
                *slot = slot.max(boost) + if *slot > 0.0 { 0.5 } else { 0.0 };
            }
            let mut weights: Vec<(u32, f32)> = counts.iter().map(|(&k, &v)| (k, v)).collect();
            weights.sort_unstable_by_key(|(id, _)| *id);
            let mut figures: Vec<u32> = keys.into_iter().map(|k| key_id[k as usize]).collect();
            figures.sort_unstable();
            raw.push(SentenceVector {
                at: SentenceRef { document, sentence },
                weights,
                figures,
            });
        }
    }
    drop(figure_ids);
    merge_misspelled_terms(&mut raw, &vocabulary);
    // Rarity is measured as if the cluster had at least MIN_IDF_SENTENCES sentences: in a
    // cluster of a few sentences every shared word looks common and every unshared word
    // rare, which would push reworded counterparts below the threshold (tuned on clusters
    // of 60 sentences).
    let n = (raw.len() as f32).max(MIN_IDF_SENTENCES);
    let mut df = vec![0u32; vocabulary.len()];
    for v in &raw {
        for (id, _) in &v.weights {
            df[*id as usize] += 1;
        }
    }
    raw.par_iter_mut().for_each(|v| {
        let weights = &mut v.weights;
        for (id, w) in weights.iter_mut() {
            *w *= (1.0 + n / df[*id as usize] as f32).ln();
        }
        let norm = weights.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            for (_, w) in weights.iter_mut() {
                *w /= norm;
            }
        }
    });
    ClusterVectors { sentences: raw, df }
}

/// The smallest cluster size (in sentences) rarity is computed for.
const MIN_IDF_SENTENCES: f32 = 50.0;

/// Shortest term that may be read as a misspelling of another.
const MIN_FUZZY_TERM: usize = 5;

/// A term found in one sentence only that is one edit or swap (or an unstripped two-letter suffix:
/// "callef" against the stem "call") away from a term of another article is read as that
/// term: a misspelled word or a transliterated name should not cost two sentences their
/// link. Deterministic: the most widespread candidate wins, then the smallest term id.
fn merge_misspelled_terms(raw: &mut [SentenceVector], vocabulary: &HashMap<String, u32>) {
    let mut documents: Vec<Vec<usize>> = vec![Vec::new(); vocabulary.len()];
    let mut sentences = vec![0u32; vocabulary.len()];
    for SentenceVector { at, weights, .. } in raw.iter() {
        for (id, _) in weights {
            let docs = &mut documents[*id as usize];
            if docs.last() != Some(&at.document) {
                docs.push(at.document);
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
    for SentenceVector { weights, .. } in raw.iter_mut() {
        let mut changed = false;
        for (id, _) in weights.iter_mut() {
            if let Some(&to) = remap.get(id) {
                *id = to;
                changed = true;
            }
        }
        if changed {
            weights.sort_unstable_by_key(|(id, _)| *id);
            weights.dedup_by(|next, kept| {
                if next.0 == kept.0 {
                    kept.1 = kept.1.max(next.1) + 0.5;
                    true
                } else {
                    false
                }
            });
        }
    }
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
