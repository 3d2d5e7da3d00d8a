//! attribution-mismatch: the same words, or the same report, given to different sources.

use std::collections::{HashMap, HashSet};

use super::shared::facts::{attributions, figures, quotes};
use super::shared::quote_relation::{QuoteRelation, relate_quotes};
use super::shared::speakers::{is_acronym_of, is_named_speaker, same_speaker};
use super::shared::spelling::Spellings;
use super::{Check, CheckContext, CheckDoc};
use crate::config::CheckSettings;
use crate::extract::quote::is_pronoun;
use crate::extract::{Fact, Figure, Quote, name_folding};
use crate::findings::{Category, Evidence, Finding, Severity};

pub struct AttributionMismatch;

static DOC: CheckDoc = CheckDoc {
    summary: "The same quote or report is attributed to different speakers or sources.",
    what_it_flags: "Two quoted passages in aligned sentences of different articles that are the same quote \
(identical, truncated, or nearly so, with at least half of the shorter one's content words in \
common, and two of them when it has two or more: a name such as \"the Clean Air Act\" and function words are not enough) but whose speakers differ (\"Carter said\" vs \"Kerry said\"; a \
surname and the full name count as the same person). Also reported speech without quotation marks \
(\"Tunick said the crowd ...\" vs \"Moreau said the crowd ...\", \"Anadolu reported\" vs \"Tass \
reported\", \"according to X\") when the aligned sentences are near-identical otherwise and the two \
reported clauses share at least two in five of the shorter one's content words, and two of them (two statements on \
one topic are two statements; a clause that quotes a few of its words, \"said authorities were \
'making progress' in the case\", is a report too); a quote in one \
outlet against the same words reported without quotation marks in the other; and a quote of a word \
or two (\"tight\") that is word for word the same in such sentences (a phrase quoted in the \
narrator's own sentence, the scare quotes of \"allies in the 'war on terror'\", takes no speaker \
from the sentence next to it). Speakers written with and without \
a middle initial, a role or a short first name, a letter apart (name-spelling's finding) or as an \
acronym (\"the SEC\") are the same speaker, and a person given a role in the other outlet's source \
(\"Coastline spokeswoman Ada Finch\" for \"Coastline Ferries\", \"NRB President Helga Sund\" for \"the \
Northern Reserve Bank\") speaks for it, as does a member whose title names the body in any case \
(\"senior law lord Lord Bingham\" for \"the Law Lords\"). A news outlet that relays a person's words (\"the Harbor \
News reported\", a name holding News, Times, Post, Reuters...) or one of the cluster's own outlets \
against that person is not a misattribution; two outlets still compare. Reported statements whose \
figures of one unit all disagree are left to figure-mismatch. An intention, a request or a \
statement still to be made is no report of what someone said (\"Virgin wants to operate\", \"asked \
Fluor to produce\", \"declined to comment\", \"the SEC could announce\"). Only named \
speakers are compared: a pronoun or a description (\"he\", \"the company\", \"the Connecticut \
Democrat\") may be either person, and two pronouns (\"he said\" vs \"she said\", \"Reid, who \
said\") that each outlet's context resolved to a different name are two guesses, not compared; \
nor is a pronoun whose article names the other outlet's speaker in its sentence or the three \
before it (\"he\" may be that person). \
A common word that opens a sentence (\"Critics say\", \"Surveys show\": the articles write it in \
lower case elsewhere, never with a capital inside a sentence) describes a source, it names none.",
    why_it_matters: "Putting words in the wrong mouth is among the most damaging errors a story can carry; \
it is also a common copy-paste slip when several officials spoke.",
    example: "\"The fire started in a storage unit,\" Reyes said. vs \"The fire started in a storage \
unit,\" Fire Chief Maria Delgado said.",
    options: "severity; min_similarity (alignment score two sentences of reported speech must \
reach to compare their speakers; default 0.3, the alignment threshold).",
};

fn speaker_span(q: &Quote) -> (usize, usize) {
    match (q.speaker_start, q.speaker_end) {
        (Some(s), Some(e)) if s < e => (s, e),
        _ => (q.start, q.end),
    }
}

