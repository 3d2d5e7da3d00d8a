//! Whether two figures can both be true: hedges, ranges, tallies, rounding and cut decimals,
//! times of day, durations in days, and the tolerances of the rule set.

use super::durations::duration_in_days;
use crate::extract::Figure;
use crate::extract::number::round_to_significant;

/// Whether two figures in aligned sentences can both be true. The same hedge on both sides
/// ("more than 2,000" vs "more than 3,000") does not excuse different figures: the outlets
/// state the same bound, so the values themselves must match.
pub(super) fn agree(a: &Figure, b: &Figure, rel: f64, abs: f64) -> bool {
    agree_in(a, b, rel, abs, Units::Own)
}

/// Whether two counts of different nouns can both be true: `agree` with the units set aside.
pub(super) fn agree_as_counts(a: &Figure, b: &Figure, rel: f64, abs: f64) -> bool {
    agree_in(a, b, rel, abs, Units::SetAside)
}

/// Whether figures are compared in their units or as bare numbers.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Units {
    Own,
    SetAside,
}

pub(super) fn agree_in(a: &Figure, b: &Figure, rel: f64, abs: f64, units: Units) -> bool {
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
pub(super) fn whole_of_decimal(a: &Figure, b: &Figure) -> bool {
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
pub(super) fn two_ends(text: &str) -> bool {
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
pub(super) fn rounds_to(f: &Figure, other: f64) -> bool {
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
pub(super) fn rounding_scale(f: &Figure) -> f64 {
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

pub(super) fn overlaps(a: &Figure, b: &Figure, rel: f64, abs: f64) -> bool {
    overlaps_in(a, b, rel, abs, Units::Own)
}

pub(super) fn overlaps_in(a: &Figure, b: &Figure, rel: f64, abs: f64, units: Units) -> bool {
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
