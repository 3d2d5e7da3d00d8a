//! Sentences that each count one thing under different nouns ("arrested 38 people" vs
//! "made 57 arrests"): their one figure left each is compared.

use super::agreement::agree_as_counts;
use super::matching::unmatched;
use super::neighbours::following_word;
use crate::extract::{Document, Figure};
use crate::lexicon::NOT_COUNT_DESCRIPTIONS;

/// Aligned sentences that each count one thing, under different nouns ("arrested 38 people"
/// vs "made 57 arrests", "killed at least 112 people" vs "168 dead"): once the figures both
/// state are set aside (as counts: "roughly 36,000 people" and "roughly 54,000 Americans"
/// are two values under one hedge, not overlapping intervals), each sentence's only figure,
/// when both count something (a count noun after one, a count noun or a describing word
/// after the other), is compared. Sentences: (document, sentence, its figures).
pub(super) fn sole_counts<'f>(
    (da, sa, fa): (&Document, usize, &[&'f Figure]),
    (db, sb, fb): (&Document, usize, &[&'f Figure]),
    rel: f64,
    abs: f64,
) -> Option<(&'f Figure, &'f Figure)> {
    // Measures, money and shares left over ("in the past three weeks") count nothing.
    let may_count = |f: &&Figure| has_count_unit(f);
    let (ra, rb): (Vec<&Figure>, Vec<&Figure>) = (
        unmatched(fa, fb, |f, g| agree_as_counts(f, g, rel, abs))
            .into_iter()
            .filter(may_count)
            .collect(),
        unmatched(fb, fa, |f, g| agree_as_counts(f, g, rel, abs))
            .into_iter()
            .filter(may_count)
            .collect(),
    );
    let ([a], [b]) = (ra.as_slice(), rb.as_slice()) else {
        return None;
    };
    let (ta, tb) = (da.article.text.as_str(), db.article.text.as_str());
    let (lower_a, lower_b) = (
        da.sentence_text(sa).to_lowercase(),
        db.sentence_text(sb).to_lowercase(),
    );
    let compared = a.unit != b.unit
        && !named_elsewhere(a, &lower_b, b, tb)
        && !named_elsewhere(b, &lower_a, a, ta)
        && counts_something(a, ta, b.unit.is_none())
        && counts_something(b, tb, a.unit.is_none())
        && !agree_as_counts(a, b, rel, abs);
    compared.then_some((*a, *b))
}

/// Whether a figure's unit is a count noun, or it has none: not a measure, money or a share.
pub(super) fn has_count_unit(f: &Figure) -> bool {
    f.unit
        .as_deref()
        .is_none_or(crate::extract::number::is_count_unit)
}

/// Whether a figure reads as a year: one whole number from 1900 to 2099.
pub(super) fn is_year(f: &Figure) -> bool {
    f.low == f.high && (1900.0..2100.0).contains(&f.value) && f.value.fract() == 0.0
}

/// Whether a figure counts something: a count noun after it ("38 people"), or, when
/// `noun_needed` is false, a word that describes what is counted ("168 dead", "213 reported
/// assaults"), unless it is "one" written as a word; not a hyphenated modifier ("a three-term congressman"), a year, or a number
/// after a name ("Route 66"). `text` is the figure's document text.
pub(super) fn counts_something(f: &Figure, text: &str, noun_needed: bool) -> bool {
    let hyphenated = text.get(f.end..).is_some_and(|r| r.starts_with('-'));
    let year = is_year(f);
    let after_name = text.get(..f.start).is_some_and(|before| {
        before
            .split_whitespace()
            .last()
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    });
    let described = || {
        !after_name
            && following_word(text, f.end)
                .is_some_and(|w| !NOT_COUNT_DESCRIPTIONS.contains(w.as_str()))
    };
    // "One" written as a word is as often a determiner as a count ("one side of the
    // memorial", "one of the", "one more"): under another noun it counts nothing.
    let lone_one = f.text.trim().eq_ignore_ascii_case("one");
    !f.ordinal
        && !hyphenated
        && !year
        && !lone_one
        && match f.unit.as_deref() {
            Some(u) => crate::extract::number::is_count_unit(u),
            None => !noun_needed && described(),
        }
}

/// Whether the other sentence (`other`, lower case) names the noun `f` counts without
/// counting it: not in the words right after its own figure `g` ("killing one man" vs
/// "killing a man ... seven tornadoes"; but "28 other states" vs "42 states' primaries").
pub(super) fn named_elsewhere(f: &Figure, other: &str, g: &Figure, g_text: &str) -> bool {
    let names = |text: &str, u: &str| {
        text.split(|c: char| !c.is_alphabetic())
            .any(|w| w == u || w.strip_suffix('s').is_some_and(|s| s == u))
    };
    let next = g_text
        .get(g.end..)
        .unwrap_or("")
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    f.unit
        .as_deref()
        .is_some_and(|u| names(other, u) && !names(&next, u))
}
