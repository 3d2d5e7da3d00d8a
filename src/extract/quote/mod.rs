//! Quote and speaker extraction (rule based).
//!
//! Pipeline over a whole document:
//! 1. Paragraphs = lines; sentences from `crate::segment::split_sentences`.
//! 2. Quote spans per paragraph: straight `"` toggles; curly “ opens, ” closes; any double mark
//!    closes an open quote (mismatched copy: “...".); a quote still open at the paragraph end is
//!    closed there. Single marks (‘ ’ ') inside a double quote are nested and ignored; at top
//!    level ‘...’ / '...' is a quote only if it closes in the paragraph. Apostrophes (don’t,
//!    Russia’s, Ja’afari: a letter on both sides, or a trailing s') are never marks.
//! 3. Attribution frames per sentence, from a cue lexicon ("said", "told", "added", "according
//!    to", "noted", ...) found outside quoted text: speaker = subject noun phrase before the cue
//!    (skipping auxiliaries/adverbs and appositives "X, the foreign minister, said"), or after it
//!    (inversion `," said X`, "according to X"), or for a participle ("adding:", "saying") the
//!    subject of the sentence. Passive cues ("was told") are ignored.
//! 4. Speaker resolution: pronouns (he/she/they/it/...) -> nearest preceding named speaker in the
//!    document (he/she only to person-like names); surnames / "Mr. X" -> the full name seen
//!    earlier in the document ("Carter" -> "Ash Carter").
//! 5. Each quote takes the frame of its own sentence(s) nearest to it, else the frame of the
//!    previous, then next sentence of the same paragraph.
//! 6. A quote that takes the same frame as the quote before it continues that quotation
//!    (`Quote::continues`). Stance and action cues ("backed", "sought") make frames of
//!    `CueKind::Stance`: attributions only, never a quote's speaker.
//!
//! `extract_attributions` returns the frames NOT used by any quote, so `extract_quotes` +
//! `extract_attributions` together report every attribution once.
//!
//! Files: `spans.rs` (quotation marks), `tokens.rs` (sentences as tokens), `words.rs` (the word
//! tables); frames, resolution and assignment here; `tests.rs`.

mod spans;
mod tokens;
mod words;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::extract::name::{NameFolding, extract_names};
use crate::segment::{ends_like_a_sentence, lines, split_sentences};
use spans::{QSpan, find_quote_spans, in_quote, is_quote_mark};
use tokens::{DATELINE, Sent, Tok, gap, plain_gap, plain_gap_opt, tokenize};
use words::{
    AFTER_CUE_SKIP, AUX, BODY_WORDS, CLAUSE_MARKERS, COMMA_ADVERBS, CUES, DETS, INTRO_WORDS,
    IRREGULAR_PAST, LY_NOUNS, MEDIUM, MENTAL_STATE_CUES, NOMINAL_CUES, NOT_PERSON_HEADS,
    NOUN_LIKE_CUES, NP_STOP, PASSIVE, PRONOUNS, SPEECH_PARTICIPLES, STANCE_CUES,
    STANCE_PARTICIPLES, TIME_WORDS, TITLE_CONTEXT, TITLE_NOUNS, TRANSCRIPT_NOT_SPEAKERS, WHEN_SPAN,
    WRITINGS,
};

pub(crate) use spans::quoted_contents;

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Quote {
    /// the quoted span including its quote marks (for attributions: = content span)
    pub start: usize,
    pub end: usize,
    /// the words inside the marks
    pub content_start: usize,
    pub content_end: usize,
    /// the content
    pub text: String,
    /// resolved speaker name (full name when known from earlier in the document)
    pub speaker: Option<String>,
    /// where the attribution names the speaker (the pronoun position if a pronoun)
    pub speaker_start: Option<usize>,
    pub speaker_end: Option<usize>,
    /// "said", "told", "added", "according to", ...
    pub cue: Option<String>,
    /// For a quote that goes on with the previous quoted passage of the same quotation
    /// (`"A," she said. "B."`: B continues A), the `start` offset of that passage. Both name the
    /// same speaker through the same cue; the checks still compare each passage on its own.
    pub continues: Option<usize>,
    /// What the cue reports: speech ("said", "according to") or a stance or action ("backed",
    /// "plans", "sees"). Only speech is compared across outlets by the checks.
    pub cue_kind: CueKind,
}

/// The kind of cue that attributes a quote or a report to its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CueKind {
    /// reported speech or writing: "said", "told", "wrote", "according to", "her claim that";
    /// every quote has this kind
    #[default]
    Speech,
    /// a stance or an action of the source that an editor reads as attribution ("Roe backed the
    /// bill", "Roe plans to run", "Roe sees a recession"); only attributions have it, and no quote
    /// takes its speaker from such a cue
    Stance,
}

/// Quotes of a whole document (offsets into `text`). Paragraphs = lines.
pub fn extract_quotes(text: &str) -> Vec<Quote> {
    analyze(text).0
}

/// Attributions without quote marks ("X said that ...", "according to X", "Anadolu reported", "US officials said"): same struct with content = the reported clause (or None-like empty span). Used to compare who said what across outlets.
pub fn extract_attributions(text: &str) -> Vec<Quote> {
    analyze(text).1
}

/// Both at once (one analysis pass).
pub fn extract_quotes_and_attributions(text: &str) -> (Vec<Quote>, Vec<Quote>) {
    analyze(text)
}

/// A participle that takes the speaker of the cue before it.
fn is_participle(word: &str) -> bool {
    SPEECH_PARTICIPLES.contains(&word) || STANCE_PARTICIPLES.contains(&word)
}

/// Token `i` is a mental-state verb whose subject, the token before it, is a personal pronoun
/// that opens the clause of a speech cue: "said she believes", "says he hopes", "said that they
/// fear". The speaker reports a state of its own, a stance within the report (no speech cue of
/// its own; `drop_reported_stances` leaves it to the report).
fn mental_state_in_report(toks: &[Tok], i: usize) -> bool {
    i >= 2
        && MENTAL_STATE_CUES.contains(&toks[i].lower.as_str())
        && matches!(
            toks[i - 1].lower.as_str(),
            "he" | "she" | "i" | "we" | "they"
        )
        && {
            let mut k = i - 2;
            if toks[k].lower == "that" && k > 0 {
                k -= 1;
            }
            matches!(
                toks[k].lower.as_str(),
                "said" | "says" | "say" | "told" | "tells" | "added" | "adds" | "saying"
            )
        }
}
/// A cue of stance or action (`CueKind::Stance`).
fn is_stance_cue(word: &str) -> bool {
    STANCE_CUES.contains(&word) || STANCE_PARTICIPLES.contains(&word)
}

