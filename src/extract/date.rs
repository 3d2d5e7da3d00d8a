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
//!   not the publication: resolved None, relative = true.
//! * "in recent days/weeks/months/years": too vague, resolved None, relative = true.
//! * Without a publication date every relative expression (and a month-day without a year)
//!   resolves to None; absolute ones still resolve.
//! * "May" and "March" alone (no day/year) need a preceding preposition/modifier ("in May",
//!   "since March") to avoid the verb and names ("Theresa May").

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use regex::{Captures, Regex};
use std::sync::LazyLock;

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
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

const MONTH_RE: &str = "january|february|march|april|may|june|july|august|september|october|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec";
const MONTH_FULL_RE: &str =
    "january|february|march|april|may|june|july|august|september|october|november|december";
const WD_RE: &str = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

fn re(p: &str) -> Regex {
    Regex::new(&p.replace(r"\b", r"(?-u:\b)")).expect("date regex")
}

static R_DMY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:({WD_RE}),?\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+({MONTH_RE})\b\.?(?:\s*,?\s*(\d{{4}})\b)?"
    ))
});
static R_MDY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:({WD_RE}),?\s+)?({MONTH_RE})\b\.?\s*(\d{{1,2}})(?:st|nd|rd|th)?\b(?:\s*,?\s*(\d{{4}})\b)?"
    ))
});
static R_ISO: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"));
static R_US: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b"));
static R_MY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:(early|mid|late)[\s-]+)?({MONTH_RE})\b\.?(?:,?\s+|[-/])(\d{{4}})\b"
    ))
});
static R_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(in|since|during|from|until|till|by|of|early|late|mid-?|throughout|the year|year)\s+(\d{4})\b",
    )
});
/// "from 1976 to 1980", "between 2001 and 2004": one period of years.
static R_YEARS: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:from|between)\s+(\d{4})\s*(?:to|and|until|through|-|–)\s*(\d{4})\b")
});
static R_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:(this|last|next|in|during|by|until|till|from|of|through|before|after|since|early|mid-?|late)\s+)?(?:(early|mid|late)[\s-]+)?({MONTH_FULL_RE})\b"
    ))
});
static R_WD: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:(last|next|this coming|this past|this upcoming|this|coming|upcoming|past|previous|following)\s+)?({WD_RE})\b"
    ))
});
static R_REL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(today|yesterday|tomorrow|tonight|this morning|this afternoon|this evening|last night|earlier today|later today|earlier in the day|later in the day)\b",
    )
});
static R_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(earlier|later)\s+(?:in\s+)?)?(last|this|next|the past|past|previous|the previous|the coming|coming)\s+(week|month|year)\b",
    )
});
static R_AGO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,4})\s+(day|week|month|year)s?\s+ago\b",
    )
});
static R_DAYREL: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(a|the)\s+day\s+(before|after)\b"));
static R_RECENT: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\bin\s+recent\s+(days|weeks|months|years)\b"));

/// The month number of an English month name or abbreviation ("Sept.", "september").
pub fn month_num(s: &str) -> Option<u32> {
    let l = s.to_ascii_lowercase();
    let p = l.get(..3)?;
    Some(match p {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    })
}

fn weekday(s: &str) -> Option<Weekday> {
    let l = s.to_ascii_lowercase();
    Some(match l.get(..3)? {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        _ => return None,
    })
}

fn small_num(s: &str) -> Option<u32> {
    Some(match s.to_ascii_lowercase().as_str() {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        d => d.parse().ok()?,
    })
}

fn month_range(y: i32, m: u32) -> Option<DateRange> {
    let from = NaiveDate::from_ymd_opt(y, m, 1)?;
    let to = from.checked_add_months(Months::new(1))?.pred_opt()?;
    Some(DateRange { from, to })
}

fn year_range(y: i32) -> Option<DateRange> {
    Some(DateRange {
        from: NaiveDate::from_ymd_opt(y, 1, 1)?,
        to: NaiveDate::from_ymd_opt(y, 12, 31)?,
    })
}

