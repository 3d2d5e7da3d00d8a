//! The one error type of factdiff. Every variant names the file it concerns; the binary
//! prints it on one line and exits with code 2.

use std::path::PathBuf;

/// Everything that stops factdiff before it can report findings.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or directory could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A rule file is malformed or holds an unknown key or a bad value.
    #[error("{}:{line}:{col}: {msg}{}", path.display(), hint.as_ref().map(|h| format!(" ({h})")).unwrap_or_default())]
    Config {
        path: PathBuf,
        line: usize,
        col: usize,
        msg: String,
        hint: Option<String>,
    },
    /// An input article or manifest cannot be used.
    #[error("{}: {msg}", path.display())]
    Input { path: PathBuf, msg: String },
    /// The command line asks for something factdiff cannot do.
    #[error("{0}")]
    Usage(String),
    /// An error that came after warnings worth reading first (a file skipped, then "the
    /// only article"): the binary prints the warnings, then the error.
    #[error("{error}")]
    AfterWarnings {
        warnings: Vec<String>,
        error: Box<Error>,
    },
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// `self`, with `warnings` to print before it (none: `self` unchanged).
    pub fn after_warnings(self, warnings: Vec<String>) -> Self {
        if warnings.is_empty() {
            return self;
        }
        Error::AfterWarnings {
            warnings,
            error: Box::new(self),
        }
    }

    /// The warnings to print before this error.
    pub fn warnings(&self) -> &[String] {
        match self {
            Error::AfterWarnings { warnings, .. } => warnings,
            _ => &[],
        }
    }

    pub fn input(path: impl Into<PathBuf>, msg: impl Into<String>) -> Self {
        Error::Input {
            path: path.into(),
            msg: msg.into(),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
