//! Figure (number) extraction for news sentences.
//!
//! `extract_figures` finds the numeric claims in a sentence ("nearly six-year war",
//! "$2.5bn", "hundreds of thousands of people", "10 to 15", "second time") and
//! normalises each into a stated `value` plus an interval `low..=high` that takes
//! hedges ("about", "more than", ...) and vagueness ("dozens") into account, so that
//! two outlets' figures can be compared by interval overlap.
//!
//! Design: a hand-written tokenizer (words, numeric literals, single symbols) and a
//! left-to-right scanner; every attempt reads a bounded number of tokens and every
//! success consumes what it read, so the whole thing is linear in the input.
//! Regexes (linear-time `regex` crate) mark spans to ignore (dates, times, URLs) and find
//! codes ("C-130").
//!
//! Conventions chosen (documented here because callers compare on them):
//! * Hedge intervals: see the constants below. "more than/over/above" -> `v ..= v*MORE_THAN_HIGH`
//!   (bounded: an unbounded interval would agree with everything); "at least" and
//!   "no fewer than" -> `v ..= f64::INFINITY` (serde_json writes infinity as `null`);
//!   "up to/as many as/at most/fewer than/less than/under/below" -> `0 ..= v`.
//! * Vague amounts: value = low end. "dozens" 24..=99, "hundreds" 200..=999, "thousands"
//!   2000..=9999, "millions" 2e6..=9_999_999, "tens of thousands" 20_000..=99_999,
//!   "hundreds of thousands" 200_000..=999_999; "several hundred" 300..=900, "a few thousand" 2000..=5000.
//! * Ranges ("10 to 15", "10-15", "between 10 and 15"): low/high = the ends, value = midpoint.
//!   "from 10 to 15" is NOT a range (in news it is a change): two figures. Nor is "X to Y"
//!   after a word of change ("rose $2.88 to $46.50") when X has its own currency or Y is more
//!   than `CHANGE_LEVEL_RATIO` × X; closer bare ends stay a range ("rose 10 to 15 percent").
//! * "plus or minus"/"±": hedge "plus or minus", interval as stated (a margin, not a sign).
//! * "$70-million", "38-million euros": a hyphen-glued scale word scales; "2 ½", "¾" add
//!   vulgar fractions.
//! * Units: percent -> "percent" ("percentage points" -> "percentage point"); currency ->
//!   ISO code ("$" and "dollars" -> "USD", "£"/"pounds" -> "GBP", "€"/"euros" -> "EUR", ...);
//!   measures/durations -> singular short names ("year", "minute", "km", "kg", "mile", ...);
//!   ages -> "age" ("a 17-year-old", and a whole number set off by commas after a name:
//!   "Max Guarino, 26,");
//!   otherwise the following plain lower-case noun, singularised, with people/person/persons -> "people"
//!   (other nouns stay specific: "civilian", "soldier"; a listed capitalised plural demonym
//!   counts too: "Americans" -> "american"). Speeds: "miles per hour" -> "mph", "km/h".
//!   Measure/currency/percent units are inside the span; a counted noun is not (except when hyphen-glued).
//! * "m" after digits is million ("$600m", "1.2m people") unless a measure follows or precedes
//!   it without a currency: "1.8m tall", "a 3m-high fence", "12m in diameter", "a 4m wall",
//!   "stood 1.8m" are metres. Area: "m2", "km²", "sq m" -> "m2", "km2".
//! * "three hundred and two dozen" = 300 + 2 × 12; a bare "half" after a hedge ("more than half")
//!   is 0.5 with no unit.
//! * Exclusions: years (4-digit 1800..=2100 unless followed by %, a currency, a measure unit or a plural
//!   noun and not after "in/since/by/..."), dates and times, also "1018 GMT" (masked by regex; a
//!   time with a.m./p.m. is then added as a figure of unit "time of day"), codes and models
//!   ("Su-35", "G20", "COVID-19", "A380", "Win10", "5G"), decades ("1990s"), URLs,
//!   bare "a", and "one" unless it counts something (followed by a unit, currency, percent
//!   or a plain lower-case noun, and not preceded by "the/this/that/any/no/each/every/which").
//! * "second" after "a/one/per/every/each" is the time unit, otherwise an ordinal.
//! * Numbers in names: a bare number after a naming word ("Chapter 11", "No. 10", "number
//!   19", "Route 66") or after a capitalised word inside the sentence ("Windows 98", "Client
//!   1.0", "Title 42"), and a code joined by a hyphen to capitals ("C-130", "TMA-2",
//!   "COVID-19"), are figures whose unit is the name, after `NAME_NUMBER` ("#chapter", "#c"):
//!   they identify something, count nothing, and compare only with the same name.
//!
//! Files, in pipeline order:
//! * `words.rs`: number words, units and currencies as tables of values, and lookups in
//!   `crate::lexicon` (hedges, stop words, ...).
//! * `scan.rs`: the tokenizer, the token helpers and the left-to-right scan over tokens.
//! * `exclude.rs`: what is no figure: masked spans (dates, times, URLs), codes and versions,
//!   numbers glued by commas, years.
//! * `amount.rs`: a number expression in digits and/or words ("2.5bn", "three hundred and
//!   two dozen") read into a value.
//! * `hedge.rs`: hedges before and after the number ("about", "more than", "or so") and the
//!   interval each leaves.
//! * `range.rs`: ranges ("10 to 15", "between 10 and 15") and vague amounts ("dozens").
//! * `tally.rs`: votes and scores ("ruled 5-4").
//! * `unit.rs`: units, currencies, measures, ages and counted nouns.
//! * `figure.rs`: one figure read at a token, the steps above in order.
//! * `clock.rs`: times of day ("5:30 a.m."), added after the scan.
//! * `names.rs`: numbers that are part of a name ("Chapter 11", "C-130"), marked last.
//! * `tests.rs`: the tests of the whole folder.

