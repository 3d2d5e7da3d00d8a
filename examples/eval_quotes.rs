//! Quote / attribution evaluation on PolNeAR (`polnear-attribution`, BRAT standoff).
//!
//! cargo run --release --example eval_quotes [-- --dev] [-- --train] [-- -v]
//! (FACTDIFF_DATA=/path/to/shared/data to override the data root; `--dev` skips test; `--train`
//! also scores the train split, a second tuning part; `-v` prints wrong speakers, false positives
//! and misses, `-vq` the same for the quote speaker row only, `-va` for the all-predictions row with a note
//! on each miss; `EVAL_DUMP=dir` writes each article's predictions to `dir/<split>__<article>.json`
//! for error analysis.)
//!
//! Scoring definitions (printed with the results):
//! * Gold relation: one `E` line of the article's first `.ann` file in sorted order (articles with
//!   several annotators are scored against one of them). Its Source, Cue and Content are the
//!   unions of the (possibly discontinuous) `T` spans it names. BRAT offsets count characters;
//!   they are converted to byte offsets before comparing with the extractor's byte spans.
//! * Prediction: one quotation or one attribution from `extract_quotes_and_attributions`. A quote
//!   whose `continues` names an earlier quote (the next passage of the same quotation, `"A," she
//!   said. "B."`) joins that quote's prediction: PolNeAR annotates such a quotation as one
//!   relation. A prediction's content is the union of its passages' `content_start..content_end`
//!   (one span for an attribution); it "has a speaker" when `speaker_start`/`speaker_end` are set
//!   (pronoun / relative-pronoun positions included; the passages of a quotation share them).
//!   A quotation inside the content of an attribution with the same speaker span (a few words
//!   quoted inside a reported clause, `Roe said officials were "making progress" on the levy`)
//!   joins the attribution's prediction: PolNeAR annotates the clause as one relation.
//! * Link between a prediction and a gold relation: content overlap, summed over the passages,
//!   of at least 50% of the shorter of the two contents (lengths summed over spans). A prediction
//!   with an empty content (an attribution whose clause was not found; the extractor puts the
//!   empty span at the cue end) links to a gold relation whose Cue span touches that position.
//! * Content P/R: one-to-one maximum matching over the links (empty-content predictions are not
//!   counted). "strict" additionally requires overlap >= 50% of the longer content.
//! * Speaker P/R: one-to-one maximum matching over pairs (prediction with a speaker, gold with a
//!   Source) that are linked AND whose predicted speaker span overlaps the gold Source span.
//!   P = matched / predictions with a speaker; R = matched / gold relations with a Source.
//!   A prediction linked to a gold relation without a Source counts as a false positive.
//! * "passages not joined" scores every quote as a prediction of its own (the scoring before
//!   `continues` existed); it is printed for comparison with older figures.
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

/// One prediction: a quote with the passages that continue it (`Quote::continues`), or one
/// attribution. Its content is the union of the passages' contents.
struct Pred<'a> {
    content: Vec<Range<usize>>,
    /// where an empty content sits (the cue end of an attribution whose clause was not found)
    at: usize,
    speaker: Option<Range<usize>>,
    first: &'a Quote,
}

fn speaker_range(q: &Quote) -> Option<Range<usize>> {
    q.speaker_start.zip(q.speaker_end).map(|(a, b)| a..b)
}

