//! Reading a feed: JSONL files (one article a line), standard input (`-`, JSONL), folders
//! and article files read as `check` reads them. A bad line is a warning naming the input
//! and line, and the rest is read; in strict mode it is an error.
//!
//! A JSONL file is read twice more after this first pass: by clustering, a few days at a
//! time in date order, and when a story is checked. What stays in memory for each of its
//! lines is where the line is and its date (a [`Line`], 24 bytes) and a hash of its id (to
//! refuse a repeated id); the first pass also adds the line's terms up into the feed's
//! document frequencies. Articles of standard input, folders and files are held whole.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rayon::prelude::*;
use serde_json::Value;

use super::terms::{TermCounts, TermId, fnv1a, term_counts};
use crate::error::{Error, Result};
use crate::input::{self, Article, LoadOptions};

/// How a feed is read.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// A bad line is an error instead of a warning.
    pub strict: bool,
    /// Lines and files larger than this many bytes are refused.
    pub max_article_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            strict: false,
            max_article_bytes: input::DEFAULT_MAX_ARTICLE_BYTES,
        }
    }
}

/// One article held in memory (standard input, folders, article files, records).
#[derive(Debug, Clone)]
pub struct FeedArticle {
    pub id: String,
    pub outlet: Option<String>,
    pub published: Option<NaiveDate>,
    pub title: Option<String>,
    /// Where it was read: `INPUT:LINE` or the file's path.
    pub origin: String,
    pub(super) counts: TermCounts,
    article: Box<Article>,
}

/// One article of a JSONL file, not held: where its line is, and its date.
#[derive(Debug, Clone, Copy)]
pub struct Line {
    pub published: Option<NaiveDate>,
    input: u32,
    /// The line's number, from 1.
    number: u32,
    offset: u64,
    len: u32,
}

/// An article of a feed: held ([`Feed::articles`]) or a line of a file ([`Feed::lines`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    Held(u32),
    Line(u32),
}

/// A whole feed, read.
#[derive(Debug, Default)]
pub struct Feed {
    /// Articles held in memory, in the order read.
    pub articles: Vec<FeedArticle>,
    /// Articles of JSONL files, in the order read.
    pub lines: Vec<Line>,
    /// How many of `lines` hold each term.
    pub(super) line_df: HashMap<TermId, u32>,
    /// One line each: bad lines skipped, files read with a caveat.
    pub warnings: Vec<String>,
    /// The JSONL files, by input number.
    files: Vec<PathBuf>,
    /// What messages and origins call each of `files` (`<stdin>` for standard input).
    names: Vec<String>,
    /// Standard input, copied to a temporary file so that its lines are read again as a
    /// file's are (removed when the feed is dropped).
    spools: Vec<tempfile::NamedTempFile>,
    /// Every article's id, by its hash (ids whose hashes collide are in `exact`).
    seen: HashMap<u64, Source>,
    exact: HashMap<String, Source>,
}

/// An article of a JSONL line, before it is stored.
#[derive(Debug, Clone)]
pub struct Record {
    pub id: String,
    pub text: String,
    pub outlet: Option<String>,
    pub published: Option<NaiveDate>,
    pub url: Option<String>,
    pub title: Option<String>,
}

impl Record {
    fn into_article(self) -> Article {
        let mut article = Article::from_text(&self.id, &self.text);
        article.outlet = self.outlet;
        article.url = self.url;
        if self.published.is_some() {
            article.published = self.published;
        }
        article
    }
}

/// Reads every input: `-` is standard input, a folder or an article file is read as `check`
/// reads it, any other file as JSONL (`.jsonl`, `.ndjson`, `.json`).
pub fn read_feed(paths: &[PathBuf], options: &ReadOptions) -> Result<Feed> {
    let mut feed = Feed::default();
    for path in paths {
        if path.as_os_str() == "-" {
            // Spooled to a temporary file: the feed holds where each line is, not its text,
            // so that memory stays bounded by the window as for a file.
            let name = "<stdin>";
            let mut spool = tempfile::NamedTempFile::new().map_err(|e| Error::io(name, e))?;
            std::io::copy(&mut std::io::stdin().lock(), spool.as_file_mut())
                .map_err(|e| Error::io(name, e))?;
            let file = spool.reopen().map_err(|e| Error::io(name, e))?;
            let index = feed.files.len();
            feed.files.push(spool.path().to_path_buf());
            feed.names.push(name.to_string());
            feed.spools.push(spool);
            read_jsonl(BufReader::new(file), name, Some(index), options, &mut feed)?;
        } else if path.is_dir() || input::is_article_name(path) {
            read_articles(path, options, &mut feed)?;
        } else {
            input::refuse_special_file(path)?;
            let file = File::open(path).map_err(|e| Error::io(path, e))?;
            let index = feed.files.len();
            feed.files.push(path.clone());
            let name = path.display().to_string();
            feed.names.push(name.clone());
            read_jsonl(BufReader::new(file), &name, Some(index), options, &mut feed)?;
        }
    }
    // Ids are looked up only while the feed is read.
    feed.seen = HashMap::new();
    feed.exact = HashMap::new();
    feed.lines.shrink_to_fit();
    Ok(feed)
}

