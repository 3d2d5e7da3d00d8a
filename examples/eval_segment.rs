//! Sentence-boundary evaluation on GUM news (gold sentences -> end offsets).
//! cargo run --release --example eval_segment   (FACTDIFF_DATA=/work/shared/data to override)
//!
//! Each system runs on the text as given, then on a hard-wrapped copy of it: every line
//! wrapped at 72 columns as a wire service or a mail client does (a space where the next
//! word would pass column 72 becomes a line break, so gold offsets are unchanged).
#![allow(clippy::print_stdout, clippy::print_stderr)]
use std::collections::BTreeSet;
use std::path::PathBuf;

fn data_root() -> PathBuf {
    std::env::var("FACTDIFF_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"))
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}
impl Counts {
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
    fn show(&self, label: &str) {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        println!(
            "{label:<40} P={p:.4} R={r:.4} F1={f:.4} (tp={} fp={} fn={})",
            self.tp, self.fp, self.fn_
        );
    }
}

fn main() {
    let path = data_root().join("gum-news-sentences/gum_news_sentences.jsonl");
    let Ok(data) = std::fs::read_to_string(&path) else {
        println!("data not found at {}, skipping", path.display());
        return;
    };
    let verbose = std::env::args().any(|a| a == "-v");
    type Splitter = fn(&str) -> Vec<std::ops::Range<usize>>;
    let systems: [(&str, Splitter); 4] = [
        (
            "rules only (hand-written, no sentencex)",
            factdiff::segment::split_sentences_rules_only,
        ),
        (
            "sentencex after newline split",
            factdiff::segment::split_sentences_sentencex_only,
        ),
        (
            "each line apart (wraps end sentences)",
            factdiff::segment::split_sentences_line_by_line,
        ),
        ("final split_sentences", factdiff::segment::split_sentences),
    ];
    for ((name, f), wrapped) in systems.iter().flat_map(|&s| [(s, false), (s, true)]) {
        let mut halves = [Counts::default(), Counts::default()];
        let mut inner = Counts::default();
        for (i, line) in data.lines().enumerate() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let given = v["text"].as_str().unwrap();
            let wrapped_text = wrap(given, 72);
            let text = if wrapped {
                wrapped_text.as_str()
            } else {
                given
            };
            let mut gold = BTreeSet::new();
            let mut cur = 0;
            for s in v["sentences"].as_array().unwrap() {
                let s = s.as_str().unwrap();
                let at = given[cur..].find(s).expect("gold sentence not found") + cur;
                cur = at + s.len();
                gold.insert(cur);
            }
            let pred: BTreeSet<usize> = f(text).into_iter().map(|r| r.end).collect();
            let c = Counts {
                tp: gold.intersection(&pred).count(),
                fp: pred.difference(&gold).count(),
                fn_: gold.difference(&pred).count(),
            };
            halves[i % 2].add(c);
            // boundaries not at a line end (the non-trivial ones)
            let line_end = |e: &usize| text[*e..].starts_with('\n') || *e == text.len();
            let gi: BTreeSet<usize> = gold.iter().copied().filter(|e| !line_end(e)).collect();
            let pi: BTreeSet<usize> = pred.iter().copied().filter(|e| !line_end(e)).collect();
            inner.add(Counts {
                tp: gi.intersection(&pi).count(),
                fp: pi.difference(&gi).count(),
                fn_: gi.difference(&pi).count(),
            });
            if verbose
                && name.starts_with("final")
                && wrapped == std::env::var("EVAL_WRAPPED").is_ok()
            {
                for e in pred.difference(&gold) {
                    let a = e.saturating_sub(60);
                    let a = (0..=a).rev().find(|&k| text.is_char_boundary(k)).unwrap();
                    let b = (*e + 40).min(text.len());
                    let b = (b..=text.len())
                        .find(|&k| text.is_char_boundary(k))
                        .unwrap();
                    println!("  FP {:?} || {:?}", &text[a..*e], &text[*e..b]);
                }
                for e in gold.difference(&pred) {
                    let a = e.saturating_sub(60);
                    let a = (0..=a).rev().find(|&k| text.is_char_boundary(k)).unwrap();
                    let b = (*e + 40).min(text.len());
                    let b = (b..=text.len())
                        .find(|&k| text.is_char_boundary(k))
                        .unwrap();
                    println!("  FN {:?} || {:?}", &text[a..*e], &text[*e..b]);
                }
            }
        }
        println!(
            "== {name}{}",
            if wrapped { ", hard-wrapped at 72" } else { "" }
        );
        halves[0].show("tune (even docs)");
        halves[1].show("held-out (odd docs)");
        let mut all = halves[0];
        all.add(halves[1]);
        all.show("all");
        inner.show("all, within-line boundaries only");
    }
}

/// `text` with each line wrapped at `width` columns: a space where the next word would pass
/// the width becomes a line break (the same byte length).
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut column = 0;
        for (j, word) in line.split(' ').enumerate() {
            let len = word.chars().count();
            if j > 0 {
                if column > 0 && column + 1 + len > width {
                    out.push('\n');
                    column = 0;
                } else {
                    out.push(' ');
                    column += 1;
                }
            }
            out.push_str(word);
            column += len;
        }
    }
    out
}
