//! figure-mismatch: aligned sentences state the same kind of quantity with values that
//! cannot both be true.

use std::collections::{BTreeMap, BTreeSet};

use super::shared::anchors::{anchor_words, pair_by_anchors};
use super::{Check, CheckContext, CheckDoc};
use crate::config::CheckSettings;
use crate::extract::Document;
use crate::extract::number::round_to_significant;
use crate::extract::{Fact, Figure};
use crate::findings::{Category, Evidence, Finding, Severity};
use crate::segment::SentenceRole;

pub struct FigureMismatch;

static DOC: CheckDoc = CheckDoc {
    summary: "Aligned sentences give different figures for the same quantity.",
    what_it_flags: "Two sentences from different articles that report the same fact (they are aligned) \
and state the same number of figures of one unit or measure (years, people, dollars, percent...), \
paired in order, when exactly one pair cannot both be true: their intervals do not overlap once hedges are applied: \"nearly six\" covers \
5.4 to 6, \"over 400,000\" covers 400,000 to 600,000, \"hundreds of thousands\" covers 200,000 to 999,999, \"20 or more\" covers 20 and up; when both sides use the same kind of hedge (\"more \
than 2,000\" vs \"over 3,000\") the values themselves are compared, and two ranges written in figures \
(\"8-10 percent\" vs \"8-15 percent\", \"between three and 11 times\" vs \"between three and 16 \
times\") must match at both ends, as must two tallies of a vote or a score, in either order (\"ruled \
5-4\" vs \"a 4-6 ruling\"; two counts written high to low are a tally: \"up 7-4\"), or a tally and its two \
counts written out (\"a 9-5 majority\" vs \"9 independents and 4 conservatives\"). An amount converted in brackets (\"$11bn \
(£5.7bn)\", \"A$458m ($357m; £191m)\") is the amount it converts: two conversions of amounts that \
disagree are left to the amounts' own finding, and two conversions of one amount differ only when \
they are more than a factor of 1.25 apart, wider than exchange rates move between outlets (\"$11bn \
(£5.7bn)\" vs \"$11bn (£5.8bn)\" agree; \"$1.8 billion (£940 million)\" vs \"(£94 million)\" is \
reported as converted differently); a hedged amount's conversion is hedged too. A figure that its \
partner in order states exactly does not excuse another pair (\"$12 million ... $5 million\" vs \
\"$12 million ... $12 million\"). When the two sentences state different \
numbers of figures of a unit, a figure is compared with the one figure of the other sentence that \
shares a content word next to it (or two or more, more than any other figure does) (\"165 years to orbit\" vs \"248 years to orbit\"). Figures without a \
unit compare the same way, by the words next to them: a figure whose words pair it with one figure \
of the other sentence (\"over 560 injured\" and \"over 460 injured\") is compared with that one \
alone, and every such pair that disagrees is flagged unless one value is stated elsewhere in the other \
sentence; the rest leave out any value the other sentence also states; the one such figure left in each sentence, both approximate (\"about 130,000 U.S. troops\" vs \
\"roughly 195,000 US soldiers\") or both a ceiling (\"fewer than 10\" vs \"fewer than 15\"), pairs \
even without such a word, and a scaled amount left without a unit pairs with the one \
amount of money left in the other sentence (\"a 26 million pre-tax profit\" vs \"a profit of 39 \
million pounds\"); a level reached from the same \
figure pairs with the other (\"from 29.4 to 32.6\" vs \
\"to 48.9 from 29.4\"); and when the two sentences state one same figure, the one figure without \
a unit left in each, both in digits and within a factor of three, pairs too (\"a gain of 3.12 points at \
1,482.56\" vs \"up 3.12 at 1,248.56\"). When, those set aside, each sentence has one figure left (measures, money and shares aside) and both count something \
under different nouns (\"arrested 38 people\" vs \"made 57 arrests\", \"112 people\" vs \"168 \
dead\"), they are compared too. A figure without a unit counts the noun the other sentence counts when that noun follows it \
with a capital or after a capitalised word (\"2,300 marines\" vs \"3,450 Marines\", \"39 counties\" vs \
\"58 Missouri counties\"), and the unit of the other sentence's figures when it states as many of them, \
one with the same value (\"142 mg/dL ... 129 mg/dL\" vs \"142 ... 194\"), and, with nothing after it, the noun of the other sentence's one counted figure after the same participle (\"killing 88\" vs \"killing 59 people\"). A margin of error compares in percent whether written in percent or in percentage points, and a whole number is a decimal rounded or cut (\"five\" and \"4.9\", not \"two\" and \"1.3\"). A number that is part of a name (\"Chapter 11\", \"No. 1\", \"Windows 98\", \"C-130\") compares exactly, and only with a number of the same name (\"chapter 11 bankruptcy\" vs \"Chapter 7 bankruptcy\"); when the other sentence names the thing another way (\"version 5.2\" vs \"Palm OS 5.2\"), it compares as a figure without a unit. Durations compare across units (three hours = 180 minutes); times of day (\"5:30 a.m.\") compare \
exactly unless a hedge comes before them (\"about 3 p.m.\" covers half an hour either side, \"by 3 p.m.\" \
any time up to it), and only in the same time zone. Hyphenated measures of a subject (\"a \
six-year war\") are also compared across the whole cluster, not only in aligned sentences, when each \
outlet states one consistent value for that subject. A figure that counts a part where the other \
does not (\"the other two unions\", \"the remaining 40 seats\") or a total against each one's share \
(\"90 kilograms combined\" vs \"each weighed less than 50 kilograms\") is a different quantity, not a \
disagreement; so are the figures of two sentences that use different words of one `contrasts` group, \
each word missing from the other sentence (\"tuition at private colleges averaged $19,710\" vs \"at \
public colleges averaged $4,694\"), and shares of different wholes: the words after \"of\" share \
none (\"25 percent of the fund\" vs \"41 percent of commuters\"; \"the total\" is any whole) or name \
different places (\"21 percent of Ohio's population\" vs \"30 percent of the population in Utah\"), \
and the figures of two sentences that date what they report apart, every date of one disagreeing \
with every date of the other (\"611 million traded on Thursday\" vs \"1.19 billion on Tuesday\"): \
date-mismatch reports those, or measure over different spans of time, each stating other \
figures besides (\"33 percent over the past 15 months\" vs \"9 percent in the past six weeks\").",
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
update_severity (the severity of such a finding, default warning).",
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

    fn run(&self, ctx: &CheckContext, settings: &CheckSettings, out: &mut Vec<Finding>) {
        let rel = settings.relative_tolerance.unwrap_or(0.0);
        let abs = settings.absolute_tolerance.unwrap_or(0.0);
        let contrasts: Vec<Vec<String>> = settings
            .contrasts
            .iter()
            .flatten()
            .map(|group| group.iter().map(|w| w.to_lowercase()).collect())
            .collect();
        let contrasts = contrasts.as_slice();
        // (document, start) pairs already reported together.
        let mut reported = Reported::new();
        for pair in &ctx.alignment.pairs {
            let (da, db) = (&ctx.docs[pair.a.document], &ctx.docs[pair.b.document]);
            // Two moments ("611.45 million exchanged at the same point Thursday" vs "1.19
            // billion on Tuesday"): date-mismatch speaks for the pair; figures of different
            // days are not one figure stated twice.
            if super::date_mismatch::dated_apart((da, pair.a.sentence), (db, pair.b.sentence)) {
                continue;
            }
            let (own_a, own_b) = (
                figures(da.facts(pair.a.sentence)),
                figures(db.facts(pair.b.sentence)),
            );
            let (text_a, text_b) = (da.article.text.as_str(), db.article.text.as_str());
            if over_different_spans((text_a, &own_a), (text_b, &own_b), rel, abs) {
                continue;
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
            let mut flag = |a: &Figure, b: &Figure, what: &str| {
                if compared.different_quantities(a, b, contrasts) {
                    return;
                }
                // Two conversions ("$11bn (£5.7bn)" vs "$11bn (£5.8bn)"): of amounts that
                // disagree, the amounts' own finding says it; of one amount, outlets and days
                // convert at different rates, and only a gap wider than any rate moves in a
                // few years is a disagreement ("$11bn (£5.8bn)" vs "(£8.5bn)").
                let mut converted = None;
                if let (Some(pa), Some(pb)) = (
                    converted_from(text_a, &own_a, a),
                    converted_from(text_b, &own_b, b),
                ) {
                    // a hedged amount's conversion is hedged too: "more than $20bn (£11bn)"
                    let hedged = pa.hedge.is_some() || pb.hedge.is_some();
                    if hedged
                        || !agree(pa, pb, rel, abs)
                        || within_a_factor(a, b, CONVERSION_FACTOR)
                    {
                        return;
                    }
                    converted = Some(format!("\"{}\" is converted differently", pa.text));
                }
                let what = converted.as_deref().unwrap_or(what);
                if reported.insert(((pair.a.document, a.start), (pair.b.document, b.start))) {
                    out.push(self.finding(
                        settings,
                        (da, pair.a.document, pair.a.sentence, a),
                        (db, pair.b.document, pair.b.sentence, b),
                        what,
                    ));
                }
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
        }
        self.compare_measures(ctx, settings, &mut reported, out);
    }
}

/// Two conversions of one amount into a currency are one amount when they are within this
/// factor of each other: exchange rates differ between outlets and days (a few percent in
/// a week; the pound moved about a quarter against the dollar in the worst year since 2000).
const CONVERSION_FACTOR: f64 = 1.25;

/// The amount that `f` converts: a sum of money in brackets right after a sum in another
/// currency ("$11bn (£5.7bn)"), or after another conversion in the same brackets ("A$458.4m
/// ($357.6m; £191m)"). `figures`: every figure of the sentence.
fn converted_from<'f>(text: &str, figures: &[&'f Figure], f: &Figure) -> Option<&'f Figure> {
    // a currency code ("USD", "GBP"): the extractor writes money's unit so
    let money = |g: &Figure| {
        g.unit
            .as_deref()
            .is_some_and(|u| u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase()))
    };
    if !money(f) {
        return None;
    }
    let before = figures
        .iter()
        .copied()
        .filter(|g| g.end <= f.start)
        .max_by_key(|g| g.end)?;
    if !money(before) || before.unit == f.unit {
        return None;
    }
    match text.get(before.end..f.start)?.trim() {
        "(" => Some(before),
        ";" | "," | "/" => converted_from(text, figures, before),
        _ => None,
    }
}

