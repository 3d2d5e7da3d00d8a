//! What `factdiff feed` costs on one machine: the whole of bbc-news (2,225 articles) plus
//! the PAC story pairs (304) as one feed, then the same feed replicated 4× with ids and
//! dates shifted so that each copy falls in windows of its own. Time, peak memory (maximum
//! resident set size of the `factdiff` process, from /usr/bin/time) and articles per
//! second; the 4× feed should cost at most 4.4× the time of the 1× feed, and its memory
//! should stay near the 1× feed's (lines are read again when their story is checked, and
//! stories are checked and written a batch at a time).
//!
//! Run: `cargo build --release && cargo run --release --example bench_feed` (the binary is
//! target/release/factdiff, or $FACTDIFF_BIN). Reads ../shared/data (or $FACTDIFF_DATA);
//! exits 0 with a message when the data, the binary or /usr/bin/time is absent.
//! BENCH_ROUNDS (default 2) runs of each feed, alternating; the best time of each counts.
//! BENCH_COPIES (default `1,4`) the replications to run (the first two are compared);
//! BENCH_FEED_DIR keeps the feeds and their stories (`feed-Nx.jsonl`, `stories-Nx.jsonl`)
//! in that folder, for other runs on the same feeds (docs/scale.md). BENCH_ROUNDS=0 only
//! writes the feeds.
//!
//! Dates: bbc-news articles have none; here they get one of 60 days from 2005-01-03 (by
//! their order in the file), and undated PAC articles 2020-01-01, so that each copy can be
//! moved: copy k is shifted by k × 7,305 days (20 years) and its ids get a `cK/` prefix.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{Days, NaiveDate};
use serde_json::{Value, json};

/// One article of the feed as a JSON object, and its date.
struct Row {
    value: Value,
    date: NaiveDate,
}

fn rows(root: &Path) -> Option<Vec<Row>> {
    let bbc = std::fs::read_to_string(root.join("bbc-news/bbc_news_2225.jsonl")).ok()?;
    let pac =
        std::fs::read_to_string(root.join("pac-partisan-news-pairs/pac_story_pairs.jsonl")).ok()?;
    let mut out = Vec::new();
    let start = NaiveDate::from_ymd_opt(2005, 1, 3)?;
    for (i, line) in bbc.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        let a: Value = serde_json::from_str(line).ok()?;
        out.push(Row {
            value: json!({
                "id": format!("bbc/{}", a["id"].as_str()?),
                "outlet": "BBC",
                "title": a["title"],
                "text": a["text"],
            }),
            date: start + Days::new((i % 60) as u64),
        });
    }
    let undated = NaiveDate::from_ymd_opt(2020, 1, 1)?;
    for line in pac.lines().filter(|l| !l.trim().is_empty()) {
        let story: Value = serde_json::from_str(line).ok()?;
        for doc in story["documents"].as_array()? {
            let text: Vec<&str> = doc["sentences"]
                .as_array()?
                .iter()
                .filter_map(Value::as_str)
                .collect();
            out.push(Row {
                value: json!({
                    "id": doc["doc_id"],
                    "outlet": doc["source"],
                    "title": doc["title"],
                    "text": text.join("\n"),
                }),
                date: doc["date"]
                    .as_str()
                    .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                    .unwrap_or(undated),
            });
        }
    }
    Some(out)
}

/// Writes `copies` copies of the feed, copy k shifted by k × 20 years, in date order.
fn write_feed(rows: &[Row], copies: u64, path: &Path) -> std::io::Result<usize> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    let mut n = 0;
    for k in 0..copies {
        let mut order: Vec<&Row> = rows.iter().collect();
        order.sort_by_key(|r| r.date);
        for row in order {
            let mut value = row.value.clone();
            let id = value["id"].as_str().unwrap_or_default().to_string();
            value["id"] = json!(format!("c{k}/{id}"));
            let date = row.date + Days::new(k * 7305);
            value["published"] = json!(date.format("%Y-%m-%d").to_string());
            serde_json::to_writer(&mut out, &value)?;
            out.write_all(b"\n")?;
            n += 1;
        }
    }
    out.flush()?;
    Ok(n)
}

