//! The speaker before the cue: where the subject ends (past auxiliaries, adverbs, "went on to",
//! a time adjunct), the subject by what stands between it and the cue (a relative pronoun, a noun
//! phrase, an adverbial or an appositive between commas, a share or quantifier, a parenthesis).

use compact_str::CompactString;

use super::Found;
use super::appositive::{description_before, long_appositive};
use super::cue::Cue;
use super::phrase::{is_ly_adverb, is_time_word, np_backward};
use crate::extract::quote::tokens::{Tok, gap, plain_gap};
use crate::lexicon::{
    ADVERBS_BEFORE_CUE, ASPECT_VERBS_BEFORE_ON_TO, ASPECT_VERBS_BEFORE_TO, DESCRIPTION_OPENERS,
    MODIFIER_PREPOSITIONS, PROGRESSIVE_AUXILIARIES, QUANTIFIED_PRONOUNS, QUANTIFIERS,
    RELATIVE_MODIFIERS, SETTING_PREPOSITIONS, SUBJECT_OPENERS, TIME_ADJUNCT_OPENERS,
};
use crate::lexicon::{ASPECT_VERBS, SHARE_HEDGES, SUBJECT_NUMBER_WORDS, TIME_OF_DAY_AND_SPAN};
use crate::lexicon::{
    COMMA_ADVERBS, COMMA_TIME_OPENERS, CUE_AUXILIARIES, DETERMINERS, MEDIA_WORDS, SPEAKER_PRONOUNS,
};

/// The token right after the subject of cue `c`: the cue itself, or the first of the
/// auxiliaries, adverbs, time adjuncts and "went on to" that stand between the subject and the
/// cue ("Roe on Tuesday said", "Roe has repeatedly argued", "he went on to say").
pub(super) fn subject_end(c: &Cue) -> usize {
    let (text, toks, i) = (c.text, &c.s.toks[..], c.i);
    let progressive = c.progressive;
    let sent_first = 0usize;
    // skip auxiliaries / adverbs backwards
    let mut j = i;
    while j > sent_first && plain_gap(gap(text, toks, j)) {
        if let Some(k) = time_adjunct_back(toks, j)
            && k > sent_first
            && (k..j).all(|m| m == k || plain_gap(gap(text, toks, m)))
        {
            j = k;
            continue;
        }
        // "he went on to say", "Roe continued to insist": the cue is the
        // subject's own
        if let Some(k) = goes_on_to(toks, j)
            && (k..j).all(|m| m == k || plain_gap(gap(text, toks, m)))
        {
            j = k;
            continue;
        }
        if !(CUE_AUXILIARIES.contains(toks[j - 1].lower.as_str())
            || skipped_before_cue(&toks[j - 1])
            || is_ly_adverb(&toks[j - 1])
            || progressive && PROGRESSIVE_AUXILIARIES.contains(&toks[j - 1].lower))
            || toks[j - 1].lower == "told" && j == i
        {
            break;
        }
        j -= 1;
    }
    j
}

