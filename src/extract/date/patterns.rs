//! Finding date expressions: the regexes for absolute dates, months, years, weekdays and
//! relative expressions, the checks that a match is a date (not "may" the verb, not "the
//! Sunday Telegraph"), and the candidates they give, each resolved with `resolve.rs`.

use chrono::NaiveDate;
use regex::{Captures, Regex};
use std::sync::LazyLock;

use super::DateRange;
use super::resolve::{
    add_days, future_cue, month_range, resolve_ago, resolve_md, resolve_month_alone,
    resolve_period, resolve_weekday, year_of, year_range,
};
use super::words::{
    MONTH_FULL_RE, MONTH_RE, RELATIVE_DAY_RE, WD_RE, WEEKDAY_MODIFIER_RE, YEAR_SPAN_OPENER_RE,
    is_lower_case_month_cue, is_named_day, is_not_a_month_noun, is_on_sunday_paper,
    is_part_of_day_or_title, is_relative_modifier, month_num, small_num, weekday,
};
use crate::lexicon::RELATIVE_DAYS;

fn re(p: &str) -> Regex {
    Regex::new(&p.replace(r"\b", r"(?-u:\b)")).expect("date regex")
}

pub(super) static R_DMY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:({WD_RE}),?\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+({MONTH_RE})\b\.?(?:\s*,?\s*(\d{{4}})\b)?"
    ))
});
pub(super) static R_MDY: LazyLock<Regex> = LazyLock::new(|| {
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
/// A year that opens a name after an article ("the 2018 FIFA World Cup", "a 2008 Australian
/// study") or closes a name of two capitalised words or more ("Fan Expo Canada 2016", "FIFA
/// World Cup 2018"): the year of the event or thing named. Case-sensitive: the capitals are
/// the cue.
static R_YEAR_BEFORE_NAME: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]his|[Tt]heir)\s+(\d{4})\s+\p{Lu}\p{L}"));
static R_YEAR_AFTER_NAME: LazyLock<Regex> =
    LazyLock::new(|| re(r"\p{Lu}[\p{L}&]*\s+\p{Lu}[\p{L}&]*\s+(\d{4})\b"));
/// "from 1976 to 1980", "between 2001 and 2004": one period of years.
static R_YEARS: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:from|between)\s+(\d{4})\s*(?:to|and|until|through|-|–)\s*(\d{4})\b")
});
/// "over 2000 - 2050", "during 1914–1918": a period of years written with a dash after a
/// word of duration ("in 2001 and 2004" is two years, so only the dash joins them here).
static R_YEARS_DASHED: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:{YEAR_SPAN_OPENER_RE})\s+(\d{{4}})\s*[-–—]\s*(\d{{4}})\b"
    ))
});
static R_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:(this|last|next|in|during|by|until|till|from|of|through|before|after|since|early|mid-?|late)\s+)?(?:(early|mid|late)[\s-]+)?({MONTH_FULL_RE})\b"
    ))
});
static R_WD: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:({WEEKDAY_MODIFIER_RE})\s+)?({WD_RE})\b"
    ))
});
static R_REL: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?i)\b({RELATIVE_DAY_RE})\b")));
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

#[derive(Debug, Clone)]
pub(super) struct Cand {
    pub(super) s: usize,
    pub(super) e: usize,
    pub(super) resolved: Option<DateRange>,
    pub(super) relative: bool,
}

fn g<'t>(c: &Captures<'t>, i: usize) -> Option<&'t str> {
    c.get(i).map(|m| m.as_str())
}

fn lc(s: Option<&str>) -> String {
    s.map(|x| x.to_ascii_lowercase()).unwrap_or_default()
}

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
        && !is_not_a_month_noun(next.as_str())
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
        && !is_part_of_day_or_title(after_word);
    let newspaper_first = before
        .first()
        .is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && capital_after;
    let on_sunday =
        before.first() == Some(&"on") && before.get(1).is_some_and(|w| is_on_sunday_paper(w));
    let named_day = before.first().is_some_and(|w| is_named_day(w));
    newspaper_first || on_sunday || named_day
}

/// Next non-space char after byte `e`.
fn next_char(text: &str, e: usize) -> Option<char> {
    text.get(e..)?.chars().find(|c| !c.is_whitespace())
}