/// More words between the subject and the cue: adverbs without -ly ("Roe almost
/// suggested", "officials seldom speak"), negated auxiliaries ("they aren't proposing") and
/// verbs of aspect before a participle ("he began talking", "Roe kept saying"). Not "helped":
/// "Roe helped found the program" is no finding.
fn skipped_before_cue(t: &Tok) -> bool {
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
fn goes_on_to(toks: &[Tok], j: usize) -> Option<usize> {
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

/// Token `i` (a noun-like cue) is used as a verb: the word before is a plain subject (a pronoun,
/// or a noun or name that is neither possessive nor a name used as a modifier after "the") and
/// an object, clause or quotation follows.
fn verb_use(text: &str, toks: &[Tok], i: usize, quote_follows: bool) -> bool {
    if i == 0 || !plain_gap(gap(text, toks, i)) {
        return false;
    }
    let subj = &toks[i - 1];
    let sl = subj.lower.as_str();
    let possessive = sl.ends_with("'s") || sl.ends_with("’s") || sl.ends_with("s'");
    let modifier_name = subj.cap && i >= 2 && DETS.contains(&toks[i - 2].lower.as_str());
    let subject_ok = PRONOUNS.contains(&sl)
        || !possessive
            && !modifier_name
            && !DETS.contains(&sl)
            && !NP_STOP.contains(&sl)
            && !is_ly_adverb(subj)
            && !sl.ends_with("ing");
    // a plain form ("show", "report", "claim") after a lowercase word agrees with a plural
    // subject, "I", "we", "you", "they" or an auxiliary: "the polls show that", "he didn't
    // mention", not "the call-in show whether", "his recent claim that"
    let w = toks[i].lower.as_str();
    let plain_form = !(subj.cap
        || AUX.contains(&sl)
        || is_ly_adverb(subj)
        || w.ends_with('s')
        || w.ends_with("ed")
        || w.ends_with("ing"));
    let plural_subject = matches!(sl, "i" | "we" | "you" | "they" | "who" | "that" | "which")
        || !PRONOUNS.contains(&sl) && sl.ends_with('s') && !sl.ends_with("ss")
        || matches!(
            sl,
            "people" | "police" | "men" | "women" | "children" | "media" | "public" | "data"
        );
    // "..., the Gazette reports.": a name after "the" is the subject when the cue closes
    if modifier_name && !possessive && !plain_form && closing_cue(text, toks, i) {
        return true;
    }
    if !subject_ok || plain_form && !plural_subject {
        return false;
    }
    // `“...,” Roe notes.`: a quotation closed by its own comma right before the subject, and the
    // cue ends the clause
    let mut first = i - 1;
    while first > 0 && toks[first - 1].cap && plain_gap(gap(text, toks, first)) {
        first -= 1;
    }
    let before = text[..toks[first].start].trim_end();
    let quote_before = before.ends_with(|c: char| is_quote_mark(c))
        && before
            .trim_end_matches(|c: char| is_quote_mark(c))
            .ends_with([',', '?', '!']);
    if quote_before && (i + 1 >= toks.len() || !plain_gap(gap(text, toks, i + 1))) {
        return true;
    }
    if closing_cue(text, toks, i) {
        return true;
    }
    let Some(next) = toks.get(i + 1) else {
        return false;
    };
    let nl = next.lower.as_str();
    quote_follows && text[toks[i].end..next.start].contains(['"', '“'])
        || matches!(
            nl,
            "that"
                | "whether"
                | "why"
                | "how"
                | "what"
                | "if"
                | "to"
                | "him"
                | "her"
                | "them"
                | "it"
                | "us"
                | "me"
        )
        || toks[i].lower == "calls" && matches!(nl, "for" | "on")
        || DETS.contains(&nl)
        || next.cap && nl != "i"
}

fn is_time_word(t: &Tok) -> bool {
    TIME_WORDS.contains(&t.lower.as_str())
        && (t.cap || t.lower == "today" || t.lower == "tonight" || t.lower == "yesterday")
}

/// A lowercase adverb in -ly ("sharply", "steadfastly") between a subject and its cue.
fn is_ly_adverb(t: &Tok) -> bool {
    !t.cap && t.lower.len() > 4 && t.lower.ends_with("ly") && !LY_NOUNS.contains(&t.lower.as_str())
}

/// The first token of an adverbial that fills the commas right before token `j` (the cue or
/// its auxiliary): one adverb ("however", "Tuesday", "notably"), "on the other hand", "in
/// turn", "for example", "in fact", "for her part", "on Monday", or a medium phrase ("in a
/// statement", "in an interview with CNN"). A name or an appositive there is no adverbial.
fn comma_adverbial(text: &str, toks: &[Tok], j: usize) -> Option<usize> {
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

/// Token `j`, which a speaker phrase would end with, is the verb of a noun cue after it ("has
/// sparked hopes that", "McFadden makes claims that", "had helped pushed"): a lowercase past
/// form after an auxiliary ("those surveyed said" keeps its subject), or a light verb.
fn verb_before_noun_cue(toks: &[Tok], j: usize) -> bool {
    let t = &toks[j];
    let w = t.lower.as_str();
    !t.cap
        && (w.len() > 4 && w.ends_with("ed") && j > 0 && AUX.contains(&toks[j - 1].lower.as_str())
            || matches!(
                w,
                "make"
                    | "makes"
                    | "made"
                    | "making"
                    | "helped"
                    | "helps"
                    | "voiced"
                    | "voices"
                    | "sparked"
                    | "sparks"
                    | "raised"
                    | "raises"
            ))
}

/// "US", "UK" and "IT" written in capitals: a country or a trade inside a name, not the
/// pronouns "us" and "it".
fn country_initials(text: &str, t: &Tok) -> bool {
    matches!(&text[t.start..t.end], "US" | "U.S." | "UK" | "IT")
}

/// Tokens that cannot head or open a speaker phrase: time words, bare numbers.
fn bad_speaker_head(t: &Tok) -> bool {
    is_time_word(t)
        || t.lower
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// Start of a time adjunct that ends right before token `j`: "on Tuesday", "last week",
/// "Friday morning", "earlier this month", "in August", "in 2010". None when token `j - 1` is no time word.
fn time_adjunct_back(toks: &[Tok], j: usize) -> Option<usize> {
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

#[derive(Debug, Clone)]
struct Frame {
    sent: usize,
    cue: Range<usize>,
    cue_text: String,
    speaker_span: Option<Range<usize>>,
    speaker: Option<String>,
    content: Option<Range<usize>>,
    kind: CueKind,
}

/// The cue at token `i` closes its sentence or clause after a subject that follows a comma:
/// the report is the clause before ("The pier stays shut, the Gazette reports.", "..., her
/// lawyer maintains.").
fn closing_cue(text: &str, toks: &[Tok], i: usize) -> bool {
    let closes = toks
        .get(i + 1)
        .is_none_or(|_| gap(text, toks, i + 1).contains(['.', ',', ';']));
    closes
        && i >= 2
        && plain_gap(gap(text, toks, i))
        && np_backward(text, toks, i - 1, 0).is_some_and(|(a, b)| {
            a > 0
                && b == i - 1
                && gap(text, toks, a).contains(',')
                && !gap(text, toks, a).contains(['.', ';', ':', '(', ')'])
        })
}

/// First token of the description before an apposed name that starts at token `a` (after a
/// comma): a title, or a description that opens with a determiner ("A lawyer for the
/// families, Jane Roe, said"), which may end in a prepositional phrase with a name ("The
/// treasurer of Dover, Jane Roe, said"); it opens the clause.
fn description_before(text: &str, toks: &[Tok], a: usize) -> Option<usize> {
    let opens = |x: usize| x == 0 || gap(text, toks, x).contains([',', ':', ';', '"', '“', '”']);
    let describes = |x: usize, y: usize| {
        // the head noun: before a preposition inside the phrase ("The chief of the Port
        // Authority")
        let y = (x + 1..y)
            .find(|&m| matches!(toks[m].lower.as_str(), "of" | "for" | "at" | "with"))
            .map_or(y, |m| m - 1);
        TITLE_NOUNS.contains(&toks[y].lower.as_str())
            || DETS.contains(&toks[x].lower.as_str()) && !toks[y].cap
    };
    let (a2, b2) = np_backward(text, toks, a - 1, 0)?;
    if describes(a2, b2) && opens(a2) {
        return Some(a2);
    }
    // "of the Port Authority"
    let a2 = if a2 >= 1
        && matches!(toks[a2 - 1].lower.as_str(), "the" | "a" | "an")
        && plain_gap(gap(text, toks, a2))
    {
        a2 - 1
    } else {
        a2
    };
    if a2 >= 2
        && plain_gap(gap(text, toks, a2))
        && plain_gap(gap(text, toks, a2 - 1))
        && matches!(toks[a2 - 1].lower.as_str(), "of" | "for" | "at" | "with")
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
    (DETS.contains(&toks[o].lower.as_str())
        && !toks[o + 1].cap
        && !NP_STOP.contains(&toks[o + 1].lower.as_str())
        && matches!(
            toks[o + 2].lower.as_str(),
            "not" | "from" | "in" | "on" | "at" | "of" | "for" | "with" | "who" | "close"
        )
        && (o + 1..a).all(|m| plain_gap(gap(text, toks, m))))
    .then_some(o)
}

/// The speaker at tokens `a..=b` is a share of the people asked ("60 percent of voters", "42",
/// "a majority of them", "half").
fn share_of_respondents(toks: &[Tok], a: usize, b: usize) -> bool {
    toks[a..=b].iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "percent" | "half" | "majority" | "third" | "thirds" | "quarter" | "plurality"
        )
    }) || a == b && toks[a].lower.chars().all(|c| c.is_ascii_digit())
}

/// Backward noun phrase ending at token `j` (inclusive). Returns (first_tok, last_tok).
fn np_backward(text: &str, toks: &[Tok], j: usize, min_tok: usize) -> Option<(usize, usize)> {
    let t = &toks[j];
    let lw = t.lower.as_str();
    if PRONOUNS.contains(&lw) {
        return Some((j, j));
    }
    if bad_speaker_head(t) || verb_before_noun_cue(toks, j) {
        return None;
    }
    if NP_STOP.contains(&lw)
        || DETS.contains(&lw)
        || matches!(lw, "of" | "for" | "the" | "a" | "an")
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
        if DETS.contains(&pl) {
            first = k - 1;
            // "a spokesman for the Clinton campaign": continue over of/for
            if k - 1 > min_tok
                && plain_gap(gap(text, toks, k - 1))
                && matches!(toks[k - 2].lower.as_str(), "of" | "for")
            {
                k -= 2;
                if k > min_tok
                    && plain_gap(gap(text, toks, k))
                    && !NP_STOP.contains(&toks[k - 1].lower.as_str())
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
            && matches!(
                toks[k - 2].lower.as_str(),
                "letter" | "memo" | "message" | "note" | "email" | "e-mail" | "notice"
            );
        if !country_initials(text, p)
            && !addressed
            && (NP_STOP.contains(&pl) || PRONOUNS.contains(&pl) || cue_word(toks, k - 1))
        {
            break;
        }
        if in_name {
            if p.cap || matches!(pl, "of" | "al" | "de" | "bin" | "van" | "von" | "la") {
                first = k - 1;
                k -= 1;
                continue;
            }
            // lowercase before a name: only titles ("spokesman John Kirby", "press secretary")
            if TITLE_NOUNS.contains(&pl) {
                first = k - 1;
                k -= 1;
                // continue over further title modifiers only
                while k > min_tok && plain_gap(gap(text, toks, k)) {
                    let q = toks[k - 1].lower.as_str();
                    if (TITLE_NOUNS.contains(&q) || BODY_WORDS.contains(&q)) && !matches!(q, "of")
                        || DETS.contains(&q) && q == "the"
                        || toks[k - 1].cap && !NP_STOP.contains(&q)
                    {
                        first = k - 1;
                        k -= 1;
                        if DETS.contains(&q) {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                break;
            }
            break;
        } else {
            // common-noun head: walk over modifiers (lowercase or capitalised), possessives
            if matches!(pl, "of" | "for") || addressed {
                // "head of the agency": only if preceded by a plausible noun
                if k >= 2
                    && k - 1 > min_tok
                    && !NP_STOP.contains(&toks[k - 2].lower.as_str())
                    && !DETS.contains(&toks[k - 2].lower.as_str())
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
    // never start with a connector / preposition ("Al", "De" and "La" with a capital may be
    // a first name or part of one: "Al Gore", "La Salle")
    while first < j
        && !(toks[first].cap && matches!(toks[first].lower.as_str(), "al" | "de" | "la"))
        && matches!(
            toks[first].lower.as_str(),
            "of" | "for" | "at" | "al" | "de" | "bin" | "van" | "von" | "la"
        )
    {
        first += 1;
    }
    Some((first, j))
}

/// Token `k` is a cue word ("said", "states"), unless a capitalised word after a
/// capitalised one, part of a name: "the United States ambassador", "Roe Reports LLC".
fn cue_word(toks: &[Tok], k: usize) -> bool {
    CUES.contains(&toks[k].lower.as_str()) && !(k > 0 && toks[k].cap && toks[k - 1].cap)
}

/// Forward noun phrase starting at token `i`.
fn np_forward(text: &str, toks: &[Tok], i: usize, max_tok: usize) -> Option<(usize, usize)> {
    if i >= max_tok {
        return None;
    }
    let lw = toks[i].lower.as_str();
    if PRONOUNS.contains(&lw) {
        return Some((i, i));
    }
    if NP_STOP.contains(&lw) && !DETS.contains(&lw) || bad_speaker_head(&toks[i]) {
        return None;
    }
    let mut last = i;
    let mut seen_cap = toks[i].cap;
    // "said one Democratic source on the panel": after a determiner, capitalised words are
    // modifiers of a common noun that follows
    let det = !toks[i].cap && DETS.contains(&lw);
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
        if NP_STOP.contains(&ql) && !matches!(ql, "of") && !country_initials(text, q)
            || cue_word(toks, k + 1)
            || AFTER_CUE_SKIP.contains(&ql) && !q.cap && ql != "the"
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
        t.cap && (TITLE_NOUNS.contains(&t.lower.as_str()) || matches!(t.lower.as_str(), "ceo"))
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
    PRONOUNS.contains(&s.to_lowercase().as_str())
}

/// Transcript line: a paragraph that opens with a capitalised name of at most three words and a
/// colon ("ROE: We will...", "Jane Roe: ..."). Returns the frame with the rest of the paragraph
/// as content.
/// A dash and a name after a quotation, ending its line: `“...” ― Jane Roe` or a tweet's
/// `— Jane Roe (@janeroe)`.
static DASH_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[ \t\u{a0}]*(―|—|–|--)[ \t\u{a0}]*(\p{Lu}[\p{L}'’.-]*(?:[ \t\u{a0}]+\p{Lu}[\p{L}'’.-]*){0,3})[ \t\u{a0}]*(?:\(@\w+\)[^\n]*)?(?:\n|$)",
    )
    .unwrap()
});

/// The frame of a dash byline right after a quotation that ends in sentence `s`.
fn dash_byline_frame(text: &str, s: &Sent, si: usize, qs: &[QSpan]) -> Option<Frame> {
    let q = qs
        .iter()
        .find(|q| q.end > s.range.start && q.end <= s.range.end)?;
    let c = DASH_BYLINE.captures(&text[q.end..])?;
    let (dash, name) = (c.get(1)?, c.get(2)?);
    // the line's final period is no part of the name ("― Jane Roe.") unless an initial ends it
    let n = name.as_str();
    let trimmed =
        if n.ends_with('.') && n.len() > 2 && !n[..n.len() - 1].ends_with(char::is_uppercase) {
            &n[..n.len() - 1]
        } else {
            n
        };
    let speaker_span = q.end + name.start()..q.end + name.start() + trimmed.len();
    Some(Frame {
        sent: si,
        cue: q.end + dash.start()..q.end + dash.end(),
        cue_text: dash.as_str().to_string(),
        speaker: Some(text[speaker_span.clone()].to_string()),
        speaker_span: Some(speaker_span),
        content: None,
        kind: CueKind::Speech,
    })
}

fn transcript_frame(text: &str, sents: &[Sent], si: usize) -> Option<Frame> {
    let s = &sents[si];
    if si > 0 && sents[si - 1].par == s.par {
        return None;
    }
    let toks = &s.toks;
    // "ROE:", "Jane Roe:", "Poll:" (a headline that names its source)
    let upper = |t: &Tok| t.cap;
    let mut e = 0;
    while e < toks.len() && e < 3 && upper(&toks[e]) {
        let after = text[toks[e].end..].trim_start_matches('.');
        if after.starts_with(':') {
            let letters = (0..=e)
                .map(|k| {
                    text[toks[k].start..toks[k].end]
                        .chars()
                        .filter(|c| c.is_alphabetic())
                        .count()
                })
                .sum::<usize>();
            let label = (0..=e).any(|k| {
                let w = toks[k].lower.as_str();
                NP_STOP.contains(&w) || DETS.contains(&w) || TRANSCRIPT_NOT_SPEAKERS.contains(&w)
            });
            if letters < 3 || label || (1..=e).any(|k| !plain_gap(gap(text, toks, k))) {
                return None;
            }
            let mut last = si;
            while last + 1 < sents.len() && sents[last + 1].par == s.par {
                last += 1;
            }
            let colon = toks[e].end + (text[toks[e].end..].len() - after.len());
            let sp = toks[0].start..toks[e].end;
            // a sentence, not a tally ("Roe: 547") or a list of names
            let content = trim_clause(text, colon + 1..sents[last].range.end)
                .filter(|c| text[c.clone()].split_whitespace().count() >= 3)
                .filter(|c| !text[c.clone()].starts_with(|ch: char| ch.is_ascii_digit()))?;
            return Some(Frame {
                sent: si,
                cue: colon..colon + 1,
                cue_text: ":".to_string(),
                speaker: Some(text[sp.clone()].to_string()),
                speaker_span: Some(sp),
                content: Some(content),
                kind: CueKind::Speech,
            });
        }
        e += 1;
    }
    None
}

/// A document's first line that names its source before a colon, with more words than a
/// transcript label: "Jane Roe on the Levy Vote: ‘We Will Win’", "Roe camp: the levy will pass".
/// The speaker is the capitalised run that opens the line (at most four words). The words
/// after the colon are the editor's summary of what the source holds, not its speech: a
/// `CueKind::Stance` frame, which gives no quotation its speaker.
fn headline_colon_frame(text: &str, sents: &[Sent]) -> Option<Frame> {
    let s = sents.first()?;
    if sents.get(1).is_some_and(|n| n.par == s.par) {
        return None;
    }
    let toks = &s.toks;
    let e = (0..toks.len().min(8))
        .find(|&k| text[toks[k].end..].trim_start_matches('.').starts_with(':'))?;
    if e == 0 || (1..=e).any(|k| !plain_gap(gap(text, toks, k))) {
        return None;
    }
    let label = &text[toks[0].start..toks[e].end];
    // "BREAKING NEWS:", "The Latest:"; "Jane Roe said:" opens a sentence, not a headline
    if !label.contains(char::is_lowercase)
        || (0..=e).any(|k| CUES.contains(&toks[k].lower.as_str()))
    {
        return None;
    }
    let mut r = 0;
    while r < e.min(3) && toks[r + 1].cap {
        r += 1;
    }
    let not_name = |k: usize| {
        let w = toks[k].lower.as_str();
        !toks[k].cap
            || NP_STOP.contains(&w)
            || DETS.contains(&w)
            || TRANSCRIPT_NOT_SPEAKERS.contains(&w)
            || PRONOUNS.contains(&w)
    };
    if (0..=r).any(not_name)
        || (0..=e).any(|k| TRANSCRIPT_NOT_SPEAKERS.contains(&toks[k].lower.as_str()))
    {
        return None;
    }
    let after = text[toks[e].end..].trim_start_matches('.');
    let colon = toks[e].end + (text[toks[e].end..].len() - after.len());
    let content = trim_clause(text, colon + 1..s.range.end)
        .filter(|c| text[c.clone()].split_whitespace().count() >= 2)?;
    let sp = toks[0].start..toks[r].end;
    Some(Frame {
        sent: 0,
        cue: colon..colon + 1,
        cue_text: ":".to_string(),
        speaker: Some(text[sp.clone()].to_string()),
        speaker_span: Some(sp),
        content: Some(content),
        kind: CueKind::Stance,
    })
}

/// "read" / "reads" next to a quotation with a writing for its subject: `“...,” the letter
/// read`, `“...,” reads the sign`, `The email reads: “...”`. The writing is the speaker.
fn read_frame(text: &str, s: &Sent, si: usize, i: usize, qs: &[QSpan]) -> Option<Frame> {
    let toks = &s.toks;
    let t = &toks[i];
    let writing = |(a, b): (usize, usize)| {
        let head = toks[b].lower.as_str();
        (WRITINGS.contains(&head) && (b == a || !toks[a].cap || a == 0) && !toks[b].cap
            || head == "it")
            .then_some((a, b))
    };
    // a quotation closes right before `at` (only a comma or spaces between)
    let quote_before = |at: usize| {
        qs.iter().any(|q| {
            q.end <= at
                && text[q.end..at]
                    .trim_matches(|c: char| c.is_whitespace() || c == ',')
                    .is_empty()
                && text[q.cs..q.end]
                    .trim_end_matches(|c: char| is_quote_mark(c))
                    .ends_with([',', '?', '!'])
        })
    };
    let after = text[t.end..].trim_start_matches([' ', '\u{a0}']);
    let quote_after = after.starts_with([':', ',']) && {
        let rest = after[1..].trim_start();
        qs.iter().any(|q| q.start == text.len() - rest.len())
    };
    let spk = if i > 0 && plain_gap(gap(text, toks, i)) {
        np_backward(text, toks, i - 1, 0)
            .and_then(writing)
            .filter(|&(a, _)| quote_before(toks[a].start) || quote_after)
    } else if quote_before(t.start) {
        // `“...,” reads the sign` (the phrase ends the clause)
        np_forward(text, toks, i + 1, toks.len())
            .and_then(writing)
            .filter(|&(_, b)| b + 1 >= toks.len() || !plain_gap(gap(text, toks, b + 1)))
    } else {
        None
    }?;
    let sp = toks[spk.0].start..toks[spk.1].end;
    Some(Frame {
        sent: si,
        cue: t.start..t.end,
        cue_text: text[t.start..t.end].to_string(),
        speaker: Some(text[sp.clone()].to_string()),
        speaker_span: Some(sp),
        content: None,
        kind: CueKind::Speech,
    })
}

/// Nominal frame at token `i` ("claim", "statement", ...): "Roe's claim that ...", "his
/// warning that ...", "in Roe's words, ...". The speaker is the possessive (the name without
/// "'s", with the capitalised words before it).
fn nominal_frame(text: &str, s: &Sent, si: usize, i: usize) -> Option<Frame> {
    let toks = &s.toks;
    if i == 0 || !plain_gap(gap(text, toks, i)) {
        return None;
    }
    let p = &toks[i - 1];
    let pl = p.lower.as_str();
    let pronoun = matches!(pl, "his" | "her" | "their");
    let suffix = ["'s", "’s"].into_iter().find(|x| pl.ends_with(x));
    if !(pronoun || suffix.is_some() && p.cap) {
        return None;
    }
    let words = toks[i].lower == "words" && i >= 2 && toks[i - 2].lower == "in";
    let that = toks
        .get(i + 1)
        .is_some_and(|n| n.lower == "that" && plain_gap(gap(text, toks, i + 1)));
    if !that && !words {
        return None;
    }
    let mut first = i - 1;
    if !pronoun {
        while first > 0
            && first + 4 > i
            && toks[first - 1].cap
            && plain_gap(gap(text, toks, first))
            && !DETS.contains(&toks[first - 1].lower.as_str())
        {
            first -= 1;
        }
    }
    let end = p.end - suffix.map_or(0, str::len);
    let sp = toks[first].start..end;
    let content_start = if that { toks[i + 1].end } else { toks[i].end };
    Some(Frame {
        sent: si,
        cue: toks[i].start..toks[i].end,
        cue_text: text[toks[i].start..toks[i].end].to_string(),
        speaker: Some(text[sp.clone()].to_string()),
        speaker_span: Some(sp),
        content: trim_clause(text, content_start..s.range.end),
        kind: CueKind::Speech,
    })
}

/// A poll or survey that a figure is reported "in": "Roe leads in the latest Example News poll",
/// "In a survey released Monday, 40 percent backed the levy". The poll is the source, the rest
/// of the sentence what it reports; the cue is "in" (`CueKind::Stance`: a finding, not words).
fn poll_frame(text: &str, s: &Sent, si: usize, i: usize, qs: &[QSpan]) -> Option<Frame> {
    let toks = &s.toks;
    let nt = toks.len();
    // the phrase after "in": up to ten words, joined by spaces, slashes or dashes, ending in
    // the poll ("the NBC News/Marist poll", "the average of state polls")
    let mut k = i + 1;
    let head = loop {
        if k >= nt || k > i + 10 || in_quote(toks[k].start, qs) {
            return None;
        }
        let g = gap(text, toks, k);
        if g.is_empty()
            || !g
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, '/' | '-' | '–'))
        {
            return None;
        }
        let l = toks[k].lower.as_str();
        if matches!(l, "poll" | "polls" | "survey" | "surveys") {
            break k;
        }
        if k > i + 1 && NP_STOP.contains(&l) || PRONOUNS.contains(&l) || CUES.contains(&l) {
            return None;
        }
        k += 1;
    };
    let first = &toks[i + 1];
    // a named poll ("a CNN poll", "the Example/Marist survey"), not "the polls" at large
    if NP_STOP.contains(&first.lower.as_str()) || !(i + 1..head).any(|m| toks[m].cap) {
        return None;
    }
    let content = if i == 0 {
        // "In a poll released Monday, ...": what follows the phrase's comma
        let comma = (head + 1..nt.min(head + 8)).find(|&m| gap(text, toks, m).contains(','))?;
        trim_clause(text, toks[comma].start..s.range.end)
    } else {
        trim_clause(text, s.range.start..toks[i].start)
    }
    .filter(|c| text[c.clone()].split_whitespace().count() >= 3)?;
    let sp = first.start..toks[head].end;
    Some(Frame {
        sent: si,
        cue: toks[i].start..toks[i].end,
        cue_text: text[toks[i].start..toks[i].end].to_string(),
        speaker: Some(text[sp.clone()].to_string()),
        speaker_span: Some(sp),
        content: Some(content),
        kind: CueKind::Stance,
    })
}

fn find_frames(text: &str, sents: &[Sent], qs: &[QSpan]) -> Vec<Frame> {
    let mut frames = Vec::new();
    for (si, s) in sents.iter().enumerate() {
        let toks = &s.toks;
        let nt = toks.len();
        if let Some(f) = transcript_frame(text, sents, si) {
            frames.push(f);
        } else if si == 0
            && let Some(f) = headline_colon_frame(text, sents)
        {
            frames.push(f);
        }
        frames.extend(dash_byline_frame(text, s, si, qs));
        let mut i = 0;
        while i < nt {
            let t = &toks[i];
            if in_quote(t.start, qs) {
                i += 1;
                continue;
            }
            let lw = t.lower.as_str();
            if NOMINAL_CUES.contains(&lw)
                && let Some(f) = nominal_frame(text, s, si, i)
            {
                frames.push(f);
                i += 1;
                continue;
            }
            if lw == "in"
                && let Some(f) = poll_frame(text, s, si, i, qs)
            {
                frames.push(f);
                i += 1;
                continue;
            }
            if matches!(lw, "read" | "reads")
                && let Some(f) = read_frame(text, s, si, i, qs)
            {
                frames.push(f);
                i += 1;
                continue;
            }
            let mut cue_end_tok = i;
            let according = lw == "according" && i + 1 < nt && toks[i + 1].lower == "to";
            // "as Roe put it, ...", "“...,” as Roe put it.", "Roe put it this way: ..."
            let put_it = lw == "put"
                && i + 1 < nt
                && toks[i + 1].lower == "it"
                && plain_gap(gap(text, toks, i + 1))
                && (i + 2 >= nt
                    || !plain_gap(gap(text, toks, i + 2))
                    || matches!(
                        toks[i + 2].lower.as_str(),
                        "this" | "bluntly" | "best" | "simply" | "succinctly" | "recently"
                    ));
            if according || put_it {
                cue_end_tok = i + 1;
            } else if !(CUES.contains(&lw) || is_stance_cue(lw))
                || t.cap
                    && !(i == 0 && matches!(lw, "said" | "says" | "added" | "adds" | "wrote"))
                    && !((matches!(
                        lw,
                        "says" | "said" | "warns" | "tells" | "claims" | "admits"
                    ) || i > 0 && lw.ends_with('s') && toks[i - 1].cap)
                        && headline(toks))
            {
                // a capitalised cue only opens an inversion ("Said Roe: “...”") or is a
                // headline's verb ("Roe Says Fares Will Rise", "Roe Calls Plan ‘A Waste’": any
                // cue in the present after a capitalised subject)
                i += 1;
                continue;
            }
            let next_l = if i + 1 < nt {
                toks[i + 1].lower.as_str()
            } else {
                ""
            };
            // a quotation after the cue in the same sentence ("called it “a disgrace”")
            let quote_follows = qs.iter().any(|q| q.start >= t.end && q.start < s.range.end);
            // "called for", "calls on", "called X “...”", or "called the levy a tax on
            // breathing" (an object, then a noun phrase that names it)
            if matches!(lw, "called" | "calls" | "calling")
                && !matches!(next_l, "for" | "on")
                && !quote_follows
                && !names_its_object(toks, i)
            {
                i += 1;
                continue;
            }
            // "talked about", "spoke of": talk is a report only with its topic
            if matches!(lw, "talked" | "talking" | "talks" | "spoke" | "speaks")
                && !matches!(next_l, "about" | "of")
            {
                i += 1;
                continue;
            }
            // "pointed out", "pointed to"; "laid out" (a plan)
            if lw == "pointed" && !matches!(next_l, "out" | "to")
                || matches!(lw, "laid" | "lays") && next_l != "out"
            {
                i += 1;
                continue;
            }
            // weak verbs: only with a complement clause or a quotation
            if matches!(
                lw,
                "ruled"
                    | "indicated"
                    | "indicates"
                    | "indicate"
                    | "hinted"
                    | "signaled"
                    | "states"
                    | "stating"
                    // nouns or verbs of doing more often than of saying ("a program the city
                    // maintains", "post-traumatic stress", "the charges"): a report only with
                    // "that" or a quotation ("Roe maintained that the levy was fair")
                    | "maintain"
                    | "maintains"
                    | "maintained"
                    | "stress"
                    | "stresses"
                    | "charge"
                    | "charges"
                    | "promise"
            ) && next_l != "that"
                && !quote_follows
                && !closing_cue(text, toks, i)
            {
                i += 1;
                continue;
            }
            let progressive = lw.ends_with("ing");
            // passive / adjectival uses: "was told", "is expected", "the said", "so-called"
            let prev_l = if i > 0 {
                toks[i - 1].lower.as_str()
            } else {
                ""
            };
            if !according
                && i > 0
                && (PASSIVE.contains(&prev_l) && !progressive
                    || matches!(prev_l, "the" | "a" | "an"))
                && plain_gap(gap(text, toks, i))
            {
                i += 1;
                continue;
            }
            // Nouns: "a greater say in how it is run", "no say", "more say"; the object of an
            // infinitive, "paid $250m to settle charges that it massaged earnings".
            let prev2_l = if i > 1 {
                toks[i - 2].lower.as_str()
            } else {
                ""
            };
            let noun_say = lw == "say"
                && (matches!(
                    prev_l,
                    "no" | "any" | "more" | "little" | "much" | "greater" | "bigger" | "final"
                ) || matches!(prev2_l, "a" | "an" | "no" | "any") && !toks[i - 1].cap);
            let infinitive_object = prev2_l == "to"
                && lw != "says"
                && lw.ends_with('s')
                && !toks[i - 1].cap
                && !prev_l.ends_with('s')
                && !PRONOUNS.contains(&prev_l);
            // A participle between an article and a noun, after a hyphenated modifier:
            // "the stock-market listed firm" ("the listed firm" is caught above).
            let adjectival = lw.ends_with("ed")
                && matches!(prev2_l, "the" | "a" | "an")
                && prev_l.contains('-')
                && toks.get(i + 1).is_some_and(|t| {
                    !t.cap
                        && t.lower.chars().all(char::is_alphabetic)
                        && !DETS.contains(&t.lower.as_str())
                        && !PRONOUNS.contains(&t.lower.as_str())
                        && !NP_STOP.contains(&t.lower.as_str())
                })
                && plain_gap(gap(text, toks, i + 1));
            // "best supporting actress", "supporting documents"
            let supporting_noun = lw == "supporting"
                && matches!(
                    next_l,
                    "actor"
                        | "actress"
                        | "actors"
                        | "role"
                        | "roles"
                        | "cast"
                        | "character"
                        | "documents"
                        | "evidence"
                        | "act"
                        | "acts"
                        | "player"
                        | "players"
                );
            if !according
                && (noun_say || infinitive_object || adjectival || supporting_noun)
                && plain_gap(gap(text, toks, i))
            {
                i += 1;
                continue;
            }
            if !according
                && matches!(
                    lw,
                    "found"
                        | "finds"
                        | "show"
                        | "shows"
                        | "showed"
                        | "expected"
                        | "thought"
                        | "state"
                        | "states"
                        | "report"
                        | "charge"
                        | "charges"
                        | "fear"
                        | "fears"
                        | "estimate"
                        | "estimates"
                        | "tweet"
                        | "note"
                        | "notes"
                        | "claims"
                        | "reports"
                        | "cited"
                        | "worried"
                )
            {
                // ambiguous noun/verb forms: only with a plain subject right before (checked below)
                if i == 0 || !plain_gap(gap(text, toks, i)) {
                    i += 1;
                    continue;
                }
            }
            // nouns far more often than verbs ("the terrorist attacks", "questions about"): a
            // verb needs a subject that is no modifier and an object or clause right after
            if !according && NOUN_LIKE_CUES.contains(&lw) && !verb_use(text, toks, i, quote_follows)
            {
                i += 1;
                continue;
            }
            // "US firms added 146,000 jobs", "adding only 2,000 barrels": a sum, not a remark
            if matches!(lw, "added" | "adding" | "adds" | "add")
                && toks.get(i + 1).is_some_and(|n| {
                    n.lower.starts_with(|c: char| c.is_ascii_digit())
                        || matches!(n.lower.as_str(), "only" | "another" | "nearly" | "about")
                            && toks
                                .get(i + 2)
                                .is_some_and(|m| m.lower.starts_with(|c: char| c.is_ascii_digit()))
                })
            {
                i += 1;
                continue;
            }
            // reduced passive: "the deal endorsed by the union", "a record maintained by";
            // "easier said than done"
            if lw.ends_with("ed") && next_l == "by" || lw == "said" && next_l == "than" {
                i += 1;
                continue;
            }
            let cue_range = t.start..toks[cue_end_tok].end;
            let cue_text = text[cue_range.clone()].to_string();
            let mut spk: Option<(usize, usize)> = None;
            // first token of the whole subject when it starts before the speaker span ("The
            // campaign chairman, Jane Roe, said"): the reported clause is not before it
            let mut subject_first: Option<usize> = None;
            let mut antecedent: Option<String> = None;
            let mut content: Option<Range<usize>> = None;
            let sent_first = 0usize;
            if according {
                spk = np_forward(text, toks, cue_end_tok + 1, nt)
                    .filter(|_| plain_gap_opt(text, toks, cue_end_tok + 1))
                    // "according to a report", "according to studio estimates": a cue word
                    // after a determiner or a modifier is the noun that names the source
                    .map(|(a, b)| {
                        let noun = b + 1 < nt
                            && plain_gap(gap(text, toks, b + 1))
                            && cue_word(toks, b + 1)
                            && !toks[b].cap;
                        (a, if noun { b + 1 } else { b })
                    });
                // content: the rest of the sentence on the other side of the comma
                let before = text[s.range.start..t.start]
                    .trim_end_matches(|c: char| c.is_whitespace() || c == ',');
                if before.trim().len() > 3 {
                    content = Some(s.range.start..s.range.start + before.len());
                } else if let Some((_, e)) = spk {
                    let after = toks[e].end;
                    content = trim_clause(text, after..s.range.end);
                }
            } else {
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
                    if !(AUX.contains(&toks[j - 1].lower.as_str())
                        || skipped_before_cue(&toks[j - 1])
                        || is_ly_adverb(&toks[j - 1])
                        || progressive
                            && matches!(
                                toks[j - 1].lower.as_str(),
                                "is" | "are" | "was" | "were" | "been" | "be"
                            ))
                        || toks[j - 1].lower == "told" && j == i
                    {
                        break;
                    }
                    j -= 1;
                }
                let pre_gap = if j > 0 { gap(text, toks, j) } else { "" };
                if j > 0
                    && plain_gap(pre_gap)
                    && matches!(toks[j - 1].lower.as_str(), "who" | "which")
                {
                    // relative clause: "Reid, who argued ..." -> the speaker span is "who",
                    // the name is resolved from the antecedent before the comma
                    spk = Some((j - 1, j - 1));
                    // (or right before it: "the Scottish National Party which accused him")
                    if j >= 2
                        && (gap(text, toks, j - 1).trim() == ","
                            || plain_gap(gap(text, toks, j - 1)) && toks[j - 2].cap)
                        && let Some((a, b)) = np_backward(text, toks, j - 2, 0)
                    {
                        antecedent = Some(text[toks[a].start..toks[b].end].to_string());
                    }
                } else if j >= 2
                    && plain_gap(pre_gap)
                    && &text[toks[j - 1].start..toks[j - 1].end] == "that"
                    && plain_gap(gap(text, toks, j - 1))
                    && let Some((a, b)) = np_backward(text, toks, j - 2, 0)
                        .filter(|&(a, b)| a < b || !PRONOUNS.contains(&toks[b].lower.as_str()))
                {
                    // relative "that": "the rules that promise to cut emissions" -> the noun
                    // phrase it stands for names the source (a "that" alone resolves to no one)
                    spk = Some((a, b));
                } else if j > 0 && plain_gap(pre_gap) {
                    spk = np_backward(text, toks, j - 1, 0)
                        .or_else(|| quantity_subject(text, toks, j));
                    // "CLAUSE, the official said" / "X, the foreign minister, said" handled below
                } else if j > 0
                    && matches!(pre_gap.trim(), "," | ".," | "%,")
                    && !pre_gap.contains(['"', '”', '“'])
                {
                    // "Roe, however, said"; "Roe, in a statement, said": the subject before an
                    // adverbial set off by two commas
                    // (a subject that opens the sentence or a clause; "..., on Friday, said
                    // Roe" is an inversion)
                    if let Some(m) = comma_adverbial(text, toks, j)
                        && !toks
                            .get(i + 1)
                            .is_some_and(|t| t.cap && plain_gap(gap(text, toks, i + 1)))
                    {
                        spk = np_backward(text, toks, m - 1, 0).filter(|&(a, _)| {
                            !matches!(toks[a].lower.as_str(), "who" | "which")
                                && (a == 0
                                    || gap(text, toks, a).contains([',', ';', ':', '—'])
                                    || matches!(toks[a - 1].lower.as_str(), "and" | "but" | "that"))
                        });
                    }
                    // appositive: "Lavrov, the foreign minister, said"
                    if spk.is_none()
                        && let Some((a, _)) = np_backward(text, toks, j - 1, 0)
                        && a > 0
                        && gap(text, toks, a).trim() == ","
                        && DETS.contains(&toks[a].lower.as_str())
                        && let Some((a2, b2)) = np_backward(text, toks, a - 1, 0)
                        && toks[b2].cap
                        // "the treasurer of Dover, one of the towns suing, said": the phrase
                        // before the comma is one more appositive piece, not the name
                        && !DETS.contains(&toks[a2].lower.as_str())
                        && !(a2 > 0
                            && plain_gap(gap(text, toks, a2))
                            && matches!(toks[a2 - 1].lower.as_str(), "of" | "for" | "at" | "in"))
                    {
                        spk = Some((a2, b2));
                    }
                    // "The state's campaign chairman, Jane Roe, said": the apposed name (before
                    // the long appositive, which would take the title for the subject)
                    if spk.is_none()
                        && let Some((a, b)) = np_backward(text, toks, j - 1, 0)
                        && toks[a].cap
                        && toks[b].cap
                        && !DETS.contains(&toks[a].lower.as_str())
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
                // "..., will announce the location": a modal or "to" before the cue makes
                // no inversion
                let modal_before = (j..i).any(|m| {
                    matches!(
                        toks[m].lower.as_str(),
                        "will"
                            | "would"
                            | "could"
                            | "can"
                            | "may"
                            | "might"
                            | "should"
                            | "must"
                            | "shall"
                            | "to"
                    )
                });
                let inverted_ok = !matches!(
                    lw,
                    "told" | "tell" | "tells" | "asked" | "ask" | "asks" | "assured" | "assures"
                ) && !lw.ends_with("ing")
                    && !put_it
                    && !modal_before;
                if spk.is_none()
                    && inverted_ok
                    && (j == 0 || !plain_gap(pre_gap))
                    && i + 1 < nt
                    && plain_gap(gap(text, toks, i + 1))
                {
                    // `," said Kerry` / `, said the official`; the phrase must end the clause
                    // ("said Kerry.", "said Kerry, who", "said Kerry in a statement"), else it is
                    // the start of the reported clause (", said Roe's plan failed")
                    let ends_clause = |e: usize| {
                        e + 1 >= nt
                            || !plain_gap(gap(text, toks, e + 1))
                            || matches!(
                                toks[e + 1].lower.as_str(),
                                "in" | "on"
                                    | "at"
                                    | "during"
                                    | "after"
                                    | "before"
                                    | "when"
                                    | "while"
                                    | "as"
                                    | "who"
                                    | "from"
                                    | "with"
                                    | "last"
                                    | "this"
                                    | "earlier"
                                    | "later"
                                    | "recently"
                                    | "today"
                                    | "yesterday"
                            )
                            || is_time_word(&toks[e + 1])
                    };
                    // "said of the plan", "said dryly", "said Sunday": no subject follows
                    let t1 = &toks[i + 1];
                    let no_subject = matches!(
                        t1.lower.as_str(),
                        "of" | "for" | "at" | "in" | "on" | "to" | "with" | "about" | "after"
                    ) || is_ly_adverb(t1)
                        || is_time_word(t1);
                    spk = np_forward(text, toks, i + 1, nt)
                        .filter(|&(_, e)| ends_clause(e))
                        .or_else(|| long_inverted_subject(text, toks, i + 1, &ends_clause))
                        .filter(|_| !no_subject);
                    if let Some((_, e)) = spk {
                        // content before
                        let before_end = if j > 0 {
                            toks[j - 1].end
                        } else {
                            s.range.start
                        };
                        content = trim_clause(text, s.range.start..before_end);
                        let _ = e;
                    }
                }
                // "She released a statement saying ...": the statement is not the speaker
                let medium_np = is_participle(lw)
                    && spk.is_some_and(|(_, b)| {
                        !toks[b].cap && MEDIUM.contains(&toks[b].lower.as_str())
                    });
                let medium_spk = if medium_np { spk.take() } else { None };
                // "..., after Roe unleashed a series of tweets criticizing ...": the subject of
                // the verb that puts out the medium ("issued", "posted", "sent", "put out")
                if let Some((a, _)) = medium_spk
                    && a >= 2
                    && plain_gap(gap(text, toks, a))
                    && plain_gap(gap(text, toks, a - 1))
                    && (toks[a - 1].lower.ends_with("ed")
                        || matches!(
                            toks[a - 1].lower.as_str(),
                            "sent"
                                | "put"
                                | "wrote"
                                | "gave"
                                | "made"
                                | "issues"
                                | "posts"
                                | "sends"
                        ))
                    && !toks[a - 1].cap
                {
                    spk = np_backward(text, toks, a - 2, 0)
                        .filter(|&(x, y)| !(x == y && toks[x].lower == "who"));
                }
                // "Roe said the vote was close, adding that ...": the speaker of the speech cue
                // before it in the sentence
                if spk.is_none()
                    && is_participle(lw)
                    && let Some(prev) = frames
                        .iter()
                        .rev()
                        .take_while(|f| f.sent == si)
                        .find(|f| f.kind == CueKind::Speech && f.cue.end <= t.start)
                    && let Some(sp) = &prev.speaker_span
                    && let Some(a) = toks.iter().position(|x| x.start == sp.start)
                    && let Some(b) = toks.iter().position(|x| x.end == sp.end)
                {
                    spk = Some((a, b));
                    antecedent = prev.speaker.clone();
                }
                // "He met the board and said ...": the subject of the sentence
                let coordinated = j > 0 && plain_gap(pre_gap) && toks[j - 1].lower == "and";
                if spk.is_none() && (is_participle(lw) || coordinated) {
                    // subject of the sentence: leading pronoun or name, after an introductory
                    // phrase ("Before the vote, Roe lobbied ..., saying")
                    // (or a participle: "Following the meeting, the council issued ...")
                    let f0 = if nt > 0
                        && (INTRO_WORDS.contains(&toks[0].lower.as_str())
                            || is_time_word(&toks[0])
                            || toks[0].lower.ends_with("ing"))
                    {
                        (1..nt.min(8).min(i))
                            .find(|&m| {
                                // (a comma inside a closing quote mark: `on “This Week,” Roe`)
                                gap(text, toks, m).trim().trim_end_matches(is_quote_mark) == ","
                            })
                            .unwrap_or_else(|| {
                                // "But then Roe ...": conjunctions and adverbs without a comma
                                (0..nt.min(3).min(i))
                                    .find(|&m| {
                                        !matches!(
                                            toks[m].lower.as_str(),
                                            "but"
                                                | "and"
                                                | "yet"
                                                | "so"
                                                | "then"
                                                | "still"
                                                | "also"
                                        )
                                    })
                                    .unwrap_or(0)
                            })
                    } else {
                        0
                    };
                    if nt > 0 && toks[f0].start < t.start && !in_quote(toks[f0].start, qs) {
                        if is_pronoun(&toks[f0].lower)
                            && !matches!(toks[f0].lower.as_str(), "it" | "that" | "which" | "who")
                        {
                            spk = Some((f0, f0));
                        } else if toks[f0].cap
                            && (f0 > 0 || !toks[0].lower.ends_with("ing"))
                            && !NP_STOP.contains(&toks[f0].lower.as_str())
                            && !DETS.contains(&toks[f0].lower.as_str())
                            && extract_names(
                                &text[toks[f0].start..s.range.end],
                                NameFolding::standard(),
                            )
                            .first()
                            .is_some_and(|n| {
                                // the name opens the sentence, after at most three title
                                // words ("U.S. District Judge Ann Patel")
                                (f0..nt.min(f0 + 4))
                                    .take_while(|&m| {
                                        toks[m].cap && (m == f0 || plain_gap(gap(text, toks, m)))
                                    })
                                    .any(|m| n.start + toks[f0].start == toks[m].start)
                            })
                        {
                            let mut e = f0;
                            while e + 1 < nt && toks[e + 1].cap && plain_gap(gap(text, toks, e + 1))
                            {
                                e += 1;
                            }
                            spk = Some((f0, e));
                        } else if matches!(toks[f0].lower.as_str(), "the" | "a" | "an") {
                            // "The president left no doubt ..., saying"
                            let mut e = f0;
                            while e + 1 < i
                                && e < f0 + 4
                                && plain_gap(gap(text, toks, e + 1))
                                && (TITLE_NOUNS.contains(&toks[e + 1].lower.as_str())
                                    || toks[e + 1].cap)
                            {
                                e += 1;
                            }
                            if e > f0 {
                                spk = Some((f0, e));
                            }
                        }
                    }
                }
                if spk.is_none() {
                    spk = medium_spk;
                }
                if let Some((a, _)) = spk.map(|(a, b)| (subject_first.unwrap_or(a), b))
                    && content.is_none()
                {
                    // after the cue?
                    let mut k = i + 1;
                    if matches!(
                        lw,
                        "told" | "tell" | "tells" | "telling" | "assured" | "assures"
                    ) {
                        // skip recipient up to "that"
                        let mut m = k;
                        while m < nt && m < k + 7 && toks[m].lower != "that" {
                            m += 1;
                        }
                        if m < nt && toks[m].lower == "that" {
                            k = m + 1;
                        } else if let Some((_, e)) = np_forward(text, toks, k, nt) {
                            k = e + 1;
                        }
                    }
                    loop {
                        if k < nt
                            && (!toks[k].cap && AFTER_CUE_SKIP.contains(&toks[k].lower.as_str())
                                || is_time_word(&toks[k]))
                            && k < i + 5
                        {
                            k += 1;
                            continue;
                        }
                        // "on Monday", "in August"
                        if k + 1 < nt
                            && matches!(toks[k].lower.as_str(), "on" | "in")
                            && is_time_word(&toks[k + 1])
                        {
                            k += 2;
                            continue;
                        }
                        // "in a statement", "on Twitter", "in an interview with CNN"
                        if k < nt
                            && matches!(toks[k].lower.as_str(), "in" | "on" | "during" | "at")
                            && let Some(m) = (k + 1..(k + 5).min(nt))
                                .find(|&m| MEDIUM.contains(&toks[m].lower.as_str()))
                        {
                            k = m + 1;
                            if k < nt && toks[k].lower == "with" {
                                k = np_forward(text, toks, k + 1, nt)
                                    .map(|(_, e)| e + 1)
                                    .unwrap_or(k + 1);
                            }
                            continue;
                        }
                        break;
                    }
                    // the clause ends before ", adding ..." (the next cue reports the rest)
                    let clause_end = (k + 1..nt)
                        .find(|&m| {
                            is_participle(&toks[m].lower)
                                && !in_quote(toks[m].start, qs)
                                && gap(text, toks, m).contains(',')
                                && gap(text, toks, m)
                                    .chars()
                                    .all(|c| c.is_whitespace() || matches!(c, ',' | '"' | '”'))
                        })
                        .map_or(s.range.end, |m| toks[m - 1].end);
                    let after = if k < nt {
                        trim_clause(text, toks[k].start..clause_end)
                    } else {
                        None
                    };
                    let before_end = if a > 0 {
                        toks[a - 1].end
                    } else {
                        s.range.start
                    };
                    let before = trim_clause(text, s.range.start..before_end);
                    let before_comma = a > 0 && gap(text, toks, a).contains([',', '"', '”', '’']);
                    // "X said that ...": the clause after the cue
                    let that_clause = (i + 1..k.min(nt)).any(|m| toks[m].lower == "that");
                    // "In a statement, X said ...": the part before the subject is no clause
                    let intro = a > 0
                        && (INTRO_WORDS.contains(&toks[0].lower.as_str())
                            || is_time_word(&toks[0])
                            // one word ("Nonetheless, ...", "Perhaps, ...") is no clause
                            || a == 1
                            // a participle phrase ("Looking ahead, ...", "Based on the audit,
                            // ...") whose comma comes right before the subject
                            || toks[0].cap
                                && toks[0].lower.len() > 4
                                && (toks[0].lower.ends_with("ing")
                                    || toks[0].lower.ends_with("ed"))
                                && gap(text, toks, a).trim() == ","
                                && (1..a).all(|m| !gap(text, toks, m).contains([',', ';', ':']))
                            || verbless_phrase(&toks[..a])
                                && k < nt
                                && !text[t.end..toks[k].start].contains(',')
                                // "..., Roe said in a note to clients": no complement
                                && !INTRO_WORDS.contains(&toks[k].lower.as_str())
                                && !matches!(
                                    toks[k].lower.as_str(),
                                    "to" | "of"
                                        | "about"
                                        | "without"
                                        | "amid"
                                        | "into"
                                        | "over"
                                        | "through"
                                        | "against"
                                        | "near"
                                        | "outside"
                                        | "inside"
                                ))
                        && !before
                            .as_ref()
                            .is_some_and(|b| text[b.clone()].contains(['"', '“', '”']));
                    let after_long = after.as_ref().is_some_and(|r| r.end - r.start > 5);
                    // "Cruz, who said he would ...": the relative clause reports what follows
                    let relative = matches!(toks[a].lower.as_str(), "who" | "which");
                    // "..., Roe said, as the crowd cheered" / "..., he said, and the delay
                    // ...": a conjunction opens a clause of its own, the report is before
                    let conjunction_follows = k > i
                        && k < nt
                        && gap(text, toks, k).trim() == ","
                        && (matches!(
                            toks[k].lower.as_str(),
                            "as" | "while"
                                | "when"
                                | "because"
                                | "since"
                                | "although"
                                | "though"
                                | "whereas"
                                | "and"
                                | "but"
                                | "so"
                                | "if"
                                | "unless"
                                | "until"
                        )
                            // "..., Roe said, adding that ...": the participle reports
                            // what follows it through a frame of its own
                            || is_participle(&toks[k].lower));
                    // "The park, Roe said, is full on game days": a parenthetical cue
                    let parenthetical = before_comma
                        && k > i
                        && k < nt
                        && gap(text, toks, k).trim() == ","
                        && !text[toks[i].end..toks[k].start].contains(['"', '“', '”'])
                        && !when_phrase(toks, k)
                        && !conjunction_follows;
                    let participle = is_participle(lw);
                    let after_any = after.is_some();
                    content = match (before, after) {
                        (_, Some(a)) if that_clause || relative || parenthetical || participle => {
                            Some(a)
                        }
                        // "However, the park is full, Roe said, and ...": the opener does
                        // not make the clause after the conjunction the report
                        (Some(b), _)
                            if before_comma && (conjunction_follows || !(intro && after_any)) =>
                        {
                            Some(b)
                        }
                        (_, Some(a)) if intro => Some(a),
                        (_, Some(a)) if after_long => Some(a),
                        (Some(b), _) => Some(b),
                        (_, a) => a,
                    };
                }
            }
            // "A new poll found 60 percent of voters said ...": the poll reports the share
            if let Some((a, b)) = spk
                && share_of_respondents(toks, a, b)
                && let Some(m) = (0..a).rev().find(|&m| {
                    matches!(
                        toks[m].lower.as_str(),
                        "poll" | "polls" | "survey" | "surveys"
                    ) && !in_quote(toks[m].start, qs)
                })
                && let Some((pa, _)) = np_backward(text, toks, m, 0)
            {
                spk = Some((pa, m));
                antecedent = None;
            }
            if let Some((a, b)) = spk {
                let sp = toks[a].start..toks[b].end;
                frames.push(Frame {
                    sent: si,
                    cue: cue_range,
                    cue_text,
                    speaker: Some(antecedent.unwrap_or_else(|| text[sp.clone()].to_string())),
                    speaker_span: Some(sp),
                    content,
                    kind: if is_stance_cue(lw) || mental_state_in_report(toks, i) {
                        CueKind::Stance
                    } else {
                        CueKind::Speech
                    },
                });
            }
            i = cue_end_tok + 1;
        }
    }
    frames
}

/// Whether the words before a subject are a phrase without a verb (no auxiliary, past tense or
/// subject pronoun), no reported clause: "More recently, prosecutors charged two developers with
/// fraud"; "A longtime critic of the plan, Roe argued the levy would fail". The cue then
/// reports what follows it. ("The levy will fail, Roe argued"; "Fares rose, Roe noted in ...":
/// the clause is before the subject.)
fn verbless_phrase(toks: &[Tok]) -> bool {
    !toks.is_empty()
        && toks.len() <= 12
        && toks.iter().all(|t| {
            let w = t.lower.as_str();
            !(CLAUSE_MARKERS.contains(&w)
                || IRREGULAR_PAST.contains(&w)
                || w.len() > 3 && w.ends_with("ed") && !w.contains('-'))
        })
}

/// Whether the words after the cue at token `i` ("called") are an object and a noun phrase with
/// "a"/"an" that names it: "called the levy a tax on breathing", "called him a fraud". Not "called
/// a meeting" (the article right after the cue) nor "called the office a day later" (time).
fn names_its_object(toks: &[Tok], i: usize) -> bool {
    (i + 2..toks.len().min(i + 9))
        .take_while(|&m| {
            !NP_STOP.contains(&toks[m - 1].lower.as_str())
                || matches!(
                    toks[m - 1].lower.as_str(),
                    "him" | "them" | "it" | "us" | "me"
                )
        })
        .any(|m| {
            matches!(toks[m].lower.as_str(), "a" | "an")
                && toks.get(m + 1).is_some_and(|n| {
                    !matches!(
                        n.lower.as_str(),
                        "day"
                            | "week"
                            | "month"
                            | "year"
                            | "few"
                            | "second"
                            | "third"
                            | "number"
                            | "lot"
                            | "bit"
                            | "couple"
                            | "total"
                    )
                })
        })
}

/// Whether the words from token `k` say when something was said, not what ("X said Sunday,
/// a day after the attack"; "..., shortly before the vote"): a span of time, if any, then
/// "after", "before", "since" or "during".
fn when_phrase(toks: &[Tok], k: usize) -> bool {
    toks[k..]
        .iter()
        .take(5)
        .take_while(|t| {
            WHEN_SPAN.contains(&t.lower.as_str())
                || t.lower.chars().all(|c| c.is_ascii_digit())
                || matches!(t.lower.as_str(), "after" | "before" | "since" | "during")
        })
        .any(|t| matches!(t.lower.as_str(), "after" | "before" | "since" | "during"))
}

/// A share or a quantifier that is the whole subject before token `j` (the cue or its
/// auxiliaries): "Six in 10 say", "Nearly nine out of 10 say", "Some say", "Most of them said",
/// "many of whom say". Returns its tokens.
fn quantity_subject(text: &str, toks: &[Tok], j: usize) -> Option<(usize, usize)> {
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

/// Subject before a long appositive or parenthesis that ends right before token `j` (the cue or
/// its auxiliaries): "Jane Roe, a senior fellow at the Example Institute, said" or
/// "Rep. Jane Roe (D-Ohio) said". The subject must be a capitalised name; the appositive holds
/// no cue, quote or clause connector. Returns the name tokens.
fn long_appositive(text: &str, toks: &[Tok], j: usize, qs: &[QSpan]) -> Option<(usize, usize)> {
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
        let noun_use = k > 0 && DETS.contains(&toks[k - 1].lower.as_str());
        if in_quote(t.start, qs)
            || cue_word(toks, k) && !noun_use && !relative
            || !relative
                && matches!(t.lower.as_str(), "and" | "but")
                // "the director of the office and a former judge", "a senator and self-described
                // socialist": a second description
                && !(k + 1 < j
                    && (matches!(toks[k + 1].lower.as_str(), "a" | "an" | "the")
                        || !toks[k + 1].cap
                            && !NP_STOP.contains(&toks[k + 1].lower.as_str())
                            && !PRONOUNS.contains(&toks[k + 1].lower.as_str())
                            && !CUES.contains(&toks[k + 1].lower.as_str())))
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
            && !CUES.contains(&pl)
            && !is_stance_cue(pl)
            && !AUX.contains(&pl)
            && !NP_STOP.contains(&pl)
            && !is_ly_adverb(p)
            // a noun phrase opened by a determiner one or two words before ("the office",
            // "a small group")
            && (k.saturating_sub(3)..k - 1).any(|m| DETS.contains(&toks[m].lower.as_str()))
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
    if !toks[b].cap || PRONOUNS.contains(&head) || DETS.contains(&head) {
        return None;
    }
    // "the attorney general of Kansas" is one more appositive piece, not the name ("The
    // Example Agency" is one)
    if DETS.contains(&toks[a].lower.as_str()) && (a + 1..b).any(|m| !toks[m].cap) {
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
            || start == a && matches!(pl, "and" | "but" | "that" | "as" | "even")
        {
            return Some((a, b));
        }
        if !plain_gap(g)
            || NP_STOP.contains(&pl)
            || DETS.contains(&pl) && start + 1 < a
            || CUES.contains(&pl)
            || !prev.cap && pl.ends_with("ed")
        {
            return None;
        }
        start -= 1;
    }
    (start == 0).then_some((a, b))
}

/// A title-case sentence (a headline): at least four words, nearly all capitalised.
fn headline(toks: &[Tok]) -> bool {
    let words = toks
        .iter()
        .filter(|t| t.lower.chars().any(char::is_alphabetic))
        .count();
    let caps = toks.iter().filter(|t| t.cap).count();
    words >= 4 && caps * 5 >= words * 4
}

/// Inverted subject longer than `np_forward` reads: `," said Democratic pollster Jane Roe.`,
/// `," says Jane Roe of the Example Institute.` Up to 12 tokens from `i` without a clause
/// connector, ending in a capitalised word where the clause ends.
fn long_inverted_subject(
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
    (toks[b].cap && !PRONOUNS.contains(&head) && !DETS.contains(&head)).then_some((a, b))
}

/// Trim whitespace, commas, final punctuation and dangling quote marks from a clause span.
fn trim_clause(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    if r.start >= r.end {
        return None;
    }
    let s = &text[r.clone()];
    let junk = |c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';' | '-' | '—' | '–');
    let t = s.trim_start_matches(junk);
    let lead = s.len() - t.len();
    let t = t.trim_end_matches(|c: char| junk(c) || c == '.');
    if t.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
        return None;
    }
    Some(r.start + lead..r.start + lead + t.len())
}

/// Whether a full name may be a person's: not ending in the word of an organisation, an
/// event or a place.
fn looks_like_a_person(name: &str) -> bool {
    name.split_whitespace()
        .last()
        .is_some_and(|w| !NOT_PERSON_HEADS.contains(&w.to_lowercase().as_str()))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
}

impl Gender {
    /// What a word before or in a name says: an honorific ("Mrs", "Sir") or a noun of one
    /// gender ("actress", "spokeswoman", "his wife").
    fn of_word(word: &str) -> Option<Gender> {
        let w = word.trim_end_matches('.').to_lowercase();
        match w.as_str() {
            "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" | "duchess"
            | "actress" | "chairwoman" | "spokeswoman" | "congresswoman" | "businesswoman"
            | "sportswoman" | "policewoman" | "councilwoman" | "mother" | "wife" | "daughter"
            | "sister" | "grandmother" | "widow" | "girlfriend" => Some(Gender::Female),
            "mr" | "sir" | "lord" | "king" | "prince" | "duke" | "spokesman" | "congressman"
            | "businessman" | "sportsman" | "policeman" | "councilman" | "father" | "husband"
            | "son" | "brother" | "grandfather" | "widower" | "boyfriend" => Some(Gender::Male),
            _ => None,
        }
    }

    fn of_pronoun(pronoun: &str) -> Option<Gender> {
        match pronoun {
            "she" => Some(Gender::Female),
            "he" => Some(Gender::Male),
            _ => None,
        }
    }
}

struct Resolver {
    folding: &'static NameFolding,
    /// full names seen so far (>= 2 tokens), most recent last
    full_names: Vec<String>,
    /// the people resolved as speakers so far, most recent last, each once
    persons: Vec<String>,
    last_any: Option<String>,
    /// what is known of a person's gender, by the last word of the name ("Furse" for "Ms
    /// Furse" and "Clara Furse"): from an honorific or a gendered noun next to the name, or
    /// from the pronoun that took the person as its antecedent
    genders: HashMap<String, Gender>,
}

impl Resolver {
    /// Learns the full names of sentence `s`; in a headline line, not one that opens it.
    fn observe_sentence(&mut self, s: &str, headline_line: bool) {
        for n in extract_names(s, self.folding) {
            if headline_line && s[..n.start].trim().is_empty() {
                continue;
            }
            // "Ms Furse", "the actress Cate Roe"
            if let Some(g) = s[..n.start]
                .split_whitespace()
                .next_back()
                .and_then(Gender::of_word)
            {
                self.learn(&n.text, g);
            }
            if n.text.split_whitespace().count() >= 2 {
                self.full_names.push(n.text);
            }
        }
    }

    fn surname(name: &str) -> String {
        name.split_whitespace()
            .last()
            .unwrap_or(name)
            .to_lowercase()
    }

    fn learn(&mut self, name: &str, g: Gender) {
        self.genders.entry(Self::surname(name)).or_insert(g);
    }

    fn gender(&self, name: &str) -> Option<Gender> {
        self.genders.get(&Self::surname(name)).copied()
    }

    /// Whether a pronoun of gender `want` (None: any) may stand for `name`.
    fn may_be(&self, name: &str, want: Option<Gender>) -> bool {
        want.is_none() || self.gender(name).is_none_or(|g| Some(g) == want)
    }

    /// Resolve the speaker phrase to a display name; updates the "last speaker" memory.
    fn resolve(&mut self, phrase: &str) -> String {
        // possessive pronouns of nominal frames ("his claim that") resolve like subjects
        let lw = match phrase.to_lowercase().as_str() {
            "his" => "he".to_string(),
            "her" => "she".to_string(),
            "their" => "they".to_string(),
            other => other.to_string(),
        };
        if is_pronoun(&lw) {
            let r = match lw.as_str() {
                // the nearest person the pronoun may stand for: "he" is not the last speaker
                // when she is a woman ("Mrs Roe", "the actress", "she said" before)
                "he" | "she" | "i" => {
                    let want = Gender::of_pronoun(&lw);
                    let found = self
                        .persons
                        .iter()
                        .rev()
                        .find(|p| self.may_be(p, want))
                        .cloned()
                        .or_else(|| {
                            // no speaker yet: the last full name of a person the text gave
                            if !self.persons.is_empty() {
                                return None;
                            }
                            self.full_names
                                .iter()
                                .rev()
                                .find(|f| looks_like_a_person(f))
                                .filter(|f| self.may_be(f, want))
                                .cloned()
                        });
                    if let (Some(p), Some(g)) = (&found, want) {
                        self.learn(p, g);
                    }
                    found
                }
                _ => self.last_any.clone(),
            };
            return r.unwrap_or_else(|| phrase.to_string());
        }
        // "Marks & Spencer": a name joined by an ampersand is one name (the name extractor
        // leaves out a capital that opens the sentence)
        if phrase.contains(" & ")
            && phrase
                .split_whitespace()
                .all(|w| w == "&" || w.starts_with(char::is_uppercase))
        {
            self.last_any = Some(phrase.to_string());
            return phrase.to_string();
        }
        // names inside the phrase: the last one whose end is the phrase end is the head
        let names = extract_names(phrase, self.folding);
        let head = names
            .iter()
            .rev()
            .find(|n| phrase[n.end..].trim().is_empty())
            .cloned();
        let resolved = if let Some(n) = head {
            let mut full = n.text.clone();
            let ntoks = full.split_whitespace().count();
            if ntoks == 1 {
                let last = full.clone();
                if let Some(f) = self.full_names.iter().rev().find(|f| {
                    f.split_whitespace().last() == Some(last.as_str()) && f.as_str() != last
                }) {
                    full = f.clone();
                }
            }
            // "Ms Furse said", "the actress Cate Roe told"
            if let Some(g) = phrase[..n.start]
                .split_whitespace()
                .rev()
                .find_map(Gender::of_word)
            {
                self.learn(&full, g);
            }
            self.persons.retain(|p| *p != full);
            self.persons.push(full.clone());
            full
        } else {
            phrase.to_string()
        };
        self.last_any = Some(resolved.clone());
        resolved
    }
}

/// The quotation ends before the frame's speaker, with words between them, and the frame reports
/// the clause after its cue: the quotation belongs to an earlier clause, not to this frame.
fn earlier_clause(text: &str, q: &QSpan, f: &Frame) -> bool {
    let Some(sp) = &f.speaker_span else {
        return false;
    };
    // only when the frame reports the clause after its cue
    let reports_after = f.content.as_ref().is_some_and(|c| c.start >= f.cue.end);
    // `“...,” panel chairman Jane Roe said after ...`: a quotation that opens its sentence and
    // is closed by its own comma is the reported speech, whatever modifiers open the subject
    let before = text[..q.start].trim_end_matches([' ', '\t', '\u{a0}']);
    let opens_sentence = before.is_empty()
        || before
            .trim_end_matches(|c: char| is_quote_mark(c))
            .ends_with(['\n', '.', '?', '!']);
    let between = &text[q.end..sp.start.max(q.end)];
    let own_comma = opens_sentence
        && between.split_whitespace().count() <= 3
        && !between.contains([',', '.', ';', ':', '(', '—', '–'])
        && text[q.cs..q.end]
            .trim_end_matches(|c: char| c.is_whitespace() || is_quote_mark(c))
            .ends_with([',', '?', '!']);
    reports_after
        && !own_comma
        && q.end <= sp.start
        && sp.start < f.cue.start
        && text[q.end..sp.start].chars().any(char::is_alphanumeric)
}

/// A stance inside what another frame reports is part of that report, not an attribution of its
/// own: in "Roe said voters want change" the voters' wish is Roe's claim. Drops every stance frame
/// whose speaker sits in the content of another frame.
fn drop_reported_stances(frames: &mut Vec<Frame>) {
    let contents: Vec<Range<usize>> = frames.iter().filter_map(|f| f.content.clone()).collect();
    frames.retain(|f| {
        f.kind != CueKind::Stance
            || !f.speaker_span.as_ref().is_some_and(|sp| {
                contents.iter().any(|c| {
                    c.start <= sp.start
                        && sp.start < c.end
                        && !f.content.as_ref().is_some_and(|own| own == c)
                })
            })
    });
}

/// The frame of a paragraph that ends in its cue and a colon (`Roe said:`, `She went on:`)
/// when quotation `q` opens the next paragraph (its first sentence is `first`). The frame must
/// report nothing of its own: the quotation is what it introduces.
fn colon_intro_frame(
    text: &str,
    sents: &[Sent],
    frames: &[Frame],
    first: usize,
    q: &QSpan,
) -> Option<usize> {
    let prev = first.checked_sub(1)?;
    let p = &sents[prev];
    if p.par == sents[first].par
        || !text[p.range.end..q.start].trim().is_empty()
        || !text[p.range.clone()].trim_end().ends_with(':')
    {
        return None;
    }
    let (i, f) = frames
        .iter()
        .enumerate()
        .rev()
        .find(|(_, f)| f.sent == prev && f.kind == CueKind::Speech)?;
    // nothing but a few words between the cue and the colon ("Roe told reporters:")
    let tail = &text[f.cue.end..p.range.end];
    let short = tail.split_whitespace().count() <= 4 && !tail.contains(['"', '“', '”']);
    (f.content.is_none() && short).then_some(i)
}

/// A short title-cased quotation after a possessive or a title word: the name of a show, book or
/// film, not words someone said.
fn is_title(text: &str, q: &QSpan) -> bool {
    let content = &text[q.cs..q.ce];
    let words: Vec<&str> = content.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || content.ends_with([',', '!', '?']) {
        return false;
    }
    let small = |w: &str| {
        matches!(
            w,
            "the" | "of" | "a" | "an" | "and" | "in" | "on" | "to" | "for" | "at" | "with" | "is"
        )
    };
    let title_cased = words.iter().enumerate().all(|(n, w)| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || n > 0 && small(w)
    });
    if !title_cased {
        return false;
    }
    let before = text[..q.start].trim_end();
    let prev_word: String = before
        .chars()
        .rev()
        .take_while(|c| !c.is_whitespace())
        .collect::<Vec<char>>()
        .into_iter()
        .rev()
        .collect();
    let pw = prev_word.to_lowercase();
    pw.ends_with("'s") || pw.ends_with("’s") || TITLE_CONTEXT.contains(&pw.as_str())
}

fn analyze(text: &str) -> (Vec<Quote>, Vec<Quote>) {
    let pars = lines(text);
    let sranges = split_sentences(text);
    let mut sents: Vec<Sent> = Vec::with_capacity(sranges.len());
    let mut pi = 0;
    for r in sranges {
        while pi + 1 < pars.len() && pars[pi].end < r.start {
            pi += 1;
        }
        // a dateline ("WASHINGTON --", "NEW YORK (AP) —") is no part of the sentence: the
        // subject opens after its dash
        let r = DATELINE
            .find(&text[r.clone()])
            .map_or(r.clone(), |m| r.start + m.end()..r.end);
        sents.push(Sent {
            toks: tokenize(text, r.clone()),
            range: r,
            par: pi,
        });
    }
    let mut qs: Vec<QSpan> = Vec::new();
    for p in &pars {
        qs.extend(find_quote_spans(text, p.clone()));
    }
    let mut frames = find_frames(text, &sents, &qs);
    drop_reported_stances(&mut frames);

    // resolve speakers in document order
    let mut res = Resolver {
        folding: NameFolding::standard(),
        full_names: Vec::new(),
        persons: Vec::new(),
        last_any: None,
        genders: HashMap::new(),
    };
    let mut fi = 0;
    for (si, s) in sents.iter().enumerate() {
        while fi < frames.len() && frames[fi].sent == si {
            if let Some(sp) = frames[fi].speaker.clone() {
                // a stance cue does not change whom a later "he said" points to
                let memory = (frames[fi].kind == CueKind::Stance)
                    .then(|| (res.persons.clone(), res.last_any.clone()));
                frames[fi].speaker = Some(res.resolve(&sp));
                if let Some((persons, any)) = memory {
                    (res.persons, res.last_any) = (persons, any);
                }
            }
            fi += 1;
        }
        // a line of its own without final punctuation (a headline, `SentenceRole::Heading`):
        // its first capital may be the headline's ("Troubled Marsh under SEC scrutiny")
        let sentence = &text[s.range.clone()];
        let own_line = sents.get(si + 1).is_none_or(|n| n.par != s.par)
            && (si == 0 || sents[si - 1].par != s.par);
        let headline_line = own_line && !ends_like_a_sentence(sentence);
        res.observe_sentence(sentence, headline_line);
    }

    // assign frames to quotes
    let mut used = vec![false; frames.len()];
    // the quoted spans that took each frame
    let mut used_by: Vec<Vec<Range<usize>>> = vec![Vec::new(); frames.len()];
    let mut quotes = Vec::new();
    // frame and start of the previous quote
    let mut last_frame: Option<(usize, usize)> = None;
    for (qi, q) in qs.iter().enumerate() {
        if is_title(text, q) {
            // the name of a show, book or film: a quotation of nobody
            quotes.push(Quote {
                start: q.start,
                end: q.end,
                content_start: q.cs,
                content_end: q.ce,
                text: text[q.cs..q.ce].to_string(),
                speaker: None,
                speaker_start: None,
                speaker_end: None,
                cue: None,
                continues: None,
                cue_kind: CueKind::Speech,
            });
            last_frame = None;
            continue;
        }
        let own: Vec<usize> = sents
            .iter()
            .enumerate()
            .filter(|(_, s)| s.range.start < q.end && s.range.end > q.start)
            .map(|(i, _)| i)
            .collect();
        let dist = |f: &Frame| -> usize {
            if f.cue.start >= q.end {
                f.cue.start - q.end
            } else {
                q.start.saturating_sub(f.cue.end)
            }
        };
        let own_frames: Vec<usize> = frames
            .iter()
            .enumerate()
            .filter(|(_, f)| {
                f.kind == CueKind::Speech
                    && own.contains(&f.sent)
                    && !(f.cue.start >= q.start && f.cue.end <= q.end)
            })
            .map(|(i, _)| i)
            .collect();
        // a quotation in an earlier clause is not the speech of "X said ..." that follows it
        // (`a “supermax” prison, and an official said talks were held`); `“...,” X said` is
        let mut best: Option<usize> = own_frames
            .iter()
            .copied()
            .filter(|&i| !earlier_clause(text, q, &frames[i]))
            .min_by_key(|&i| dist(&frames[i]));
        if best.is_none()
            && own_frames.is_empty()
            && quotation_sentences(text, &sents, &own, &qs, q)
            && let (Some(&first), Some(&last)) = (own.first(), own.last())
        {
            let par = sents[first].par;
            let prev = first.checked_sub(1).filter(|&p| sents[p].par == par);
            // After a quotation sentence with no cue (`"... the entertainment side. "This year
            // ..." The market ..., according to Jupiter Research.`), the quotation continues
            // that one, whose speaker is unknown; the next sentence's cue reports its own clause.
            let after_uncued_quotation = prev.is_some_and(|p| {
                !frames
                    .iter()
                    .any(|f| f.sent == p && f.kind == CueKind::Speech)
                    && qs[..qi].last().is_some_and(|o| {
                        o.end > sents[p].range.start
                            && o.start < sents[p].range.end
                            && quotation_sentences(text, &sents, &[p], &qs, o)
                    })
            });
            let next = Some(last + 1)
                .filter(|&n| n < sents.len() && sents[n].par == par && !after_uncued_quotation);
            for cand in [prev, next].into_iter().flatten() {
                if let Some((i, _)) = frames
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| f.sent == cand && f.kind == CueKind::Speech)
                    .min_by_key(|(_, f)| dist(f))
                {
                    best = Some(i);
                    break;
                }
            }
        }
        // `Roe said:` ending a paragraph introduces the quotation that opens the next one
        if best.is_none()
            && own_frames.is_empty()
            && let Some(&first) = own.first()
        {
            best = colon_intro_frame(text, &sents, &frames, first, q);
        }
        // A quotation left open runs on into the quotation that reopens it, at the start of
        // the next paragraph or after a space (`He said: "I admire them.¶"To be honoured is
        // a great honour."`): the same speaker, through the same frame.
        if best.is_none()
            && own_frames.is_empty()
            && let Some(prev_q) = qs[..qi].last()
            && prev_q.left_open
            && text[prev_q.end..q.start].trim().is_empty()
            && let Some((i, start)) = last_frame
            && start == prev_q.start
        {
            best = Some(i);
        }
        // the next passage of a quotation interrupted by its cue takes the same frame
        let continues = last_frame
            .filter(|&(i, _)| best == Some(i))
            .map(|(_, start)| start);
        last_frame = best.map(|i| (i, q.start));
        let f = best.map(|i| {
            used[i] = true;
            used_by[i].push(q.start..q.end);
            &frames[i]
        });
        quotes.push(Quote {
            start: q.start,
            end: q.end,
            content_start: q.cs,
            content_end: q.ce,
            text: text[q.cs..q.ce].to_string(),
            speaker: f.and_then(|f| f.speaker.clone()),
            speaker_start: f.and_then(|f| f.speaker_span.as_ref().map(|r| r.start)),
            speaker_end: f.and_then(|f| f.speaker_span.as_ref().map(|r| r.end)),
            cue: f.map(|f| f.cue_text.clone()),
            continues,
            cue_kind: CueKind::Speech,
        });
    }
    let attrs = frames
        .iter()
        .zip(used)
        .zip(&used_by)
        .filter(|((f, u), by)| !u || reports_own_clause(text, &sents[f.sent].range, f, by))
        .map(|((f, _), _)| {
            let c = f.content.clone().unwrap_or(f.cue.end..f.cue.end);
            Quote {
                start: c.start,
                end: c.end,
                content_start: c.start,
                content_end: c.end,
                text: text[c].to_string(),
                speaker: f.speaker.clone(),
                speaker_start: f.speaker_span.as_ref().map(|r| r.start),
                speaker_end: f.speaker_span.as_ref().map(|r| r.end),
                cue: Some(f.cue_text.clone()),
                continues: None,
                cue_kind: f.kind,
            }
        })
        .collect();
    (quotes, attrs)
}

