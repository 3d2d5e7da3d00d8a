//! The words of figure extraction, kept apart from the code that reads them: number words,
//! scales, vague amounts, units and currencies read from `crate::lexicon` tables, and
//! small functions that ask `crate::lexicon` about the rest (hedges, demonyms, naming words,
//! stop words, months and weekdays, words before "second", a year, an age or a tally;
//! prefixes; words of weight and of measuring; time bounds).

use std::sync::LazyLock;

use super::hedge::Hedge;
use crate::lexicon;
use crate::lexicon::calendar;
use crate::lexicon::{
    AGE_WORDS, APPOSITION_ADVERBS, CURRENCY_CODES, DIMENSIONS, DOLLAR_NATIONS, INVARIANT_NOUNS,
    MEASURING_VERBS, ORDINAL_SUFFIXES, SPACED_SCALES, VOTE_NOUNS_BEFORE_OF, WEIGHT_WORDS,
};
use crate::lexicon::{Alternation, NUMBER_STOP_WORDS};
use crate::lexicon::{
    CHANGE_WORDS, DETERMINERS_OF_ONE, HEDGE_TAILS, MEASURE_ADJECTIVES, MEASURED_THINGS,
    PLURAL_DEMONYMS, SECOND_UNIT_CUES, VOTING_NOUNS, VOTING_VERBS, WORD_PREFIXES,
    YEAR_PREPOSITIONS,
};

/// Month names as a regex alternation: the full names, then the abbreviations
/// (`lexicon::calendar`).
pub(super) static MONTHS: Alternation = Alternation::new(|| {
    let mut names = calendar::month_names();
    names.extend(calendar::month_abbreviations());
    names.join("|")
});

/// Time zones written after a clock time (upper case only: "by 1018 GMT"), as a regex
/// alternation (`lexicon::TIME_ZONES`).
pub(super) static ZONES: Alternation = Alternation::new(|| lexicon::TIME_ZONES.join("|"));

/// Hedges before a number with the bound each sets, in the order they are tried
/// (`lexicon::HEDGES`).
pub(super) static HEDGES: LazyLock<Vec<(&'static str, Hedge)>> = LazyLock::new(|| {
    lexicon::HEDGES
        .entries()
        .iter()
        .map(|&(phrase, kind)| (phrase, Hedge::from_name(kind)))
        .collect()
});

/// Hedges written after the number ("45 or more pounds", "50 or so people", "$5 or less"):
/// the same kinds of bound as `HEDGES`. Not before "than" ("5,000 or less than 6,000" is two
/// figures) (`lexicon::POSTFIX_HEDGES`).
pub(super) static POSTFIX_HEDGES: LazyLock<Vec<(&'static str, Hedge)>> = LazyLock::new(|| {
    lexicon::POSTFIX_HEDGES
        .entries()
        .iter()
        .map(|&(phrase, kind)| (phrase, Hedge::from_name(kind)))
        .collect()
});

/// The value of a cardinal written out ("seven" -> 7): `lexicon::NUMBER_WORDS`, and two
/// spellings only figures read ("nil", "fourty").
fn cardinal(w: &str) -> Option<u32> {
    match w {
        "nil" => Some(0),
        "fourty" => Some(40),
        _ => lexicon::NUMBER_WORDS.get(w)?.parse().ok(),
    }
}

/// A number word's value and kind: 1 = unit (0..9), 2 = teen (10..19), 3 = tens.
pub(super) fn small_word(w: &str) -> Option<(f64, u8)> {
    let v = cardinal(w)?;
    let kind = match v {
        0..=9 => 1,
        10..=19 => 2,
        _ => 3,
    };
    Some((f64::from(v), kind))
}

pub(super) fn ordinal_word(w: &str) -> Option<f64> {
    lexicon::ORDINAL_WORDS.get(w)?.parse().ok()
}

/// Words of change before a figure: "rose", "fell", "was up" ... ("from" is handled apart).
pub(super) fn is_change_word(w: &str) -> bool {
    CHANGE_WORDS.contains(w)
}

/// Plural demonyms (lower case) counted like any plural noun, though written with a capital:
/// "54,000 Americans" has the unit "american" as "36 civilians" has "civilian".
pub(super) fn is_demonym(w: &str) -> bool {
    PLURAL_DEMONYMS.contains(w)
}

/// Unicode vulgar fractions: "½", "¾", ...
pub(super) fn vulgar_fraction(s: &str) -> Option<f64> {
    lexicon::VULGAR_FRACTIONS.get(s)?.parse().ok()
}

pub(super) fn scale_word(w: &str) -> Option<f64> {
    lexicon::SCALE_WORDS.get(w)?.parse().ok()
}

/// Scale suffixes glued to digits ("1.2m", "3bn", "100k").
pub(super) fn glued_scale(w: &str, has_currency: bool) -> Option<f64> {
    if w == "mm" && has_currency {
        return Some(1e6);
    }
    match lexicon::GLUED_SCALES.get(w) {
        Some(value) => value.parse().ok(),
        None => scale_word(w),
    }
}

/// Scale abbreviations accepted after a space ("2.33 k", "$ 75 mn").
pub(super) fn spaced_scale(w: &str, has_currency: bool) -> Option<f64> {
    if SPACED_SCALES.contains(w) || (has_currency && matches!(w, "m" | "b")) {
        glued_scale(w, has_currency)
    } else {
        None
    }
}

/// The last word of a hedge that can stand before a bare "half" ("more than half").
pub(super) fn is_hedge_tail(w: &str) -> bool {
    HEDGE_TAILS.contains(w)
}

/// Words after "3m" that make it metres, not million: "1.8m tall", "a 3m-high wall".
pub(super) fn is_measure_adjective(w: &str) -> bool {
    MEASURE_ADJECTIVES.contains(w)
}