/// The subject of cue `c` before token `j` (`subject_end`), by what stands between them
/// (`pre_gap`): "who"/"which" with the name before it, a relative "that" with its noun phrase,
/// a noun phrase or a quantity right before, a subject before commas (`subject_before_commas`),
/// a share ("42% say"), a name before a parenthesis or before a long appositive.
pub(super) fn subject_before(c: &Cue, j: usize, pre_gap: &str) -> Found {
    let (text, toks, qs) = (c.text, &c.s.toks[..], c.qs);
    let mut spk: Option<(usize, usize)> = None;
    let mut subject_first: Option<usize> = None;
    let mut antecedent: Option<CompactString> = None;
    if j > 0 && plain_gap(pre_gap) && matches!(toks[j - 1].lower.as_str(), "who" | "which") {
        // relative clause: "Reid, who argued ..." -> the speaker span is "who",
        // the name is resolved from the antecedent before the comma
        spk = Some((j - 1, j - 1));
        // (or right before it: "the Scottish National Party which accused him")
        if j >= 2
            && (gap(text, toks, j - 1).trim() == ","
                || plain_gap(gap(text, toks, j - 1)) && toks[j - 2].cap)
            && let Some((a, b)) = np_backward(text, toks, j - 2, 0)
        {
            antecedent = Some(text[toks[a].start..toks[b].end].into());
        }
    } else if j >= 2
        && plain_gap(pre_gap)
        && &text[toks[j - 1].start..toks[j - 1].end] == "that"
        && plain_gap(gap(text, toks, j - 1))
        && let Some((a, b)) = np_backward(text, toks, j - 2, 0)
            .filter(|&(a, b)| a < b || !SPEAKER_PRONOUNS.contains(toks[b].lower.as_str()))
    {
        // relative "that": "the rules that promise to cut emissions" -> the noun
        // phrase it stands for names the source (a "that" alone resolves to no one)
        spk = Some((a, b));
    } else if j > 0 && plain_gap(pre_gap) {
        spk = np_backward(text, toks, j - 1, 0).or_else(|| quantity_subject(text, toks, j));
        // "CLAUSE, the official said" / "X, the foreign minister, said" handled below
    } else if j > 0
        && matches!(pre_gap.trim(), "," | ".," | "%,")
        && !pre_gap.contains(['"', '”', '“'])
    {
        (spk, subject_first) = subject_before_commas(c, j);
    } else if j > 0 && pre_gap.trim() == "%" && pre_gap.ends_with(char::is_whitespace) {
        // "42% say ...": the share of respondents
        spk = toks[j - 1]
            .lower
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.')
            .then_some((j - 1, j - 1));
    } else if j > 0 && matches!(pre_gap.trim(), ")" | ".)") {
        // "Rep. Jane Roe (D-Ohio) said": the name right before the parenthesis
        spk = paren_subject(text, toks, j);
    } else if j > 0 && matches!(pre_gap.trim(), ")," | ".)," | "--" | "—" | "–") {
        // "Roe (D-Ohio), a member of ..., said"; "Roe -- the owner of ... -- said"
        spk = long_appositive(text, toks, j, qs);
    }
    Found {
        spk,
        subject_first,
        antecedent,
        content: None,
    }
}

/// "Roe, however, said"; "Roe, in a statement, said": the subject before an adverbial set off
/// by two commas (a subject that opens the sentence or a clause; "..., on Friday, said Roe" is
/// an inversion), else before an appositive ("Lavrov, the foreign minister, said"), else an
/// apposed name after a description ("The campaign chairman, Jane Roe, said": the speaker, and
/// the description's first token) or a long appositive. The comma comes before token `j`.
fn subject_before_commas(c: &Cue, j: usize) -> (Option<(usize, usize)>, Option<usize>) {
    let (text, toks, i, qs) = (c.text, &c.s.toks[..], c.i, c.qs);
    let mut spk: Option<(usize, usize)> = None;
    let mut subject_first: Option<usize> = None;
    if let Some(m) = comma_adverbial(text, toks, j)
        && !toks
            .get(i + 1)
            .is_some_and(|t| t.cap && plain_gap(gap(text, toks, i + 1)))
    {
        spk = np_backward(text, toks, m - 1, 0).filter(|&(a, _)| {
            !matches!(toks[a].lower.as_str(), "who" | "which")
                && (a == 0
                    || gap(text, toks, a).contains([',', ';', ':', '—'])
                    || SUBJECT_OPENERS.contains(&toks[a - 1].lower))
        });
    }
    // appositive: "Lavrov, the foreign minister, said"
    if spk.is_none()
        && let Some((a, _)) = np_backward(text, toks, j - 1, 0)
        && a > 0
        && gap(text, toks, a).trim() == ","
        && DETERMINERS.contains(toks[a].lower.as_str())
        && let Some((a2, b2)) = np_backward(text, toks, a - 1, 0)
        && toks[b2].cap
        // "the treasurer of Dover, one of the towns suing, said": the phrase
        // before the comma is one more appositive piece, not the name
        && !DETERMINERS.contains(toks[a2].lower.as_str())
        && !(a2 > 0
            && plain_gap(gap(text, toks, a2))
            && MODIFIER_PREPOSITIONS.contains(&toks[a2 - 1].lower))
    {
        spk = Some((a2, b2));
    }
    // "The state's campaign chairman, Jane Roe, said": the apposed name (before
    // the long appositive, which would take the title for the subject)
    if spk.is_none()
        && let Some((a, b)) = np_backward(text, toks, j - 1, 0)
        && toks[a].cap
        && toks[b].cap
        && !DETERMINERS.contains(toks[a].lower.as_str())
        && a > 0
        && gap(text, toks, a).trim() == ","
        && let Some(a2) = description_before(text, toks, a)
    {
        spk = Some((a, b));
        subject_first = Some(a2);
    }
    if spk.is_none() {
        spk = long_appositive(text, toks, j, qs);
    }
    (spk, subject_first)
}