/// The date candidates of `text`, pattern by pattern (overlapping ones included), resolved
/// against `publ`.
/// `numerals`: whether the text may hold a digit of any script; without one, the patterns
/// that need a digit (day and month, ISO and US dates, month and year, years) are not run.
pub(super) fn collect(text: &str, publ: Option<NaiveDate>, numerals: bool) -> Vec<Cand> {
    let mut out: Vec<Cand> = Vec::new();
    if numerals {
        day_and_month(text, publ, &mut out);
        iso_dates(text, &mut out);
        us_dates(text, &mut out);
        months_with_years(text, &mut out);
        periods_of_years(text, &mut out);
        years(text, &mut out);
        years_in_names(text, &mut out);
    }
    months_alone(text, publ, &mut out);
    weekdays(text, publ, &mut out);
    relative_days(text, publ, &mut out);
    relative_periods(text, publ, &mut out);
    ago(text, publ, &mut out);
    day_before_or_after(text, publ, &mut out);
    in_recent_times(text, &mut out);
    out
}

/// Adds a candidate that spans bytes `s..e` (nothing when empty).
fn push(out: &mut Vec<Cand>, s: usize, e: usize, resolved: Option<DateRange>, relative: bool) {
    if s < e {
        out.push(Cand {
            s,
            e,
            resolved,
            relative,
        });
    }
}

/// Day Month [Year] and Month Day [Year]: "9 September 2016", "May 4, 2016", "the 9th
/// of September"; without a year, resolved near the publication date.
fn day_and_month(text: &str, publ: Option<NaiveDate>, out: &mut Vec<Cand>) {
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
                    push(out, m0.start(), m0.end(), Some(DateRange::day(date)), false);
                }
                None => {
                    if NaiveDate::from_ymd_opt(2000, m, d).is_none() {
                        continue;
                    }
                    let res = publ.and_then(|p| resolve_md(m, d, p, future_cue(text, m0.start())));
                    push(out, m0.start(), m0.end(), res, true);
                }
            }
        }
    }
}

/// ISO dates: "2016-09-09".
fn iso_dates(text: &str, out: &mut Vec<Cand>) {
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
            push(out, m0.start(), m0.end(), Some(DateRange::day(date)), false);
        }
    }
}

/// Numeric dates, month first: "9/9/2016", "9/9/16".
fn us_dates(text: &str, out: &mut Vec<Cand>) {
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
            push(out, m0.start(), m0.end(), Some(DateRange::day(date)), false);
        }
    }
}

/// A month and a year: "September 2014", "early May 2015", "May-2015".
fn months_with_years(text: &str, out: &mut Vec<Cand>) {
    for c in R_MY.captures_iter(text) {
        let Some(m0) = c.get(0) else { continue };
        let (Some(m), Some(y)) = (
            g(&c, 2).and_then(month_num),
            g(&c, 3).and_then(|x| x.parse::<i32>().ok()),
        ) else {
            continue;
        };
        push(out, m0.start(), m0.end(), month_range(y, m), false);
    }
}

/// One period of years: "from 1976 to 1980", "between 2001 and 2004", "over 2000 - 2050".
fn periods_of_years(text: &str, out: &mut Vec<Cand>) {
    for c in R_YEARS
        .captures_iter(text)
        .chain(R_YEARS_DASHED.captures_iter(text))
    {
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
            push(out, m1.start(), m2.end(), Some(resolved), false);
        }
    }
}

/// A year after a preposition: "in 2014", "since 1990"; not before "%", "percent" or
/// "people".
fn years(text: &str, out: &mut Vec<Cand>) {
    for c in R_YEAR.captures_iter(text) {
        let (Some(m2), Some(y)) = (c.get(2), g(&c, 2).and_then(|x| x.parse::<i32>().ok())) else {
            continue;
        };
        if !(1800..=2100).contains(&y) {
            continue;
        }
        if matches!(next_char(text, m2.end()), Some('%' | '-' | '–'))
            || time_zone_after(&text[m2.end()..])
        {
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
        push(out, m2.start(), m2.end(), year_range(y), false);
    }
}

/// Whether the text after a four-digit number makes it a time of day ("from 2010 GMT", "at
/// 1930 hrs"): not a year.
fn time_zone_after(after: &str) -> bool {
    let word: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_lowercase();
    crate::lexicon::FOUR_DIGIT_TIME_FOLLOWERS.contains(&word)
}

/// A year inside a name: "the 2018 FIFA World Cup", "a 2008 Australian study", "Fan Expo
/// Canada 2016" (1900 to 2100; not before a digit, a dash, "%" or "/": "the 2000-2050
/// period", "Boeing 2707-300"). The name after the year is not a month or a weekday ("the
/// 2015 May elections" is left to the month patterns).
fn years_in_names(text: &str, out: &mut Vec<Cand>) {
    let found = R_YEAR_BEFORE_NAME
        .captures_iter(text)
        .chain(R_YEAR_AFTER_NAME.captures_iter(text))
        .filter_map(|c| c.get(1));
    for m in found {
        let Ok(y) = m.as_str().parse::<i32>() else {
            continue;
        };
        let after = &text[m.end()..];
        if !(1900..=2100).contains(&y)
            || after.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '–' | '%' | '/'))
            || time_zone_after(after)
        {
            continue;
        }
        let word = |chars: &mut dyn Iterator<Item = char>| -> String {
            chars
                .take_while(|c| c.is_alphabetic())
                .collect::<String>()
                .to_lowercase()
        };
        let next = word(&mut after.trim_start().chars());
        let before: String = word(&mut text[..m.start()].trim_end().chars().rev())
            .chars()
            .rev()
            .collect();
        // "September 2016" and "the 2015 May elections" are the month patterns' own.
        if [next, before]
            .iter()
            .any(|w| month_num(w).is_some() || weekday(w).is_some())
        {
            continue;
        }
        push(out, m.start(), m.end(), year_range(y), false);
    }
}

