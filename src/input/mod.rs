//! Articles: loading files and directories (plain text in any common encoding, HTML
//! pages), the `cluster.toml` manifest, publication dates read from datelines, and byte
//! offset -> line/column conversion in the original file.
//!
//! What factdiff refuses, and why, is in the README's troubleshooting section: binary
//! content, files over the size limit, paths that cannot be read. What it reads with a
//! caveat (a non-UTF-8 file, an empty file it skips) is a warning.

mod dateline;
mod decode;
mod html;
mod manifest;
mod source_map;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;

use crate::config::files::io_error;
use crate::error::{Error, Result};

pub use crate::config::files::refuse_special_file;
pub use dateline::find_publication_date;
pub use decode::{Decoded, decode_bytes};
pub use html::{Extracted, extract as extract_html, looks_like_html};
pub use manifest::{MANIFEST_DOC, MANIFEST_NAME, Manifest, ManifestEntry};
pub use source_map::{OffsetMap, SourceMap};

/// One article as factdiff read it. `text` is the text factdiff works on; every span is a
/// byte range into it, and `source` maps it back to the file (see [`Article::original_offset`]).
#[derive(Debug, Clone)]
pub struct Article {
    /// Unique, stable identifier within a run (the file stem, or the path when stems collide).
    pub id: String,
    /// The path as given on the command line (or found in a directory).
    pub path: PathBuf,
    pub outlet: Option<String>,
    pub published: Option<NaiveDate>,
    pub url: Option<String>,
    pub text: String,
    /// How `text` relates to the file's bytes (empty for a plain UTF-8 text file).
    pub source: SourceMap,
    /// What a reader should know about how the file was read (shown on stderr).
    pub warnings: Vec<String>,
}

impl Article {
    /// An article from text already in memory (tests, stdin).
    pub fn from_text(id: &str, text: &str) -> Self {
        Article {
            id: id.to_string(),
            path: PathBuf::from(id),
            outlet: None,
            published: find_publication_date(text),
            url: None,
            text: text.to_string(),
            source: SourceMap::default(),
            warnings: Vec::new(),
        }
    }

    /// The name shown for this article: its outlet, else its id.
    pub fn label(&self) -> &str {
        self.outlet.as_deref().unwrap_or(&self.id)
    }

    /// The byte offset in the original file of byte `offset` of `text`.
    pub fn original_offset(&self, offset: usize) -> usize {
        self.source.original_offset(offset)
    }
}

/// Articles larger than this are refused unless `--max-article-size` raises the limit.
pub const DEFAULT_MAX_ARTICLE_BYTES: u64 = 10 * 1024 * 1024;

/// All the articles of one run together larger than this are refused unless
/// `--max-total-size` raises the limit: time and memory grow with the text read.
pub const DEFAULT_MAX_TOTAL_BYTES: u64 = 64 * 1024 * 1024;

/// Options that apply to loading.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Overrides every article's publication date (`--published`).
    pub published: Option<NaiveDate>,
    /// Files larger than this many bytes are refused.
    pub max_article_bytes: u64,
    /// A load whose files together are larger than this many bytes is refused, at the file
    /// that goes past it, before that file is read.
    pub max_total_bytes: u64,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            published: None,
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
            max_total_bytes: DEFAULT_MAX_TOTAL_BYTES,
        }
    }
}

/// A warning about one file: it was read with a caveat, or skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub path: PathBuf,
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

/// The articles of a run, and the warnings about files read with a caveat or skipped.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub warnings: Vec<Warning>,
    /// The canonical path of every file read, so that a file named twice is read once.
    read: std::collections::BTreeSet<PathBuf>,
    /// The bytes of the files read so far.
    total_bytes: u64,
}

impl Loaded {
    /// Whether the file at `path` was read in this load.
    pub fn has_read(&self, path: &Path) -> bool {
        path.canonicalize()
            .is_ok_and(|canonical| self.read.contains(&canonical))
    }
}

const TEXT_EXTENSIONS: &[&str] = &["txt", "md", "markdown"];
const HTML_EXTENSIONS: &[&str] = &["html", "htm", "xhtml"];

fn has_extension(path: &Path, list: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| list.contains(&e.to_ascii_lowercase().as_str()))
}

/// Whether a folder's file of this name is read as an article (`.txt`, `.md`, `.html`...,
/// but not a README or CHANGELOG).
pub fn is_article_name(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let is_project_doc = matches!(
        name.to_ascii_lowercase().as_str(),
        "readme.md" | "changelog.md"
    );
    (has_extension(path, TEXT_EXTENSIONS) || has_extension(path, HTML_EXTENSIONS))
        && !is_project_doc
}

/// Whether `date` can be a publication date that every report writes as YYYY-MM-DD.
pub fn is_plausible_publication_date(date: NaiveDate) -> bool {
    use chrono::Datelike;
    (1000..=9999).contains(&date.year())
}

/// Loads every article named by `paths` (see [`load_cluster`]), without the warnings.
pub fn load_paths(paths: &[PathBuf], options: &LoadOptions) -> Result<Vec<Article>> {
    load_cluster(paths, options).map(|loaded| loaded.articles)
}

