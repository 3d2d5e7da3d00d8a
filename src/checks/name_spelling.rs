//! name-spelling: one entity spelled differently across outlets.

use std::collections::BTreeMap;

use super::shared::facts::names;
use super::shared::spelling::{Spellings, fold_word, word_spans};
use super::{Check, CheckContext, CheckDoc};
use crate::config::CheckSettings;
use crate::findings::{Category, Evidence, Finding, Severity};

pub struct NameSpelling;

static DOC: CheckDoc = CheckDoc {
    summary: "One person, place or organisation is spelled differently across outlets.",
    what_it_flags: "Two names from different articles that differ in one word, where the two spellings of \
that word are close and are not equivalent under the rule set: names are compared by their key, which \
folds case, diacritics, hyphens (G20 = G-20), particles (al-Assad = Assad) and aliases (Daesh = Islamic \
State), and British/American spellings are the same word. Across the whole cluster, multi-word names are \
compared and the spellings must be similar (Jaro-Winkler at least `min_similarity`, at most \
`max_edit_distance` edits: Kerry and Kirby stay two people). Inside aligned sentences one edit in a word \
of four letters or more is enough, one-word names are compared too, and names of different lengths \
are compared by the one pair of close words among the words they do not share (\"Vulochkova\" vs \
\"Anastasia Volochkova\", \"Supreme Court\" vs \"U.S. Suprema Court\"). Words shorter than four letters, \
and a word against the same word with a plural, possessive, demonym or participle ending or with digits \
after it (\"Reagan\" and \"Reagans\", \"Iraq\" and \"Iraqis\", \"Armor\" and \"Armored\", \"Falcon\" and \
\"Falcon9\"), or one stem with two such endings (\"Democrats\" and \"Democratic\", \"Honduras\" and \
\"Hondurans\"), or two words with different digits (models and series: \"A320\" and \"A380\") are not \
compared. An article that joins the two spellings by \"and\", \"or\", a comma or a \
slash (\"Medicare and Medicaid\", \"Iran, Iraq\") names two entities, not one spelled two ways. The finding lists the spelling each \
outlet used.",
    why_it_matters: "A misspelled name is the error readers and subjects notice first; transliterated \
names (Sergey/Sergei) need one house spelling.",
    example: "\"Russian counterpart Sergey Lavrov\" vs \"Russian Foreign Minister Sergei Lavrov\".",
    options: "severity; min_similarity (default 0.85); max_edit_distance (default 2).",
};

/// One spelling of a name in one document: where it first appears.
#[derive(Debug, Clone)]
struct Spelling {
    document: usize,
    sentence: usize,
    start: usize,
    end: usize,
    text: String,
}

/// Pairs of name keys that may be one name spelled two ways, without comparing every key
/// with every other: multi-word keys that are equal but for one word share a bucket (the
/// key with that word left out); one-word keys pair up only inside aligned sentences.
fn candidate_pairs(
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

/// Endings that turn a name into its plural, a possessive written without the apostrophe,
/// a demonym or a participle: "Reagans", "Deans", "Iraqis", "Mayan", "Armored". They make
/// another word, not another spelling.
const DERIVING_ENDINGS: &[&str] = &[
    "s", "es", "n", "an", "i", "is", "ese", "ian", "ns", "d", "ed", "ic",
];

/// Whether one name word is the other with a deriving ending (or "y": "German", "Germany"),
/// or with digits after it (a handle or model number: "Falcon" and "Falcon9" are not two
/// spellings), or both are one stem of four letters or more with two deriving endings
/// ("Democrats" and "Democratic", "Honduras" and "Hondurans").
fn derived_form(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // "y" makes a country of a demonym ("German", "Germany"), but is no ending to compare
    // with another ("Sergei" and "Sergey" are two spellings).
    if long.strip_prefix(short).is_some_and(|ending| {
        DERIVING_ENDINGS.contains(&ending)
            || ending == "y"
            || ending.bytes().all(|c| c.is_ascii_digit())
    }) {
        return true;
    }
    let stem = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i);
    stem >= 4 && DERIVING_ENDINGS.contains(&&a[stem..]) && DERIVING_ENDINGS.contains(&&b[stem..])
}

/// Whether two name words are two models or series, not two spellings: each holds digits and
/// the digits differ ("A320" and "A380", "G7" and "G8"; figure-mismatch compares numbers in a
/// name).
fn other_model(a: &str, b: &str) -> bool {
    let digits = |w: &str| -> String { w.chars().filter(char::is_ascii_digit).collect() };
    let (da, db) = (digits(a), digits(b));
    !da.is_empty() && !db.is_empty() && da != db
}

