//! Amounts converted into another currency in brackets ("$11bn (£5.7bn)"): a conversion is
//! the amount it converts, and two conversions of one amount differ only beyond what
//! exchange rates move.

use super::agreement::agree;
use crate::extract::Figure;

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

/// What the conversions of two disagreeing figures say of them.
pub(super) enum Conversions {
    /// Not both conversions: the figures compare as they are.
    Neither,
    /// Conversions of amounts that disagree (the amounts' own finding says it), of a hedged
    /// amount, or of one amount within `CONVERSION_FACTOR`: nothing to report.
    Excused,
    /// Conversions of one amount further apart: the finding's message.
    Apart(String),
}

/// Two conversions ("$11bn (£5.7bn)" vs "$11bn (£5.8bn)"): of amounts that disagree, the
/// amounts' own finding says it; of one amount, outlets and days convert at different rates,
/// and only a gap wider than any rate moves in a few years is a disagreement ("$11bn
/// (£5.8bn)" vs "(£8.5bn)"). Sentences: (document text, every figure, the figure).
pub(super) fn compare_conversions(
    (text_a, own_a, a): (&str, &[&Figure], &Figure),
    (text_b, own_b, b): (&str, &[&Figure], &Figure),
    rel: f64,
    abs: f64,
) -> Conversions {
    let (Some(pa), Some(pb)) = (
        converted_from(text_a, own_a, a),
        converted_from(text_b, own_b, b),
    ) else {
        return Conversions::Neither;
    };
    // a hedged amount's conversion is hedged too: "more than $20bn (£11bn)"
    let hedged = pa.hedge.is_some() || pb.hedge.is_some();
    if hedged || !agree(pa, pb, rel, abs) || within_a_factor(a, b, CONVERSION_FACTOR) {
        return Conversions::Excused;
    }
    Conversions::Apart(format!("\"{}\" is converted differently", pa.text))
}

/// Whether the larger of two figures' values is at most `factor` times the smaller, both of
/// one sign.
pub(super) fn within_a_factor(a: &Figure, b: &Figure, factor: f64) -> bool {
    let (x, y) = (
        a.value.abs().min(b.value.abs()),
        a.value.abs().max(b.value.abs()),
    );
    a.value.signum() == b.value.signum() && x > 0.0 && y <= factor * x
}
