//! date-mismatch: aligned sentences date the same event differently once relative dates are
//! resolved against each article's publication date.
//!
//! Files, in the order an aligned pair is compared:
//! - `mod.rs` (here): the check's documentation, and the pair's steps in order;
//! - `options.rs`: the check's options (`[checks.date-mismatch]`);
//! - `occasions.rs`: sentences left alone (an outlet's own reporting, different occasions)
//!   and dates of a statement rather than an event;
//! - `pairing.rs`: which dates of the two sentences are compared;
//! - `disagreement.rs`: whether two dates disagree, and whether two sentences are dated apart
//!   (`dated_apart`, which figure-mismatch reads).
//!
//! Its word lists are in `crate::lexicon`.

mod disagreement;
mod draft_dates;
mod occasions;
mod options;
mod pairing;

use self::occasions::left_alone;
use self::pairing::disagreeing_events;
use super::shared::holders::{Holders, two_subjects_note};
use super::{Check, CheckContext, CheckDoc, OptionsType};
use crate::align::AlignedPair;
use crate::extract::{DateMention, DateRange, Document};
use crate::findings::{Category, Evidence, Finding, Severity};

pub use self::disagreement::{dated_apart, dates_name_days};
pub use self::options::DateOptions;

pub struct DateMismatch;

static DOC: CheckDoc = CheckDoc {
    summary: "Aligned sentences give different dates for the same event.",
    what_it_flags: "Aligned sentences of different articles whose dates do not overlap once resolved against \
each article's publication date (\"on Monday\" in an article of Friday 9 September 2016 is 5 \
September). Only dates of the same precision compare; the day a statement was made is not compared \
with the day something happened, and each outlet's own reporting (\"could not be reached \
Wednesday\") is left alone.",
    why_it_matters: "A wrong day puts an event before or after what caused it; relative dates copied \
from a wire story into a later article shift silently.",
    example: "\"a fire ... on Wednesday\" vs \"a fire ... on Tuesday\", both published Friday 14 March 2025.",
    options: "severity; tolerance_days (default 0: the days must overlap); min_score (default 0.35: aligned \
sentences scoring below it are compared only when they also state one same figure or date, or a figure of one unit next to one same word in \
sentences that share a name and do not date it apart); holders_severity (default info: at most this \
severe when each date belongs to a different name, as figure-mismatch reads it).",
    tuning: "`tolerance_days = 1` lets dates a day apart agree; raise `min_score` to compare only \
closer sentences. An article without a dateline needs its publication date in `cluster.toml` (or \
`--published`) for \"on Monday\" and \"yesterday\" to resolve.",
    details: &[
        "Two sentences from different articles that report the same fact (they are aligned) and \
each carry one date, when the dates do not overlap once resolved.",
        "A date relative to an event (\"a day before the talks\", \"two weeks after the vote\") \
resolves against the day the cluster's articles date that event to, when they all give one day \
within a few words of the event's name (\"The talks opened on Friday\" in any article): then \
\"a day before the talks\" vs \"on Wednesday\" is compared as Thursday vs Wednesday.",
        "When a sentence carries several, dates compare kind by kind (weekday, day of a month, \
month, year): as many of a kind on both sides pair in order (\"between May and October\" vs \"from \
May to January\") and are flagged when exactly one pair disagrees, or, when several do, the pairs \
whose dates agree with no date of the other sentence and share a neighbouring word (\"by early \
Tuesday\" vs \"landfall early Thursday\"); different numbers pair by the words next to them \
(\"discussed on Thursday\" vs \"discussed on Saturday\"), leaving out dates that agree with one of \
the other sentence.",
        "In a gate run (`check DRAFT --against SOURCES`) a draft date (a day, month or year) \
that no finding reports and no source date overlaps is also compared with each source sentence \
that states a date of the same precision next to one same word, when the draft sentence carries \
at least 40 % of that source sentence's content words and three of them (\"first held in \
1992\" in a summary vs \"The festival was first held in 1990\"), as an aligned pair would be. \
A source's dateline dates the story its headline tells: a draft date more than 31 days from it, \
in a sentence that retells the headline, is a finding, and so is any other day in a draft that \
gives the date of the article itself (\"a news article from February 15\", \"a report dated \
...\": `publication_cues` in the lexicon).",
        "Dates are resolved against each article's publication date (\"on Monday\" in an article \
of Friday 9 September 2016 is 5 September).",
        "Only dates of the same precision compare (a day with a day, a month with a month: \"in \
February\" and \"February 27\" are not compared, nor \"June\" and \"1999\"); \"today\", \
\"yesterday\" and \"last night\" may be a day off (they depend on the hour an article went out); \
the same words in two articles of the same day are never a disagreement; the same weekday name \
with and without \"last\" or \"next\" is not compared (writers disagree on which week \"last \
Thursday\" means); a day or month written without a year (\"Sept. 30\") is read in the other \
date's year.",
        "When neither date can be resolved (no publication date), two different weekday names, \
months, or days of a month are still flagged; when only one can (\"earlier in the day\" in an \
article of Friday 9 September 2016 against \"on Monday\" in an article with no date), the day it \
resolves to is compared with the weekday named (a day's slack after \"today\" or \"yesterday\").",
        "A sentence about the outlet's own reporting (\"could not be reached for comment \
Wednesday\", \"did not return calls\") is left alone: each outlet dates its own attempt. \
\"Declined to comment\" is the source's act and is compared.",
        "Sentences that tell of different occasions of a repeated event (\"for the second time \
Tuesday\" vs \"for the first time Monday\") are not compared, nor the day a statement was made (a \
verb of saying right before or after the date, or after a date that opens the sentence, or with \
only where or to whom in between: \"said on Thursday\", \"Roe on Friday announced\", \"Monday, the \
ministry said\", \"told a news briefing Thursday\") with the day something happened (\"the storm \
damaged the pier on Tuesday\"): two statements' days still compare, and a statement still to come \
(\"will be announced June 8\") is an event.",
    ],
};