/// How often `sentence` names `speaker` (by full name, or else by surname) outside the byte
/// range `skip` (the sentence's own speaker, when `speaker` is that one).
fn mention_count(sentence: &str, speaker: &str, skip: Option<(usize, usize)>) -> usize {
    // The last capitalised word: the surname, or the agency in "the Tass news agency"; of a
    // person named with an affiliation ("Jon Sohn of Friends of the Earth"), the person's.
    let person = speaker
        .split_once(" of ")
        .map(|(who, _)| who)
        .filter(|who| {
            let words: Vec<&str> = who.split_whitespace().collect();
            words.len() >= 2
                && words
                    .iter()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        })
        .unwrap_or(speaker);
    let surname = person
        .split_whitespace()
        .rev()
        .find(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter(|s| s.chars().count() >= 3);
    let count = |needle: &str| {
        sentence
            .match_indices(needle)
            .filter(|(i, _)| skip.is_none_or(|(s, e)| *i + needle.len() <= s || *i >= e))
            .count()
    };
    match count(speaker) {
        0 => surname.map_or(0, count),
        n => n,
    }
}

/// Whether `sentence` names `speaker`, the speaker of `other` (at `other_span`), as a speaker
/// may be: more often than `other` names it outside its own attribution. "Parrado remained on
/// a Coast Guard cutter, the Coast Guard said" against "... on a Coast Guard cutter, Tanaka
/// said": the second names the Coast Guard only where the first does too, as a cutter's.
fn names_other_speaker(
    sentence: &str,
    speaker: &str,
    other: &str,
    other_span: (usize, usize),
) -> bool {
    mention_count(sentence, speaker, None) > mention_count(other, speaker, Some(other_span))
}

/// The words that name a quote's speaker in its sentence (which starts at byte
/// `sentence_start` of the document): the attribution's span and an appositive after it
/// ("Tom Harlan, a spokesman for the water board").
fn speaker_phrase<'t>(sentence: &'t str, q: &Quote, sentence_start: usize) -> Option<&'t str> {
    let (s, e) = (
        q.speaker_start?.checked_sub(sentence_start)?,
        q.speaker_end?.checked_sub(sentence_start)?,
    );
    let rest = sentence.get(e..)?;
    let appositive = rest
        .strip_prefix(", ")
        .map_or(0, |r| 2 + r.find([',', '.', ';']).unwrap_or(r.len()));
    sentence.get(s..e + appositive)
}

/// Object pronouns by which an attribution may name a speaker it named before ("according
/// to him"), beside the subject and relative ones the extractor knows ("he said", "Reid, who
/// argued ...").
const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them"];

/// Whether the attribution of `q` names its speaker only by a pronoun (`text`: the whole
/// article; in the quote's sentence, or in an earlier one when the quotation continues from
/// there): the speaker's name was resolved from elsewhere.
fn by_pronoun(text: &str, q: &Quote) -> bool {
    let (Some(s), Some(e)) = (q.speaker_start, q.speaker_end) else {
        return false;
    };
    text.get(s..e)
        .map(|w| w.trim().to_lowercase())
        .is_some_and(|w| is_pronoun(&w) || OBJECT_PRONOUNS.contains(&w.as_str()))
}

/// Sentences before a pronoun that its person may have been named in.
const PRONOUN_REACH: usize = 3;

/// Whether document `doc` names `speaker` in sentence `at` or the few before it.
fn named_just_before(doc: &crate::extract::Document, at: usize, speaker: &str) -> bool {
    (at.saturating_sub(PRONOUN_REACH)..=at)
        .any(|i| mention_count(doc.sentence_text(i), speaker, None) > 0)
}

/// Share of the shorter passage's content words (not names, not function words) that two
/// passages must share to be one quote or one statement.
const MIN_SHARED_CONTENT: f64 = 0.5;
/// The same for two reported clauses (no quotation marks): reworded more freely than quotes,
/// they need two in five. Without it, any two statements of aligned sentences compared, and
/// on a 1,000-article cluster of unrelated stories half the findings were two statements on
/// one topic.
const STATEMENT_SHARE: f64 = 0.4;

/// The content words of a text (not names, not possessives), as sorted distinct stems.
fn content_stems(text: &str) -> Vec<String> {
    let mut stems: Vec<String> = crate::align::content_terms(text)
        .into_iter()
        .filter(|t| !t.is_name && !t.stem.contains(['\'', '’']))
        .map(|t| t.stem)
        .collect();
    stems.sort();
    stems.dedup();
    stems
}

/// Whether two passages (quoted or reported) share enough of their content words to be the
/// same words: a law's or a person's name and function words in common ("the Affordable Care
/// Act") make two different remarks about one thing, not one remark.
fn share_content_words(a: &str, b: &str) -> bool {
    share_content_words_at(a, b, MIN_SHARED_CONTENT)
}

fn share_content_words_at(a: &str, b: &str, min_share: f64) -> bool {
    let (ca, cb) = (content_stems(a), content_stems(b));
    // Nothing to compare (a reported clause not read): the alignment decides.
    if ca.is_empty() || cb.is_empty() {
        return true;
    }
    let shared = ca.iter().filter(|w| cb.contains(w)).count();
    let shorter = ca.len().min(cb.len());
    // one shared word is not one remark unless it is all the shorter one says ("it would
    // merge a number of departments" vs "Labor Department figures")
    shared as f64 >= min_share * shorter as f64 && shared >= shorter.min(2)
}

