//! How `factdiff check` grows with its input, for the shapes of input that once ran away:
//! quote-heavy prose, one long line of many sentences, a minified HTML page of many
//! paragraphs, text without sentence punctuation, deeply nested HTML, and many short lines.
//! Each shape is generated here (no data needed) as two articles of one story that differ in
//! a few figures, at 1, 2, 4 and 8 MB in all; each run is the release binary as a child under
//! /usr/bin/time (wall time and maximum resident set size). Prints, per shape, the time and
//! memory at each size, memory as a multiple of the input, and the growth ratios 2×/1×,
//! 4×/1× and 8×/1× of time and memory (near-linear: about 2, 4 and 8).
//!
//! Run: `cargo build --release && cargo run --release --example bench_growth` (the binary is
//! target/release/factdiff, or $FACTDIFF_BIN). GROWTH_SIZES (default `1,2,4,8`, megabytes),
//! GROWTH_SHAPES (default all, comma-separated names), GROWTH_TIMEOUT (seconds a run may
//! take, default 300; a run past it is killed and printed as such), GROWTH_COMMAND
//! (`check`, default, or `inspect`). Exits 0 with a message when the binary or /usr/bin/time
//! is absent.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A small deterministic generator (xorshift), so every run sees the same text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
        words[self.below(words.len())]
    }
}

const NOUNS: &[&str] = &[
    "council",
    "budget",
    "harbour",
    "warehouse",
    "hospital",
    "school",
    "bridge",
    "railway",
    "election",
    "ministry",
    "inquiry",
    "company",
    "village",
    "factory",
    "river",
    "airport",
    "court",
    "police",
    "museum",
    "market",
    "station",
    "university",
    "festival",
    "stadium",
];
const VERBS: &[&str] = &[
    "approved",
    "rejected",
    "opened",
    "closed",
    "delayed",
    "funded",
    "reviewed",
    "announced",
    "expanded",
    "inspected",
    "rebuilt",
    "sold",
    "reported",
    "cancelled",
    "reopened",
];
const NAMES: &[&str] = &[
    "Jane Roe",
    "John Kerry",
    "Maria Lopez",
    "Ahmed Khan",
    "Li Wei",
    "Anna Berg",
    "Peter Novak",
    "Sara Cohen",
    "Tom Walsh",
    "Ines Duarte",
    "Kofi Mensah",
    "Yuki Sato",
];
const PLACES: &[&str] = &[
    "Riverton",
    "Eastbay",
    "Northfield",
    "Lakeside",
    "Westport",
    "Hillcrest",
    "Millbrook",
];
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/// One plain sentence of news prose; `variant` changes its figure (the second article's).
fn sentence(rng: &mut Rng, variant: bool) -> String {
    let n = rng.below(9_000) + 100;
    let n = if variant && rng.below(50) == 0 {
        n + 7
    } else {
        n
    };
    format!(
        "The {} in {} {} {} new {} on {}, {} said.",
        rng.pick(NOUNS),
        rng.pick(PLACES),
        rng.pick(VERBS),
        n,
        rng.pick(NOUNS),
        rng.pick(DAYS),
        rng.pick(NAMES),
    )
}

fn quoted(rng: &mut Rng, variant: bool) -> String {
    let n = rng.below(9_000) + 100;
    let n = if variant && rng.below(50) == 0 {
        n + 7
    } else {
        n
    };
    format!(
        "{} said \"we will build {} new {} in {}\" on {}.",
        rng.pick(NAMES),
        n,
        rng.pick(NOUNS),
        rng.pick(PLACES),
        rng.pick(DAYS),
    )
}

fn unpunctuated(rng: &mut Rng, variant: bool) -> String {
    let s = sentence(rng, variant);
    s.replace([',', '.'], "")
}

/// The shapes: name, file extension, and one article of about `bytes` bytes.
type Shape = (
    &'static str,
    &'static str,
    fn(&mut Rng, bool, usize) -> String,
);

const SHAPES: &[Shape] = &[
    ("quote-heavy", "txt", |rng, v, bytes| {
        lines(bytes, "\n", || quoted(rng, v))
    }),
    ("one-long-line", "txt", |rng, v, bytes| {
        let mut s = lines(bytes, " ", || sentence(rng, v));
        s.push('\n');
        s
    }),
    ("minified-html", "html", |rng, v, bytes| {
        let body = lines(bytes, "", || format!("<p>{}</p>", sentence(rng, v)));
        format!(
            "<!DOCTYPE html><html><head><title>Report</title></head><body><article>{body}</article></body></html>"
        )
    }),
    ("unpunctuated", "txt", |rng, v, bytes| {
        // Paragraphs of about 2 kB with a full stop only at their end, as in a scraped feed:
        // each a run-on "sentence" of some thirty reports.
        let mut out = String::new();
        while out.len() < bytes {
            let start = out.len();
            while out.len() - start < 2_000 {
                if out.len() > start {
                    out.push(' ');
                }
                out.push_str(&unpunctuated(rng, v));
            }
            out.push_str(".\n\n");
        }
        out
    }),
    ("nested-html", "html", |rng, v, bytes| {
        // Every paragraph opens a <div> that is never closed: the depth grows with the size.
        let body = lines(bytes, "", || format!("<div><p>{}</p>", sentence(rng, v)));
        format!("<!DOCTYPE html><html><head><title>Report</title></head><body>{body}</body></html>")
    }),
    ("short-lines", "txt", |rng, v, bytes| {
        lines(bytes, "\n", || {
            let n = rng.below(900) + 10;
            let n = if v && rng.below(50) == 0 { n + 7 } else { n };
            format!(
                "{} {} {n} {}.",
                rng.pick(NAMES),
                rng.pick(VERBS),
                rng.pick(NOUNS)
            )
        })
    }),
];

