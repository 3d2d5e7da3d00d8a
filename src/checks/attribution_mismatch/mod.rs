//! attribution-mismatch: the same words, or the same report, given to different sources.
//!
//! Files, in the order an aligned pair is compared:
//! - `mod.rs` (here): the check's documentation, and the pair's steps in order;
//! - `options.rs`: the check's options (`[checks.attribution-mismatch]`);
//! - `pairs.rs`: quotes against quotes, quotes against reported speech, reported speech
//!   against reported speech;
//! - `content.rs`: whether two passages are the same words, and what a report claims;
//! - `same_source.rs`: whether two differently named speakers may still be one source;
//! - `speakers.rs`, `organisations.rs`, `case_index.rs`: what that reads of the speakers.
//!
//! Its word lists are in `crate::lexicon`.

mod case_index;
mod content;
mod options;
mod organisations;
mod pairs;
mod same_source;
mod speakers;

use std::cell::OnceCell;

use self::case_index::CaseIndex;
pub use self::options::AttributionOptions;
use self::speakers::{speaker_pronoun, speaker_span};
use super::shared::facts;
use super::shared::spelling::Spellings;
use super::{Check, CheckContext, CheckDoc, OptionsType};
use crate::align::AlignedPair;
use crate::extract::{NameFolding, Quote, name_folding};
use crate::findings::{Category, Evidence, Finding, Severity};

pub struct AttributionMismatch;

static DOC: CheckDoc = CheckDoc {
    summary: "The same quote or report is attributed to different speakers or sources.",
    what_it_flags: "The same quote (identical, truncated or nearly so) given to different speakers in aligned \
sentences of different articles (\"Carter said\" vs \"Kerry said\"), and the same reported speech \
without quotation marks given to different sources (\"Anadolu reported\" vs \"Tass reported\"). \
Only named speakers are compared; one person written two ways (with a role, a middle initial, as \
an acronym) is one speaker, and an outlet relaying a person's words is no misattribution.",
    why_it_matters: "Putting words in the wrong mouth is among the most damaging errors a story can carry; \
it is also a common copy-paste slip when several officials spoke.",
    example: "\"The fire started in a storage unit,\" Reyes said. vs \"The fire started in a storage \
unit,\" Fire Chief Maria Delgado said.",
    options: "severity; min_similarity (alignment score two sentences of reported speech must \
reach to compare their speakers; default 0.3, the alignment threshold); unsure_severity (the \
most severe a finding may be when the two may be one source: a speaker given by a pronoun \
resolved from the sentences before, \"he said\", or a person against an organisation they may \
speak for, \"Tory leader Michael Howard\" vs \"the Tories\"; default info); reworded_severity \
(default warning: the most severe a finding may be when the two sentences differ beyond their \
speakers, less than 80 % of their other words in order, perhaps two statements on one topic).",
    tuning: "Raise `min_similarity` to compare the speakers of reported speech only in closer \
sentences. Two names of one source that the check does not join (a body and its nickname) go in \
one `[equivalences]` `aliases` group.",
    details: &[
        "Two quoted passages in aligned sentences of different articles that are the same quote \
(identical, truncated, or nearly so, with at least half of the shorter one's content words in \
common, and two of them when it has two or more: a name such as \"the Clean Air Act\" and function \
words are not enough) but whose speakers differ (\"Carter said\" vs \"Kerry said\"; a surname and \
the full name count as the same person).",
        "Also reported speech without quotation marks (\"Tunick said the crowd ...\" vs \"Moreau \
said the crowd ...\", \"Anadolu reported\" vs \"Tass reported\", \"according to X\") when the \
aligned sentences are near-identical otherwise and the two reported clauses share at least two in \
five of the shorter one's content words, and two of them (two statements on one topic are two \
statements; a clause that quotes a few of its words, \"said authorities were 'making progress' in \
the case\", is a report too); a quote in one outlet against the same words reported without \
quotation marks in the other; and a quote of a word or two (\"tight\") that is word for word the \
same in such sentences (a phrase quoted in the narrator's own sentence, the scare quotes of \
\"allies in the 'war on terror'\", takes no speaker from the sentence next to it).",
        "Speakers written with and without a middle initial, a role or a short first name, a \
letter apart (name-spelling's finding) or as an acronym (\"the SEC\") are the same speaker, and a \
person given a role in the other outlet's source (\"Coastline spokeswoman Ada Finch\" for \
\"Coastline Ferries\", \"NRB President Helga Sund\" for \"the Northern Reserve Bank\") speaks for \
it, as does a member whose title names the body in any case (\"senior law lord Lord Bingham\" for \
\"the Law Lords\").",
        "A news outlet that relays a person's words (\"the Harbor News reported\", a name holding \
News, Times, Post, Reuters...) or one of the cluster's own outlets against that person is not a \
misattribution; two outlets still compare. Reported statements whose figures of one unit all \
disagree are left to figure-mismatch.",
        "An intention, a request or a statement still to be made is no report of what someone said \
(\"Virgin wants to operate\", \"asked Fluor to produce\", \"declined to comment\", \"the SEC could \
announce\").",
        "Only named speakers are compared: a pronoun or a description (\"he\", \"the company\", \
\"the Connecticut Democrat\") may be either person, and two pronouns (\"he said\" vs \"she said\", \
\"Reid, who said\") that each outlet's context resolved to a different name are two guesses, not \
compared; nor is a pronoun whose article names the other outlet's speaker in its sentence or the \
three before it (\"he\" may be that person).",
        "A common word that opens a sentence (\"Critics say\", \"Surveys show\": the articles \
write it in lower case elsewhere, never with a capital inside a sentence) describes a source, it \
names none.",
    ],
};

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

    fn options(&self) -> &'static OptionsType {
        &options::OPTIONS
    }

    fn run(&self, ctx: &CheckContext, out: &mut Vec<Finding>) {
        let options: &AttributionOptions = &ctx.rules.check(self.id());
        let comparison = Comparison::new(self, ctx, options);
        for pair in &ctx.alignment.pairs {
            // Speaker spans already reported for this pair: a quote and the clause around it
            // given to the same two speakers are one misattribution.
            let mut reported: Reported = Vec::new();
            let strong_pair = pair.score >= comparison.min_report_score;
            comparison.compare_quotes(pair, strong_pair, &mut reported, out);
            if !strong_pair {
                continue;
            }
            comparison.compare_quote_and_report(pair, &mut reported, out);
            comparison.compare_reports(pair, &mut reported, out);
        }
    }
}