/// Words either side of a figure searched for a running-total word ("killed 12", "12 people
/// were injured", "the death toll rose to 15").
const RUNNING_TOTAL_WINDOW: usize = 4;

/// A count that grows as news comes in, stated higher by the article published later: the
/// two publication dates (later, earlier). Both figures must count (no currency, percentage,
/// duration or number of a name) with a `running_totals` word near each; both articles must
/// carry a publication date, and the dates must differ.
fn running_total_update(
    settings: &CheckSettings,
    a: (&Document, usize, &Figure),
    b: (&Document, usize, &Figure),
) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
    let words = settings.running_totals.as_deref()?;
    let (pa, pb) = (a.0.article.published?, b.0.article.published?);
    if pa == pb {
        return None;
    }
    let counts = |f: &Figure| {
        f.unit
            .as_deref()
            .is_none_or(crate::extract::number::is_count_unit)
    };
    let near_word = |(doc, s, f): (&Document, usize, &Figure)| {
        let text = doc.article.text.as_str();
        let sentence = &doc.sentences[s];
        let lower = |w: &str| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        };
        let before: Vec<String> = text[sentence.start..f.start.max(sentence.start)]
            .split_whitespace()
            .rev()
            .take(RUNNING_TOTAL_WINDOW)
            .map(lower)
            .collect();
        let after = text[f.end.min(sentence.end)..sentence.end]
            .split_whitespace()
            .take(RUNNING_TOTAL_WINDOW)
            .map(lower);
        before
            .into_iter()
            .chain(after)
            .any(|w| words.iter().any(|x| x.eq_ignore_ascii_case(&w)))
    };
    if !(counts(a.2) && counts(b.2) && near_word(a) && near_word(b)) {
        return None;
    }
    let ((later, later_fig), (earlier, earlier_fig)) = if pa > pb {
        ((pa, a.2), (pb, b.2))
    } else {
        ((pb, b.2), (pa, a.2))
    };
    (later_fig.low > earlier_fig.high).then_some((later, earlier))
}

/// Whether two aligned sentences measure over different spans of time, each stating other
/// figures besides ("risen 33 percent over the past 15 months" vs "up 9 percent in the past
/// six weeks"): two measurements. (A span that is all each sentence states, "growth for the
/// past 15 months" vs "for the past 22 months", is the figure that differs.) Sentences:
/// (document text, its figures).
fn over_different_spans(
    (text_a, own_a): (&str, &[&Figure]),
    (text_b, own_b): (&str, &[&Figure]),
    rel: f64,
    abs: f64,
) -> bool {
    let (frames_a, frames_b) = (time_frames(text_a, own_a), time_frames(text_b, own_b));
    !frames_a.is_empty()
        && !frames_b.is_empty()
        && own_a.len() > frames_a.len()
        && own_b.len() > frames_b.len()
        && !frames_a
            .iter()
            .any(|f| frames_b.iter().any(|g| overlaps(f, g, rel, abs)))
}

/// The figures of two aligned sentences as they are compared: a number in a name made bare
/// unless the other sentence names one too (`unnamed_unless_shared`), a figure without a
/// unit given the noun (`with_nouns_of`) or the unit (`with_unit_of`) of the other
/// sentence's, and a margin of error in percentage points read in percent. Sentences:
/// (document text, its figures).
fn comparable_figures(
    (text_a, own_a): (&str, &[&Figure]),
    (text_b, own_b): (&str, &[&Figure]),
) -> (Vec<Figure>, Vec<Figure>) {
    let (own_a, own_b) = (
        unnamed_unless_shared(own_a, own_b),
        unnamed_unless_shared(own_b, own_a),
    );
    let (own_a, own_b): (Vec<&Figure>, Vec<&Figure>) =
        (own_a.iter().collect(), own_b.iter().collect());
    let (named_a, named_b) = (
        with_nouns_of((&own_a, text_a), (&own_b, text_b)),
        with_nouns_of((&own_b, text_b), (&own_a, text_a)),
    );
    let (mut named_a, mut named_b) = (
        with_unit_of(&named_a, &named_b),
        with_unit_of(&named_b, &named_a),
    );
    // A margin of error is written in percent or in percentage points alike ("plus
    // or minus 6.1 percentage points" vs "plus or minus 6.1 percent").
    for f in named_a.iter_mut().chain(named_b.iter_mut()) {
        if f.hedge.as_deref() == Some("plus or minus")
            && f.unit.as_deref() == Some("percentage point")
        {
            f.unit = Some("percent".into());
        }
    }
    (named_a, named_b)
}

/// One of two aligned sentences, as figure-mismatch compares them.
#[derive(Clone, Copy)]
struct SentenceFigures<'s> {
    /// The document text.
    text: &'s str,
    /// Where the sentence starts in `text`.
    start: usize,
    /// The sentence's own text.
    sentence: &'s str,
    /// The sentence's figures in order, as `comparable_figures` gives them.
    figures: &'s [&'s Figure],
}

impl<'s> SentenceFigures<'s> {
    /// Sentence `index` of `doc`, with its `figures`.
    fn new(doc: &'s Document, index: usize, figures: &'s [&'s Figure]) -> Self {
        SentenceFigures {
            text: &doc.article.text,
            start: doc.sentences[index].start,
            sentence: doc.sentence_text(index),
            figures,
        }
    }
}

/// Two aligned sentences' figures and the tolerances they are compared with. Each stage
/// gives the pairs of figures (one of `a`, one of `b`) it finds disagreeing, in the order
/// they are flagged.
struct AlignedFigures<'s> {
    a: SentenceFigures<'s>,
    b: SentenceFigures<'s>,
    /// `relative_tolerance`, 0 when unset.
    rel: f64,
    /// `absolute_tolerance`, 0 when unset.
    abs: f64,
}

/// A figure of one sentence and the figure of the other it disagrees with.
type FigurePair<'s> = (&'s Figure, &'s Figure);

impl<'s> AlignedFigures<'s> {
    /// Whether `a` and `b` are different quantities rather than one stated twice: a part
    /// against its whole (`part_and_whole`), shares of different wholes
    /// (`different_wholes`), or things the two sentences set apart with different words of
    /// one of the `contrasts` groups (`contrasting`).
    fn different_quantities(&self, a: &Figure, b: &Figure, contrasts: &[Vec<String>]) -> bool {
        part_and_whole(self.a.text, self.a.start, a, self.b.text, self.b.start, b)
            || different_wholes(self.a.text, a, self.b.text, b)
            || contrasting(self.a.sentence, self.b.sentence, contrasts)
    }