/// Quotes joined into quotations (each passage that continues an earlier one joins its
/// prediction), then the attributions, one prediction each.
/// With `join` false every passage is its own prediction (the scoring before `continues`).
fn predictions<'a>(quotes: &'a [Quote], attrs: &'a [Quote], join: bool) -> Vec<Pred<'a>> {
    let mut out: Vec<Pred> = Vec::new();
    let mut by_start: BTreeMap<usize, usize> = BTreeMap::new();
    // The predictions made of quotes come first: `out[..n_quotes]`.
    let mut n_quotes = 0;
    for (i, q) in quotes.iter().chain(attrs).enumerate() {
        let c = q.content_start..q.content_end;
        if let Some(&p) = q.continues.filter(|_| join).and_then(|s| by_start.get(&s)) {
            out[p].content.push(c);
            by_start.insert(q.start, p);
            continue;
        }
        by_start.insert(q.start, out.len());
        out.push(Pred {
            content: if c.is_empty() { vec![] } else { vec![c] },
            at: q.content_start,
            speaker: speaker_range(q),
            first: q,
        });
        if i < quotes.len() {
            n_quotes = out.len();
        }
    }
    if join {
        // A quotation of a few words inside a reported clause through the same cue ("Roe said
        // officials were \"making progress\" on the levy") is part of the clause's relation.
        let inside = |q: &Pred, a: &Pred| {
            a.speaker.is_some()
                && a.speaker == q.speaker
                && a.content.len() == 1
                && q.content
                    .iter()
                    .all(|c| a.content[0].start <= c.start && c.end <= a.content[0].end)
        };
        let reported = out.split_off(n_quotes);
        out.retain(|q| q.content.is_empty() || !reported.iter().any(|a| inside(q, a)));
        out.extend(reported);
    }
    out
}

/// Content link: overlap >= 50% of the shorter; `strict`: >= 50% of the longer.
fn content_link(q: &Pred, g: &Rel, strict: bool) -> bool {
    let o: usize = q.content.iter().map(|r| ov_multi(r, &g.content)).sum();
    let (a, b) = (len_multi(&q.content), len_multi(&g.content));
    let base = if strict { a.max(b) } else { a.min(b) };
    o > 0 && o * 2 >= base
}
/// A prediction and a gold relation describe the same attribution.
fn linked(q: &Pred, g: &Rel) -> bool {
    if !q.content.is_empty() {
        content_link(q, g, false)
    } else {
        g.cue.iter().any(|c| c.start <= q.at && q.at <= c.end)
    }
}
fn speaker_ok(q: &Pred, g: &Rel) -> bool {
    q.speaker
        .as_ref()
        .is_some_and(|s| ov_multi(s, &g.source) > 0)
        && linked(q, g)
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
    speaker_passage: Prf,
    speaker_frag: Prf,
    speaker_span: Prf,
}

/// `-vq`: the quote speaker row's misses: quotations whose speaker matched no gold relation
/// (`Q-WRONG-SPK` when the quotation links to a quoted gold relation, else `Q-FP`), and quoted
/// gold relations with a Source left unmatched (`Q-FN`).
#[allow(clippy::too_many_arguments)]
fn print_misses(
    tag: &str,
    art: &str,
    text: &str,
    rels: &[Rel],
    preds: &[Pred],
    m: &[Option<usize>],
    gold_counts: impl Fn(usize) -> bool,
) {
    let matched_p: HashSet<usize> = m.iter().flatten().copied().collect();
    let src = |g: &Rel| -> Vec<String> {
        g.source
            .iter()
            .map(|r| text[r.clone()].to_string())
            .collect()
    };
    for (pi, q) in preds.iter().enumerate() {
        let Some(sp) = q.speaker.clone() else {
            continue;
        };
        if matched_p.contains(&pi) {
            continue;
        }
        let sp = &text[sp];
        let c: String = q.first.text.chars().take(60).collect();
        if let Some(g) = (0..rels.len()).find(|&g| gold_counts(g) && linked(q, &rels[g])) {
            println!(
                "    {tag}WRONG-SPK {art}: pred {sp:?} gold {:?} cue {:?} content {c:?}",
                src(&rels[g]),
                q.first.cue
            );
        } else {
            println!(
                "    {tag}FP {art}: spk {sp:?} cue {:?} content {c:?}",
                q.first.cue
            );
        }
    }
    for (gi, g) in rels.iter().enumerate() {
        if m[gi].is_none() && gold_counts(gi) {
            let gc: Vec<&str> = g.cue.iter().map(|r| &text[r.clone()]).collect();
            let c: String = g
                .content
                .first()
                .map(|r| text[r.clone()].chars().take(60).collect())
                .unwrap_or_default();
            let pred = preds.iter().find(|q| linked(q, g));
            let note = match pred {
                Some(q) if q.speaker.is_none() => "linked, no speaker",
                Some(_) => "linked, speaker elsewhere",
                None => "not linked",
            };
            println!(
                "    {tag}FN {art}: src {:?} cue {gc:?} content {c:?} ({note})",
                src(g)
            );
        }
    }
}

