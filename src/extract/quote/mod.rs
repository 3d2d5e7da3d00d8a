//! Quote and speaker extraction (rule based): quotations with their speakers, and reported
//! speech without quotation marks ("X said that ...", "according to X"), with byte spans into
//! the document.
//!
//! Pipeline over a whole document (`assign::analyze` runs it), one file or folder a step:
//! 1. `tokens.rs`: paragraphs = lines; the document's sentences as `segment` split them (or,
//!    for text alone, from `crate::segment::split_sentences`), each without its dateline
//!    ("WASHINGTON --"); each sentence's word tokens, read from the text layer's tokens while
//!    its frames are found (step 3) and dropped after it.
//! 2. `spans.rs`: quote spans per paragraph: straight `"` toggles; curly “ opens, ” closes; any
//!    double mark closes an open quote (mismatched copy: “...".); a quote still open at the
//!    paragraph end is closed there. Single marks (‘ ’ ') inside a double quote are nested and
//!    ignored; at top level ‘...’ / '...' is a quote only if it closes in the paragraph.
//!    Apostrophes (don’t, Russia’s, Ja’afari: a letter on both sides, or a trailing s') are never
//!    marks.
//! 3. `frames/`: attribution frames per sentence, from a cue lexicon ("said", "told", "added",
//!    "according to", "noted", ...) found outside quoted text: speaker = subject noun phrase
//!    before the cue (skipping auxiliaries/adverbs and appositives "X, the foreign minister,
//!    said"), or after it (inversion `," said X`, "according to X"), or for a participle
//!    ("adding:", "saying") the subject of the sentence. Passive cues ("was told") are ignored.
//! 4. `resolve.rs`: speaker resolution: pronouns (he/she/they/it/...) -> nearest preceding named
//!    speaker in the document (he/she only to person-like names); surnames / "Mr. X" -> the full
//!    name seen earlier in the document ("Carter" -> "Ash Carter").
//! 5. `assign.rs`: each quote takes the frame of its own sentence(s) nearest to it, else the
//!    frame of the previous, then next sentence of the same paragraph. A quote that takes the
//!    same frame as the quote before it continues that quotation (`Quote::continues`). Stance
//!    and action cues ("backed", "sought") make frames of `CueKind::Stance`: attributions only,
//!    never a quote's speaker.
//!
//! The word lists every step reads are data in `crate::lexicon`; `tests.rs` holds the tests
//! of the whole.
//!
//! `extract_attributions` returns the frames NOT used by any quote, so `extract_quotes` +
//! `extract_attributions` together report every attribution once.

use compact_str::CompactString;

mod assign;
mod frames;
mod resolve;
mod spans;
mod tokens;

#[cfg(test)]
mod tests;

pub(crate) use frames::is_pronoun;
pub(crate) use spans::quoted_contents;

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Quote {
    /// the quoted span including its quote marks (for attributions: = content span)
    pub start: usize,
    pub end: usize,
    /// the words inside the marks
    pub content_start: usize,
    pub content_end: usize,
    /// the content (held inline up to 24 bytes, as a name's words: `crate::extract::Name`)
    pub text: CompactString,
    /// resolved speaker name (full name when known from earlier in the document)
    pub speaker: Option<CompactString>,
    /// where the attribution names the speaker (the pronoun position if a pronoun)
    pub speaker_start: Option<usize>,
    pub speaker_end: Option<usize>,
    /// "said", "told", "added", "according to", ...
    pub cue: Option<CompactString>,
    /// For a quote that goes on with the previous quoted passage of the same quotation
    /// (`"A," she said. "B."`: B continues A), the `start` offset of that passage. Both name the
    /// same speaker through the same cue; the checks still compare each passage on its own.
    pub continues: Option<usize>,
    /// What the cue reports: speech ("said", "according to") or a stance or action ("backed",
    /// "plans", "sees"). Only speech is compared across outlets by the checks.
    pub cue_kind: CueKind,
}

/// The kind of cue that attributes a quote or a report to its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CueKind {
    /// reported speech or writing: "said", "told", "wrote", "according to", "her claim that";
    /// every quote has this kind
    #[default]
    Speech,
    /// a stance or an action of the source that an editor reads as attribution ("Roe backed the
    /// bill", "Roe plans to run", "Roe sees a recession"); only attributions have it, and no quote
    /// takes its speaker from such a cue
    Stance,
}

/// Quotes of a whole document (offsets into `text`). Paragraphs = lines.
pub fn extract_quotes(text: &str) -> Vec<Quote> {
    assign::analyze(text).0
}

/// Attributions without quote marks ("X said that ...", "according to X", "Anadolu reported", "US officials said"): same struct with content = the reported clause (or None-like empty span). Used to compare who said what across outlets.
pub fn extract_attributions(text: &str) -> Vec<Quote> {
    assign::analyze(text).1
}

/// Both at once (one analysis pass).
pub fn extract_quotes_and_attributions(text: &str) -> (Vec<Quote>, Vec<Quote>) {
    assign::analyze(text)
}

pub use assign::QuoteReader;
