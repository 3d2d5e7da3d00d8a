//! figure-mismatch: aligned sentences state the same kind of quantity with values that
//! cannot both be true.
//!
//! Files, in the order an aligned pair is compared:
//! - `mod.rs` (here): the check's documentation, and the pair's steps in order;
//! - `options.rs`: the check's options (`[checks.figure-mismatch]`);
//! - `durations.rs`: durations in days, and sentences measured over different spans of time;
//! - `comparable.rs`: the figures as compared (nouns and units borrowed from the other side);
//! - `pairs.rs`: the two sentences' figures (`AlignedFigures`), different quantities, tallies;
//! - `with_units.rs`, `bare.rs`: the stages for figures with a unit and without one;
//! - `counts.rs`: one count against another under different nouns;
//! - `outcomes.rs`: counts of one outcome (deaths, injuries, arrests) under any wording;
//! - `matching.rs`: figures the other sentence states, and pairs the words around them make;
//! - `agreement.rs`: whether two figures can both be true;
//! - `quantities.rs`: parts, totals, shares of different wholes, contrasting words;
//! - `conversions.rs`: amounts converted into another currency;
//! - `finding.rs`, `running_totals.rs`, `moving.rs`: the finding's message and severity;
//! - `rosters.rs`: line-ups and cast lists, whose numbers are labels, not claims;
//! - `measures.rs`: hyphenated measures of a subject, across the whole cluster;
//! - `neighbours.rs`: the words next to a figure; `words.rs`: one two-word table (its
//!   word lists are in `crate::lexicon`).

mod agreement;
mod bare;
mod comparable;
mod conversions;
mod counts;
mod draft_figures;
mod durations;
mod finding;
mod matching;
mod measures;
mod moving;
mod neighbours;
mod options;
mod outcomes;
mod pairs;
mod quantities;
mod reversed;
mod rosters;
mod running_totals;
mod with_units;
mod words;

use std::collections::BTreeSet;

use self::comparable::comparable_figures;
use self::conversions::{Conversions, compare_conversions};
use self::counts::sole_counts;
use self::durations::over_different_spans;
use self::outcomes::outcome_counts;
use self::pairs::{AlignedFigures, SentenceFigures, figures};
use super::shared::facts::{SAME_FRAME, frame_similarity};
use super::shared::holders::Holders;
use super::{Check, CheckContext, CheckDoc, OptionsType};
use crate::align::AlignedPair;
use crate::extract::Figure;
use crate::findings::{Category, Finding, Severity};

pub use self::finding::format_value;
pub use self::options::FigureOptions;

pub struct FigureMismatch;