/// A person named by a title and a given name alone ("Sir John", "Dame Judith"), as British
/// usage has it: the given name.
fn given_name_only(phrase: &str) -> Option<&str> {
    let mut words = phrase.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some("Sir" | "Dame"), Some(given), None) => Some(given.trim_end_matches([',', '.'])),
        _ => None,
    }
}

/// Whether a person named by title and given name (`phrase`, "Sir Edmund") may be the other
/// speaker (`other`, named by `other_phrase`): the other is a surname alone ("Mr.
/// Hawthorne"), or has that given name.
fn may_be_one_person(phrase: &str, other_phrase: &str, other: &str) -> bool {
    let Some(given) = given_name_only(phrase) else {
        return false;
    };
    if given_name_only(other_phrase).is_some() {
        return false;
    }
    let names: Vec<&str> = other
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .collect();
    names.len() == 1 || names.first() == Some(&given)
}

/// Last words of an organisation's name.
const ORGANISATION_WORDS: &[&str] = &[
    "inc",
    "corp",
    "co",
    "ltd",
    "llc",
    "plc",
    "group",
    "company",
    "corporation",
    "bank",
    "agency",
    "department",
    "ministry",
    "commission",
    "board",
    "council",
    "committee",
    "service",
    "office",
    "authority",
    "association",
    "union",
    "university",
    "party",
    "police",
    "court",
    "airlines",
    "airways",
    "ferries",
];

/// Whether a name ends in one of `ORGANISATION_WORDS` ("Coastline Ferries Ltd.").
fn ends_like_organisation(name: &str) -> bool {
    let last = name
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .trim_end_matches('.')
        .to_lowercase();
    ORGANISATION_WORDS.contains(&last.as_str())
}

/// Whether a personal pronoun (`phrase`, "he", "she") was resolved to an organisation's
/// name (`speaker`, "Coastline Ferries Ltd", "NASA"): a person said it, one the article
/// does not name here.
fn person_read_as_organisation(phrase: &str, speaker: &str) -> bool {
    let personal = matches!(
        phrase.trim().to_lowercase().as_str(),
        "he" | "she" | "him" | "her"
    );
    let acronym = speaker.chars().filter(char::is_ascii_uppercase).count() >= 2
        && speaker
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '.' || c == '&');
    personal && (acronym || ends_like_organisation(speaker))
}

/// Roles of people who speak for an organisation.
const ROLES_FOR_AN_ORGANISATION: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ceo",
    "cfo",
    "chief",
    "executive",
    "president",
    "vice",
    "chairman",
    "chairwoman",
    "director",
    "official",
    "officer",
    "manager",
    "founder",
    "head",
    "correspondent",
    "reporter",
    "editor",
];

/// Whether `phrase`, naming a person, gives them a role in `organisation`, the other
/// outlet's source: "Coastline spokeswoman Ada Finch" or "Tom Harlan, a spokesman for the
/// Coastline board" for "Coastline Ferries". Both outlets then give the same source.
fn speaks_for(phrase: &str, organisation: &str) -> bool {
    let org: Vec<&str> = organisation
        .split_whitespace()
        .skip_while(|w| w.eq_ignore_ascii_case("the"))
        .collect();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let Some(&first) = org.first().filter(|w| capitalised(w)) else {
        return false;
    };
    let org_name = org.join(" ");
    // More than one word after the first, and no organisation's last word: a person of that
    // organisation ("FTC Jane Roe"), another speaker.
    if org.iter().skip(1).filter(|w| capitalised(w)).count() > 1
        && !ends_like_organisation(&org_name)
    {
        return false;
    }
    let words: Vec<&str> = phrase
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s"))
        .collect();
    let role = |i: usize| {
        words
            .get(i)
            .is_some_and(|w| ROLES_FOR_AN_ORGANISATION.contains(&w.to_lowercase().as_str()))
    };
    let linking = |i: usize| matches!(words.get(i), Some(&("of" | "for" | "at")));
    // Where the phrase names the organisation: by its name (as many of its words as follow),
    // by its initials ("ECB" for "the European Central Bank"), or by the name its initials
    // stand for ("International Harbour Agency" for "IHA"): (first word, last word).
    let mut mentions = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if *w == first {
            let matched = org
                .iter()
                .zip(&words[i..])
                .take_while(|(o, p)| o == p)
                .count();
            mentions.push((i, i + matched - 1));
        } else if is_acronym_of(w, &org_name) {
            mentions.push((i, i));
        } else if capitalised(w) {
            let start = (0..=i)
                .rev()
                .take_while(|&k| capitalised(words[k]) || matches!(words[k], "of" | "and"))
                .last()
                .unwrap_or(i);
            if is_acronym_of(&org_name, &words[start..=i].join(" ")) {
                mentions.push((start, i));
            }
        }
    }
    mentions.into_iter().any(|(s, e)| {
        // "Coastline spokeswoman Ada Finch", "Hynix CEO E.J. Woo"
        role(e + 1)
            // "a spokesman for Coastline", "a spokesman for the Coastline board"
            || (s >= 2 && linking(s - 1) && role(s - 2))
            || (s >= 3 && words[s - 1] == "the" && linking(s - 2) && role(s - 3))
    })
}