fn week_range(d: NaiveDate) -> Option<DateRange> {
    let from = d.checked_sub_days(Days::new(d.weekday().num_days_from_monday() as u64))?;
    Some(DateRange {
        from,
        to: from.checked_add_days(Days::new(6))?,
    })
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// Future-tense cue in the few words before byte `pos` (same sentence).
fn future_cue(text: &str, pos: usize) -> bool {
    let mut from = pos.saturating_sub(80);
    while from > 0 && !text.is_char_boundary(from) {
        from -= 1;
    }
    let Some(before) = text.get(from..pos) else {
        return false;
    };
    let clause = match before.rfind(['.', ';', '!', '?']) {
        Some(i) => &before[i + 1..],
        None => before,
    };
    let lc = clause.to_lowercase().replace('’', "'");
    let words: Vec<&str> = lc.split_whitespace().collect();
    let tail = &words[words.len().saturating_sub(8)..];
    let joined = format!(" {} ", tail.join(" "));
    const CUES: &[&str] = &[
        " will ",
        "'ll ",
        " is to ",
        " are to ",
        " were to ",
        " was to ",
        " is due to ",
        " are due to ",
        " was due to ",
        " were due to ",
        " plans to ",
        " plan to ",
        " planned to ",
        " set to ",
        " scheduled ",
        " expected to ",
        " shall ",
        " is going to ",
        " are going to ",
    ];
    CUES.iter().any(|c| joined.contains(c))
}

/// Resolve month/day without year.
fn resolve_md(m: u32, d: u32, publ: NaiveDate, future: bool) -> Option<DateRange> {
    let y = publ.year();
    let this = NaiveDate::from_ymd_opt(y, m, d);
    // That day on or before publication, and on or after it.
    let past = this
        .filter(|t| *t <= publ)
        .or_else(|| NaiveDate::from_ymd_opt(y - 1, m, d));
    let next = this
        .filter(|t| *t >= publ)
        .or_else(|| NaiveDate::from_ymd_opt(y + 1, m, d));
    // A future cue takes the next; without one, the nearer of the two: a story that names a
    // day without its year means one close to it ("meet the deadline by May 25" in an article
    // of May 17), not a day almost a year back.
    let date = match (past, next) {
        _ if future => next?,
        (Some(p), Some(n)) if (n - publ) < (publ - p) => n,
        (Some(p), _) => p,
        (None, n) => n?,
    };
    Some(DateRange::day(date))
}

fn resolve_month_alone(m: u32, modifier: &str, publ: NaiveDate, future: bool) -> Option<DateRange> {
    let y = publ.year();
    let pm = publ.month();
    let year = match modifier {
        "this" => y,
        "last" => {
            if m < pm {
                y
            } else {
                y - 1
            }
        }
        "next" => {
            if m > pm {
                y
            } else {
                y + 1
            }
        }
        _ if future => {
            if m >= pm {
                y
            } else {
                y + 1
            }
        }
        _ => {
            if m <= pm {
                y
            } else {
                y - 1
            }
        }
    };
    month_range(year, m)
}

/// A weekday that is part of a name, not a date: a newspaper ("the Sunday Telegraph", "the
/// Mail on Sunday") or a day of the calendar or of history ("Good Friday", "Bloody Sunday").
fn weekday_in_name(text: &str, start: usize, end: usize) -> bool {
    let before: Vec<&str> = text[..start].split_whitespace().rev().take(2).collect();
    let after = text[end..].split_whitespace().next().unwrap_or("");
    let after_word = after.trim_end_matches(|c: char| !c.is_alphanumeric());
    let capital_after = after_word.chars().next().is_some_and(char::is_uppercase)
        && after_word.len() == after.len()
        && month_num(after_word).is_none()
        && !matches!(
            after_word,
            "Morning" | "Afternoon" | "Evening" | "Night" | "Mr" | "Mrs" | "Ms" | "Dr"
        );
    let newspaper_first = before
        .first()
        .is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && capital_after;
    let on_sunday = before.first() == Some(&"on")
        && before
            .get(1)
            .is_some_and(|w| matches!(*w, "Mail" | "Independent" | "Scotland" | "Wales"));
    let named_day = before.first().is_some_and(|w| {
        matches!(
            *w,
            "Good"
                | "Black"
                | "Bloody"
                | "Super"
                | "Ash"
                | "Palm"
                | "Easter"
                | "Holy"
                | "Maundy"
                | "Shrove"
                | "Cyber"
        )
    });
    newspaper_first || on_sunday || named_day
}

fn resolve_weekday(
    wd: Weekday,
    modifier: &str,
    publ: NaiveDate,
    future: bool,
) -> Option<DateRange> {
    let pw = publ.weekday().num_days_from_monday() as i64;
    let w = wd.num_days_from_monday() as i64;
    let monday = add_days(publ, -pw)?;
    let d = match modifier {
        "next" | "following" => add_days(monday, 7 + w)?,
        "last" | "previous" => add_days(monday, -7 + w)?,
        "this" => add_days(monday, w)?,
        "this coming" | "coming" | "upcoming" | "this upcoming" => {
            let diff = (w - pw).rem_euclid(7);
            add_days(publ, if diff == 0 { 7 } else { diff })?
        }
        "this past" | "past" => {
            let diff = (pw - w).rem_euclid(7);
            add_days(publ, -(if diff == 0 { 7 } else { diff }))?
        }
        _ if future => add_days(publ, (w - pw).rem_euclid(7))?,
        _ => add_days(publ, -((pw - w).rem_euclid(7)))?,
    };
    Some(DateRange::day(d))
}

fn year_of(s: &str) -> Option<i32> {
    let y: i32 = s.parse().ok()?;
    if s.len() == 2 {
        return Some(if y < 50 { 2000 + y } else { 1900 + y });
    }
    Some(y)
}

#[derive(Debug, Clone)]
struct Cand {
    s: usize,
    e: usize,
    resolved: Option<DateRange>,
    relative: bool,
}

fn g<'t>(c: &Captures<'t>, i: usize) -> Option<&'t str> {
    c.get(i).map(|m| m.as_str())
}