/// Speaker spans of a pair already reported: ((start, end) in one, (start, end) in the other).
type Reported = Vec<((usize, usize), (usize, usize))>;

/// One run of the check: what it reads of the rule set and of the cluster as a whole.
struct Comparison<'a> {
    check: &'a AttributionMismatch,
    ctx: &'a CheckContext<'a>,
    options: &'a AttributionOptions,
    spellings: Spellings,
    folding: NameFolding,
    /// `min_similarity`: the alignment score two sentences of reported speech must reach.
    min_report_score: f64,
    /// The cluster's own outlets, in lower case: news outlets too.
    outlets: Vec<String>,
    /// How the cluster writes each word, built when a finding first needs it.
    case_index: OnceCell<CaseIndex>,
}

impl<'a> Comparison<'a> {
    fn new(
        check: &'a AttributionMismatch,
        ctx: &'a CheckContext,
        options: &'a AttributionOptions,
    ) -> Self {
        let spellings = Spellings::new(&ctx.rules.equivalences);
        let folding = name_folding(&ctx.rules.equivalences);
        let min_report_score = options.min_similarity.unwrap_or(0.3);
        // The cluster's own outlets are news outlets too.
        let outlets: Vec<String> = ctx
            .docs
            .iter()
            .filter_map(|d| d.article.outlet.as_deref())
            .map(str::to_lowercase)
            .collect();
        Comparison {
            check,
            ctx,
            options,
            spellings,
            folding,
            min_report_score,
            outlets,
            case_index: OnceCell::new(),
        }
    }

    /// Reports quote or statement `qa` (of `pair.a`) against `qb` (of `pair.b`), given to
    /// different speakers, unless the two speakers may be one source or the pair's speakers
    /// were reported already.
    fn report(
        &self,
        pair: &AlignedPair,
        (qa, qb, what): (&Quote, &Quote, &str),
        reported: &mut Reported,
        out: &mut Vec<Finding>,
    ) {
        let (Some(sa), Some(sb)) = (&qa.speaker, &qb.speaker) else {
            return;
        };
        if !self.may_be_misattributed(pair, (qa, sa), (qb, sb)) {
            return;
        }
        let spans = (speaker_span(qa), speaker_span(qb));
        if reported.contains(&spans) {
            return;
        }
        reported.push(spans);
        let ((a0, a1), (b0, b1)) = spans;
        let (da, db) = (
            &self.ctx.docs[pair.a.document],
            &self.ctx.docs[pair.b.document],
        );
        // "he said", resolved to a name from the sentences before: a guess at who spoke.
        let pronoun =
            speaker_pronoun(&da.article.text, qa).or_else(|| speaker_pronoun(&db.article.text, qb));
        let mut message = format!("the same {what} is attributed to {sa} and to {sb}");
        let unsure = if let Some(p) = pronoun {
            message.push_str(&format!(
                "; \"{p}\" is read from the sentences before it, perhaps the same speaker"
            ));
            true
        } else if self.person_against_organisation(pair, (qa, sa), (qb, sb)) {
            message.push_str("; a person and an organisation, perhaps its speaker");
            true
        } else {
            false
        };
        let mut severity = self.options.severity;
        if unsure {
            severity = severity.min(self.options.unsure_severity.unwrap_or(Severity::Info));
        } else if facts::frame_similarity_beside(
            self.ctx.docs,
            pair,
            (Some(spans.0), Some(spans.1)),
        ) < facts::SAME_FRAME
        {
            // Two sentences told in other words: two speakers on one topic more often than
            // one statement given to the wrong one.
            message
                .push_str("; the sentences differ beyond their speakers, perhaps two statements");
            severity = severity.min(self.options.reworded_severity.unwrap_or(Severity::Warning));
        }
        out.push(Finding {
            confidence: crate::findings::UNRATED,
            check: self.check.id().into(),
            category: self.check.category(),
            severity,
            message,
            evidence: vec![
                Evidence::new(da, pair.a.document, pair.a.sentence, a0, a1),
                Evidence::new(db, pair.b.document, pair.b.sentence, b0, b1),
            ],
            suggestion: Some(format!("check who said it: {sa} or {sb}")),
        });
    }
}

#[cfg(test)]
mod tests;