/// More words between the subject and the cue: adverbs without -ly ("Roe almost
/// suggested", "officials seldom speak"), negated auxiliaries ("they aren't proposing") and
/// verbs of aspect before a participle ("he began talking", "Roe kept saying"). Not "helped":
/// "Roe helped found the program" is no finding.
fn skipped_before_cue(t: &Tok) -> bool {
    let w = t.lower.as_str();
    ADVERBS_BEFORE_CUE.contains(w)
        || w.ends_with("n't")
        || w.ends_with("n’t")
        || ASPECT_VERBS.contains(w)
}
/// Start of "went on to" / "continued to" that ends right before token `j` (the cue).
fn goes_on_to(toks: &[Tok], j: usize) -> Option<usize> {
    let w = |k: usize| toks[k].lower.as_str();
    if j < 2 || w(j - 1) != "to" {
        return None;
    }
    if ASPECT_VERBS_BEFORE_TO.contains(w(j - 2)) {
        return Some(j - 2);
    }
    (j >= 3 && w(j - 2) == "on" && ASPECT_VERBS_BEFORE_ON_TO.contains(w(j - 3))).then(|| j - 3)
}

/// Start of a time adjunct that ends right before token `j`: "on Tuesday", "last week",
/// "Friday morning", "earlier this month", "in August", "in 2010". None when token `j - 1` is no time word.
fn time_adjunct_back(toks: &[Tok], j: usize) -> Option<usize> {
    let mut k = j.checked_sub(1)?;
    if TIME_OF_DAY_AND_SPAN.contains(toks[k].lower.as_str()) && k > 0 {
        k -= 1;
        if !is_time_word(&toks[k]) && !RELATIVE_MODIFIERS.contains(&toks[k].lower) {
            return None;
        }
    } else if toks[k].lower.chars().all(|c| c.is_ascii_digit())
        && k > 0
        && is_time_word(&toks[k - 1])
    {
        k -= 1; // "Sept. 12"
    } else if k > 0
        && toks[k - 1].lower == "in"
        && toks[k].lower.len() == 4
        && (toks[k].lower.starts_with("19") || toks[k].lower.starts_with("20"))
        && toks[k].lower.chars().all(|c| c.is_ascii_digit())
    {
        k -= 1; // "who in 2010 said"
    } else if k >= 2
        && toks[k].lower == "time"
        && toks[k - 1].lower == "the"
        && toks[k - 2].lower == "at"
    {
        return Some(k - 2); // "Roe at the time said"
    } else if !is_time_word(&toks[k]) {
        return None;
    }
    while k > 0 && TIME_ADJUNCT_OPENERS.contains(&toks[k - 1].lower) {
        k -= 1;
    }
    Some(k)
}

