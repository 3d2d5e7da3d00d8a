//! `dictionary_only`: known misspellings flagged even with no counterpart sentence (for a
//! draft with no sources).

use std::collections::BTreeSet;

use unicode_segmentation::UnicodeSegmentation;

use super::Typo;
use super::options::TypoOptions;
use super::shapes::is_checkable;
use super::speller::known_corrections;
use crate::checks::{Check, CheckContext};
use crate::findings::{Evidence, Finding, Severity};

impl Typo {
    /// Flags every known misspelling of the cluster not reported yet.
    pub(super) fn dictionary_only(
        &self,
        ctx: &CheckContext,
        options: &TypoOptions,
        ignore: &BTreeSet<String>,
        reported: &mut BTreeSet<(usize, usize)>,
        out: &mut Vec<Finding>,
    ) {
        for (d, doc) in ctx.docs.iter().enumerate() {
            for (s, sentence) in doc.sentences.iter().enumerate() {
                let text = doc.sentence_text(s);
                for (offset, word) in text.unicode_word_indices() {
                    if !is_checkable(word) || ignore.contains(word) {
                        continue;
                    }
                    let known = known_corrections(word);
                    if known.is_empty() || !reported.insert((d, sentence.start + offset)) {
                        continue;
                    }
                    let start = sentence.start + offset;
                    out.push(Finding {
                        confidence: crate::findings::UNRATED,
                        check: self.id().into(),
                        category: self.category(),
                        severity: Severity::Info.max(options.severity.min(Severity::Warning)),
                        message: format!("\"{word}\" is a known misspelling"),
                        evidence: vec![Evidence::new(doc, d, s, start, start + word.len())],
                        suggestion: Some(format!("{word} -> {}", known.join(" / "))),
                    });
                }
            }
        }
    }
}
