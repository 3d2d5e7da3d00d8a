//! Whether two dates of aligned sentences disagree: resolved periods of one precision that do
//! not overlap (a year left out read in the other's year, "today" a day either way), or,
//! unresolved, different weekday names, months or days of a month.

use crate::checks::shared::facts::dates;
use crate::extract::{DateMention, DateRange, Document};
use crate::lexicon::DEICTIC_WORDS;
use crate::lexicon::calendar;

/// Whether two aligned sentences date what they report apart: each states a date, and each
/// date of one disagrees with each date of the other, as this check reads them ("Sept. 7" vs
/// "Sept. 9", "Thursday" vs "Tuesday") or as periods with no day in common, each with its
/// year written ("the February 2013 note" vs "the note maturing in 2008"). Sentences:
/// (document, sentence).
pub fn dated_apart((da, sa): (&Document, usize), (db, sb): (&Document, usize)) -> bool {
    let a: Vec<_> = dates(da.facts(sa)).collect();
    let b: Vec<_> = dates(db.facts(sb)).collect();
    let published = (da.article.published, db.article.published);
    let apart = |x: &DateMention, y: &DateMention| {
        if x.since || y.since {
            return false;
        }
        let disjoint = match (x.resolved, y.resolved) {
            (Some(rx), Some(ry)) => {
                !x.relative
                    && !y.relative
                    && !year_left_out(x)
                    && !year_left_out(y)
                    && (rx.to < ry.from || ry.to < rx.from)
            }
            _ => false,
        };
        disjoint || disagree(x, y, published, chrono::Duration::zero())
    };
    !a.is_empty() && !b.is_empty() && a.iter().all(|x| b.iter().all(|y| apart(x, y)))
}

/// Whether every date two sentences state names one day ("Wednesday", "Sept. 7, 2016"): when
/// something happened, not a period that tells one thing from another ("the February 2013
/// note" and "the note maturing in 2008"). Sentences: (document, sentence).
pub fn dates_name_days((da, sa): (&Document, usize), (db, sb): (&Document, usize)) -> bool {
    let day = |d: &DateMention| {
        weekday_of(&d.text).is_some() || d.resolved.is_some_and(|r| precision(r) == Precision::Day)
    };
    dates(da.facts(sa)).chain(dates(db.facts(sb))).all(day)
}

/// Whether two dates of aligned sentences cannot name the same day, month or year.
/// `published`: the two articles' publication dates.
pub(super) fn disagree(
    a: &DateMention,
    b: &DateMention,
    published: (Option<chrono::NaiveDate>, Option<chrono::NaiveDate>),
    tolerance: chrono::Duration,
) -> bool {
    // The same words in two articles of the same day are the same date, however the tense
    // read them.
    if a.text.eq_ignore_ascii_case(&b.text) && published.0 == published.1 {
        return false;
    }
    // "Thursday" and "last Thursday", "Sunday" and "next Sunday": the same day name with a
    // modifier whose week readers (and writers) disagree on.
    if let (Some(wa), Some(wb)) = (weekday_of(&a.text), weekday_of(&b.text))
        && wa == wb
    {
        return false;
    }
    // Two periods of years written out ("from 1998 to 2050" vs "over 2000 - 2050") disagree
    // when either end does: they overlap, but they are not one period.
    if let (Some(sa), Some(sb)) = (year_span(a), year_span(b)) {
        return sa != sb;
    }
    // "Today", "yesterday" and "last night" depend on the hour an article went out: they may
    // be a day off.
    let slack = if is_deictic(&a.text) || is_deictic(&b.text) {
        tolerance + chrono::Duration::days(1)
    } else {
        tolerance
    };
    match (a.resolved, b.resolved) {
        (Some(ra), Some(rb)) => {
            // A day or month whose year the text leaves out ("Sept. 30") is read in the year
            // of the other ("30 September 2003"): guessing the year from tense is not
            // evidence of a different date.
            let (ra, rb) = match (year_left_out(a), year_left_out(b)) {
                (true, false) => (in_year_of(ra, rb), rb),
                (_, true) => (ra, in_year_of(rb, ra)),
                _ => (ra, rb),
            };
            // Only dates of the same precision compare: a day with a day, a month with a
            // month ("June" and "1999" name different things).
            precision(ra) == precision(rb)
                && precision(ra) != Precision::Other
                && (ra.from - slack > rb.to || rb.from - slack > ra.to)
        }
        // One side resolved and the other not (no publication date, no year): months and
        // days of a month still compare by name.
        (Some(_), None) | (None, Some(_))
            if matches!(date_kind(a), "day" | "month") && date_kind(a) == date_kind(b) =>
        {
            written_month_and_day(&a.text) != written_month_and_day(&b.text)
        }
        // One side a day resolved against its article's date ("earlier in the day" in an
        // article of Friday 9 September 2016), the other a weekday named in an article with
        // no date ("on Monday"): the day is not that weekday, within the slack.
        (Some(r), None) | (None, Some(r)) if r.from == r.to => {
            let named = if a.resolved.is_none() { a } else { b };
            weekday_of(&named.text)
                .is_some_and(|name| weekdays_apart(r.from, name) > slack.num_days())
        }
        (None, None) => {
            // No publication date: weekday names, and months (with their days) of the same
            // kind, still differ outright.
            match (weekday_of(&a.text), weekday_of(&b.text)) {
                (Some(wa), Some(wb)) => published.0 == published.1 && wa != wb,
                _ => {
                    let kind = date_kind(a);
                    kind == date_kind(b)
                        && matches!(kind, "day" | "month")
                        && written_month_and_day(&a.text) != written_month_and_day(&b.text)
                }
            }
        }
        _ => false,
    }
}

