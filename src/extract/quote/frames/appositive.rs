//! Appositives between a speaker and the cue: "Jane Roe, a senior fellow at the Example
//! Institute, said", "The campaign chairman, Jane Roe, said", "Rep. Jane Roe (D-Ohio), a member of
//! the panel, said".

use super::cue::{cue_word, is_stance_cue};
use super::phrase::{is_ly_adverb, np_backward};
use crate::extract::quote::spans::{QSpan, in_quote};
use crate::extract::quote::tokens::{Tok, gap, plain_gap};
use crate::lexicon::DESCRIPTION_LINKS;
use crate::lexicon::{APPOSITIVE_OPENERS, ARTICLES, DESCRIPTION_HEAD_PREPOSITIONS};
use crate::lexicon::{
    CUE_AUXILIARIES, DETERMINERS, NOUN_PHRASE_STOPS, SPEAKER_PRONOUNS, SPEAKER_TITLES, SPEECH_CUES,
};

/// First token of the description before an apposed name that starts at token `a` (after a
/// comma): a title, or a description that opens with a determiner ("A lawyer for the
/// families, Jane Roe, said"), which may end in a prepositional phrase with a name ("The
/// treasurer of Dover, Jane Roe, said"); it opens the clause.
pub(super) fn description_before(text: &str, toks: &[Tok], a: usize) -> Option<usize> {
    let opens = |x: usize| x == 0 || gap(text, toks, x).contains([',', ':', ';', '"', '“', '”']);
    let describes = |x: usize, y: usize| {
        // the head noun: before a preposition inside the phrase ("The chief of the Port
        // Authority")
        let y = (x + 1..y)
            .find(|&m| DESCRIPTION_HEAD_PREPOSITIONS.contains(&toks[m].lower))
            .map_or(y, |m| m - 1);
        SPEAKER_TITLES.contains(toks[y].lower.as_str())
            || DETERMINERS.contains(toks[x].lower.as_str()) && !toks[y].cap
    };
    let (a2, b2) = np_backward(text, toks, a - 1, 0)?;
    if describes(a2, b2) && opens(a2) {
        return Some(a2);
    }
    // "of the Port Authority"
    let a2 = if a2 >= 1 && ARTICLES.contains(&toks[a2 - 1].lower) && plain_gap(gap(text, toks, a2))
    {
        a2 - 1
    } else {
        a2
    };
    if a2 >= 2
        && plain_gap(gap(text, toks, a2))
        && plain_gap(gap(text, toks, a2 - 1))
        && DESCRIPTION_HEAD_PREPOSITIONS.contains(&toks[a2 - 1].lower)
        && let Some((a3, b3)) = np_backward(text, toks, a2 - 2, 0)
        && describes(a3, b3)
        && opens(a3)
    {
        return Some(a3);
    }
    // "One delegate not on the Cruz slate, Kelly Schmidt, said": a determiner and a lowercase
    // noun open the clause, and what follows the noun before the comma qualifies it
    let o = (0..a)
        .rev()
        .find(|&x| opens(x))
        .filter(|&o| a - o <= 10 && o + 2 < a)?;
    (DETERMINERS.contains(toks[o].lower.as_str())
        && !toks[o + 1].cap
        && !NOUN_PHRASE_STOPS.contains(toks[o + 1].lower.as_str())
        && DESCRIPTION_LINKS.contains(toks[o + 2].lower.as_str())
        && (o + 1..a).all(|m| plain_gap(gap(text, toks, m))))
    .then_some(o)
}

