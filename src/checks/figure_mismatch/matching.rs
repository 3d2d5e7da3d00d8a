//! Matching figures across two aligned sentences: those the other states (`unmatched`),
//! figures without a unit, pairs the words around them make (`anchored_pairs`, with the
//! figure a change starts from), and values stated elsewhere in the other sentence.

use super::finding::format_value;
use crate::checks::shared::anchors::{anchor_words, pair_by_anchors};
use crate::extract::Figure;

/// Figures of `mine` that `agree` with no figure of `theirs` (and state no value of it). A
/// figure of `theirs` whose value another figure of `mine` states exactly is that one's
/// counterpart, not a rounding of this one ("slipped from 13 to 12.6" vs "slipped to 7.6
/// from 13": 12.6 is not accounted for by the 13).
pub(super) fn unmatched<'f>(
    mine: &[&'f Figure],
    theirs: &[&Figure],
    agree: impl Fn(&Figure, &Figure) -> bool,
) -> Vec<&'f Figure> {
    let taken = |g: &Figure, f: &Figure| {
        mine.iter()
            .any(|h| h.start != f.start && h.value == g.value)
    };
    mine.iter()
        .copied()
        .filter(|f| {
            !theirs
                .iter()
                .any(|g| g.value == f.value || agree(f, g) && !taken(g, f))
        })
        .collect()
}

/// Figures with no unit that are not ordinals.
pub(super) fn bare_figures<'f>(figures: &[&'f Figure]) -> Vec<&'f Figure> {
    figures
        .iter()
        .copied()
        .filter(|f| f.unit.is_none() && !f.ordinal)
        .collect()
}

/// Figures of two aligned sentences paired by the words around them (`pair_by_anchors`),
/// and by the figure a change starts from ("from 29.4 to 32.6" and "to 48.9 from 29.4" both
/// start from 29.4). Sentences: (document text, sentence start, figures to pair, all its
/// figures).
pub(super) fn anchored_pairs<'f>(
    a: (&str, usize, &[&'f Figure], &[&Figure]),
    b: (&str, usize, &[&'f Figure], &[&Figure]),
) -> Vec<(&'f Figure, &'f Figure)> {
    let anchors = |(text, start, figures, all): (&str, usize, &[&Figure], &[&Figure])| {
        figures
            .iter()
            .map(|f| {
                let mut words = anchor_words(text, start, f.start, f.end);
                words.extend(change_origin(text, all, f));
                words
            })
            .collect::<Vec<Vec<String>>>()
    };
    pair_by_anchors(&anchors(a), &anchors(b))
        .into_iter()
        .map(|(i, j)| (a.2[i], b.2[j]))
        .collect()
}

/// The figure a change to `f` starts from, as an anchor word: "from X to f" ("from 51.5
/// percent in May to 52.9 percent") or "to f from X" ("to 79.3 percent in June from 51.5
/// percent"). `all` are the sentence's figures in
/// order, in document `text`.
pub(super) fn change_origin(text: &str, all: &[&Figure], f: &Figure) -> Option<String> {
    let i = all.iter().position(|g| g.start == f.start)?;
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let last_word = |s: &str| words(s).pop();
    let gap = |x: &Figure, y: &Figure| words(text.get(x.end..y.start).unwrap_or(""));
    let origin = |g: &Figure| format!("from {}", format_value(g.value));
    if i > 0 {
        let from = all[i - 1];
        let between = gap(from, f);
        if between.last().is_some_and(|w| w == "to")
            && between.len() <= 4
            && last_word(text.get(..from.start).unwrap_or("")).as_deref() == Some("from")
        {
            return Some(origin(from));
        }
    }
    let from = all.get(i + 1)?;
    let between = gap(f, from);
    (between.last().is_some_and(|w| w == "from")
        && between.len() <= 4
        && last_word(text.get(..f.start).unwrap_or("")).as_deref() == Some("to"))
    .then(|| origin(from))
}

/// Whether one of a disagreeing pair `a`, `b` states its value elsewhere in the other
/// sentence (`all_a`, `all_b`: the figures compared), in a figure not accounted for by a pair
/// of `pairs` that states one value on both sides.
pub(super) fn stated_unaccounted(
    (a, all_a): (&Figure, &[&Figure]),
    (b, all_b): (&Figure, &[&Figure]),
    pairs: &[(&Figure, &Figure)],
) -> bool {
    let accounted = |g: &Figure, on_a: bool| {
        pairs
            .iter()
            .any(|(x, y)| x.value == y.value && (if on_a { x.start } else { y.start }) == g.start)
    };
    all_b
        .iter()
        .any(|g| g.value == a.value && !accounted(g, false))
        || all_a
            .iter()
            .any(|g| g.value == b.value && !accounted(g, true))
}