    /// Figures with a unit: for each unit of `a`'s figures (in alphabetical order), at most
    /// one disagreeing pair of that unit (`disagreement_in_unit`).
    fn unit_disagreements(&self) -> Vec<FigurePair<'s>> {
        let mut units: Vec<&str> = self
            .a
            .figures
            .iter()
            .filter_map(|f| comparable_unit(f))
            .collect();
        units.dedup();
        units.sort_unstable();
        units.dedup();
        units
            .into_iter()
            .filter_map(|unit| self.disagreement_in_unit(unit))
            .collect()
    }

    /// The one disagreeing pair among the figures of `unit` in the two sentences, if any.
    fn disagreement_in_unit(&self, unit: &str) -> Option<FigurePair<'s>> {
        let of_unit = |figures: &[&'s Figure]| -> Vec<&'s Figure> {
            figures
                .iter()
                .copied()
                .filter(|f| comparable_unit(f) == Some(unit))
                .collect()
        };
        let (same_a, same_b) = (of_unit(self.a.figures), of_unit(self.b.figures));
        // The same number of figures of this unit, paired in order ("rose $2.11 to
        // $21.51" vs "rose $2.11 to $23.51"): flagged when exactly one pair disagrees
        // and the others agree, so that a reordered sentence is not read as a conflict.
        // Different numbers of them pair by the words around them instead.
        if same_a.len() != same_b.len() {
            return self.sole_anchored_disagreement(&same_a, &same_b, false);
        }
        let disagreeing: Vec<FigurePair<'s>> = same_a
            .iter()
            .zip(&same_b)
            .filter(|(a, b)| a.ordinal == b.ordinal && !agree(a, b, self.rel, self.abs))
            .map(|(a, b)| (*a, *b))
            .collect();
        match disagreeing.as_slice() {
            [] => None,
            [in_order] => self.in_order_disagreement(*in_order, &same_a, &same_b),
            _ => self.reordered_disagreement(&same_a, &same_b),
        }
    }

    /// Figures of one unit (`same_a`, `same_b`) paired by the words around them: a figure
    /// that agrees with one of the other sentence is accounted for; the rest pair by the
    /// words around them. The one anchored pair that disagrees (both ordinals or neither),
    /// when there is exactly one; with `same_origin`, only pairs whose changes start from
    /// one same figure count.
    fn sole_anchored_disagreement(
        &self,
        same_a: &[&'s Figure],
        same_b: &[&'s Figure],
        same_origin: bool,
    ) -> Option<FigurePair<'s>> {
        let (rel, abs) = (self.rel, self.abs);
        let (rest_a, rest_b) = (
            unmatched(same_a, same_b, |f, g| agree(f, g, rel, abs)),
            unmatched(same_b, same_a, |f, g| agree(f, g, rel, abs)),
        );
        let anchored = anchored_pairs(
            (self.a.text, self.a.start, &rest_a, self.a.figures),
            (self.b.text, self.b.start, &rest_b, self.b.figures),
        );
        let disagreeing: Vec<FigurePair<'s>> = anchored
            .into_iter()
            .filter(|(a, b)| a.ordinal == b.ordinal && !agree(a, b, rel, abs))
            .filter(|(a, b)| {
                !same_origin || {
                    let oa = change_origin(self.a.text, self.a.figures, a);
                    oa.is_some() && oa == change_origin(self.b.text, self.b.figures, b)
                }
            })
            .collect();
        match disagreeing.as_slice() {
            [pair] => Some(*pair),
            _ => None,
        }
    }

    /// Figures of one unit, as many on each side, of which several pairs disagree in order.
    fn reordered_disagreement(
        &self,
        same_a: &[&'s Figure],
        same_b: &[&'s Figure],
    ) -> Option<FigurePair<'s>> {
        let (rel, abs) = (self.rel, self.abs);
        // Reordered ("from 51.5 percent to 52.9 percent" vs "to 79.3 percent from 51.5
        // percent"): several pairs disagree in order; two levels reached from the same
        // figure are compared.
        if let Some(pair) = self.sole_anchored_disagreement(same_a, same_b, true) {
            return Some(pair);
        }
        if let ([a], [b]) = (
            unmatched(same_a, same_b, |f, g| f.value == g.value).as_slice(),
            unmatched(same_b, same_a, |f, g| f.value == g.value).as_slice(),
        ) && a.ordinal == b.ordinal
            && !agree(a, b, rel, abs)
            && !change_amount(self.a.text, a)
            && !change_amount(self.b.text, b)
        {
            // Reordered, every other figure of the unit stated on both sides
            // ("from 15 cents to 2 1/2 cents" vs "to 2 1/2 cents from 22
            // cents"): the one left on each side is the same quantity, unless
            // one is the size of a change ("rise by $300 to $2,800").
            return Some((*a, *b));
        }
        None
    }

    /// Figures of one unit, as many on each side, of which exactly one pair in order
    /// (`a`, `b`) disagrees: that pair, unless the order is not the pairing or one of the
    /// two values is stated elsewhere.
    fn in_order_disagreement(
        &self,
        (a, b): FigurePair<'s>,
        same_a: &[&'s Figure],
        same_b: &[&'s Figure],
    ) -> Option<FigurePair<'s>> {
        if same_a.len() > 1
            && same_a
                .iter()
                .zip(same_b)
                .any(|(x, y)| x.ordinal != y.ordinal)
        {
            return None;
        }
        // Paired in order, but one of the two is stated on the other side too ("offered
        // £1.3bn ... a £1.4bn bid" vs "raise its bid to £1.5bn from its initial £1.3bn
        // offer"): the order is not the pairing. A figure that its partner in order
        // states exactly is accounted for ("22 Republicans ... 15 Republicans" vs "22
        // Republicans ... 22 Republicans": the first 22 is the first 22's).
        let exact: Vec<(&Figure, &Figure)> =
            same_a.iter().zip(same_b).map(|(x, y)| (*x, *y)).collect();
        // The same number of other units of time ("the final three months" vs "the
        // past three years"): two spans, not one misstated.
        if stated_unaccounted((a, same_a), (b, same_b), &exact)
            || (a.value == b.value && a.unit != b.unit)
        {
            return None;
        }
        // The other sentence states the value without its unit ("brings the total
        // to 100,000 tonnes" vs "a shipment of 60,000 tons brings the total to
        // 100,000"): the figure is there, the pair is two quantities.
        // A number in a name is not a quantity a bare figure states ("AMD Athlon 38"
        // vs "a 64-bit system ... AMD Athlon 64").
        let stated_bare = |f: &Figure, other: &[&Figure]| {
            !f.in_name() && other.iter().any(|g| g.unit.is_none() && g.value == f.value)
        };
        if stated_bare(a, self.b.figures) || stated_bare(b, self.a.figures) {
            return None;
        }
        Some((a, b))
    }

    /// Figures without a unit compare when each sentence has one and both stand by
    /// the same word ("aged 93" vs "aged 39", "a class of 48" vs "a class of 84").
    /// With several, each pairs with the one figure of the other sentence that shares
    /// a word with it, and that figure with it alone.
    /// A figure the other sentence also states (with or without a unit) is matched.
    /// First the pairs the words around them make (`word_paired_bare`), then the figures
    /// left (`left_over_bare`).
    fn bare_disagreements(&self) -> Vec<FigurePair<'s>> {
        let (mut disagreeing, settled) = self.word_paired_bare();
        disagreeing.extend(self.left_over_bare(&settled));
        disagreeing
    }

    /// Figures the words around them pair across the sentences ("770 dead and
    /// over 5,600 injured" vs "643 dead and over 4,600 injured"): such a figure is
    /// accounted for by its partner alone, not by another figure it happens to agree
    /// with, and each such pair that disagrees is flagged, unless one of the two values
    /// is stated elsewhere in the other sentence. Gives the pairs that disagree and the
    /// pairs settled, as (start in `a`, start in `b`).
    fn word_paired_bare(&self) -> (Vec<FigurePair<'s>>, Vec<(usize, usize)>) {
        let (rel, abs) = (self.rel, self.abs);
        let (fa, fb) = (self.a.figures, self.b.figures);
        let (all_bare_a, all_bare_b) = (bare_figures(fa), bare_figures(fb));
        let partners = anchored_pairs(
            (self.a.text, self.a.start, &all_bare_a, fa),
            (self.b.text, self.b.start, &all_bare_b, fb),
        );
        let mut settled: Vec<(usize, usize)> = Vec::new();
        let (agreeing, disagreeing): (Vec<_>, Vec<_>) = partners.into_iter().partition(|(a, b)| {
            agree(a, b, rel, abs)
                || a.written_digits()
                    .is_some_and(|d| Some(d) == b.written_digits())
        });
        settled.extend(agreeing.iter().map(|(a, b)| (a.start, b.start)));
        // A figure its partner states exactly is accounted for: it does not state the
        // value elsewhere ("22 Republicans ... 15 Republicans" vs "22 Republicans ... 22
        // Republicans").
        let mut flagged = Vec::new();
        for (a, b) in disagreeing {
            if !stated_unaccounted((a, fa), (b, fb), &agreeing) {
                flagged.push((a, b));
                settled.push((a.start, b.start));
            }
        }
        (flagged, settled)
    }

    /// Figures without a unit left once the word-paired ones (`settled`) and those the
    /// other sentence states are set aside: the one pair the words around them make that
    /// disagrees, or the one figure left in each sentence when the two are the same
    /// quantity by another sign.
    fn left_over_bare(&self, settled: &[(usize, usize)]) -> Option<FigurePair<'s>> {
        let (rel, abs) = (self.rel, self.abs);
        let (fa, fb) = (self.a.figures, self.b.figures);
        let partnered = |f: &Figure, side_a: bool| {
            settled
                .iter()
                .any(|&(a, b)| if side_a { a == f.start } else { b == f.start })
        };
        let (bare_a, bare_b): (Vec<&Figure>, Vec<&Figure>) = (
            unmatched_bare(fa, fb, rel, abs)
                .into_iter()
                .filter(|f| !partnered(f, true))
                .collect(),
            unmatched_bare(fb, fa, rel, abs)
                .into_iter()
                .filter(|f| !partnered(f, false))
                .collect(),
        );
        let anchored = anchored_pairs(
            (self.a.text, self.a.start, &bare_a, fa),
            (self.b.text, self.b.start, &bare_b, fb),
        );
        let disagreeing: Vec<&(&Figure, &Figure)> = anchored
            .iter()
            .filter(|(a, b)| !agree(a, b, rel, abs))
            .collect();
        if let [(a, b)] = disagreeing.as_slice() {
            Some((*a, *b))
        } else if let Some((a, b)) = amount_without_currency(&bare_a, &bare_b, fa, fb)
            .or_else(|| amount_without_currency(&bare_b, &bare_a, fb, fa).map(|(b, a)| (a, b)))
            && !agree_as_counts(a, b, rel, abs)
        {
            // "a 26 million pre-tax profit" vs "a profit of 39 million pounds"
            Some((a, b))
        } else if let ([a], [b]) = (bare_a.as_slice(), bare_b.as_slice())
            && ((approximate(a) && approximate(b)) || (ceiling(a) && ceiling(b)))
            && !agree(a, b, rel, abs)
        {
            // The one figure left in each, both approximate ("about 130,000 U.S. troops"
            // vs "about 195,000 US soldiers") or both a ceiling ("fewer than 10" vs
            // "fewer than 15"): the same estimate. Floors ("at least 23" vs "at least
            // 26") are running tallies that outlets update at different times.
            Some((*a, *b))
        } else if let ([a], [b]) = (bare_a.as_slice(), bare_b.as_slice())
            && anchored.is_empty()
            && states_one_same_figure(fa, fb)
            && a.written_digits().is_some()
            && b.written_digits().is_some()
            && within_a_factor(a, b, 3.0)
            && !agree(a, b, rel, abs)
        {
            // The one figure left in each when the rest are stated on both sides ("a gain
            // of 4.64 points at 1,735.34" vs "up 4.64 at 2,603.01"; "hit 60 after falling
            // to 53" vs "had fallen to 80 ... improved to 60"): the same quantity, when
            // both are written in digits and of one order of magnitude. (Small numbers
            // in words count different things: "at number eight" vs "Two other new
            // entries"; "4,751" vs "118 million" are two quantities.)
            Some((*a, *b))
        } else {
            None
        }
    }

    /// A tally in one sentence, its two counts written out in the other ("a 17-22
    /// edge" vs "17 Democrats and 15 Republicans"): one count agrees, the other not.
    fn tally_disagreement(&self) -> Option<FigurePair<'s>> {
        tally_written_out(self.a.figures, (self.b.figures, self.b.text)).or_else(|| {
            tally_written_out(self.b.figures, (self.a.figures, self.a.text)).map(|(b, a)| (a, b))
        })
    }
}