/// Seconds, peak resident memory (KB) and output lines of one `factdiff feed` run.
fn measure(bin: &Path, feed: &Path, output: &Path) -> Option<(f64, u64, usize)> {
    let result = Command::new("/usr/bin/time")
        .args(["-f", "%e %M"])
        .arg(bin)
        .args(["feed", "--format", "jsonl", "--fail-on", "never", "-o"])
        .arg(output)
        .arg(feed)
        .output()
        .ok()?;
    let stderr = String::from_utf8_lossy(&result.stderr);
    if !result.status.success() {
        eprintln!("factdiff feed failed: {stderr}");
        return None;
    }
    let last = stderr.lines().last()?;
    let mut parts = last.split_whitespace();
    let secs: f64 = parts.next()?.parse().ok()?;
    let kb: u64 = parts.next()?.parse().ok()?;
    let lines = std::fs::read_to_string(output).ok()?.lines().count();
    Some((secs, kb, lines))
}

fn main() {
    let root = common::data_root();
    let bin = std::env::var("FACTDIFF_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/release/factdiff")
        });
    if !bin.exists() || !Path::new("/usr/bin/time").exists() {
        println!(
            "bench_feed: {} or /usr/bin/time missing; skipped",
            bin.display()
        );
        return;
    }
    let Some(rows) = rows(&root) else {
        println!(
            "bench_feed: bbc-news or PAC not found under {}; skipped",
            root.display()
        );
        return;
    };
    let kept = std::env::var_os("BENCH_FEED_DIR").map(PathBuf::from);
    let dir = kept.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!("factdiff-bench-feed-{}", std::process::id()))
    });
    std::fs::create_dir_all(&dir).expect("temporary folder");
    let copies: Vec<u64> = std::env::var("BENCH_COPIES")
        .ok()
        .map(|v| v.split(',').filter_map(|c| c.trim().parse().ok()).collect())
        .filter(|c: &Vec<u64>| !c.is_empty())
        .unwrap_or_else(|| vec![1, 4]);
    let rounds: usize = std::env::var("BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2);
    let mut feeds = Vec::new();
    for &copies in &copies {
        let path = dir.join(format!("feed-{copies}x.jsonl"));
        let n = write_feed(&rows, copies, &path).expect("feed written");
        let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        println!("feed {copies}x: {n} articles, {:.1} MB", bytes as f64 / 1e6);
        feeds.push((copies, n, path));
    }
    drop(rows);
    let mut best: Vec<Option<(f64, u64, usize)>> = vec![None; feeds.len()];
    for round in 0..rounds {
        for (i, (copies, n, path)) in feeds.iter().enumerate() {
            let output = dir.join(format!("stories-{copies}x.jsonl"));
            let Some((secs, kb, lines)) = measure(&bin, path, &output) else {
                return;
            };
            println!(
                "  round {} {copies}x: {secs:.2} s, peak {:.0} MB, {:.0} articles/s, {lines} stories",
                round + 1,
                kb as f64 / 1024.0,
                *n as f64 / secs
            );
            let keep = match best[i] {
                Some((s, k, _)) => (s.min(secs), k.max(kb), lines),
                None => (secs, kb, lines),
            };
            best[i] = Some(keep);
        }
    }
    if let (Some(Some(one)), Some(Some(four))) = (best.first().copied(), best.get(1).copied()) {
        println!(
            "best time 1x {:.2} s, 4x {:.2} s: ratio {:.2} (goal <= 4.4); highest peak 1x {:.0} MB, 4x {:.0} MB: ratio {:.2}; stories 1x {}, 4x {} (4 x 1x = {})",
            one.0,
            four.0,
            four.0 / one.0,
            one.1 as f64 / 1024.0,
            four.1 as f64 / 1024.0,
            four.1 as f64 / one.1 as f64,
            one.2,
            four.2,
            4 * one.2
        );
    }
    if kept.is_none() {
        let _ = std::fs::remove_dir_all(&dir);
    }
}
