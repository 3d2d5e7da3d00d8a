//! End-to-end cost of `factdiff check` as a cluster grows, fast vs exhaustive alignment.
//!
//! Builds clusters of 10, 100, 1,000 and 2,000 articles from `../shared/data/bbc-news` and
//! `../shared/data/pac-partisan-news-pairs` (same mix at every size: 12 % PAC story pairs, the
//! rest BBC articles), writes them to a temporary directory, and runs the release binary
//! on each under `/usr/bin/time -v`: wall time (median of the repeats), peak memory (max
//! resident set) and the aligned pairs it reports. It also times the aligner alone, in
//! process, on the same documents.
//!
//! ```sh
//! cargo bench --bench check_scaling
//! FACTDIFF_BENCH_SIZES=10,100,1000 FACTDIFF_BENCH_REPEAT=5 cargo bench --bench check_scaling
//! FACTDIFF_BENCH_MODES=fast cargo bench --bench check_scaling
//! FACTDIFF_BENCH_BASELINE=/path/to/older/factdiff cargo bench --bench check_scaling
//! ```
//!
//! With `FACTDIFF_BENCH_BASELINE`, every `check` run of this build is paired with a run of that
//! binary on the same cluster (alternating, so both see the same load), and the last table gives
//! this build's median cpu and wall time as a ratio of the baseline's: the figure to quote when
//! a change must not slow `check` down.
//!
//! The data root is `../shared/data` beside the repository, or `FACTDIFF_DATA`; without the
//! data the benchmark prints "data not found at ..., skipping" and exits 0. Nothing from the
//! data is written outside the temporary directory.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use factdiff::align::{self, AlignMode};
use factdiff::config::RuleSet;
use factdiff::input::{LoadOptions, load_paths};

const BINARY: &str = env!("CARGO_BIN_EXE_factdiff");
/// Share of a cluster's articles taken from PAC story pairs (the rest are BBC articles).
const PAC_SHARE: f64 = 0.12;

fn data_root() -> PathBuf {
    std::env::var_os("FACTDIFF_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"))
}

fn env_list(name: &str, default: &str) -> Vec<String> {
    std::env::var(name)
        .unwrap_or_else(|_| default.to_string())
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Articles as (file stem, text).
type Articles = Vec<(String, String)>;

/// The PAC story-pair articles and the BBC articles.
fn read_articles(root: &Path) -> Option<(Articles, Articles)> {
    let pac =
        std::fs::read_to_string(root.join("pac-partisan-news-pairs/pac_story_pairs.jsonl")).ok()?;
    let bbc = std::fs::read_to_string(root.join("bbc-news/bbc_news_2225.jsonl")).ok()?;
    let mut pac_articles = Vec::new();
    for line in pac.lines().filter(|l| !l.trim().is_empty()) {
        let story: serde_json::Value = serde_json::from_str(line).ok()?;
        for doc in story["documents"].as_array()? {
            let sentences: Vec<&str> = doc["sentences"]
                .as_array()?
                .iter()
                .filter_map(|s| s.as_str())
                .collect();
            // Paragraphs of three sentences, under the title.
            let body: Vec<String> = sentences.chunks(3).map(|c| c.join(" ")).collect();
            let text = format!(
                "{}\n\n{}\n",
                doc["title"].as_str().unwrap_or(""),
                body.join("\n\n")
            );
            pac_articles.push((doc["doc_id"].as_str()?.to_string(), text));
        }
    }
    let mut bbc_articles = Vec::new();
    for line in bbc.lines().filter(|l| !l.trim().is_empty()) {
        let article: serde_json::Value = serde_json::from_str(line).ok()?;
        let text = format!(
            "{}\n\n{}\n",
            article["title"].as_str().unwrap_or(""),
            article["text"].as_str().unwrap_or("")
        );
        let id = article["id"].as_str()?.replace(['/', '.'], "_");
        bbc_articles.push((id, text));
    }
    Some((pac_articles, bbc_articles))
}

fn write_cluster(
    dir: &Path,
    size: usize,
    pac: &[(String, String)],
    bbc: &[(String, String)],
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let pac_count = (((size as f64 * PAC_SHARE) / 2.0).round() as usize * 2).min(pac.len());
    let chosen = pac[..pac_count]
        .iter()
        .chain(bbc.iter().take(size - pac_count));
    for (i, (id, text)) in chosen.enumerate() {
        std::fs::write(dir.join(format!("{i:04}_{id}.txt")), text)?;
    }
    Ok(())
}

struct Run {
    wall: Duration,
    /// User + system CPU time (from `/usr/bin/time`): steadier than wall time on a shared machine.
    cpu: Option<f64>,
    peak_kb: Option<u64>,
    links: u64,
    sentences: u64,
}

/// One `factdiff check` of `binary` under `/usr/bin/time -v` (or timed here when it is missing).
fn run_check(binary: &Path, dir: &Path, mode: &str) -> Run {
    let time = Path::new("/usr/bin/time");
    let mut cmd = if time.exists() {
        let mut c = Command::new(time);
        c.arg("-v").arg(binary);
        c
    } else {
        Command::new(binary)
    };
    cmd.args([
        "check",
        "--format",
        "json",
        "--fail-on",
        "never",
        "--align",
        mode,
    ])
    .arg("--no-project-rules")
    .arg(dir)
    .env("NO_COLOR", "1");
    let start = Instant::now();
    let out = cmd.output().expect("run factdiff");
    let wall = start.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "factdiff failed: {stderr}");
    let peak_kb = stderr
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("Maximum resident set size (kbytes): ")
        })
        .and_then(|v| v.trim().parse().ok());
    let seconds = |prefix: &str| {
        stderr
            .lines()
            .find_map(|l| l.trim().strip_prefix(prefix))
            .and_then(|v| v.trim().parse::<f64>().ok())
    };
    let cpu = seconds("User time (seconds): ")
        .zip(seconds("System time (seconds): "))
        .map(|(u, s)| u + s);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    Run {
        wall,
        cpu,
        peak_kb,
        links: report["summary"]["aligned_pairs"].as_u64().unwrap_or(0),
        sentences: report["summary"]["sentences"].as_u64().unwrap_or(0),
    }
}

