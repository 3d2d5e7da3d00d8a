//! `factdiff feed`: a whole news feed in, its stories found and checked.
//!
//! ```text
//! read (JSONL lines, folders) -> cluster into stories -> check each story -> JSONL or digest
//! ```
//!
//! - [`read`]: articles from JSONL (a bad line is a warning naming input and line, or an
//!   error with `strict`), folders and files read as `check` reads them, standard input;
//! - [`terms`]: what an article is about, as term counts and TF-IDF vectors;
//! - [`cluster`]: stories, found by blocking on rare terms within a time window and merged
//!   under a centroid guard (no single-link chains);
//! - [`digest`]: the reading formats (terminal, Markdown, HTML), stories with
//!   disagreements first.
//!
//! Each story of two articles or more runs through the same pipeline as `check`
//! ([`crate::analyze`]), with the same rules, suppressions and baseline. Stories are found
//! in one pass over the feed in date order, holding only the articles within reach of the
//! time window ([`cluster::Windowed`]), and checked a batch at a time as soon as no story
//! still forming can sort before them, so neither a feed's facts nor its articles' terms
//! are ever all held at once (docs/scale.md).
//!
//! Layer: below `render` and `cli`. Each story's report is rendered by the function the
//! caller hands in ([`CheckSettings::render`]: `cli` passes the renderer of the format asked
//! for), so this layer imports nothing from `render`.

pub mod cluster;
pub mod digest;
pub mod read;
pub mod terms;

use std::collections::BTreeMap;
use std::io::Write;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::align::AlignMode;
use crate::config::RuleSet;
use crate::error::{Error, Result};
use crate::findings::baseline::Baseline;
use crate::findings::report::CheckReport;
use crate::findings::{Severity, SeverityCounts};

use cluster::{Found, Item, Windowed};
pub use cluster::{Story, cluster, cluster_with};
pub use read::{Feed, FeedArticle, ReadOptions, Record, Source, feed_of_records, read_feed};
pub use terms::Frequencies;

/// Version of the per-story JSONL lines.
pub const FEED_FORMAT_VERSION: u32 = 1;

/// Stories checked at a time (in parallel) before their lines are written.
const BATCH_STORIES: usize = 64;

/// What a feed run writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedFormat {
    /// One line per story: `{"version", "story", "articles", "report"}`.
    Jsonl,
    /// A digest for a terminal.
    Terminal,
    /// A digest in Markdown.
    Markdown,
    /// A digest as one HTML page, each story's report embedded.
    Html,
}

/// How each story is checked.
pub struct CheckSettings<'a> {
    pub rules: &'a RuleSet,
    pub baseline: Option<&'a Baseline>,
    /// A finding at or above this fails the run.
    pub fail_on: Option<Severity>,
    pub format: FeedFormat,
    /// Renders a story's check report in `format` (for JSONL: the report's JSON on one line).
    pub render: &'a (dyn Fn(&CheckReport) -> String + Sync),
    /// The document frequencies of the whole feed when this run is one block of it.
    pub whole: Option<&'a Frequencies>,
}

/// A stage of a feed run, for a progress display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedProgress {
    Clustering {
        articles: usize,
    },
    /// `stories`: found so far (stories are checked as the window passes them).
    Checking {
        done: usize,
        stories: usize,
    },
}

/// One story after its check.
#[derive(Debug, Clone)]
pub struct CheckedStory {
    pub id: String,
    /// Article ids, by date then id.
    pub articles: Vec<String>,
    /// Outlets, where known, in the order of `articles`.
    pub outlets: Vec<Option<String>>,
    /// A headline of the story: its first article's title, else its first line.
    pub headline: String,
    /// `None` for a single-article story (nothing to compare).
    pub findings: Option<SeverityCounts>,
    /// Some finding is at or above `fail_on`.
    pub failing: bool,
    /// The JSONL line (with its newline), or the story's report in the digest's format.
    pub rendered: String,
}

impl CheckedStory {
    /// Findings of any severity.
    pub fn finding_count(&self) -> usize {
        self.findings
            .as_ref()
            .map_or(0, |c| c.error + c.warning + c.info)
    }
}

/// What a run found, for its exit code and summary.
#[derive(Debug, Clone, Default)]
pub struct FeedSummary {
    pub articles: usize,
    pub stories: usize,
    pub checked: usize,
    pub with_findings: usize,
    pub failing: bool,
}