static DOC: CheckDoc = CheckDoc {
    summary: "Aligned sentences give different figures for the same quantity.",
    what_it_flags: "Aligned sentences whose figures of one unit (years, people, dollars...) cannot \
both be true once hedges apply (\"nearly six\" covers 5.4 to 6). Ranges and tallies match end by \
end; durations compare across units; hyphenated measures (\"a six-year war\") across the cluster.",
    why_it_matters: "A casualty count, an amount or a duration that differs between outlets means at \
least one of them is wrong or out of date; readers quote figures.",
    example: "\"the five-year conflict\" vs \"the nearly six-year war\": 5 years vs 5.4-6 years.",
    options: "severity; min_score (default 0.35: aligned sentences scoring below it are compared only when \
they also state one same figure or date, or a figure of one unit next to one same word, \
in sentences that share a name and do not date it apart: \"will pay him $10 million to take over\" vs \"will pay Freedom \
$15 million to take over\"); relative_tolerance (e.g. 0.05 lets 5 % through); absolute_tolerance; \
subjects (groups of nouns that name the same thing, for hyphenated measures compared across the \
whole cluster: [[\"war\", \"conflict\"]]); contrasts (groups of words that set apart different \
things of one kind: [[\"private\", \"public\"], [\"men\", \"women\"]]); running_totals (words of counts \
that grow as news comes in: \"killed\", \"injured\", \"arrested\"; when both figures count, each with \
one of these words within four words, both articles carry a publication date and the one published \
later gives the higher count, the message says it may be an updated toll: [] turns this off) and \
update_severity (the severity of such a finding, default warning); moving_severity (at most \
this severe when a figure measures something that moves, \"jumped 6%\", \"in second place\", and \
the sentences share no date or other figure: perhaps two moments; default warning); \
holders_severity (at most this severe when each figure belongs to a different name and neither \
sentence names the other's: perhaps two subjects; default info).",
    tuning: "Tolerances let rounded figures agree; `contrasts` keep kinds apart.",
    details: &[
        "Two sentences from different articles that report the same fact (they are aligned) and \
state the same number of figures of one unit or measure (years, people, dollars, percent...), \
paired in order, when exactly one pair cannot both be true: their intervals do not overlap once \
hedges are applied: \"nearly six\" covers 5.4 to 6, \"over 400,000\" covers 400,000 to 600,000, \
\"hundreds of thousands\" covers 200,000 to 999,999, \"20 or more\" covers 20 and up; when both \
sides use the same kind of hedge (\"more than 2,000\" vs \"over 3,000\") the values themselves are \
compared, and two ranges written in figures (\"8-10 percent\" vs \"8-15 percent\", \"between three \
and 11 times\" vs \"between three and 16 times\") must match at both ends, as must two tallies of \
a vote or a score, in either order (\"ruled 5-4\" vs \"a 4-6 ruling\"; two counts written high to \
low are a tally: \"up 7-4\"), or a tally and its two counts written out (\"a 9-5 majority\" vs \"9 \
independents and 4 conservatives\").",
        "An amount converted in brackets (\"$11bn (£5.7bn)\", \"A$458m ($357m; £191m)\") is the \
amount it converts: two conversions of amounts that disagree are left to the amounts' own finding, \
and two conversions of one amount differ only when they are more than a factor of 1.25 apart, \
wider than exchange rates move between outlets (\"$11bn (£5.7bn)\" vs \"$11bn (£5.8bn)\" agree; \
\"$1.8 billion (£940 million)\" vs \"(£94 million)\" is reported as converted differently); a \
hedged amount's conversion is hedged too.",
        "\"About\" covers a fifth either side, but a figure written with decimals was rounded \
there: \"about 4.9 million\" covers one unit of its last decimal or 5 %, whichever is wider (4.655 \
to 5.145 million, so \"4.2 million\" disagrees and \"£1.3bn\" agrees with \"about £1.35bn\"). \
\"Between 42,000 and 15,000\" is a range with an end slipped, compared end by end; written high \
end first, it is also a finding of its own in its article (at warning at most), whatever the \
other articles say.",
        "Sentences dated apart (\"on Thursday\" vs \"on Tuesday\") state figures of two moments \
and are not compared, unless each states one figure and one day and they are otherwise the same \
sentence (80 % of their other words in order): \"On Wednesday, 120 dock workers walked out\" vs \
\"On Tuesday, 150 dock workers walked out\" gives this finding beside date-mismatch's.",
        "Each figure belongs to a name: one right after it past at most two lower-case words \
(\"100m champion Kim Collins\"), or the nearest before it in its clause (\"Sprinter Michelle \
Collins has received an eight-year ban\"). When the two figures belong to two different names \
and neither sentence names the other's, they are more likely two subjects' figures than one fact \
told two ways: the finding says so and is at most `holders_severity`. Not in a gate run: a draft \
restates its sources, so a figure it gives another name is a change. Durations in different \
units more than a hundredfold apart (\"a time of three minutes\" vs \"held for eight years\") \
are different spans, not compared.",
        "A count next to a word of an outcome (`counted_outcomes` in the lexicon: killed, dead, \
death toll, fatalities; injured, wounded; arrested) counts that outcome whatever its noun: two \
aligned sentences that each give one count of one outcome are compared (\"killing 31 people\" vs \
\"the death toll has reached 13\"), unless the counts of one sentence add up to the other's \
(\"killing two officials and at least five other people\" vs \"killing seven people\").",
        "A figure that its partner in order states exactly does not excuse another pair (\"$12 \
million ... $5 million\" vs \"$12 million ... $12 million\").",
        "When the two sentences state different numbers of figures of a unit, a figure is compared \
with the one figure of the other sentence that shares a content word next to it (or two or more, \
more than any other figure does) (\"165 years to orbit\" vs \"248 years to orbit\").",
        "Figures without a unit compare the same way, by the words next to them: a figure whose \
words pair it with one figure of the other sentence (\"over 560 injured\" and \"over 460 \
injured\") is compared with that one alone, and every such pair that disagrees is flagged unless \
one value is stated elsewhere in the other sentence; the rest leave out any value the other \
sentence also states; the one such figure left in each sentence, both approximate (\"about 130,000 \
U.S. troops\" vs \"roughly 195,000 US soldiers\") or both a ceiling (\"fewer than 10\" vs \"fewer \
than 15\"), pairs even without such a word, and a scaled amount left without a unit pairs with the \
one amount of money left in the other sentence (\"a 26 million pre-tax profit\" vs \"a profit of \
39 million pounds\"); a level reached from the same figure pairs with the other (\"from 29.4 to \
32.6\" vs \"to 48.9 from 29.4\"); and when the two sentences state one same figure, the one figure \
without a unit left in each, both in digits and within a factor of three, pairs too (\"a gain of \
3.12 points at 1,482.56\" vs \"up 3.12 at 1,248.56\").",
        "When, those set aside, each sentence has one figure left (measures, money and shares \
aside) and both count something under different nouns (\"arrested 38 people\" vs \"made 57 \
arrests\", \"112 people\" vs \"168 dead\"), they are compared too; \"one\" written as a word counts \
nothing under another noun (\"one side of the park\" is not a count of visitors).",
        "In a gate run (`check DRAFT --against SOURCES`) a draft figure with a unit that no \
finding reports and no source states (its value under any unit) is also compared with each \
source sentence that states a figure of that unit next to one same word (besides the unit), \
or of a unit the sources give one value of (not a percentage: then a warning at most), \
when the draft sentence carries at least 40 % of that source sentence's content words and \
three of them: a summary packs several source sentences into one, and the aligner links it with \
one or two. The pair is compared as an aligned pair, with every rule above.",
        "A figure without a unit counts the noun the other sentence counts when that noun follows \
it with a capital or after a capitalised word (\"2,300 marines\" vs \"3,450 Marines\", \"39 \
counties\" vs \"58 Missouri counties\"), and the unit of the other sentence's figures when it \
states as many of them, one with the same value (\"142 mg/dL ... 129 mg/dL\" vs \"142 ... 194\"), \
and, with nothing after it, the noun of the other sentence's one counted figure after the same \
participle (\"killing 88\" vs \"killing 59 people\").",
        "A margin of error compares in percent whether written in percent or in percentage points, \
and a whole number is a decimal rounded or cut (\"five\" and \"4.9\", not \"two\" and \"1.3\").",
        "A number that is part of a name (\"Chapter 11\", \"No. 1\", \"Windows 98\", \"C-130\") \
compares exactly, and only with a number of the same name (\"chapter 11 bankruptcy\" vs \"Chapter \
7 bankruptcy\"); when the other sentence names the thing another way (\"version 5.2\" vs \"Palm OS \
5.2\"), it compares as a figure without a unit.",
        "Durations compare across units (three hours = 180 minutes); times of day (\"5:30 a.m.\") \
compare exactly unless a hedge comes before them (\"about 3 p.m.\" covers half an hour either \
side, \"by 3 p.m.\" any time up to it), and only in the same time zone.",
        "Hyphenated measures of a subject (\"a six-year war\") are also compared across the whole \
cluster, not only in aligned sentences, when each outlet states one consistent value for that \
subject.",
        "A figure that counts a part where the other does not (\"the other two unions\", \"the \
remaining 40 seats\") or a total against each one's share (\"90 kilograms combined\" vs \"each \
weighed less than 50 kilograms\") is a different quantity, not a disagreement; so are the figures \
of two sentences that use different words of one `contrasts` group, each word missing from the \
other sentence (\"tuition at private colleges averaged $19,710\" vs \"at public colleges averaged \
$4,694\"), and shares of different wholes: the words after \"of\" share none (\"25 percent of the \
fund\" vs \"41 percent of commuters\"; \"the total\" is any whole) or name different places (\"21 \
percent of Ohio's population\" vs \"30 percent of the population in Utah\"), and the figures of \
two sentences that date what they report apart, every date of one disagreeing with every date of \
the other (\"611 million traded on Thursday\" vs \"1.19 billion on Tuesday\"): date-mismatch \
reports those, or measure over different spans of time, each stating other figures besides (\"33 \
percent over the past 15 months\" vs \"9 percent in the past six weeks\").",
    ],
};