/// Reads a feed from JSONL text in memory (tests, evaluations); `name` names it in messages.
pub fn read_jsonl_text(text: &str, name: &str, options: &ReadOptions) -> Result<Feed> {
    let mut feed = Feed::default();
    read_jsonl(text.as_bytes(), name, None, options, &mut feed)?;
    Ok(feed)
}

/// Reads a feed from records in memory.
pub fn feed_of_records(records: Vec<Record>) -> Feed {
    let articles: Vec<FeedArticle> = records
        .into_par_iter()
        .map(|r| {
            let counts = term_counts(r.title.as_deref(), &r.text);
            FeedArticle {
                id: r.id.clone(),
                outlet: r.outlet.clone(),
                published: r.published,
                title: r.title.clone(),
                origin: r.id.clone(),
                counts,
                article: Box::new(r.into_article()),
            }
        })
        .collect();
    let mut feed = Feed::default();
    for (i, article) in articles.iter().enumerate() {
        feed.seen
            .insert(fnv1a(article.id.as_bytes()), Source::Held(i as u32));
    }
    feed.articles = articles;
    feed
}

/// Lines parsed in parallel at a time.
const BATCH_LINES: usize = 1024;

/// A raw line: its number (from 1), byte offset and bytes.
type RawLine = (usize, u64, Vec<u8>);

fn read_jsonl(
    mut reader: impl BufRead,
    name: &str,
    file: Option<usize>,
    options: &ReadOptions,
    feed: &mut Feed,
) -> Result<()> {
    let mut offset = 0u64;
    let mut number = 0usize;
    let mut batch: Vec<RawLine> = Vec::with_capacity(BATCH_LINES);
    loop {
        let mut line = Vec::new();
        let read = (&mut reader)
            .take(options.max_article_bytes.saturating_add(2))
            .read_until(b'\n', &mut line)
            .map_err(|e| Error::io(name, e))?;
        if read == 0 {
            break;
        }
        number += 1;
        let at = offset;
        offset += read as u64;
        if !line.ends_with(b"\n") && read as u64 > options.max_article_bytes {
            // The rest of an over-long line is skipped, not read as lines of its own.
            let mut rest = Vec::new();
            let skipped = reader
                .read_until(b'\n', &mut rest)
                .map_err(|e| Error::io(name, e))?;
            offset += skipped as u64;
            bad_line(
                name,
                number,
                format!(
                    "longer than {} bytes (--max-article-size)",
                    options.max_article_bytes
                ),
                options,
                feed,
            )?;
            continue;
        }
        batch.push((number, at, line));
        if batch.len() == BATCH_LINES {
            store_batch(std::mem::take(&mut batch), name, file, options, feed)?;
        }
    }
    store_batch(batch, name, file, options, feed)
}

/// Parses a batch of lines in parallel, then stores them in order.
fn store_batch(
    batch: Vec<RawLine>,
    name: &str,
    file: Option<usize>,
    options: &ReadOptions,
    feed: &mut Feed,
) -> Result<()> {
    let counted: Vec<_> = batch
        .into_par_iter()
        .map(|(number, offset, bytes)| {
            let record = parse_line(&bytes).map(|r| {
                r.map(|r| {
                    let counts = term_counts(r.title.as_deref(), &r.text);
                    (r, counts)
                })
            });
            (number, offset, bytes.len(), record)
        })
        .collect();
    for (number, offset, len, record) in counted {
        let (record, counts) = match record {
            None => continue, // a blank line
            Some(Ok(ok)) => ok,
            Some(Err(msg)) => {
                bad_line(name, number, msg, options, feed)?;
                continue;
            }
        };
        if let Some(first) = feed.first_of(&record.id)? {
            let msg = format!("duplicate id `{}` (first at {first})", record.id);
            bad_line(name, number, msg, options, feed)?;
            continue;
        }
        let origin = format!("{name}:{number}");
        match file {
            Some(input) => {
                let at = Source::Line(feed.lines.len() as u32);
                feed.remember(&record.id, at);
                for (term, _) in &counts {
                    *feed.line_df.entry(*term).or_default() += 1;
                }
                feed.lines.push(Line {
                    published: published_of(&record),
                    input: input as u32,
                    number: number as u32,
                    offset,
                    len: len as u32,
                });
            }
            None => {
                let at = Source::Held(feed.articles.len() as u32);
                feed.remember(&record.id, at);
                let article = record.clone().into_article();
                feed.articles.push(FeedArticle {
                    id: record.id,
                    outlet: record.outlet,
                    published: article.published,
                    title: record.title,
                    origin,
                    counts,
                    article: Box::new(article),
                });
            }
        }
    }
    Ok(())
}