/// The figures of a sentence that set the span of time a measure covers: a duration after
/// "past", "last", "previous" or "first" ("over the past 15 months", "in the first six
/// weeks"). `text`: the document text.
fn time_frames<'f>(text: &str, figures: &[&'f Figure]) -> Vec<&'f Figure> {
    figures
        .iter()
        .copied()
        .filter(|f| f.unit.as_deref().and_then(duration_in_days).is_some())
        .filter(|f| {
            word_before(text, f).is_some_and(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "past" | "last" | "previous" | "first"
                )
            })
        })
        .collect()
}

/// Whether `f` is the size of a change ("rise by $300"), in document `text`.
fn change_amount(text: &str, f: &Figure) -> bool {
    word_before(text, f).is_some_and(|w| w.eq_ignore_ascii_case("by"))
}

/// The word right before figure `f` in document `text`.
fn word_before<'t>(text: &'t str, f: &Figure) -> Option<&'t str> {
    text.get(..f.start)?.split_whitespace().next_back()
}

/// Aligned sentences that each count one thing, under different nouns ("arrested 38 people"
/// vs "made 57 arrests", "killed at least 112 people" vs "168 dead"): once the figures both
/// state are set aside (as counts: "roughly 36,000 people" and "roughly 54,000 Americans"
/// are two values under one hedge, not overlapping intervals), each sentence's only figure,
/// when both count something (a count noun after one, a count noun or a describing word
/// after the other), is compared. Sentences: (document, sentence, its figures).
fn sole_counts<'f>(
    (da, sa, fa): (&Document, usize, &[&'f Figure]),
    (db, sb, fb): (&Document, usize, &[&'f Figure]),
    rel: f64,
    abs: f64,
) -> Option<(&'f Figure, &'f Figure)> {
    // Measures, money and shares left over ("in the past three weeks") count nothing.
    let may_count = |f: &&Figure| {
        f.unit
            .as_deref()
            .is_none_or(crate::extract::number::is_count_unit)
    };
    let (ra, rb): (Vec<&Figure>, Vec<&Figure>) = (
        unmatched(fa, fb, |f, g| agree_as_counts(f, g, rel, abs))
            .into_iter()
            .filter(may_count)
            .collect(),
        unmatched(fb, fa, |f, g| agree_as_counts(f, g, rel, abs))
            .into_iter()
            .filter(may_count)
            .collect(),
    );
    let ([a], [b]) = (ra.as_slice(), rb.as_slice()) else {
        return None;
    };
    let (ta, tb) = (da.article.text.as_str(), db.article.text.as_str());
    let (lower_a, lower_b) = (
        da.sentence_text(sa).to_lowercase(),
        db.sentence_text(sb).to_lowercase(),
    );
    let compared = a.unit != b.unit
        && !named_elsewhere(a, &lower_b, b, tb)
        && !named_elsewhere(b, &lower_a, a, ta)
        && counts_something(a, ta, b.unit.is_none())
        && counts_something(b, tb, a.unit.is_none())
        && !agree_as_counts(a, b, rel, abs);
    compared.then_some((*a, *b))
}

/// The figures of one sentence (`mine`, in document `text`), a figure without a unit given
/// the noun the other sentence (`theirs`, in `their_text`) counts when that noun follows it, written with a capital
/// ("3,450 Marines" vs "2,300 marines") or after one capitalised word ("58 Missouri counties"
/// vs "39 counties", "3.09 Acme shares" vs "0.09 shares").
fn with_nouns_of(
    (mine, text): (&[&Figure], &str),
    (theirs, their_text): (&[&Figure], &str),
) -> Vec<Figure> {
    let counted: BTreeSet<&str> = theirs
        .iter()
        .filter_map(|g| g.unit.as_deref())
        .filter(|u| crate::extract::number::is_count_unit(u))
        .collect();
    // The participle before a figure ("killing 59 people", "killed 59 people").
    fn participle<'t>(text: &'t str, f: &Figure) -> Option<&'t str> {
        word_before(text, f).filter(|w| {
            (w.ends_with("ing") || w.ends_with("ed")) && w.chars().all(|c| c.is_ascii_lowercase())
        })
    }
    mine.iter()
        .map(|f| {
            let mut f = (*f).clone();
            if f.unit.is_none() && !f.ordinal {
                f.unit = noun_after(text, f.end)
                    .into_iter()
                    .find(|noun| counted.contains(noun.as_str()));
            }
            // Nothing after it, the same participle before it as before the other
            // sentence's one counted figure: it counts the same ("killing 59 people" vs
            // "killing 88").
            if f.unit.is_none()
                && !f.ordinal
                && f.low == f.high
                && noun_after(text, f.end).is_empty()
                && let Some(verb) = participle(text, &f)
                && let [g] = theirs
                    .iter()
                    .filter(|g| g.unit.as_deref().is_some_and(|u| counted.contains(u)))
                    .filter(|g| participle(their_text, g) == Some(verb))
                    .collect::<Vec<_>>()
                    .as_slice()
            {
                f.unit = g.unit.clone();
            }
            f
        })
        .collect()
}

/// The figures of one sentence (`mine`), those without a unit given the unit of the other
/// sentence's figures when one of them states a value of the other's exactly, the other
/// states two or more figures of that unit and `mine` none ("glucose was 142 mg/dL ...
/// compared with 129 mg/dL" vs "was 142 on average ... compared to 194"): the outlet left
/// the unit out.
fn with_unit_of(mine: &[Figure], theirs: &[Figure]) -> Vec<Figure> {
    let bare = |f: &Figure| f.unit.is_none() && !f.ordinal && f.low == f.high;
    let borrowed = theirs
        .iter()
        .filter_map(|g| g.unit.as_deref())
        .find(|unit| {
            let of_unit = theirs
                .iter()
                .filter(|g| g.unit.as_deref() == Some(*unit))
                .count();
            of_unit >= 2
                && !mine.iter().any(|f| f.unit.as_deref() == Some(*unit))
                && mine.iter().filter(|f| bare(f)).count() == of_unit
                && mine.iter().any(|f| {
                    bare(f)
                        && theirs
                            .iter()
                            .any(|g| g.unit.as_deref() == Some(*unit) && g.value == f.value)
                })
        });
    mine.iter()
        .map(|f| {
            let mut f = f.clone();
            if let Some(unit) = borrowed
                && bare(&f)
            {
                f.unit = Some(unit.to_string());
            }
            f
        })
        .collect()
}

/// The figures of one sentence (`mine`), a number written after a word that names it
/// ("version 5.2", "Voyager 1") made bare again when the other sentence names no number
/// that way ("Palm OS 5.2"): the outlets named the thing differently, and the words around
/// the number pair it as they pair any bare number. A code ("C-130") stays a name.
fn unnamed_unless_shared(mine: &[&Figure], theirs: &[&Figure]) -> Vec<Figure> {
    mine.iter()
        .map(|f| {
            let mut f = (*f).clone();
            if f.in_name() && f.text.contains(' ') && !theirs.iter().any(|g| g.unit == f.unit) {
                f.unit = None;
                let digits = f.text.rfind(' ').map_or(0, |i| i + 1);
                f.start += digits;
                f.text = f.text[digits..].to_string();
            }
            f
        })
        .collect()
}

/// The nouns a figure ending at byte `end` may count, as units: the next word, and the word
/// after it when the next one is capitalised ("58 Missouri counties").
fn noun_after(text: &str, end: usize) -> Vec<String> {
    let rest = text.get(end..).unwrap_or("");
    // Up to the next punctuation, the periods of an abbreviation ("U.S.") aside.
    let stop = rest
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, ',' | ';' | ':' | '!' | '?' | '(' | ')')
                || (c == '.' && {
                    let mut before = rest[..i].chars().rev();
                    let letter = before.next().is_some_and(char::is_uppercase);
                    let opens = before.next().is_none_or(|c| c == '.' || c.is_whitespace());
                    !(letter && opens)
                })
        })
        .map_or(rest.len(), |(i, _)| i);
    let words: Vec<&str> = rest[..stop].split_whitespace().take(2).collect();
    let alphabetic = |w: &&&str| w.chars().all(char::is_alphabetic);
    // An abbreviated name before the noun ("5,000 U.S. theaters").
    let abbreviation = |w: &&&str| {
        w.starts_with(char::is_uppercase)
            && w.contains('.')
            && w.chars().all(|c| c.is_alphabetic() || c == '.')
    };
    let mut out = Vec::new();
    if let Some(first) = words.first() {
        if alphabetic(&first) {
            out.push(crate::extract::number::counted_unit(first));
        }
        if (alphabetic(&first) || abbreviation(&first))
            && first.starts_with(char::is_uppercase)
            && let Some(second) = words.get(1).filter(alphabetic)
        {
            out.push(crate::extract::number::counted_unit(second));
        }
    }
    out
}

