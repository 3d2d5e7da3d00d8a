//! Noun phrases that name a speaker: read backward from the word before a cue (`np_backward`)
//! or forward from the word after it (`np_forward`), and the word classes that stop or skip them
//! (pronouns, time words, adverbs in -ly, numbers).

use super::cue::cue_word;
use crate::extract::quote::tokens::{Tok, gap, plain_gap};
use crate::lexicon::{
    AFTER_CUE_SKIP, BODY_WORDS, CUE_AUXILIARIES, DETERMINERS, LY_NOUNS, NOUN_PHRASE_STOPS,
    SPEAKER_PRONOUNS, SPEAKER_TITLES, TIME_WORDS,
};
use crate::lexicon::{
    CAPITAL_INITIALS, FIRST_NAME_CONNECTORS, PHRASE_HEAD_STOPS, SENT_WRITINGS, SHARE_WORDS,
    SPEAKER_NAME_CONNECTORS,
};
use crate::lexicon::{NOUN_CUE_VERBS, PHRASE_CONNECTORS};

/// Backward noun phrase ending at token `j` (inclusive). Returns (first_tok, last_tok).
pub(super) fn np_backward(
    text: &str,
    toks: &[Tok],
    j: usize,
    min_tok: usize,
) -> Option<(usize, usize)> {
    let t = &toks[j];
    let lw = t.lower.as_str();
    if SPEAKER_PRONOUNS.contains(lw) {
        return Some((j, j));
    }
    if bad_speaker_head(t) || verb_before_noun_cue(toks, j) {
        return None;
    }
    if NOUN_PHRASE_STOPS.contains(lw) || DETERMINERS.contains(lw) || PHRASE_HEAD_STOPS.contains(lw)
    {
        return None;
    }
    let head_cap = t.cap;
    let mut first = j;
    let mut k = j;
    let in_name = head_cap;
    while k > min_tok && first + 8 > j {
        let g = gap(text, toks, k);
        // "Marks & Spencer", "Procter & Gamble": an ampersand inside a name
        let ampersand = in_name && g.trim() == "&" && toks[k - 1].cap;
        if !plain_gap(g) && !ampersand {
            break;
        }
        let p = &toks[k - 1];
        let pl = p.lower.as_str();
        if DETERMINERS.contains(pl) {
            first = k - 1;
            // "a spokesman for the Clinton campaign": continue over of/for
            if k - 1 > min_tok
                && plain_gap(gap(text, toks, k - 1))
                && matches!(toks[k - 2].lower.as_str(), "of" | "for")
            {
                k -= 2;
                if k > min_tok
                    && plain_gap(gap(text, toks, k))
                    && !NOUN_PHRASE_STOPS.contains(toks[k - 1].lower.as_str())
                    && (!toks[k - 1].cap
                        || (in_name && pl == "the")
                        // "Proponents of the new bill say": a capital that opens the
                        // sentence
                        || k == 1)
                {
                    // "Jon Sohn of Friends of the Earth": a name goes on before "of the"
                    first = k - 1;
                    k -= 1;
                    continue;
                }
            }
            break;
        }
        // "IAB President and CEO Greg Stuart said": two titles of one speaker
        if pl == "and" && k >= 2 && coordinated_title(text, toks, k - 2, toks.len()) {
            first = k - 1;
            k -= 1;
            continue;
        }
        // "a letter to staff says": a written message and whom it is addressed to, right
        // before the cue (not "wrote a letter to the dean, Ann Roe, calling ...")
        let addressed = !in_name
            && pl == "to"
            && k >= 2
            && j + 1 < toks.len()
            && cue_word(toks, j + 1)
            && plain_gap(gap(text, toks, j + 1))
            && SENT_WRITINGS.contains(&toks[k - 2].lower);
        if !country_initials(text, p)
            && !addressed
            && (NOUN_PHRASE_STOPS.contains(pl)
                || SPEAKER_PRONOUNS.contains(pl)
                || cue_word(toks, k - 1))
        {
            break;
        }
        if in_name {
            if p.cap || SPEAKER_NAME_CONNECTORS.contains(pl) {
                first = k - 1;
                k -= 1;
                continue;
            }
            // lowercase before a name: only titles ("spokesman John Kirby", "press secretary")
            if SPEAKER_TITLES.contains(pl) {
                first = title_start(text, toks, k - 1, min_tok);
                break;
            }
            break;
        } else {
            // common-noun head: walk over modifiers (lowercase or capitalised), possessives
            if matches!(pl, "of" | "for") || addressed {
                // "head of the agency": only if preceded by a plausible noun
                if k >= 2
                    && k - 1 > min_tok
                    && !NOUN_PHRASE_STOPS.contains(toks[k - 2].lower.as_str())
                    && !DETERMINERS.contains(toks[k - 2].lower.as_str())
                {
                    first = k - 2;
                    k -= 2;
                    continue;
                }
                break;
            }
            first = k - 1;
            k -= 1;
        }
    }
    Some((past_connectors(toks, first, j), j))
}