/// The date an article of this record is given: its own, else its dateline's.
fn published_of(record: &Record) -> Option<NaiveDate> {
    record
        .published
        .or_else(|| input::find_publication_date(&record.text))
}

/// A bad line: a warning, or in strict mode the error that ends the run.
fn bad_line(
    name: &str,
    number: usize,
    msg: String,
    options: &ReadOptions,
    feed: &mut Feed,
) -> Result<()> {
    if options.strict {
        return Err(Error::input(name, format!("line {number}: {msg}"))
            .after_warnings(std::mem::take(&mut feed.warnings)));
    }
    feed.warnings
        .push(format!("{name}:{number}: {msg}: line skipped"));
    Ok(())
}

/// A JSONL line as a record; `None` for a blank line.
pub fn parse_line(bytes: &[u8]) -> Option<std::result::Result<Record, String>> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(_) => return Some(Err("not UTF-8 text".to_string())),
    };
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return None;
    }
    Some(parse_record(text))
}

fn parse_record(line: &str) -> std::result::Result<Record, String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("not JSON ({e})"))?;
    let Value::Object(map) = value else {
        return Err("not a JSON object (one article a line: {\"id\", \"text\", ...})".into());
    };
    let string = |key: &str| -> std::result::Result<Option<String>, String> {
        match map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(other) => Err(format!("`{key}` is not a string ({other})")),
        }
    };
    let id = match map.get("id") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::String(_)) => return Err("empty `id`".into()),
        None | Some(Value::Null) => return Err("no `id`".into()),
        Some(other) => return Err(format!("`id` is not a string ({other})")),
    };
    let text = string("text")?.unwrap_or_default();
    if text.trim().is_empty() {
        return Err(format!("article `{id}` has no text"));
    }
    let published = match string("published")? {
        None => None,
        Some(s) if s.trim().is_empty() => None,
        Some(s) => Some(parse_date(&s).ok_or_else(|| {
            format!("article `{id}`: `published` is `{s}`, not a date (YYYY-MM-DD or RFC 3339)")
        })?),
    };
    Ok(Record {
        id,
        text,
        outlet: string("outlet")?.filter(|s| !s.trim().is_empty()),
        published,
        url: string("url")?.filter(|s| !s.trim().is_empty()),
        title: string("title")?.filter(|s| !s.trim().is_empty()),
    })
}

/// A publication date: YYYY-MM-DD, or an RFC 3339 time (its date where it was written).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .or_else(|| {
            chrono::DateTime::parse_from_rfc3339(text)
                .ok()
                .map(|t| t.date_naive())
        })?;
    input::is_plausible_publication_date(date).then_some(date)
}

/// Folders and article files, read as `check` reads them; ids are `FOLDER/ID` for a folder.
fn read_articles(path: &Path, options: &ReadOptions, feed: &mut Feed) -> Result<()> {
    let loaded = input::load_cluster(
        std::slice::from_ref(&path.to_path_buf()),
        &LoadOptions {
            published: None,
            max_article_bytes: options.max_article_bytes,
            // A feed is read a story at a time: its size is not bounded as a whole.
            max_total_bytes: u64::MAX,
        },
    )?;
    feed.warnings
        .extend(loaded.warnings.iter().map(ToString::to_string));
    let prefix = path
        .is_dir()
        .then(|| {
            path.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.display().to_string())
        })
        .filter(|p| !p.is_empty());
    let articles: Vec<Article> = loaded.articles;
    let counted: Vec<(Article, TermCounts)> = articles
        .into_par_iter()
        .map(|a| {
            let counts = term_counts(None, &a.text);
            (a, counts)
        })
        .collect();
    for (mut article, counts) in counted {
        if let Some(prefix) = &prefix {
            article.id = format!("{prefix}/{}", article.id);
        }
        let origin = article.path.display().to_string();
        if let Some(first) = feed.first_of(&article.id)? {
            let msg = format!("duplicate id `{}` (first at {first})", article.id);
            if options.strict {
                return Err(Error::input(&article.path, msg));
            }
            feed.warnings.push(format!("{origin}: {msg}: skipped"));
            continue;
        }
        feed.remember(&article.id, Source::Held(feed.articles.len() as u32));
        feed.articles.push(FeedArticle {
            id: article.id.clone(),
            outlet: article.outlet.clone(),
            published: article.published,
            title: None,
            origin,
            counts,
            article: Box::new(article),
        });
    }
    Ok(())
}