impl Check for FigureMismatch {
    fn id(&self) -> &'static str {
        "figure-mismatch"
    }
    fn category(&self) -> Category {
        Category::Figure
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
        let options: &FigureOptions = &ctx.rules.check(self.id());
        let comparison = Comparison::new(self, ctx, options);
        // (document, start) pairs already reported together.
        let mut reported = Reported::new();
        for pair in &ctx.alignment.pairs {
            comparison.compare_pair(pair, &mut reported, out);
        }
        self.compare_measures(ctx, options, &comparison.holders, &mut reported, out);
        self.reversed_ranges(ctx, options, out);
        if ctx
            .roles
            .contains(&crate::findings::gate::DocumentRole::Draft)
        {
            comparison.compare_draft_figures(&mut reported, out);
        }
    }
}

/// Figure pairs already reported: ((document, start), (document, start)).
type Reported = BTreeSet<((usize, usize), (usize, usize))>;

/// One run of the check over aligned pairs: the rule set's options as the stages read them.
struct Comparison<'a> {
    check: &'a FigureMismatch,
    ctx: &'a CheckContext<'a>,
    options: &'a FigureOptions,
    /// `relative_tolerance`, 0 when unset.
    rel: f64,
    /// `absolute_tolerance`, 0 when unset.
    abs: f64,
    /// `contrasts`, in lower case.
    contrasts: Vec<Vec<String>>,
    /// The names figures belong to.
    holders: Holders<'a>,
}