struct Measured {
    size: usize,
    mode: String,
    wall: f64,
    cpu: Option<f64>,
    links: u64,
}

fn ratio(a: Option<f64>, b: Option<f64>) -> String {
    a.zip(b)
        .map_or("-".to_string(), |(a, b)| format!("{:.3}", a / b))
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn median_f64(mut v: Vec<f64>) -> Option<f64> {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied()
}

/// This build against the baseline binary on one cluster: median cpu and wall of each.
struct Versus {
    size: usize,
    mode: String,
    cpu: (Option<f64>, Option<f64>),
    wall: (f64, f64),
    peak_kb: (Option<u64>, Option<u64>),
}

fn main() {
    let root = data_root();
    let Some((pac, bbc)) = read_articles(&root) else {
        println!("data not found at {}, skipping", root.display());
        return;
    };
    let sizes: Vec<usize> = env_list("FACTDIFF_BENCH_SIZES", "10,100,1000,2000")
        .iter()
        .filter_map(|s| s.parse().ok())
        .filter(|&n| n <= pac.len() + bbc.len())
        .collect();
    let modes = env_list("FACTDIFF_BENCH_MODES", "fast,exhaustive");
    let repeat: usize = std::env::var("FACTDIFF_BENCH_REPEAT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3)
        .max(1);
    let baseline = std::env::var_os("FACTDIFF_BENCH_BASELINE").map(PathBuf::from);
    if let Some(path) = baseline.as_ref().filter(|p| !p.is_file()) {
        eprintln!("FACTDIFF_BENCH_BASELINE: {} is not a file", path.display());
        std::process::exit(2);
    }
    let binary = Path::new(BINARY);
    let mut versus: Vec<Versus> = Vec::new();
    let tmp = tempfile::tempdir().expect("temporary directory");
    let rules = RuleSet::embedded();
    println!(
        "factdiff check, {} cores visible, {repeat} runs each (median wall, max RSS)",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!(
        "{:>8} {:>10} {:<11} {:>10} {:>9} {:>10} {:>9} {:>11}",
        "articles", "sentences", "mode", "wall", "cpu", "peak MB", "links", "align only"
    );
    let mut results: Vec<Measured> = Vec::new();
    for &size in &sizes {
        let dir = tmp.path().join(format!("cluster-{size}"));
        write_cluster(&dir, size, &pac, &bbc).expect("write cluster");
        let documents = factdiff::read_documents(
            load_paths(std::slice::from_ref(&dir), &LoadOptions::default()).expect("load"),
            &rules,
        );
        for mode in &modes {
            let align_mode = if mode == "exhaustive" {
                AlignMode::Exhaustive
            } else {
                AlignMode::Fast
            };
            let mut align_times = Vec::new();
            for _ in 0..repeat {
                let start = Instant::now();
                std::hint::black_box(align::align(&documents, &rules.align, align_mode));
                align_times.push(start.elapsed());
            }
            let mut runs: Vec<Run> = Vec::new();
            let mut base_runs: Vec<Run> = Vec::new();
            for _ in 0..repeat {
                if let Some(base) = &baseline {
                    base_runs.push(run_check(base, &dir, mode));
                }
                runs.push(run_check(binary, &dir, mode));
            }
            if !base_runs.is_empty() {
                let wall_of =
                    |rs: &[Run]| median(rs.iter().map(|r| r.wall).collect()).as_secs_f64();
                let cpu_of = |rs: &[Run]| median_f64(rs.iter().filter_map(|r| r.cpu).collect());
                let peak_of = |rs: &[Run]| rs.iter().filter_map(|r| r.peak_kb).max();
                versus.push(Versus {
                    size,
                    mode: mode.clone(),
                    cpu: (cpu_of(&runs), cpu_of(&base_runs)),
                    wall: (wall_of(&runs), wall_of(&base_runs)),
                    peak_kb: (peak_of(&runs), peak_of(&base_runs)),
                });
            }
            let wall = median(runs.iter().map(|r| r.wall).collect());
            let cpu = median_f64(runs.iter().filter_map(|r| r.cpu).collect());
            let peak = runs.iter().filter_map(|r| r.peak_kb).max();
            let links = runs[0].links;
            println!(
                "{:>8} {:>10} {:<11} {:>9.3}s {:>9} {:>10} {:>9} {:>10.3}s",
                size,
                runs[0].sentences,
                mode,
                wall.as_secs_f64(),
                cpu.map_or("-".to_string(), |c| format!("{c:.2}s")),
                peak.map_or("-".to_string(), |kb| format!("{:.1}", kb as f64 / 1024.0)),
                links,
                median(align_times).as_secs_f64()
            );
            results.push(Measured {
                size,
                mode: mode.clone(),
                wall: wall.as_secs_f64(),
                cpu,
                links,
            });
        }
    }
    let find = |size: usize, mode: &str| results.iter().find(|r| r.size == size && r.mode == mode);
    println!();
    for &size in &sizes {
        if let (Some(fast), Some(exhaustive)) = (find(size, "fast"), find(size, "exhaustive")) {
            println!(
                "{size:>5} articles: fast/exhaustive wall {:.3}, cpu {}, links {}/{} ({:.1} %)",
                fast.wall / exhaustive.wall,
                ratio(fast.cpu, exhaustive.cpu),
                fast.links,
                exhaustive.links,
                100.0 * fast.links as f64 / exhaustive.links.max(1) as f64
            );
        }
    }
    for mode in &modes {
        if let (Some(a), Some(b)) = (find(1000, mode), find(2000, mode)) {
            println!(
                "{mode}: 2,000 articles cost {:.2} x the 1,000-article run in wall time, {} in cpu",
                b.wall / a.wall,
                ratio(b.cpu, a.cpu)
            );
        }
    }
    if let Some(base) = &baseline {
        println!();
        println!(
            "this build against {} ({repeat} alternating runs each; ratio = this / baseline)",
            base.display()
        );
        println!(
            "{:>8} {:<11} {:>10} {:>10} {:>7} {:>9} {:>9} {:>7} {:>8} {:>8}",
            "articles",
            "mode",
            "cpu",
            "base cpu",
            "ratio",
            "wall",
            "base wall",
            "ratio",
            "peak MB",
            "base MB"
        );
        let mb =
            |kb: Option<u64>| kb.map_or("-".to_string(), |kb| format!("{:.1}", kb as f64 / 1024.0));
        let secs = |s: Option<f64>| s.map_or("-".to_string(), |s| format!("{s:.2}s"));
        for v in &versus {
            println!(
                "{:>8} {:<11} {:>10} {:>10} {:>7} {:>8.3}s {:>8.3}s {:>7.3} {:>8} {:>8}",
                v.size,
                v.mode,
                secs(v.cpu.0),
                secs(v.cpu.1),
                ratio(v.cpu.0, v.cpu.1),
                v.wall.0,
                v.wall.1,
                v.wall.0 / v.wall.1,
                mb(v.peak_kb.0),
                mb(v.peak_kb.1),
            );
        }
    }
}
