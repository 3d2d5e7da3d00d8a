//! Typed facts with byte spans: figures, dates, names and quotes. Each extractor works on
//! plain strings; this module runs them over a document and shifts their spans into the
//! original file.

pub mod number;

use serde::Serialize;

use crate::segment::Document;

pub use number::Figure;

/// One fact found in a sentence. Spans are byte offsets into the original file.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Fact {
    Number(Figure),
}

impl Fact {
    pub fn span(&self) -> (usize, usize) {
        match self {
            Fact::Number(f) => (f.start, f.end),
        }
    }
}

/// Runs every extractor over `doc` and stores the facts in its sentences.
pub fn extract_facts(doc: &mut Document) {
    let text = &doc.article.text;
    for sentence in &mut doc.sentences {
        let s = &text[sentence.start..sentence.end];
        let base = sentence.start;
        let mut facts: Vec<Fact> = number::extract_figures(s)
            .into_iter()
            .map(|mut f| {
                f.start += base;
                f.end += base;
                Fact::Number(f)
            })
            .collect();
        facts.sort_by_key(Fact::span);
        sentence.facts = facts;
    }
}