fn eval(split: &str, docs: &[Doc], verbose: bool, verbose_quotes: bool, verbose_all: bool) {
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

        let qpreds = predictions(&quotes, &[], true);
        // quotes only: content vs gold relations with quote marks (strict)
        let adj: Vec<Vec<usize>> = qpreds
            .iter()
            .map(|q| {
                (0..ng)
                    .filter(|&g| direct[g] && content_link(q, &rels[g], true))
                    .collect()
            })
            .collect();
        let m = max_matching(&adj, ng);
        let ndirect = direct.iter().filter(|d| **d).count();
        s.quote_content.add(count(&m), qpreds.len(), ndirect);

        // quotes only: speaker vs gold relations with quote marks and a Source
        let adj: Vec<Vec<usize>> = qpreds
            .iter()
            .map(|q| {
                (0..ng)
                    .filter(|&g| direct[g] && speaker_ok(q, &rels[g]))
                    .collect()
            })
            .collect();
        let m = max_matching(&adj, ng);
        let nq_spk = qpreds.iter().filter(|q| q.speaker.is_some()).count();
        let ndirect_src = (0..ng).filter(|&g| direct[g] && has_src[g]).count();
        if verbose_quotes {
            print_misses("Q-", art, text, rels, &qpreds, &m, |g| {
                direct[g] && has_src[g]
            });
        }
        s.quote_speaker.add(count(&m), nq_spk, ndirect_src);

        // all predictions
        let preds = predictions(&quotes, &attrs, true);
        let with_content: Vec<&Pred> = preds.iter().filter(|q| !q.content.is_empty()).collect();
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

        let ngs = has_src.iter().filter(|x| **x).count();
        // the same, every passage a prediction of its own (diagnostic: the scoring before
        // continuations were joined)
        let passages = predictions(&quotes, &attrs, false);
        let spk_passages: Vec<&Pred> = passages.iter().filter(|q| q.speaker.is_some()).collect();
        let adj: Vec<Vec<usize>> = spk_passages
            .iter()
            .map(|q| (0..ng).filter(|&g| speaker_ok(q, &rels[g])).collect())
            .collect();
        let m = max_matching(&adj, ng);
        s.speaker_passage.add(count(&m), spk_passages.len(), ngs);

        // SPEAKER: linked + speaker span overlaps the gold Source, one-to-one
        let spk_preds: Vec<&Pred> = preds.iter().filter(|q| q.speaker.is_some()).collect();
        let adj: Vec<Vec<usize>> = spk_preds
            .iter()
            .map(|q| (0..ng).filter(|&g| speaker_ok(q, &rels[g])).collect())
            .collect();
        let m = max_matching(&adj, ng);
        s.speaker.add(count(&m), spk_preds.len(), ngs);
        if verbose || verbose_all {
            // the matching over all predictions (those without a speaker never match)
            let spk_index: Vec<usize> = (0..preds.len())
                .filter(|&p| preds[p].speaker.is_some())
                .collect();
            let m_all: Vec<Option<usize>> = m.iter().map(|x| x.map(|p| spk_index[p])).collect();
            let tag = if verbose_all { "A-" } else { "" };
            print_misses(tag, art, text, rels, &preds, &m_all, |g| has_src[g]);
        }
        // fragment-tolerant precision: a prediction is right if ANY gold relation it links to has
        // an overlapping Source (several quote fragments of one gold content all count); no
        // recall, as several predictions may share one gold relation
        let ok_any = adj.iter().filter(|a| !a.is_empty()).count();
        s.speaker_frag.add(ok_any, spk_preds.len(), 0);

        // diagnostic: speaker spans vs Source spans, ignoring which relation they belong to
        let mut pred_src: Vec<Range<usize>> =
            preds.iter().filter_map(|q| q.speaker.clone()).collect();
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
    s.speaker_passage
        .show("speaker, passages not joined (diagnostic)");
    s.speaker_frag
        .show_p("speaker precision, fragment-tolerant (diagnostic)");
    s.speaker_span
        .show("speaker spans vs Source spans, unlinked (diagnostic)");
}

