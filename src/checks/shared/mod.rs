//! Helpers the checks share, one file per job:
//!
//! - `facts.rs`: a sentence's figures, dates, names, quotes and reported speech, and whether
//!   two aligned sentences share one fact (`share_a_fact`, the evidence a weak link needs);
//! - `anchors.rs`: the words next to a figure or a date, and pairing mentions by them;
//! - `holders.rs`: the name a figure belongs to, and figures of two different names;
//! - `confidence.rs`: how likely a finding is real, from its evidence, and the severity cap;
//! - `merge.rs`: one disagreement, one finding (findings sharing a span become one);
//! - `spelling.rs`: word folding and spelling equivalences (`Spellings`);
//! - `quote_relation/`: how two quoted passages relate (`relate_quotes`);
//! - `speakers.rs`: named speakers, acronyms, and whether two names are one person.
//!
//! Their word lists are data in `crate::lexicon`.

pub mod anchors;
pub mod confidence;
pub mod facts;
pub mod holders;
pub mod merge;
pub mod quote_relation;
pub mod speakers;
pub mod spelling;