fn lc(s: Option<&str>) -> String {
    s.map(|x| x.to_ascii_lowercase()).unwrap_or_default()
}

/// Next non-space char after byte `e`.
/// "between December and May", "from January to March": a month after another month and a
/// joining word is a month, not the verb or the modal.
fn second_of_two_months(text: &str, start: usize) -> bool {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"(?i)\b(?:{MONTH_FULL_RE})\s*(?:and|to|or|through|until|-|–)\s*$"
        ))
    });
    let from = text.floor_char_boundary(start.saturating_sub(24));
    BEFORE.is_match(&text[from..start])
}

/// "The March downturn", "the May figures", "March's jobs report": a capitalised "March" or
/// "May" after "the" and before a lower-case noun, or with a possessive, is the month, not
/// the verb, the modal or a name ("Theresa May", "the March on Washington", "the May
/// government").
fn month_as_modifier(text: &str, start: usize, end: usize) -> bool {
    let after = text.get(end..).unwrap_or("");
    if after.starts_with("'s ") || after.starts_with("’s ") {
        return true;
    }
    let before = text.get(..start).unwrap_or("").trim_end();
    let after_the = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("the"));
    let next: String = after
        .strip_prefix(' ')
        .unwrap_or("")
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '-')
        .collect();
    after_the
        && next.chars().next().is_some_and(char::is_lowercase)
        && !matches!(
            next.as_str(),
            "on" | "to"
                | "of"
                | "and"
                | "or"
                | "in"
                | "government"
                | "administration"
                | "cabinet"
                | "ministry"
                | "era"
                | "team"
                | "camp"
        )
}

fn next_char(text: &str, e: usize) -> Option<char> {
    text.get(e..)?.chars().find(|c| !c.is_whitespace())
}