/// The part of `sentence` (starting at byte `base` of its article) before article byte `at`.
fn text_before(sentence: &str, at: usize, base: usize) -> &str {
    at.checked_sub(base)
        .and_then(|i| sentence.get(..i))
        .unwrap_or("")
}

/// Whether the title right before a speaker's name (`before`: the sentence up to the name)
/// names `body`, the other outlet's source, in any case and number: "senior law lord Lord
/// Bingham" for "the Law Lords", "harbour board member Ana Roe" for "the Harbour Board". A
/// member speaks for the body.
fn titled_by_body(before: &str, body: &str) -> bool {
    // lower case, singular, without a possessive ending
    let fold = |w: &str| {
        crate::extract::number::counted_unit(
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .trim_end_matches("'s")
                .trim_end_matches("’s"),
        )
    };
    // the title: the words after the last comma, bracket or stop, at most five
    let clause = before
        .rsplit([',', '(', ';', ':', '.', '!', '?'])
        .next()
        .unwrap_or("");
    let words: Vec<&str> = clause.split_whitespace().collect();
    let title: Vec<String> = words[words.len().saturating_sub(5)..]
        .iter()
        .map(|w| fold(w))
        .collect();
    let body: Vec<String> = body
        .split_whitespace()
        .skip_while(|w| w.eq_ignore_ascii_case("the"))
        .map(fold)
        .collect();
    if body.is_empty() || body.iter().all(|w| w.len() < 3) || title.len() < body.len() {
        return false;
    }
    // ... and nothing between the body's name and the speaker's but more of the title
    // ("the harbour board and Mayor Ana Roe" names two speakers)
    (0..=title.len() - body.len()).any(|i| {
        title[i..i + body.len()] == body[..]
            && !title[i + body.len()..]
                .iter()
                .any(|w| matches!(w.as_str(), "and" | "or" | "with" | "but" | "than"))
    })
}

/// Nouns by which a sentence speaks of an organisation it does not name ("the airline").
const ORGANISATION_DESCRIPTIONS: &[&str] = &[
    "the company",
    "the airline",
    "the carrier",
    "the bank",
    "the firm",
    "the agency",
    "the network",
    "the retailer",
    "the automaker",
];

/// Whether `phrase` (naming the person `speaker` in `sentence`) gives them a role in an
/// organisation the sentence only describes ("Senior vice president Ada Finch said the
/// airline ..."), while the other outlet's source (`other`) is an organisation's name: the
/// person speaks for it.
fn speaks_for_described(phrase: &str, speaker: &str, sentence: &str, other: &str) -> bool {
    let role = phrase
        .split(|c: char| c.is_whitespace() || c == ',')
        .any(|w| ROLES_FOR_AN_ORGANISATION.contains(&w.to_lowercase().as_str()));
    // The phrase names nothing but the person and the role.
    let names_more = phrase.split_whitespace().any(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            && !speaker.contains(w)
            && !ROLES_FOR_AN_ORGANISATION.contains(&w.to_lowercase().as_str())
            && !matches!(
                w.to_lowercase().as_str(),
                "senior" | "deputy" | "assistant" | "general"
            )
    });
    let lower = sentence.to_lowercase();
    let described = ORGANISATION_DESCRIPTIONS.iter().any(|d| lower.contains(d));
    let organisation = other.split_whitespace().count() == 1 || ends_like_organisation(other);
    role && !names_more && described && organisation && speaker.split_whitespace().count() >= 2
}