use compact_str::CompactString;
use regex::Regex;
use std::sync::LazyLock;

mod amount;
mod clock;
mod exclude;
mod figure;
mod hedge;
mod names;
mod range;
mod scan;
mod tally;
mod unit;
mod words;

pub(crate) use amount::round_to_significant;
pub use clock::{TIME_OF_DAY, is_time_of_day};
pub use hedge::{ABOUT_HIGH, ABOUT_LOW, MORE_THAN_HIGH, NEARLY_LOW, same_hedge_kind};
pub use names::{NAME_NUMBER, is_name_number};
pub use range::CHANGE_LEVEL_RATIO;
pub use tally::TALLY;
pub(crate) use unit::singular;
pub use unit::{AGE, counted_unit, is_count_unit};

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Figure {
    pub start: usize,
    pub end: usize,
    /// Words held inline up to 24 bytes, as a name's (`crate::extract::Name`).
    pub text: CompactString,
    pub value: f64,
    pub low: f64,
    pub high: f64,
    pub unit: Option<CompactString>,
    pub hedge: Option<CompactString>,
    pub ordinal: bool,
    /// A range written high end first ("between 42,000 and 15,000"): read low to high, and
    /// worth a finding of its own (one end is likely a slip).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub reversed: bool,
}

impl Figure {
    /// Whether the figure is a number in a name ("Chapter 11", "C-130").
    pub fn in_name(&self) -> bool {
        self.unit.as_deref().is_some_and(is_name_number)
    }

    /// The first number written in digits in the figure's text, without separators, and how
    /// many decimals it has ("$2,500.75 million" -> "2500.75", 2).
    pub fn written_digits(&self) -> Option<(String, Option<usize>)> {
        static LITERAL: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"\d[\d,]*(?:\.(\d+))?").unwrap());
        let c = LITERAL.captures(&self.text)?;
        Some((c[0].replace(',', ""), c.get(1).map(|d| d.as_str().len())))
    }
}

/// Extract the figures of one sentence or paragraph, sorted by start, non-overlapping.
pub fn extract_figures(text: &str) -> Vec<Figure> {
    extract_figures_in(text, &crate::text::tokenize(text))
}

/// [`extract_figures`] of a text already read into `tokens` (`crate::text::tokenize`).
pub fn extract_figures_in(text: &str, tokens: &[crate::text::Token]) -> Vec<Figure> {
    let mut out = scan::scan(text, tokens);
    // Times of day are masked above; they are figures of their own unit.
    for time in clock::times_of_day(text) {
        if out
            .iter()
            .all(|f| f.end <= time.start || time.end <= f.start)
        {
            out.push(time);
        }
    }
    out.sort_by_key(|f| f.start);
    names::name_numbers(text, &mut out);
    out
}

#[cfg(test)]
mod tests;