/// Loads every article named by `paths`: files are read as they are, directories contribute
/// each `.txt`, `.md` and `.html` file in them (sorted by name) and their `cluster.toml`
/// manifest. Empty files are skipped with a warning; a file that cannot be read or is not
/// text is an error, and so is a run left with no article at all.
pub fn load_cluster(paths: &[PathBuf], options: &LoadOptions) -> Result<Loaded> {
    let mut loaded = Loaded::default();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| io_error(path, e))?;
        if meta.is_dir() {
            load_directory(path, options, &mut loaded)?;
        } else {
            let manifest = match path.parent() {
                Some(parent) => Manifest::read_if_present(parent)?,
                None => None,
            };
            // A manifest beside a file given on its own may be stale: its other entries
            // do not matter to this run, and the file's own entry still applies.
            if let Some(m) = &manifest {
                for missing in m.missing_files() {
                    loaded.warnings.push(Warning {
                        path: m.dir.join(MANIFEST_NAME),
                        message: format!("lists `{missing}`, which is not there: entry left out"),
                    });
                }
            }
            add_file(path, manifest.as_ref(), options, &mut loaded)?;
        }
    }
    if loaded.articles.is_empty() {
        let what = match paths {
            [one] => one.display().to_string(),
            _ => "the paths given".to_string(),
        };
        return Err(Error::input(
            paths.first().cloned().unwrap_or_default(),
            format!("no readable article in {what} (every file was empty)"),
        ));
    }
    // A warning about one file (a stale manifest beside several given files) says it once.
    let mut said = std::collections::BTreeSet::new();
    loaded
        .warnings
        .retain(|w| said.insert((w.path.clone(), w.message.clone())));
    if let Some(date) = options.published {
        for article in &mut loaded.articles {
            article.published = Some(date);
        }
    }
    make_ids_unique(&mut loaded.articles);
    Ok(loaded)
}

fn add_file(
    path: &Path,
    manifest: Option<&Manifest>,
    options: &LoadOptions,
    loaded: &mut Loaded,
) -> Result<()> {
    // A file given twice (`check d d/a.txt`, `check a.txt a.txt`, a link to it) is read once.
    if let Ok(canonical) = path.canonicalize()
        && !loaded.read.insert(canonical)
    {
        loaded.warnings.push(Warning {
            path: path.to_path_buf(),
            message: "given more than once: read once".to_string(),
        });
        return Ok(());
    }
    // The run's total is checked before the file is read (a special file is refused when
    // it is read).
    if let Ok(meta) = std::fs::metadata(path)
        && meta.is_file()
    {
        loaded.total_bytes = loaded.total_bytes.saturating_add(meta.len());
        if loaded.total_bytes > options.max_total_bytes {
            return Err(Error::input(
                path,
                format!(
                    "the articles read up to this one come to {}, over the limit of {} for \
                     all the articles of one run (raise it with --max-total-size MB)",
                    megabytes(loaded.total_bytes),
                    megabytes(options.max_total_bytes)
                ),
            ));
        }
    }
    let mut article = load_file_with(path, options)?;
    let warn = |message: String| Warning {
        path: path.to_path_buf(),
        message,
    };
    loaded
        .warnings
        .extend(article.warnings.iter().cloned().map(warn));
    if article.text.trim().is_empty() {
        loaded.warnings.push(warn(
            if article.source.extracted_from.is_some() {
                "no article text in this page: skipped"
            } else {
                "empty article: skipped"
            }
            .to_string(),
        ));
        return Ok(());
    }
    if let Some(m) = manifest {
        m.apply(&mut article);
    }
    loaded.articles.push(article);
    Ok(())
}

fn load_directory(dir: &Path, options: &LoadOptions, loaded: &mut Loaded) -> Result<()> {
    let manifest = Manifest::load_if_present(dir)?;
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| io_error(dir, e))? {
        let entry = entry.map_err(|e| io_error(dir, e))?;
        let path = entry.path();
        // Project documents that live beside a cluster (README, CHANGELOG) are not articles.
        if !is_article_name(&path) {
            continue;
        }
        // A link that loops or points nowhere is an error, not a file quietly left out,
        // and so is a FIFO or device with an article's name.
        let meta = std::fs::metadata(&path).map_err(|e| io_error(&path, e))?;
        if meta.is_file() {
            files.push(path);
        } else if !meta.is_dir() {
            refuse_special_file(&path)?;
        }
    }
    files.sort();
    if files.is_empty() {
        return Err(Error::input(
            dir,
            "no article (.txt, .md or .html file) in this directory",
        ));
    }
    let before = loaded.articles.len();
    for file in files {
        add_file(&file, manifest.as_ref(), options, loaded)?;
    }
    if loaded.articles.len() == before {
        return Err(Error::input(
            dir,
            "no readable article in this directory (every file was empty)",
        ));
    }
    Ok(())
}

/// Reads one article file with the default options.
pub fn load_file(path: &Path) -> Result<Article> {
    load_file_with(path, &LoadOptions::default())
}

