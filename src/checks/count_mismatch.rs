//! count-mismatch: one outlet says "a rebel leader", the other "rebel leaders".

use super::shared::spelling::{fold_word, word_spans};
use super::{Check, CheckContext, CheckDoc};
use crate::config::CheckSettings;
use crate::findings::{Category, Evidence, Finding, Severity};

pub struct CountMismatch;

static DOC: CheckDoc = CheckDoc {
    summary: "Aligned sentences count the same thing as one and as several.",
    what_it_flags: "A noun written in the singular after \"a\", \"an\", \"one\" or \"a single\" in one \
article and in the plural in the aligned sentence of another (\"a rebel leader\" vs \"rebel leaders\"; \
\"one firefighter\" vs \"two firefighters\"), when neither sentence also uses the other form. A singular \
that speaks of any one of a kind is not a count: a role or rate (\"as an adviser\", \"$9.99 for an \
album\"), a rule or hypothesis (\"can pardon a law-breaker\", \"a broker would sell\", \"rare for a challenge \
to succeed\"), a \
present-tense relative clause (\"a landlord who raises the rent\"), a measure (\"hit an all-time high\" vs \
\"record highs\"), a span of time (\"for a year\" vs \"in three years\": figure-mismatch compares \
durations) or a rank (\"the number one single\" vs \"singles\"); nor is a plural whose number the \
singular sentence also gives (\"two Canadian and one Irish passport\"), nor a plural against a \
singular the sentence says twice or more, one thing at a time (\"a fire at a warehouse and a fire \
at a school\" vs \"fires\"). With no number on either side \
(\"a rebel leader\" vs \"rebel leaders\"), only sentences that tell of people or things killed, hurt, \
held or struck are compared, and only for who or what took part: a place, time or circumstance after \
\"in\", \"on\", \"during\", \"following\"... (\"in a battle\" vs \"following battles\") is left out; elsewhere a singular often means any one of a kind (\"a choice of \
schools\" vs \"choices among schools\").",
    why_it_matters: "Whether one person or several were killed, injured or arrested is a fact; \
the plural often slips in when a story is rewritten.",
    example: "\"an Islamist rebel leader dying in a bombing\" vs \"an air strike killed Syrian rebel leaders\".",
    options: "severity (default info: a lower-severity hint to check the count); min_score (default 0.35: \
aligned sentences scoring below it are compared only when they also state one same figure or date, or a figure of one unit next to one same word in \
sentences that share a name and do not date it apart).",
};

const SINGULAR_MARKERS: &[&str] = &["a", "an", "one", "single"];
const NUMBER_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "several",
    "many",
    "dozens",
    "hundreds",
    "thousands",
    "some",
    "few",
];
/// How many words (adjectives) may stand between the marker and the noun.
const MAX_GAP: usize = 3;
/// Words that look plural but are not, or whose singular is another word.
const NOT_PLURAL: &[&str] = &[
    "news",
    "us",
    "is",
    "was",
    "has",
    "this",
    "his",
    "its",
    "as",
    "series",
    "species",
    "means",
    "politics",
    "economics",
    "physics",
    "less",
    "unless",
    "across",
    "thus",
    "plus",
    "status",
    "crisis",
    "analysis",
    "basis",
    "process",
    "press",
    "class",
    "gas",
    "bus",
    "campus",
];

/// Words after which a singular noun still heads its phrase ("a rebel leader was killed",
/// "a rebel leader in Idlib"); any other word after it may make it a modifier ("a
/// terrorist group", "an admission process"), which says nothing about the count.
const PHRASE_ENDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "with",
    "by", "as", "into", "after", "before", "near", "who", "which", "that", "whose", "was", "is",
    "has", "had", "have", "were", "are", "will", "would", "could", "can", "may", "might", "should",
    "must", "said", "says", "told",
];

