//! Whether two name words are close enough to be one name spelled two ways: a letter apart
//! in aligned sentences, or similar by Jaro-Winkler across the cluster; not another word
//! derived from the name, another model number, or a spelling variant.

use crate::checks::shared::spelling::Spellings;
use crate::lexicon::DERIVING_ENDINGS;

/// The rule set's thresholds for two spellings of a name word.
pub(super) struct Closeness {
    pub spellings: Spellings,
    /// `min_similarity`: the Jaro-Winkler similarity two spellings must reach across the
    /// cluster.
    pub min_similarity: f64,
    /// `max_edit_distance`: the edits two spellings may be apart across the cluster.
    pub max_edit: usize,
}

impl Closeness {
    /// Whether `a` and `b` are one word spelled two ways. In aligned sentences (the same fact
    /// told twice) one edit in a word of four letters or more is enough ("Bush" / "Bosh");
    /// across the cluster the spellings must also be similar by Jaro-Winkler ("Kerry" and
    /// "Kirby" are two people).
    pub fn close(&self, a: &str, b: &str, aligned: bool) -> bool {
        let shortest = a.chars().count().min(b.chars().count());
        let edits = strsim::damerau_levenshtein(a, b);
        a != b
            && !inside(a, b)
            && shortest >= 4
            && !derived_form(a, b)
            && !other_model(a, b)
            && !self.spellings.same(a, b)
            && ((aligned && shortest >= 4 && edits == 1)
                || (strsim::jaro_winkler(a, b) >= self.min_similarity && edits <= self.max_edit))
    }
}

/// Whether a name inside another with letters on both sides ("Iran" in "Dirani"): another
/// name, not a misspelling.
fn inside(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long.contains(short) && !long.starts_with(short) && !long.ends_with(short)
}

/// Whether one name word is the other with a deriving ending (or "y": "German", "Germany"),
/// or with digits after it (a handle or model number: "Falcon" and "Falcon9" are not two
/// spellings), or both are one stem of four letters or more with two deriving endings
/// ("Democrats" and "Democratic", "Honduras" and "Hondurans").
fn derived_form(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // "y" makes a country of a demonym ("German", "Germany"), but is no ending to compare
    // with another ("Sergei" and "Sergey" are two spellings).
    if long.strip_prefix(short).is_some_and(|ending| {
        DERIVING_ENDINGS.contains(ending)
            || ending == "y"
            || ending.bytes().all(|c| c.is_ascii_digit())
    }) {
        return true;
    }
    let stem = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i);
    stem >= 4 && DERIVING_ENDINGS.contains(&a[stem..]) && DERIVING_ENDINGS.contains(&b[stem..])
}

/// Whether two name words are two models or series, not two spellings: each holds digits and
/// the digits differ ("A320" and "A380", "G7" and "G8"; figure-mismatch compares numbers in a
/// name).
fn other_model(a: &str, b: &str) -> bool {
    let digits = |w: &str| -> String { w.chars().filter(char::is_ascii_digit).collect() };
    let (da, db) = (digits(a), digits(b));
    !da.is_empty() && !db.is_empty() && da != db
}