fn collect(text: &str, publ: Option<NaiveDate>) -> Vec<Cand> {
    let mut out: Vec<Cand> = Vec::new();
    let mut push = |s: usize, e: usize, resolved: Option<DateRange>, relative: bool| {
        if s < e {
            out.push(Cand {
                s,
                e,
                resolved,
                relative,
            });
        }
    };

    // Day Month [Year] and Month Day [Year]
    for (rx, di, mi, yi) in [(&*R_DMY, 2usize, 3usize, 4usize), (&*R_MDY, 3, 2, 4)] {
        for c in rx.captures_iter(text) {
            let Some(m0) = c.get(0) else { continue };
            let (Some(d), Some(m)) = (
                g(&c, di).and_then(|d| d.parse::<u32>().ok()),
                g(&c, mi).and_then(month_num),
            ) else {
                continue;
            };
            if !(1..=31).contains(&d) {
                continue;
            }
            // "$12 December 27": the number belongs to the money
            if text[..m0.start()].ends_with(['$', '£', '€']) {
                continue;
            }
            // "may 4" as a verb: require a capital M for "may"
            let mtxt = g(&c, mi).unwrap_or("");
            if mtxt == "may" && g(&c, yi).is_none() {
                continue;
            }
            // don't read "4 pm" or times; "March 10:30"
            if matches!(
                text.get(m0.end()..).and_then(|r| r.chars().next()),
                Some(':')
            ) {
                continue;
            }
            match g(&c, yi).and_then(year_of) {
                Some(y) => {
                    let Some(date) = NaiveDate::from_ymd_opt(y, m, d) else {
                        continue;
                    };
                    push(m0.start(), m0.end(), Some(DateRange::day(date)), false);
                }
                None => {
                    if NaiveDate::from_ymd_opt(2000, m, d).is_none() {
                        continue;
                    }
                    let res = publ.and_then(|p| resolve_md(m, d, p, future_cue(text, m0.start())));
                    push(m0.start(), m0.end(), res, true);
                }
            }
        }
    }
    for c in R_ISO.captures_iter(text) {
        let Some(m0) = c.get(0) else { continue };
        let (Some(y), Some(m), Some(d)) = (
            g(&c, 1).and_then(|x| x.parse().ok()),
            g(&c, 2).and_then(|x| x.parse().ok()),
            g(&c, 3).and_then(|x| x.parse().ok()),
        ) else {
            continue;
        };
        if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
            push(m0.start(), m0.end(), Some(DateRange::day(date)), false);
        }
    }
    for c in R_US.captures_iter(text) {
        let Some(m0) = c.get(0) else { continue };
        let (Some(m), Some(d), Some(y)) = (
            g(&c, 1).and_then(|x| x.parse().ok()),
            g(&c, 2).and_then(|x| x.parse().ok()),
            g(&c, 3).and_then(year_of),
        ) else {
            continue;
        };
        if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
            push(m0.start(), m0.end(), Some(DateRange::day(date)), false);
        }
    }
    for c in R_MY.captures_iter(text) {
        let Some(m0) = c.get(0) else { continue };
        let (Some(m), Some(y)) = (
            g(&c, 2).and_then(month_num),
            g(&c, 3).and_then(|x| x.parse::<i32>().ok()),
        ) else {
            continue;
        };
        push(m0.start(), m0.end(), month_range(y, m), false);
    }
    for c in R_YEARS.captures_iter(text) {
        let (Some(m1), Some(m2)) = (c.get(1), c.get(2)) else {
            continue;
        };
        let (Ok(y1), Ok(y2)) = (m1.as_str().parse::<i32>(), m2.as_str().parse::<i32>()) else {
            continue;
        };
        if !(1800..=2100).contains(&y1) || !(y1 + 1..=2100).contains(&y2) {
            continue;
        }
        if let (Some(from), Some(to)) = (year_range(y1), year_range(y2)) {
            let resolved = DateRange {
                from: from.from,
                to: to.to,
            };
            push(m1.start(), m2.end(), Some(resolved), false);
        }
    }
    for c in R_YEAR.captures_iter(text) {
        let (Some(m2), Some(y)) = (c.get(2), g(&c, 2).and_then(|x| x.parse::<i32>().ok())) else {
            continue;
        };
        if !(1800..=2100).contains(&y) {
            continue;
        }
        if matches!(next_char(text, m2.end()), Some('%' | '-' | '–')) {
            continue;
        }
        let after = text
            .get(m2.end()..)
            .unwrap_or("")
            .trim_start()
            .to_ascii_lowercase();
        if after.starts_with("percent")
            || after.starts_with("people")
            || after.starts_with("per cent")
        {
            continue;
        }
        push(m2.start(), m2.end(), year_range(y), false);
    }
    for c in R_MONTH.captures_iter(text) {
        let (Some(m0), Some(mm)) = (c.get(0), c.get(3)) else {
            continue;
        };
        let Some(m) = month_num(mm.as_str()) else {
            continue;
        };
        let modifier = lc(g(&c, 1));
        let raw = mm.as_str();
        let capital = raw.chars().next().is_some_and(|ch| ch.is_uppercase());
        let ambiguous = matches!(raw.to_ascii_lowercase().as_str(), "may" | "march");
        if modifier.is_empty()
            && c.get(2).is_none()
            && (!capital
                || (ambiguous
                    && !month_as_modifier(text, mm.start(), mm.end())
                    && !second_of_two_months(text, mm.start())))
        {
            continue;
        }
        if ambiguous
            && !capital
            && !matches!(modifier.as_str(), "this" | "last" | "next" | "in" | "since")
        {
            continue;
        }
        // followed by a day or a year: handled by the other patterns
        if let Some(ch) = next_char(text, mm.end())
            && ch.is_ascii_digit()
        {
            continue;
        }
        let keep_mod = matches!(modifier.as_str(), "this" | "last" | "next") || c.get(2).is_some();
        let s = if keep_mod {
            if matches!(modifier.as_str(), "this" | "last" | "next") {
                m0.start()
            } else {
                c.get(2).map(|x| x.start()).unwrap_or(mm.start())
            }
        } else {
            mm.start()
        };
        let res =
            publ.and_then(|p| resolve_month_alone(m, &modifier, p, future_cue(text, m0.start())));
        push(s, mm.end(), res, true);
    }
    for c in R_WD.captures_iter(text) {
        let (Some(m0), Some(w)) = (c.get(0), c.get(2)) else {
            continue;
        };
        let Some(wd) = weekday(w.as_str()) else {
            continue;
        };
        if c.get(1).is_none() && weekday_in_name(text, w.start(), w.end()) {
            continue;
        }
        let modifier = lc(g(&c, 1));
        let res =
            publ.and_then(|p| resolve_weekday(wd, &modifier, p, future_cue(text, m0.start())));
        push(m0.start(), m0.end(), res, true);
    }
    for c in R_REL.captures_iter(text) {
        let Some(m0) = c.get(0) else { continue };
        let w = m0.as_str().to_ascii_lowercase();
        let off = match w.as_str() {
            "yesterday" | "last night" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        let res = publ.and_then(|p| add_days(p, off)).map(DateRange::day);
        push(m0.start(), m0.end(), res, true);
    }
    for c in R_PERIOD.captures_iter(text) {
        let Some(m0) = c.get(0) else { continue };
        let early = lc(g(&c, 1));
        let which = lc(g(&c, 2));
        let unit = lc(g(&c, 3));
        let which = which.trim_start_matches("the ");
        let res = publ.and_then(|p| {
            let cur = match unit.as_str() {
                "week" => week_range(p)?,
                "month" => month_range(p.year(), p.month())?,
                _ => year_range(p.year())?,
            };
            let shift = |r: DateRange, n: i32| -> Option<DateRange> {
                match unit.as_str() {
                    "week" => Some(DateRange {
                        from: add_days(r.from, 7 * n as i64)?,
                        to: add_days(r.to, 7 * n as i64)?,
                    }),
                    "month" => {
                        let f = if n >= 0 {
                            r.from.checked_add_months(Months::new(n as u32))?
                        } else {
                            r.from.checked_sub_months(Months::new(n.unsigned_abs()))?
                        };
                        month_range(f.year(), f.month())
                    }
                    _ => year_range(r.from.year() + n),
                }
            };
            let r = match which {
                "last" | "past" | "previous" => shift(cur, -1)?,
                "next" | "coming" => shift(cur, 1)?,
                _ => cur,
            };
            match (early.as_str(), which) {
                ("earlier", "this") => Some(DateRange {
                    from: r.from,
                    to: p,
                }),
                ("later", "this") => Some(DateRange { from: p, to: r.to }),
                _ => Some(r),
            }
        });
        push(m0.start(), m0.end(), res, true);
    }
    for c in R_AGO.captures_iter(text) {
        let Some(m0) = c.get(0) else { continue };
        let Some(n) = g(&c, 1).and_then(small_num) else {
            continue;
        };
        let unit = lc(g(&c, 2));
        let res = publ.and_then(|p| {
            let d = match unit.as_str() {
                "day" => p.checked_sub_days(Days::new(n as u64))?,
                "week" => p.checked_sub_days(Days::new(7 * n as u64))?,
                "month" => p.checked_sub_months(Months::new(n))?,
                _ => p.checked_sub_months(Months::new(n.checked_mul(12)?))?,
            };
            Some(DateRange::day(d))
        });
        push(m0.start(), m0.end(), res, true);
    }
    for c in R_DAYREL.captures_iter(text) {
        let Some(m0) = c.get(0) else { continue };
        let clause_end = match next_char(text, m0.end()) {
            None => true,
            Some(ch) => matches!(ch, '.' | ',' | ';' | '!' | '?' | ')' | '"' | '\'' | '”'),
        };
        let the = lc(g(&c, 1)) == "the";
        let off = if lc(g(&c, 2)) == "before" { -1 } else { 1 };
        let res = if clause_end && the {
            publ.and_then(|p| add_days(p, off)).map(DateRange::day)
        } else {
            None
        };
        push(m0.start(), m0.end(), res, true);
    }
    for m0 in R_RECENT.find_iter(text) {
        push(m0.start(), m0.end(), None, true);
    }
    out
}