/// Whether a figure counts something: a count noun after it ("38 people"), or, when
/// `noun_needed` is false, a word that describes what is counted ("168 dead", "213 reported
/// assaults"); not a hyphenated modifier ("a three-term congressman"), a year, or a number
/// after a name ("Route 66"). `text` is the figure's document text.
fn counts_something(f: &Figure, text: &str, noun_needed: bool) -> bool {
    let hyphenated = text.get(f.end..).is_some_and(|r| r.starts_with('-'));
    let year = f.low == f.high && (1900.0..2100.0).contains(&f.value) && f.value.fract() == 0.0;
    let after_name = text.get(..f.start).is_some_and(|before| {
        before
            .split_whitespace()
            .last()
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    });
    let described = || {
        !after_name
            && following_word(text, f.end).is_some_and(|w| {
                !matches!(
                    w.as_str(),
                    "and"
                        | "or"
                        | "of"
                        | "to"
                        | "in"
                        | "on"
                        | "at"
                        | "for"
                        | "from"
                        | "with"
                        | "by"
                        | "a"
                        | "an"
                        | "the"
                        | "is"
                        | "was"
                        | "were"
                        | "are"
                )
            })
    };
    !f.ordinal
        && !hyphenated
        && !year
        && match f.unit.as_deref() {
            Some(u) => crate::extract::number::is_count_unit(u),
            None => !noun_needed && described(),
        }
}

/// Whether the other sentence (`other`, lower case) names the noun `f` counts without
/// counting it: not in the words right after its own figure `g` ("killing one man" vs
/// "killing a man ... seven tornadoes"; but "28 other states" vs "42 states' primaries").
fn named_elsewhere(f: &Figure, other: &str, g: &Figure, g_text: &str) -> bool {
    let names = |text: &str, u: &str| {
        text.split(|c: char| !c.is_alphabetic())
            .any(|w| w == u || w.strip_suffix('s').is_some_and(|s| s == u))
    };
    let next = g_text
        .get(g.end..)
        .unwrap_or("")
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    f.unit
        .as_deref()
        .is_some_and(|u| names(other, u) && !names(&next, u))
}

/// Figure pairs already reported: ((document, start), (document, start)).
type Reported = BTreeSet<((usize, usize), (usize, usize))>;

/// A figure placed in its document: (document, sentence, figure).
type Placed<'a> = (usize, usize, &'a Figure);

impl FigureMismatch {
    fn finding(
        &self,
        settings: &CheckSettings,
        a: (&Document, usize, usize, &Figure),
        b: (&Document, usize, usize, &Figure),
        what: &str,
    ) -> Finding {
        // "(USD)", "(year)": nothing for figures without a unit.
        let unit = a.3.unit.as_deref().or(b.3.unit.as_deref());
        let message = match unit {
            Some(u) if crate::extract::number::is_name_number(u) => format!(
                "numbers in a name disagree: \"{}\" vs \"{}\"",
                a.3.text, b.3.text
            ),
            Some(u) => format!("{what}: {} vs {} ({u})", describe(a.3), describe(b.3)),
            None => format!("{what}: {} vs {}", describe(a.3), describe(b.3)),
        };
        let mut severity = settings.severity;
        let mut message = message;
        if let Some((later, earlier)) =
            running_total_update(settings, (a.0, a.2, a.3), (b.0, b.2, b.3))
        {
            message.push_str(&format!(
                "; the higher count is in the article published later ({later}, the other {earlier}): perhaps an updated toll"
            ));
            severity = settings.update_severity.unwrap_or(severity);
        }
        Finding {
            check: self.id().into(),
            category: self.category(),
            severity,
            message,
            evidence: vec![
                Evidence::new(a.0, a.1, a.2, a.3.start, a.3.end),
                Evidence::new(b.0, b.1, b.2, b.3.start, b.3.end),
            ],
            suggestion: None,
        }
    }

    /// Hyphenated measures of a subject ("a nearly six-year war", "the five-year conflict")
    /// compared across the whole cluster: outlets state them in sentences about different
    /// things, so alignment does not bring them together.
    fn compare_measures(
        &self,
        ctx: &CheckContext,
        settings: &CheckSettings,
        reported: &mut Reported,
        out: &mut Vec<Finding>,
    ) {
        let rel = settings.relative_tolerance.unwrap_or(0.0);
        let abs = settings.absolute_tolerance.unwrap_or(0.0);
        let subjects = SubjectClasses::new(settings.subjects.as_deref().unwrap_or(&[]));
        // (unit, subject class) -> figures, in document order.
        let mut by_subject: BTreeMap<(String, String), Vec<Placed>> = BTreeMap::new();
        for (d, doc) in ctx.docs.iter().enumerate() {
            for (s, sentence) in doc.sentences.iter().enumerate() {
                if sentence.role != SentenceRole::Prose {
                    continue;
                }
                for f in figures(doc.facts(s)) {
                    let (Some(unit), true) = (&f.unit, f.text.contains('-')) else {
                        continue;
                    };
                    if duration_in_days(unit).is_none() || f.ordinal {
                        continue;
                    }
                    let Some(noun) = following_word(&doc.article.text, f.end) else {
                        continue;
                    };
                    by_subject
                        .entry((unit.clone(), subjects.class_of(&noun)))
                        .or_default()
                        .push((d, s, f));
                }
            }
        }
        for placed in by_subject.values() {
            for (i, &(d1, s1, f1)) in placed.iter().enumerate() {
                for &(d2, s2, f2) in &placed[i + 1..] {
                    if d1 == d2 || overlaps(f1, f2, rel, abs) {
                        continue;
                    }
                    // Each outlet must be consistent with itself, or the measure is of
                    // different things.
                    let consistent = |d: usize, f: &Figure| {
                        placed
                            .iter()
                            .filter(|(od, ..)| *od == d)
                            .all(|(.., other)| overlaps(f, other, rel, abs))
                    };
                    if !consistent(d1, f1) || !consistent(d2, f2) {
                        continue;
                    }
                    // Each sentence measures something else by the other's value ("2 percent
                    // on one-year renewals, 4 percent on two-year leases" vs "4 percent for
                    // one-year leases and 7 percent for two-year renewals"): the same two
                    // terms over other nouns, not one measure stated differently.
                    let states = |d: usize, s: usize, value: &Figure| {
                        figures(ctx.docs[d].facts(s)).into_iter().any(|g| {
                            g.unit == value.unit && g.text.contains('-') && g.value == value.value
                        })
                    };
                    if states(d1, s1, f2) && states(d2, s2, f1) {
                        continue;
                    }
                    let key = ((d1, f1.start), (d2, f2.start));
                    let reverse = ((d2, f2.start), (d1, f1.start));
                    if reported.contains(&reverse) || !reported.insert(key) {
                        continue;
                    }
                    let noun =
                        following_word(&ctx.docs[d1].article.text, f1.end).unwrap_or_default();
                    out.push(self.finding(
                        settings,
                        (&ctx.docs[d1], d1, s1, f1),
                        (&ctx.docs[d2], d2, s2, f2),
                        &format!("the {noun} is measured differently"),
                    ));
                }
            }
        }
    }
}

/// Whether two counts of different nouns can both be true: `agree` with the units set aside.
fn agree_as_counts(a: &Figure, b: &Figure, rel: f64, abs: f64) -> bool {
    agree_in(a, b, rel, abs, Units::SetAside)
}

/// Whether figures are compared in their units or as bare numbers.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Units {
    Own,
    SetAside,
}

