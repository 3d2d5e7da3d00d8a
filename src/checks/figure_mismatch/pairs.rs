//! Two aligned sentences' figures as the stages compare them (`AlignedFigures`), whether two
//! figures are different quantities, and a tally against its counts written out.

use super::durations::spans_of_different_scale;
use super::quantities::{contrasting, different_wholes, part_and_whole};
use crate::checks::shared::facts;
use crate::extract::{Document, Fact, Figure};

/// A sentence's figures, in order.
pub(super) fn figures(facts: &[Fact]) -> Vec<&Figure> {
    facts::figures(facts).collect()
}

/// One of two aligned sentences, as figure-mismatch compares them.
#[derive(Clone, Copy)]
pub(super) struct SentenceFigures<'s> {
    /// The document text.
    pub(super) text: &'s str,
    /// Where the sentence starts in `text`.
    pub(super) start: usize,
    /// The sentence's own text.
    pub(super) sentence: &'s str,
    /// The sentence's figures in order, as `comparable_figures` gives them.
    pub(super) figures: &'s [&'s Figure],
}

impl<'s> SentenceFigures<'s> {
    /// Sentence `index` of `doc`, with its `figures`.
    pub(super) fn new(doc: &'s Document, index: usize, figures: &'s [&'s Figure]) -> Self {
        SentenceFigures {
            text: &doc.article.text,
            start: doc.sentences[index].start,
            sentence: doc.sentence_text(index),
            figures,
        }
    }
}

/// Two aligned sentences' figures and the tolerances they are compared with. Each stage
/// gives the pairs of figures (one of `a`, one of `b`) it finds disagreeing, in the order
/// they are flagged.
pub(super) struct AlignedFigures<'s> {
    pub(super) a: SentenceFigures<'s>,
    pub(super) b: SentenceFigures<'s>,
    /// `relative_tolerance`, 0 when unset.
    pub(super) rel: f64,
    /// `absolute_tolerance`, 0 when unset.
    pub(super) abs: f64,
}

/// A figure of one sentence and the figure of the other it disagrees with.
pub(super) type FigurePair<'s> = (&'s Figure, &'s Figure);

impl<'s> AlignedFigures<'s> {
    /// Whether `a` and `b` are different quantities rather than one stated twice: a part
    /// against its whole (`part_and_whole`), shares of different wholes
    /// (`different_wholes`), or things the two sentences set apart with different words of
    /// one of the `contrasts` groups (`contrasting`).
    pub(super) fn different_quantities(
        &self,
        a: &Figure,
        b: &Figure,
        contrasts: &[Vec<String>],
    ) -> bool {
        part_and_whole(self.a.text, self.a.start, a, self.b.text, self.b.start, b)
            || different_wholes(self.a.text, a, self.b.text, b)
            || contrasting(self.a.sentence, self.b.sentence, contrasts)
            || spans_of_different_scale(a, b)
    }

    /// A tally in one sentence, its two counts written out in the other ("a 17-22
    /// edge" vs "17 Democrats and 15 Republicans"): one count agrees, the other not.
    pub(super) fn tally_disagreement(&self) -> Option<FigurePair<'s>> {
        tally_written_out(self.a.figures, (self.b.figures, self.b.text)).or_else(|| {
            tally_written_out(self.b.figures, (self.a.figures, self.a.text)).map(|(b, a)| (a, b))
        })
    }
}

/// The one tally of `mine` ("a 17-22 edge") and the count of `theirs` that differs from its
/// end, when `theirs` has no tally and writes two counts out joined by "and" ("17 Democrats
/// and 15 Republicans": a word or two between them) of which one is an end of the tally and
/// the other is not the other end: (the tally, the differing count).
fn tally_written_out<'f>(
    mine: &[&'f Figure],
    (theirs, their_text): (&[&'f Figure], &str),
) -> Option<(&'f Figure, &'f Figure)> {
    use crate::extract::number::TALLY;
    let is_tally = |f: &Figure| f.unit.as_deref() == Some(TALLY);
    let tallies: Vec<&'f Figure> = mine.iter().copied().filter(|f| is_tally(f)).collect();
    let [tally] = tallies.as_slice() else {
        return None;
    };
    if theirs.iter().any(|f| is_tally(f)) {
        return None;
    }
    let plain = |f: &Figure| !f.ordinal && !f.in_name() && f.hedge.is_none() && f.low == f.high;
    theirs.windows(2).find_map(|w| {
        let (x, y) = (w[0], w[1]);
        let between: Vec<&str> = their_text.get(x.end..y.start)?.split_whitespace().collect();
        let joined = between.len() <= 3
            && between.last() == Some(&"and")
            && between[..between.len() - 1]
                .iter()
                .all(|w| w.chars().all(char::is_alphabetic));
        if !joined || !plain(x) || !plain(y) {
            return None;
        }
        let (lo, hi) = (tally.low, tally.high);
        let differing = if (x.value == lo && y.value != hi) || (x.value == hi && y.value != lo) {
            y
        } else if (y.value == lo && x.value != hi) || (y.value == hi && x.value != lo) {
            x
        } else {
            return None;
        };
        Some((*tally, differing))
    })
}
