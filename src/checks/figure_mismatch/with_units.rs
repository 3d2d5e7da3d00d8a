//! Figures with a unit: as many of a unit on each side pair in order, and one pair that
//! disagrees is flagged; different numbers of them, or several pairs that disagree, pair by
//! the words around them.

use super::agreement::agree;
use super::durations::comparable_unit;
use super::matching::{anchored_pairs, change_origin, stated_unaccounted, unmatched};
use super::neighbours::change_amount;
use super::pairs::{AlignedFigures, FigurePair};
use crate::extract::Figure;

impl<'s> AlignedFigures<'s> {
    /// Figures with a unit: for each unit of `a`'s figures (in alphabetical order), at most
    /// one disagreeing pair of that unit (`disagreement_in_unit`).
    pub(super) fn unit_disagreements(&self) -> Vec<FigurePair<'s>> {
        let mut units: Vec<&str> = self
            .a
            .figures
            .iter()
            .filter_map(|f| comparable_unit(f))
            .collect();
        units.dedup();
        units.sort_unstable();
        units.dedup();
        units
            .into_iter()
            .filter_map(|unit| self.disagreement_in_unit(unit))
            .collect()
    }

    /// The one disagreeing pair among the figures of `unit` in the two sentences, if any.
    pub(super) fn disagreement_in_unit(&self, unit: &str) -> Option<FigurePair<'s>> {
        let of_unit = |figures: &[&'s Figure]| -> Vec<&'s Figure> {
            figures
                .iter()
                .copied()
                .filter(|f| comparable_unit(f) == Some(unit))
                .collect()
        };
        let (same_a, same_b) = (of_unit(self.a.figures), of_unit(self.b.figures));
        // The same number of figures of this unit, paired in order ("rose $2.11 to
        // $21.51" vs "rose $2.11 to $23.51"): flagged when exactly one pair disagrees
        // and the others agree, so that a reordered sentence is not read as a conflict.
        // Different numbers of them pair by the words around them instead.
        if same_a.len() != same_b.len() {
            return self.sole_anchored_disagreement(&same_a, &same_b, false);
        }
        let disagreeing: Vec<FigurePair<'s>> = same_a
            .iter()
            .zip(&same_b)
            .filter(|(a, b)| a.ordinal == b.ordinal && !agree(a, b, self.rel, self.abs))
            .map(|(a, b)| (*a, *b))
            .collect();
        match disagreeing.as_slice() {
            [] => None,
            [in_order] => self.in_order_disagreement(*in_order, &same_a, &same_b),
            _ => self.reordered_disagreement(&same_a, &same_b),
        }
    }

    /// Figures of one unit (`same_a`, `same_b`) paired by the words around them: a figure
    /// that agrees with one of the other sentence is accounted for; the rest pair by the
    /// words around them. The one anchored pair that disagrees (both ordinals or neither),
    /// when there is exactly one; with `same_origin`, only pairs whose changes start from
    /// one same figure count.
    pub(super) fn sole_anchored_disagreement(
        &self,
        same_a: &[&'s Figure],
        same_b: &[&'s Figure],
        same_origin: bool,
    ) -> Option<FigurePair<'s>> {
        let (rel, abs) = (self.rel, self.abs);
        let (rest_a, rest_b) = (
            unmatched(same_a, same_b, |f, g| agree(f, g, rel, abs)),
            unmatched(same_b, same_a, |f, g| agree(f, g, rel, abs)),
        );
        let anchored = anchored_pairs(
            (self.a.text, self.a.start, &rest_a, self.a.figures),
            (self.b.text, self.b.start, &rest_b, self.b.figures),
        );
        let disagreeing: Vec<FigurePair<'s>> = anchored
            .into_iter()
            .filter(|(a, b)| a.ordinal == b.ordinal && !agree(a, b, rel, abs))
            .filter(|(a, b)| {
                !same_origin || {
                    let oa = change_origin(self.a.text, self.a.figures, a);
                    oa.is_some() && oa == change_origin(self.b.text, self.b.figures, b)
                }
            })
            .collect();
        match disagreeing.as_slice() {
            [pair] => Some(*pair),
            _ => None,
        }
    }

    /// Figures of one unit, as many on each side, of which several pairs disagree in order.
    pub(super) fn reordered_disagreement(
        &self,
        same_a: &[&'s Figure],
        same_b: &[&'s Figure],
    ) -> Option<FigurePair<'s>> {
        let (rel, abs) = (self.rel, self.abs);
        // Reordered ("from 51.5 percent to 52.9 percent" vs "to 79.3 percent from 51.5
        // percent"): several pairs disagree in order; two levels reached from the same
        // figure are compared.
        if let Some(pair) = self.sole_anchored_disagreement(same_a, same_b, true) {
            return Some(pair);
        }
        if let ([a], [b]) = (
            unmatched(same_a, same_b, |f, g| f.value == g.value).as_slice(),
            unmatched(same_b, same_a, |f, g| f.value == g.value).as_slice(),
        ) && a.ordinal == b.ordinal
            && !agree(a, b, rel, abs)
            && !change_amount(self.a.text, a)
            && !change_amount(self.b.text, b)
        {
            // Reordered, every other figure of the unit stated on both sides
            // ("from 15 cents to 2 1/2 cents" vs "to 2 1/2 cents from 22
            // cents"): the one left on each side is the same quantity, unless
            // one is the size of a change ("rise by $300 to $2,800").
            return Some((*a, *b));
        }
        None
    }

    /// Figures of one unit, as many on each side, of which exactly one pair in order
    /// (`a`, `b`) disagrees: that pair, unless the order is not the pairing or one of the
    /// two values is stated elsewhere.
    pub(super) fn in_order_disagreement(
        &self,
        (a, b): FigurePair<'s>,
        same_a: &[&'s Figure],
        same_b: &[&'s Figure],
    ) -> Option<FigurePair<'s>> {
        if same_a.len() > 1
            && same_a
                .iter()
                .zip(same_b)
                .any(|(x, y)| x.ordinal != y.ordinal)
        {
            return None;
        }
        // Paired in order, but one of the two is stated on the other side too ("offered
        // £1.3bn ... a £1.4bn bid" vs "raise its bid to £1.5bn from its initial £1.3bn
        // offer"): the order is not the pairing. A figure that its partner in order
        // states exactly is accounted for ("22 Republicans ... 15 Republicans" vs "22
        // Republicans ... 22 Republicans": the first 22 is the first 22's).
        let exact: Vec<(&Figure, &Figure)> =
            same_a.iter().zip(same_b).map(|(x, y)| (*x, *y)).collect();
        // The same number of other units of time ("the final three months" vs "the
        // past three years"): two spans, not one misstated.
        if stated_unaccounted((a, same_a), (b, same_b), &exact)
            || (a.value == b.value && a.unit != b.unit)
        {
            return None;
        }
        // The other sentence states the value without its unit ("brings the total
        // to 100,000 tonnes" vs "a shipment of 60,000 tons brings the total to
        // 100,000"): the figure is there, the pair is two quantities.
        // A number in a name is not a quantity a bare figure states ("AMD Athlon 38"
        // vs "a 64-bit system ... AMD Athlon 64").
        let stated_bare = |f: &Figure, other: &[&Figure]| {
            !f.in_name() && other.iter().any(|g| g.unit.is_none() && g.value == f.value)
        };
        if stated_bare(a, self.b.figures) || stated_bare(b, self.a.figures) {
            return None;
        }
        Some((a, b))
    }
}
