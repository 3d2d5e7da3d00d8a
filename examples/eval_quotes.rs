//! Quote / attribution evaluation on PolNeAR (`polnear-attribution`, BRAT standoff).
//!
//! cargo run --release --example eval_quotes [-- --dev] [-- --train] [-- -v]
//! (FACTDIFF_DATA=/path/to/shared/data to override the data root; `--dev` skips test; `--train`
//! also scores the train split, a second tuning part; `-v` prints wrong speakers, false positives
//! and misses; `EVAL_DUMP=dir` writes each article's predictions to `dir/<split>__<article>.json`
//! for error analysis.)
//!
//! Scoring definitions (printed with the results):
//! * Gold relation: one `E` line of the article's first `.ann` file in sorted order (articles with
//!   several annotators are scored against one of them). Its Source, Cue and Content are the
//!   unions of the (possibly discontinuous) `T` spans it names. BRAT offsets count characters;
//!   they are converted to byte offsets before comparing with the extractor's byte spans.
//! * Prediction: every `Quote` returned by `extract_quotes_and_attributions` (quotes and
//!   attributions alike). Its content is `content_start..content_end`; it "has a speaker" when
//!   `speaker_start`/`speaker_end` are set (pronoun / relative-pronoun positions included).
//! * Link between a prediction and a gold relation: content overlap >= 50% of the shorter of the
//!   two contents. A prediction with an empty content (an attribution whose clause was not found;
//!   the extractor puts the empty span at the cue end) links to a gold relation whose Cue span
//!   touches that position.
//! * Content P/R: one-to-one maximum matching over the links (empty-content predictions are not
//!   counted). "strict" additionally requires overlap >= 50% of the longer content.
//! * Speaker P/R: one-to-one maximum matching over pairs (prediction with a speaker, gold with a
//!   Source) that are linked AND whose predicted speaker span overlaps the gold Source span.
//!   P = matched / predictions with a speaker; R = matched / gold relations with a Source.
//!   A prediction linked to a gold relation without a Source counts as a false positive.
#![allow(clippy::print_stdout, clippy::print_stderr)]
use std::collections::{BTreeMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

use factdiff::extract::quote::{Quote, extract_quotes_and_attributions};

fn data_root() -> PathBuf {
    std::env::var("FACTDIFF_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"))
}

#[derive(Debug, Default, Clone)]
struct Rel {
    content: Vec<Range<usize>>,
    source: Vec<Range<usize>>,
    cue: Vec<Range<usize>>,
}

fn overlap(a: &Range<usize>, b: &Range<usize>) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}
fn ov_multi(a: &Range<usize>, bs: &[Range<usize>]) -> usize {
    bs.iter().map(|b| overlap(a, b)).sum()
}
fn len_multi(bs: &[Range<usize>]) -> usize {
    bs.iter().map(|b| b.len()).sum()
}

type Doc = (String, String, Vec<Rel>);

/// Char offsets -> byte offsets.
fn char_to_byte(text: &str) -> impl Fn(usize) -> usize {
    let mut c2b: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    c2b.push(text.len());
    move |c: usize| c2b[c.min(c2b.len() - 1)]
}

fn parse_ann(text: &str, ann: &str) -> Vec<Rel> {
    let conv = char_to_byte(text);
    let mut spans: BTreeMap<String, Vec<Range<usize>>> = BTreeMap::new();
    let mut rels = Vec::new();
    for line in ann.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        if f[0].starts_with('T') && f.len() >= 2 {
            let Some((_, offs)) = f[1].split_once(' ') else {
                continue;
            };
            let rs = offs
                .split(';')
                .filter_map(|p| {
                    let (x, y) = p.split_once(' ')?;
                    Some(conv(x.parse().ok()?)..conv(y.parse().ok()?))
                })
                .collect();
            spans.insert(f[0].to_string(), rs);
        } else if f[0].starts_with('E') && f.len() >= 2 {
            let mut r = Rel::default();
            for arg in f[1].split_whitespace() {
                let Some((role, id)) = arg.split_once(':') else {
                    continue;
                };
                let Some(rs) = spans.get(id) else {
                    continue;
                };
                match role.trim_end_matches(char::is_numeric) {
                    "Content" => r.content.extend(rs.iter().cloned()),
                    "Source" => r.source.extend(rs.iter().cloned()),
                    "Cue" => r.cue.extend(rs.iter().cloned()),
                    _ => {}
                }
            }
            rels.push(r);
        }
    }
    rels
}

