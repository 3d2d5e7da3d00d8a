//! Sentences with exact byte spans, and the role of each line: prose, a heading (headline,
//! caption, byline) or boilerplate (share buttons, read times, counters, URLs...).

mod split;
mod unwrap;

use std::ops::Range;

use regex::Regex;
use serde::Serialize;

use crate::input::{Article, LineIndex};

pub use split::{
    lines, split_sentences, split_sentences_line_by_line, split_sentences_rules_only,
    split_sentences_sentencex_only,
};
pub use unwrap::{unwrap as unwrap_hard_wrapped, wrap_breaks};

/// What a sentence is, for alignment: only prose aligns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SentenceRole {
    Prose,
    /// A line without final punctuation: headline, caption, byline, dateline.
    Heading,
    /// A line matched by a boilerplate pattern of the rule set.
    Boilerplate,
}

/// One sentence: a byte range into its article's text.
#[derive(Debug, Clone, Serialize)]
pub struct Sentence {
    pub index: usize,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub role: SentenceRole,
}

/// An article split into sentences.
#[derive(Debug, Clone)]
pub struct Document {
    pub article: Article,
    pub sentences: Vec<Sentence>,
    pub lines: LineIndex,
}

impl Document {
    pub fn sentence_text(&self, index: usize) -> &str {
        let s = &self.sentences[index];
        &self.article.text[s.start..s.end]
    }

    /// The sentence holding byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= offset);
        (i < self.sentences.len() && self.sentences[i].start <= offset).then_some(i)
    }
}

/// Compiled boilerplate patterns.
#[derive(Debug, Clone, Default)]
pub struct Boilerplate {
    patterns: Vec<Regex>,
}

impl Boilerplate {
    /// Patterns were validated with the rule set; an invalid one is skipped here.
    pub fn new(patterns: &[String]) -> Self {
        Boilerplate {
            patterns: patterns.iter().filter_map(|p| Regex::new(p).ok()).collect(),
        }
    }

    pub fn is_match(&self, line: &str) -> bool {
        self.patterns.iter().any(|p| p.is_match(line))
    }
}

/// The longest sentence kept whole. A longer run of text without sentence punctuation (a
/// table flattened into one line, a scraped blob) is cut at spaces into pieces no longer
/// than this, so that no single sentence makes a word diff, a check or a report slow.
pub const MAX_SENTENCE_BYTES: usize = 4096;

/// Cuts each range longer than `MAX_SENTENCE_BYTES` at the last whitespace before the limit
/// (or at a character boundary when there is none); pieces are trimmed and never empty.
pub fn bound_sentence_length(text: &str, ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    if ranges.iter().all(|r| r.len() <= MAX_SENTENCE_BYTES) {
        return ranges;
    }
    let mut out = Vec::with_capacity(ranges.len());
    for r in ranges {
        let mut start = r.start;
        while start < r.end {
            let mut end = r.end;
            if end - start > MAX_SENTENCE_BYTES {
                let mut limit = start + MAX_SENTENCE_BYTES;
                while !text.is_char_boundary(limit) {
                    limit -= 1;
                }
                end = text[start..limit]
                    .rfind(char::is_whitespace)
                    .map_or(limit, |i| start + i)
                    .max(start + 1);
                while !text.is_char_boundary(end) {
                    end += 1;
                }
            }
            let piece = &text[start..end];
            let lead = piece.len() - piece.trim_start().len();
            let trimmed = piece.trim();
            if !trimmed.is_empty() {
                out.push(start + lead..start + lead + trimmed.len());
            }
            start = end;
        }
    }
    out
}

/// Splits `article` into sentences and marks each sentence's role.
///
/// A hard-wrapped file's wraps (see [`wrap_breaks`]) become spaces in the article's text
/// (the same bytes long, so every offset stays exact, and lines are still counted in the
/// file as written): a sentence runs on across them.
pub fn segment(mut article: Article, boilerplate: &Boilerplate) -> Document {
    let lines = LineIndex::for_article(&article);
    if let Some(unwrapped) = unwrap::unwrap(&article.text) {
        article.text = unwrapped;
    }
    let text = &article.text;
    let ranges = bound_sentence_length(text, split_sentences(text));
    let mut sentences = Vec::with_capacity(ranges.len());
    let mut i = 0;
    while i < ranges.len() {
        // Sentences on the same line share the line's role.
        let line_start = text[..ranges[i].start].rfind('\n').map_or(0, |p| p + 1);
        let line_end = text[ranges[i].start..]
            .find('\n')
            .map_or(text.len(), |p| ranges[i].start + p);
        let mut j = i;
        while j < ranges.len() && ranges[j].start < line_end {
            j += 1;
        }
        let line_text = text[line_start..line_end].trim();
        let role = if boilerplate.is_match(line_text) {
            SentenceRole::Boilerplate
        } else if j - i == 1 && !ends_like_a_sentence(line_text) {
            SentenceRole::Heading
        } else {
            SentenceRole::Prose
        };
        for range in &ranges[i..j] {
            let line = lines.line(range.start);
            sentences.push(Sentence {
                index: sentences.len(),
                start: range.start,
                end: range.end,
                line,
                role,
            });
        }
        i = j;
    }
    Document {
        article,
        sentences,
        lines,
    }
}

/// Whether a line ends as a sentence does (after closing quotes and brackets); a line of one
/// sentence that does not is a heading.
pub(crate) fn ends_like_a_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches(['"', '\'', '”', '’', ')', ']', '*', '_', ' ']);
    trimmed.ends_with(['.', '!', '?', ':', ';', '…'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_over_the_limit_is_cut_at_spaces() {
        let text = format!("{} end.", "wörd ".repeat(2_000));
        let doc = segment(Article::from_text("a", &text), &Boilerplate::default());
        assert!(doc.sentences.len() >= 3);
        let mut covered = 0;
        for s in &doc.sentences {
            assert!(s.end - s.start <= MAX_SENTENCE_BYTES);
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            assert!(!text[s.start..s.end].starts_with(' '));
            covered += text[s.start..s.end].split_whitespace().count();
        }
        assert_eq!(covered, text.split_whitespace().count(), "no word is lost");
        let blob = "x".repeat(10_000);
        let doc = segment(Article::from_text("b", &blob), &Boilerplate::default());
        assert_eq!(doc.sentences.len(), 3);
    }

    #[test]
    fn headline_boilerplate_and_prose_roles() {
        let text =
            "US warns Russia\n\n2 min read\nThe US warned Russia on Friday. Talks begin soon.\n";
        let bp = Boilerplate::new(&[r"^\d+ min read$".to_string()]);
        let doc = segment(Article::from_text("a", text), &bp);
        let roles: Vec<_> = doc.sentences.iter().map(|s| s.role).collect();
        assert_eq!(
            roles,
            vec![
                SentenceRole::Heading,
                SentenceRole::Boilerplate,
                SentenceRole::Prose,
                SentenceRole::Prose
            ]
        );
        assert_eq!(doc.sentence_text(3), "Talks begin soon.");
        assert_eq!(doc.sentences[2].line, 4);
        assert_eq!(doc.sentence_at(text.find("Talks").unwrap()), Some(3));
    }
}
