//! Attribution frames: per sentence, each cue found outside quoted text ("said", "according
//! to", "Roe's claim that", a transcript's colon, a byline's dash) with its speaker's words and
//! what it reports.
//!
//! Files: `special.rs` (frames of their own form: transcript lines, headlines, bylines, nominal
//! cues, polls, writings that read), `cue.rs` (which words are cues), `phrase.rs` (noun phrases
//! before and after a cue), `subject.rs` and `appositive.rs` (the speaker before the cue),
//! `inverted.rs` (the speaker after it), `clause.rs` (the reported clause).

mod appositive;
mod clause;
mod cue;
mod inverted;
mod phrase;
mod special;
mod subject;

use std::ops::Range;

use super::CueKind;
use super::spans::{QSpan, in_quote, is_quote_mark};
use super::tokens::{Sent, gap, plain_gap, plain_gap_opt};
use super::words::{
    AFTER_CUE_SKIP, AUX, CUES, DETS, INTRO_WORDS, MEDIUM, NOMINAL_CUES, NOUN_LIKE_CUES, NP_STOP,
    PASSIVE, PRONOUNS, TITLE_NOUNS,
};
use crate::extract::name::{NameFolding, extract_names};
use appositive::{description_before, long_appositive};
use clause::{trim_clause, verbless_phrase, when_phrase};
use cue::{
    closing_cue, cue_word, headline, is_participle, is_stance_cue, mental_state_in_report,
    names_its_object, verb_use,
};
use inverted::long_inverted_subject;
use phrase::{is_ly_adverb, is_time_word, np_backward, np_forward, share_of_respondents};
use special::{
    dash_byline_frame, headline_colon_frame, nominal_frame, poll_frame, read_frame,
    transcript_frame,
};
use subject::{goes_on_to, paren_subject, quantity_subject, skipped_before_cue, time_adjunct_back};

pub(crate) use phrase::is_pronoun;
pub(super) use subject::comma_adverbial;

#[derive(Debug, Clone)]
pub(super) struct Frame {
    pub(super) sent: usize,
    pub(super) cue: Range<usize>,
    pub(super) cue_text: String,
    pub(super) speaker_span: Option<Range<usize>>,
    pub(super) speaker: Option<String>,
    pub(super) content: Option<Range<usize>>,
    pub(super) kind: CueKind,
}

pub(super) fn find_frames(text: &str, sents: &[Sent], qs: &[QSpan]) -> Vec<Frame> {
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

/// A stance inside what another frame reports is part of that report, not an attribution of its
/// own: in "Roe said voters want change" the voters' wish is Roe's claim. Drops every stance frame
/// whose speaker sits in the content of another frame.
pub(super) fn drop_reported_stances(frames: &mut Vec<Frame>) {
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