/// Whether two reported statements (`qa` among the facts `fa`, `qb` among `fb`) both give
/// figures and none of them agrees: each outlet reports its own source's figure ("the river
/// will crest at 31 feet, Halvorsen said" vs "at 33 feet, the weather office said"), which is
/// figure-mismatch's business, not one statement given to two sources.
fn figures_disagree<'a>(fa: &'a [Fact], qa: &Quote, fb: &'a [Fact], qb: &Quote) -> bool {
    let within = |facts: &'a [Fact], q: &Quote| -> Vec<&'a Figure> {
        figures(facts)
            .filter(|f| f.start >= q.content_start && f.end <= q.content_end)
            .collect()
    };
    let (xa, xb) = (within(fa, qa), within(fb, qb));
    let agree = |a: &Figure, b: &Figure| a.low <= b.high && b.low <= a.high;
    // Figures of one unit in both ("6" and "1.5 per cent" count different things).
    let common_unit = xa.iter().any(|a| xb.iter().any(|b| a.unit == b.unit));
    common_unit && !xa.iter().any(|a| xb.iter().any(|b| agree(a, b)))
}

impl Check for AttributionMismatch {
    fn id(&self) -> &'static str {
        "attribution-mismatch"
    }
    fn category(&self) -> Category {
        Category::Attribution
    }
    fn doc(&self) -> &'static CheckDoc {
        &DOC
    }
    fn default_severity(&self) -> Severity {
        Severity::Error
    }

    fn run(&self, ctx: &CheckContext, settings: &CheckSettings, out: &mut Vec<Finding>) {
        let spellings = Spellings::new(&ctx.rules.equivalences);
        let folding = name_folding(&ctx.rules.equivalences);
        let min_report_score = settings.min_similarity.unwrap_or(0.3);
        // The cluster's own outlets are news outlets too.
        let outlets: Vec<String> = ctx
            .docs
            .iter()
            .filter_map(|d| d.article.outlet.as_deref())
            .map(str::to_lowercase)
            .collect();
        let case_index = std::cell::OnceCell::new();
        for pair in &ctx.alignment.pairs {
            let (da, db) = (&ctx.docs[pair.a.document], &ctx.docs[pair.b.document]);
            let (fa, fb) = (da.facts(pair.a.sentence), db.facts(pair.b.sentence));
            let (ta, tb) = (
                da.sentence_text(pair.a.sentence),
                db.sentence_text(pair.b.sentence),
            );
            // Speaker spans already reported for this pair: a quote and the clause around it
            // given to the same two speakers are one misattribution.
            let mut reported: Vec<((usize, usize), (usize, usize))> = Vec::new();
            let mut push = |qa: &Quote, qb: &Quote, what: &str| {
                let (Some(sa), Some(sb)) = (&qa.speaker, &qb.speaker) else {
                    return;
                };
                if !is_named_speaker(sa) || !is_named_speaker(sb) {
                    return;
                }
                let (sa0, sb0) = (
                    da.sentences[pair.a.sentence].start,
                    db.sentences[pair.b.sentence].start,
                );
                // Both speakers only pronouns ("he said", "who said") that each outlet's
                // context resolved: whom they stand for is a guess on both sides, and two
                // guesses that differ show no misattribution.
                let (pron_a, pron_b) = (
                    by_pronoun(&da.article.text, qa),
                    by_pronoun(&db.article.text, qb),
                );
                if pron_a && pron_b {
                    return;
                }
                // One pronoun, whose article names the other outlet's speaker just before
                // it: the pronoun may stand for that person.
                if (pron_a && named_just_before(da, pair.a.sentence, sb))
                    || (pron_b && named_just_before(db, pair.b.sentence, sa))
                {
                    return;
                }
                // When a sentence also names the other speaker, the speakers were read
                // differently from the same wording: not a misattribution.
                let (a0, a1) = speaker_span(qa);
                let (b0, b1) = speaker_span(qb);
                let within = |(s, e): (usize, usize), base: usize| {
                    (s.saturating_sub(base), e.saturating_sub(base))
                };
                if names_other_speaker(ta, sb, tb, within((b0, b1), sb0))
                    || names_other_speaker(tb, sa, ta, within((a0, a1), sa0))
                {
                    return;
                }
                let (pa, pb) = (
                    speaker_phrase(ta, qa, sa0).unwrap_or(sa),
                    speaker_phrase(tb, qb, sb0).unwrap_or(sb),
                );
                if may_be_one_person(pa, pb, sb) || may_be_one_person(pb, pa, sa) {
                    return;
                }
                if speaks_for(pa, sb) || speaks_for(pb, sa) {
                    return;
                }
                if person_read_as_organisation(pa, sa) || person_read_as_organisation(pb, sb) {
                    return;
                }
                if speaks_for_described(pa, sa, ta, sb) || speaks_for_described(pb, sb, tb, sa) {
                    return;
                }
                if titled_by_body(text_before(ta, a0, sa0), sb)
                    || titled_by_body(text_before(tb, b0, sb0), sa)
                {
                    return;
                }
                // A news outlet that relays what a person said ("according to NBC News")
                // against that person: the outlet reports, the person speaks. Two outlets
                // ("Anadolu reported" vs "Tass reported") still compare.
                if is_news_outlet(sa, &outlets) != is_news_outlet(sb, &outlets) {
                    return;
                }
                // A common word that opens a sentence ("Polls show ...", "Critics say ...")
                // describes its source; it names none.
                let index = case_index.get_or_init(|| CaseIndex::new(ctx.docs));
                if index.is_common_word(sa) || index.is_common_word(sb) {
                    return;
                }
                if reported.contains(&((a0, a1), (b0, b1))) {
                    return;
                }
                reported.push(((a0, a1), (b0, b1)));
                out.push(Finding {
                    check: self.id().into(),
                    category: self.category(),
                    severity: settings.severity,
                    message: format!("the same {what} is attributed to {sa} and to {sb}"),
                    evidence: vec![
                        Evidence::new(da, pair.a.document, pair.a.sentence, a0, a1),
                        Evidence::new(db, pair.b.document, pair.b.sentence, b0, b1),
                    ],
                    suggestion: Some(format!("check who said it: {sa} or {sb}")),
                });
            };
            let strong_pair = pair.score >= min_report_score;
            for qa in quotes(fa) {
                for qb in quotes(fb) {
                    let (Some(sa), Some(sb)) = (&qa.speaker, &qb.speaker) else {
                        continue;
                    };
                    if same_speaker(sa, sb, &folding) {
                        continue;
                    }
                    // A quote of a word or two ("tight") is the same quote when it is
                    // word for word the same in sentences that report the same statement.
                    let same_short = strong_pair && fold_quote(&qa.text) == fold_quote(&qb.text);
                    if same_short
                        || (relate_quotes(&qa.text, &qb.text, &spellings)
                            != QuoteRelation::Unrelated
                            && share_content_words(&qa.text, &qb.text))
                    {
                        push(qa, qb, "quote");
                    }
                }
            }
            if !strong_pair {
                continue;
            }
            // Reported speech compares only when both speakers are named (people, agencies,
            // outlets), not described ("council documents", "he").
            let is_named =
                |q: &Quote| q.cue.is_some() && q.speaker.as_deref().is_some_and(is_named_speaker);
            let (text_a, text_b) = (da.article.text.as_str(), db.article.text.as_str());
            // A quote in one outlet and the same words reported without quotation marks in
            // the other ("Gibson said ... \"neither I nor my film are anti-Semitic\"" and
            // "Moreau said ... that he and his film are not anti-Semitic").
            for (quoted, reported, text, flipped) in
                [(fa, fb, text_b, false), (fb, fa, text_a, true)]
            {
                for q in quotes(quoted) {
                    for r in attributions(reported).filter(|r| is_named(r) && claims(text, r)) {
                        let (Some(sq), Some(sr)) = (&q.speaker, &r.speaker) else {
                            continue;
                        };
                        if same_speaker(sq, sr, &folding)
                            || relate_quotes(&q.text, &r.text, &spellings)
                                == QuoteRelation::Unrelated
                            || !share_content_words(&q.text, &r.text)
                        {
                            continue;
                        }
                        if flipped {
                            push(r, q, "statement");
                        } else {
                            push(q, r, "statement");
                        }
                    }
                }
            }
            for qa in attributions(fa).filter(|q| is_named(q) && claims(text_a, q)) {
                for qb in attributions(fb).filter(|q| is_named(q) && claims(text_b, q)) {
                    let (Some(sa), Some(sb)) = (&qa.speaker, &qb.speaker) else {
                        continue;
                    };
                    if !same_speaker(sa, sb, &folding)
                        && !figures_disagree(fa, qa, fb, qb)
                        && share_content_words_at(&qa.text, &qb.text, STATEMENT_SHARE)
                    {
                        push(qa, qb, "statement");
                    }
                }
            }
        }
    }
}

