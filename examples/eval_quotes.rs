//! Quote / attribution evaluation on PolNeAR (BRAT standoff; char offsets converted to bytes).
//! cargo run --release --example eval_quotes   (FACTDIFF_DATA=/work/shared/data to override; -v to print errors)
#![allow(clippy::print_stdout, clippy::print_stderr)]
use std::collections::BTreeMap;
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

fn load(dir: &Path) -> Vec<(String, String, Vec<Rel>)> {
    let mut anns: Vec<PathBuf> = std::fs::read_dir(dir.join("attributions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    anns.sort();
    let mut seen = std::collections::HashSet::new();
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
        // char offset -> byte offset
        let mut c2b: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        c2b.push(text.len());
        let conv = |c: usize| c2b[c.min(c2b.len() - 1)];
        let ann = std::fs::read_to_string(&a).unwrap();
        let mut spans: BTreeMap<String, (String, Vec<Range<usize>>)> = BTreeMap::new();
        let mut rels = Vec::new();
        for line in ann.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            if f[0].starts_with('T') && f.len() >= 2 {
                let (ty, offs) = f[1].split_once(' ').unwrap();
                let rs = offs
                    .split(';')
                    .map(|p| {
                        let (x, y) = p.split_once(' ').unwrap();
                        conv(x.parse().unwrap())..conv(y.parse().unwrap())
                    })
                    .collect();
                spans.insert(f[0].to_string(), (ty.to_string(), rs));
            } else if f[0].starts_with('E') && f.len() >= 2 {
                let mut r = Rel::default();
                for arg in f[1].split_whitespace() {
                    let (role, id) = arg.split_once(':').unwrap();
                    let Some((_, rs)) = spans.get(id) else {
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
        out.push((art, text, rels));
    }
    out
}

#[derive(Default)]
struct Prf {
    tp_p: usize,
    np: usize,
    tp_g: usize,
    ng: usize,
}
impl Prf {
    fn show(&self, label: &str) {
        let p = self.tp_p as f64 / self.np.max(1) as f64;
        let r = self.tp_g as f64 / self.ng.max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        println!(
            "  {label:<58} P={p:.3} R={r:.3} F1={f:.3} (pred {} / gold {})",
            self.np, self.ng
        );
    }
}

/// Greedy one-to-one matching of predictions to gold by score; returns pred -> gold.
fn greedy(scores: Vec<(f64, usize, usize)>) -> BTreeMap<usize, usize> {
    let mut s = scores;
    s.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap());
    let mut used_g = std::collections::HashSet::new();
    let mut m = BTreeMap::new();
    for (_, p, g) in s {
        if m.contains_key(&p) || used_g.contains(&g) {
            continue;
        }
        used_g.insert(g);
        m.insert(p, g);
    }
    m
}

fn eval(split: &str, docs: &[(String, String, Vec<Rel>)], verbose: bool) {
    let mut q_strict = Prf::default(); // quotes vs gold contents with quote marks, >=50% of longer
    let mut q_len = Prf::default(); // quotes vs any gold content, >=50% of the shorter
    let mut all_content = Prf::default(); // quotes+attributions content vs all gold content, >=50% of shorter
    let mut spk_rel = Prf::default(); // speaker via matched relation
    let mut spk_span = Prf::default(); // speaker spans vs gold source spans, any overlap, 1:1
    let mut q_spk = Prf::default(); // quotes only: speaker of quotes vs gold relations with a direct quote
    for (art, text, rels) in docs {
        let (quotes, attrs) = extract_quotes_and_attributions(text);
        let is_direct = |r: &Rel| {
            r.content.iter().any(|c| {
                let t = &text[c.clone()];
                t.contains(['"', '“', '”']) || t.contains("''")
            })
        };
        // 1. quotes vs direct gold contents (strict: >= 50% of the longer)
        let direct: Vec<usize> = (0..rels.len()).filter(|&i| is_direct(&rels[i])).collect();
        let qr = |q: &Quote| q.content_start..q.content_end;
        let mut sc = vec![];
        for (pi, q) in quotes.iter().enumerate() {
            for &gi in &direct {
                let o = ov_multi(&qr(q), &rels[gi].content);
                let longer = qr(q).len().max(len_multi(&rels[gi].content));
                if o * 2 >= longer && o > 0 {
                    sc.push((o as f64 / longer as f64, pi, gi));
                }
            }
        }
        let m = greedy(sc);
        q_strict.tp_p += m.len();
        q_strict.np += quotes.len();
        q_strict.tp_g += m.len();
        q_strict.ng += direct.len();
        // 2. lenient: quotes vs all gold content, >= 50% of the shorter
        let lenient = |r: Range<usize>, rel: &Rel| -> Option<f64> {
            let o = ov_multi(&r, &rel.content);
            let shorter = r.len().min(len_multi(&rel.content)).max(1);
            (o > 0 && o * 2 >= shorter)
                .then(|| o as f64 / r.len().max(len_multi(&rel.content)).max(1) as f64)
        };
        let mut sc = vec![];
        for (pi, q) in quotes.iter().enumerate() {
            for (gi, g) in rels.iter().enumerate() {
                if let Some(s) = lenient(qr(q), g) {
                    sc.push((s, pi, gi));
                }
            }
        }
        let m = greedy(sc);
        q_len.tp_p += m.len();
        q_len.np += quotes.len();
        q_len.tp_g += m.values().filter(|g| direct.contains(g)).count();
        q_len.ng += direct.len();
        // 3. combined
        let preds: Vec<&Quote> = quotes.iter().chain(attrs.iter()).collect();
        let mut sc = vec![];
        for (pi, q) in preds.iter().enumerate() {
            for (gi, g) in rels.iter().enumerate() {
                let r = qr(q);
                let mut s = lenient(r.clone(), g).unwrap_or(0.0);
                // a content-less prediction may still match by its speaker + cue
                if s == 0.0
                    && let (Some(a), Some(b)) = (q.speaker_start, q.speaker_end)
                    && ov_multi(&(a..b), &g.source) > 0
                    && r.is_empty()
                {
                    s = 0.01;
                }
                if s > 0.0 {
                    sc.push((s, pi, gi));
                }
            }
        }
        let m = greedy(sc);
        let with_content = preds
            .iter()
            .filter(|q| q.content_end > q.content_start)
            .count();
        all_content.tp_p += m
            .iter()
            .filter(|(p, _)| preds[**p].content_end > preds[**p].content_start)
            .count();
        all_content.np += with_content;
        all_content.tp_g += m.len();
        all_content.ng += rels.len();
        let sp = |q: &Quote| q.speaker_start.zip(q.speaker_end).map(|(a, b)| a..b);
        let mut good_g = std::collections::HashSet::new();
        for (p, g) in &m {
            if let Some(s) = sp(preds[*p]) {
                if ov_multi(&s, &rels[*g].source) > 0 {
                    spk_rel.tp_p += 1;
                    good_g.insert(*g);
                } else if verbose {
                    let gs: Vec<&str> = rels[*g].source.iter().map(|r| &text[r.clone()]).collect();
                    println!(
                        "    WRONG-SPK {art}: pred {:?} gold {:?} cue {:?}",
                        &text[s], gs, preds[*p].cue
                    );
                }
            }
        }
        spk_rel.np += preds.iter().filter(|q| sp(q).is_some()).count();
        spk_rel.tp_g += good_g.len();
        spk_rel.ng += rels.iter().filter(|r| !r.source.is_empty()).count();
        if verbose {
            let matched: std::collections::HashSet<usize> = m.keys().copied().collect();
            for (pi, q) in preds.iter().enumerate() {
                if !matched.contains(&pi)
                    && let Some(s) = sp(q)
                {
                    println!(
                        "    FP {art}: spk {:?} cue {:?} content {:?}",
                        &text[s],
                        q.cue,
                        &q.text.chars().take(60).collect::<String>()
                    );
                }
            }
            let mg: std::collections::HashSet<usize> = m.values().copied().collect();
            for (gi, g) in rels.iter().enumerate() {
                if !mg.contains(&gi) {
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
        // 4. quotes-only speaker
        let mut sc = vec![];
        for (pi, q) in quotes.iter().enumerate() {
            for &gi in &direct {
                if let Some(s) = lenient(qr(q), &rels[gi]) {
                    sc.push((s, pi, gi));
                }
            }
        }
        let m = greedy(sc);
        for (p, g) in &m {
            if let Some(s) = sp(&quotes[*p])
                && ov_multi(&s, &rels[*g].source) > 0
            {
                q_spk.tp_p += 1;
                q_spk.tp_g += 1;
            }
        }
        q_spk.np += quotes.iter().filter(|q| sp(q).is_some()).count();
        q_spk.ng += direct
            .iter()
            .filter(|&&g| !rels[g].source.is_empty())
            .count();
        // 5. span-only speaker figure
        let gold_src: Vec<Range<usize>> = rels
            .iter()
            .filter_map(|r| r.source.first().cloned())
            .collect();
        let pred_src: Vec<Range<usize>> = {
            let mut v: Vec<Range<usize>> = preds.iter().filter_map(|q| sp(q)).collect();
            v.sort_by_key(|r| (r.start, r.end));
            v.dedup();
            v
        };
        let mut sc = vec![];
        for (pi, p) in pred_src.iter().enumerate() {
            for (gi, g) in gold_src.iter().enumerate() {
                let o = overlap(p, g);
                if o > 0 {
                    sc.push((o as f64, pi, gi));
                }
            }
        }
        let m = greedy(sc);
        spk_span.tp_p += m.len();
        spk_span.np += pred_src.len();
        spk_span.tp_g += m.len();
        spk_span.ng += gold_src.len();
    }
    let nrel: usize = docs.iter().map(|d| d.2.len()).sum();
    println!(
        "== {split}: {} articles, {} gold relations",
        docs.len(),
        nrel
    );
    q_strict.show("quote content vs direct gold contents (>=50% of longer)");
    q_len.show("quote content lenient (>=50% shorter; P vs any gold, R vs direct)");
    all_content.show("quotes+attributions content vs all gold (>=50% shorter)");
    q_spk.show("quote speaker (quotes only, vs direct-quote relations)");
    spk_rel.show("SPEAKER (quotes+attributions, via matched relation)");
    spk_span.show("speaker spans vs gold Source spans (any overlap, 1:1)");
}

fn main() {
    let root = data_root().join("polnear-attribution");
    if !root.join("dev").exists() {
        println!("data not found at {}, skipping", root.display());
        return;
    }
    let verbose = std::env::args().any(|a| a == "-v");
    let only_dev = std::env::args().any(|a| a == "--dev");
    for split in ["dev", "test"] {
        if only_dev && split == "test" {
            continue;
        }
        let docs = load(&root.join(split));
        eval(split, &docs, verbose);
    }
}