/// Things measured in metres, for "a 3m wall" (without such a noun "a 3m" stays million).
pub(super) fn is_measured_thing(w: &str) -> bool {
    MEASURED_THINGS.contains(w)
}

pub(super) fn vague_word(w: &str) -> Option<(f64, f64)> {
    let (least, most) = lexicon::VAGUE_AMOUNTS.get(w)?.split_once(' ')?;
    Some((least.parse().ok()?, most.parse().ok()?))
}

pub(super) fn plural_scale(w: &str) -> Option<f64> {
    lexicon::PLURAL_SCALES.get(w)?.parse().ok()
}

/// Measure and duration units (normalised singular form).
pub(super) fn measure_unit(w: &str) -> Option<&'static str> {
    lexicon::MEASURE_UNITS.get(w)
}

pub(super) fn currency_word(w: &str) -> Option<&'static str> {
    lexicon::CURRENCY_WORDS.get(w)
}

pub(super) fn currency_symbol(s: &str) -> Option<&'static str> {
    lexicon::CURRENCY_SYMBOLS.get(s)
}

pub(super) fn dollar_prefix(w: &str) -> Option<&'static str> {
    lexicon::DOLLAR_PREFIXES.get(w)
}

pub(super) fn is_stop(w: &str) -> bool {
    NUMBER_STOP_WORDS.contains(w)
}

/// Month names, their abbreviations and weekday names, for a lower-case word: a number next
/// to one is a date, not a count.
pub(super) fn is_month_or_day(w: &str) -> bool {
    !w.bytes().any(|b| b.is_ascii_uppercase())
        && (calendar::is_month_name(w) || w.ends_with("day") && calendar::is_weekday_name(w))
}

/// Ordinal suffixes glued to digits ("1st", "22nd", "3rd", "4th").
pub(super) fn is_ordinal_suffix(w: &str) -> bool {
    ORDINAL_SUFFIXES.contains(w)
}

/// Words before "second" that make it the time unit, not an ordinal ("a second", "per
/// second", "a split second").
pub(super) fn is_second_unit_cue(w: &str) -> bool {
    SECOND_UNIT_CUES.contains(w)
}

/// Words right before a number that make it an age ("aged 39", "ages 5 to 12", "at age 93").
pub(super) fn is_age_word(w: &str) -> bool {
    AGE_WORDS.contains(w)
}

/// Words before "one" that make it a pronoun or a determiner, not a count ("the one", "this
/// one", "which one").
pub(super) fn is_determiner_of_one(w: &str) -> bool {
    DETERMINERS_OF_ONE.contains(w)
}

/// Words before a four-digit number that make it a year ("in 2014", "since 1990", "the
/// 2010 ...", "early 2015").
pub(super) fn is_year_preposition(w: &str) -> bool {
    YEAR_PREPOSITIONS.contains(w)
}

/// Verbs of voting or scoring before a tally ("voted 256 to 170", "ruled 5-4", "won 3-1").
pub(super) fn is_voting_verb(w: &str) -> bool {
    VOTING_VERBS.contains(w)
}

/// Nouns before "of" and a tally ("by a vote of 279 to 237", "a margin of 5-4").
pub(super) fn is_vote_before_of(w: &str) -> bool {
    VOTE_NOUNS_BEFORE_OF.contains(w)
}

/// Nouns of voting or scoring after a tally ("a 237-186 vote", "a 5-4 decision", "a 3-1 win").
pub(super) fn is_voting_noun(w: &str) -> bool {
    VOTING_NOUNS.contains(w)
}

/// The singular of an irregular plural ("men" -> "man"); "people", "person" and "persons"
/// are all "people".
pub(super) fn irregular_singular(w: &str) -> Option<&'static str> {
    lexicon::IRREGULAR_PLURALS.get(w)
}

/// Nouns whose plural is the singular ("series", "sheep", "aircraft").
pub(super) fn is_invariant_noun(w: &str) -> bool {
    INVARIANT_NOUNS.contains(w)
}

/// Words that speak of weight besides "weigh..." ("overweight", "heavier", "obese").
pub(super) fn is_weight_word(w: &str) -> bool {
    WEIGHT_WORDS.contains(w)
}

/// Dimensions after "in" that make "m" metres ("12m in diameter", "2m in length").
pub(super) fn is_dimension(w: &str) -> bool {
    DIMENSIONS.contains(w)
}

/// Verbs before a length that make "m" metres ("stood 1.8m", "measuring 3m").
pub(super) fn is_measuring_verb(w: &str) -> bool {
    MEASURING_VERBS.contains(w)
}

/// Currency codes written in capitals before an amount ("USD 5", "EUR $5").
pub(super) fn is_currency_code(w: &str) -> bool {
    CURRENCY_CODES.contains(w)
}

/// Words of a nation before "dollars" ("US dollars", "Canadian dollars").
pub(super) fn is_dollar_nation(w: &str) -> bool {
    DOLLAR_NATIONS.contains(w)
}

/// The currency code of a nation's dollars (`is_dollar_nation`): "canadian" -> "CAD", and
/// "USD" for the rest.
pub(super) fn dollar_nation_code(w: &str) -> &'static str {
    DOLLAR_NATIONS.get(w).unwrap_or("USD")
}

/// Prefixes written with a hyphen ("pre-tax", "non-food"): no counted noun.
pub(super) fn is_word_prefix(w: &str) -> bool {
    WORD_PREFIXES.contains(w)
}

/// Adverbs between a name's comma and an age ("Walsh, also 60,").
pub(super) fn is_apposition_adverb(w: &str) -> bool {
    APPOSITION_ADVERBS.contains(w)
}