/// Subject before a long appositive or parenthesis that ends right before token `j` (the cue or
/// its auxiliaries): "Jane Roe, a senior fellow at the Example Institute, said" or
/// "Rep. Jane Roe (D-Ohio) said". The subject must be a capitalised name; the appositive holds
/// no cue, quote or clause connector. Returns the name tokens.
pub(super) fn long_appositive(
    text: &str,
    toks: &[Tok],
    j: usize,
    qs: &[QSpan],
) -> Option<(usize, usize)> {
    let mut k = j - 1;
    let lo = j.saturating_sub(30);
    // a "that" inside the appositive is a clause connector unless a relative clause (", who")
    // opens it ("Roe, who argued that ..., said")
    let relative = (lo.max(1)..j).any(|m| matches!(toks[m].lower.as_str(), "who" | "which"));
    // walk back to the token that opens the appositive (gap with "," or "(" before it)
    let mut pieces = 0;
    loop {
        if k == 0 || k < lo {
            return None;
        }
        let t = &toks[k];
        let g = gap(text, toks, k);
        let opens = g.contains(['(', ',', '—', '–']) || g.contains("--");
        // "Jane Roe, who chairs the panel, said" or "Jane Roe, a lawyer who chairs the panel,
        // said": a relative clause inside the appositive, whose verb may be a cue ("who has not
        // endorsed anyone"); a cue word after a determiner is a noun ("one of the states suing")
        let noun_use = k > 0 && DETERMINERS.contains(toks[k - 1].lower.as_str());
        if in_quote(t.start, qs)
            || cue_word(toks, k) && !noun_use && !relative
            || !relative
                && matches!(t.lower.as_str(), "and" | "but")
                // "the director of the office and a former judge", "a senator and self-described
                // socialist": a second description
                && !(k + 1 < j
                    && (ARTICLES.contains(&toks[k + 1].lower)
                        || !toks[k + 1].cap
                            && !NOUN_PHRASE_STOPS.contains(toks[k + 1].lower.as_str())
                            && !SPEAKER_PRONOUNS.contains(toks[k + 1].lower.as_str())
                            && !SPEECH_CUES.contains(toks[k + 1].lower.as_str())))
            || t.lower == "that" && !relative && !relative_that(text, toks, k)
        {
            return None;
        }
        // a dot after an abbreviation ("D-N.Y.),") does not end the sentence
        if g.replace(".)", ")")
            .replace(".,", ",")
            .contains(['"', '“', '”', '.', ';', ':'])
        {
            return None;
        }
        if opens {
            if let Some(name) = appositive_head(text, toks, k) {
                return Some(name);
            }
            // several pieces: "Jane Roe, 56, who has led the panel since 2010, said"
            pieces += 1;
            if pieces >= 3 || !g.contains(',') {
                return None;
            }
        }
        k -= 1;
    }
}

/// "that" at token `k` opens a relative clause after a noun ("the office that runs the
/// program"), not a clause reported by a cue or after an adjective ("so sure that").
fn relative_that(text: &str, toks: &[Tok], k: usize) -> bool {
    k > 0 && plain_gap(gap(text, toks, k)) && {
        let p = &toks[k - 1];
        let pl = p.lower.as_str();
        !p.cap
            && !SPEECH_CUES.contains(pl)
            && !is_stance_cue(pl)
            && !CUE_AUXILIARIES.contains(pl)
            && !NOUN_PHRASE_STOPS.contains(pl)
            && !is_ly_adverb(p)
            // a noun phrase opened by a determiner one or two words before ("the office",
            // "a small group")
            && (k.saturating_sub(3)..k - 1).any(|m| DETERMINERS.contains(toks[m].lower.as_str()))
    }
}

/// The name before the appositive piece that opens at token `k` (see `long_appositive`).
fn appositive_head(text: &str, toks: &[Tok], mut k: usize) -> Option<(usize, usize)> {
    // "Rep. Jim Jordan (R-Ohio), a member of the panel, said": step over the parenthesis
    if gap(text, toks, k).contains(')') && !gap(text, toks, k).contains('(') {
        let mut m = k - 1;
        while m > 0 && m + 6 > k && !gap(text, toks, m).contains('(') {
            m -= 1;
        }
        if m == 0 || !gap(text, toks, m).contains('(') {
            return None;
        }
        k = m;
    }
    if k == 0 {
        return None;
    }
    let (a, b) = np_backward(text, toks, k - 1, 0)?;
    let head = toks[b].lower.as_str();
    if !toks[b].cap || SPEAKER_PRONOUNS.contains(head) || DETERMINERS.contains(head) {
        return None;
    }
    // "the attorney general of Kansas" is one more appositive piece, not the name ("The
    // Example Agency" is one)
    if DETERMINERS.contains(toks[a].lower.as_str()) && (a + 1..b).any(|m| !toks[m].cap) {
        return None;
    }
    // the name must open the sentence or follow a clause boundary, at most three modifiers away
    // (`," panel Chairman Jane Roe (R-Utah) said`, "Conservative economist Jane Roe, who ...")
    let mut start = a;
    while start > 0 && start + 4 > a {
        let g = gap(text, toks, start);
        let prev = &toks[start - 1];
        let pl = prev.lower.as_str();
        if g.contains([',', ':', ';', '—', '–', '―', '"', '“', '”'])
            || g.contains("''")
            // "Even China, the only ally of the North, said"
            || start == a && APPOSITIVE_OPENERS.contains(pl)
        {
            return Some((a, b));
        }
        if !plain_gap(g)
            || NOUN_PHRASE_STOPS.contains(pl)
            || DETERMINERS.contains(pl) && start + 1 < a
            || SPEECH_CUES.contains(pl)
            || !prev.cap && pl.ends_with("ed")
        {
            return None;
        }
        start -= 1;
    }
    (start == 0).then_some((a, b))
}