/// The quote `q` stands as a quotation of its own in its sentences `own`, so it may take the
/// cue of the sentence before or after it (`“We will win.” Roe said so on Monday`): the words of
/// those sentences outside quotation marks are fewer than the words inside `q`. A phrase quoted
/// in the narrator's sentence (`aid for the “war on smuggling”.`) is a scare quote or a title,
/// and the cue of the next sentence reports that sentence's own clause.
fn quotation_sentences(text: &str, sents: &[Sent], own: &[usize], qs: &[QSpan], q: &QSpan) -> bool {
    let words = |r: Range<usize>| {
        text[r]
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    };
    let inside = words(q.cs..q.ce);
    let outside: usize = own
        .iter()
        .map(|&si| {
            let r = sents[si].range.clone();
            let mut pos = r.start;
            let mut n = 0;
            for o in qs.iter().filter(|o| o.end > r.start && o.start < r.end) {
                if o.start > pos {
                    n += words(pos..o.start);
                }
                pos = pos.max(o.end);
            }
            if pos < r.end {
                n += words(pos..r.end);
            }
            n
        })
        .sum();
    outside < inside
}

/// A frame that quotations of the sentences around it took still reports the clause of its own
/// sentence ("Roe said the levy would pass. “We have the votes.”": two reports through one
/// cue): the clause follows the cue ("said", "said that"), has three words or more and no
/// quotation marks, and no quotation that took the frame is in the frame's sentence.
fn reports_own_clause(text: &str, sent: &Range<usize>, f: &Frame, quoted: &[Range<usize>]) -> bool {
    let Some(c) = &f.content else {
        return false;
    };
    let between = text.get(f.cue.end..c.start).map(str::trim);
    let clause = &text[c.clone()];
    // Only quotations of other sentences took the frame (a quotation without a cue of its own
    // borrows the next sentence's "..., according to the journal"): the clause of the frame's
    // own sentence is reported all the same, wherever it stands.
    let others_only = quoted
        .iter()
        .all(|q| q.end <= sent.start || q.start >= sent.end);
    let own_clause = (matches!(between, Some("" | "that")) || !quoted.is_empty())
        && !clause.contains(['"', '“', '”'])
        && clause.split_whitespace().count() >= 3
        && others_only;
    // The clause quotes a few of its words ("Roe said officials were “making real progress”
    // on the levy"): the quotation is the speaker's wording, the clause what was reported.
    let words_outside = |c: &Range<usize>| {
        let mut rest = text[c.clone()].to_string();
        for q in quoted.iter().rev() {
            rest.replace_range(q.start - c.start..q.end - c.start, " ");
        }
        rest.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    };
    // Not a name given to something ("called the plan “reckless”"), and the clause opens
    // with its own words (`“Sales doubled,” Roe said` is a quotation and its cue).
    let naming = matches!(
        f.cue_text.to_lowercase().as_str(),
        "called" | "calls" | "call" | "calling" | "dubbed" | "labelled" | "labeled" | "branded"
    );
    let fragment_inside = !naming
        && !quoted.is_empty()
        && quoted.iter().all(|q| q.start > c.start && q.end <= c.end)
        && quoted
            .iter()
            .all(|q| text[c.start..q.start].chars().any(char::is_alphanumeric))
        && words_outside(c) >= 4;
    own_clause || fragment_inside
}