/// The first token of the title before a name whose title noun is token `k` ("spokesman John
/// Kirby", "press secretary"): further title modifiers only (title and body words, capitalised
/// words), up to "the".
fn title_start(text: &str, toks: &[Tok], k: usize, min_tok: usize) -> usize {
    let mut first = k;
    let mut k = k;
    // continue over further title modifiers only
    while k > min_tok && plain_gap(gap(text, toks, k)) {
        let q = toks[k - 1].lower.as_str();
        if (SPEAKER_TITLES.contains(q) || BODY_WORDS.contains(q)) && !matches!(q, "of")
            || DETERMINERS.contains(q) && q == "the"
            || toks[k - 1].cap && !NOUN_PHRASE_STOPS.contains(q)
        {
            first = k - 1;
            k -= 1;
            if DETERMINERS.contains(q) {
                break;
            }
        } else {
            break;
        }
    }
    first
}

/// Token `first` moved past the connectors and prepositions that would open the phrase ending
/// at token `j`.
fn past_connectors(toks: &[Tok], mut first: usize, j: usize) -> usize {
    // never start with a connector / preposition ("Al", "De" and "La" with a capital may be
    // a first name or part of one: "Al Gore", "La Salle")
    while first < j
        && !(toks[first].cap && FIRST_NAME_CONNECTORS.contains(&toks[first].lower))
        && PHRASE_CONNECTORS.contains(toks[first].lower.as_str())
    {
        first += 1;
    }
    first
}

/// Forward noun phrase starting at token `i`.
pub(super) fn np_forward(
    text: &str,
    toks: &[Tok],
    i: usize,
    max_tok: usize,
) -> Option<(usize, usize)> {
    if i >= max_tok {
        return None;
    }
    let lw = toks[i].lower.as_str();
    if SPEAKER_PRONOUNS.contains(lw) {
        return Some((i, i));
    }
    if NOUN_PHRASE_STOPS.contains(lw) && !DETERMINERS.contains(lw) || bad_speaker_head(&toks[i]) {
        return None;
    }
    let mut last = i;
    let mut seen_cap = toks[i].cap;
    // "said one Democratic source on the panel": after a determiner, capitalised words are
    // modifiers of a common noun that follows
    let det = !toks[i].cap && DETERMINERS.contains(lw);
    let mut k = i;
    while k + 1 < max_tok && k + 1 < i + 9 {
        if !plain_gap(gap(text, toks, k + 1)) {
            break;
        }
        let q = &toks[k + 1];
        let ql = q.lower.as_str();
        // Two titles joined ("said IAB President and CEO Greg Stuart"): one speaker.
        if ql == "and" && coordinated_title(text, toks, k, max_tok) {
            k += 1;
            continue;
        }
        // "of IT firm Dimension Data", "of US bank Citigroup": no pronoun
        if NOUN_PHRASE_STOPS.contains(ql) && !matches!(ql, "of") && !country_initials(text, q)
            || cue_word(toks, k + 1)
            || AFTER_CUE_SKIP.contains(ql) && !q.cap && ql != "the"
        {
            break;
        }
        if ql == "of" {
            // "the head of the agency"
            if k + 2 < max_tok && plain_gap(gap(text, toks, k + 2)) {
                k += 1;
                continue;
            }
            break;
        }
        if seen_cap && !q.cap && !det {
            break;
        }
        seen_cap |= q.cap;
        k += 1;
        last = k;
    }
    // drop a trailing "of"
    Some((i, last))
}

