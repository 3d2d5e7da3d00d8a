//! The words of figure extraction, kept apart from the code that reads them: number words,
//! scales, vague amounts, units and currencies as `match` tables from word to value, and
//! small functions that ask `crate::lexicon` about the rest (hedges, demonyms, naming words,
//! stop words, months and weekdays, words before "second", a year, an age or a tally;
//! prefixes; words of weight and of measuring; time bounds).

use std::sync::LazyLock;

use super::hedge::Hedge;
use crate::lexicon;
use crate::lexicon::NUMBER_STOP_WORDS;
use crate::lexicon::calendar;
use crate::lexicon::{
    CHANGE_WORDS, DETERMINERS_OF_ONE, HEDGE_TAILS, MEASURE_ADJECTIVES, MEASURED_THINGS,
    PLURAL_DEMONYMS, SECOND_UNIT_CUES, VOTING_NOUNS, VOTING_VERBS, WORD_PREFIXES,
    YEAR_PREPOSITIONS,
};

/// The number words zero to twenty, in order (index = value).
pub const SMALL_NUMBER_WORDS: [&str; 21] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

pub(super) const MONTHS: &str = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

/// Time zones written after a clock time (upper case only: "by 1018 GMT").
pub(super) const ZONES: &str = "GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|MSK|IST|JST|KST|HKT|SGT|AEST|AEDT|AWST|NZST|NZDT|WIB";

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
/// figures).
pub(super) const POSTFIX_HEDGES: &[(&str, Hedge)] = &[
    ("or more", Hedge::AtLeast),
    ("or greater", Hedge::AtLeast),
    ("or higher", Hedge::AtLeast),
    ("or so", Hedge::Approx),
    ("or less", Hedge::UpTo),
    ("or fewer", Hedge::UpTo),
    ("or lower", Hedge::UpTo),
];

pub(super) fn small_word(w: &str) -> Option<(f64, u8)> {
    // kind: 1 = unit (0..9), 2 = teen (10..19), 3 = tens
    let v = match w {
        "zero" | "nil" => (0.0, 1),
        "one" => (1.0, 1),
        "two" => (2.0, 1),
        "three" => (3.0, 1),
        "four" => (4.0, 1),
        "five" => (5.0, 1),
        "six" => (6.0, 1),
        "seven" => (7.0, 1),
        "eight" => (8.0, 1),
        "nine" => (9.0, 1),
        "ten" => (10.0, 2),
        "eleven" => (11.0, 2),
        "twelve" => (12.0, 2),
        "thirteen" => (13.0, 2),
        "fourteen" => (14.0, 2),
        "fifteen" => (15.0, 2),
        "sixteen" => (16.0, 2),
        "seventeen" => (17.0, 2),
        "eighteen" => (18.0, 2),
        "nineteen" => (19.0, 2),
        "twenty" => (20.0, 3),
        "thirty" => (30.0, 3),
        "forty" | "fourty" => (40.0, 3),
        "fifty" => (50.0, 3),
        "sixty" => (60.0, 3),
        "seventy" => (70.0, 3),
        "eighty" => (80.0, 3),
        "ninety" => (90.0, 3),
        _ => return None,
    };
    Some(v)
}

pub(super) fn ordinal_word(w: &str) -> Option<f64> {
    Some(match w {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" | "nineth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        _ => return None,
    })
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
    Some(match s {
        "½" => 0.5,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "⅛" => 0.125,
        "⅜" => 0.375,
        "⅝" => 0.625,
        "⅞" => 0.875,
        "⅕" => 0.2,
        _ => return None,
    })
}

pub(super) fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    })
}

/// Scale suffixes glued to digits ("1.2m", "3bn", "100k").
pub(super) fn glued_scale(w: &str, has_currency: bool) -> Option<f64> {
    Some(match w {
        "k" => 1e3,
        "m" | "mn" | "mln" => 1e6,
        "mm" if has_currency => 1e6,
        "b" | "bn" | "bln" => 1e9,
        "tn" | "tln" | "tr" => 1e12,
        _ => scale_word(w)?,
    })
}