/// Clusters and checks a feed, writing one JSONL line per story to `out`, in story order.
pub fn write_jsonl(
    feed: &Feed,
    settings: &CheckSettings,
    out: &mut dyn Write,
    progress: &mut dyn FnMut(FeedProgress),
) -> Result<FeedSummary> {
    let mut summary = FeedSummary {
        articles: feed.len(),
        ..FeedSummary::default()
    };
    run(feed, settings, progress, &mut |story| {
        summary.add(&story);
        out.write_all(story.rendered.as_bytes())
            .map_err(|e| Error::io("<output>", e))
    })?;
    Ok(summary)
}

/// Each article's id, date and term counts, one JSON line each (the Spark job's first
/// step: it adds the counts up into the whole feed's document frequencies).
pub fn write_terms(feed: &Feed, out: &mut dyn Write) -> Result<()> {
    let sources = (0..feed.articles.len() as u32)
        .map(Source::Held)
        .chain((0..feed.lines.len() as u32).map(Source::Line));
    for at in sources {
        let (id, counts) = feed.terms_of(at)?;
        let line = serde_json::json!({
            "id": id,
            "published": feed.published(at).map(|d| d.format("%Y-%m-%d").to_string()),
            "terms": counts,
        });
        writeln!(out, "{line}").map_err(|e| Error::io("<output>", e))?;
    }
    Ok(())
}

/// Clusters and checks a feed, and returns every story checked (for a digest).
pub fn check_all(
    feed: &Feed,
    settings: &CheckSettings,
    progress: &mut dyn FnMut(FeedProgress),
) -> Result<(Vec<CheckedStory>, FeedSummary)> {
    let mut summary = FeedSummary {
        articles: feed.len(),
        ..FeedSummary::default()
    };
    let mut all = Vec::new();
    run(feed, settings, progress, &mut |story| {
        summary.add(&story);
        all.push(story);
        Ok(())
    })?;
    Ok((all, summary))
}

impl FeedSummary {
    fn add(&mut self, story: &CheckedStory) {
        self.stories += 1;
        if story.findings.is_some() {
            self.checked += 1;
        }
        if story.finding_count() > 0 {
            self.with_findings += 1;
        }
        self.failing |= story.failing;
    }
}

/// A story to check: its id and its articles (id and where each is), by date then id.
#[derive(Debug, Clone)]
pub struct StoryRef {
    pub id: String,
    pub members: Vec<(String, Source)>,
}

/// Finds the feed's stories in one pass in date order ([`cluster::Windowed`]) and checks
/// them a batch at a time, in parallel, handing each to `each` in story order. A story is
/// checked once no story still forming can sort before it: stories sort by their first
/// date, so once every article of a day is in a story found, the stories of that day go.
fn run(
    feed: &Feed,
    settings: &CheckSettings,
    progress: &mut dyn FnMut(FeedProgress),
    each: &mut dyn FnMut(CheckedStory) -> Result<()>,
) -> Result<()> {
    progress(FeedProgress::Clustering {
        articles: feed.len(),
    });
    let (df, feed_size) = match settings.whole {
        Some(f) => (f.df.clone(), f.articles),
        None => (feed.document_frequencies(), feed.len()),
    };
    let mut dated: Vec<(NaiveDate, Source)> = Vec::new();
    let mut undated: Vec<Source> = Vec::new();
    let sources = (0..feed.articles.len() as u32)
        .map(Source::Held)
        .chain((0..feed.lines.len() as u32).map(Source::Line));
    for at in sources {
        match feed.published(at) {
            Some(date) => dated.push((date, at)),
            None => undated.push(at),
        }
    }
    dated.sort_unstable();
    let items = |sources: &[Source]| -> Result<Vec<Item<Source>>> {
        sources
            .par_iter()
            .map(|&at| {
                let (id, counts) = feed.terms_of(at)?;
                Ok(Item {
                    key: at,
                    id,
                    published: feed.published(at),
                    counts,
                })
            })
            .collect()
    };
    let rules = &settings.rules.feed;
    let mut window = Windowed::new(rules, &df, feed_size, dated.len(), items(&undated)?);
    drop(undated);
    let mut checker = Checker {
        feed,
        settings,
        found: Vec::new(),
        ready: BTreeMap::new(),
        batch: Vec::new(),
        stories: 0,
        done: 0,
    };
    for day in dated.chunk_by(|a, b| a.0 == b.0) {
        let sources: Vec<Source> = day.iter().map(|&(_, at)| at).collect();
        window.push_day(day[0].0, items(&sources)?, &mut checker.found);
        let bound = window
            .earliest_held()
            .map(|d| d.format("%Y-%m-%d").to_string());
        checker.release(bound.as_deref(), progress, each)?;
    }
    window.finish(&mut checker.found);
    checker.release(None, progress, each)?;
    checker.check(progress, each)
}