static R_SINCE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bsince\s+$"));

/// Extract the date mentions of one sentence or paragraph, sorted by start, non-overlapping.
pub fn extract_dates(text: &str, published: Option<NaiveDate>) -> Vec<DateMention> {
    let mut cands = collect(text, published);
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
            text: text[s..c.e].to_string(),
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
    const FULL: &[(&str, &str)] = &[
        ("jan", "january"),
        ("feb", "february"),
        ("mar", "march"),
        ("apr", "april"),
        ("jun", "june"),
        ("jul", "july"),
        ("aug", "august"),
        ("sep", "september"),
        ("sept", "september"),
        ("oct", "october"),
        ("nov", "november"),
        ("dec", "december"),
        ("mon", "monday"),
        ("tue", "tuesday"),
        ("tues", "tuesday"),
        ("wed", "wednesday"),
        ("thu", "thursday"),
        ("thur", "thursday"),
        ("thurs", "thursday"),
        ("fri", "friday"),
        ("sat", "saturday"),
        ("sun", "sunday"),
    ];
    text.split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w.to_lowercase();
            FULL.iter()
                .find(|(short, _)| *short == w)
                .map_or(w, |(_, full)| full.to_string())
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
mod tests {
    #[test]
    fn month_and_day_in_any_order_and_abbreviation() {
        for text in [
            "Jan. 14",
            "January 14",
            "14 January 2004",
            "since Jan 14",
            "January 14th",
        ] {
            assert_eq!(
                month_and_day(text),
                Some(("january".to_string(), 14)),
                "{text}"
            );
        }
        for text in ["Monday", "January", "January 2004", "2004", "May 40"] {
            assert_eq!(month_and_day(text), None, "{text}");
        }
    }

    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }
    fn day(y: i32, m: u32, dd: u32) -> Option<DateRange> {
        Some(DateRange::day(d(y, m, dd)))
    }
    fn rng(a: NaiveDate, b: NaiveDate) -> Option<DateRange> {
        Some(DateRange { from: a, to: b })
    }
    fn one(s: &str, p: Option<NaiveDate>) -> DateMention {
        let v = extract_dates(s, p);
        assert_eq!(v.len(), 1, "{s:?} -> {v:#?}");
        v.into_iter().next().unwrap()
    }
    const SEP9: Option<NaiveDate> = NaiveDate::from_ymd_opt(2016, 9, 9);
    const JUN21: Option<NaiveDate> = NaiveDate::from_ymd_opt(2016, 6, 21);

    #[test]
    fn absolute_forms() {
        let p = SEP9;
        for s in [
            "09 September, 2016",
            "9 September 2016",
            "September 9, 2016",
            "9/9/2016",
            "2016-09-09",
            "Friday, 09 September, 2016",
            "the 9th of September 2016",
        ] {
            let m = one(s, None);
            assert_eq!(m.resolved, day(2016, 9, 9), "{s}");
            assert!(!m.relative, "{s}");
        }
        assert_eq!(one("Sept. 9", p).resolved, day(2016, 9, 9));
        assert_eq!(one("Sep 9", p).resolved, day(2016, 9, 9));
        assert_eq!(one("the 9th of September", p).resolved, day(2016, 9, 9));
        assert_eq!(one("Sept. 9", None).resolved, None);
        let m = one("PUBLISHED : Friday, 09 September, 2016, 1:07pm", None);
        assert_eq!(m.resolved, day(2016, 9, 9));
        let m = one(
            "A Russian Sukhoi Su-35 bomber lands at Hmeimim on May 4, 2016",
            None,
        );
        assert_eq!(
            (m.resolved, m.text.as_str()),
            (day(2016, 5, 4), "May 4, 2016")
        );
        assert_eq!(
            one("in September 2014", None).resolved,
            rng(d(2014, 9, 1), d(2014, 9, 30))
        );
        assert_eq!(
            one("fighting in 2014 was heavy", None).resolved,
            rng(d(2014, 1, 1), d(2014, 12, 31))
        );
    }

    #[test]
    fn periods_of_years() {
        let m = one(
            "From 1976 to 1980, 6 percent of children were overweight.",
            None,
        );
        assert_eq!(m.text, "1976 to 1980");
        assert_eq!(m.resolved, rng(d(1976, 1, 1), d(1980, 12, 31)));
        let m = one("prices rose between 2001 and 2004", None);
        assert_eq!(m.resolved, rng(d(2001, 1, 1), d(2004, 12, 31)));
        // Backwards is not a period.
        assert_eq!(one("from 1980 to 1976", None).text, "1980");
    }

    #[test]
    fn since() {
        let m = one("since September 2014", None);
        assert!(m.since);
        assert_eq!(m.text, "since September 2014");
        assert_eq!(m.resolved, rng(d(2014, 9, 1), d(2014, 9, 30)));
        let m = one("The war has killed 400,000 people since March 2011.", None);
        assert!(m.since && !m.relative);
        assert_eq!(m.resolved, rng(d(2011, 3, 1), d(2011, 3, 31)));
    }

    #[test]
    fn weekdays_in_names_are_no_dates() {
        for text in [
            "The Sunday Telegraph reported that the talks had stalled.",
            "A report in the Sunday Times said the bid was low.",
            "The Mail on Sunday said the deal was close.",
            "Shops opened early for Black Friday.",
            "The march marked the anniversary of Bloody Sunday.",
        ] {
            let found = extract_dates(text, SEP9);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
        // a weekday before a name or a month stays a date
        for text in [
            "On Sunday Mr Roe said the talks had stalled.",
            "The Sunday meeting ended early.",
            "The talks ended on Sunday.",
        ] {
            let found = extract_dates(text, SEP9);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].resolved, day(2016, 9, 4), "{text}");
        }
    }

    #[test]
    fn weekdays() {
        let m = one(
            "Top diplomats from the two countries on Monday failed to reach a deal",
            SEP9,
        );
        assert_eq!(m.resolved, day(2016, 9, 5));
        assert!(m.relative);
        assert_eq!(
            one(
                "Kerry and Lavrov were to meet in the Swiss city on Friday",
                SEP9
            )
            .resolved,
            day(2016, 9, 9)
        );
        assert_eq!(
            one("Lavrov was leaving Thursday", SEP9).resolved,
            day(2016, 9, 8)
        );
        assert_eq!(one("Obama warned Sunday", SEP9).resolved, day(2016, 9, 4));
        assert_eq!(
            one("They will meet on Tuesday", SEP9).resolved,
            day(2016, 9, 13)
        );
        assert_eq!(one("next Monday", SEP9).resolved, day(2016, 9, 12));
        assert_eq!(one("Top diplomats on Monday", None).resolved, None);
    }

    #[test]
    fn months_without_year() {
        assert_eq!(
            one("which entered into force on February 27", JUN21).resolved,
            day(2016, 2, 27)
        );
        assert_eq!(
            one("A truce brokered by the Cold War foes in February", JUN21).resolved,
            rng(d(2016, 2, 1), d(2016, 2, 29))
        );
        assert_eq!(
            one("in November", JUN21).resolved,
            rng(d(2015, 11, 1), d(2015, 11, 30))
        );
        // Without a tense cue, the nearer day: a week ahead, not a year back.
        let may17 = NaiveDate::from_ymd_opt(2021, 5, 17);
        assert_eq!(
            one(
                "Biden will not, however, meet his stated deadline for the bill by May 25th",
                may17
            )
            .resolved,
            day(2021, 5, 25)
        );
        assert_eq!(
            one("the vote on Oct. 21", NaiveDate::from_ymd_opt(2022, 11, 16)).resolved,
            day(2022, 10, 21)
        );
        assert!(extract_dates("Theresa May said", JUN21).is_empty());
        let both: Vec<String> = extract_dates("five slayings between December and May", None)
            .into_iter()
            .map(|m| m.text)
            .collect();
        assert_eq!(both, ["December", "May"]);
        assert!(extract_dates("they may march", JUN21).is_empty());
    }

    #[test]
    fn march_and_may_before_a_noun_after_the_are_months() {
        for text in [
            "The March slump was the only dip in sales.",
            "Sales fell after the May price rise.",
            "Analysts waited for March's jobs report.",
        ] {
            let found = extract_dates(text, None);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert!(found[0].text.starts_with("Ma"), "{text}: {found:?}");
        }
        for text in [
            "Thousands joined the March on Washington.",
            "The May government fell.",
            "They heard that May will resign.",
            "The march downtown was peaceful.",
        ] {
            assert!(extract_dates(text, None).is_empty(), "{text}");
        }
    }

    #[test]
    fn relative_periods() {
        let m = one("Last week, US Secretary of State John Kerry warned", JUN21);
        assert_eq!(m.resolved, rng(d(2016, 6, 13), d(2016, 6, 19)));
        assert_eq!(one("earlier in the day", SEP9).resolved, day(2016, 9, 9));
        assert_eq!(one("yesterday", SEP9).resolved, day(2016, 9, 8));
        assert_eq!(one("tomorrow", SEP9).resolved, day(2016, 9, 10));
        assert_eq!(
            one("this week", SEP9).resolved,
            rng(d(2016, 9, 5), d(2016, 9, 11))
        );
        assert_eq!(
            one("next week", SEP9).resolved,
            rng(d(2016, 9, 12), d(2016, 9, 18))
        );
        assert_eq!(
            one("last month", SEP9).resolved,
            rng(d(2016, 8, 1), d(2016, 8, 31))
        );
        assert_eq!(
            one("next month", SEP9).resolved,
            rng(d(2016, 10, 1), d(2016, 10, 31))
        );
        assert_eq!(
            one("last year", SEP9).resolved,
            rng(d(2015, 1, 1), d(2015, 12, 31))
        );
        assert_eq!(
            one("earlier this year", SEP9).resolved,
            rng(d(2016, 1, 1), d(2016, 9, 9))
        );
        assert_eq!(one("two days ago", SEP9).resolved, day(2016, 9, 7));
        assert_eq!(one("three weeks ago", SEP9).resolved, day(2016, 8, 19));
        let m = one("in recent weeks", SEP9);
        assert!(m.relative && m.resolved.is_none());
        let m = one("A day before Syrian peace talks", SEP9);
        assert!(m.relative && m.resolved.is_none());
        assert_eq!(
            one("what happened the day before.", SEP9).resolved,
            day(2016, 9, 8)
        );
        assert_eq!(one("yesterday", None).resolved, None);
    }

    #[test]
    fn serialises_as_iso() {
        let m = one("2016-09-09", None);
        let j = serde_json::to_string(&m).unwrap();
        assert!(j.contains("\"from\":\"2016-09-09\""), "{j}");
    }

    #[test]
    fn no_false_dates_in_figures() {
        assert!(extract_dates("over 400,000 people have been killed", SEP9).is_empty());
        assert!(extract_dates("the G-20 Summit", SEP9).is_empty());
        assert!(extract_dates("during a 90-minute meeting", SEP9).is_empty());
    }

    #[test]
    fn big_input_is_read_whole() {
        // Speed is measured in benches/check_scaling.rs; here, a big input is read to its
        // end: every chunk gives the dates one chunk gives.
        let chunk = "On Monday, 09 September, 2016 and last week since March 2011 in 2014 the 9th of May 9/9/2016 ";
        // 1 MB in release; 100 kB in debug builds, which are ~20x slower
        let size = if cfg!(debug_assertions) {
            100_000
        } else {
            1_000_000
        };
        let copies = size / chunk.len() + 1;
        let s = chunk.repeat(copies);
        let v = extract_dates(&s, SEP9);
        assert!(!v.is_empty());
        assert_eq!(v.len(), copies * extract_dates(chunk, SEP9).len());
        let _ = extract_dates(&"9".repeat(size), SEP9);
    }

    mod prop {
        use super::super::*;
        use proptest::prelude::*;
        proptest! {
            #[test]
            fn never_panics(s in "\\PC{0,200}", y in 1i32..3000, doy in 1u32..366) {
                let p = NaiveDate::from_yo_opt(y, doy);
                let a = extract_dates(&s, p);
                prop_assert_eq!(&a, &extract_dates(&s, p));
                let mut last = 0;
                for m in &a {
                    prop_assert!(m.start < m.end && m.end <= s.len());
                    prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
                    prop_assert!(m.start >= last);
                    last = m.end;
                    prop_assert_eq!(&s[m.start..m.end], m.text.as_str());
                }
            }
            #[test]
            fn never_panics_datey(s in "([0-9]{1,4}|[,./ -]|May|march|Monday|since|last|week|ago|two|the|day|before|in|of|9th|\\s)*") {
                let _ = extract_dates(&s, NaiveDate::from_ymd_opt(262000, 1, 1));
                let _ = extract_dates(&s, NaiveDate::from_ymd_opt(-262000, 1, 1));
                let _ = extract_dates(&s, None);
            }
        }
    }
}
