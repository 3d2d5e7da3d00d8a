//! count-mismatch: one outlet says "a rebel leader", the other "rebel leaders".
//!
//! Files, in the order an aligned pair is compared:
//! - `mod.rs` (here): the check's documentation, and the pair's steps in order;
//! - `options.rs`: the check's options (`[checks.count-mismatch]`);
//! - `mismatch.rs`: a plural of one sentence against a singular of the other;
//! - `phrases.rs`: how a singular noun phrase reads (heads its phrase, generic, a rank...).
//!
//! Its word lists are in `crate::lexicon`.

mod mismatch;
mod options;
mod phrases;

use self::mismatch::{Mismatch, Words, first_mismatch};
pub use self::options::CountOptions;
use super::{Check, CheckContext, CheckDoc, OptionsType};
use crate::align::SentenceRef;
use crate::findings::{Category, Evidence, Finding, Severity};

pub struct CountMismatch;

static DOC: CheckDoc = CheckDoc {
    summary: "Aligned sentences count the same thing as one and as several.",
    what_it_flags: "A noun in the singular after \"a\", \"an\", \"one\" or \"a single\" in one article and in \
the plural in the aligned sentence of another (\"a rebel leader\" vs \"rebel leaders\"; \"one \
firefighter\" vs \"two firefighters\"). A singular that means any one of a kind (a role, a rate, a \
rule, a measure, a span of time) is not a count.",
    why_it_matters: "Whether one person or several were killed, injured or arrested is a fact; \
the plural often slips in when a story is rewritten.",
    example: "\"an Islamist rebel leader dying in a bombing\" vs \"an air strike killed Syrian rebel leaders\".",
    options: "severity (default info: a lower-severity hint to check the count); min_score (default 0.35: \
aligned sentences scoring below it are compared only when they also state one same figure or date, or a figure of one unit next to one same word in \
sentences that share a name and do not date it apart).",
    tuning: "Its findings are info by default: a hint to check the count. Raise `min_score` to compare \
only closer sentences.",
    details: &[
        "A noun written in the singular after \"a\", \"an\", \"one\" or \"a single\" in one \
article and in the plural in the aligned sentence of another (\"a rebel leader\" vs \"rebel \
leaders\"; \"one firefighter\" vs \"two firefighters\"), when neither sentence also uses the other \
form.",
        "A singular that speaks of any one of a kind is not a count: a role or rate (\"as an \
adviser\", \"$9.99 for an album\"), a rule or hypothesis (\"can pardon a law-breaker\", \"a broker \
would sell\", \"rare for a challenge to succeed\"), a present-tense relative clause (\"a landlord \
who raises the rent\"), a measure (\"hit an all-time high\" vs \"record highs\"), a span of time \
(\"for a year\" vs \"in three years\": figure-mismatch compares durations) or a rank (\"the number \
one single\" vs \"singles\"); nor is a plural whose number the singular sentence also gives (\"two \
Canadian and one Irish passport\"), nor a plural against a singular the sentence says twice or \
more, one thing at a time (\"a fire at a warehouse and a fire at a school\" vs \"fires\").",
        "With no number on either side (\"a rebel leader\" vs \"rebel leaders\"), only sentences \
that tell of people or things killed, hurt, held or struck are compared, and only for who or what \
took part: a place, time or circumstance after \"in\", \"on\", \"during\", \"following\"... (\"in \
a battle\" vs \"following battles\") is left out; elsewhere a singular often means any one of a \
kind (\"a choice of schools\" vs \"choices among schools\").",
    ],
};

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

    fn options(&self) -> &'static OptionsType {
        &options::OPTIONS
    }

    fn run(&self, ctx: &CheckContext, out: &mut Vec<Finding>) {
        let options: &CountOptions = &ctx.rules.check(self.id());
        for (pair, flipped) in ctx.directed_pairs() {
            let (one, many) = if flipped {
                (pair.b, pair.a)
            } else {
                (pair.a, pair.b)
            };
            let w1 = Words::new(ctx.docs[one.document].sentence_text(one.sentence));
            let w2 = Words::new(ctx.docs[many.document].sentence_text(many.sentence));
            if let Some(found) = first_mismatch(&w1, &w2) {
                out.push(self.finding(ctx, options, (one, &w1), (many, &w2), &found, flipped));
            }
        }
    }
}

impl CountMismatch {
    /// The finding for a singular of sentence `one` against a plural of sentence `many`;
    /// evidence and message follow the pair's order (`flipped`: `many` comes first).
    fn finding(
        &self,
        ctx: &CheckContext,
        options: &CountOptions,
        (one, w1): (SentenceRef, &Words),
        (many, w2): (SentenceRef, &Words),
        found: &Mismatch,
        flipped: bool,
    ) -> Finding {
        let (d1, d2) = (&ctx.docs[one.document], &ctx.docs[many.document]);
        let (t1, t2) = (w1.text, w2.text);
        let (w1, w2) = (&w1.spans, &w2.spans);
        let (marker, i, j, from) = (found.marker, found.noun, found.plural, found.from);
        let base1 = d1.sentences[one.sentence].start;
        let base2 = d2.sentences[many.sentence].start;
        let (s1, e1) = (base1 + w1[marker].0, base1 + w1[i].0 + w1[i].1.len());
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
        Finding {
            confidence: crate::findings::UNRATED,
            check: self.id().into(),
            category: self.category(),
            severity: options.severity,
            message,
            evidence,
            suggestion: None,
        }
    }
}
