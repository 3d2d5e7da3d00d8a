//! The speaker before the cue: what stands between a subject and its cue (auxiliaries, adverbs,
//! "went on to", a time adjunct, an adverbial between commas), a share or quantifier as the whole
//! subject, and a name before a parenthesis.

use super::phrase::{is_ly_adverb, is_time_word, np_backward};
use crate::extract::quote::tokens::{Tok, gap, plain_gap};
use crate::extract::quote::words::{COMMA_ADVERBS, DETS, MEDIUM, PRONOUNS};

/// More words between the subject and the cue: adverbs without -ly ("Roe almost
/// suggested", "officials seldom speak"), negated auxiliaries ("they aren't proposing") and
/// verbs of aspect before a participle ("he began talking", "Roe kept saying"). Not "helped":
/// "Roe helped found the program" is no finding.
pub(super) fn skipped_before_cue(t: &Tok) -> bool {
    let w = t.lower.as_str();
    matches!(
        w,
        "almost" | "sometimes" | "seldom" | "soon" | "nearly" | "rarely" | "usually"
    ) || w.ends_with("n't")
        || w.ends_with("n’t")
        || matches!(
            w,
            "began"
                | "begun"
                | "begins"
                | "started"
                | "starts"
                | "kept"
                | "keeps"
                | "continued"
                | "continues"
                | "tried"
                | "tries"
        )
}
/// Start of "went on to" / "continued to" that ends right before token `j` (the cue).
pub(super) fn goes_on_to(toks: &[Tok], j: usize) -> Option<usize> {
    let w = |k: usize| toks[k].lower.as_str();
    if j < 2 || w(j - 1) != "to" {
        return None;
    }
    if matches!(
        w(j - 2),
        "continued" | "continues" | "continue" | "proceeded"
    ) {
        return Some(j - 2);
    }
    (j >= 3 && w(j - 2) == "on" && matches!(w(j - 3), "went" | "goes" | "go" | "going"))
        .then(|| j - 3)
}

/// Start of a time adjunct that ends right before token `j`: "on Tuesday", "last week",
/// "Friday morning", "earlier this month", "in August", "in 2010". None when token `j - 1` is no time word.
pub(super) fn time_adjunct_back(toks: &[Tok], j: usize) -> Option<usize> {
    let mut k = j.checked_sub(1)?;
    if matches!(
        toks[k].lower.as_str(),
        "morning" | "afternoon" | "evening" | "night" | "week" | "month" | "year" | "weekend"
    ) && k > 0
    {
        k -= 1;
        if !is_time_word(&toks[k]) && !matches!(toks[k].lower.as_str(), "last" | "this" | "next") {
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
    while k > 0
        && matches!(
            toks[k - 1].lower.as_str(),
            "on" | "in" | "last" | "this" | "earlier" | "late" | "early"
        )
    {
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
        ["on", "the", "other", "hand"]
        | ["in", "turn"]
        | ["for", "example"]
        | ["for", "instance"]
        | ["in", "fact"]
        | ["of", "course"]
        | ["in", "particular"]
        | ["in", "response"]
        | [
            "for",
            "his" | "her" | "their" | "its" | "our" | "my",
            "part",
        ] => true,
        ["on" | "last" | "this" | "earlier" | "later", _] => is_time_word(&toks[m + 1]),
        [w, ..] => {
            // a name only after "with" / "to" ("in an interview with CNN")
            let names_from = ws
                .iter()
                .position(|x| matches!(*x, "with" | "to"))
                .map(|p| toks[m + p].start);
            matches!(*w, "in" | "on" | "during" | "at")
                && ws[1..].iter().take(4).any(|x| MEDIUM.contains(x))
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
pub(super) fn quantity_subject(text: &str, toks: &[Tok], j: usize) -> Option<(usize, usize)> {
    let number = |t: &Tok| {
        t.lower.chars().all(|c| c.is_ascii_digit())
            || matches!(
                t.lower.as_str(),
                "one"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
            )
    };
    let quantifier = |t: &Tok| {
        matches!(
            t.lower.as_str(),
            "some" | "many" | "most" | "few" | "several" | "both" | "all"
        )
    };
    let plain = |m: usize| plain_gap(gap(text, toks, m));
    // the phrase opens its clause: the sentence start, punctuation or a conjunction before it
    let opens = |a: usize| {
        a == 0
            || !plain(a)
            || matches!(
                toks[a - 1].lower.as_str(),
                "and" | "but" | "while" | "though" | "although"
            )
    };
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
    } else if matches!(toks[k].lower.as_str(), "them" | "whom" | "us" | "those")
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
    while a > 0
        && plain(a)
        && matches!(
            toks[a - 1].lower.as_str(),
            "about"
                | "nearly"
                | "almost"
                | "roughly"
                | "around"
                | "only"
                | "just"
                | "over"
                | "than"
                | "more"
                | "fewer"
                | "less"
        )
    {
        a -= 1;
    }
    opens(a).then_some((a, k))
}

/// Subject right before a parenthesis that ends before token `j`: "Rep. Jane Roe (D-Ohio)
/// said". The name must be capitalised; unlike an appositive it need not open the clause.
pub(super) fn paren_subject(text: &str, toks: &[Tok], j: usize) -> Option<(usize, usize)> {
    let mut m = j - 1;
    while m > 0 && m + 6 > j && !gap(text, toks, m).contains('(') {
        m -= 1;
    }
    if m == 0 || !gap(text, toks, m).contains('(') {
        return None;
    }
    let (a, b) = np_backward(text, toks, m - 1, 0)?;
    let head = toks[b].lower.as_str();
    (toks[b].cap && !PRONOUNS.contains(&head) && !DETS.contains(&head)).then_some((a, b))
}
