//! Times of day with a.m. or p.m. ("5:30 a.m.", "by 9pm EDT"), as figures in minutes after
//! midnight with the hedge written before them. The scan masks them; they are added after.

use crate::lexicon::TIME_BOUNDS;
use regex::Regex;
use std::sync::LazyLock;

use super::Figure;
use super::exclude::asciib;
use super::hedge::Hedge;
use super::words::{HEDGES, ZONES};

/// The unit of a time of day ("5:30 a.m.", "9 pm"), whose value is minutes after midnight;
/// a time zone written after the time follows it in the unit ("time of day EDT"), so that
/// times in different zones are not compared.
pub const TIME_OF_DAY: &str = "time of day";

/// Whether a figure's unit is a time of day, in any zone.
pub fn is_time_of_day(unit: &str) -> bool {
    unit.starts_with(TIME_OF_DAY)
}

/// The hedge written before a time of day (`before`: the text up to the time) and the
/// interval of minutes it leaves. An estimate or "nearly" from the figures' own hedges
/// (`HEDGES`): "about 3 p.m." is within half an hour either side, "nearly 3 p.m." the half hour
/// before; and words that bound a time: "shortly after 3 p.m." the half hour after, "by 3 p.m."
/// any time up to it, "after 3 p.m." any time from it to midnight.
fn time_hedge(before: &str, value: f64) -> (Option<String>, f64, f64) {
    const HALF_HOUR: f64 = 30.0;
    const DAY: f64 = 24.0 * 60.0;
    let lower = before.trim_end().to_ascii_lowercase();
    let lower = lower.strip_suffix(" at").unwrap_or(&lower);
    let ends_with_word = |phrase: &str| {
        lower
            .strip_suffix(phrase)
            .is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric()))
    };
    let estimate = HEDGES
        .iter()
        .filter(|(p, h)| matches!(h, Hedge::Approx | Hedge::Nearly) && ends_with_word(p))
        .max_by_key(|(p, _)| p.len());
    let (hedge, low, high) = if let Some(&(phrase, kind)) = estimate {
        match kind {
            Hedge::Nearly => (phrase, value - HALF_HOUR, value),
            _ => (phrase, value - HALF_HOUR, value + HALF_HOUR),
        }
    } else if let Some(&(bound, side)) = TIME_BOUNDS
        .entries()
        .iter()
        .find(|(b, _)| ends_with_word(b))
    {
        match bound {
            b if b.ends_with(" after") => (b, value, value + HALF_HOUR),
            b if b.ends_with(" before") => (b, value - HALF_HOUR, value),
            _ if side == "upper" => (bound, 0.0, value),
            _ => (bound, value, DAY),
        }
    } else {
        return (None, value, value);
    };
    (Some(hedge.to_string()), low.max(0.0), high.min(DAY))
}

/// Clock times with a.m. or p.m. ("at 5:30 a.m.", "by 9pm"), as figures in minutes after
/// midnight.
pub(super) fn times_of_day(text: &str) -> Vec<Figure> {
    static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&asciib(&format!(
            r"(?P<time>(?i:\b(?P<hour>\d{{1,2}})(?::(?P<minute>[0-5]\d))?\s*(?P<half>[ap])\.?m\b\.?))(?:\s*\(?(?P<zone>{ZONES})\b)?"
        )))
        .expect("clock regex")
    });
    CLOCK
        .captures_iter(text)
        .filter_map(|c| {
            let time = c.name("time")?;
            let hour: f64 = c["hour"].parse().ok()?;
            let minute: f64 = c
                .name("minute")
                .map_or(Some(0.0), |m| m.as_str().parse().ok())?;
            if !(1.0..=12.0).contains(&hour) {
                return None;
            }
            let afternoon = c["half"].eq_ignore_ascii_case("p");
            let value = (hour % 12.0 + if afternoon { 12.0 } else { 0.0 }) * 60.0 + minute;
            let unit = match c.name("zone") {
                Some(zone) => format!("{TIME_OF_DAY} {}", zone.as_str()),
                None => TIME_OF_DAY.to_string(),
            };
            let (hedge, low, high) = time_hedge(&text[..time.start()], value);
            Some(Figure {
                start: time.start(),
                end: time.end(),
                text: time.as_str().into(),
                value,
                low,
                high,
                unit: Some(unit.into()),
                hedge: hedge.map(Into::into),
                ordinal: false,
                reversed: false,
            })
        })
        .collect()
}