/// Scale abbreviations accepted after a space ("2.33 k", "$ 75 mn").
pub(super) fn spaced_scale(w: &str, has_currency: bool) -> Option<f64> {
    match w {
        "k" | "mn" | "mln" | "bn" | "bln" | "tn" | "tln" => glued_scale(w, has_currency),
        "m" | "b" if has_currency => glued_scale(w, has_currency),
        _ => None,
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
    Some(match w {
        "dozens" => (24.0, 99.0),
        "tens" => (20.0, 99.0),
        "hundreds" => (200.0, 999.0),
        "thousands" => (2000.0, 9999.0),
        "millions" => (2e6, 9_999_999.0),
        "billions" => (2e9, 9_999_999_999.0),
        _ => return None,
    })
}

pub(super) fn plural_scale(w: &str) -> Option<f64> {
    Some(match w {
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        _ => return None,
    })
}

/// Measure and duration units (normalised singular form).
pub(super) fn measure_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "year" | "years" | "yr" | "yrs" => "year",
        "month" | "months" => "month",
        "week" | "weeks" => "week",
        "day" | "days" => "day",
        "hour" | "hours" | "hr" | "hrs" => "hour",
        "minute" | "minutes" | "min" | "mins" => "minute",
        "second" | "seconds" | "sec" | "secs" => "second",
        "decade" | "decades" => "decade",
        "century" | "centuries" => "century",
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "mile" | "miles" => "mile",
        "metre" | "metres" | "meter" | "meters" => "m",
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => "cm",
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => "mm",
        "kg" | "kgs" | "kilogram" | "kilograms" | "kilo" | "kilos" => "kg",
        "gram" | "grams" | "g" => "g",
        "tonne" | "tonnes" | "ton" | "tons" => "tonne",
        "lb" | "lbs" => "lb",
        "foot" | "feet" | "ft" => "ft",
        "inch" | "inches" => "inch",
        "acre" | "acres" => "acre",
        "hectare" | "hectares" => "hectare",
        "litre" | "litres" | "liter" | "liters" => "litre",
        "ml" => "ml",
        "gallon" | "gallons" => "gallon",
        "barrel" | "barrels" => "barrel",
        "degree" | "degrees" => "degree",
        "ounce" | "ounces" | "oz" => "ounce",
        "mph" => "mph",
        "kph" | "kmh" => "km/h",
        _ => return None,
    })
}

pub(super) fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollar" | "dollars" | "usd" => "USD",
        "pound" | "pounds" | "sterling" | "gbp" => "GBP",
        "euro" | "euros" | "eur" => "EUR",
        "yen" | "jpy" => "JPY",
        "yuan" | "renminbi" | "rmb" | "cny" => "CNY",
        "rupee" | "rupees" | "inr" => "INR",
        "rouble" | "roubles" | "ruble" | "rubles" | "rub" => "RUB",
        "cent" | "cents" => "cent",
        "pence" => "pence",
        "franc" | "francs" => "franc",
        _ => return None,
    })
}

pub(super) fn currency_symbol(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "£" => "GBP",
        "€" => "EUR",
        "¥" => "JPY",
        "₹" => "INR",
        "₽" => "RUB",
        _ => return None,
    })
}

pub(super) fn dollar_prefix(w: &str) -> Option<&'static str> {
    Some(match w {
        "us" | "u" | "usd" => "USD",
        "a" | "au" | "aud" => "AUD",
        "c" | "ca" | "can" | "cad" => "CAD",
        "hk" | "hkd" => "HKD",
        "nz" | "nzd" => "NZD",
        "s" | "sgd" => "SGD",
        "mex" => "MXN",
        _ => return None,
    })
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
    matches!(w, "st" | "nd" | "rd" | "th")
}

