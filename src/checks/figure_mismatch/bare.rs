//! Figures without a unit: pairs the words around them make, then the one figure left in
//! each sentence when the two are the same quantity by another sign (both approximate, both
//! a ceiling, an amount whose currency one outlet left out, one same figure stated beside).

use super::agreement::{agree, agree_as_counts, rounding_scale};
use super::conversions::within_a_factor;
use super::matching::{anchored_pairs, bare_figures, stated_unaccounted, unmatched};
use super::pairs::{AlignedFigures, FigurePair};
use crate::extract::Figure;

impl<'s> AlignedFigures<'s> {
    /// Figures without a unit compare when each sentence has one and both stand by
    /// the same word ("aged 93" vs "aged 39", "a class of 48" vs "a class of 84").
    /// With several, each pairs with the one figure of the other sentence that shares
    /// a word with it, and that figure with it alone.
    /// A figure the other sentence also states (with or without a unit) is matched.
    /// First the pairs the words around them make (`word_paired_bare`), then the figures
    /// left (`left_over_bare`).
    pub(super) fn bare_disagreements(&self) -> Vec<FigurePair<'s>> {
        let (mut disagreeing, settled) = self.word_paired_bare();
        disagreeing.extend(self.left_over_bare(&settled));
        disagreeing
    }

    /// Figures the words around them pair across the sentences ("770 dead and
    /// over 5,600 injured" vs "643 dead and over 4,600 injured"): such a figure is
    /// accounted for by its partner alone, not by another figure it happens to agree
    /// with, and each such pair that disagrees is flagged, unless one of the two values
    /// is stated elsewhere in the other sentence. Gives the pairs that disagree and the
    /// pairs settled, as (start in `a`, start in `b`).
    pub(super) fn word_paired_bare(&self) -> (Vec<FigurePair<'s>>, Vec<(usize, usize)>) {
        let (rel, abs) = (self.rel, self.abs);
        let (fa, fb) = (self.a.figures, self.b.figures);
        let (all_bare_a, all_bare_b) = (bare_figures(fa), bare_figures(fb));
        let partners = anchored_pairs(
            (self.a.text, self.a.start, &all_bare_a, fa),
            (self.b.text, self.b.start, &all_bare_b, fb),
        );
        let mut settled: Vec<(usize, usize)> = Vec::new();
        let (agreeing, disagreeing): (Vec<_>, Vec<_>) = partners.into_iter().partition(|(a, b)| {
            agree(a, b, rel, abs)
                || a.written_digits()
                    .is_some_and(|d| Some(d) == b.written_digits())
        });
        settled.extend(agreeing.iter().map(|(a, b)| (a.start, b.start)));
        // A figure its partner states exactly is accounted for: it does not state the
        // value elsewhere ("22 Republicans ... 15 Republicans" vs "22 Republicans ... 22
        // Republicans").
        let mut flagged = Vec::new();
        for (a, b) in disagreeing {
            if !stated_unaccounted((a, fa), (b, fb), &agreeing) {
                flagged.push((a, b));
                settled.push((a.start, b.start));
            }
        }
        (flagged, settled)
    }

    /// Figures without a unit left once the word-paired ones (`settled`) and those the
    /// other sentence states are set aside: the one pair the words around them make that
    /// disagrees, or the one figure left in each sentence when the two are the same
    /// quantity by another sign.
    pub(super) fn left_over_bare(&self, settled: &[(usize, usize)]) -> Option<FigurePair<'s>> {
        let (rel, abs) = (self.rel, self.abs);
        let (fa, fb) = (self.a.figures, self.b.figures);
        let partnered = |f: &Figure, side_a: bool| {
            settled
                .iter()
                .any(|&(a, b)| if side_a { a == f.start } else { b == f.start })
        };
        let (bare_a, bare_b): (Vec<&Figure>, Vec<&Figure>) = (
            unmatched_bare(fa, fb, rel, abs)
                .into_iter()
                .filter(|f| !partnered(f, true))
                .collect(),
            unmatched_bare(fb, fa, rel, abs)
                .into_iter()
                .filter(|f| !partnered(f, false))
                .collect(),
        );
        let anchored = anchored_pairs(
            (self.a.text, self.a.start, &bare_a, fa),
            (self.b.text, self.b.start, &bare_b, fb),
        );
        let disagreeing: Vec<&(&Figure, &Figure)> = anchored
            .iter()
            .filter(|(a, b)| !agree(a, b, rel, abs))
            .collect();
        if let [(a, b)] = disagreeing.as_slice() {
            Some((*a, *b))
        } else if let Some((a, b)) = amount_without_currency(&bare_a, &bare_b, fa, fb)
            .or_else(|| amount_without_currency(&bare_b, &bare_a, fb, fa).map(|(b, a)| (a, b)))
            && !agree_as_counts(a, b, rel, abs)
        {
            // "a 26 million pre-tax profit" vs "a profit of 39 million pounds"
            Some((a, b))
        } else if let ([a], [b]) = (bare_a.as_slice(), bare_b.as_slice())
            && ((approximate(a) && approximate(b)) || (ceiling(a) && ceiling(b)))
            && !agree(a, b, rel, abs)
        {
            // The one figure left in each, both approximate ("about 130,000 U.S. troops"
            // vs "about 195,000 US soldiers") or both a ceiling ("fewer than 10" vs
            // "fewer than 15"): the same estimate. Floors ("at least 23" vs "at least
            // 26") are running tallies that outlets update at different times.
            Some((*a, *b))
        } else if let ([a], [b]) = (bare_a.as_slice(), bare_b.as_slice())
            && anchored.is_empty()
            && states_one_same_figure(fa, fb)
            && a.written_digits().is_some()
            && b.written_digits().is_some()
            && within_a_factor(a, b, 3.0)
            && !agree(a, b, rel, abs)
        {
            // The one figure left in each when the rest are stated on both sides ("a gain
            // of 4.64 points at 1,735.34" vs "up 4.64 at 2,603.01"; "hit 60 after falling
            // to 53" vs "had fallen to 80 ... improved to 60"): the same quantity, when
            // both are written in digits and of one order of magnitude. (Small numbers
            // in words count different things: "at number eight" vs "Two other new
            // entries"; "4,751" vs "118 million" are two quantities.)
            Some((*a, *b))
        } else {
            None
        }
    }
}

