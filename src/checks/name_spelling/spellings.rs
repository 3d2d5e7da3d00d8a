//! The spellings of the cluster's names: the first spelling of each name key in each
//! document, and the pairs of keys that may be one name spelled two ways.

use std::collections::BTreeMap;

use crate::checks::CheckContext;
use crate::checks::shared::facts::names;

/// One spelling of a name in one document: where it first appears.
#[derive(Debug, Clone)]
pub(super) struct Spelling {
    pub(super) document: usize,
    pub(super) sentence: usize,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) text: String,
}

/// The first spelling of each name key in each document, by key.
pub(super) fn first_spellings(ctx: &CheckContext) -> BTreeMap<String, Vec<Spelling>> {
    // key -> first spelling in each document.
    let mut by_key: BTreeMap<String, Vec<Spelling>> = BTreeMap::new();
    for (d, doc) in ctx.docs.iter().enumerate() {
        for s in 0..doc.sentences.len() {
            for name in names(doc.facts(s)) {
                let spellings = by_key.entry(name.key.to_string()).or_default();
                if !spellings.iter().any(|sp| sp.document == d) {
                    spellings.push(Spelling {
                        document: d,
                        sentence: s,
                        start: name.start,
                        end: name.end,
                        text: name.text.to_string(),
                    });
                }
            }
        }
    }
    by_key
}

/// Pairs of name keys that may be one name spelled two ways, without comparing every key
/// with every other: multi-word keys that are equal but for one word share a bucket (the
/// key with that word left out); one-word keys pair up only inside aligned sentences.
pub(super) fn candidate_pairs(
    ctx: &CheckContext,
    by_key: &BTreeMap<String, Vec<Spelling>>,
) -> BTreeMap<(String, String), bool> {
    let mut buckets: BTreeMap<(usize, String), Vec<&String>> = BTreeMap::new();
    for key in by_key.keys() {
        let tokens: Vec<&str> = key.split(' ').collect();
        if tokens.len() < 2 {
            continue;
        }
        for i in 0..tokens.len() {
            let mut masked = tokens.clone();
            masked[i] = "*";
            buckets.entry((i, masked.join(" "))).or_default().push(key);
        }
    }
    // The value says whether the two names stand in aligned sentences.
    let mut out = BTreeMap::new();
    for keys in buckets.values() {
        for (i, a) in keys.iter().enumerate() {
            for b in &keys[i + 1..] {
                out.entry(((*a).clone(), (*b).clone())).or_insert(false);
            }
        }
    }
    for pair in &ctx.alignment.pairs {
        let single = |d: usize, s: usize| -> Vec<&str> {
            names(ctx.docs[d].facts(s))
                .map(|n| n.key.as_str())
                .collect()
        };
        let (a, b) = (
            single(pair.a.document, pair.a.sentence),
            single(pair.b.document, pair.b.sentence),
        );
        for x in &a {
            for y in &b {
                if x != y {
                    let (lo, hi) = if x < y { (x, y) } else { (y, x) };
                    out.insert((lo.to_string(), hi.to_string()), true);
                }
            }
        }
    }
    out
}
