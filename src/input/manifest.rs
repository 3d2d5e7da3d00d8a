//! `cluster.toml`: the outlet, publication date and URL of each article in a directory.
//!
//! ```toml
//! [[article]]
//! file = "a.txt"
//! outlet = "Example Times"
//! published = "2016-09-09"
//! url = "https://example.com/a"
//! ```

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;

use super::Article;
use crate::config::toml_error;
use crate::error::{Error, Result};

pub const MANIFEST_NAME: &str = "cluster.toml";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// A short name for the story cluster.
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default, rename = "article")]
    pub articles: Vec<ManifestEntry>,
    #[serde(skip)]
    pub dir: PathBuf,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestEntry {
    pub file: String,
    #[serde(default)]
    pub outlet: Option<String>,
    /// A TOML date (`2016-09-09`) or a string (`"2016-09-09"`).
    #[serde(default, deserialize_with = "date_or_string")]
    pub published: Option<NaiveDate>,
    #[serde(default)]
    pub url: Option<String>,
}

impl Manifest {
    /// Reads `dir/cluster.toml` when it exists.
    pub fn load_if_present(dir: &Path) -> Result<Option<Manifest>> {
        let path = dir.join(MANIFEST_NAME);
        if !path.is_file() {
            return Ok(None);
        }
        let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
        let mut manifest: Manifest =
            toml::from_str(&text).map_err(|e| toml_error(&path, &text, &e))?;
        manifest.dir = dir.to_path_buf();
        for entry in &manifest.articles {
            if !dir.join(&entry.file).is_file() {
                return Err(Error::input(
                    &path,
                    format!(
                        "lists `{}`, which is not a file in {}",
                        entry.file,
                        dir.display()
                    ),
                ));
            }
        }
        Ok(Some(manifest))
    }

    /// Fills in what the manifest says of `article`; the manifest wins over datelines.
    pub fn apply(&self, article: &mut Article) {
        let name = article
            .path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("");
        if let Some(entry) = self.articles.iter().find(|e| e.file == name) {
            if entry.outlet.is_some() {
                article.outlet.clone_from(&entry.outlet);
            }
            if entry.published.is_some() {
                article.published = entry.published;
            }
            if entry.url.is_some() {
                article.url.clone_from(&entry.url);
            }
        }
    }
}

fn date_or_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Date(toml::value::Datetime),
        Text(String),
    }
    let text = match Raw::deserialize(d)? {
        Raw::Date(dt) => dt.to_string(),
        Raw::Text(s) => s,
    };
    NaiveDate::parse_from_str(&text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| serde::de::Error::custom(format!("`{text}` is not a date (YYYY-MM-DD)")))
}