/// A scaled amount left without a unit in one sentence ("a 26 million pre-tax profit") and the
/// one amount of money left in the other ("39 million pounds"), when neither has another
/// figure left: (bare, money). `bare_*` are the unmatched figures without a unit; `all_*` every
/// figure of each sentence.
pub(super) fn amount_without_currency<'f>(
    bare_a: &[&'f Figure],
    bare_b: &[&'f Figure],
    all_a: &[&'f Figure],
    all_b: &[&'f Figure],
) -> Option<(&'f Figure, &'f Figure)> {
    let ([a], []) = (bare_a, bare_b) else {
        return None;
    };
    let money = |f: &&Figure| {
        f.unit
            .as_deref()
            .is_some_and(|u| u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase()))
    };
    let scaled = |f: &Figure| f.value.abs() >= 1e6 && rounding_scale(f) >= 1e6;
    let unmatched_money: Vec<&Figure> = all_b
        .iter()
        .copied()
        .filter(money)
        .filter(|g| !all_a.iter().any(|f| f.value == g.value))
        .collect();
    let [b] = unmatched_money.as_slice() else {
        return None;
    };
    (scaled(a) && scaled(b) && !all_a.iter().any(money)).then_some((*a, *b))
}

/// Whether two sentences state one same figure (not an ordinal), with or without its unit.
pub(super) fn states_one_same_figure(a: &[&Figure], b: &[&Figure]) -> bool {
    a.iter()
        .any(|f| !f.ordinal && b.iter().any(|g| !g.ordinal && g.value == f.value))
}

/// Whether a figure is stated as a ceiling: "fewer than", "under", "up to" ...
pub(super) fn ceiling(f: &Figure) -> bool {
    f.hedge
        .as_deref()
        .is_some_and(|h| crate::extract::number::same_hedge_kind(h, "fewer than"))
}

/// Whether a figure is an estimate: "about", "roughly", "some" ...
pub(super) fn approximate(f: &Figure) -> bool {
    f.hedge
        .as_deref()
        .is_some_and(|h| crate::extract::number::same_hedge_kind(h, "about"))
}

/// Figures of `mine` with no unit, not ordinals, whose value `theirs` does not also state.
pub(super) fn unmatched_bare<'f>(
    mine: &[&'f Figure],
    theirs: &[&Figure],
    rel: f64,
    abs: f64,
) -> Vec<&'f Figure> {
    let bare = bare_figures(mine);
    // A range ("between three and 16 times") is not accounted for by a figure of another
    // unit that falls inside it ("13 symptoms").
    // The same digits ("11M" and "11", "data rates of 11M, 22M" vs "of 11, 22 ... Mbit/s")
    // are the same figure written with and without a scale letter.
    unmatched(&bare, theirs, |f, g| {
        ((f.low == f.high || g.unit.is_none()) && agree(f, g, rel, abs))
            || (f.low == f.high
                && f.written_digits()
                    .is_some_and(|d| Some(d) == g.written_digits()))
    })
}