/// A scaled amount left without a unit in one sentence ("a 26 million pre-tax profit") and the
/// one amount of money left in the other ("39 million pounds"), when neither has another
/// figure left: (bare, money). `bare_*` are the unmatched figures without a unit; `all_*` every
/// figure of each sentence.
fn amount_without_currency<'f>(
    bare_a: &[&'f Figure],
    bare_b: &[&'f Figure],
    all_a: &[&'f Figure],
    all_b: &[&'f Figure],
) -> Option<(&'f Figure, &'f Figure)> {
    let ([a], []) = (bare_a, bare_b) else {
        return None;
    };
    let money = |f: &&Figure| {
        f.unit
            .as_deref()
            .is_some_and(|u| u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase()))
    };
    let scaled = |f: &Figure| f.value.abs() >= 1e6 && rounding_scale(f) >= 1e6;
    let unmatched_money: Vec<&Figure> = all_b
        .iter()
        .copied()
        .filter(money)
        .filter(|g| !all_a.iter().any(|f| f.value == g.value))
        .collect();
    let [b] = unmatched_money.as_slice() else {
        return None;
    };
    (scaled(a) && scaled(b) && !all_a.iter().any(money)).then_some((*a, *b))
}

/// Whether one of a disagreeing pair `a`, `b` states its value elsewhere in the other
/// sentence (`all_a`, `all_b`: the figures compared), in a figure not accounted for by a pair
/// of `pairs` that states one value on both sides.
fn stated_unaccounted(
    (a, all_a): (&Figure, &[&Figure]),
    (b, all_b): (&Figure, &[&Figure]),
    pairs: &[(&Figure, &Figure)],
) -> bool {
    let accounted = |g: &Figure, on_a: bool| {
        pairs
            .iter()
            .any(|(x, y)| x.value == y.value && (if on_a { x.start } else { y.start }) == g.start)
    };
    all_b
        .iter()
        .any(|g| g.value == a.value && !accounted(g, false))
        || all_a
            .iter()
            .any(|g| g.value == b.value && !accounted(g, true))
}

/// Whether two sentences state one same figure (not an ordinal), with or without its unit.
fn states_one_same_figure(a: &[&Figure], b: &[&Figure]) -> bool {
    a.iter()
        .any(|f| !f.ordinal && b.iter().any(|g| !g.ordinal && g.value == f.value))
}

/// Whether the larger of two figures' values is at most `factor` times the smaller, both of
/// one sign.
fn within_a_factor(a: &Figure, b: &Figure, factor: f64) -> bool {
    let (x, y) = (
        a.value.abs().min(b.value.abs()),
        a.value.abs().max(b.value.abs()),
    );
    a.value.signum() == b.value.signum() && x > 0.0 && y <= factor * x
}

/// The one tally of `mine` ("a 17-22 edge") and the count of `theirs` that differs from its
/// end, when `theirs` has no tally and writes two counts out joined by "and" ("17 Democrats
/// and 15 Republicans": a word or two between them) of which one is an end of the tally and
/// the other is not the other end: (the tally, the differing count).
fn tally_written_out<'f>(
    mine: &[&'f Figure],
    (theirs, their_text): (&[&'f Figure], &str),
) -> Option<(&'f Figure, &'f Figure)> {
    use crate::extract::number::TALLY;
    let is_tally = |f: &Figure| f.unit.as_deref() == Some(TALLY);
    let tallies: Vec<&'f Figure> = mine.iter().copied().filter(|f| is_tally(f)).collect();
    let [tally] = tallies.as_slice() else {
        return None;
    };
    if theirs.iter().any(|f| is_tally(f)) {
        return None;
    }
    let plain = |f: &Figure| !f.ordinal && !f.in_name() && f.hedge.is_none() && f.low == f.high;
    theirs.windows(2).find_map(|w| {
        let (x, y) = (w[0], w[1]);
        let between: Vec<&str> = their_text.get(x.end..y.start)?.split_whitespace().collect();
        let joined = between.len() <= 3
            && between.last() == Some(&"and")
            && between[..between.len() - 1]
                .iter()
                .all(|w| w.chars().all(char::is_alphabetic));
        if !joined || !plain(x) || !plain(y) {
            return None;
        }
        let (lo, hi) = (tally.low, tally.high);
        let differing = if (x.value == lo && y.value != hi) || (x.value == hi && y.value != lo) {
            y
        } else if (y.value == lo && x.value != hi) || (y.value == hi && x.value != lo) {
            x
        } else {
            return None;
        };
        Some((*tally, differing))
    })
}

/// Whether a figure is stated as a ceiling: "fewer than", "under", "up to" ...
fn ceiling(f: &Figure) -> bool {
    f.hedge
        .as_deref()
        .is_some_and(|h| crate::extract::number::same_hedge_kind(h, "fewer than"))
}

/// Whether a figure is an estimate: "about", "roughly", "some" ...
fn approximate(f: &Figure) -> bool {
    f.hedge
        .as_deref()
        .is_some_and(|h| crate::extract::number::same_hedge_kind(h, "about"))
}

/// Figures of `mine` with no unit, not ordinals, whose value `theirs` does not also state.
fn unmatched_bare<'f>(
    mine: &[&'f Figure],
    theirs: &[&Figure],
    rel: f64,
    abs: f64,
) -> Vec<&'f Figure> {
    let bare = bare_figures(mine);
    // A range ("between three and 16 times") is not accounted for by a figure of another
    // unit that falls inside it ("13 symptoms").
    // The same digits ("11M" and "11", "data rates of 11M, 22M" vs "of 11, 22 ... Mbit/s")
    // are the same figure written with and without a scale letter.
    unmatched(&bare, theirs, |f, g| {
        ((f.low == f.high || g.unit.is_none()) && agree(f, g, rel, abs))
            || (f.low == f.high
                && f.written_digits()
                    .is_some_and(|d| Some(d) == g.written_digits()))
    })
}

/// Figures of `mine` that `agree` with no figure of `theirs` (and state no value of it). A
/// figure of `theirs` whose value another figure of `mine` states exactly is that one's
/// counterpart, not a rounding of this one ("slipped from 13 to 12.6" vs "slipped to 7.6
/// from 13": 12.6 is not accounted for by the 13).
fn unmatched<'f>(
    mine: &[&'f Figure],
    theirs: &[&Figure],
    agree: impl Fn(&Figure, &Figure) -> bool,
) -> Vec<&'f Figure> {
    let taken = |g: &Figure, f: &Figure| {
        mine.iter()
            .any(|h| h.start != f.start && h.value == g.value)
    };
    mine.iter()
        .copied()
        .filter(|f| {
            !theirs
                .iter()
                .any(|g| g.value == f.value || agree(f, g) && !taken(g, f))
        })
        .collect()
}

/// Figures with no unit that are not ordinals.
fn bare_figures<'f>(figures: &[&'f Figure]) -> Vec<&'f Figure> {
    figures
        .iter()
        .copied()
        .filter(|f| f.unit.is_none() && !f.ordinal)
        .collect()
}