impl Check for DateMismatch {
    fn id(&self) -> &'static str {
        "date-mismatch"
    }
    fn category(&self) -> Category {
        Category::Date
    }
    fn doc(&self) -> &'static CheckDoc {
        &DOC
    }
    fn default_severity(&self) -> Severity {
        Severity::Warning
    }

    fn options(&self) -> &'static OptionsType {
        &options::OPTIONS
    }

    fn run(&self, ctx: &CheckContext, out: &mut Vec<Finding>) {
        let options: &DateOptions = &ctx.rules.check(self.id());
        let tolerance = chrono::Duration::days(options.tolerance_days.unwrap_or(0).max(0));
        let holders = Holders::new(ctx);
        for pair in &ctx.alignment.pairs {
            let (da, db) = (&ctx.docs[pair.a.document], &ctx.docs[pair.b.document]);
            let (sa, sb) = (pair.a.sentence, pair.b.sentence);
            if left_alone(da.sentence_text(sa), db.sentence_text(sb)) {
                continue;
            }
            for (a, b) in disagreeing_events((da, sa), (db, sb), tolerance) {
                out.push(self.finding(options, &holders, pair, (da, a), (db, b)));
            }
        }
        if ctx
            .roles
            .contains(&crate::findings::gate::DocumentRole::Draft)
        {
            self.compare_draft_dates(ctx, options, tolerance, out);
        }
    }
}

impl DateMismatch {
    /// The finding for date `a` against date `b` of aligned pair `pair`. Two dates of two
    /// different names ("went on sale in Japan on Sunday" vs "goes on sale in the US on
    /// Thursday"), neither named in the other sentence, are at most `holders_severity`.
    fn finding(
        &self,
        options: &DateOptions,
        holders: &Holders,
        pair: &AlignedPair,
        (da, a): (&Document, &DateMention),
        (db, b): (&Document, &DateMention),
    ) -> Finding {
        let (ia, sa, ib, sb) = (
            pair.a.document,
            pair.a.sentence,
            pair.b.document,
            pair.b.sentence,
        );
        let mut finding = self.finding_at(options, (da, ia, sa, a), (db, ib, sb, b));
        if let Some(names) = holders.different(
            (da, ia, sa, (a.start, a.end)),
            (db, ib, sb, (b.start, b.end)),
        ) {
            finding.message.push_str(&two_subjects_note("dates", names));
            finding.severity = finding
                .severity
                .min(options.holders_severity.unwrap_or(Severity::Info));
        }
        finding
    }

    /// The finding for date `a` against date `b`, each with its document, document index and
    /// sentence.
    fn finding_at(
        &self,
        options: &DateOptions,
        (da, ia, sa, a): (&Document, usize, usize, &DateMention),
        (db, ib, sb, b): (&Document, usize, usize, &DateMention),
    ) -> Finding {
        Finding {
            confidence: crate::findings::UNRATED,
            check: self.id().into(),
            category: self.category(),
            severity: options.severity,
            message: format!("dates disagree: {} vs {}", describe(a), describe(b)),
            evidence: vec![
                Evidence::new(da, ia, sa, a.start, a.end),
                Evidence::new(db, ib, sb, b.start, b.end),
            ],
            suggestion: None,
        }
    }
}

/// A date as written, with the period it resolves to.
fn describe(d: &DateMention) -> String {
    match d.resolved {
        Some(DateRange { from, to }) if from == to => format!("\"{}\" ({from})", d.text),
        Some(DateRange { from, to }) => format!("\"{}\" ({from} to {to})", d.text),
        None => format!("\"{}\"", d.text),
    }
}