/// Pieces joined by `sep` until the text reaches `bytes`.
fn lines(bytes: usize, sep: &str, mut piece: impl FnMut() -> String) -> String {
    let mut out = String::with_capacity(bytes + 200);
    while out.len() < bytes {
        out.push_str(&piece());
        out.push_str(sep);
    }
    out
}

struct Run {
    seconds: f64,
    peak_kb: u64,
    note: &'static str,
}

fn run(bin: &Path, command: &str, dir: &Path, limit: Duration) -> Option<Run> {
    // `timeout` kills a runaway run; /usr/bin/time reports the largest process under it.
    let child = Command::new("/usr/bin/time")
        .args(["-f", "%e %M", "timeout", "-s", "KILL"])
        .arg(limit.as_secs().to_string())
        .arg(bin)
        .arg(command)
        .arg(dir)
        .args(["--format", "json", "--max-article-size", "20"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    let started = Instant::now();
    let out = child.wait_with_output().ok()?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = stderr.lines().rev().find(|l| {
        let mut it = l.split_whitespace();
        it.next().is_some_and(|t| t.parse::<f64>().is_ok())
            && it.next().is_some_and(|m| m.parse::<u64>().is_ok())
    })?;
    let mut it = last.split_whitespace();
    let seconds = it.next()?.parse().ok()?;
    let peak_kb = it.next()?.parse().ok()?;
    let note = if started.elapsed() >= limit {
        "killed at the time limit"
    } else if stderr.contains("error:") {
        "error"
    } else {
        ""
    };
    Some(Run {
        seconds,
        peak_kb,
        note,
    })
}

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_string())
}

fn main() {
    let bin = std::env::var_os("FACTDIFF_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/release/factdiff")
        });
    if !bin.exists() || !Path::new("/usr/bin/time").exists() {
        println!(
            "skipped: needs {} (cargo build --release) and /usr/bin/time",
            bin.display()
        );
        return;
    }
    let sizes: Vec<usize> = env_or("GROWTH_SIZES", "1,2,4,8")
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let wanted = env_or("GROWTH_SHAPES", "");
    let command = env_or("GROWTH_COMMAND", "check");
    let limit = Duration::from_secs(env_or("GROWTH_TIMEOUT", "300").parse().unwrap_or(300));
    println!("factdiff {command}, two articles per run, sizes are both together");
    println!(
        "{:<14} {:>5} {:>9} {:>9} {:>7}  note",
        "shape", "MB", "seconds", "peak MB", "mem/in"
    );
    let mut summary = String::new();
    for &(name, ext, make) in SHAPES {
        if !wanted.is_empty() && !wanted.split(',').any(|w| w == name) {
            continue;
        }
        let mut results: Vec<(usize, Run)> = Vec::new();
        for &mb in &sizes {
            let dir = tempfile::tempdir().expect("a temporary directory");
            let half = mb * 1_000_000 / 2;
            let mut total = 0;
            for (i, variant) in [false, true].into_iter().enumerate() {
                let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ (mb as u64));
                let text = format!("Story {name}\n\n{}", make(&mut rng, variant, half));
                total += text.len();
                std::fs::write(dir.path().join(format!("{i}.{ext}")), text).expect("write");
            }
            let Some(r) = run(&bin, &command, dir.path(), limit) else {
                println!("{name:<14} {mb:>5} (the run could not be measured)");
                continue;
            };
            if !r.note.is_empty() {
                println!(
                    "{name:<14} {mb:>5} {:>9.2} {:>9} {:>7}  {}",
                    r.seconds, "-", "-", r.note
                );
                continue;
            }
            let ratio = r.peak_kb as f64 * 1024.0 / total as f64;
            println!(
                "{name:<14} {mb:>5} {:>9.2} {:>9.1} {:>6.1}×  {}",
                r.seconds,
                r.peak_kb as f64 / 1024.0,
                ratio,
                r.note
            );
            results.push((mb, r));
        }
        if let Some((base_mb, base)) = results.first() {
            let mut line = format!("{name:<14}");
            for (mb, r) in &results[1..] {
                let _ = write!(
                    line,
                    "  {}×/{}×: time {:.2}, mem {:.2}",
                    mb / base_mb,
                    1,
                    r.seconds / base.seconds.max(0.01),
                    r.peak_kb as f64 / base.peak_kb.max(1) as f64
                );
            }
            summary.push_str(&line);
            summary.push('\n');
        }
    }
    println!("\ngrowth against the smallest size:\n{summary}");
}