/// Stories found, waiting for their turn, and the batch being checked.
struct Checker<'a, 'b> {
    feed: &'a Feed,
    settings: &'a CheckSettings<'b>,
    found: Vec<Found<Source>>,
    ready: BTreeMap<(String, u32), Vec<(String, Source)>>,
    batch: Vec<StoryRef>,
    stories: usize,
    done: usize,
}

impl Checker<'_, '_> {
    /// Moves the stories found whose ids sort before `bound` (`None`: all) into batches,
    /// checking each batch as it fills.
    fn release(
        &mut self,
        bound: Option<&str>,
        progress: &mut dyn FnMut(FeedProgress),
        each: &mut dyn FnMut(CheckedStory) -> Result<()>,
    ) -> Result<()> {
        self.stories += self.found.len();
        for story in self.found.drain(..) {
            self.ready.insert((story.id, story.first), story.members);
        }
        while let Some(entry) = self.ready.first_entry() {
            if bound.is_some_and(|b| entry.key().0.as_str() >= b) {
                break;
            }
            let ((id, _), members) = entry.remove_entry();
            self.batch.push(StoryRef { id, members });
            if self.batch.len() == BATCH_STORIES {
                self.check(progress, each)?;
            }
        }
        Ok(())
    }

    /// Checks the batch, in parallel, and hands its stories to `each` in order.
    fn check(
        &mut self,
        progress: &mut dyn FnMut(FeedProgress),
        each: &mut dyn FnMut(CheckedStory) -> Result<()>,
    ) -> Result<()> {
        progress(FeedProgress::Checking {
            done: self.done,
            stories: self.stories,
        });
        let batch = std::mem::take(&mut self.batch);
        let checked: Vec<Result<CheckedStory>> = batch
            .par_iter()
            .map(|story| check_story(self.feed, story, self.settings))
            .collect();
        for story in checked {
            each(story?)?;
        }
        self.done += batch.len();
        Ok(())
    }
}

/// Checks one story (when it has two articles or more) and renders it.
pub fn check_story(
    feed: &Feed,
    story: &StoryRef,
    settings: &CheckSettings,
) -> Result<CheckedStory> {
    let mut checked = CheckedStory {
        id: story.id.clone(),
        articles: story.members.iter().map(|(id, _)| id.clone()).collect(),
        outlets: Vec::new(),
        headline: String::new(),
        findings: None,
        failing: false,
        rendered: String::new(),
    };
    let mut articles = Vec::with_capacity(story.members.len());
    let mut title = None;
    for (id, at) in &story.members {
        let (article, its_title, outlet) = feed.article_at(*at, id)?;
        if articles.is_empty() {
            title = its_title;
        }
        checked.outlets.push(outlet);
        articles.push(article);
    }
    checked.headline = title.unwrap_or_else(|| first_line(&articles[0].text));
    if articles.len() < 2 {
        if settings.format == FeedFormat::Jsonl {
            checked.rendered = jsonl_line(&checked, "null");
        }
        return Ok(checked);
    }
    let mut analysis = crate::analyze(articles, settings.rules, AlignMode::Fast);
    if let Some(baseline) = settings.baseline {
        // A feed's baseline spans every story: an entry unmatched in one story is not stale.
        baseline.filter(&mut analysis.findings, |_| false);
    }
    checked.findings = Some(SeverityCounts::of(&analysis.findings));
    checked.failing = settings
        .fail_on
        .is_some_and(|t| analysis.findings.iter().any(|f| f.severity >= t));
    let report = analysis.check_report(None, &[]);
    let rendered = (settings.render)(&report);
    checked.rendered = match settings.format {
        FeedFormat::Jsonl => jsonl_line(&checked, &rendered),
        _ => rendered,
    };
    Ok(checked)
}

fn first_line(text: &str) -> String {
    let line = text
        .lines()
        .map(|l| l.trim().trim_start_matches('#').trim())
        .find(|l| !l.is_empty());
    let line = line.unwrap_or("");
    match line.char_indices().nth(100) {
        Some((i, _)) => format!("{}…", &line[..i]),
        None => line.to_string(),
    }
}

/// `{"version": 1, "story": ID, "articles": [IDS], "report": REPORT}` and a newline.
fn jsonl_line(story: &CheckedStory, report: &str) -> String {
    format!(
        "{{\"version\":{FEED_FORMAT_VERSION},\"story\":{},\"articles\":{},\"report\":{report}}}\n",
        serde_json::Value::from(story.id.as_str()),
        serde_json::to_string(&story.articles).expect("strings serialise"),
    )
}