fn load(dir: &Path) -> Vec<Doc> {
    let mut anns: Vec<PathBuf> = std::fs::read_dir(dir.join("attributions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    anns.sort();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for a in anns {
        let stem = a.file_stem().unwrap().to_str().unwrap().to_string();
        let art = stem
            .rsplit_once('_')
            .map(|x| x.0.to_string())
            .unwrap_or(stem.clone());
        if !seen.insert(art.clone()) {
            continue; // one annotator per article: the first .ann in sorted order
        }
        let Ok(text) = std::fs::read_to_string(dir.join("text").join(format!("{art}.txt"))) else {
            continue;
        };
        let ann = std::fs::read_to_string(&a).unwrap();
        let rels = parse_ann(&text, &ann);
        out.push((art, text, rels));
    }
    out
}

#[derive(Default)]
struct Prf {
    tp: usize,
    np: usize,
    ng: usize,
}
impl Prf {
    fn add(&mut self, tp: usize, np: usize, ng: usize) {
        self.tp += tp;
        self.np += np;
        self.ng += ng;
    }
    fn show(&self, label: &str) {
        let p = self.tp as f64 / self.np.max(1) as f64;
        let r = self.tp as f64 / self.ng.max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        println!(
            "  {label:<52} P={p:.3} R={r:.3} F1={f:.3} (tp {} / pred {} / gold {})",
            self.tp, self.np, self.ng
        );
    }
    fn show_p(&self, label: &str) {
        let p = self.tp as f64 / self.np.max(1) as f64;
        println!(
            "  {label:<52} P={p:.3} (right {} / pred {})",
            self.tp, self.np
        );
    }
}

/// Maximum one-to-one matching (Kuhn's augmenting paths); `adj[p]` lists the gold indices
/// prediction `p` may match. Returns gold -> prediction.
fn max_matching(adj: &[Vec<usize>], ng: usize) -> Vec<Option<usize>> {
    fn try_aug(
        p: usize,
        adj: &[Vec<usize>],
        seen: &mut [bool],
        owner: &mut [Option<usize>],
    ) -> bool {
        for &g in &adj[p] {
            if seen[g] {
                continue;
            }
            seen[g] = true;
            if owner[g].is_none_or(|q| try_aug(q, adj, seen, owner)) {
                owner[g] = Some(p);
                return true;
            }
        }
        false
    }
    let mut owner = vec![None; ng];
    for p in 0..adj.len() {
        let mut seen = vec![false; ng];
        try_aug(p, adj, &mut seen, &mut owner);
    }
    owner
}

fn content_range(q: &Quote) -> Range<usize> {
    q.content_start..q.content_end
}
fn speaker_range(q: &Quote) -> Option<Range<usize>> {
    q.speaker_start.zip(q.speaker_end).map(|(a, b)| a..b)
}

/// Content link: overlap >= 50% of the shorter; `strict`: >= 50% of the longer.
fn content_link(q: &Quote, g: &Rel, strict: bool) -> bool {
    let r = content_range(q);
    let o = ov_multi(&r, &g.content);
    let (a, b) = (r.len(), len_multi(&g.content));
    let base = if strict { a.max(b) } else { a.min(b) };
    o > 0 && o * 2 >= base
}
/// A prediction and a gold relation describe the same attribution.
fn linked(q: &Quote, g: &Rel) -> bool {
    if q.content_end > q.content_start {
        content_link(q, g, false)
    } else {
        let p = q.content_start;
        g.cue.iter().any(|c| c.start <= p && p <= c.end)
    }
}
fn speaker_ok(q: &Quote, g: &Rel) -> bool {
    speaker_range(q).is_some_and(|s| ov_multi(&s, &g.source) > 0) && linked(q, g)
}

fn is_direct(text: &str, r: &Rel) -> bool {
    r.content.iter().any(|c| {
        let t = &text[c.clone()];
        t.contains(['"', '“', '”']) || t.contains("''")
    })
}

#[derive(Default)]
struct Scores {
    quote_content: Prf,
    content_lenient: Prf,
    content_strict: Prf,
    quote_speaker: Prf,
    speaker: Prf,
    speaker_frag: Prf,
    speaker_span: Prf,
}

fn eval(split: &str, docs: &[Doc], verbose: bool) {
    let mut s = Scores::default();
    for (art, text, rels) in docs {
        let (quotes, attrs) = extract_quotes_and_attributions(text);
        if let Ok(dir) = std::env::var("EVAL_DUMP") {
            let j = serde_json::json!({"quotes": quotes, "attrs": attrs});
            std::fs::write(format!("{dir}/{split}__{art}.json"), j.to_string()).unwrap();
        }
        let ng = rels.len();
        let direct: Vec<bool> = rels.iter().map(|r| is_direct(text, r)).collect();
        let has_src: Vec<bool> = rels.iter().map(|r| !r.source.is_empty()).collect();
        let count = |m: &[Option<usize>]| m.iter().filter(|x| x.is_some()).count();

        // quotes only: content vs gold relations with quote marks (strict)
        let adj: Vec<Vec<usize>> = quotes
            .iter()
            .map(|q| {
                (0..ng)
                    .filter(|&g| direct[g] && content_link(q, &rels[g], true))
                    .collect()
            })
            .collect();
        let m = max_matching(&adj, ng);
        let ndirect = direct.iter().filter(|d| **d).count();
        s.quote_content.add(count(&m), quotes.len(), ndirect);

        // quotes only: speaker vs gold relations with quote marks and a Source
        let adj: Vec<Vec<usize>> = quotes
            .iter()
            .map(|q| {
                (0..ng)
                    .filter(|&g| direct[g] && speaker_ok(q, &rels[g]))
                    .collect()
            })
            .collect();
        let m = max_matching(&adj, ng);
        let nq_spk = quotes.iter().filter(|q| speaker_range(q).is_some()).count();
        let ndirect_src = (0..ng).filter(|&g| direct[g] && has_src[g]).count();
        s.quote_speaker.add(count(&m), nq_spk, ndirect_src);

        // all predictions
        let preds: Vec<&Quote> = quotes.iter().chain(attrs.iter()).collect();
        let with_content: Vec<&Quote> = preds
            .iter()
            .copied()
            .filter(|q| q.content_end > q.content_start)
            .collect();
        for (strict, prf) in [
            (false, &mut s.content_lenient),
            (true, &mut s.content_strict),
        ] {
            let adj: Vec<Vec<usize>> = with_content
                .iter()
                .map(|q| {
                    (0..ng)
                        .filter(|&g| content_link(q, &rels[g], strict))
                        .collect()
                })
                .collect();
            let m = max_matching(&adj, ng);
            prf.add(count(&m), with_content.len(), ng);
        }

        // SPEAKER: linked + speaker span overlaps the gold Source, one-to-one
        let spk_preds: Vec<&Quote> = preds
            .iter()
            .copied()
            .filter(|q| speaker_range(q).is_some())
            .collect();
        let adj: Vec<Vec<usize>> = spk_preds
            .iter()
            .map(|q| (0..ng).filter(|&g| speaker_ok(q, &rels[g])).collect())
            .collect();
        let m = max_matching(&adj, ng);
        let ngs = has_src.iter().filter(|x| **x).count();
        s.speaker.add(count(&m), spk_preds.len(), ngs);
        // fragment-tolerant precision: a prediction is right if ANY gold relation it links to has
        // an overlapping Source (several quote fragments of one gold content all count); no
        // recall, as several predictions may share one gold relation
        let ok_any = adj.iter().filter(|a| !a.is_empty()).count();
        s.speaker_frag.add(ok_any, spk_preds.len(), 0);

        if verbose {
            let matched_p: HashSet<usize> = m.iter().flatten().copied().collect();
            for (pi, q) in spk_preds.iter().enumerate() {
                if matched_p.contains(&pi) {
                    continue;
                }
                let sp = &text[speaker_range(q).unwrap()];
                let c: String = q.text.chars().take(60).collect();
                if let Some(g) = (0..ng).find(|&g| linked(q, &rels[g])) {
                    let gs: Vec<&str> = rels[g].source.iter().map(|r| &text[r.clone()]).collect();
                    println!(
                        "    WRONG-SPK {art}: pred {sp:?} gold {gs:?} cue {:?} content {c:?}",
                        q.cue
                    );
                } else {
                    println!("    FP {art}: spk {sp:?} cue {:?} content {c:?}", q.cue);
                }
            }
            for (gi, g) in rels.iter().enumerate() {
                if m[gi].is_none() && has_src[gi] {
                    let gs: Vec<&str> = g.source.iter().map(|r| &text[r.clone()]).collect();
                    let gc: Vec<&str> = g.cue.iter().map(|r| &text[r.clone()]).collect();
                    let c: String = g
                        .content
                        .first()
                        .map(|r| text[r.clone()].chars().take(60).collect())
                        .unwrap_or_default();
                    println!("    FN {art}: src {gs:?} cue {gc:?} content {c:?}");
                }
            }
        }

        // diagnostic: speaker spans vs Source spans, ignoring which relation they belong to
        let mut pred_src: Vec<Range<usize>> =
            preds.iter().filter_map(|q| speaker_range(q)).collect();
        pred_src.sort_by_key(|r| (r.start, r.end));
        pred_src.dedup();
        let gold_src: Vec<&Rel> = rels.iter().filter(|r| !r.source.is_empty()).collect();
        let adj: Vec<Vec<usize>> = pred_src
            .iter()
            .map(|p| {
                (0..gold_src.len())
                    .filter(|&g| ov_multi(p, &gold_src[g].source) > 0)
                    .collect()
            })
            .collect();
        let m = max_matching(&adj, gold_src.len());
        s.speaker_span
            .add(count(&m), pred_src.len(), gold_src.len());
    }
    let nrel: usize = docs.iter().map(|d| d.2.len()).sum();
    println!("== {split}: {} articles, {nrel} gold relations", docs.len());
    s.quote_content
        .show("quote content vs quoted gold contents (strict)");
    s.content_lenient.show("CONTENT, all predictions (lenient)");
    s.content_strict.show("content, all predictions (strict)");
    s.quote_speaker
        .show("quote speaker (quotes vs quoted gold relations)");
    s.speaker.show("SPEAKER, all predictions (linked, 1:1)");
    s.speaker_frag
        .show_p("speaker precision, fragment-tolerant (diagnostic)");
    s.speaker_span
        .show("speaker spans vs Source spans, unlinked (diagnostic)");
}

const DEFINITIONS: &str = "\
Definitions: gold = E relations of the first annotator (.ann in sorted order), BRAT char offsets
converted to bytes; prediction = every Quote from extract_quotes_and_attributions. A prediction
LINKS to a gold relation when their contents overlap by >= 50% of the shorter one (an empty-content
prediction: when the gold Cue touches its cue-end position). strict = overlap >= 50% of the longer.
Content P/R = one-to-one maximum matching of links (P over predictions with content, R over all
gold). Speaker P/R = one-to-one maximum matching of linked pairs whose predicted speaker span
overlaps the gold Source span (P over predictions with a speaker, R over gold with a Source).
Quote rows use only quotes and gold relations whose content contains a double quote mark.";

fn main() {
    let root = data_root().join("polnear-attribution");
    if !root.join("dev").exists() {
        println!("data not found at {}, skipping", root.display());
        return;
    }
    let verbose = std::env::args().any(|a| a == "-v");
    let only_dev = std::env::args().any(|a| a == "--dev");
    let train = std::env::args().any(|a| a == "--train");
    println!("{DEFINITIONS}");
    for split in ["dev", "train", "test"] {
        if only_dev && split == "test" || !train && split == "train" {
            continue;
        }
        let docs = load(&root.join(split));
        eval(split, &docs, verbose);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_become_byte_offsets() {
        // "é" and "’" are multi-byte: char offsets must be mapped to bytes
        let text = "Café owner’s view: Ann said it.";
        let ann = "T1\tSource 19 22\tAnn\nT2\tCue 23 27\tsaid\nT3\tContent 0 17\tCafé owner’s view\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n";
        let rels = parse_ann(text, ann);
        assert_eq!(rels.len(), 1);
        assert_eq!(&text[rels[0].source[0].clone()], "Ann");
        assert_eq!(&text[rels[0].cue[0].clone()], "said");
        assert_eq!(&text[rels[0].content[0].clone()], "Café owner’s view");
    }

    #[test]
    fn matching_is_one_to_one_and_maximal() {
        // greedy would give gold 0 to pred 0 and leave pred 1 unmatched
        let adj = vec![vec![0, 1], vec![0]];
        let m = max_matching(&adj, 2);
        assert_eq!(m, vec![Some(1), Some(0)]);
    }

    #[test]
    fn speaker_needs_link_and_source_overlap() {
        let text = "Ann said the plan failed.";
        let (q, a) = extract_quotes_and_attributions(text);
        assert!(q.is_empty());
        let g = Rel {
            source: vec![0..3],
            cue: vec![4..8],
            content: vec![9..24],
        };
        assert!(speaker_ok(&a[0], &g));
        let other = Rel {
            source: vec![0..3],
            cue: vec![4..8],
            content: vec![0..3],
        };
        assert!(!speaker_ok(&a[0], &other));
    }
}