/// Words before "second" that make it the time unit, not an ordinal ("a second", "per
/// second", "a split second").
pub(super) fn is_second_unit_cue(w: &str) -> bool {
    SECOND_UNIT_CUES.contains(w)
}

/// Words right before a number that make it an age ("aged 39", "ages 5 to 12", "at age 93").
pub(super) fn is_age_word(w: &str) -> bool {
    matches!(w, "aged" | "ages" | "age")
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
    matches!(w, "vote" | "margin" | "score" | "tally" | "majority")
}

/// Nouns of voting or scoring after a tally ("a 237-186 vote", "a 5-4 decision", "a 3-1 win").
pub(super) fn is_voting_noun(w: &str) -> bool {
    VOTING_NOUNS.contains(w)
}

/// The singular of an irregular plural ("men" -> "man"); "people", "person" and "persons"
/// are all "people".
pub(super) fn irregular_singular(w: &str) -> Option<&'static str> {
    match w {
        "people" | "person" | "persons" => Some("people"),
        "men" => Some("man"),
        "women" => Some("woman"),
        "children" => Some("child"),
        "feet" => Some("foot"),
        "teeth" => Some("tooth"),
        "mice" => Some("mouse"),
        "lives" => Some("life"),
        "wives" => Some("wife"),
        "knives" => Some("knife"),
        "series" | "species" | "news" | "police" | "staff" | "sheep" | "aircraft" | "troops" => {
            None
        }
        _ => None,
    }
}

/// Nouns whose plural is the singular ("series", "sheep", "aircraft").
pub(super) fn is_invariant_noun(w: &str) -> bool {
    matches!(
        w,
        "series" | "species" | "news" | "police" | "staff" | "sheep" | "aircraft"
    )
}

/// Words that speak of weight besides "weigh..." ("overweight", "heavier", "obese").
pub(super) fn is_weight_word(w: &str) -> bool {
    matches!(
        w,
        "overweight" | "underweight" | "heavier" | "lighter" | "obese" | "obesity"
    )
}

/// Dimensions after "in" that make "m" metres ("12m in diameter", "2m in length").
pub(super) fn is_dimension(w: &str) -> bool {
    matches!(
        w,
        "height" | "length" | "width" | "diameter" | "depth" | "circumference"
    )
}

/// Verbs before a length that make "m" metres ("stood 1.8m", "measuring 3m").
pub(super) fn is_measuring_verb(w: &str) -> bool {
    matches!(
        w,
        "measuring" | "measures" | "measured" | "stood" | "stands" | "standing"
    )
}

/// Currency codes written in capitals before an amount ("USD 5", "EUR $5").
pub(super) fn is_currency_code(w: &str) -> bool {
    matches!(w, "USD" | "EUR" | "GBP" | "JPY" | "CNY" | "INR" | "RUB")
}

/// Words of a nation before "dollars" ("US dollars", "Canadian dollars").
pub(super) fn is_dollar_nation(w: &str) -> bool {
    matches!(
        w,
        "us" | "american" | "canadian" | "australian" | "singapore"
    )
}

/// The currency code of a nation's dollars (`is_dollar_nation`): "canadian" -> "CAD", and
/// "USD" for the rest.
pub(super) fn dollar_nation_code(w: &str) -> &'static str {
    match w {
        "canadian" => "CAD",
        "australian" => "AUD",
        "singapore" => "SGD",
        _ => "USD",
    }
}

/// Prefixes written with a hyphen ("pre-tax", "non-food"): no counted noun.
pub(super) fn is_word_prefix(w: &str) -> bool {
    WORD_PREFIXES.contains(w)
}

/// Adverbs between a name's comma and an age ("Walsh, also 60,").
pub(super) fn is_apposition_adverb(w: &str) -> bool {
    matches!(w, "also" | "now" | "both")
}