/// The first token of an adverbial that fills the commas right before token `j` (the cue or
/// its auxiliary): one adverb ("however", "Tuesday", "notably"), "on the other hand", "in
/// turn", "for example", "in fact", "for her part", "on Monday", or a medium phrase ("in a
/// statement", "in an interview with CNN"). A name or an appositive there is no adverbial.
pub(in crate::extract::quote) fn comma_adverbial(
    text: &str,
    toks: &[Tok],
    j: usize,
) -> Option<usize> {
    let m = (j.saturating_sub(7).max(1)..j)
        .rev()
        .find(|&m| gap(text, toks, m).trim() == ",")?;
    if m < 1 || !(m + 1..j).all(|k| plain_gap(gap(text, toks, k))) {
        return None;
    }
    let ws: Vec<&str> = toks[m..j].iter().map(|t| t.lower.as_str()).collect();
    let ok = match ws.as_slice() {
        [w] => COMMA_ADVERBS.contains(w) || is_time_word(&toks[m]) || is_ly_adverb(&toks[m]),
        // a participle phrase: "Roe, speaking at a rally in Ohio, said"
        [w, _, ..] if w.ends_with("ing") && !toks[m].cap && w.len() > 5 => true,
        // "on the other hand", "for her part"
        [_, _, ..] if COMMA_ADVERBS.contains(ws.join(" ")) => true,
        [w, _] if COMMA_TIME_OPENERS.contains(w) => is_time_word(&toks[m + 1]),
        [w, ..] => {
            // a name only after "with" / "to" ("in an interview with CNN")
            let names_from = ws
                .iter()
                .position(|x| matches!(*x, "with" | "to"))
                .map(|p| toks[m + p].start);
            SETTING_PREPOSITIONS.contains(w)
                && ws[1..].iter().take(4).any(|x| MEDIA_WORDS.contains(x))
                && toks[m + 1..j]
                    .iter()
                    .all(|t| !t.cap || names_from.is_some_and(|from| from < t.start))
        }
        _ => false,
    };
    ok.then_some(m)
}

/// A share or a quantifier that is the whole subject before token `j` (the cue or its
/// auxiliaries): "Six in 10 say", "Nearly nine out of 10 say", "Some say", "Most of them said",
/// "many of whom say". Returns its tokens.
fn quantity_subject(text: &str, toks: &[Tok], j: usize) -> Option<(usize, usize)> {
    let number = |t: &Tok| {
        t.lower.chars().all(|c| c.is_ascii_digit())
            || SUBJECT_NUMBER_WORDS.contains(t.lower.as_str())
    };
    let quantifier = |t: &Tok| QUANTIFIERS.contains(&t.lower);
    let plain = |m: usize| plain_gap(gap(text, toks, m));
    // the phrase opens its clause: the sentence start, punctuation or a conjunction before it
    let opens = |a: usize| a == 0 || !plain(a) || DESCRIPTION_OPENERS.contains(&toks[a - 1].lower);
    let k = j.checked_sub(1)?;
    let a = if quantifier(&toks[k]) {
        k
    } else if number(&toks[k])
        && k >= 2
        && plain(k)
        && plain(k - 1)
        && toks[k - 1].lower == "in"
        && number(&toks[k - 2])
    {
        k - 2
    } else if number(&toks[k])
        && k >= 3
        && (k - 2..=k).all(plain)
        && toks[k - 1].lower == "of"
        && toks[k - 2].lower == "out"
        && number(&toks[k - 3])
    {
        k - 3
    } else if QUANTIFIED_PRONOUNS.contains(&toks[k].lower)
        && k >= 2
        && plain(k)
        && plain(k - 1)
        && toks[k - 1].lower == "of"
        && quantifier(&toks[k - 2])
    {
        k - 2
    } else {
        return None;
    };
    // "Nearly nine out of 10", "More than six in 10", "About 4 in 10"
    let mut a = a;
    while a > 0 && plain(a) && SHARE_HEDGES.contains(toks[a - 1].lower.as_str()) {
        a -= 1;
    }
    opens(a).then_some((a, k))
}

/// Subject right before a parenthesis that ends before token `j`: "Rep. Jane Roe (D-Ohio)
/// said". The name must be capitalised; unlike an appositive it need not open the clause.
fn paren_subject(text: &str, toks: &[Tok], j: usize) -> Option<(usize, usize)> {
    let mut m = j - 1;
    while m > 0 && m + 6 > j && !gap(text, toks, m).contains('(') {
        m -= 1;
    }
    if m == 0 || !gap(text, toks, m).contains('(') {
        return None;
    }
    let (a, b) = np_backward(text, toks, m - 1, 0)?;
    let head = toks[b].lower.as_str();
    (toks[b].cap && !SPEAKER_PRONOUNS.contains(head) && !DETERMINERS.contains(head))
        .then_some((a, b))
}
