//! Resolving a date expression against the publication date (chrono): days, months, years
//! and weeks as intervals of days, a month and day or a month without a year, weekdays, and
//! the future-tense cue that turns them forward.

use crate::lexicon::{FUTURE_CUES, PERIOD_SHIFTS, WEEKDAY_MODIFIERS};
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::DateRange;

pub(super) fn month_range(y: i32, m: u32) -> Option<DateRange> {
    let from = NaiveDate::from_ymd_opt(y, m, 1)?;
    let to = from.checked_add_months(Months::new(1))?.pred_opt()?;
    Some(DateRange { from, to })
}

pub(super) fn year_range(y: i32) -> Option<DateRange> {
    Some(DateRange {
        from: NaiveDate::from_ymd_opt(y, 1, 1)?,
        to: NaiveDate::from_ymd_opt(y, 12, 31)?,
    })
}

pub(super) fn week_range(d: NaiveDate) -> Option<DateRange> {
    let from = d.checked_sub_days(Days::new(d.weekday().num_days_from_monday() as u64))?;
    Some(DateRange {
        from,
        to: from.checked_add_days(Days::new(6))?,
    })
}

pub(super) fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// Future-tense cue in the few words before byte `pos` (same sentence).
pub(super) fn future_cue(text: &str, pos: usize) -> bool {
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
    FUTURE_CUES.iter().any(|c| {
        let cue = if c.starts_with('\'') {
            format!("{c} ")
        } else {
            format!(" {c} ")
        };
        joined.contains(&cue)
    })
}

/// Resolve month/day without year.
pub(super) fn resolve_md(m: u32, d: u32, publ: NaiveDate, future: bool) -> Option<DateRange> {
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

pub(super) fn resolve_month_alone(
    m: u32,
    modifier: &str,
    publ: NaiveDate,
    future: bool,
) -> Option<DateRange> {
    let y = publ.year();
    let pm = publ.month();
    // "this", "last", "next" (the month pattern takes no other shift word)
    let year = match PERIOD_SHIFTS
        .get(modifier)
        .and_then(|n| n.parse::<i32>().ok())
    {
        Some(0) => y,
        Some(-1) => {
            if m < pm {
                y
            } else {
                y - 1
            }
        }
        Some(1) => {
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

pub(super) fn resolve_weekday(
    wd: Weekday,
    modifier: &str,
    publ: NaiveDate,
    future: bool,
) -> Option<DateRange> {
    let pw = publ.weekday().num_days_from_monday() as i64;
    let w = wd.num_days_from_monday() as i64;
    let monday = add_days(publ, -pw)?;
    let d = match WEEKDAY_MODIFIERS.get(modifier) {
        Some("ahead") => {
            let diff = (w - pw).rem_euclid(7);
            add_days(publ, if diff == 0 { 7 } else { diff })?
        }
        Some("back") => {
            let diff = (pw - w).rem_euclid(7);
            add_days(publ, -(if diff == 0 { 7 } else { diff }))?
        }
        Some(weeks) => add_days(monday, 7 * weeks.parse::<i64>().ok()? + w)?,
        None if future => add_days(publ, (w - pw).rem_euclid(7))?,
        None => add_days(publ, -((pw - w).rem_euclid(7)))?,
    };
    Some(DateRange::day(d))
}

pub(super) fn year_of(s: &str) -> Option<i32> {
    let y: i32 = s.parse().ok()?;
    if s.len() == 2 {
        return Some(if y < 50 { 2000 + y } else { 1900 + y });
    }
    Some(y)
}

/// The week, month or year `which` names ("last", "this", "next", "past", "previous",
/// "coming") from the publication day `p`: "earlier this ..." runs from its start to `p`,
/// "later this ..." from `p` to its end.
pub(super) fn resolve_period(
    p: NaiveDate,
    early: &str,
    which: &str,
    unit: &str,
) -> Option<DateRange> {
    let cur = match unit {
        "week" => week_range(p)?,
        "month" => month_range(p.year(), p.month())?,
        _ => year_range(p.year())?,
    };
    let shift = |r: DateRange, n: i32| -> Option<DateRange> {
        match unit {
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
    let r = match PERIOD_SHIFTS.get(which).and_then(|n| n.parse().ok()) {
        Some(n) if n != 0 => shift(cur, n)?,
        _ => cur,
    };
    if which != "this" {
        return Some(r);
    }
    match early {
        "earlier" => Some(DateRange {
            from: r.from,
            to: p,
        }),
        "later" => Some(DateRange { from: p, to: r.to }),
        _ => Some(r),
    }
}

/// The day `n` days, weeks, months or years (`unit`) before the publication day `p`.
pub(super) fn resolve_ago(p: NaiveDate, n: u32, unit: &str) -> Option<DateRange> {
    let d = match unit {
        "day" => p.checked_sub_days(Days::new(n as u64))?,
        "week" => p.checked_sub_days(Days::new(7 * n as u64))?,
        "month" => p.checked_sub_months(Months::new(n))?,
        _ => p.checked_sub_months(Months::new(n.checked_mul(12)?))?,
    };
    Some(DateRange::day(d))
}
