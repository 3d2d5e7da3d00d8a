//! Date extraction and resolution for news sentences.
//!
//! `extract_dates(text, published)` finds absolute dates ("9 September 2016", "May 4, 2016",
//! "9/9/2016", "2016-09-09", "September 2014", "in 2014", "the 9th of September"), weekdays
//! ("on Monday", "next Friday") and relative expressions ("yesterday", "last week",
//! "earlier this year", "two days ago") and resolves each to an inclusive interval of days.
//!
//! Design: a handful of linear-time regexes (`regex` crate) produce candidates; overlapping
//! candidates are resolved by taking the earliest start, then the longest.
//!
//! Resolution rules (documented because callers compare on them):
//! * A day: from == to; a month: first..last day; a year: Jan 1..Dec 31; weeks are Monday..Sunday.
//! * Bare weekday ("on Monday", "Friday"): the most recent such day on or before publication
//!   (a Friday article's "Friday" is that day), unless a future cue ("will", "'ll", "is/are/was/were to",
//!   "is/are due to", "plans to", "set to", "expected to", "scheduled", "shall") occurs in the few
//!   words before it in the same sentence: then the first such day on or after publication.
//!   "next Monday" = Monday of the following week; "last/previous Monday" = Monday of the previous
//!   week; "this Monday" = Monday of the current week; "this coming/coming/upcoming Monday" = first
//!   Monday after publication; "this past/past Monday" = last Monday before publication.
//! * Month and day without a year ("February 27"), month alone ("in February"): the publication
//!   year if that date/month starts on or before publication, else the previous year; with a
//!   future cue, the first occurrence ending on or after publication. "this February" = publication
//!   year, "last February" = the latest February before the publication month, "next February" the
//!   first after it. "early/mid/late February" resolve to the whole month (containing interval).
//! * "since X" resolves to X itself with `since = true` (e.g. "since March 2011" -> March 2011).
//! * "today", "earlier today", "later today", "earlier/later in the day", "this morning/afternoon/evening",
//!   "tonight" = publication day; "yesterday", "last night" = day before; "tomorrow" = day after.
//! * "last/this/next week|month|year"; "earlier this year|month|week" = start of the period ..
//!   publication day; "later this ..." = publication day .. end of the period.
//! * "N days/weeks/months/years ago" = the single day N units before publication.
//! * "the day before" / "the day after" ending a clause = publication day -/+ 1 (as in
//!   Recognizers); followed by more words ("a day before Syrian peace talks") the anchor is an event,
//!   not the publication: resolved None, relative = true. Once the whole cluster is read, an
//!   event that articles date to one day ("The talks opened on Friday") resolves it
//!   (`extract::resolve_event_dates`).
//! * "in recent days/weeks/months/years": too vague, resolved None, relative = true.
//! * Without a publication date every relative expression (and a month-day without a year)
//!   resolves to None; absolute ones still resolve.
//! * "May" and "March" alone (no day/year) need a preceding preposition/modifier ("in May",
//!   "since March") to avoid the verb and names ("Theresa May").
//!
//! Files, in pipeline order:
//! * `words.rs`: month and weekday names, number words, the words that make a weekday or a
//!   month part of a name (their lists are in `crate::lexicon`).
//! * `patterns.rs`: the regexes and the candidates they find, with the checks that a match is
//!   a date.
//! * `resolve.rs`: resolving a candidate against the publication date.
//! * `tests.rs`: the tests of the whole folder.

use chrono::NaiveDate;
use compact_str::CompactString;

mod patterns;
mod resolve;
mod words;

pub use words::month_num;

use patterns::{R_DMY, R_MDY, R_SINCE, collect};

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    /// Words held inline up to 24 bytes, as a name's (`crate::extract::Name`).
    pub text: CompactString,
    /// None when no publication date is known for a relative date, or too vague
    pub resolved: Option<DateRange>,
    /// depends on the publication date
    pub relative: bool,
    /// "since X": the mention is the start of an open period
    pub since: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct DateRange {
    #[serde(serialize_with = "ser_date")]
    pub from: NaiveDate,
    #[serde(serialize_with = "ser_date")]
    pub to: NaiveDate,
}

fn ser_date<S: serde::Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&d.format("%Y-%m-%d"))
}

impl DateRange {
    pub fn day(d: NaiveDate) -> Self {
        DateRange { from: d, to: d }
    }
}

/// Extract the date mentions of one sentence or paragraph, sorted by start, non-overlapping.
pub fn extract_dates(text: &str, published: Option<NaiveDate>) -> Vec<DateMention> {
    extract_dates_with(text, published, true)
}

/// [`extract_dates`] of a text whose tokens (`crate::text::tokenize`) are `tokens`: a text
/// without a numeral is not searched for the dates written with one.
pub fn extract_dates_in(
    text: &str,
    published: Option<NaiveDate>,
    tokens: &[crate::text::Token],
) -> Vec<DateMention> {
    extract_dates_with(text, published, crate::text::may_hold_numeral(tokens))
}

fn extract_dates_with(
    text: &str,
    published: Option<NaiveDate>,
    numerals: bool,
) -> Vec<DateMention> {
    let mut cands = collect(text, published, numerals);
    cands.sort_by(|a, b| a.s.cmp(&b.s).then(b.e.cmp(&a.e)));
    let mut out: Vec<DateMention> = Vec::new();
    let mut last_end = 0usize;
    for c in cands {
        if c.s < last_end {
            continue;
        }
        // "since X"
        let mut s = c.s;
        let mut since = false;
        let mut from = c.s.saturating_sub(12);
        while from > 0 && !text.is_char_boundary(from) {
            from -= 1;
        }
        if let Some(before) = text.get(from..c.s)
            && let Some(m) = R_SINCE.find(before)
        {
            let ns = from + m.start();
            if ns >= last_end {
                s = ns;
                since = true;
            }
        }
        last_end = c.e;
        out.push(DateMention {
            start: s,
            end: c.e,
            text: text[s..c.e].into(),
            resolved: c.resolved,
            relative: c.relative,
            since,
        });
    }
    out
}

/// The words of a date mention, lower case, months and weekdays written in full, without
/// periods and commas.
pub fn date_words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w.to_lowercase();
            crate::lexicon::calendar::full_name(&w).unwrap_or(w)
        })
        .collect()
}

/// The month and day a date mention names in words and digits ("Jan. 14", "14 January 2004",
/// "since March 18"): ("january", 14); None for a weekday, a month or a year alone. Read with
/// the extractor's own day patterns; the month written in full (`date_words`).
pub fn month_and_day(text: &str) -> Option<(String, u32)> {
    let (month, day) = R_MDY
        .captures(text)
        .map(|c| (c.get(2), c.get(3)))
        .or_else(|| R_DMY.captures(text).map(|c| (c.get(3), c.get(2))))?;
    let day: u32 = day?
        .as_str()
        .parse()
        .ok()
        .filter(|d| (1..=31).contains(d))?;
    let month = date_words(month?.as_str()).pop()?;
    Some((month, day))
}

#[cfg(test)]
mod tests;