/// Figures of two aligned sentences paired by the words around them (`pair_by_anchors`),
/// and by the figure a change starts from ("from 29.4 to 32.6" and "to 48.9 from 29.4" both
/// start from 29.4). Sentences: (document text, sentence start, figures to pair, all its
/// figures).
fn anchored_pairs<'f>(
    a: (&str, usize, &[&'f Figure], &[&Figure]),
    b: (&str, usize, &[&'f Figure], &[&Figure]),
) -> Vec<(&'f Figure, &'f Figure)> {
    let anchors = |(text, start, figures, all): (&str, usize, &[&Figure], &[&Figure])| {
        figures
            .iter()
            .map(|f| {
                let mut words = anchor_words(text, start, f.start, f.end);
                words.extend(change_origin(text, all, f));
                words
            })
            .collect::<Vec<Vec<String>>>()
    };
    pair_by_anchors(&anchors(a), &anchors(b))
        .into_iter()
        .map(|(i, j)| (a.2[i], b.2[j]))
        .collect()
}

/// The figure a change to `f` starts from, as an anchor word: "from X to f" ("from 51.5
/// percent in May to 52.9 percent") or "to f from X" ("to 79.3 percent in June from 51.5
/// percent"). `all` are the sentence's figures in
/// order, in document `text`.
fn change_origin(text: &str, all: &[&Figure], f: &Figure) -> Option<String> {
    let i = all.iter().position(|g| g.start == f.start)?;
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let last_word = |s: &str| words(s).pop();
    let gap = |x: &Figure, y: &Figure| words(text.get(x.end..y.start).unwrap_or(""));
    let origin = |g: &Figure| format!("from {}", format_value(g.value));
    if i > 0 {
        let from = all[i - 1];
        let between = gap(from, f);
        if between.last().is_some_and(|w| w == "to")
            && between.len() <= 4
            && last_word(text.get(..from.start).unwrap_or("")).as_deref() == Some("from")
        {
            return Some(origin(from));
        }
    }
    let from = all.get(i + 1)?;
    let between = gap(f, from);
    (between.last().is_some_and(|w| w == "from")
        && between.len() <= 4
        && last_word(text.get(..f.start).unwrap_or("")).as_deref() == Some("to"))
    .then(|| origin(from))
}

/// Groups of nouns that name the same subject ("war", "conflict").
struct SubjectClasses {
    class: BTreeMap<String, String>,
}

impl SubjectClasses {
    fn new(groups: &[Vec<String>]) -> Self {
        let mut class = BTreeMap::new();
        for group in groups {
            if let Some(first) = group.first() {
                for noun in group {
                    class.insert(noun.to_lowercase(), first.to_lowercase());
                }
            }
        }
        SubjectClasses { class }
    }

    fn class_of(&self, noun: &str) -> String {
        let noun = noun.to_lowercase();
        self.class.get(&noun).cloned().unwrap_or(noun)
    }
}

/// The lower-case word right after byte `end` ("war" after "six-year").
/// Words just before a figure that make it count part of a whole ("the other two unions",
/// "the remaining 40 seats").
const PART_WORDS: &[&str] = &["other", "remaining"];
/// Words after a figure that make it a total ("136 pounds combined").
const TOTAL_WORDS: &[&str] = &["combined", "together", "altogether", "total", "overall"];
/// Words near a figure that make it the figure of each one ("each weighed 50 pounds").
const EACH_WORDS: &[&str] = &["each", "apiece", "every"];

/// Whether one figure counts a part of what the other counts, or one is a total and the other
/// each one's share: a different quantity, not a disagreement. Sentences: (document text,
/// sentence start, figure).
fn part_and_whole(ta: &str, sa: usize, a: &Figure, tb: &str, sb: usize, b: &Figure) -> bool {
    let before = |text: &str, start: usize, f: &Figure, n: usize| -> Vec<String> {
        let head = text.get(start..f.start).unwrap_or("");
        head.split_whitespace()
            .rev()
            .take(n)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect()
    };
    let after = |text: &str, f: &Figure, n: usize| -> Vec<String> {
        let tail = text.get(f.end..).unwrap_or("");
        tail.split_whitespace()
            .take(n)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect()
    };
    let part = |text: &str, start: usize, f: &Figure| {
        before(text, start, f, 1)
            .first()
            .is_some_and(|w| PART_WORDS.contains(&w.as_str()))
    };
    if part(ta, sa, a) != part(tb, sb, b) {
        return true;
    }
    let total = |text: &str, f: &Figure| {
        after(text, f, 3)
            .iter()
            .any(|w| TOTAL_WORDS.contains(&w.as_str()))
    };
    let each = |text: &str, start: usize, f: &Figure| {
        before(text, start, f, 6)
            .iter()
            .chain(after(text, f, 3).iter())
            .any(|w| EACH_WORDS.contains(&w.as_str()))
    };
    (total(ta, a) && each(tb, sb, b)) || (total(tb, b) && each(ta, sa, a))
}

/// Words that end the phrase after "of" naming what a figure is a share of: a relative
/// pronoun or a verb starts what is said about it ("in" is read apart: a place may follow).
const WHOLE_ENDS: &[&str] = &[
    "who", "that", "which", "whose", "where", "is", "are", "was", "were", "has", "have", "had",
    "will", "would", "goes", "go", "went", "get", "gets", "got", "say", "says", "said", "on", "at",
    "from", "to", "for", "since", "than",
];
/// Words of that phrase that say nothing of what the whole is.
const WHOLE_FILLERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "all", "our"];
/// Words that stand for any whole ("86 percent of the total").
const ANY_WHOLE: &[&str] = &["total", "whole", "sum", "overall"];

/// What a figure is a share or part of, from the words after it: "25 percent of Title X
/// funds" -> {title, x, funds}. The phrase runs to punctuation, a relative pronoun or a
/// verb. Returns the phrase's content words (folded) and the places it names: a capitalised
/// possessive ("of Ohio's population") or a capitalised word right after "in" ("of the
/// population in Utah").
fn whole_of(text: &str, f: &Figure) -> Option<(Vec<String>, Vec<String>)> {
    let tail = text.get(f.end..)?.trim_start();
    let rest = tail
        .strip_prefix("of ")
        .or_else(|| tail.strip_prefix("Of "))?;
    let (mut words, mut names) = (Vec::new(), Vec::new());
    let mut after_in = false;
    let tokens: Vec<&str> = rest.split_whitespace().take(8).collect();
    for (k, &token) in tokens.iter().enumerate() {
        // Tokenized copy writes the possessive apart ("Ohio 's").
        if matches!(token, "'s" | "’s") {
            continue;
        }
        let possessive_apart = matches!(tokens.get(k + 1), Some(&"'s" | &"’s"));
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        let word = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(word);
        let lower = word.to_lowercase();
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if after_in {
            if capitalised {
                names.push(lower);
            }
            break;
        }
        if capitalised
            && (possessive_apart || word.len() < token.trim_end_matches([',', '.', ';', ':']).len())
        {
            // a possessive: "Ohio's population"
            names.push(lower.clone());
        }
        if lower == "in" {
            after_in = true;
            continue;
        }
        if word.is_empty() || WHOLE_ENDS.contains(&lower.as_str()) {
            break;
        }
        if !WHOLE_FILLERS.contains(&lower.as_str()) {
            words.push(lower);
        }
        // A full stop ends the phrase, unless it ends an abbreviation ("the U.S. market").
        let abbreviation = word.contains('.') || word.chars().all(|c| c.is_uppercase());
        if token.ends_with([',', ';', ':', '?', '!', ')'])
            || (token.ends_with('.') && !abbreviation)
        {
            break;
        }
    }
    (!words.is_empty()).then_some((words, names))
}

/// Whether two figures are shares or parts of different wholes: the phrases after "of"
/// share no word ("25 percent of the funds" vs "41 percent of patients"; "the total" is
/// any whole), or both name places and none in common ("21 percent of Ohio's population" vs "30
/// percent of the population in Utah").
fn different_wholes(ta: &str, a: &Figure, tb: &str, b: &Figure) -> bool {
    let (Some((wa, na)), Some((wb, nb))) = (whole_of(ta, a), whole_of(tb, b)) else {
        return false;
    };
    let disjoint = |x: &[String], y: &[String]| x.iter().all(|w| !y.contains(w));
    let any_whole = |x: &[String]| x.iter().any(|w| ANY_WHOLE.contains(&w.as_str()));
    (disjoint(&wa, &wb) && !any_whole(&wa) && !any_whole(&wb))
        || (!na.is_empty() && !nb.is_empty() && disjoint(&na, &nb))
}

/// Whether two sentences use different words of one contrast group, each word absent from
/// the other sentence ("private colleges" vs "public colleges"): they speak of different
/// things.
fn contrasting(a: &str, b: &str, groups: &[Vec<String>]) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    groups.iter().any(|group| {
        let in_a: Vec<&String> = group.iter().filter(|g| wa.contains(g)).collect();
        let in_b: Vec<&String> = group.iter().filter(|g| wb.contains(g)).collect();
        !in_a.is_empty() && !in_b.is_empty() && in_a.iter().all(|g| !in_b.contains(g))
    })
}

fn following_word(text: &str, end: usize) -> Option<String> {
    let rest = text.get(end..)?;
    let trimmed = rest.strip_prefix(' ')?;
    let word: String = trimmed.chars().take_while(|c| c.is_alphabetic()).collect();
    (!word.is_empty() && word.chars().all(|c| c.is_lowercase())).then_some(word)
}

/// Length of a duration unit in days, for comparing "three hours" with "180 minutes".
fn duration_in_days(unit: &str) -> Option<f64> {
    Some(match unit {
        "year" => 365.25,
        "month" => 30.44,
        "week" => 7.0,
        "day" => 1.0,
        "hour" => 1.0 / 24.0,
        "minute" => 1.0 / 1440.0,
        _ => return None,
    })
}

/// The unit two figures must share to be compared: durations compare with each other.
fn comparable_unit(f: &Figure) -> Option<&str> {
    let unit = f.unit.as_deref()?;
    Some(if duration_in_days(unit).is_some() {
        "duration"
    } else {
        unit
    })
}

fn figures(facts: &[Fact]) -> Vec<&Figure> {
    super::shared::facts::figures(facts).collect()
}

/// Whether two figures in aligned sentences can both be true. The same hedge on both sides
/// ("more than 2,000" vs "more than 3,000") does not excuse different figures: the outlets
/// state the same bound, so the values themselves must match.
fn agree(a: &Figure, b: &Figure, rel: f64, abs: f64) -> bool {
    agree_in(a, b, rel, abs, Units::Own)
}

fn agree_in(a: &Figure, b: &Figure, rel: f64, abs: f64, units: Units) -> bool {
    // A number in a name ("Chapter 11", "C-130") is exact and means nothing under another name.
    if a.in_name() || b.in_name() {
        return a.unit == b.unit && a.value == b.value;
    }
    let same_unit = units == Units::SetAside || a.unit == b.unit;
    // Times of day ("5:30 a.m." vs "5:45 a.m.") are exact: no rounding; only a hedge written
    // before them widens them ("about 3 p.m." covers 3:22 p.m.).
    let clock = |f: &Figure| {
        f.unit
            .as_deref()
            .is_some_and(crate::extract::number::is_time_of_day)
    };
    if clock(a) || clock(b) {
        return a.unit == b.unit && a.low - abs <= b.high && b.low - abs <= a.high;
    }
    if let (Some(ha), Some(hb)) = (&a.hedge, &b.hedge)
        && same_unit
        && crate::extract::number::same_hedge_kind(ha, hb)
    {
        let slack = a.value.abs().max(b.value.abs()) * rel + abs;
        return (a.value - b.value).abs() <= slack || whole_of_decimal(a, b);
    }
    // Two ranges written in figures ("8-10 percent", "8-15 per cent", "between three and 11
    // times", "$150 to $150") or two tallies ("ruled 5-4") state both ends: each end must
    // match, not merely overlap.
    let written_range = |f: &Figure| {
        let between = f
            .hedge
            .as_deref()
            .is_some_and(|h| h.eq_ignore_ascii_case("between"));
        (f.hedge.is_none() || between)
            && f.text.contains(|c: char| c.is_ascii_digit())
            && (f.low < f.high || two_ends(&f.text))
    };
    if written_range(a) && written_range(b) && same_unit {
        let slack = a.high.abs().max(b.high.abs()) * rel + abs;
        return (a.low - b.low).abs() <= slack && (a.high - b.high).abs() <= slack;
    }
    // Unhedged figures of one unit agree when one is the other rounded or cut to fewer
    // digits: "$247 billion" and "$247.7 billion", "1.2 percent" and "1.23 percent",
    // "300 people" and "296 people".
    if a.hedge.is_none() && b.hedge.is_none() && a.low == a.high && b.low == b.high && same_unit {
        if rounds_to(a, b.value) || rounds_to(b, a.value) {
            return true;
        }
        if whole_of_decimal(a, b) {
            return true;
        }
    }
    overlaps_in(a, b, rel, abs, units)
}

/// Whether one figure is the other's decimals rounded or cut to a whole number, in digits or
/// in words ("3%" and "2.7 percent", "1,662" and "1,661.51", "five percentage points" and
/// "4.9 percent"; not "two percent" and "1.3 percent").
fn whole_of_decimal(a: &Figure, b: &Figure) -> bool {
    let decimals = |f: &Figure| f.text.contains('.');
    let (whole, decimal) = match (decimals(a), decimals(b)) {
        (false, true) => (a, b),
        (true, false) => (b, a),
        _ => return false,
    };
    let scale = rounding_scale(whole);
    if scale == 0.0 || scale != rounding_scale(decimal) {
        return false;
    }
    let units = decimal.value / scale;
    let stated = whole.value / scale;
    stated == units.round() || stated == units.trunc()
}

/// Whether a figure's text states two ends ("$150 to $150", "50-50").
fn two_ends(text: &str) -> bool {
    static ENDS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\d\s*(?:[-–]|\bto\b|\band\b)\s*\D{0,4}\d").unwrap()
    });
    ENDS.is_match(text)
}

