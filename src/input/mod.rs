//! Articles: loading files and directories, the `cluster.toml` manifest, publication dates
//! read from datelines, and byte offset -> line/column conversion.

mod dateline;
mod manifest;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::error::{Error, Result};

pub use dateline::find_publication_date;
pub use manifest::{Manifest, ManifestEntry};

/// One article as factdiff read it. `text` is the file's text; every span factdiff reports
/// is a byte range into it.
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
        }
    }

    /// The name shown for this article: its outlet, else its id.
    pub fn label(&self) -> &str {
        self.outlet.as_deref().unwrap_or(&self.id)
    }
}

/// Options that apply to loading.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Overrides every article's publication date (`--published`).
    pub published: Option<NaiveDate>,
}

const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown"];

/// Loads every article named by `paths`: files are read as they are, directories contribute
/// each `.txt` and `.md` file in them (sorted by name) and their `cluster.toml` manifest.
pub fn load_paths(paths: &[PathBuf], options: &LoadOptions) -> Result<Vec<Article>> {
    let mut articles = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
        if meta.is_dir() {
            articles.extend(load_directory(path)?);
        } else {
            let mut article = load_file(path)?;
            if let Some(parent) = path.parent() {
                let manifest = Manifest::load_if_present(parent)?;
                if let Some(m) = manifest {
                    m.apply(&mut article);
                }
            }
            articles.push(article);
        }
    }
    if let Some(date) = options.published {
        for article in &mut articles {
            article.published = Some(date);
        }
    }
    make_ids_unique(&mut articles);
    Ok(articles)
}

fn load_directory(dir: &Path) -> Result<Vec<Article>> {
    let manifest = Manifest::load_if_present(dir)?;
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let path = entry.path();
        let is_article = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()));
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        // Project documents that live beside a cluster are not articles.
        let is_project_doc = matches!(
            name.to_ascii_lowercase().as_str(),
            "readme.md" | "changelog.md"
        );
        if is_article && !is_project_doc && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    if files.is_empty() {
        return Err(Error::input(
            dir,
            "no article (.txt or .md file) in this directory",
        ));
    }
    let mut articles = Vec::with_capacity(files.len());
    for file in files {
        let mut article = load_file(&file)?;
        if let Some(m) = &manifest {
            m.apply(&mut article);
        }
        articles.push(article);
    }
    Ok(articles)
}

/// Reads one article file.
pub fn load_file(path: &Path) -> Result<Article> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let text = decode(path, bytes)?;
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
    })
}

fn decode(path: &Path, bytes: Vec<u8>) -> Result<String> {
    if bytes.contains(&0) {
        return Err(Error::input(
            path,
            "binary content (NUL bytes): not an article",
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        Error::input(
            path,
            format!(
                "not valid UTF-8 (first bad byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
        )
    })
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

/// Converts byte offsets into 1-based line and column (columns count characters).
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { line_starts }
    }

    /// 1-based (line, column) of a byte offset in `text`.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
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
}
