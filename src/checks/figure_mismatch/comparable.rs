//! The figures of two aligned sentences as they are compared: a number in a name made bare
//! unless the other sentence names one too, a figure without a unit given the noun or the
//! unit the other sentence counts, a margin of error in percentage points read in percent.

use std::collections::BTreeSet;

use super::neighbours::{noun_after, word_before};
use crate::extract::Figure;

/// The figures of two aligned sentences as they are compared: a number in a name made bare
/// unless the other sentence names one too (`unnamed_unless_shared`), a figure without a
/// unit given the noun (`with_nouns_of`) or the unit (`with_unit_of`) of the other
/// sentence's, and a margin of error in percentage points read in percent. Sentences:
/// (document text, its figures).
pub(super) fn comparable_figures(
    (text_a, own_a): (&str, &[&Figure]),
    (text_b, own_b): (&str, &[&Figure]),
) -> (Vec<Figure>, Vec<Figure>) {
    let (own_a, own_b) = (
        unnamed_unless_shared(own_a, own_b),
        unnamed_unless_shared(own_b, own_a),
    );
    let (own_a, own_b): (Vec<&Figure>, Vec<&Figure>) =
        (own_a.iter().collect(), own_b.iter().collect());
    let (named_a, named_b) = (
        with_nouns_of((&own_a, text_a), (&own_b, text_b)),
        with_nouns_of((&own_b, text_b), (&own_a, text_a)),
    );
    let (mut named_a, mut named_b) = (
        with_unit_of(&named_a, &named_b),
        with_unit_of(&named_b, &named_a),
    );
    // A margin of error is written in percent or in percentage points alike ("plus
    // or minus 6.1 percentage points" vs "plus or minus 6.1 percent").
    for f in named_a.iter_mut().chain(named_b.iter_mut()) {
        if f.hedge.as_deref() == Some("plus or minus")
            && f.unit.as_deref() == Some("percentage point")
        {
            f.unit = Some("percent".into());
        }
    }
    (named_a, named_b)
}

/// The figures of one sentence (`mine`, in document `text`), a figure without a unit given
/// the noun the other sentence (`theirs`, in `their_text`) counts when that noun follows it, written with a capital
/// ("3,450 Marines" vs "2,300 marines") or after one capitalised word ("58 Missouri counties"
/// vs "39 counties", "3.09 Acme shares" vs "0.09 shares").
pub(super) fn with_nouns_of(
    (mine, text): (&[&Figure], &str),
    (theirs, their_text): (&[&Figure], &str),
) -> Vec<Figure> {
    let counted: BTreeSet<&str> = theirs
        .iter()
        .filter_map(|g| g.unit.as_deref())
        .filter(|u| crate::extract::number::is_count_unit(u))
        .collect();
    // The participle before a figure ("killing 59 people", "killed 59 people").
    fn participle<'t>(text: &'t str, f: &Figure) -> Option<&'t str> {
        word_before(text, f).filter(|w| {
            (w.ends_with("ing") || w.ends_with("ed")) && w.chars().all(|c| c.is_ascii_lowercase())
        })
    }
    mine.iter()
        .map(|f| {
            let mut f = (*f).clone();
            if f.unit.is_none() && !f.ordinal {
                f.unit = noun_after(text, f.end)
                    .into_iter()
                    .find(|noun| counted.contains(noun.as_str()))
                    .map(Into::into);
            }
            // Nothing after it, the same participle before it as before the other
            // sentence's one counted figure: it counts the same ("killing 59 people" vs
            // "killing 88").
            if f.unit.is_none()
                && !f.ordinal
                && f.low == f.high
                && noun_after(text, f.end).is_empty()
                && let Some(verb) = participle(text, &f)
                && let [g] = theirs
                    .iter()
                    .filter(|g| g.unit.as_deref().is_some_and(|u| counted.contains(u)))
                    .filter(|g| participle(their_text, g) == Some(verb))
                    .collect::<Vec<_>>()
                    .as_slice()
            {
                f.unit = g.unit.clone();
            }
            f
        })
        .collect()
}

/// The figures of one sentence (`mine`), those without a unit given the unit of the other
/// sentence's figures when one of them states a value of the other's exactly, the other
/// states two or more figures of that unit and `mine` none ("glucose was 142 mg/dL ...
/// compared with 129 mg/dL" vs "was 142 on average ... compared to 194"): the outlet left
/// the unit out.
pub(super) fn with_unit_of(mine: &[Figure], theirs: &[Figure]) -> Vec<Figure> {
    let bare = |f: &Figure| f.unit.is_none() && !f.ordinal && f.low == f.high;
    let borrowed = theirs
        .iter()
        .filter_map(|g| g.unit.as_deref())
        .find(|unit| {
            let of_unit = theirs
                .iter()
                .filter(|g| g.unit.as_deref() == Some(*unit))
                .count();
            of_unit >= 2
                && !mine.iter().any(|f| f.unit.as_deref() == Some(*unit))
                && mine.iter().filter(|f| bare(f)).count() == of_unit
                && mine.iter().any(|f| {
                    bare(f)
                        && theirs
                            .iter()
                            .any(|g| g.unit.as_deref() == Some(*unit) && g.value == f.value)
                })
        });
    mine.iter()
        .map(|f| {
            let mut f = f.clone();
            if let Some(unit) = borrowed
                && bare(&f)
            {
                f.unit = Some(unit.into());
            }
            f
        })
        .collect()
}

/// The figures of one sentence (`mine`), a number written after a word that names it
/// ("version 5.2", "Voyager 1") made bare again when the other sentence names no number
/// that way ("Palm OS 5.2"): the outlets named the thing differently, and the words around
/// the number pair it as they pair any bare number. A code ("C-130") stays a name.
pub(super) fn unnamed_unless_shared(mine: &[&Figure], theirs: &[&Figure]) -> Vec<Figure> {
    mine.iter()
        .map(|f| {
            let mut f = (*f).clone();
            if f.in_name() && f.text.contains(' ') && !theirs.iter().any(|g| g.unit == f.unit) {
                f.unit = None;
                let digits = f.text.rfind(' ').map_or(0, |i| i + 1);
                f.start += digits;
                f.text = f.text[digits..].into();
            }
            f
        })
        .collect()
}