/// Whether the singular at word `i` heads its noun phrase: the sentence ends or a
/// function word or a verb-like word ("-ed", "-ing") follows it. Text between the words
/// other than a space (a comma, a bracket) also ends the phrase.
fn heads_phrase(text: &str, words: &[(usize, &str)], folded: &[String], i: usize) -> bool {
    let Some(next) = folded.get(i + 1) else {
        return true;
    };
    let end = words[i].0 + words[i].1.len();
    let between = &text[end..words[i + 1].0];
    if between.contains('-') {
        return false;
    }
    if !between.trim().is_empty() {
        return true;
    }
    // "a year or two" counts loosely.
    if next == "or"
        && folded
            .get(i + 2)
            .is_some_and(|w| NUMBER_WORDS.contains(&w.as_str()) || w == "more")
    {
        return false;
    }
    PHRASE_ENDS.contains(&next.as_str()) || next.ends_with("ed") || next.ends_with("ing")
}

/// Whether the words between the marker and the noun make the marker count something
/// else: a figure ("a 19-hour standoff", "a June 8 ceremony") or a quantity noun ("a
/// series of attacks", "a slew of arson").
fn marker_counts_something_else(gap: &[String]) -> bool {
    gap.iter()
        .any(|w| w == "of" || w.chars().any(|c| c.is_ascii_digit()))
}

/// Words of events whose victims or targets are counted: a singular and a plural of the
/// same noun without a number disagree only in sentences that tell of one.
const EVENT_WORDS: &[&str] = &[
    "killed",
    "kill",
    "kills",
    "killing",
    "dead",
    "died",
    "dies",
    "dying",
    "death",
    "deaths",
    "injured",
    "injuring",
    "wounded",
    "wounding",
    "hurt",
    "arrested",
    "detained",
    "captured",
    "kidnapped",
    "abducted",
    "rescued",
    "evacuated",
    "missing",
    "charged",
    "convicted",
    "sentenced",
    "shot",
    "fired",
    "firing",
    "attacked",
    "struck",
    "crashed",
    "destroyed",
    "seized",
    "hit",
    "bombing",
    "explosion",
    "blast",
    "strike",
    "raid",
];

/// Nouns of a measure, not of people or things that take part ("an all-time high").
const MEASURE_NOUNS: &[&str] = &[
    "high", "low", "record", "peak", "level", "rate", "price", "mark", "total",
];

/// Units of time: "a year" and "three years" are durations, not one thing against several.
const TIME_UNITS: &[&str] = &[
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "weekend",
    "fortnight",
    "month",
    "quarter",
    "year",
    "decade",
    "century",
    "season",
];

const MODALS: &[&str] = &[
    "can", "could", "would", "may", "might", "should", "must", "will",
];

/// Whether the singular after the marker at `m` (noun at `i`) speaks of any one of a kind
/// rather than counting: a role or rate ("as an adviser", "$9.99 for an album"), a rule or
/// hypothesis ("can pardon a law-breaker", "a broker would sell", "rare for a challenge to
/// succeed"), or a kind
/// described by a present-tense relative clause ("a doctor who performs it").
fn generic_singular(
    text: &str,
    words: &[(usize, &str)],
    folded: &[String],
    m: usize,
    i: usize,
) -> bool {
    let before = |k: usize| m.checked_sub(k).map(|x| folded[x].as_str());
    let after = |k: usize| folded.get(i + k).map(String::as_str);
    if before(1) == Some("as") || before(1) == Some("per") {
        return true;
    }
    if before(1) == Some("for")
        && (after(1) == Some("to")
            || m.checked_sub(2)
                .is_some_and(|x| words[x].1.chars().any(|c| c.is_ascii_digit())))
    {
        return true;
    }
    // A modal before the marker or right after the noun ("a wholesaler would sell").
    if (1..=2).any(|k| before(k).is_some_and(|w| MODALS.contains(&w)))
        || after(1).is_some_and(|w| w != "will" && MODALS.contains(&w))
    {
        return true;
    }
    // "a doctor who performs", "a tenant that pays": the relative clause says what any such
    // one does. The noun must be followed directly by the pronoun (no comma).
    matches!(after(1), Some("who" | "that"))
        && text[words[i].0 + words[i].1.len()..words[i + 1].0]
            .trim()
            .is_empty()
        && after(2)
            .is_some_and(|verb| verb.len() > 3 && verb.ends_with('s') && !verb.ends_with("ss"))
}