/// Whether a reported statement claims something, in document `text`: not an intention or a
/// request ("Virgin wants to operate Concorde", "the United States agreed to let the agency
/// back", "AMC asked Fluor to produce a costing": what someone means to do, not what they
/// said happened), nor a statement still to be made ("the SEC could announce a settlement").
fn claims(text: &str, r: &Quote) -> bool {
    let Some(cue) = r.cue.as_deref() else {
        return true;
    };
    let Some(at) = text
        .get(..r.content_start)
        .and_then(|before| before.rfind(cue))
    else {
        return true;
    };
    let modal = text[..at].split_whitespace().next_back().is_some_and(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "could" | "would" | "will" | "may" | "might" | "should" | "must" | "can" | "to"
        )
    });
    let after: Vec<String> = text[at + cue.len()..]
        .split_whitespace()
        .take(8)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .collect();
    let lower = cue.to_ascii_lowercase();
    let intends = after.first().is_some_and(|w| w == "to")
        && !matches!(lower.as_str(), "said" | "says" | "say" | "told" | "tells");
    // "asked Fluor to produce", "urged the council to act": a request, unless "that" comes
    // first ("asked whether", "told reporters that" report speech).
    let requests = matches!(
        lower.as_str(),
        "asked" | "asks" | "ask" | "urged" | "urges" | "urge" | "ordered" | "orders" | "called"
    ) && after
        .iter()
        .take_while(|w| !matches!(w.as_str(), "that" | "whether" | "if"))
        .any(|w| w == "to");
    !(modal || intends || requests)
}