/// Whether the "and" after token `k` joins two capitalised titles of one person ("President
/// and CEO", "Chairman and Chief Executive") that a capitalised name follows: "said IAB
/// President and CEO Greg Stuart" names one speaker, "said Smith and Jones" two.
fn coordinated_title(text: &str, toks: &[Tok], k: usize, max_tok: usize) -> bool {
    let title = |t: &Tok| {
        t.cap && (SPEAKER_TITLES.contains(t.lower.as_str()) || matches!(t.lower.as_str(), "ceo"))
    };
    k + 3 < max_tok
        && title(&toks[k])
        && title(&toks[k + 2])
        && plain_gap(gap(text, toks, k + 2))
        && (k + 3..max_tok.min(k + 6))
            .take_while(|&j| plain_gap(gap(text, toks, j)))
            .any(|j| toks[j].cap && !title(&toks[j]))
}

/// Whether `s` is a pronoun a speaker may be named by ("he", "who").
pub(crate) fn is_pronoun(s: &str) -> bool {
    SPEAKER_PRONOUNS.contains(s.to_lowercase().as_str())
}

/// The speaker at tokens `a..=b` is a share of the people asked ("60 percent of voters", "42",
/// "a majority of them", "half").
pub(super) fn share_of_respondents(toks: &[Tok], a: usize, b: usize) -> bool {
    toks[a..=b].iter().any(|t| SHARE_WORDS.contains(&t.lower))
        || a == b && toks[a].lower.chars().all(|c| c.is_ascii_digit())
}

pub(super) fn is_time_word(t: &Tok) -> bool {
    TIME_WORDS.contains(t.lower.as_str())
        && (t.cap || t.lower == "today" || t.lower == "tonight" || t.lower == "yesterday")
}

/// A lowercase adverb in -ly ("sharply", "steadfastly") between a subject and its cue.
pub(super) fn is_ly_adverb(t: &Tok) -> bool {
    !t.cap && t.lower.len() > 4 && t.lower.ends_with("ly") && !LY_NOUNS.contains(t.lower.as_str())
}

/// Token `j`, which a speaker phrase would end with, is the verb of a noun cue after it ("has
/// sparked hopes that", "McFadden makes claims that", "had helped pushed"): a lowercase past
/// form after an auxiliary ("those surveyed said" keeps its subject), or a light verb.
fn verb_before_noun_cue(toks: &[Tok], j: usize) -> bool {
    let t = &toks[j];
    let w = t.lower.as_str();
    !t.cap
        && (w.len() > 4
            && w.ends_with("ed")
            && j > 0
            && CUE_AUXILIARIES.contains(toks[j - 1].lower.as_str())
            || NOUN_CUE_VERBS.contains(w))
}

/// "US", "UK" and "IT" written in capitals: a country or a trade inside a name, not the
/// pronouns "us" and "it".
pub(super) fn country_initials(text: &str, t: &Tok) -> bool {
    CAPITAL_INITIALS.contains(&text[t.start..t.end])
}

/// Tokens that cannot head or open a speaker phrase: time words, bare numbers.
fn bad_speaker_head(t: &Tok) -> bool {
    is_time_word(t)
        || t.lower
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}