/// Prepositions that put a noun phrase in the circumstances of an event.
const CIRCUMSTANCE_PREPOSITIONS: &[&str] = &[
    "in",
    "into",
    "on",
    "under",
    "from",
    "during",
    "after",
    "following",
    "before",
    "through",
    "throughout",
    "across",
    "within",
    "amid",
];

/// Whether the noun phrase starting at folded word `start` follows one of the
/// `CIRCUMSTANCE_PREPOSITIONS`, directly or across up to two modifiers ("in foreign
/// countries", "on new laws"), none of them a verb form in -ed or -ing.
fn after_preposition(folded: &[String], start: usize) -> bool {
    for k in 1..=3.min(start) {
        let w = folded[start - k].as_str();
        if CIRCUMSTANCE_PREPOSITIONS.contains(&w) {
            return true;
        }
        let modifier = w.chars().all(char::is_alphabetic)
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && !SINGULAR_MARKERS.contains(&w)
            && !NUMBER_WORDS.contains(&w);
        if !modifier || k == 3 {
            return false;
        }
    }
    false
}

/// The singular of a plural noun by regular English rules, or None.
fn singular_of(word: &str) -> Vec<String> {
    if word.len() < 4 || NOT_PLURAL.contains(&word) || word.ends_with("ss") || word.ends_with("us")
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    if let Some(stem) = word.strip_suffix("ies") {
        out.push(format!("{stem}y"));
    }
    if let Some(stem) = word.strip_suffix("es") {
        out.push(stem.to_string());
    }
    if let Some(stem) = word.strip_suffix('s') {
        out.push(stem.to_string());
    }
    out
}