/// A month without a day or a year: "in February", "last March", "early June";
/// "May" and "March" only with a cue ("in May", "the May figures").
fn months_alone(text: &str, publ: Option<NaiveDate>, out: &mut Vec<Cand>) {
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
        if ambiguous && !capital && !is_lower_case_month_cue(modifier.as_str()) {
            continue;
        }
        // followed by a day or a year: handled by the other patterns
        if let Some(ch) = next_char(text, mm.end())
            && ch.is_ascii_digit()
        {
            continue;
        }
        let keep_mod = is_relative_modifier(modifier.as_str()) || c.get(2).is_some();
        let s = if keep_mod {
            if is_relative_modifier(modifier.as_str()) {
                m0.start()
            } else {
                c.get(2).map(|x| x.start()).unwrap_or(mm.start())
            }
        } else {
            mm.start()
        };
        let res =
            publ.and_then(|p| resolve_month_alone(m, &modifier, p, future_cue(text, m0.start())));
        push(out, s, mm.end(), res, true);
    }
}

/// Weekdays: "on Monday", "next Friday"; not in names ("the Sunday Telegraph", "Good
/// Friday").
fn weekdays(text: &str, publ: Option<NaiveDate>, out: &mut Vec<Cand>) {
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
        push(out, m0.start(), m0.end(), res, true);
    }
}

/// Days named from the publication: "today", "yesterday", "tomorrow", "last night",
/// "this morning", ...
fn relative_days(text: &str, publ: Option<NaiveDate>, out: &mut Vec<Cand>) {
    for c in R_REL.captures_iter(text) {
        let Some(m0) = c.get(0) else { continue };
        let w = m0.as_str().to_ascii_lowercase();
        let off = RELATIVE_DAYS
            .get(&w)
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        let res = publ.and_then(|p| add_days(p, off)).map(DateRange::day);
        push(out, m0.start(), m0.end(), res, true);
    }
}

/// Weeks, months and years named from the publication: "last week", "this month",
/// "earlier this year", "the coming year".
fn relative_periods(text: &str, publ: Option<NaiveDate>, out: &mut Vec<Cand>) {
    for c in R_PERIOD.captures_iter(text) {
        let Some(m0) = c.get(0) else { continue };
        let early = lc(g(&c, 1));
        let which = lc(g(&c, 2));
        let unit = lc(g(&c, 3));
        let which = which.trim_start_matches("the ");
        let res = publ.and_then(|p| resolve_period(p, &early, which, &unit));
        push(out, m0.start(), m0.end(), res, true);
    }
}

/// A time before the publication: "two days ago", "a year ago".
fn ago(text: &str, publ: Option<NaiveDate>, out: &mut Vec<Cand>) {
    for c in R_AGO.captures_iter(text) {
        let Some(m0) = c.get(0) else { continue };
        let Some(n) = g(&c, 1).and_then(small_num) else {
            continue;
        };
        let unit = lc(g(&c, 2));
        let res = publ.and_then(|p| resolve_ago(p, n, &unit));
        push(out, m0.start(), m0.end(), res, true);
    }
}

/// "the day before" / "the day after": resolved when it ends a clause.
fn day_before_or_after(text: &str, publ: Option<NaiveDate>, out: &mut Vec<Cand>) {
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
        push(out, m0.start(), m0.end(), res, true);
    }
}

/// "in recent days/weeks/months/years": too vague to resolve.
fn in_recent_times(text: &str, out: &mut Vec<Cand>) {
    for m0 in R_RECENT.find_iter(text) {
        push(out, m0.start(), m0.end(), None, true);
    }
}

pub(super) static R_SINCE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bsince\s+$"));