/// Reads one article file: decodes it, extracts the article from an HTML page, and reads
/// the publication date and URL at its top. An empty article is returned as it is.
pub fn load_file_with(path: &Path, options: &LoadOptions) -> Result<Article> {
    refuse_special_file(path)?;
    let file = std::fs::File::open(path).map_err(|e| io_error(path, e))?;
    let limit = options.max_article_bytes;
    let mut bytes = Vec::new();
    // Read at most one byte past the limit: a device or a growing file cannot run away.
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(path, e))?;
    if bytes.len() as u64 > limit {
        return Err(Error::input(
            path,
            format!(
                "larger than the article size limit of {} (raise it with --max-article-size MB)",
                human_size(limit)
            ),
        ));
    }
    let decoded = decode_bytes(&bytes).map_err(|msg| Error::input(path, msg))?;
    drop(bytes);
    let Decoded {
        text,
        map,
        mut warnings,
    } = decoded;
    let is_html = has_extension(path, HTML_EXTENSIONS) || looks_like_html(&text);
    let (text, source) = if is_html {
        let extracted = extract_html(&text);
        if !has_extension(path, HTML_EXTENSIONS) {
            warnings.push("an HTML page: read its article text".to_string());
        }
        (
            extracted.text,
            SourceMap {
                extracted: extracted.map,
                decoded: map,
                extracted_from: Some(Arc::from(text)),
            },
        )
    } else {
        (
            text,
            SourceMap {
                decoded: map,
                ..SourceMap::default()
            },
        )
    };
    let id = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("article")
        .to_string();
    Ok(Article {
        id,
        path: path.to_path_buf(),
        outlet: None,
        published: find_publication_date(&text),
        url: find_url(&text),
        text,
        source,
        warnings,
    })
}

/// A size in megabytes of 1,048,576 bytes, as the size flags take it.
fn megabytes(bytes: u64) -> String {
    if bytes.is_multiple_of(1024 * 1024) {
        format!("{} MB", bytes / (1024 * 1024))
    } else {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    }
}

fn human_size(bytes: u64) -> String {
    if bytes.is_multiple_of(1024 * 1024) {
        format!("{} MB", bytes / (1024 * 1024))
    } else {
        format!("{bytes} bytes")
    }
}

fn find_url(text: &str) -> Option<String> {
    text.lines()
        .take(5)
        .map(str::trim)
        .find(|l| (l.starts_with("http://") || l.starts_with("https://")) && !l.contains(' '))
        .map(str::to_string)
}

fn make_ids_unique(articles: &mut [Article]) {
    let mut seen = std::collections::BTreeMap::<String, usize>::new();
    for a in articles.iter() {
        *seen.entry(a.id.clone()).or_default() += 1;
    }
    for a in articles.iter_mut() {
        if seen[&a.id] > 1 {
            a.id = a.path.display().to_string();
        }
    }
}

/// Converts byte offsets of an article's text into 1-based line and column of its file
/// (columns count characters). For text extracted from an HTML page, lines and columns are
/// those of the page source.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Line starts in the text, or in the page source the text was extracted from.
    line_starts: Vec<usize>,
    extracted: Option<(Arc<str>, OffsetMap)>,
}

impl LineIndex {
    /// Lines of `text` itself.
    pub fn new(text: &str) -> Self {
        LineIndex {
            line_starts: line_starts(text),
            extracted: None,
        }
    }

    /// Lines of the file `article` was read from.
    pub fn for_article(article: &Article) -> Self {
        match &article.source.extracted_from {
            Some(source) => LineIndex {
                line_starts: line_starts(source),
                extracted: Some((Arc::clone(source), article.source.extracted.clone())),
            },
            None => LineIndex::new(&article.text),
        }
    }

    /// 1-based line of byte `offset` of the article's text: a binary search, without
    /// counting the characters before it on its line (see [`LineIndex::line_col`]).
    pub fn line(&self, offset: usize) -> usize {
        let offset = match &self.extracted {
            Some((source, map)) => map.apply(offset).min(source.len()),
            None => offset,
        };
        self.line_starts.partition_point(|&s| s <= offset)
    }

    /// 1-based (line, column) of byte `offset` of `text` (the article's text).
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let (text, offset) = match &self.extracted {
            Some((source, map)) => (&**source, map.apply(offset)),
            None => (text, offset),
        };
        let offset = offset.min(text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let col = text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(offset - start);
        (line + 1, col + 1)
    }
}

fn line_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let text = "ab\nc’d e\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), (1, 1));
        assert_eq!(idx.line_col(text, 3), (2, 1));
        let e = text.find('e').unwrap();
        assert_eq!(idx.line_col(text, e), (2, 5));
    }

    #[test]
    fn line_is_the_line_of_line_col() {
        let text = "ab\nc’d e\n\nlast";
        let idx = LineIndex::new(text);
        for offset in 0..=text.len() + 2 {
            assert_eq!(idx.line(offset), idx.line_col(text, offset).0, "{offset}");
        }
    }
}