impl<'a> Comparison<'a> {
    fn new(check: &'a FigureMismatch, ctx: &'a CheckContext, options: &'a FigureOptions) -> Self {
        let rel = options.relative_tolerance.unwrap_or(0.0);
        let abs = options.absolute_tolerance.unwrap_or(0.0);
        let contrasts: Vec<Vec<String>> = options
            .contrasts
            .iter()
            .flatten()
            .map(|group| group.iter().map(|w| w.to_lowercase()).collect())
            .collect();
        Comparison {
            check,
            ctx,
            options,
            rel,
            abs,
            contrasts,
            holders: Holders::new(ctx),
        }
    }

    /// Compares the figures of one aligned pair: figures with a unit, figures without one, a
    /// tally against its counts written out, then one count against another.
    fn compare_pair(&self, pair: &AlignedPair, reported: &mut Reported, out: &mut Vec<Finding>) {
        let (rel, abs) = (self.rel, self.abs);
        let (da, db) = (
            &self.ctx.docs[pair.a.document],
            &self.ctx.docs[pair.b.document],
        );
        // Two moments ("611.45 million exchanged at the same point Thursday" vs "1.19
        // billion on Tuesday"): figures of different days are not one figure stated twice.
        // Unless the two sentences are one frame in which only one day and one figure
        // changed ("On Wednesday, 120 dock workers walked out" vs "On Tuesday, 150 dock
        // workers walked out"): then the day and the count are two disagreements. Several
        // figures that all move with the day are a snapshot of another moment.
        let (own_a, own_b) = (
            figures(da.facts(pair.a.sentence)),
            figures(db.facts(pair.b.sentence)),
        );
        let sentences = ((da, pair.a.sentence), (db, pair.b.sentence));
        if super::date_mismatch::dated_apart(sentences.0, sentences.1)
            && !(own_a.len() == 1
                && own_b.len() == 1
                && super::date_mismatch::dates_name_days(sentences.0, sentences.1)
                && frame_similarity(self.ctx.docs, pair) >= SAME_FRAME)
        {
            return;
        }
        // A line-up or a cast list states no claim: its numbers are labels. (Read only when
        // both sentences state a figure: most aligned pairs do not.)
        if own_a.is_empty()
            || own_b.is_empty()
            || rosters::is_roster(da.sentence_text(pair.a.sentence))
            || rosters::is_roster(db.sentence_text(pair.b.sentence))
        {
            return;
        }
        let (text_a, text_b) = (da.article.text.as_str(), db.article.text.as_str());
        if over_different_spans((text_a, &own_a), (text_b, &own_b), rel, abs) {
            return;
        }
        let (named_a, named_b) = comparable_figures((text_a, &own_a), (text_b, &own_b));
        let fa: Vec<&Figure> = named_a.iter().collect();
        let fb: Vec<&Figure> = named_b.iter().collect();
        let compared = AlignedFigures {
            a: SentenceFigures::new(da, pair.a.sentence, &fa),
            b: SentenceFigures::new(db, pair.b.sentence, &fb),
            rel,
            abs,
        };
        let own = (own_a.as_slice(), own_b.as_slice());
        let mut flag = |a: &Figure, b: &Figure, what: &str| {
            self.flag(&compared, own, pair, (a, b, what), reported, out);
        };
        for (a, b) in compared.unit_disagreements() {
            flag(a, b, "figures disagree");
        }
        for (a, b) in compared.bare_disagreements() {
            flag(a, b, "figures disagree");
        }
        if let Some((a, b)) = compared.tally_disagreement() {
            flag(a, b, "figures disagree");
        }
        if let Some((a, b)) = sole_counts(
            (da, pair.a.sentence, &fa),
            (db, pair.b.sentence, &fb),
            rel,
            abs,
        ) {
            flag(a, b, "counts disagree");
        }
        for (a, b) in outcome_counts(
            (da, pair.a.sentence, &fa),
            (db, pair.b.sentence, &fb),
            rel,
            abs,
        ) {
            flag(a, b, "counts disagree");
        }
    }