impl Feed {
    /// How many articles the feed has.
    pub fn len(&self) -> usize {
        self.articles.len() + self.lines.len()
    }

    /// The feed has no article.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Where the article `id` was first read, when it has been.
    fn first_of(&self, id: &str) -> Result<Option<String>> {
        if let Some(at) = self.exact.get(id) {
            return self.origin_of(*at).map(Some);
        }
        let Some(&at) = self.seen.get(&fnv1a(id.as_bytes())) else {
            return Ok(None);
        };
        let (first, origin) = match at {
            Source::Held(i) => {
                let a = &self.articles[i as usize];
                (a.id.clone(), a.origin.clone())
            }
            Source::Line(i) => (self.line_record(i as usize)?.id, self.origin_of(at)?),
        };
        Ok((first == id).then_some(origin))
    }

    /// Remembers that `id` was read at `at`.
    fn remember(&mut self, id: &str, at: Source) {
        match self.seen.entry(fnv1a(id.as_bytes())) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(at);
            }
            // Another id of the same hash (`first_of` told them apart).
            std::collections::hash_map::Entry::Occupied(_) => {
                self.exact.insert(id.to_string(), at);
            }
        }
    }

    fn origin_of(&self, at: Source) -> Result<String> {
        Ok(match at {
            Source::Held(i) => self.articles[i as usize].origin.clone(),
            Source::Line(i) => {
                let line = &self.lines[i as usize];
                format!("{}:{}", self.names[line.input as usize], line.number)
            }
        })
    }

    /// The record of line `index`, read again from its file.
    pub fn line_record(&self, index: usize) -> Result<Record> {
        let line = &self.lines[index];
        let path = &self.files[line.input as usize];
        let mut file = File::open(path).map_err(|e| Error::io(path, e))?;
        file.seek(SeekFrom::Start(line.offset))
            .map_err(|e| Error::io(path, e))?;
        let mut bytes = vec![0; line.len as usize];
        file.read_exact(&mut bytes)
            .map_err(|e| Error::io(path, e))?;
        match parse_line(&bytes) {
            Some(Ok(record)) if published_of(&record) == line.published => Ok(record),
            _ => Err(self.changed(index, None)),
        }
    }

    fn changed(&self, index: usize, id: Option<&str>) -> Error {
        let line = &self.lines[index];
        let name = &self.names[line.input as usize];
        let what = id
            .map(|id| format!(" (article `{id}`)"))
            .unwrap_or_default();
        Error::input(
            name,
            format!("{name}:{}: changed while it was read{what}", line.number),
        )
    }

    /// The id and term counts of an article (a line's read again and counted).
    pub(super) fn terms_of(&self, at: Source) -> Result<(String, TermCounts)> {
        match at {
            Source::Held(i) => {
                let a = &self.articles[i as usize];
                Ok((a.id.clone(), a.counts.clone()))
            }
            Source::Line(i) => {
                let record = self.line_record(i as usize)?;
                let counts = term_counts(record.title.as_deref(), &record.text);
                Ok((record.id, counts))
            }
        }
    }

    /// The date of an article.
    pub(super) fn published(&self, at: Source) -> Option<NaiveDate> {
        match at {
            Source::Held(i) => self.articles[i as usize].published,
            Source::Line(i) => self.lines[i as usize].published,
        }
    }

    /// The article `id` at `at` as `check` reads it (a line's text read again from its
    /// input), with its title and outlet.
    pub fn article_at(
        &self,
        at: Source,
        id: &str,
    ) -> Result<(Article, Option<String>, Option<String>)> {
        match at {
            Source::Held(i) => {
                let a = &self.articles[i as usize];
                Ok(((*a.article).clone(), a.title.clone(), a.outlet.clone()))
            }
            Source::Line(i) => {
                let record = self.line_record(i as usize)?;
                if record.id != id {
                    return Err(self.changed(i as usize, Some(id)));
                }
                let (title, outlet) = (record.title.clone(), record.outlet.clone());
                Ok((record.into_article(), title, outlet))
            }
        }
    }

    /// How many articles of the feed hold each term.
    pub(super) fn document_frequencies(&self) -> HashMap<TermId, u32> {
        let mut df = self.line_df.clone();
        for article in &self.articles {
            for (term, _) in &article.counts {
                *df.entry(*term).or_default() += 1;
            }
        }
        df
    }

    /// The article of `entry` as `check` reads it.
    pub fn article(&self, entry: &FeedArticle) -> Result<Article> {
        Ok((*entry.article).clone())
    }
}
