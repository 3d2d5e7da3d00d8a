//! Inline suppressions in Markdown sources: `<!-- factdiff-ignore -->` silences every check
//! for the next paragraph; `<!-- factdiff-ignore: figure, typo -->` only those checks or
//! categories.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::Finding;
use crate::extract::Document;

static IGNORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<!--\s*factdiff-ignore\s*(?::\s*([A-Za-z0-9_,\s-]*?))?\s*-->").unwrap()
});

/// A paragraph where some checks (or all, when `names` is empty) are silenced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    pub range: Range<usize>,
    pub names: Vec<String>,
}

/// The suppressions written in `text`: each covers the paragraph after its comment (the
/// lines up to the next blank line).
pub fn suppressions(text: &str) -> Vec<Suppression> {
    let mut out = Vec::new();
    for c in IGNORE.captures_iter(text) {
        let m = c.get(0).expect("whole match");
        let names = c
            .get(1)
            .map(|n| {
                n.as_str()
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        // Skip the rest of the comment's line and any blank lines.
        let mut start = text[m.end()..]
            .find('\n')
            .map_or(text.len(), |i| m.end() + i + 1);
        while let Some(line_end) = text[start..].find('\n') {
            if !text[start..start + line_end].trim().is_empty() {
                break;
            }
            start += line_end + 1;
        }
        let end = text[start..]
            .find("\n\n")
            .or_else(|| text[start..].find("\r\n\r\n"))
            .map_or(text.len(), |i| start + i);
        out.push(Suppression {
            range: start..end,
            names,
        });
    }
    out
}

/// Drops findings with evidence inside a suppressed paragraph of its document that names
/// the finding's check or category (or names nothing).
pub fn apply_suppressions(findings: &mut Vec<Finding>, docs: &[Document]) {
    let per_doc: Vec<Vec<Suppression>> =
        docs.iter().map(|d| suppressions(&d.article.text)).collect();
    if per_doc.iter().all(Vec::is_empty) {
        return;
    }
    findings.retain(|f| {
        !f.evidence.iter().any(|e| {
            per_doc[e.document_index].iter().any(|s| {
                s.range.start <= e.start
                    && e.end <= s.range.end
                    && (s.names.is_empty()
                        || s.names
                            .iter()
                            .any(|n| *n == f.check || n == f.category.as_str()))
            })
        })
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covers_the_next_paragraph_only() {
        let text = "First para.\n\n<!-- factdiff-ignore: figure, typo -->\nSecond para\ncontinues.\n\nThird.";
        let s = suppressions(text);
        assert_eq!(s.len(), 1);
        assert_eq!(&text[s[0].range.clone()], "Second para\ncontinues.");
        assert_eq!(s[0].names, vec!["figure", "typo"]);
    }

    #[test]
    fn bare_comment_silences_everything_and_skips_blank_lines() {
        let text = "<!-- factdiff-ignore -->\n\nNext paragraph.\n";
        let s = suppressions(text);
        assert_eq!(&text[s[0].range.clone()], "Next paragraph.\n");
        assert!(s[0].names.is_empty());
    }

    #[test]
    fn other_comments_are_not_suppressions() {
        assert!(suppressions("<!-- note -->\nText.").is_empty());
    }
}
