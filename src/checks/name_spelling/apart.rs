//! Whether two spellings of a name are one name spelled two ways by different outlets: not
//! the same documents using both, and no article listing the two as two entities.

use super::spellings::Spelling;
use crate::checks::CheckContext;
use crate::checks::shared::spelling::{fold_word, word_spans};

/// Whether the spellings `sa` and `sb` (of the differing words `wa` and `wb`) are used
/// apart: different documents use them, and no document using both joins the two words as
/// two entities.
pub(super) fn used_apart(
    ctx: &CheckContext,
    (sa, sb): (&[Spelling], &[Spelling]),
    (wa, wb): (&str, &str),
) -> bool {
    // Different documents must use the two spellings.
    let docs_a: Vec<usize> = sa.iter().map(|s| s.document).collect();
    let docs_b: Vec<usize> = sb.iter().map(|s| s.document).collect();
    if docs_a.iter().all(|d| docs_b.contains(d)) && docs_b.iter().all(|d| docs_a.contains(d)) {
        return false;
    }
    // An article that lists the two ("Medicare and Medicaid", "Iran, Iraq") names two
    // entities, not one spelled two ways.
    if docs_a
        .iter()
        .filter(|d| docs_b.contains(d))
        .any(|&d| coordinated(ctx, d, wa, wb))
    {
        return false;
    }
    true
}

/// Whether a sentence of document `d` joins the name words `a` and `b` (folded) by "and",
/// "or", a comma, a slash or "&", either way round ("Iran and Iraq", "Medicaid or Medicare").
fn coordinated(ctx: &CheckContext, d: usize, a: &str, b: &str) -> bool {
    let doc = &ctx.docs[d];
    (0..doc.sentences.len()).any(|s| {
        let text = doc.sentence_text(s);
        let words = word_spans(text);
        words.windows(2).any(|w| {
            let (x, y) = (fold_word(w[0].1), fold_word(w[1].1));
            if !((x == a && y == b) || (x == b && y == a)) {
                return false;
            }
            let gap = text[w[0].0 + w[0].1.len()..w[1].0].trim();
            matches!(gap, "," | "/" | "&")
        }) || words.windows(3).any(|w| {
            let (x, y) = (fold_word(w[0].1), fold_word(w[2].1));
            ((x == a && y == b) || (x == b && y == a))
                && matches!(fold_word(w[1].1).as_str(), "and" | "or")
                && text[w[0].0 + w[0].1.len()..w[2].0]
                    .split_whitespace()
                    .count()
                    == 1
        })
    })
}
