//! spark/factdiff_feed.py in Spark local mode writes what `factdiff feed` writes, story for
//! story and finding for finding, on a feed of 60 PAC articles (the first 30 story pairs of
//! ../shared/data/pac-partisan-news-pairs, or $FACTDIFF_DATA).
//!
//! Skips, saying so, when Java, pyspark (with numpy) or the data is missing. Python: the
//! interpreter in $FACTDIFF_SPARK_PYTHON, else target/spark-venv/bin/python (where .ci/run
//! installs pyspark), else python3.
#![allow(clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::Command;

fn data_root() -> PathBuf {
    std::env::var("FACTDIFF_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data"))
}

fn spark_python() -> Option<PathBuf> {
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/spark-venv/bin/python");
    let python = std::env::var("FACTDIFF_SPARK_PYTHON")
        .map(PathBuf::from)
        .unwrap_or(if venv.exists() {
            venv
        } else {
            PathBuf::from("python3")
        });
    let works = Command::new(&python)
        .args(["-c", "import pyspark, numpy"])
        .output()
        .is_ok_and(|o| o.status.success());
    works.then_some(python)
}

fn has_java() -> bool {
    Command::new("java")
        .arg("-version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The first 30 PAC stories as a JSONL feed of 60 articles.
fn pac_feed(path: &Path) -> Option<usize> {
    let text =
        std::fs::read_to_string(data_root().join("pac-partisan-news-pairs/pac_story_pairs.jsonl"))
            .ok()?;
    let mut out = String::new();
    let mut n = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()).take(30) {
        let story: serde_json::Value = serde_json::from_str(line).ok()?;
        for doc in story["documents"].as_array()? {
            let sentences: Vec<&str> = doc["sentences"]
                .as_array()?
                .iter()
                .filter_map(|s| s.as_str())
                .collect();
            let mut article = serde_json::json!({
                "id": doc["doc_id"],
                "outlet": doc["source"],
                "title": doc["title"],
                "text": sentences.join("\n"),
            });
            if let Some(date) = doc["date"].as_str().filter(|d| !d.is_empty()) {
                article["published"] = serde_json::json!(date);
            }
            out.push_str(&article.to_string());
            out.push('\n');
            n += 1;
        }
    }
    std::fs::write(path, out).ok()?;
    Some(n)
}

#[test]
fn the_spark_job_writes_what_factdiff_feed_writes() {
    let Some(python) = spark_python() else {
        eprintln!("skipped: no python with pyspark and numpy (see .ci/run)");
        return;
    };
    if !has_java() {
        eprintln!("skipped: no java for Spark");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("pac60.jsonl");
    let Some(articles) = pac_feed(&feed) else {
        eprintln!(
            "skipped: PAC data not found under {}",
            data_root().display()
        );
        return;
    };
    assert_eq!(articles, 60);
    let bin = env!("CARGO_BIN_EXE_factdiff");
    let single = Command::new(bin)
        .args(["feed", "--no-project-rules", "--fail-on", "never"])
        .arg(&feed)
        .output()
        .unwrap();
    assert_eq!(single.status.code(), Some(0));
    let out = dir.path().join("spark-out");
    let spark = Command::new(&python)
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("spark/factdiff_feed.py"))
        .arg("--input")
        .arg(&feed)
        .arg("--output")
        .arg(&out)
        .arg("--factdiff")
        .arg(bin)
        .env("PYSPARK_PYTHON", &python)
        .output()
        .unwrap();
    assert!(
        spark.status.success(),
        "{}",
        String::from_utf8_lossy(&spark.stderr)
    );
    let mut parts: Vec<PathBuf> = std::fs::read_dir(&out)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("part-"))
        })
        .collect();
    parts.sort();
    let spark_lines: String = parts
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let single_lines = String::from_utf8(single.stdout).unwrap();
    assert!(single_lines.lines().count() >= 30);
    // Story for story and finding for finding: the same lines, in the same order.
    let single_stories: Vec<&str> = single_lines.lines().collect();
    let spark_stories: Vec<&str> = spark_lines.lines().collect();
    assert_eq!(single_stories.len(), spark_stories.len());
    for (a, b) in single_stories.iter().zip(&spark_stories) {
        assert_eq!(a, b);
    }
}