/// The first and last year of a period of years written with both years ("from 1976 to
/// 1980", "over 2000 - 2050"), resolved from the first day of one to the last of the other.
pub(super) fn year_span(d: &DateMention) -> Option<(i32, i32)> {
    use chrono::Datelike;
    let r = d.resolved?;
    let years = d
        .text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .count();
    let whole_years = (r.from.month(), r.from.day(), r.to.month(), r.to.day()) == (1, 1, 12, 31);
    (years == 2 && whole_years && r.from.year() < r.to.year()).then(|| (r.from.year(), r.to.year()))
}

/// How precise a resolved date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Precision {
    Day,
    Month,
    Year,
    /// Weeks, spans ("earlier this year"), anything else.
    Other,
}

pub(super) fn precision(r: DateRange) -> Precision {
    use chrono::Datelike;
    let month_end = |d: chrono::NaiveDate| d.succ_opt().is_none_or(|n| n.month() != d.month());
    if r.from == r.to {
        Precision::Day
    } else if r.from.day() == 1
        && r.from.month() == 1
        && r.to.month() == 12
        && r.to.day() == 31
        && r.from.year() == r.to.year()
    {
        Precision::Year
    } else if r.from.day() == 1
        && r.from.month() == r.to.month()
        && r.from.year() == r.to.year()
        && month_end(r.to)
    {
        Precision::Month
    } else {
        Precision::Other
    }
}

/// Whether a day or month names no year and is not relative to publication ("Sept. 30",
/// "in July"): its year was inferred from the publication date and the tense.
fn year_left_out(d: &DateMention) -> bool {
    matches!(date_kind(d), "day" | "month")
        && !d
            .text
            .split(|c: char| !c.is_ascii_digit())
            .any(|w| w.len() == 4)
}

/// `r` moved to the year of `other` (the same month and day), when that date exists.
fn in_year_of(r: DateRange, other: DateRange) -> DateRange {
    use chrono::Datelike;
    let shift = other.from.year() - r.from.year();
    let moved = |d: chrono::NaiveDate| d.with_year(d.year() + shift);
    match (moved(r.from), moved(r.to)) {
        (Some(from), Some(to)) => DateRange { from, to },
        _ => r,
    }
}

/// The month number and the day of the month of an unresolved date, each when written, read
/// word by word ("May 4", "4 May", a month alone). Unlike `extract::date::month_and_day`
/// (alignment), it keeps a month without a day.
fn written_month_and_day(text: &str) -> (Option<u32>, Option<u32>) {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let month = words
        .iter()
        .filter(|w| w.len() >= 3)
        .find_map(|w| crate::extract::date::month_num(w));
    let day = words
        .iter()
        .find(|w| w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()))
        .and_then(|w| w.parse().ok());
    (month, day)
}

/// Whether a date names a day relative to the hour of publication ("today", "last night").
pub(super) fn is_deictic(text: &str) -> bool {
    let lower = text.to_lowercase();
    DEICTIC_WORDS.iter().any(|w| lower.contains(w))
}

/// What a date mention names, for pairing mentions when a sentence has several: a
/// weekday, a day of a month, a month, a year, or a day relative to publication.
pub(super) fn date_kind(d: &DateMention) -> &'static str {
    let lower = d.text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let month = words
        .iter()
        .any(|w| w.len() >= 3 && calendar::month_number(w).is_some());
    let day = words
        .iter()
        .any(|w| w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()));
    if weekday_of(&lower).is_some() {
        "weekday"
    } else if month && day {
        "day"
    } else if month {
        "month"
    } else if words.iter().any(|w| w.chars().all(|c| c.is_ascii_digit())) {
        "year"
    } else {
        "relative"
    }
}

/// Days between the weekday of `day` and the weekday `name` ("monday"), either way round the
/// week (0 to 3).
fn weekdays_apart(day: chrono::NaiveDate, name: &str) -> i64 {
    use chrono::Datelike;
    let Some(named) = calendar::WEEKDAY_NAMES.iter().position(|d| *d == name) else {
        return 0;
    };
    let apart = (day.weekday().num_days_from_monday() as i64 - named as i64).rem_euclid(7);
    apart.min(7 - apart)
}

fn weekday_of(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    calendar::WEEKDAY_NAMES
        .iter()
        .copied()
        .find(|d| lower.contains(d))
}