const DEFINITIONS: &str = "\
Definitions: gold = E relations of the first annotator (.ann in sorted order), BRAT char offsets
converted to bytes; prediction = one quotation (a quote and the quotes that continue it, contents
joined) or one attribution from extract_quotes_and_attributions; a quotation inside the clause of
an attribution with the same speaker span joins that attribution. A prediction LINKS to a gold
relation when their contents overlap by >= 50% of the shorter one (an empty-content prediction:
when the gold Cue touches its cue-end position). strict = overlap >= 50% of the longer.
Content P/R = one-to-one maximum matching of links (P over predictions with content, R over all
gold). Speaker P/R = one-to-one maximum matching of linked pairs whose predicted speaker span
overlaps the gold Source span (P over predictions with a speaker, R over gold with a Source).
Quote rows use only quotations and gold relations whose content contains a double quote mark.
Row 'passages not joined': every quote scored as a prediction of its own (the older scoring).";

fn main() {
    let root = data_root().join("polnear-attribution");
    if !root.join("dev").exists() {
        println!("data not found at {}, skipping", root.display());
        return;
    }
    let verbose = std::env::args().any(|a| a == "-v");
    let verbose_quotes = std::env::args().any(|a| a == "-vq");
    let verbose_all = std::env::args().any(|a| a == "-va");
    let only_dev = std::env::args().any(|a| a == "--dev");
    let train = std::env::args().any(|a| a == "--train");
    println!("{DEFINITIONS}");
    for split in ["dev", "train", "test"] {
        if only_dev && split == "test" || !train && split == "train" {
            continue;
        }
        let docs = load(&root.join(split));
        eval(split, &docs, verbose, verbose_quotes, verbose_all);
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
        let p = predictions(&q, &a, true);
        assert!(speaker_ok(&p[0], &g));
        let other = Rel {
            source: vec![0..3],
            cue: vec![4..8],
            content: vec![0..3],
        };
        assert!(!speaker_ok(&p[0], &other));
    }

    #[test]
    fn continued_passages_are_one_prediction() {
        let text = "“The bridge is closed,” Ann said. “It opens again in May.”";
        let (q, a) = extract_quotes_and_attributions(text);
        assert_eq!(q.len(), 2);
        assert_eq!(q[1].continues, Some(q[0].start));
        let joined = predictions(&q, &a, true);
        assert_eq!(joined.len(), 1);
        assert_eq!(joined[0].content.len(), 2);
        assert_eq!(predictions(&q, &a, false).len(), 2);
    }

    #[test]
    fn quoted_words_inside_a_reported_clause_join_it() {
        let text = "Ann Roe said the crews were “making real progress” on the bridge.";
        let (q, a) = extract_quotes_and_attributions(text);
        assert_eq!((q.len(), a.len()), (1, 1));
        let joined = predictions(&q, &a, true);
        assert_eq!(joined.len(), 1);
        assert!(std::ptr::eq(joined[0].first, &a[0]));
        assert_eq!(predictions(&q, &a, false).len(), 2);
    }
}