/// Whether a sentence of document `d` joins the name words `a` and `b` (folded) by "and",
/// "or", a comma, a slash or "&", either way round ("Iran and Iraq", "Medicaid or Medicare").
fn coordinated(ctx: &CheckContext, d: usize, a: &str, b: &str) -> bool {
    let doc = &ctx.docs[d];
    (0..doc.sentences.len()).any(|s| {
        let text = doc.sentence_text(s);
        let words = word_spans(text);
        words.windows(2).any(|w| {
            let (x, y) = (fold_word(w[0].1), fold_word(w[1].1));
            if !((x == a && y == b) || (x == b && y == a)) {
                return false;
            }
            let gap = text[w[0].0 + w[0].1.len()..w[1].0].trim();
            matches!(gap, "," | "/" | "&")
        }) || words.windows(3).any(|w| {
            let (x, y) = (fold_word(w[0].1), fold_word(w[2].1));
            ((x == a && y == b) || (x == b && y == a))
                && matches!(fold_word(w[1].1).as_str(), "and" | "or")
                && text[w[0].0 + w[0].1.len()..w[2].0]
                    .split_whitespace()
                    .count()
                    == 1
        })
    })
}

impl Check for NameSpelling {
    fn id(&self) -> &'static str {
        "name-spelling"
    }
    fn category(&self) -> Category {
        Category::Name
    }
    fn doc(&self) -> &'static CheckDoc {
        &DOC
    }
    fn default_severity(&self) -> Severity {
        Severity::Warning
    }

    fn run(&self, ctx: &CheckContext, settings: &CheckSettings, out: &mut Vec<Finding>) {
        let min_similarity = settings.min_similarity.unwrap_or(0.85);
        let max_edit = settings.max_edit_distance.unwrap_or(2);
        let spellings = Spellings::new(&ctx.rules.equivalences);
        // In aligned sentences (the same fact told twice) one edit in a word of four letters
        // or more is enough ("Bush" / "Bosh"); across the cluster the spellings must also be
        // similar by Jaro-Winkler ("Kerry" and "Kirby" are two people).
        // A name inside another with letters on both sides ("Iran" in "Dirani") is another
        // name, not a misspelling.
        let inside = |a: &str, b: &str| {
            let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
            long.contains(short) && !long.starts_with(short) && !long.ends_with(short)
        };
        let close = |a: &str, b: &str, aligned: bool| {
            let shortest = a.chars().count().min(b.chars().count());
            let edits = strsim::damerau_levenshtein(a, b);
            a != b
                && !inside(a, b)
                && shortest >= 4
                && !derived_form(a, b)
                && !other_model(a, b)
                && !spellings.same(a, b)
                && ((aligned && shortest >= 4 && edits == 1)
                    || (strsim::jaro_winkler(a, b) >= min_similarity && edits <= max_edit))
        };
        // key -> first spelling in each document.
        let mut by_key: BTreeMap<String, Vec<Spelling>> = BTreeMap::new();
        for (d, doc) in ctx.docs.iter().enumerate() {
            for s in 0..doc.sentences.len() {
                for name in names(doc.facts(s)) {
                    let spellings = by_key.entry(name.key.clone()).or_default();
                    if !spellings.iter().any(|sp| sp.document == d) {
                        spellings.push(Spelling {
                            document: d,
                            sentence: s,
                            start: name.start,
                            end: name.end,
                            text: name.text.clone(),
                        });
                    }
                }
            }
        }
        let candidates = candidate_pairs(ctx, &by_key);
        for ((ka, kb), &in_aligned) in &candidates {
            let ta: Vec<&str> = ka.split(' ').collect();
            let tb: Vec<&str> = kb.split(' ').collect();
            // Names of the same length differ in one word; a one-word name is compared with
            // the other's last word ("Vulochkova" and "Anastasia Volochkova").
            let differing: Vec<(&str, &str)> = match (ta.as_slice(), tb.as_slice()) {
                (a, b) if a.len() == b.len() => a
                    .iter()
                    .zip(b)
                    .filter(|(x, y)| x != y)
                    .map(|(x, y)| (*x, *y))
                    .collect(),
                // Names of different lengths in aligned sentences ("Supreme Court" and
                // "U.S. Suprema Court", "Hal Gehman" and "Harold W. Gehmen Jr."): the one
                // pair of close words among those the two do not share.
                // They must share a word, or one be a single word that is not an acronym
                // ("ASEAN"), and the close words be one edit apart.
                (a, b) if in_aligned => {
                    let shared = a.iter().any(|w| b.contains(w));
                    let acronym = |k: &str| {
                        by_key[k]
                            .first()
                            .is_some_and(|sp| !sp.text.chars().any(char::is_lowercase))
                    };
                    let single = (a.len() == 1 && !acronym(ka)) || (b.len() == 1 && !acronym(kb));
                    // Or the close words be both surnames ("Hal Gehman", "Harold W. Gehmen Jr.").
                    let surname = |words: &[&str]| -> Option<String> {
                        words
                            .iter()
                            .rev()
                            .find(|w| !matches!(**w, "jr" | "sr" | "ii" | "iii"))
                            .map(|w| w.to_string())
                    };
                    let surnames = match (surname(a), surname(b)) {
                        (Some(x), Some(y)) => {
                            x != y
                                && strsim::damerau_levenshtein(&x, &y) == 1
                                && close(&x, &y, true)
                        }
                        _ => false,
                    };
                    if !shared && !single && !surnames {
                        continue;
                    }
                    let only_a: Vec<&str> = a.iter().copied().filter(|w| !b.contains(w)).collect();
                    let only_b: Vec<&str> = b.iter().copied().filter(|w| !a.contains(w)).collect();
                    // Without a shared word, a single word of four letters meets only the
                    // other's last word ("Call" is not "Wall Street").
                    let last_only = !shared && !surnames;
                    let (last_a, last_b) = (a.last().copied(), b.last().copied());
                    let close_pairs: Vec<(&str, &str)> = only_a
                        .iter()
                        .flat_map(|x| only_b.iter().map(move |y| (*x, *y)))
                        .filter(|(x, y)| {
                            close(x, y, true)
                                && strsim::damerau_levenshtein(x, y) == 1
                                && (!last_only
                                    || x.len().min(y.len()) >= 5
                                    || (a.len() == 1 && Some(*y) == last_b)
                                    || (b.len() == 1 && Some(*x) == last_a))
                        })
                        .collect();
                    if close_pairs.len() != 1 {
                        continue;
                    }
                    close_pairs
                }
                _ => continue,
            };
            let [(wa, wb)] = differing.as_slice() else {
                continue;
            };
            if !close(wa, wb, in_aligned) {
                continue;
            }
            // The spelling seen first in the cluster comes first, as in the evidence.
            let (sa, sb) = {
                let (x, y) = (&by_key[ka], &by_key[kb]);
                let first = |l: &[Spelling]| l.iter().map(|s| (s.document, s.start)).min();
                if first(x) <= first(y) { (x, y) } else { (y, x) }
            };
            // Different documents must use the two spellings.
            let docs_a: Vec<usize> = sa.iter().map(|s| s.document).collect();
            let docs_b: Vec<usize> = sb.iter().map(|s| s.document).collect();
            if docs_a.iter().all(|d| docs_b.contains(d))
                && docs_b.iter().all(|d| docs_a.contains(d))
            {
                continue;
            }
            // An article that lists the two ("Medicare and Medicaid", "Iran, Iraq") names two
            // entities, not one spelled two ways.
            if docs_a
                .iter()
                .filter(|d| docs_b.contains(d))
                .any(|&d| coordinated(ctx, d, wa, wb))
            {
                continue;
            }
            let mut evidence: Vec<(usize, Evidence)> = Vec::new();
            for sp in sa.iter().chain(sb.iter()) {
                let doc = &ctx.docs[sp.document];
                evidence.push((
                    sp.document,
                    Evidence::new(doc, sp.document, sp.sentence, sp.start, sp.end),
                ));
            }
            evidence.sort_by_key(|(d, e)| (*d, e.start));
            let who = |list: &[Spelling]| {
                list.iter()
                    .map(|s| ctx.docs[s.document].article.label().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            out.push(Finding {
                check: self.id().into(),
                category: self.category(),
                severity: settings.severity,
                message: format!(
                    "name spelled two ways: \"{}\" ({}) vs \"{}\" ({})",
                    sa[0].text,
                    who(sa),
                    sb[0].text,
                    who(sb)
                ),
                evidence: evidence.into_iter().map(|(_, e)| e).collect(),
                suggestion: Some(format!(
                    "use one spelling: \"{}\" or \"{}\"",
                    sa[0].text, sb[0].text
                )),
            });
        }
    }
}