/// Whether figure `f` may be `other` rounded or cut as `f` is written: within one unit of its
/// last written digit (0.1 for "1.2", 0.1 billion for "$1.8 billion", a million for "$3
/// million"); a round "300" or "100,000" is `other` rounded to as many significant digits
/// ("296" and "260" round to "300", "60,000" does not round to "100,000": it is written
/// "60,000"); a number word or a whole number under 100 is exact ("28" and "27" differ).
fn rounds_to(f: &Figure, other: f64) -> bool {
    let Some((digits, decimals)) = f.written_digits() else {
        return false;
    };
    let Ok(literal) = digits.parse::<f64>() else {
        return false;
    };
    if literal == 0.0 {
        return false;
    }
    let scale = f.value / literal;
    if let Some(decimals) = decimals {
        return (f.value - other).abs() < 10f64.powi(-(decimals as i32)) * scale;
    }
    let whole = digits.trim_start_matches('0');
    let zeros = whole.len() - whole.trim_end_matches('0').len();
    if literal >= 100.0 && zeros >= 2 {
        let significant = (whole.len() - zeros) as i32;
        let rounded = round_to_significant(other, significant);
        (rounded - f.value).abs() <= f.value.abs() * 1e-9
    } else if scale > 1.0 {
        // "$3 million": one unit of the scale.
        (f.value - other).abs() < scale
    } else {
        false
    }
}

/// The value of one unit of a figure's written digits ("$3 million": a million; "3%": 1); a
/// whole number written in words is in units ("five percentage points": 1).
fn rounding_scale(f: &Figure) -> f64 {
    match f.written_digits() {
        Some((digits, _)) => digits
            .parse::<f64>()
            .ok()
            .filter(|literal| *literal != 0.0)
            .map_or(0.0, |literal| f.value / literal),
        None if f.value.fract() == 0.0 && f.value.abs() < 100.0 => 1.0,
        None => 0.0,
    }
}

fn overlaps(a: &Figure, b: &Figure, rel: f64, abs: f64) -> bool {
    overlaps_in(a, b, rel, abs, Units::Own)
}

fn overlaps_in(a: &Figure, b: &Figure, rel: f64, abs: f64, units: Units) -> bool {
    // Durations compare in days; other units as they are.
    let widen = |f: &Figure| {
        let scale = match units {
            Units::Own => f.unit.as_deref().and_then(duration_in_days).unwrap_or(1.0),
            Units::SetAside => 1.0,
        };
        let slack = f.value.abs() * rel + abs;
        ((f.low - slack) * scale, (f.high + slack) * scale)
    };
    let (alo, ahi) = widen(a);
    let (blo, bhi) = widen(b);
    alo <= bhi && blo <= ahi
}

fn describe(f: &Figure) -> String {
    if f.unit
        .as_deref()
        .is_some_and(crate::extract::number::is_time_of_day)
    {
        return format!("\"{}\"", f.text);
    }
    let value = format_value(f.value);
    if f.low == f.high {
        format!("\"{}\" ({value})", f.text)
    } else {
        format!(
            "\"{}\" ({}–{})",
            f.text,
            format_value(f.low),
            if f.high.is_finite() {
                format_value(f.high)
            } else {
                "…".into()
            }
        )
    }
}

/// A value as an editor writes it: no trailing ".0", thousands separated.
pub fn format_value(v: f64) -> String {
    if !v.is_finite() {
        return "∞".into();
    }
    // Relative: 4.1 * 1e6 computed in binary is 4,099,999.9999999995, a whole number.
    if (v - v.round()).abs() < 1e-9 * v.abs().max(1.0) {
        let n = v.round() as i64;
        let digits = n.abs().to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        if n < 0 {
            out.insert(0, '-');
        }
        out
    } else {
        format!("{:.2}", v)
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_print_as_written() {
        assert_eq!(format_value(16_599_999_999.999998), "16,600,000,000");
        assert_eq!(format_value(4_099_999.999_999_999_5), "4,100,000");
        assert_eq!(format_value(2.5), "2.5");
        assert_eq!(format_value(1735.34), "1735.34");
        assert_eq!(format_value(7.999), "8");
    }

    #[test]
    fn a_round_number_is_another_rounded_to_as_many_significant_digits() {
        assert_eq!(round_to_significant(296.0, 1), 300.0);
        assert_eq!(round_to_significant(60_000.0, 1), 60_000.0);
        assert_eq!(round_to_significant(96_400.0, 2), 96_000.0);
        assert_eq!(round_to_significant(950.0, 1), 1000.0);
        let figure = |text: &str| {
            crate::extract::number::extract_figures(text)
                .into_iter()
                .next()
                .unwrap()
        };
        let (round, exact) = (figure("300 people"), figure("1.2 percent"));
        assert!(rounds_to(&round, 296.0) && rounds_to(&round, 260.0));
        assert!(!rounds_to(&round, 240.0) && !rounds_to(&round, 350.0));
        let bail = figure("$100,000 bail");
        assert!(rounds_to(&bail, 96_000.0) && !rounds_to(&bail, 60_000.0));
        assert!(rounds_to(&exact, 1.23) && !rounds_to(&exact, 1.31));
        // Whole numbers under 100 are exact.
        assert!(!rounds_to(&figure("28 people"), 27.0));
    }

    #[test]
    fn a_whole_number_is_a_decimal_rounded_or_cut_not_any_nearby_one() {
        let figure = |text: &str| {
            crate::extract::number::extract_figures(text)
                .into_iter()
                .next()
                .unwrap()
        };
        let agree = |a: &str, b: &str| whole_of_decimal(&figure(a), &figure(b));
        assert!(agree("3 percent", "2.7 percent"));
        assert!(agree("2.7 percent", "2 percent"));
        assert!(agree("1,662 shares", "1,661.51 shares"));
        assert!(agree("five percentage points", "4.9 percentage points"));
        assert!(!agree("two percent", "1.3 percent"));
        assert!(!agree("2 percent", "1.3 percent"));
        assert!(!agree("3 percent", "3.5 million"));
        assert!(!agree("2.5 percent", "2.7 percent"));
    }

    #[test]
    fn different_words_of_a_contrast_group_set_sentences_apart() {
        let groups = vec![vec!["private".to_string(), "public".to_string()]];
        let a = "Tuition at private colleges rose 6 percent.";
        assert!(contrasting(
            a,
            "Tuition at public colleges rose 4 percent.",
            &groups
        ));
        // One sentence naming both, or neither naming one, is no contrast.
        assert!(!contrasting(
            a,
            "Tuition at private and public colleges rose 4 percent.",
            &groups
        ));
        assert!(!contrasting(
            a,
            "Tuition at colleges rose 4 percent.",
            &groups
        ));
        assert!(!contrasting(a, "Tuition at public colleges rose.", &[]));
    }
}