impl Check for CountMismatch {
    fn id(&self) -> &'static str {
        "count-mismatch"
    }
    fn category(&self) -> Category {
        Category::Figure
    }
    fn doc(&self) -> &'static CheckDoc {
        &DOC
    }
    fn default_severity(&self) -> Severity {
        Severity::Info
    }

    fn run(&self, ctx: &CheckContext, settings: &CheckSettings, out: &mut Vec<Finding>) {
        for (pair, flipped) in ctx.directed_pairs() {
            let (one, many) = if flipped {
                (pair.b, pair.a)
            } else {
                (pair.a, pair.b)
            };
            let (d1, d2) = (&ctx.docs[one.document], &ctx.docs[many.document]);
            let (t1, t2) = (
                d1.sentence_text(one.sentence),
                d2.sentence_text(many.sentence),
            );
            let w1 = word_spans(t1);
            let w2 = word_spans(t2);
            let f1: Vec<String> = w1.iter().map(|(_, w)| fold_word(w)).collect();
            let f2: Vec<String> = w2.iter().map(|(_, w)| fold_word(w)).collect();
            for (j, plural) in f2.iter().enumerate() {
                let singulars = singular_of(plural);
                if singulars.is_empty() || f1.contains(plural) {
                    continue;
                }
                // The singular, after a singular marker, in the other sentence.
                let Some((i, marker)) = f1.iter().enumerate().find_map(|(i, w)| {
                    if !singulars.contains(w) {
                        return None;
                    }
                    (1..=MAX_GAP.min(i))
                        .map(|gap| i - gap)
                        .find(|&m| SINGULAR_MARKERS.contains(&f1[m].as_str()))
                        .filter(|&m| {
                            // "the number one single": a rank, not a count
                            let rank = f1[m] == "one"
                                && m > 0
                                && matches!(f1[m - 1].as_str(), "number" | "no");
                            !rank
                                && !marker_counts_something_else(&f1[m + 1..i])
                                && heads_phrase(t1, &w1, &f1, i)
                                && !generic_singular(t1, &w1, &f1, m, i)
                        })
                        .map(|m| (i, m))
                }) else {
                    continue;
                };
                // A span of time ("for a year" vs "in three years", "an hour" vs "two
                // hours") is a duration: figure-mismatch compares those.
                if TIME_UNITS.contains(&f1[i].as_str()) {
                    continue;
                }
                // The plural must not also appear in the singular sentence, nor the singular in
                // the plural one; a singular said twice or more tells of several, one by one
                // ("a fire at a warehouse and a fire at a school" vs "fires").
                if f2.contains(&f1[i]) || f1.iter().filter(|w| **w == f1[i]).count() > 1 {
                    continue;
                }
                // A number before the plural that the singular sentence also has counts the
                // same things there ("two U.S. and one Yemeni passports" vs "two American and
                // one Yemeni passport").
                if (1..=MAX_GAP.min(j)).any(|k| {
                    let w = &f2[j - k];
                    (NUMBER_WORDS.contains(&w.as_str()) || w.bytes().all(|c| c.is_ascii_digit()))
                        && f1.contains(w)
                }) {
                    continue;
                }
                let base1 = d1.sentences[one.sentence].start;
                let base2 = d2.sentences[many.sentence].start;
                let (s1, e1) = (base1 + w1[marker].0, base1 + w1[i].0 + w1[i].1.len());
                // Include a preceding number or determiner on the plural side.
                let from = if j > 0 {
                    let prev = fold_word(w2[j - 1].1);
                    if prev.chars().all(|c| c.is_ascii_digit())
                        || NUMBER_WORDS.contains(&prev.as_str())
                    {
                        j - 1
                    } else {
                        j
                    }
                } else {
                    j
                };
                // Without a count on either side ("a rebel leader" vs "rebel leaders"), the
                // singular may speak of any one of a kind; the count is a fact when the
                // sentences tell of people or things killed, hurt, held or struck.
                // Nor, then, is a place, time or circumstance ("in a foreign country" vs "in
                // foreign countries", "in a battle" vs "following battles"): only who or what
                // took part is counted.
                // A measure ("hit an all-time high" vs "reached record highs") is no one taking
                // part, whatever the verb.
                let counted = from != j || matches!(f1[marker].as_str(), "one" | "single");
                if !counted
                    && (MEASURE_NOUNS.contains(&f1[i].as_str())
                        || !f1
                            .iter()
                            .chain(f2.iter())
                            .any(|w| EVENT_WORDS.contains(&w.as_str()))
                        || after_preposition(&f1, marker)
                        || after_preposition(&f2, from))
                {
                    continue;
                }
                let (s2, e2) = (base2 + w2[from].0, base2 + w2[j].0 + w2[j].1.len());
                let (ev1, ev2) = (
                    Evidence::new(d1, one.document, one.sentence, s1, e1),
                    Evidence::new(d2, many.document, many.sentence, s2, e2),
                );
                let (singular, plural) = (
                    &t1[w1[marker].0..w1[i].0 + w1[i].1.len()],
                    &t2[w2[from].0..w2[j].0 + w2[j].1.len()],
                );
                // Evidence and message follow the pair's order (first document first).
                let (evidence, message) = if flipped {
                    (
                        vec![ev2, ev1],
                        format!("one or several? \"{plural}\" vs \"{singular}\""),
                    )
                } else {
                    (
                        vec![ev1, ev2],
                        format!("one or several? \"{singular}\" vs \"{plural}\""),
                    )
                };
                out.push(Finding {
                    check: self.id().into(),
                    category: self.category(),
                    severity: settings.severity,
                    message,
                    evidence,
                    suggestion: None,
                });
                break;
            }
        }
    }
}