/// A quote folded for comparing word for word: lower case, letters and digits only.
fn fold_quote(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// How the cluster's articles write each word stem inside a sentence (the first word of a
/// sentence aside): in lower case somewhere, with a capital somewhere. Built once per run,
/// when a finding first needs it.
struct CaseIndex {
    /// stem -> (written in lower case, written with a capital)
    stems: HashMap<String, (bool, bool)>,
}

fn stem_of(word: &str) -> Option<String> {
    crate::align::content_terms(&word.to_lowercase())
        .into_iter()
        .next()
        .map(|t| t.stem)
}

impl CaseIndex {
    fn new(docs: &[crate::extract::Document]) -> Self {
        use unicode_segmentation::UnicodeSegmentation;
        // Each written form once, then each lower-case form stemmed once.
        let mut forms: HashSet<&str> = HashSet::new();
        for doc in docs {
            for i in 0..doc.sentences.len() {
                forms.extend(doc.sentence_text(i).unicode_words().skip(1));
            }
        }
        let mut by_lower: HashMap<String, (bool, bool)> = HashMap::new();
        for form in forms {
            let capital = form.chars().next().is_some_and(char::is_uppercase);
            let entry = by_lower.entry(form.to_lowercase()).or_default();
            if capital {
                entry.1 = true;
            } else {
                entry.0 = true;
            }
        }
        let mut stems: HashMap<String, (bool, bool)> = HashMap::new();
        for (lower, (l, c)) in by_lower {
            if let Some(stem) = stem_of(&lower) {
                let entry = stems.entry(stem).or_default();
                entry.0 |= l;
                entry.1 |= c;
            }
        }
        CaseIndex { stems }
    }

    /// Whether a one-word speaker ("Polls", "Critics") is a common word written with a
    /// capital only because it opens a sentence: the cluster's articles write it (or another
    /// form of it, "poll") in lower case inside a sentence and never with a capital there,
    /// as a name is.
    fn is_common_word(&self, speaker: &str) -> bool {
        use unicode_segmentation::UnicodeSegmentation;
        let word = speaker.trim();
        let one_word = word.unicode_words().count() == 1 && !word.contains(char::is_whitespace);
        let capitalised = word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().skip(1).any(char::is_lowercase);
        one_word
            && capitalised
            && stem_of(word).is_some_and(|key| self.stems.get(&key) == Some(&(true, false)))
    }
}

/// Words that make a name a news outlet's ("NBC News", "The Washington Post", "Reuters").
/// Outlets that share a name with people ("Bloomberg", "Fox") count only with such a word.
const NEWS_WORDS: &[&str] = &[
    "news",
    "times",
    "post",
    "journal",
    "herald",
    "tribune",
    "gazette",
    "telegraph",
    "guardian",
    "reuters",
    "ap",
    "afp",
    "cnn",
    "bbc",
    "nbc",
    "cbs",
    "abc",
    "msnbc",
    "npr",
    "tass",
    "interfax",
    "xinhua",
    "anadolu",
    "politico",
    "axios",
    "newsweek",
    "magazine",
];

/// Whether a speaker is a news outlet: a name holding one of `NEWS_WORDS`, or one of the
/// cluster's own outlets.
fn is_news_outlet(speaker: &str, outlets: &[String]) -> bool {
    let lower = speaker.to_lowercase();
    outlets.contains(&lower)
        || lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| NEWS_WORDS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::AlignMode;
    use crate::config::{RuleSources, load_rules};
    use crate::input::Article;

    /// The check's findings on a cluster of two articles.
    fn findings(a: &str, b: &str) -> Vec<Finding> {
        let rules = load_rules(&RuleSources::default()).unwrap();
        let articles = vec![Article::from_text("a", a), Article::from_text("b", b)];
        crate::analyze(articles, &rules, AlignMode::Fast)
            .findings
            .into_iter()
            .filter(|f| f.check == "attribution-mismatch")
            .collect()
    }

    #[test]
    fn two_pronouns_resolved_to_different_people_are_no_misattribution() {
        let a = "Mayor Ada Finch toured the harbour on Monday.\n\
                 \"The new pier will open to ferries in the spring,\" she said after the tour.";
        let b = "Harbour master Tom Greel showed visitors around the harbour on Monday.\n\
                 \"The new pier will open to ferries in the spring,\" he said after the tour.";
        assert!(findings(a, b).is_empty());
        // A name on one side still compares with the other's pronoun.
        let named = "Harbour master Tom Greel showed visitors around the harbour on Monday.\n\
                     \"The new pier will open to ferries in the spring,\" Greel said after the tour.";
        assert_eq!(findings(a, named).len(), 1);
        // The pronoun in the sentence a quotation continues from.
        let a = "Mayor Ada Finch toured the harbour on Monday.\n\
                 \"We waited ten years for this,\" she said after the tour. \"The new pier will \
                 open to ferries in the spring.\"";
        let b = "Harbour master Tom Greel showed visitors around the harbour on Monday.\n\
                 \"We are proud of the crews,\" he said after the tour. \"The new pier will open \
                 to ferries in the spring.\"";
        assert!(findings(a, b).is_empty(), "{:?}", findings(a, b));
    }

    #[test]
    fn a_member_titled_by_the_body_speaks_for_it() {
        assert!(titled_by_body(
            "On Thursday, senior law lord ",
            "The Law Lords"
        ));
        assert!(titled_by_body("Harbour board member ", "the Harbour Board"));
        assert!(!titled_by_body(
            "The harbour board met. Mayor ",
            "the Harbour Board"
        ));
        assert!(!titled_by_body(
            "At the harbour board, Mayor ",
            "the Harbour Board"
        ));
        assert!(!titled_by_body(
            "Both the harbour board and Mayor ",
            "the Harbour Board"
        ));
        let a = "The harbour board met on Tuesday.\n\
                 Harbour board member Ana Roe said the new pier would open to ferries in the spring.";
        let b = "The harbour board met on Tuesday.\n\
                 The Harbour Board said the new pier would open to ferries in the spring.";
        assert!(findings(a, b).is_empty(), "{:?}", findings(a, b));
    }

    #[test]
    fn quotes_that_share_only_a_name_and_function_words_are_two_quotes() {
        let a = "The harbour board met on Tuesday to review the Harbour Renewal Act.\n\
                 \"The Harbour Renewal Act is working,\" Mayor Ada Finch said on Tuesday.";
        let b = "The harbour board met on Tuesday to review the Harbour Renewal Act.\n\
                 \"It is true that some of the old piers do not qualify under the Harbour Renewal \
                 Act,\" Councillor Nora Quist said on Tuesday.";
        assert!(findings(a, b).is_empty());
        assert!(!share_content_words(
            "The Harbour Renewal Act is working",
            "It is true that some of the old piers do not qualify under the Harbour Renewal Act"
        ));
        // A quote cut short keeps its content words.
        assert!(share_content_words(
            "the old piers do not qualify",
            "It is true that some of the old piers do not qualify under the Harbour Renewal Act"
        ));
        // One word in common is one remark only when it is all the shorter one says.
        assert!(!share_content_words(
            "it would merge departments",
            "firms added jobs in the departments last month"
        ));
        assert!(share_content_words("reckless", "a reckless plan"));
    }

    #[test]
    fn a_common_word_opening_a_sentence_is_no_named_source() {
        let b =
            "Coast Road Traders said that the new toll will hurt small shops on the coast road.";
        let critics = "Critics say the new toll will hurt small shops on the coast road.\n\
                       One critic, a baker, spoke against the toll at the meeting.";
        assert!(findings(critics, b).is_empty());
        let rules = load_rules(&RuleSources::default()).unwrap();
        let docs = |text: &str| crate::read_documents(vec![Article::from_text("a", text)], &rules);
        let common_word = |word: &str, docs: &[crate::extract::Document]| {
            CaseIndex::new(docs).is_common_word(word)
        };
        assert!(common_word("Critics", &docs(critics)));
        // Only a lower-case form inside a sentence tells a common word.
        assert!(!common_word(
            "Critics",
            &docs("Critics say the toll is too high.")
        ));
        // A name is written with a capital inside a sentence too, whatever else it means.
        let rose = "Rose says the toll is too high.\nA rose garden lines the road.\n\
                    The mayor agreed with Rose.";
        assert!(!common_word("Rose", &docs(rose)));
        // Initials are a name.
        assert!(!common_word(
            "NATO",
            &docs("NATO says the toll is fine.\nThe nato base.")
        ));
    }
}
