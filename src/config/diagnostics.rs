//! Rule-file errors as an editor reads them: `FILE:LINE:COLUMN: message (hint)`, the line
//! and column from toml's spans, and "did you mean" for a misspelt name.

use std::ops::Range;
use std::path::Path;

use crate::error::Error;

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// A `Config` error at the start of byte range `span` of rule file `path` (`text`), or at
/// 1:1 without a span.
pub fn error_at(
    path: &Path,
    text: &str,
    span: Option<Range<usize>>,
    msg: String,
    hint: Option<String>,
) -> Error {
    let (line, col) = span.map_or((1, 1), |span| line_col(text, span.start));
    Error::Config {
        path: path.to_path_buf(),
        line,
        col,
        msg,
        hint,
    }
}

/// "did you mean `x`?" for the candidate nearest to `word`, when one is near enough.
pub fn did_you_mean<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<String> {
    candidates
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score >= 0.75)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| format!("did you mean `{c}`?"))
}

/// Turns a TOML parse or type error into a `Config` error with line, column and a hint.
pub fn toml_error(path: &Path, text: &str, e: &toml::de::Error) -> Error {
    let message = e.message().trim().to_string();
    let hint = unknown_field_hint(&message).or_else(|| {
        Some(if message.starts_with("invalid type") {
            "`factdiff rules print` shows every key with a value of the right type".to_string()
        } else if message.starts_with("unknown field") || message.starts_with("missing field") {
            "rules/README.md lists every key".to_string()
        } else {
            "TOML syntax: `key = value`, strings in quotes, tables as [name]".to_string()
        })
    });
    error_at(
        path,
        text,
        e.span(),
        message.lines().next().unwrap_or("").to_string(),
        hint,
    )
}

/// "did you mean" for serde's "unknown field `thresold`, expected one of `threshold`, ...".
pub fn unknown_field_hint(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    let (field, expected) = rest.split_once('`')?;
    let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    did_you_mean(field, candidates.into_iter())
}