    /// Reports figure `a` against figure `b` (`what` disagrees), unless they are different
    /// quantities, conversions that agree as conversions, or a pair reported already. `own`:
    /// every figure of each sentence, as extracted.
    fn flag(
        &self,
        compared: &AlignedFigures,
        (own_a, own_b): (&[&Figure], &[&Figure]),
        pair: &AlignedPair,
        (a, b, what): (&Figure, &Figure, &str),
        reported: &mut Reported,
        out: &mut Vec<Finding>,
    ) {
        if compared.different_quantities(a, b, &self.contrasts) {
            return;
        }
        let converted = match compare_conversions(
            (compared.a.text, own_a, a),
            (compared.b.text, own_b, b),
            self.rel,
            self.abs,
        ) {
            Conversions::Excused => return,
            Conversions::Neither => None,
            Conversions::Apart(message) => Some(message),
        };
        let what = converted.as_deref().unwrap_or(what);
        if reported.insert(((pair.a.document, a.start), (pair.b.document, b.start))) {
            let (da, db) = (
                &self.ctx.docs[pair.a.document],
                &self.ctx.docs[pair.b.document],
            );
            out.push(self.check.finding(
                self.options,
                &self.holders,
                (da, pair.a.document, pair.a.sentence, a),
                (db, pair.b.document, pair.b.sentence, b),
                what,
            ));
        }
    }
}

#[cfg(test)]
mod tests;
