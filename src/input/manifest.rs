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
use crate::config::{KeyDoc, field_names, toml_error};
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
    /// Reads `dir/cluster.toml` when it exists. An entry naming a file that is not in
    /// `dir` is an error.
    pub fn load_if_present(dir: &Path) -> Result<Option<Manifest>> {
        let Some(manifest) = Manifest::read_if_present(dir)? else {
            return Ok(None);
        };
        if let Some(missing) = manifest.missing_files().first() {
            return Err(Error::input(
                dir.join(MANIFEST_NAME),
                format!(
                    "lists `{missing}`, which is not a file in {}",
                    shown_dir(dir)
                ),
            ));
        }
        Ok(Some(manifest))
    }

    /// Reads `dir/cluster.toml` when it exists, whatever files it names (for articles given
    /// one by one: a manifest left beside them may name files that are gone).
    pub fn read_if_present(dir: &Path) -> Result<Option<Manifest>> {
        let path = dir.join(MANIFEST_NAME);
        if !path.is_file() {
            return Ok(None);
        }
        let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
        let mut manifest: Manifest = toml::from_str(&text).map_err(|e| {
            match toml_error(&path, &text, &e) {
                Error::Config {
                    path,
                    line,
                    col,
                    msg,
                    hint,
                } => Error::Config {
                    path,
                    line,
                    col,
                    // A hint about rule files (where their keys are listed) is no help here;
                    // "did you mean" is, beside where a manifest's keys are listed.
                    hint: Some(match hint {
                        Some(h) if h.contains("did you mean") => {
                            format!("{h} {MANIFEST_DOC} lists a cluster.toml's keys")
                        }
                        _ => manifest_hint(),
                    }),
                    msg,
                },
                other => other,
            }
        })?;
        manifest.dir = dir.to_path_buf();
        Ok(Some(manifest))
    }

    /// The files the manifest names that are not in its folder.
    pub fn missing_files(&self) -> Vec<&str> {
        self.articles
            .iter()
            .filter(|e| !self.dir.join(&e.file).is_file())
            .map(|e| e.file.as_str())
            .collect()
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

/// Where a manifest's keys are documented (generated from `Manifest::KEYS` and
/// `ManifestEntry::KEYS`).
pub const MANIFEST_DOC: &str = "docs/cluster-toml.md";

/// What a manifest holds, and where its keys are documented.
fn manifest_hint() -> String {
    let entry = field_names::<ManifestEntry>();
    let (last, others) = entry.split_last().unwrap_or((&"", &[]));
    format!(
        "a cluster.toml holds {} and [[article]] tables with the keys {} and {last}; \
{MANIFEST_DOC} lists them",
        field_names::<Manifest>()
            .iter()
            .filter(|k| **k != "article")
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(", "),
        others.join(", ")
    )
}

impl Manifest {
    /// What each top-level key means, in the order the type declares them.
    pub const KEYS: &'static [KeyDoc] = &[
        KeyDoc {
            name: "name",
            kind: "string",
            range: None,
            meaning: "A short name for the story cluster (optional).",
        },
        KeyDoc {
            name: "article",
            kind: "array of tables",
            range: None,
            meaning: "One `[[article]]` table per file whose outlet, date or URL is known; \
files without one are still read.",
        },
    ];
}

impl ManifestEntry {
    /// What each key of an `[[article]]` table means, in the order the type declares them.
    pub const KEYS: &'static [KeyDoc] = &[
        KeyDoc {
            name: "file",
            kind: "string",
            range: None,
            meaning: "The article's file name in the cluster's directory (required): a name \
that is no file there is an error.",
        },
        KeyDoc {
            name: "outlet",
            kind: "string",
            range: None,
            meaning: "The outlet that published it, as reports name it; without it, the file \
name is shown.",
        },
        KeyDoc {
            name: "published",
            kind: "date (`2016-09-09`, or the same as a string)",
            range: None,
            meaning: "Its publication date, against which \"on Monday\" and \"yesterday\" \
are resolved; it wins over a dateline in the text. A year from 1000 to 9999.",
        },
        KeyDoc {
            name: "url",
            kind: "string",
            range: None,
            meaning: "Where it was published; the JSON report gives it.",
        },
    ];
}

/// A folder as a message shows it: the working directory is ".".
fn shown_dir(dir: &Path) -> String {
    if dir.as_os_str().is_empty() {
        ".".to_string()
    } else {
        dir.display().to_string()
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
    let date = NaiveDate::parse_from_str(&text, "%Y-%m-%d")
        .map_err(|_| serde::de::Error::custom(format!("`{text}` is not a date (YYYY-MM-DD)")))?;
    if !super::is_plausible_publication_date(date) {
        return Err(serde::de::Error::custom(format!(
            "`{text}`: a publication date has a year from 1000 to 9999"
        )));
    }
    Ok(Some(date))
}
