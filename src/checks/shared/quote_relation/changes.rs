//! The changes between two quoted passages that make a misquote: a diff's ops left once
//! spelling (words written apart, names a letter apart), truncation at either end, an
//! editor's bracketed insertion, a contracted "is", a spoken date and a marked elision are
//! set aside.

use std::ops::Range;

use similar::{DiffOp, DiffTag};

use super::super::spelling::fold_word;
use super::keys::{BRACKETED, Keyed};

/// The byte ranges of the words each passage changes, from the diff `ops` of their keys;
/// `(first, last)`: the diff's first and last equal ops (words outside them are cut, not
/// changed).
pub(super) fn changed_spans(
    (a, pa): (&str, &Keyed),
    (b, pb): (&str, &Keyed),
    ops: &[DiffOp],
    (first, last): (usize, usize),
) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    let (mut ra, mut rb) = (Vec::new(), Vec::new());
    for (i, op) in ops.iter().enumerate() {
        let at_edge = i < first || i > last;
        if no_change((a, pa), (b, pb), op, at_edge) {
            continue;
        }
        let (or, nr) = (op.old_range(), op.new_range());
        if !or.is_empty() {
            ra.push(pa.span(or));
        }
        if !nr.is_empty() {
            rb.push(pb.span(nr));
        }
    }
    (ra, rb)
}

/// Whether diff op `op` (`at_edge`: before the first or after the last shared word) is no
/// change of the speaker's words.
fn no_change((a, pa): (&str, &Keyed), (b, pb): (&str, &Keyed), op: &DiffOp, at_edge: bool) -> bool {
    let (ka, kb, wa, wb) = (&pa.keys, &pb.keys, &pa.places, &pb.places);
    let (or, nr) = (op.old_range(), op.new_range());
    let elided = |s: &str| s.contains("...") || s.contains('…') || s.contains(". . .");
    match op.tag() {
        DiffTag::Equal => true,
        DiffTag::Replace
            if written_apart(&ka[or.clone()], &kb[nr.clone()])
                || names_spelled_apart(
                    &wa[or.clone()]
                        .iter()
                        .map(|p| &a[p.0..p.1])
                        .collect::<Vec<_>>(),
                    &wb[nr.clone()]
                        .iter()
                        .map(|p| &b[p.0..p.1])
                        .collect::<Vec<_>>(),
                ) =>
        {
            true
        }
        DiffTag::Delete | DiffTag::Insert if at_edge => true,
        // Words an editor replaced by a bracketed insertion, or the insertion alone.
        _ if ka[or.clone()].iter().all(|k| k == BRACKETED)
            && kb[nr.clone()].iter().all(|k| k == BRACKETED)
            || ka[or.clone()] == [BRACKETED]
            || kb[nr.clone()] == [BRACKETED] =>
        {
            true
        }
        // "the proposal is going" and "the proposal's going": "is" written as "'s" after
        // a noun (read as a possessive above).
        DiffTag::Delete if contracted_is(&ka[or.clone()], nr.start, wb, b) => true,
        DiffTag::Insert if contracted_is(&kb[nr.clone()], or.start, wa, a) => true,
        // "September the 11th" spoken, "September 11" written.
        DiffTag::Delete | DiffTag::Insert if spoken_date_article(ka, kb, op) => true,
        // A passage left out of one side where that side marks an elision.
        DiffTag::Delete if elided(b) => true,
        DiffTag::Insert if elided(a) => true,
        _ => false,
    }
}

/// The same letters written as one word, split by hyphens or as initials with full stops
/// ("multi-party" = "multiparty", "on-line" = "online", "F.T.C." = "FTC").
fn written_apart(a: &[String], b: &[String]) -> bool {
    let joined = |words: &[String]| -> String {
        words
            .iter()
            .flat_map(|w| w.chars())
            .filter(|c| *c != '.')
            .collect()
    };
    joined(a) == joined(b)
}

/// Capitalised words a letter apart, one for one ("al-Qaeda", "al-Qaida"): a name spelled
/// two ways is name-spelling's finding, not a misquote.
fn names_spelled_apart(a: &[&str], b: &[&str]) -> bool {
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| {
            capitalised(x)
                && capitalised(y)
                && x.chars().count().min(y.chars().count()) >= 4
                && strsim::damerau_levenshtein(&fold_word(x), &fold_word(y)) <= 1
        })
}

/// Whether two folded words share a stem of four letters or more ("terrorism",
/// "terrorists"; "neighborhood", "neighborhoods").
pub(super) fn same_stem(a: &str, b: &str) -> bool {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count() >= 4
}

/// Whether the words `extra`, missing from the other passage before its word `at`, are an
/// "is" that the other passage wrote as "'s" on the word before ("proposal's going").
fn contracted_is(extra: &[String], at: usize, places: &[(usize, usize)], text: &str) -> bool {
    extra == ["is"]
        && at
            .checked_sub(1)
            .and_then(|i| places.get(i))
            .is_some_and(|p| {
                let word = &text[p.0..p.1];
                word.ends_with("'s") || word.ends_with("’s")
            })
}

/// Whether a diff op is only a "the" between a month and its day on one side ("September
/// the 11th" vs "September 11").
fn spoken_date_article(ka: &[String], kb: &[String], op: &DiffOp) -> bool {
    let (keys, range) = match op.tag() {
        DiffTag::Delete => (ka, op.old_range()),
        DiffTag::Insert => (kb, op.new_range()),
        _ => return false,
    };
    keys[range.clone()] == ["the"]
        && range.start > 0
        && keys[range.start - 1].starts_with("month ")
        && keys
            .get(range.end)
            .is_some_and(|d| d.len() <= 2 && d.chars().all(|c| c.is_ascii_digit()))
}
