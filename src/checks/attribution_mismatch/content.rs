//! What two passages say: whether they share enough content words to be the same words,
//! whether their figures disagree, whether a reported statement claims something, and a quote
//! folded for comparing word for word.

use crate::checks::shared::facts::figures;
use crate::extract::{Fact, Figure, Quote};
use crate::lexicon::{CLAUSE_OPENERS, PLAIN_SAYING_VERBS};
use crate::lexicon::{INTENTION_MODALS, REQUEST_VERBS};

/// Share of the shorter passage's content words (not names, not function words) that two
/// passages must share to be one quote or one statement.
const MIN_SHARED_CONTENT: f64 = 0.5;

/// The same for two reported clauses (no quotation marks): reworded more freely than quotes,
/// they need two in five. Without it, any two statements of aligned sentences compared, and
/// on a 1,000-article cluster of unrelated stories half the findings were two statements on
/// one topic.
pub(super) const STATEMENT_SHARE: f64 = 0.4;

/// The content words of a text (not names, not possessives), as sorted distinct stems.
fn content_stems(text: &str) -> Vec<String> {
    let mut stems: Vec<String> = crate::align::content_terms(text)
        .into_iter()
        .filter(|t| !t.is_name && !t.stem.contains(['\'', '’']))
        .map(|t| t.stem)
        .collect();
    stems.sort();
    stems.dedup();
    stems
}

/// Whether two passages (quoted or reported) share enough of their content words to be the
/// same words: a law's or a person's name and function words in common ("the Affordable Care
/// Act") make two different remarks about one thing, not one remark.
pub(super) fn share_content_words(a: &str, b: &str) -> bool {
    share_content_words_at(a, b, MIN_SHARED_CONTENT)
}

pub(super) fn share_content_words_at(a: &str, b: &str, min_share: f64) -> bool {
    let (ca, cb) = (content_stems(a), content_stems(b));
    // Nothing to compare (a reported clause not read): the alignment decides.
    if ca.is_empty() || cb.is_empty() {
        return true;
    }
    let shared = ca.iter().filter(|w| cb.contains(w)).count();
    let shorter = ca.len().min(cb.len());
    // one shared word is not one remark unless it is all the shorter one says ("it would
    // merge a number of departments" vs "Labor Department figures")
    shared as f64 >= min_share * shorter as f64 && shared >= shorter.min(2)
}

/// Whether two reported statements (`qa` among the facts `fa`, `qb` among `fb`) both give
/// figures and none of them agrees: each outlet reports its own source's figure ("the river
/// will crest at 31 feet, Halvorsen said" vs "at 33 feet, the weather office said"), which is
/// figure-mismatch's business, not one statement given to two sources.
pub(super) fn figures_disagree<'a>(fa: &'a [Fact], qa: &Quote, fb: &'a [Fact], qb: &Quote) -> bool {
    let within = |facts: &'a [Fact], q: &Quote| -> Vec<&'a Figure> {
        figures(facts)
            .filter(|f| f.start >= q.content_start && f.end <= q.content_end)
            .collect()
    };
    let (xa, xb) = (within(fa, qa), within(fb, qb));
    let agree = |a: &Figure, b: &Figure| a.low <= b.high && b.low <= a.high;
    // Figures of one unit in both ("6" and "1.5 per cent" count different things).
    let common_unit = xa.iter().any(|a| xb.iter().any(|b| a.unit == b.unit));
    common_unit && !xa.iter().any(|a| xb.iter().any(|b| agree(a, b)))
}

/// Whether a reported statement claims something, in document `text`: not an intention or a
/// request ("Virgin wants to operate Concorde", "the United States agreed to let the agency
/// back", "AMC asked Fluor to produce a costing": what someone means to do, not what they
/// said happened), nor a statement still to be made ("the SEC could announce a settlement").
pub(super) fn claims(text: &str, r: &Quote) -> bool {
    let Some(cue) = r.cue.as_deref() else {
        return true;
    };
    let Some(at) = text
        .get(..r.content_start)
        .and_then(|before| before.rfind(cue))
    else {
        return true;
    };
    let modal = text[..at]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| INTENTION_MODALS.contains(w.to_ascii_lowercase().as_str()));
    let after: Vec<String> = text[at + cue.len()..]
        .split_whitespace()
        .take(8)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .collect();
    let lower = cue.to_ascii_lowercase();
    let intends = after.first().is_some_and(|w| w == "to") && !PLAIN_SAYING_VERBS.contains(&lower);
    // "asked Fluor to produce", "urged the council to act": a request, unless "that" comes
    // first ("asked whether", "told reporters that" report speech).
    let requests = REQUEST_VERBS.contains(lower.as_str())
        && after
            .iter()
            .take_while(|w| !CLAUSE_OPENERS.contains(w))
            .any(|w| w == "to");
    !(modal || intends || requests)
}

/// A quote folded for comparing word for word: lower case, letters and digits only.
pub(super) fn fold_quote(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
