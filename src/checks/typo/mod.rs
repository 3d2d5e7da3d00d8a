//! typo: a word that is not a word, next to the word another outlet wrote in the same place.
//!
//! Files, in the order the check runs:
//! - `mod.rs` (here): the check's documentation, and its steps in order;
//! - `options.rs`: the check's options (`[checks.typo]`);
//! - `speller.rs`: the known-misspellings list and the Hunspell dictionaries;
//! - `misspelled.rs`: the misspelled words of every sentence, found once;
//! - `shapes.rs`: which words are checked, and which may be offered as corrections;
//! - `corrections.rs`: the word the aligned sentence uses in a misspelled word's place;
//! - `dictionary_only.rs`: known misspellings with no counterpart (`dictionary_only`);
//! - `draft_only.rs`: a gate draft's misspellings that no source writes.

mod corrections;
mod dictionary_only;
mod draft_only;
mod misspelled;
mod options;
mod shapes;
mod speller;

use std::collections::BTreeSet;

use self::corrections::{Correction, Counterpart};
use self::misspelled::misspelled_words;
use super::{Check, CheckContext, CheckDoc, OptionsType};
use crate::align::SentenceRef;
use crate::findings::{Category, Evidence, Finding, Severity};

pub use self::options::TypoOptions;
pub use self::speller::{
    Speller, known_corrections, missing_dictionaries, refuse_bad_dictionaries,
};

pub struct Typo;

static DOC: CheckDoc = CheckDoc {
    summary: "A misspelled word, shown beside the word the aligned sentence of another outlet uses.",
    what_it_flags: "A lower-case word that is a known misspelling (the typos-dict list) or, with Hunspell \
dictionaries installed, not in them, a small edit away from the word the aligned sentence of \
another article uses in its place. Capitalised words are names, left to name-spelling, except a \
title before a name (\"Fed Chayrman Alan Greenspan\"). With `dictionary_only = true`, known \
misspellings are flagged even with no counterpart.",
    why_it_matters: "A typo in copy that was checked against sources is cheap to fix before publication \
and embarrassing after.",
    example: "\"but callef for a true cessation\" vs \"He called for a true cessation\": callef -> called.",
    options: "severity; max_edit_distance (default 2; words of 3 letters allow 1; a correction the known-misspellings list gives counts at any distance); \
dictionaries (Hunspell paths without extension, used when present); dictionary_only; ignore_words.",
    tuning: "Add house words and jargon to `ignore_words`; install Hunspell dictionaries (`apt-get \
install hunspell-en-us hunspell-en-gb`) or name your own in `dictionaries`; lower \
`max_edit_distance` for fewer, closer corrections.",
    details: &[
        "A lower-case word in one article that is a known misspelling (the typos-dict list) or, \
when Hunspell dictionaries are installed, not in them, and that is a small edit away from a word \
the aligned sentence of another article uses instead.",
        "Capitalised words are names and are left to name-spelling, except a title word before a \
name (\"Fed Chayrman Alan Greenspan\" vs \"Fed Chairman Alan Greenspan\": the name extractor keeps \
titles apart, so name-spelling never sees them). A lower-case word of at most three letters \
between two capitalised ones inside a sentence (\"Leonardo da Vinci\") is left to name-spelling \
too. The part after a prefix's hyphen is no word of its own when the two joined make a word in the \
dictionaries (\"co-ordinated\", \"re-elected\").",
        "With `dictionary_only = true` known misspellings are flagged even with no counterpart \
(for a draft with no sources).",
        "In a gate run (`check DRAFT --against SOURCES`) a word of the draft that no dictionary \
knows is flagged even with no counterpart sentence, at warning at most, when the dictionaries know \
a word one edit from it (\"carying\" -> \"carrying\"). Never a capitalised word, a word of fewer \
than four letters, a piece of a hyphenated word, a word any source writes, a word in \
`ignore_words`, nor a coinage of known parts (\"reinsurers\", \"shockwaves\"). On bbc-news copy \
it raises 0.19 flags per 1,000 words, most of them real slips.",
    ],
};

impl Check for Typo {
    fn id(&self) -> &'static str {
        "typo"
    }
    fn category(&self) -> Category {
        Category::Typo
    }
    fn doc(&self) -> &'static CheckDoc {
        &DOC
    }
    fn default_severity(&self) -> Severity {
        Severity::Warning
    }

    fn options(&self) -> &'static OptionsType {
        &options::OPTIONS
    }

    fn run(&self, ctx: &CheckContext, out: &mut Vec<Finding>) {
        let options: &TypoOptions = &ctx.rules.check(self.id());
        let speller = Speller::load(options.dictionaries.as_deref().unwrap_or(&[]));
        let max_edit = options.max_edit_distance.unwrap_or(2);
        let ignore: BTreeSet<String> = options
            .ignore_words
            .iter()
            .flatten()
            .map(|w| w.to_lowercase())
            .collect();
        let misspelled = misspelled_words(ctx.docs, &speller, &ignore);
        // (document, start) of words already reported.
        let mut reported: BTreeSet<(usize, usize)> = BTreeSet::new();
        for (pair, flipped) in ctx.directed_pairs() {
            let (this, other) = if flipped {
                (pair.b, pair.a)
            } else {
                (pair.a, pair.b)
            };
            let words = &misspelled[this.document][this.sentence];
            if words.is_empty() {
                continue;
            }
            let dt = &ctx.docs[this.document];
            let base = dt.sentences[this.sentence].start;
            let counterpart = Counterpart::new(&ctx.docs[other.document], other);
            for &(offset, word) in words {
                let Some(correction) = counterpart.correction(
                    (dt, this.sentence, base),
                    (offset, word),
                    &speller,
                    max_edit,
                ) else {
                    continue;
                };
                if !reported.insert((this.document, base + offset)) {
                    continue;
                }
                out.push(self.finding(
                    ctx,
                    options,
                    (this, base + offset, word),
                    other,
                    correction,
                ));
            }
        }
        if options.dictionary_only.unwrap_or(false) {
            self.dictionary_only(ctx, options, &ignore, &mut reported, out);
        }
        if ctx
            .roles
            .contains(&crate::findings::gate::DocumentRole::Draft)
        {
            self.draft_only(ctx, options, (&misspelled, &speller), &mut reported, out);
        }
    }
}

impl Typo {
    /// The finding for `word`, at byte `start` of sentence `this`, against its correction in
    /// the document of sentence `other`.
    fn finding(
        &self,
        ctx: &CheckContext,
        options: &TypoOptions,
        (this, start, word): (SentenceRef, usize, &str),
        other: SentenceRef,
        (other_offset, other_sentence, correction): Correction,
    ) -> Finding {
        let (dt, dother) = (&ctx.docs[this.document], &ctx.docs[other.document]);
        Finding {
            confidence: crate::findings::UNRATED,
            check: self.id().into(),
            category: self.category(),
            severity: options.severity,
            message: format!("\"{word}\" is not a word; the aligned sentence has \"{correction}\""),
            evidence: vec![
                Evidence::new(dt, this.document, this.sentence, start, start + word.len()),
                Evidence::new(
                    dother,
                    other.document,
                    other_sentence,
                    other_offset,
                    other_offset + correction.len(),
                ),
            ],
            suggestion: Some(format!("{word} -> {correction}")),
        }
    }
}

#[cfg(test)]
mod tests;
