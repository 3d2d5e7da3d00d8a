//! The speaker after the cue (inversion: `," said Democratic pollster Jane Roe.`).

use super::phrase::country_initials;
use crate::extract::quote::tokens::{Tok, gap, plain_gap};
use crate::extract::quote::words::{CUES, NP_STOP};

/// Inverted subject longer than `np_forward` reads: `," said Democratic pollster Jane Roe.`,
/// `," says Jane Roe of the Example Institute.` Up to 12 tokens from `i` without a clause
/// connector, ending in a capitalised word where the clause ends.
pub(super) fn long_inverted_subject(
    text: &str,
    toks: &[Tok],
    i: usize,
    ends_clause: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let mut e = i;
    // "Jane Roe of the Example Institute": the speaker is the name before "of"
    let mut name_end: Option<usize> = None;
    while e < toks.len() && e < i + 12 {
        let l = toks[e].lower.as_str();
        if e > i && !plain_gap(gap(text, toks, e))
            || NP_STOP.contains(&l)
                && !matches!(l, "of" | "for" | "at")
                && !country_initials(text, &toks[e])
            || CUES.contains(&l)
        {
            return None;
        }
        if name_end.is_none() && e > i && matches!(l, "of" | "for" | "at") && toks[e - 1].cap {
            name_end = Some(e - 1);
        }
        if toks[e].cap && ends_clause(e) {
            return Some((i, name_end.unwrap_or(e)));
        }
        e += 1;
    }
    None
}
