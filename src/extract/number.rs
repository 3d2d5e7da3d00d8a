//! Figure (number) extraction for news sentences.
//!
//! `extract_figures` finds the numeric claims in a sentence ("nearly six-year war",
//! "$2.5bn", "hundreds of thousands of people", "10 to 15", "second time") and
//! normalises each into a stated `value` plus an interval `low..=high` that takes
//! hedges ("about", "more than", ...) and vagueness ("dozens") into account, so that
//! two outlets' figures can be compared by interval overlap.
//!
//! Design: a hand-written tokenizer (words, numeric literals, single symbols) and a
//! left-to-right scanner; every attempt reads a bounded number of tokens and every
//! success consumes what it read, so the whole thing is linear in the input.
//! Regexes (linear-time `regex` crate) mark spans to ignore (dates, times, URLs) and find
//! codes ("C-130").
//!
//! Conventions chosen (documented here because callers compare on them):
//! * Hedge intervals: see the constants below. "more than/over/above" -> `v ..= v*MORE_THAN_HIGH`
//!   (bounded: an unbounded interval would agree with everything); "at least" and
//!   "no fewer than" -> `v ..= f64::INFINITY` (serde_json writes infinity as `null`);
//!   "up to/as many as/at most/fewer than/less than/under/below" -> `0 ..= v`.
//! * Vague amounts: value = low end. "dozens" 24..=99, "hundreds" 200..=999, "thousands"
//!   2000..=9999, "millions" 2e6..=9_999_999, "tens of thousands" 20_000..=99_999,
//!   "hundreds of thousands" 200_000..=999_999; "several hundred" 300..=900, "a few thousand" 2000..=5000.
//! * Ranges ("10 to 15", "10-15", "between 10 and 15"): low/high = the ends, value = midpoint.
//!   "from 10 to 15" is NOT a range (in news it is a change): two figures. Nor is "X to Y"
//!   after a word of change ("rose $2.88 to $46.50") when X has its own currency or Y is more
//!   than `CHANGE_LEVEL_RATIO` × X; closer bare ends stay a range ("rose 10 to 15 percent").
//! * "plus or minus"/"±": hedge "plus or minus", interval as stated (a margin, not a sign).
//! * "$70-million", "38-million euros": a hyphen-glued scale word scales; "2 ½", "¾" add
//!   vulgar fractions.
//! * Units: percent -> "percent" ("percentage points" -> "percentage point"); currency ->
//!   ISO code ("$" and "dollars" -> "USD", "£"/"pounds" -> "GBP", "€"/"euros" -> "EUR", ...);
//!   measures/durations -> singular short names ("year", "minute", "km", "kg", "mile", ...);
//!   ages -> "age" ("a 17-year-old", and a whole number set off by commas after a name:
//!   "Max Guarino, 26,");
//!   otherwise the following plain lower-case noun, singularised, with people/person/persons -> "people"
//!   (other nouns stay specific: "civilian", "soldier"; a listed capitalised plural demonym
//!   counts too: "Americans" -> "american"). Speeds: "miles per hour" -> "mph", "km/h".
//!   Measure/currency/percent units are inside the span; a counted noun is not (except when hyphen-glued).
//! * "m" after digits is million ("$600m", "1.2m people") unless a measure follows or precedes
//!   it without a currency: "1.8m tall", "a 3m-high fence", "12m in diameter", "a 4m wall",
//!   "stood 1.8m" are metres. Area: "m2", "km²", "sq m" -> "m2", "km2".
//! * "three hundred and two dozen" = 300 + 2 × 12; a bare "half" after a hedge ("more than half")
//!   is 0.5 with no unit.
//! * Exclusions: years (4-digit 1800..=2100 unless followed by %, a currency, a measure unit or a plural
//!   noun and not after "in/since/by/..."), dates and times, also "1018 GMT" (masked by regex; a
//!   time with a.m./p.m. is then added as a figure of unit "time of day"), codes and models
//!   ("Su-35", "G20", "COVID-19", "A380", "Win10", "5G"), decades ("1990s"), URLs,
//!   bare "a", and "one" unless it counts something (followed by a unit, currency, percent
//!   or a plain lower-case noun, and not preceded by "the/this/that/any/no/each/every/which").
//! * "second" after "a/one/per/every/each" is the time unit, otherwise an ordinal.
//! * Numbers in names: a bare number after a naming word ("Chapter 11", "No. 10", "number
//!   19", "Route 66") or after a capitalised word inside the sentence ("Windows 98", "Client
//!   1.0", "Title 42"), and a code joined by a hyphen to capitals ("C-130", "TMA-2",
//!   "COVID-19"), are figures whose unit is the name, after `NAME_NUMBER` ("#chapter", "#c"):
//!   they identify something, count nothing, and compare only with the same name.

use regex::Regex;
use std::sync::LazyLock;

/// "about/around/approximately/roughly/some/an estimated": value * ABOUT_LOW ..= value * ABOUT_HIGH
pub const ABOUT_LOW: f64 = 0.8;
pub const ABOUT_HIGH: f64 = 1.2;
/// "nearly/almost/close to/just under": value * NEARLY_LOW ..= value. "Nearly six" is
/// a little under six (5.4..6): it does not cover "five".
pub const NEARLY_LOW: f64 = 0.9;
/// "more than/over/above/upwards of": value ..= value * MORE_THAN_HIGH
pub const MORE_THAN_HIGH: f64 = 1.5;
/// After a verb of change ("rose 0.2 to 5.1"), "X to Y" is a change and a level, not a
/// range, when Y is more than this many times X (or X has its own currency: "rose $2.88 to
/// $46.50"); closer ends stay a range of change ("rose 10 to 15 percent").
pub const CHANGE_LEVEL_RATIO: f64 = 3.0;
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
/// Longest digit run accepted as a number (longer runs are ids, not figures).
const MAX_DIGITS: usize = 24;

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Figure {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: f64,
    pub low: f64,
    pub high: f64,
    pub unit: Option<String>,
    pub hedge: Option<String>,
    pub ordinal: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum TK {
    Word,
    Num,
    Sym,
}

#[derive(Debug, Clone)]
struct Tok {
    s: usize,
    e: usize,
    k: TK,
    lc: String,
    /// numeric literal properties
    val: f64,
    has_sep: bool,
    has_dec: bool,
    ndigits: usize,
}

fn tokenize(text: &str) -> Vec<Tok> {
    let b = text.as_bytes();
    let n = b.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let cl = c.len_utf8();
        if c.is_whitespace() {
            i += cl;
            continue;
        }
        if c.is_ascii_digit() {
            let mut j = i;
            while j < n && b[j].is_ascii_digit() {
                j += 1;
            }
            let int_len = j - i;
            let mut has_sep = false;
            if int_len <= 3 {
                while j + 4 <= n
                    && b[j] == b','
                    && b[j + 1..j + 4].iter().all(|x| x.is_ascii_digit())
                    && (j + 4 == n || !b[j + 4].is_ascii_digit())
                {
                    j += 4;
                    has_sep = true;
                }
            }
            let mut has_dec = false;
            if j + 1 < n && b[j] == b'.' && b[j + 1].is_ascii_digit() {
                j += 1;
                has_dec = true;
                while j < n && b[j].is_ascii_digit() {
                    j += 1;
                }
            }
            let lit = &text[i..j];
            let ndigits = lit.bytes().filter(|x| x.is_ascii_digit()).count();
            let val = if ndigits > MAX_DIGITS {
                f64::NAN
            } else {
                lit.replace(',', "").parse::<f64>().unwrap_or(f64::NAN)
            };
            out.push(Tok {
                s: i,
                e: j,
                k: TK::Num,
                lc: lit.to_string(),
                val,
                has_sep,
                has_dec,
                ndigits,
            });
            i = j;
        } else if c.is_alphabetic() {
            let mut j = i;
            while let Some(ch) = text[j..].chars().next() {
                if !ch.is_alphabetic() {
                    break;
                }
                j += ch.len_utf8();
            }
            out.push(Tok {
                s: i,
                e: j,
                k: TK::Word,
                lc: text[i..j].to_lowercase(),
                val: 0.0,
                has_sep: false,
                has_dec: false,
                ndigits: 0,
            });
            i = j;
        } else {
            out.push(Tok {
                s: i,
                e: i + cl,
                k: TK::Sym,
                lc: c.to_string(),
                val: 0.0,
                has_sep: false,
                has_dec: false,
                ndigits: 0,
            });
            i += cl;
        }
    }
    out
}

const MONTHS: &str = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

/// Time zones written after a clock time (upper case only: "by 1018 GMT").
const ZONES: &str = "GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|MSK|IST|JST|KST|HKT|SGT|AEST|AEDT|AWST|NZST|NZDT|WIB";

fn asciib(p: &str) -> String {
    p.replace(r"\b", r"(?-u:\b)")
}

static MASKS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let pats = [
        // Month day[, year]
        format!(r"(?i)\b(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:\s*,?\s*\d{{4}}\b)?"),
        // day [of] Month[, year]
        format!(
            r"(?i)\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\b\.?(?:\s*,?\s*\d{{4}}\b)?"
        ),
        // Month year
        format!(r"(?i)\b(?:{MONTHS})\.?,?\s+\d{{4}}\b"),
        // numeric dates, one separator throughout ("3-1/2" is a mixed fraction)
        r"\b\d{1,4}/\d{1,2}/\d{1,4}\b".to_string(),
        r"\b\d{1,4}\.\d{1,2}\.\d{1,4}\b".to_string(),
        r"\b\d{1,4}-\d{1,2}-\d{1,4}\b".to_string(),
        r"\b\d{1,2}/\d{1,2}\b".to_string(),
        // times
        r"(?i)\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?".to_string(),
        r"(?i)\b\d{1,2}(?:\.\d{2})?\s*(?:[ap]\.m\.|[ap]m\b)".to_string(),
        // clock times before a time zone: "by 1018 GMT", "at 0835 GMT", "10.30 EST", "7 UTC"
        format!(r"\b(?:[01]?\d|2[0-3])(?:[:.]?[0-5]\d)?\s*(?:{ZONES})\b"),
        // URLs
        r"(?i)(?:https?://|www\.)\S+".to_string(),
    ];
    pats.iter()
        .map(|p| Regex::new(&asciib(p)).expect("mask regex"))
        .collect()
});

fn mask_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut v: Vec<(usize, usize)> = Vec::new();
    for re in MASKS.iter() {
        for m in re.find_iter(text) {
            v.push((m.start(), m.end()));
        }
    }
    v.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(v.len());
    for (s, e) in v {
        if let Some(last) = merged.last_mut()
            && s <= last.1
        {
            last.1 = last.1.max(e);
            continue;
        }
        merged.push((s, e));
    }
    merged
}

fn is_masked(masks: &[(usize, usize)], s: usize, e: usize) -> bool {
    let idx = masks.partition_point(|m| m.1 <= s);
    idx < masks.len() && masks[idx].0 < e
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Hedge {
    Approx,
    Nearly,
    More,
    AtLeast,
    UpTo,
    Between,
    /// "plus or minus 3", "±3": a margin, stated as its size
    PlusMinus,
}

const HEDGES: &[(&str, Hedge)] = &[
    ("plus or minus", Hedge::PlusMinus),
    ("no fewer than", Hedge::AtLeast),
    ("no less than", Hedge::AtLeast),
    ("not less than", Hedge::AtLeast),
    ("a minimum of", Hedge::AtLeast),
    ("at least", Hedge::AtLeast),
    ("no more than", Hedge::UpTo),
    ("not more than", Hedge::UpTo),
    ("a maximum of", Hedge::UpTo),
    ("as many as", Hedge::UpTo),
    ("as much as", Hedge::UpTo),
    ("at most", Hedge::UpTo),
    ("up to", Hedge::UpTo),
    ("fewer than", Hedge::UpTo),
    ("less than", Hedge::UpTo),
    ("under", Hedge::UpTo),
    ("below", Hedge::UpTo),
    ("in excess of", Hedge::More),
    ("upwards of", Hedge::More),
    ("more than", Hedge::More),
    ("greater than", Hedge::More),
    ("well over", Hedge::More),
    ("just over", Hedge::More),
    ("over", Hedge::More),
    ("above", Hedge::More),
    ("exceeding", Hedge::More),
    ("just under", Hedge::Nearly),
    ("close to", Hedge::Nearly),
    ("nearly", Hedge::Nearly),
    ("almost", Hedge::Nearly),
    ("an estimated", Hedge::Approx),
    ("estimated", Hedge::Approx),
    ("approximately", Hedge::Approx),
    ("approx", Hedge::Approx),
    ("about", Hedge::Approx),
    ("around", Hedge::Approx),
    ("roughly", Hedge::Approx),
    ("some", Hedge::Approx),
    ("circa", Hedge::Approx),
    ("between", Hedge::Between),
];

/// Hedges written after the number ("45 or more pounds", "50 or so people", "$5 or less"):
/// the same kinds of bound as `HEDGES`. Not before "than" ("5,000 or less than 6,000" is two
/// figures).
const POSTFIX_HEDGES: &[(&str, Hedge)] = &[
    ("or more", Hedge::AtLeast),
    ("or greater", Hedge::AtLeast),
    ("or higher", Hedge::AtLeast),
    ("or so", Hedge::Approx),
    ("or less", Hedge::UpTo),
    ("or fewer", Hedge::UpTo),
    ("or lower", Hedge::UpTo),
];

/// Whether two hedge phrases bound a figure the same way ("more than" and "over": both a
/// lower bound; "about" and "roughly": both approximate).
pub fn same_hedge_kind(a: &str, b: &str) -> bool {
    let kind = |phrase: &str| {
        let phrase = phrase.to_lowercase();
        HEDGES
            .iter()
            .chain(POSTFIX_HEDGES)
            .find(|(p, _)| *p == phrase)
            .map(|(_, h)| *h)
    };
    matches!((kind(a), kind(b)), (Some(x), Some(y)) if x == y && x != Hedge::Between)
}

fn small_word(w: &str) -> Option<(f64, u8)> {
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

fn ordinal_word(w: &str) -> Option<f64> {
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
fn is_change_word(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "rise"
            | "rises"
            | "risen"
            | "fell"
            | "fall"
            | "falls"
            | "fallen"
            | "gained"
            | "gain"
            | "gains"
            | "lost"
            | "lose"
            | "loses"
            | "added"
            | "adds"
            | "shed"
            | "sheds"
            | "jumped"
            | "jumps"
            | "climbed"
            | "climbs"
            | "dropped"
            | "drops"
            | "declined"
            | "declines"
            | "slipped"
            | "slips"
            | "slid"
            | "slides"
            | "increased"
            | "increases"
            | "decreased"
            | "decreases"
            | "surged"
            | "soared"
            | "plunged"
            | "tumbled"
            | "sank"
            | "dipped"
            | "eased"
            | "edged"
            | "advanced"
            | "rallied"
            | "grew"
            | "shrank"
            | "up"
            | "down"
    )
}

/// Plural demonyms (lower case) counted like any plural noun, though written with a capital:
/// "54,000 Americans" has the unit "american" as "36 civilians" has "civilian".
fn is_demonym(w: &str) -> bool {
    matches!(
        w,
        "americans"
            | "britons"
            | "canadians"
            | "mexicans"
            | "australians"
            | "europeans"
            | "africans"
            | "asians"
            | "germans"
            | "italians"
            | "russians"
            | "ukrainians"
            | "syrians"
            | "iraqis"
            | "iranians"
            | "afghans"
            | "israelis"
            | "palestinians"
            | "egyptians"
            | "libyans"
            | "yemenis"
            | "saudis"
            | "kurds"
            | "turks"
            | "pakistanis"
            | "indians"
            | "bangladeshis"
            | "koreans"
            | "filipinos"
            | "indonesians"
            | "nigerians"
            | "kenyans"
            | "somalis"
            | "ethiopians"
            | "venezuelans"
            | "colombians"
            | "brazilians"
            | "cubans"
            | "haitians"
            | "greeks"
            | "poles"
            | "spaniards"
            | "arabs"
            | "scots"
    )
}

/// Unicode vulgar fractions: "½", "¾", ...
fn vulgar_fraction(s: &str) -> Option<f64> {
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

/// `v` rounded to `digits` significant digits (half away from zero). The power of ten is
/// applied by multiplying or dividing by a whole power, both exact: 4.1 * 1e6, computed in
/// binary as 4,099,999.9999999995, comes back as 4,100,000.
pub(crate) fn round_to_significant(v: f64, digits: i32) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let shift = digits - 1 - v.abs().log10().floor() as i32;
    if shift >= 0 {
        let scale = 10f64.powi(shift);
        (v * scale).round() / scale
    } else {
        let unit = 10f64.powi(-shift);
        (v / unit).round() * unit
    }
}

fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    })
}

/// Scale suffixes glued to digits ("1.2m", "3bn", "100k").
fn glued_scale(w: &str, has_currency: bool) -> Option<f64> {
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
fn spaced_scale(w: &str, has_currency: bool) -> Option<f64> {
    match w {
        "k" | "mn" | "mln" | "bn" | "bln" | "tn" | "tln" => glued_scale(w, has_currency),
        "m" | "b" if has_currency => glued_scale(w, has_currency),
        _ => None,
    }
}

/// The last word of a hedge that can stand before a bare "half" ("more than half").
fn is_hedge_tail(w: &str) -> bool {
    matches!(
        w,
        "than"
            | "nearly"
            | "almost"
            | "about"
            | "around"
            | "roughly"
            | "over"
            | "under"
            | "least"
            | "most"
            | "approximately"
            | "estimated"
    )
}

/// Words after "3m" that make it metres, not million: "1.8m tall", "a 3m-high wall".
fn is_measure_adjective(w: &str) -> bool {
    matches!(
        w,
        "tall" | "high" | "long" | "wide" | "deep" | "thick" | "away" | "apart"
    )
}

/// Things measured in metres, for "a 3m wall" (without such a noun "a 3m" stays million).
fn is_measured_thing(w: &str) -> bool {
    matches!(
        w,
        "wall"
            | "fence"
            | "barrier"
            | "tower"
            | "statue"
            | "hole"
            | "pit"
            | "crater"
            | "wave"
            | "pole"
            | "mast"
            | "pipe"
            | "tunnel"
            | "bridge"
            | "ladder"
            | "cliff"
            | "boat"
            | "yacht"
            | "tree"
            | "shark"
            | "crocodile"
            | "snake"
            | "python"
            | "whale"
    )
}

fn vague_word(w: &str) -> Option<(f64, f64)> {
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

fn plural_scale(w: &str) -> Option<f64> {
    Some(match w {
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        _ => return None,
    })
}

/// Measure and duration units (normalised singular form).
fn measure_unit(w: &str) -> Option<&'static str> {
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

/// The unit of an age: "a 17-year-old student", "Max Guarino, 26,".
pub const AGE: &str = "age";

/// The start of the unit of a number that is part of a name ("#chapter" for "Chapter 11",
/// "#c" for "C-130").
pub const NAME_NUMBER: &str = "#";

/// Whether a figure's unit makes it part of a name ("Chapter 11", "C-130").
pub fn is_name_number(unit: &str) -> bool {
    unit.starts_with(NAME_NUMBER)
}

impl Figure {
    /// Whether the figure is a number in a name ("Chapter 11", "C-130").
    pub fn in_name(&self) -> bool {
        self.unit.as_deref().is_some_and(is_name_number)
    }

    /// The first number written in digits in the figure's text, without separators, and how
    /// many decimals it has ("$2,500.75 million" -> "2500.75", 2).
    pub fn written_digits(&self) -> Option<(String, Option<usize>)> {
        static LITERAL: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"\d[\d,]*(?:\.(\d+))?").unwrap());
        let c = LITERAL.captures(&self.text)?;
        Some((c[0].replace(',', ""), c.get(1).map(|d| d.as_str().len())))
    }
}

/// Words after which a number names something rather than counting it ("Chapter 11",
/// "No. 10", "number 19", "Route 66"). "No" counts only with a capital.
const NAMING_WORDS: &[&str] = &[
    "no",
    "number",
    "chapter",
    "title",
    "article",
    "section",
    "route",
    "flight",
    "gate",
    "room",
    "page",
    "version",
    "channel",
    "platform",
    "terminal",
    "runway",
    "highway",
    "interstate",
    "district",
    "ward",
    "precinct",
    "exhibit",
    "resolution",
    "amendment",
    "proposition",
];

/// The unit of a vote or a score ("ruled 5-4", "voted 256 to 170"): its low and high are the
/// two counts, whichever came first.
pub const TALLY: &str = "tally";

/// The unit a figure counting `word` would have: lower case, singular ("Marines" -> "marine").
pub fn counted_unit(word: &str) -> String {
    singular(&word.to_lowercase())
}

/// Whether a figure's unit names things counted ("people", "county", "arrest") rather than
/// a measure, money or a share.
pub fn is_count_unit(unit: &str) -> bool {
    let measure = measure_unit(unit).is_some()
        || unit
            .strip_suffix('2')
            .is_some_and(|u| u == "m" || measure_unit(u).is_some())
        || unit == "m";
    !measure
        && currency_word(unit).is_none()
        && !unit.chars().any(char::is_uppercase)
        && !matches!(unit, "percent" | "percentage point" | "point" | TALLY | AGE)
        && !is_time_of_day(unit)
        && !is_name_number(unit)
}

fn currency_word(w: &str) -> Option<&'static str> {
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

fn currency_symbol(s: &str) -> Option<&'static str> {
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

fn dollar_prefix(w: &str) -> Option<&'static str> {
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

const STOP: &[&str] = &[
    "of",
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "nor",
    "in",
    "on",
    "at",
    "to",
    "from",
    "by",
    "for",
    "with",
    "without",
    "into",
    "onto",
    "as",
    "than",
    "that",
    "this",
    "these",
    "those",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "when",
    "where",
    "while",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "it",
    "its",
    "he",
    "she",
    "they",
    "them",
    "their",
    "his",
    "her",
    "we",
    "us",
    "our",
    "you",
    "your",
    "i",
    "me",
    "my",
    "more",
    "less",
    "fewer",
    "most",
    "least",
    "other",
    "others",
    "another",
    "each",
    "every",
    "all",
    "both",
    "either",
    "neither",
    "some",
    "any",
    "no",
    "not",
    "per",
    "after",
    "before",
    "since",
    "until",
    "till",
    "ago",
    "earlier",
    "later",
    "last",
    "next",
    "new",
    "over",
    "under",
    "about",
    "around",
    "up",
    "down",
    "out",
    "off",
    "also",
    "only",
    "just",
    "so",
    "too",
    "very",
    "such",
    "same",
    "own",
    "then",
    "there",
    "here",
    "if",
    "because",
    "against",
    "between",
    "among",
    "during",
    "through",
    "via",
    "amid",
    "including",
    "like",
    "near",
    "plus",
    "minus",
    "times",
    "percent",
    "am",
    "pm",
    "st",
    "nd",
    "rd",
    "th",
    "s",
    "t",
    "again",
    "ever",
    "already",
    "still",
    "yet",
    "now",
    "even",
    "away",
    "back",
    "instead",
    "alone",
    "apiece",
    "each",
    "or",
    "whether",
    "though",
    "although",
    "across",
    "above",
    "below",
    "within",
    "upon",
    "toward",
    "towards",
    "despite",
    "per",
    "cent",
    "percentage",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "half",
    "quarter",
    "killed",
    "dead",
    "died",
    "wounded",
    "injured",
    "said",
    "says",
    "say",
    "according",
    "left",
    "took",
    "more",
    "time",
    "times",
];

fn is_stop(w: &str) -> bool {
    STOP.contains(&w)
}

fn is_month_or_day(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
    )
}

fn singular(w: &str) -> String {
    let irregular = match w {
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
    };
    if let Some(s) = irregular {
        return s.to_string();
    }
    if matches!(
        w,
        "series" | "species" | "news" | "police" | "staff" | "sheep" | "aircraft"
    ) {
        return w.to_string();
    }
    let n = w.len();
    if n > 4 && w.ends_with("ies") {
        return format!("{}y", &w[..n - 3]);
    }
    for suf in ["sses", "shes", "ches", "xes", "zes"] {
        if n > suf.len() + 1 && w.ends_with(suf) {
            return w[..n - 2].to_string();
        }
    }
    if w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return w.to_string();
    }
    if n > 2 && w.ends_with('s') {
        return w[..n - 1].to_string();
    }
    w.to_string()
}

fn is_plain_noun(t: &Tok, text: &str) -> bool {
    if t.k != TK::Word {
        return false;
    }
    let raw = &text[t.s..t.e];
    let w = t.lc.as_str();
    raw.len() >= 2
        && raw.bytes().all(|b| b.is_ascii_lowercase())
        && !is_stop(w)
        && small_word(w).is_none()
        && ordinal_word(w).is_none()
        && scale_word(w).is_none()
        && !is_month_or_day(w)
        && !w.ends_with("ly")
        && !w.ends_with("ed")
        && !w.ends_with("ing")
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Last {
    Start,
    Lit,
    Unit,
    Teen,
    Tens,
    TensUnit,
    Hundred,
    Scale,
    A,
    Half,
    Dozen,
}

#[derive(Debug, Clone)]
struct Core {
    first: usize,
    end: usize, // exclusive token index
    value: f64,
    low: f64,
    high: f64,
    ordinal: bool,
    vague: bool,
    tail_scale: Option<f64>,
    only_one: bool,
    single_lit: bool,
    /// digits-only core (for year / code checks)
    lit_tok: Option<usize>,
    /// glued unit suffix after digits ("17km", "200lbs", "24m2"): the normalised unit and
    /// how many tokens it takes
    glued_unit: Option<(String, usize)>,
    /// a bare share ("more than half"): not followed by a counted noun
    share: bool,
}

struct Scanner<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    masks: Vec<(usize, usize)>,
}

impl<'a> Scanner<'a> {
    /// When the number at `i` is part of numbers glued by commas ("22,24,26"), the number of
    /// commas in that chain. Thousands groups ("1,366") are one token and never a chain.
    fn comma_chain(&self, i: usize) -> Option<usize> {
        let num = |k: usize| {
            self.toks
                .get(k)
                .is_some_and(|t| t.k == TK::Num && !t.has_dec)
        };
        let link = |k: usize| {
            self.is_sym(k + 1, ",")
                && self.glued(k, k + 1)
                && self.glued(k + 1, k + 2)
                && num(k + 2)
        };
        if !num(i) {
            return None;
        }
        let mut first = i;
        while first >= 2 && num(first - 2) && link(first - 2) {
            first -= 2;
        }
        let mut last = i;
        while link(last) {
            last += 2;
        }
        let commas = (last - first) / 2;
        // Something glued around the chain (a version "1.2,3", a code "A1,2") is not a list.
        let glued_before = first > 0 && self.glued(first - 1, first);
        let glued_after = self.glued(last, last + 1) && !self.is_sym(last + 1, ".");
        (commas > 0 && !glued_before && !glued_after).then_some(commas)
    }

    fn glued(&self, a: usize, b: usize) -> bool {
        // token a immediately followed by token b
        b < self.toks.len() && a < self.toks.len() && self.toks[a].e == self.toks[b].s
    }
    fn lc(&self, i: usize) -> &str {
        self.toks.get(i).map(|t| t.lc.as_str()).unwrap_or("")
    }
    fn is_word(&self, i: usize, w: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.k == TK::Word && t.lc == w)
    }
    fn is_sym(&self, i: usize, s: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.k == TK::Sym && t.lc == s)
    }
    fn is_dash(&self, i: usize) -> bool {
        self.is_sym(i, "-") || self.is_sym(i, "–") || self.is_sym(i, "—")
    }
    /// Whether the token before `first` is a capitalised word, not the sentence's first
    /// word nor a month or weekday, one space before it: "Indy 225", not "On Tuesday 12".
    fn continues_name(&self, first: usize) -> bool {
        let Some(before) = first.checked_sub(1) else {
            return false;
        };
        let t = &self.toks[before];
        before > 0
            && t.k == TK::Word
            && self.text[t.s..t.e].starts_with(|c: char| c.is_uppercase())
            && !is_month_or_day(&t.lc)
            && self.text.get(t.e..self.toks[first].s) == Some(" ")
            && !matches!(self.toks[before - 1].lc.as_str(), "." | "!" | "?")
    }
    /// Whether the text speaks of weight ("weighs", "overweight", "heavier", "obese"): there
    /// "pounds" without "£" are a weight, not money.
    fn speaks_of_weight(&self) -> bool {
        self.toks.iter().any(|t| {
            t.k == TK::Word
                && (t.lc.starts_with("weigh")
                    || matches!(
                        t.lc.as_str(),
                        "overweight" | "underweight" | "heavier" | "lighter" | "obese" | "obesity"
                    ))
        })
    }
    /// gap between tokens a and a+1 is whitespace-only and short
    fn near(&self, a: usize, b: usize) -> bool {
        b < self.toks.len() && self.toks[b].s.saturating_sub(self.toks[a].e) <= 2
    }

    fn match_phrase(&self, i: usize, phrase: &str) -> Option<usize> {
        let mut k = i;
        for w in phrase.split(' ') {
            if !self.is_word(k, w) {
                return None;
            }
            k += 1;
        }
        Some(k)
    }

    /// Numeric-literal exclusions that look at the context before it (codes, versions).
    fn lit_excluded(&self, i: usize, in_range: bool) -> bool {
        let t = &self.toks[i];
        if t.val.is_nan() || is_masked(&self.masks, t.s, t.e) {
            return true;
        }
        // Numbers glued by commas that are not thousands groups: three or more are a list
        // ("exercises 22,24,26,31"), each a figure; two are a list or a decimal comma ("3,4
        // million"), too ambiguous to read.
        if let Some(commas) = self.comma_chain(i) {
            return commas < 2;
        }
        if i > 0 && self.glued(i - 1, i) {
            let p = &self.toks[i - 1];
            if p.k == TK::Word || p.k == TK::Num {
                return true; // "G20", "Win10", "A380"
            }
            if p.lc == "." || p.lc == "," || p.lc == "/" || p.lc == ":" {
                if i > 1 && self.glued(i - 2, i - 1) && self.toks[i - 2].k != TK::Sym {
                    return true; // versions, lists glued "22,24", "1.2.3"
                }
                if p.lc == "." {
                    return true; // ".25"
                }
            }
            if (p.lc == "-" || p.lc == "–")
                && i > 1
                && self.glued(i - 2, i - 1)
                && (self.toks[i - 2].k == TK::Word || (self.toks[i - 2].k == TK::Num && !in_range))
            {
                return true; // "Su-35", "COVID-19", "mid-2015", "222-2222"
            }
        }
        // followed by glued ".digit" or ":digit" (version, ip, time)
        if self.glued(i, i + 1)
            && (self.is_sym(i + 1, ".") || self.is_sym(i + 1, ":"))
            && self.glued(i + 1, i + 2)
            && self.toks.get(i + 2).is_some_and(|t| t.k == TK::Num)
        {
            return true;
        }
        false
    }

    /// Whether the "m" at token m after the number at token num means metres: a measure
    /// adjective follows ("1.8m tall", "3m-high", "2m in length"), a measured thing follows
    /// "a/an" ("a 3m wall"), or a measuring verb precedes ("stood 1.8m").
    fn metre_context(&self, num: usize, m: usize) -> bool {
        let next = m + 1;
        if self.is_dash(next) && self.glued(m, next) && self.glued(next, next + 1) {
            return is_measure_adjective(self.lc(next + 1));
        }
        if !self.near(m, next) && next < self.toks.len() {
            return false;
        }
        let before = if num > 0 { self.lc(num - 1) } else { "" };
        // "1.2m long-term unemployed", "2m high street jobs": compounds, not measures
        let compound = (self.is_dash(next + 1) && self.glued(next, next + 1))
            || (self.is_word(next, "high") && self.is_word(next + 1, "street"));
        (is_measure_adjective(self.lc(next)) && !compound)
            || (self.is_word(next, "in")
                && matches!(
                    self.lc(next + 1),
                    "height" | "length" | "width" | "diameter" | "depth" | "circumference"
                ))
            || (matches!(before, "a" | "an") && is_measured_thing(self.lc(next)))
            || matches!(
                before,
                "measuring" | "measures" | "measured" | "stood" | "stands" | "standing"
            )
    }

    /// A length or area unit glued to the digits before token k: "24m2", "5km²", and "m"
    /// meaning metres in a measure context ("1.8m tall"; never after a currency).
    fn glued_measure(&self, k: usize, has_currency: bool) -> Option<(String, usize)> {
        let suf = self.lc(k);
        let length = if suf == "m" {
            "m"
        } else {
            measure_unit(suf).filter(|u| matches!(*u, "km" | "cm" | "mm" | "ft"))?
        };
        if self.squared(k + 1) && self.glued(k, k + 1) {
            return Some((format!("{length}2"), 2));
        }
        if suf == "m"
            && !has_currency
            && !(self.glued(k, k + 1) && self.toks[k + 1].k != TK::Sym)
            && self.metre_context(k - 1, k)
        {
            return Some(("m".to_string(), 1));
        }
        None
    }

    /// Token k squares the unit before it: a glued "2" or "²" not followed by more digits or letters.
    fn squared(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        (t.lc == "2" || t.lc == "²") && !(self.glued(k, k + 1) && self.toks[k + 1].k != TK::Sym)
    }

    fn parse_vague(&self, j: usize) -> Option<Core> {
        let w = self.lc(j);
        let t = self.toks.get(j)?;
        if t.k != TK::Word {
            return None;
        }
        let mut k;
        let (mut lo, mut hi);
        if let Some((l, h)) = vague_word(w) {
            lo = l;
            hi = h;
            k = j + 1;
            let mut multiplied = false;
            while self.is_word(k, "of") {
                match plural_scale(self.lc(k + 1)) {
                    Some(s) => {
                        lo *= s;
                        hi = (hi + 1.0) * s - 1.0;
                        k += 2;
                        multiplied = true;
                    }
                    None => break,
                }
            }
            if w == "tens" && !multiplied {
                return None;
            }
        } else {
            // "several hundred", "a few thousand", "few dozen"
            let (l, h, k0) = if w == "several" {
                (3.0, 9.0, j + 1)
            } else if w == "a" && self.is_word(j + 1, "few") {
                (2.0, 5.0, j + 2)
            } else {
                return None;
            };
            let s = match self.lc(k0) {
                "dozen" => 12.0,
                "hundred" => 100.0,
                x => scale_word(x)?,
            };
            lo = l * s;
            hi = h * s;
            k = k0 + 1;
        }
        Some(Core {
            first: j,
            end: k,
            value: lo,
            low: lo,
            high: hi,
            ordinal: false,
            vague: true,
            tail_scale: None,
            only_one: false,
            single_lit: false,
            lit_tok: None,
            glued_unit: None,
            share: false,
        })
    }

    /// Parse a number expression (digits and/or words) starting at token j.
    fn parse_core(&self, j: usize, has_currency: bool, in_range: bool) -> Option<Core> {
        let toks = &self.toks;
        let t = toks.get(j)?;
        if t.k == TK::Word
            && let Some(c) = self.parse_vague(j)
        {
            return Some(c);
        }
        let mut core = Core {
            first: j,
            end: j,
            value: 0.0,
            low: 0.0,
            high: 0.0,
            ordinal: false,
            vague: false,
            tail_scale: None,
            only_one: false,
            single_lit: false,
            lit_tok: None,
            glued_unit: None,
            share: false,
        };
        let mut total = 0.0f64;
        let mut cur = 0.0f64;
        let mut last = Last::Start;
        let mut last_scale = f64::INFINITY;
        // the value of `cur` right after "hundred" ("three hundred and two dozen": the dozen
        // multiplies only the "two")
        let mut hundreds = 0.0f64;
        let mut k = j;
        let mut atoms = 0usize;
        let mut ordinal = false;
        while let Some(tk) = toks.get(k) {
            // numeric literal
            if tk.k == TK::Num {
                let ok_here = matches!(last, Last::Start);
                if !ok_here || self.lit_excluded(k, in_range) {
                    break;
                }
                cur = tk.val;
                last = Last::Lit;
                atoms += 1;
                core.lit_tok = Some(k);
                k += 1;
                // glued suffix
                if self.glued(k - 1, k) && toks[k].k == TK::Word {
                    let suf = toks[k].lc.as_str();
                    if let Some(u) = self.glued_measure(k, has_currency) {
                        core.glued_unit = Some(u);
                        break;
                    }
                    if let Some(s) = glued_scale(suf, has_currency) {
                        total += cur * s;
                        cur = 0.0;
                        last = Last::Scale;
                        last_scale = s;
                        core.tail_scale = Some(s);
                        k += 1;
                        if self.glued(k - 1, k) && toks[k].k != TK::Sym {
                            return None; // "3bnx"
                        }
                        continue;
                    } else if matches!(suf, "st" | "nd" | "rd" | "th") && !tk.has_dec && !tk.has_sep
                    {
                        k += 1;
                        if self.glued(k - 1, k) && toks[k].k != TK::Sym {
                            return None;
                        }
                        ordinal = true;
                        break;
                    } else if let Some(u) = measure_unit(suf)
                        .or_else(|| currency_word(suf))
                        .or((suf == "percent").then_some("percent"))
                    {
                        core.glued_unit = Some((u.to_string(), 1));
                        break;
                    } else {
                        return None; // "5G", "1990s", "3D"
                    }
                }
                if self.glued(k - 1, k) && toks[k].k == TK::Num {
                    return None;
                }
                // mixed fraction: "3-1/2 months", "2 3/4 miles"
                if !tk.has_dec
                    && let Some((fraction, next)) = self.mixed_fraction(k)
                {
                    cur += fraction;
                    k = next;
                    continue;
                }
                // A scale word after the digits, and how many tokens it takes.
                let plural_scale = match self.lc(k) {
                    "millions" => Some(1e6),
                    "billions" => Some(1e9),
                    _ => None,
                };
                let scale = if self.is_sym(k, "-")
                    && self.glued(k - 1, k)
                    && self.glued(k, k + 1)
                    && let Some(s) = scale_word(self.lc(k + 1))
                {
                    // hyphen-glued: "a $70-million program", "38-million euros"
                    Some((s, 2))
                } else if let Some(s) = plural_scale
                    && self.near(k - 1, k)
                    && !self.is_word(k + 1, "of")
                {
                    // plural, not before "of" ("1.1 millions youths"): the scale, pluralised
                    // by mistake ("millions of" is a vague figure of its own)
                    Some((s, 1))
                } else if toks.get(k).is_some_and(|x| x.k == TK::Word) {
                    // spaced scale abbreviations
                    spaced_scale(
                        &toks[k].lc,
                        has_currency || &self.text[toks[k].s..toks[k].e] == "M",
                    )
                    .map(|s| (s, 1))
                } else {
                    None
                };
                if let Some((s, taken)) = scale {
                    total += cur * s;
                    cur = 0.0;
                    last = Last::Scale;
                    last_scale = s;
                    core.tail_scale = Some(s);
                    k += taken;
                }
                continue;
            }
            if tk.k == TK::Sym {
                // "2 ½ servings", "2½", "¾ of a mile"
                if let Some(f) = vulgar_fraction(&tk.lc)
                    && (last == Last::Start
                        || (last == Last::Lit
                            && core.lit_tok.is_some_and(|l| !toks[l].has_dec)
                            && self.near(k - 1, k)))
                {
                    cur += f;
                    last = Last::Lit;
                    atoms += 1;
                    k += 1;
                    if self.glued(k - 1, k) && toks[k].k != TK::Sym {
                        return None; // "½x"
                    }
                    continue;
                }
                // hyphen inside "twenty-five"
                if (tk.lc == "-")
                    && last == Last::Tens
                    && self.glued(k - 1, k)
                    && self.glued(k, k + 1)
                {
                    let nxt = self.lc(k + 1);
                    if small_word(nxt).is_some_and(|(v, kind)| kind == 1 && v > 0.0)
                        || ordinal_word(nxt).is_some_and(|v| v < 10.0)
                    {
                        k += 1;
                        continue;
                    }
                }
                break;
            }
            let w = tk.lc.as_str();
            if let Some((v, kind)) = small_word(w) {
                let ok = match last {
                    Last::Start | Last::Hundred | Last::Scale => true,
                    Last::Tens => kind == 1 && v > 0.0,
                    _ => false,
                };
                if !ok {
                    break;
                }
                cur += v;
                last = match (last, kind) {
                    (Last::Tens, _) => Last::TensUnit,
                    (_, 1) => Last::Unit,
                    (_, 2) => Last::Teen,
                    _ => Last::Tens,
                };
                core.only_one = atoms == 0 && w == "one";
                atoms += 1;
                k += 1;
                core.tail_scale = None;
                continue;
            }
            if let Some(v) = ordinal_word(w) {
                let ok = match last {
                    Last::Start | Last::Hundred | Last::Scale => true,
                    Last::Tens => v < 10.0,
                    _ => false,
                };
                if !ok {
                    break;
                }
                if last == Last::Start && w == "second" && k > 0 {
                    let p = self.lc(k - 1);
                    if matches!(
                        p,
                        "a" | "one" | "per" | "every" | "each" | "split" | "nano" | "milli"
                    ) {
                        break;
                    }
                }
                cur += v;
                atoms += 1;
                k += 1;
                ordinal = true;
                core.only_one = false;
                break;
            }
            if w == "hundred" {
                let ok = matches!(
                    last,
                    Last::Lit
                        | Last::Unit
                        | Last::Teen
                        | Last::TensUnit
                        | Last::A
                        | Last::Tens
                        | Last::Half
                ) && (cur < 100.0 || last == Last::Lit)
                    && cur > 0.0;
                if !ok {
                    break;
                }
                cur *= 100.0;
                hundreds = cur;
                last = Last::Hundred;
                atoms += 1;
                k += 1;
                core.only_one = false;
                core.tail_scale = Some(100.0);
                continue;
            }
            if let Some(s) = scale_word(w) {
                if matches!(last, Last::Start) || cur <= 0.0 || s >= last_scale {
                    break;
                }
                total += cur * s;
                cur = 0.0;
                hundreds = 0.0;
                last = Last::Scale;
                last_scale = s;
                atoms += 1;
                k += 1;
                core.only_one = false;
                core.tail_scale = Some(s);
                continue;
            }
            if w == "dozen" || w == "dozens" {
                if !matches!(
                    last,
                    Last::Lit
                        | Last::Unit
                        | Last::Teen
                        | Last::Tens
                        | Last::TensUnit
                        | Last::A
                        | Last::Half
                ) || cur <= 0.0
                {
                    break;
                }
                cur = hundreds + (cur - hundreds) * 12.0;
                last = Last::Dozen;
                atoms += 1;
                k += 1;
                core.only_one = false;
                core.tail_scale = None;
                break;
            }
            if w == "a"
                && last == Last::Start
                && self.is_word(k + 1, "half")
                && !self.is_word(k + 2, "dozen")
                && scale_word(self.lc(k + 2)).is_none()
            {
                cur = 0.5;
                atoms += 1;
                k += 2;
                break;
            }
            if (w == "a" || w == "an") && matches!(last, Last::Start | Last::Half) {
                let nxt = self.lc(k + 1);
                if nxt == "hundred" || nxt == "dozen" || scale_word(nxt).is_some() {
                    if last == Last::Start {
                        cur = 1.0;
                        last = Last::A;
                    }
                    k += 1;
                    continue;
                }
                break;
            }
            if w == "half" && last == Last::Start {
                let nxt = self.lc(k + 1);
                let nxt2 = self.lc(k + 2);
                let follows_scale = |x: &str| x == "dozen" || scale_word(x).is_some();
                if follows_scale(nxt) || (nxt == "a" && follows_scale(nxt2)) {
                    cur = 0.5;
                    last = Last::Half;
                    atoms += 1;
                    k += 1;
                    continue;
                }
                if nxt == "of" || nxt == "the" || nxt == "a" || nxt == "an" {
                    cur = 0.5;
                    atoms += 1;
                    k += 1;
                    break;
                }
                // a share after a hedge: "more than half", "nearly half."
                if k == j && k > 0 && is_hedge_tail(self.lc(k - 1)) {
                    cur = 0.5;
                    atoms += 1;
                    k += 1;
                    core.share = true;
                }
                break;
            }
            if w == "and" {
                // "and a half"
                if self.is_word(k + 1, "a")
                    && self.is_word(k + 2, "half")
                    && !matches!(last, Last::Start | Last::A | Last::Half)
                {
                    if last == Last::Scale && cur == 0.0 {
                        total += last_scale * 0.5;
                    } else {
                        cur += 0.5;
                    }
                    k += 3;
                    atoms += 1;
                    core.only_one = false;
                    continue;
                }
                // "60 million and 70 million": two figures joined, not 60,000,070 (but "two
                // hundred and two thousand" is 202,000: a smaller scale after a hundred)
                let next_scale = scale_word(self.lc(k + 2)).or_else(|| {
                    self.glued(k + 1, k + 2)
                        .then(|| glued_scale(self.lc(k + 2), has_currency))
                        .flatten()
                });
                let scale_follows =
                    last == Last::Scale && next_scale.is_some_and(|s| s >= last_scale);
                if matches!(last, Last::Hundred | Last::Scale) && !scale_follows {
                    let nxt = toks.get(k + 1);
                    if let Some(nt) = nxt {
                        if nt.k == TK::Word {
                            if let Some((v, _)) = small_word(&nt.lc)
                                && v > 0.0
                            {
                                k += 1;
                                let _ = v;
                                continue; // the small word is consumed on the next iteration
                            }
                        } else if nt.k == TK::Num
                            && !nt.has_dec
                            && !nt.has_sep
                            && nt.val < if last == Last::Hundred { 100.0 } else { 1000.0 }
                            && !self.lit_excluded(k + 1, false)
                        {
                            cur += nt.val;
                            last = Last::TensUnit;
                            k += 2;
                            atoms += 1;
                            continue;
                        }
                    }
                }
                break;
            }
            break;
        }
        if atoms == 0 || matches!(last, Last::A) {
            return None;
        }
        // Do not end on a dangling "and"/"a".
        while k > j && (self.is_word(k - 1, "and") || self.is_word(k - 1, "a")) {
            k -= 1;
        }
        core.end = k;
        // To 12 significant digits: "4.1 million" is 4,100,000, not 4.1 * 1e6 in binary.
        core.value = round_to_significant(total + cur, 12);
        core.low = core.value;
        core.high = core.value;
        core.ordinal = ordinal;
        core.single_lit =
            atoms == 1 && core.lit_tok.is_some() && core.tail_scale.is_none() && !ordinal;
        if !core.value.is_finite() {
            return None;
        }
        Some(core)
    }

    /// Currency prefix at token i: returns (code, index after prefix).
    fn currency_prefix(&self, i: usize) -> Option<(&'static str, usize)> {
        let t = self.toks.get(i)?;
        if t.k == TK::Sym {
            let c = currency_symbol(&t.lc)?;
            return Some((c, i + 1));
        }
        if t.k == TK::Word {
            let raw = &self.text[t.s..t.e];
            // "US$", "HK$", "C$"
            if self.glued(i, i + 1)
                && self.is_sym(i + 1, "$")
                && let Some(c) = dollar_prefix(&t.lc)
            {
                return Some((c, i + 2));
            }
            // "U.S. $"
            if matches!(raw, "USD" | "EUR" | "GBP" | "JPY" | "CNY" | "INR" | "RUB") {
                let nt = self.toks.get(i + 1)?;
                if nt.k == TK::Num {
                    return Some((currency_word(&t.lc)?, i + 1));
                }
                if nt.k == TK::Sym && nt.lc == "$" {
                    return Some((currency_word(&t.lc)?, i + 2));
                }
            }
        }
        None
    }

    /// Unit after token index k. Returns (unit, index after the unit tokens included in the span).
    fn parse_unit(&self, k: usize, core: &Core) -> (Option<String>, usize, bool) {
        let toks = &self.toks;
        let Some(t) = toks.get(k) else {
            return (None, k, false);
        };
        let gap_ok = self.near(k.saturating_sub(1), k);
        if !gap_ok {
            return (None, k, false);
        }
        if t.k == TK::Sym {
            if t.lc == "%" {
                return (Some("percent".into()), k + 1, false);
            }
            if let Some(c) = currency_symbol(&t.lc)
                && !self.toks.get(k + 1).is_some_and(|x| x.k == TK::Num)
            {
                return (Some(c.into()), k + 1, false);
            }
            // glued hyphen + unit/noun: "six-year", "90-minute", "three-member"
            if t.lc == "-"
                && k > 0
                && self.glued(k - 1, k)
                && self.glued(k, k + 1)
                && let Some(nt) = toks.get(k + 1)
                && nt.k == TK::Word
            {
                if let Some(u) = measure_unit(&nt.lc) {
                    let mut end = k + 2;
                    // "-year-old": an age
                    if self.is_sym(end, "-")
                        && self.glued(end - 1, end)
                        && self.is_word(end + 1, "old")
                    {
                        end += 2;
                        if u == "year" {
                            return (Some(AGE.into()), end, false);
                        }
                    }
                    return (Some(u.into()), end, false);
                }
                // "a 1.5-billion-dollar loan", "a five-pound note"
                if let Some(c) = currency_word(&nt.lc) {
                    return (Some(c.into()), k + 2, false);
                }
                if is_plain_noun(nt, self.text) {
                    return (Some(singular(&nt.lc)), k + 2, true);
                }
            }
            return (None, k, false);
        }
        if t.k != TK::Word {
            return (None, k, false);
        }
        let w = t.lc.as_str();
        match w {
            "percent" | "percents" | "pct" => return (Some("percent".into()), k + 1, false),
            "percentage" => {
                if self.is_word(k + 1, "point") || self.is_word(k + 1, "points") {
                    return (Some("percentage point".into()), k + 2, false);
                }
                return (Some("percent".into()), k + 1, false);
            }
            "per" if self.is_word(k + 1, "cent") => return (Some("percent".into()), k + 2, false),
            _ => {}
        }
        // "US dollars", "Canadian dollars"
        if matches!(
            w,
            "us" | "american" | "canadian" | "australian" | "singapore"
        ) && (self.is_word(k + 1, "dollars") || self.is_word(k + 1, "dollar"))
        {
            let c = match w {
                "canadian" => "CAD",
                "australian" => "AUD",
                "singapore" => "SGD",
                _ => "USD",
            };
            return (Some(c.into()), k + 2, false);
        }
        if let Some(c) = currency_word(w) {
            let mut end = k + 1;
            if c == "GBP" && self.is_word(end, "sterling") {
                end += 1;
            } else if c == "GBP" && matches!(w, "pound" | "pounds") && self.speaks_of_weight() {
                // "30 pounds over a healthy weight", "weighs 190 pounds": a weight
                return (Some("lb".into()), end, false);
            }
            return (Some(c.into()), end, false);
        }
        let length = |x: &Tok| {
            if x.lc == "m" && &self.text[x.s..x.e] == "m" {
                Some("m")
            } else {
                measure_unit(&x.lc)
            }
        };
        if (self.is_word(k, "square") || self.is_word(k, "sq"))
            && let Some(u) = toks.get(k + 1).and_then(length)
            && matches!(u, "km" | "mile" | "m" | "ft" | "cm")
        {
            return (Some(format!("{u}2")), k + 2, false);
        }
        // "500 km2", "40 m²"
        if let Some(u) = length(t)
            && matches!(u, "km" | "m" | "cm" | "mm" | "ft")
            && self.glued(k, k + 1)
            && self.squared(k + 1)
        {
            return (Some(format!("{u}2")), k + 2, false);
        }
        // "1.8 m tall"
        if w == "m" && &self.text[t.s..t.e] == "m" && self.metre_context(k.saturating_sub(1), k) {
            return (Some("m".into()), k + 1, false);
        }
        // "60 million board feet" (timber)
        if w == "board" && (self.is_word(k + 1, "feet") || self.is_word(k + 1, "foot")) {
            return (Some("board foot".into()), k + 2, false);
        }
        if let Some(u) = measure_unit(w) {
            // "90 miles per hour", "50 km/h": speeds
            let per_hour = (self.is_word(k + 1, "per") || self.is_word(k + 1, "an"))
                && self.is_word(k + 2, "hour");
            let slash_h = self.is_sym(k + 1, "/")
                && self.glued(k, k + 1)
                && self.glued(k + 1, k + 2)
                && self.is_word(k + 2, "h");
            match u {
                "mile" if per_hour => return (Some("mph".into()), k + 3, false),
                "km" if per_hour || slash_h => return (Some("km/h".into()), k + 3, false),
                _ => {}
            }
            // "45 years old", "between 20 and 64 years old": an age, as "a 45-year-old" is
            if u == "year" && self.is_word(k + 1, "old") && self.near(k, k + 1) {
                return (Some(AGE.into()), k + 2, false);
            }
            // "second" right after a number word is the unit; "a second time" is handled as ordinal elsewhere
            return (Some(u.into()), k + 1, false);
        }
        let _ = core;
        // "54,000 Americans": a capitalised plural demonym counts people of a nation
        if is_demonym(w) && self.text[t.s..t.e].starts_with(|c: char| c.is_ascii_uppercase()) {
            return (Some(w[..w.len() - 1].to_string()), k, true);
        }
        // "a 26 million pre-tax profit": a prefix is no counted noun
        let prefix = matches!(
            w,
            "pre"
                | "post"
                | "non"
                | "anti"
                | "mid"
                | "semi"
                | "multi"
                | "inter"
                | "sub"
                | "co"
                | "re"
                | "ex"
                | "self"
                | "cross"
                | "counter"
                | "pro"
        ) && self.is_dash(k + 1)
            && self.glued(k, k + 1);
        // "1,200 fellow students": the noun after "fellow" is what is counted ("additional"
        // or "extra" would make the figure an increment, not a like-for-like count).
        if w == "fellow"
            && let Some(next) = self.toks.get(k + 1)
            && is_plain_noun(next, self.text)
        {
            return (Some(singular(&next.lc)), k, true);
        }
        if is_plain_noun(t, self.text) && !prefix {
            return (Some(singular(w)), k, true);
        }
        (None, k, false)
    }

    fn try_figure(&self, i: usize) -> Option<(Figure, usize)> {
        let toks = &self.toks;
        // 1. hedge
        let mut hedge: Option<(&'static str, Hedge)> = None;
        let mut p = i;
        if toks[i].k == TK::Word {
            for (ph, h) in HEDGES {
                if let Some(np) = self.match_phrase(i, ph) {
                    hedge = Some((ph, *h));
                    p = np;
                    break;
                }
            }
        }
        // "as much as about 16 percent": a bound on an estimate is the bound.
        if let Some((_, kind)) = hedge
            && kind != Hedge::Approx
            && let Some(np) = HEDGES
                .iter()
                .filter(|(_, h)| *h == Hedge::Approx)
                .find_map(|(ph, _)| self.match_phrase(p, ph))
        {
            p = np;
        }
        // "±3 points": the margin hedge written as a symbol
        if hedge.is_none() && self.is_sym(i, "±") {
            hedge = Some(("plus or minus", Hedge::PlusMinus));
            p = i + 1;
        }
        // negative sign
        let mut negative = false;
        let mut neg_start = None;
        let word_sign =
            hedge.is_none() && (self.is_word(p, "minus") || self.is_word(p, "negative"));
        let symbol_sign = self.is_sym(p, "-")
            && self.glued(p, p + 1)
            && self.toks.get(p + 1).is_some_and(|t| t.k == TK::Num)
            && (p == 0 || self.toks[p].s > self.toks[p - 1].e);
        if word_sign || symbol_sign {
            negative = true;
            neg_start = Some(p);
            p += 1;
        }
        // 2. currency prefix
        let mut currency: Option<&'static str> = None;
        if let Some((c, np)) = self.currency_prefix(p) {
            currency = Some(c);
            p = np;
        }
        let core = self.parse_core(p, currency.is_some(), false)?;
        let mut first_tok = if hedge.is_some() {
            i
        } else {
            neg_start.unwrap_or(if currency.is_some() { i } else { core.first })
        };
        if hedge.is_none() && currency.is_some() {
            first_tok = neg_start.unwrap_or(i);
        }
        // A vote or a score ("ruled 5-4", "voted 256 to 170"): both counts, in either order.
        if hedge.is_none()
            && currency.is_none()
            && !negative
            && let Some((second, end)) = self.tally(i, &core)
        {
            let (low, high) = (core.value.min(second), core.value.max(second));
            let (start, end_byte) = (toks[core.first].s, toks[end - 1].e);
            let fig = Figure {
                start,
                end: end_byte,
                text: self.text[start..end_byte].to_string(),
                value: (low + high) / 2.0,
                low,
                high,
                unit: Some(TALLY.into()),
                hedge: None,
                ordinal: false,
            };
            return Some((fig, end));
        }
        let mut value = core.value;
        let mut low = core.low;
        let mut high = core.high;
        let mut k = core.end;
        let mut range = false;

        // 3. range
        if !core.ordinal && !core.vague && core.glued_unit.is_none() {
            let between = matches!(hedge, Some((_, Hedge::Between)));
            let prev_from = p > 0
                && self.is_word(
                    if currency.is_some() {
                        p.saturating_sub(2)
                    } else {
                        p - 1
                    },
                    "from",
                );
            // "rose by $300 to $2,800", "rose $2.88 to $46.50": a change, then the level it
            // reached ("cut by 60 million to 70 million board feet" stays a range)
            let prev_by = i > 0 && self.is_word(i - 1, "by");
            let prev_change = prev_by || (i > 0 && is_change_word(self.lc(i - 1)));
            let first_currency = currency.is_some();
            let conn: Option<usize> = if between {
                if self.is_word(k, "and") {
                    Some(k + 1)
                } else {
                    None
                }
            } else if self.is_word(k, "to") && !prev_from {
                Some(k + 1)
            } else if self.is_dash(k) && core.lit_tok.is_some() {
                let tight = self.glued(k - 1, k) && self.glued(k, k + 1);
                let spaced_en = toks[k].lc != "-";
                if tight || spaced_en {
                    Some(k + 1)
                } else {
                    None
                }
            } else {
                None
            };
            if let Some(mut q) = conn {
                let mut cur2 = None;
                if let Some((c2, nq)) = self.currency_prefix(q)
                    && (currency.is_none() || currency == Some(c2))
                {
                    currency = Some(c2);
                    q = nq;
                }
                if let Some(c2) = self.parse_core(q, currency.is_some(), true)
                    && !c2.ordinal
                    && !c2.vague
                    && !(c2.only_one)
                {
                    cur2 = Some(c2);
                }
                if let Some(c2) = cur2 {
                    let mut lo = core.value;
                    if core.tail_scale.is_none()
                        && let Some(s) = c2.tail_scale
                        && lo * s <= c2.value
                    {
                        lo *= s;
                    }
                    let change_then_level =
                        prev_change && (first_currency || c2.value > CHANGE_LEVEL_RATIO * lo);
                    if lo <= c2.value
                        && !change_then_level
                        && !(core.lit_tok.is_some() && self.year_like(core.lit_tok.unwrap_or(0)))
                    {
                        low = lo;
                        high = c2.value;
                        value = (low + high) / 2.0;
                        k = c2.end;
                        range = true;
                    }
                }
            }
        }
        // A bound written after the number ("45 or more pounds"); a bound on an estimate
        // ("about five hundred or more") is the bound.
        if !range
            && matches!(hedge, None | Some((_, Hedge::Approx)))
            && !self.is_word(k + 2, "than")
            && let Some((ph, h, np)) = POSTFIX_HEDGES
                .iter()
                .find_map(|(ph, h)| self.match_phrase(k, ph).map(|np| (*ph, *h, np)))
        {
            hedge = Some((ph, h));
            k = np;
        }
        if matches!(hedge, Some((_, Hedge::Between))) && !range {
            hedge = None;
            first_tok = if currency.is_some() {
                p.saturating_sub(1)
            } else {
                core.first
            };
        }

        // 4. unit
        let mut unit: Option<String> = currency.map(|c| c.to_string());
        let mut counted_noun = false;
        let mut noun_plural = false;
        let mut end_tok = k; // exclusive
        {
            let (mut u, mut e, mut noun) = (None, k, false);
            if let Some((glued, len)) = &core.glued_unit {
                u = Some(glued.clone());
                e = k + len;
            } else if core.share {
                // a share ("more than half") counts no noun
            } else if let Some(n) = self.fraction_of_one(&core, range) {
                // "0.9 of a share": a part of one thing counts that thing
                u = Some(singular(&toks[n].lc));
                noun = true;
            } else if core.vague && self.is_word(k, "of") {
                let (u2, e2, n2) = self.parse_unit(k + 1, &core);
                if u2.is_some() {
                    u = u2;
                    noun = n2;
                    e = if n2 { k } else { e2 };
                    if let Some(t) = toks.get(k + 1) {
                        noun_plural =
                            (t.lc.ends_with('s') && !is_demonym(&t.lc)) || t.lc == "people";
                    }
                }
            } else {
                let (u2, e2, n2) = self.parse_unit(k, &core);
                u = u2;
                e = e2;
                noun = n2;
                if let Some(t) = toks.get(k) {
                    noun_plural = (t.lc.ends_with('s') && !is_demonym(&t.lc)) || t.lc == "people";
                }
            }
            if unit.is_none() {
                unit = u;
                counted_noun = noun;
                end_tok = e;
            } else if u.as_deref() == unit.as_deref()
                || matches!(u.as_deref(), Some("USD")) && currency == Some("USD")
            {
                end_tok = e; // "$5 dollars" / "US$ 5 USD"
            }
        }
        // "the Honda Indy 225 look easy", "the Apollo 11 crew": digits that continue a name
        // are part of it, and the word after them is no counted noun.
        if counted_noun
            && hedge.is_none()
            && currency.is_none()
            && core.lit_tok.is_some()
            && self.continues_name(core.first)
        {
            unit = None;
            counted_noun = false;
            end_tok = k;
        }
        if !counted_noun && end_tok < k {
            end_tok = k;
        }

        // An age in apposition: "Max Guarino, 26, was found".
        if unit.is_none() && hedge.is_none() && !range && self.age_in_apposition(&core) {
            unit = Some(AGE.into());
        }
        // "aged 39", "aged 20 to 96", "ages 5 to 12", "at age 93", "at the age of 93"
        let age_before = core.first > 0
            && (matches!(self.lc(core.first - 1), "aged" | "ages" | "age")
                || core.first > 1
                    && self.lc(core.first - 1) == "of"
                    && self.lc(core.first - 2) == "age");
        if unit.is_none() && hedge.is_none() && age_before {
            unit = Some(AGE.into());
        }

        // 5. exclusions
        if core.only_one && !range {
            let prev = if core.first > 0 {
                self.lc(core.first - 1)
            } else {
                ""
            };
            if unit.is_none()
                || matches!(
                    prev,
                    "the"
                        | "this"
                        | "that"
                        | "any"
                        | "no"
                        | "each"
                        | "every"
                        | "which"
                        | "someone"
                        | "anyone"
                )
                || self.is_word(core.first + 1, "another")
            {
                return None;
            }
        }
        if core.single_lit
            && !range
            && currency.is_none()
            && let Some(li) = core.lit_tok
            && self.year_like(li)
        {
            let keep_unit = matches!(unit.as_deref(), Some(u) if !counted_noun || u == "people")
                && !counted_noun
                || (counted_noun && noun_plural);
            let prev = if li > 0 { self.lc(li - 1) } else { "" };
            let year_prev = matches!(
                prev,
                "in" | "since"
                    | "by"
                    | "from"
                    | "until"
                    | "till"
                    | "to"
                    | "of"
                    | "before"
                    | "after"
                    | "during"
                    | "early"
                    | "late"
                    | "mid"
                    | "year"
                    | "summer"
                    | "spring"
                    | "autumn"
                    | "winter"
                    | "fall"
                    | "and"
                    | "or"
                    | "through"
                    | "between"
                    | "the"
                    | "circa"
            );
            if year_prev || !keep_unit {
                return None;
            }
        }

        // 6. hedges -> interval
        let hedge_name = hedge.map(|(n, _)| n.to_string());
        if let Some((_, h)) = hedge {
            match h {
                Hedge::Approx => {
                    low *= ABOUT_LOW;
                    high *= ABOUT_HIGH;
                }
                Hedge::Nearly => {
                    low *= NEARLY_LOW;
                }
                Hedge::More => {
                    high *= MORE_THAN_HIGH;
                }
                Hedge::AtLeast => {
                    high = f64::INFINITY;
                }
                Hedge::UpTo => {
                    low = 0.0;
                }
                Hedge::Between | Hedge::PlusMinus => {}
            }
        }
        if negative {
            value = -value;
            let (l, h) = (-high, -low);
            low = l;
            high = h;
        }
        if low > high {
            std::mem::swap(&mut low, &mut high);
        }
        let end_tok = end_tok.max(core.end).max(k);
        let last_tok = if counted_noun {
            k.max(core.end)
        } else {
            end_tok
        };
        let last_tok = last_tok.min(toks.len());
        if last_tok == 0 || first_tok >= last_tok {
            return None;
        }
        let start = toks[first_tok].s;
        let end = toks[last_tok - 1].e;
        let fig = Figure {
            start,
            end,
            text: self.text[start..end].to_string(),
            value,
            low,
            high,
            unit,
            hedge: hedge_name,
            ordinal: core.ordinal,
        };
        Some((fig, last_tok))
    }

    /// The fraction after a whole number at token k: "-1/2" glued ("3-1/2") or " 3/4" spaced
    /// ("2 3/4"), a numerator below a denominator of at most 16. Returns it and the token after.
    fn mixed_fraction(&self, k: usize) -> Option<(f64, usize)> {
        let n = if self.is_sym(k, "-") && self.glued(k - 1, k) && self.glued(k, k + 1) {
            k + 1
        } else if self.near(k - 1, k) && !self.glued(k - 1, k) {
            k
        } else {
            return None;
        };
        let whole = |i: usize| {
            self.toks
                .get(i)
                .filter(|t| t.k == TK::Num && !t.has_dec && !t.has_sep)
                .map(|t| t.val)
        };
        let (numerator, denominator) = (whole(n)?, whole(n + 2)?);
        let written = self.is_sym(n + 1, "/") && self.glued(n, n + 1) && self.glued(n + 1, n + 2);
        let ends = !(self.glued(n + 2, n + 3) && self.toks[n + 3].k != TK::Sym);
        (written && ends && numerator >= 1.0 && numerator < denominator && denominator <= 16.0)
            .then_some((numerator / denominator, n + 3))
    }

    /// Whether the whole number `core` is an age set off by commas after a name ("Max
    /// Guarino, 26, was found"): a capitalised word (not a month or a weekday) before the first
    /// comma, a comma after, and a value from 1 to 120.
    fn age_in_apposition(&self, core: &Core) -> bool {
        let Some(lit) = core.lit_tok else {
            return false;
        };
        let t = &self.toks[lit];
        // "Walsh, also 60,"
        let comma = if lit >= 2 && matches!(self.lc(lit - 1), "also" | "now" | "both") {
            lit - 2
        } else {
            lit.saturating_sub(1)
        };
        let name_before = comma >= 1
            && self.is_sym(comma, ",")
            && self.toks[comma - 1].k == TK::Word
            && self.text[self.toks[comma - 1].s..].starts_with(char::is_uppercase)
            && !is_month_or_day(&self.toks[comma - 1].lc);
        core.single_lit
            && core.end == lit + 1
            && !t.has_dec
            && !t.has_sep
            && (1.0..=120.0).contains(&t.val)
            && name_before
            && self.is_sym(lit + 1, ",")
    }

    /// The token of the noun in "0.9 of a share", "0.62 of a Acme share": a fraction in
    /// digits of one counted thing, which may follow one capitalised word.
    fn fraction_of_one(&self, core: &Core, range: bool) -> Option<usize> {
        let k = core.end;
        let fraction = core.single_lit && !range && core.value > 0.0 && core.value < 1.0;
        if !fraction || !self.is_word(k, "of") || !matches!(self.lc(k + 1), "a" | "an") {
            return None;
        }
        let noun = |n: usize| {
            self.toks
                .get(n)
                .is_some_and(|t| is_plain_noun(t, self.text) && is_count_unit(&singular(&t.lc)))
        };
        let capitalised = self.toks.get(k + 2).is_some_and(|t| {
            t.k == TK::Word && self.text[t.s..t.e].starts_with(char::is_uppercase)
        });
        if noun(k + 2) {
            Some(k + 2)
        } else if capitalised && noun(k + 3) {
            Some(k + 3)
        } else {
            None
        }
    }

    /// A tally after the number `core` that starts at token `i`: "5-4", "256 to 170" or "256-255"
    /// next to a word of voting or scoring ("ruled 5-4", "a 237-186 vote", "by a vote of 279
    /// to 237", "won 3-1"). Returns the second count and the token after it.
    fn tally(&self, i: usize, core: &Core) -> Option<(f64, usize)> {
        let lit = core.lit_tok?;
        let whole = |t: &Tok| t.k == TK::Num && !t.has_dec && t.val.is_finite();
        if !core.single_lit || core.end != lit + 1 || !whole(&self.toks[lit]) {
            return None;
        }
        let k = core.end;
        let dash = self.is_dash(k) && self.glued(k - 1, k) && self.glued(k, k + 1);
        if !dash && !self.is_word(k, "to") {
            return None;
        }
        let second = self.toks.get(k + 1).filter(|t| whole(t))?;
        let end = k + 2;
        // "5-4-3", "256-255th", "3-1/2": not a tally
        if self.glued(k + 1, end)
            && (self.toks[end].k != TK::Sym || self.is_dash(end) || self.is_sym(end, "/"))
        {
            return None;
        }
        let before = |n: usize| if i >= n { self.lc(i - n) } else { "" };
        let voting_before = matches!(
            before(1),
            "voted"
                | "ruled"
                | "ruling"
                | "won"
                | "lost"
                | "beat"
                | "defeated"
                | "split"
                | "leading"
                | "led"
                | "trailing"
                | "trailed"
        ) || (before(1) == "of"
            && matches!(
                before(2),
                "vote" | "margin" | "score" | "tally" | "majority"
            ));
        let voting_after = matches!(
            self.lc(end),
            "vote"
                | "votes"
                | "decision"
                | "ruling"
                | "verdict"
                | "margin"
                | "majority"
                | "win"
                | "victory"
                | "defeat"
                | "loss"
                | "split"
                | "tally"
                | "edge"
                | "advantage"
                | "lead"
                | "record"
        );
        // A team's record in brackets after its name: "Stanford (46-15)".
        let record = before(1) == "("
            && self.is_sym(end, ")")
            && i >= 2
            && self.toks[i - 2].k == TK::Word
            && self.text[self.toks[i - 2].s..].starts_with(|c: char| c.is_uppercase());
        // Two counts written high to low ("up 7-4", "is 26-15 Democratic"): a range is
        // written low to high, so this is a score or a split, not "7" and a stray "-4".
        // Not after a name ("Boeing 747-400"), not from a year ("2004-05").
        let descending = dash
            && second.val < core.value
            && core.value < 1000.0
            && !self.year_like(lit)
            && !self.continues_name(core.first);
        (voting_before || voting_after || record || descending).then_some((second.val, end))
    }

    fn year_like(&self, li: usize) -> bool {
        let t = &self.toks[li];
        !t.has_sep && !t.has_dec && t.ndigits == 4 && (1800.0..=2100.0).contains(&t.val)
    }
}

/// Extract the figures of one sentence or paragraph, sorted by start, non-overlapping.
pub fn extract_figures(text: &str) -> Vec<Figure> {
    let sc = Scanner {
        text,
        toks: tokenize(text),
        masks: mask_ranges(text),
    };
    let mut out: Vec<Figure> = Vec::new();
    let mut i = 0;
    while i < sc.toks.len() {
        match sc.try_figure(i) {
            Some((f, next)) if next > i => {
                if out.last().is_none_or(|l| l.end <= f.start) {
                    out.push(f);
                }
                i = next;
            }
            _ => i += 1,
        }
    }
    // Times of day are masked above; they are figures of their own unit.
    for time in times_of_day(text) {
        if out
            .iter()
            .all(|f| f.end <= time.start || time.end <= f.start)
        {
            out.push(time);
        }
    }
    out.sort_by_key(|f| f.start);
    name_numbers(text, &mut out);
    out
}

/// Marks the bare numbers of `figures` that are part of a name (see the module notes), and
/// adds the codes joined by a hyphen to capitals ("C-130"), which the scanner leaves out.
fn name_numbers(text: &str, figures: &mut Vec<Figure>) {
    static CODE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b([A-Z][A-Za-z]{0,5})-(\d{1,5})(?:s\b|\b)").unwrap());
    for f in figures.iter_mut() {
        // After a naming word, a counted noun names the thing numbered ("chapter 11
        // bankruptcy"); after a capitalised word it may be what is counted ("S&P 500 index").
        let counted = f.unit.as_deref().is_some_and(is_count_unit);
        let bare = (f.unit.is_none() || counted)
            && f.hedge.is_none()
            && !f.ordinal
            && f.low == f.high
            && f.text
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
        if !bare || text[f.end..].starts_with(['-', '\u{2013}']) {
            continue;
        }
        if let Some((start, name)) = naming_word_before(text, f.start)
            && (!counted || NAMING_WORDS.contains(&name.as_str()))
        {
            f.text = text[start..f.end].to_string();
            f.start = start;
            f.unit = Some(format!("{NAME_NUMBER}{name}"));
        }
    }
    let mut added = Vec::new();
    for c in CODE.captures_iter(text) {
        let (whole, name, digits) = (c.get(0).unwrap(), &c[1], c.get(2).unwrap());
        let taken = figures
            .iter()
            .any(|f| f.start < whole.end() && whole.start() < f.end);
        let after = text[whole.end()..].chars().next();
        let upper = name.chars().next().is_some_and(char::is_uppercase);
        if taken || !upper || after.is_some_and(|c| c == '-' || c.is_alphanumeric()) {
            continue;
        }
        let Ok(value) = digits.as_str().parse::<f64>() else {
            continue;
        };
        added.push(Figure {
            start: whole.start(),
            end: digits.end(),
            text: text[whole.start()..digits.end()].to_string(),
            value,
            low: value,
            high: value,
            unit: Some(format!("{NAME_NUMBER}{}", name.to_lowercase())),
            hedge: None,
            ordinal: false,
        });
    }
    if !added.is_empty() {
        figures.extend(added);
        figures.sort_by_key(|f| f.start);
    }
}

/// The word right before byte `at` (one space between) when it makes the number at `at` part
/// of a name: a naming word ("Chapter", "No.", "number"), or a capitalised word that is not
/// a month or a weekday, nor a function word opening the sentence ("Windows 98", "Voyager
/// 4 was launched"; not "Another 35"). Its start and its lower-case form without a final
/// period.
fn naming_word_before(text: &str, at: usize) -> Option<(usize, String)> {
    let before = text[..at].strip_suffix(' ')?;
    let start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.' || c == '&'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[start..];
    let bare = word.trim_end_matches('.');
    if bare.is_empty() || !bare.chars().next().is_some_and(char::is_alphabetic) {
        return None;
    }
    let lower = bare.to_lowercase();
    let capital = bare.chars().next().is_some_and(char::is_uppercase);
    if NAMING_WORDS.contains(&lower.as_str()) && (lower != "no" || capital) {
        return Some((start, lower));
    }
    // Inside the sentence (another word before it, not ending a sentence), or opening it
    // and not a function word ("Voyager 4 was launched", not "Another 35 cases").
    let inside = !is_stop(&lower)
        || text[..start]
            .trim_end()
            .chars()
            .next_back()
            .is_some_and(|c| !matches!(c, '.' | '!' | '?' | '"' | '\u{201C}' | ':' | '\n'));
    let name_like = capital
        && bare.chars().all(|c| c.is_alphanumeric() || c == '&')
        && !is_month_or_day(&lower)
        && word == bare;
    if !(inside && name_like) {
        return None;
    }
    // The span takes in the capitalised words before ("Harbour Cup 225"); the unit is the
    // word next to the number.
    let mut from = start;
    while let Some(before) = text[..from].strip_suffix(' ') {
        let word_start = before.rfind(' ').map_or(0, |i| i + 1);
        let word = &before[word_start..];
        let capitalised = word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().all(|c| c.is_alphanumeric() || c == '&');
        if !capitalised || is_month_or_day(&word.to_lowercase()) || word_start == 0 {
            break;
        }
        from = word_start;
    }
    Some((from, lower))
}

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
    /// Longest first: "shortly after" before "after".
    const BOUNDS: &[&str] = &[
        "shortly after",
        "shortly before",
        "just after",
        "just before",
        "soon after",
        "soon before",
        "before",
        "until",
        "after",
        "since",
        "till",
        "by",
    ];
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
    } else if let Some(&bound) = BOUNDS.iter().find(|b| ends_with_word(b)) {
        match bound {
            b if b.ends_with(" after") => (b, value, value + HALF_HOUR),
            b if b.ends_with(" before") => (b, value - HALF_HOUR, value),
            "by" | "before" | "until" | "till" => (bound, 0.0, value),
            _ => (bound, value, DAY),
        }
    } else {
        return (None, value, value);
    };
    (Some(hedge.to_string()), low.max(0.0), high.min(DAY))
}

/// Clock times with a.m. or p.m. ("at 5:30 a.m.", "by 9pm"), as figures in minutes after
/// midnight.
fn times_of_day(text: &str) -> Vec<Figure> {
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
                text: time.as_str().to_string(),
                value,
                low,
                high,
                unit: Some(unit),
                hedge,
                ordinal: false,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figs(s: &str) -> Vec<Figure> {
        extract_figures(s)
    }
    fn one(s: &str) -> Figure {
        let f = figs(s);
        assert_eq!(f.len(), 1, "{s:?} -> {f:#?}");
        f.into_iter().next().unwrap()
    }

    #[test]
    fn a_bound_on_an_estimate_is_the_bound() {
        let f = one("shares dropped as much as about 16 percent");
        assert_eq!(
            (f.hedge.as_deref(), f.low, f.high),
            (Some("as much as"), 0.0, 16.0)
        );
        assert_eq!(
            one("up to roughly 40 people").hedge.as_deref(),
            Some("up to")
        );
    }

    #[test]
    fn digits_that_continue_a_name_are_part_of_it() {
        for (s, text, unit) in [
            (
                "He made winning the Harbour Cup 225 look easy.",
                "Harbour Cup 225",
                "#cup",
            ),
            ("The crew of Apollo 11 landed.", "Apollo 11", "#apollo"),
            ("Voyager 4 was launched in 1977.", "Voyager 4", "#voyager"),
            (
                "It entered chapter 11 bankruptcy.",
                "chapter 11",
                "#chapter",
            ),
            ("He has never been No. 1 before.", "No. 1", "#no"),
            ("He was No 4 again.", "No 4", "#no"),
            (
                "She came in at number 19 in the list.",
                "number 19",
                "#number",
            ),
            ("Client 1.0 is free.", "Client 1.0", "#client"),
            ("The S&P 500 rose.", "S&P 500", "#s&p"),
            ("Four more C-130 cargo planes.", "C-130", "#c"),
            ("The crew flew F-16s.", "F-16", "#f"),
        ] {
            let f = figs(s);
            let f = f
                .iter()
                .find(|f| f.text == text)
                .unwrap_or_else(|| panic!("{s}: {f:#?}"));
            assert_eq!(f.unit.as_deref(), Some(unit), "{s}");
            assert!(!is_count_unit(unit));
        }
        // A function word opening the sentence, a lower-case "no", or a figure with a hedge
        // or a unit is no name.
        for (s, unit) in [
            ("Another 35 cases were reported.", Some("case")),
            ("There were no 5 star hotels.", Some("star")),
            ("Some 50 million phone numbers.", Some("phone")),
            ("Windows took 20 percent.", Some("percent")),
            ("The market fell in mid-2015 by 3 percent.", Some("percent")),
        ] {
            let f = figs(s);
            let units: Vec<Option<&str>> = f.iter().map(|f| f.unit.as_deref()).collect();
            assert!(units.contains(&unit), "{s}: {f:#?}");
            assert!(
                !units.iter().flatten().any(|u| is_name_number(u)),
                "{s}: {f:#?}"
            );
        }
        // A weekday, a month or the sentence's first word is no name.
        for (s, unit) in [
            ("On Tuesday 12 people were hurt.", "people"),
            ("Officials 12 days later agreed.", "day"),
        ] {
            let f = one(s);
            assert_eq!(f.unit.as_deref(), Some(unit), "{s}");
        }
    }

    #[test]
    fn nearly_six_year_war() {
        for s in [
            "to end the nearly six-year war spokesman John Kirby said",
            "the biggest battle of a nearly six-year war",
        ] {
            let f = one(s);
            assert_eq!(f.value, 6.0);
            assert_eq!(f.unit.as_deref(), Some("year"));
            assert_eq!(f.hedge.as_deref(), Some("nearly"));
            assert_eq!(f.text, "nearly six-year");
            assert!(f.low < 6.0 && 6.0 <= f.high);
        }
    }

    #[test]
    fn numbers_glued_by_commas() {
        let values = |s: &str| figs(s).iter().map(|f| f.value).collect::<Vec<_>>();
        assert_eq!(values("Read pages 12,15,19 today."), vec![12.0, 15.0, 19.0]);
        // Two: a list or a decimal comma; neither is read.
        assert_eq!(values("Profit was 3,4 million euros."), Vec::<f64>::new());
        assert_eq!(
            values("Rooms 12,14 were shut and 1,366 people left."),
            vec![1366.0]
        );
    }

    #[test]
    fn measures_and_durations() {
        let f = one("which support opposite sides in the five-year conflict");
        assert_eq!((f.value, f.unit.as_deref()), (5.0, Some("year")));
        let f = one("during a 90-minute meeting");
        assert_eq!(
            (f.value, f.unit.as_deref(), f.text.as_str()),
            (90.0, Some("minute"), "90-minute")
        );
        let f = one("for three months");
        assert_eq!((f.value, f.unit.as_deref()), (3.0, Some("month")));
        let f = one("a 19-year-old student");
        assert_eq!((f.value, f.unit.as_deref()), (19.0, Some(AGE)));
    }

    #[test]
    fn second_time_in_two_weeks() {
        let f = figs("This is the second time in two weeks");
        assert_eq!(f.len(), 2, "{f:#?}");
        assert!(f[0].ordinal);
        assert_eq!(f[0].value, 2.0);
        assert_eq!(
            (f[1].value, f[1].unit.as_deref(), f[1].ordinal),
            (2.0, Some("week"), false)
        );
        assert!(!figs("in a second he was gone").iter().any(|f| f.ordinal));
        let f = one("the 3rd attempt");
        assert!(f.ordinal && f.value == 3.0);
        let f = one("the twenty-first meeting");
        assert!(f.ordinal && f.value == 21.0);
    }

    #[test]
    fn people_counts_and_vague() {
        let f = one("break the will of 250,000 people living under siege");
        assert_eq!(
            (f.value, f.unit.as_deref(), f.text.as_str()),
            (250000.0, Some("people"), "250,000")
        );
        let a = one("has killed hundreds of thousands of people");
        assert_eq!((a.value, a.low, a.high), (200000.0, 200000.0, 999999.0));
        assert_eq!(a.unit.as_deref(), Some("people"));
        let b = one("over 400,000 people have been killed");
        assert_eq!(b.hedge.as_deref(), Some("over"));
        assert_eq!(b.value, 400000.0);
        assert!(a.low <= b.high && b.low <= a.high, "intervals overlap");
        let f = one("dozens of civilians");
        assert_eq!(
            (f.low, f.high, f.unit.as_deref()),
            (24.0, 99.0, Some("civilian"))
        );
        let f = one("thousands fled");
        assert_eq!((f.low, f.high), (2000.0, 9999.0));
        let f = one("tens of thousands of refugees");
        assert_eq!((f.low, f.high), (20000.0, 99999.0));
    }

    #[test]
    fn hedges() {
        let f = one("pre-war population of about 23 million");
        assert_eq!(f.value, 23e6);
        assert_eq!(f.hedge.as_deref(), Some("about"));
        assert!((f.low - 23e6 * ABOUT_LOW).abs() < 1.0 && (f.high - 23e6 * ABOUT_HIGH).abs() < 1.0);
        let f = one("at least 12 people died");
        assert!(f.high.is_infinite() && f.low == 12.0);
        let json = serde_json::to_string(&f).unwrap();
        assert!(json.contains("\"high\":null"), "{json}");
        let f = one("up to 300 fighters");
        assert_eq!((f.low, f.high), (0.0, 300.0));
        let f = one("fewer than 10 trucks");
        assert_eq!(
            (f.low, f.high, f.hedge.as_deref()),
            (0.0, 10.0, Some("fewer than"))
        );
        let f = one("more than 4.8 million Syrians");
        assert_eq!((f.value, f.hedge.as_deref()), (4.8e6, Some("more than")));
    }

    #[test]
    fn hedges_written_after_the_number() {
        let f = one("a ferry with 40 or more passengers");
        assert_eq!(
            (
                f.text.as_str(),
                f.low,
                f.unit.as_deref(),
                f.hedge.as_deref()
            ),
            ("40 or more", 40.0, Some("passenger"), Some("or more"))
        );
        assert!(f.high.is_infinite());
        let f = one("tickets at $12 or less");
        assert_eq!((f.low, f.high, f.unit.as_deref()), (0.0, 12.0, Some("USD")));
        let f = one("some 70 or so boats");
        assert_eq!(
            (f.low, f.high, f.unit.as_deref(), f.hedge.as_deref()),
            (
                70.0 * ABOUT_LOW,
                70.0 * ABOUT_HIGH,
                Some("boat"),
                Some("or so")
            )
        );
        // a bound on an estimate is the bound
        let f = one("about 300 or more fishermen");
        assert_eq!((f.low, f.hedge.as_deref()), (300.0, Some("or more")));
        // "or less than 6,000" is a second figure, not a bound on the first
        let all = figs("between 5,000 or less than 6,000 nets");
        assert!(
            all.iter().all(|f| f.hedge.as_deref() != Some("or less")),
            "{all:?}"
        );
        assert!(crate::extract::number::same_hedge_kind(
            "or more", "at least"
        ));
    }

    #[test]
    fn money_and_percent() {
        let cases: &[(&str, f64, &str)] = &[
            ("a $2.5bn deal", 2.5e9, "USD"),
            ("costs £600m a year", 600e6, "GBP"),
            ("worth $1.13bn", 1.13e9, "USD"),
            ("2.5 billion dollars", 2.5e9, "USD"),
            ("an extra €3m", 3e6, "EUR"),
            ("US$ 75 million", 75e6, "USD"),
            ("growth of 4.5%", 4.5, "percent"),
            ("45 percent of voters", 45.0, "percent"),
            ("45 per cent of voters", 45.0, "percent"),
            ("361 million pounds", 361e6, "GBP"),
        ];
        for (s, v, u) in cases {
            let f = one(s);
            assert!((f.value - v).abs() < 1e-3 * v.abs().max(1.0), "{s}: {f:?}");
            assert_eq!(f.unit.as_deref(), Some(*u), "{s}");
        }
    }

    #[test]
    fn number_words() {
        let cases: &[(&str, f64)] = &[
            ("six", 6.0),
            ("twenty-five soldiers", 25.0),
            ("one hundred and twenty soldiers", 120.0),
            ("two dozen soldiers", 24.0),
            ("a dozen soldiers", 12.0),
            ("half a dozen soldiers", 6.0),
            ("six million", 6e6),
            ("2.5 million", 2.5e6),
            ("1.2m", 1.2e6),
            ("3bn", 3e9),
            ("1,366", 1366.0),
            ("three hundred  and  thirty one", 331.0),
            (
                "twenty-one trillion and three hundred",
                21_000_000_000_300.0,
            ),
            ("one and a half", 1.5),
            ("half a million", 500000.0),
        ];
        for (s, v) in cases {
            let f = one(s);
            assert!((f.value - v).abs() < 1e-6 * v.max(1.0), "{s}: {f:?}");
        }
    }

    #[test]
    fn ranges() {
        for s in [
            "10 to 15 people",
            "10-15 people",
            "between 10 and 15 people",
        ] {
            let f = one(s);
            assert_eq!((f.low, f.high), (10.0, 15.0), "{s}");
        }
        let f = one("2 to 3 million people");
        assert_eq!((f.low, f.high), (2e6, 3e6));
        assert_eq!(figs("rose from 10 to 15 percent").len(), 2);
    }

    #[test]
    fn exclusions() {
        // Codes and models are numbers in a name, compared only with the same name.
        let named = |s: &str| -> Vec<String> {
            figs(s)
                .into_iter()
                .map(|f| format!("{} {}", f.text, f.unit.unwrap_or_default()))
                .collect()
        };
        assert_eq!(
            named("A Russian Sukhoi Su-35 bomber lands at Hmeimim on May 4, 2016"),
            ["Su-35 #su"]
        );
        // times of day are figures of their own unit, not counts
        let not_time = |s: &str| -> Vec<Figure> {
            figs(s)
                .into_iter()
                .filter(|f| !f.unit.as_deref().is_some_and(is_time_of_day))
                .collect()
        };
        assert!(not_time("PUBLISHED : Friday, 09 September, 2016, 1:07pm").is_empty());
        assert_eq!(named("G-20 Summit"), ["G-20 #g"]);
        assert!(figs("G20 summit").is_empty());
        assert_eq!(
            named("the COVID-19 pandemic and an F-16 and an A380"),
            ["COVID-19 #covid", "F-16 #f"]
        );
        assert!(figs("since March 2011").is_empty());
        assert!(figs("in 2016 the war").is_empty());
        assert!(figs("on the 21st of June").is_empty());
        assert!(not_time("at 3 p.m. local time").is_empty());
        for s in [
            "shares were flat by 1142 GMT",
            "the polls opened at 0630 GMT",
            "talks began at 09:15 a.m. in the capital",
            "the result came at 9pm (AEDT) on Sunday",
            "kick-off is at 8 p.m. EDT",
            "the markets closed at 16.30 BST",
            "a quake struck at 2 UTC",
        ] {
            assert!(not_time(s).is_empty(), "{s}: {:?}", figs(s));
        }
        assert!(figs("one of those moments").is_empty());
        assert!(figs("a man").is_empty());
        assert!(figs("Win10 is out").is_empty());
        assert!(figs("see http://example.com/page/2?id=35").is_empty());
        assert!(figs("in the 1990s").is_empty());
        let f = one("one soldier was hurt");
        assert_eq!((f.value, f.unit.as_deref()), (1.0, Some("soldier")));
        let f = one("2000 people");
        assert_eq!(f.value, 2000.0);
    }

    #[test]
    fn compound_number_words_with_dozens() {
        // the dozen multiplies only what follows "hundred and"
        let f = one("four hundred and three dozen eggs were smashed");
        assert_eq!(f.value, 436.0, "{f:?}");
        let f = one("two thousand and five dozens of roses");
        assert_eq!(f.value, 2060.0, "{f:?}");
        assert_eq!(one("two dozens").value, 24.0);
        assert_eq!(one("nine dozen lorries").value, 108.0);
        assert_eq!(one("a hundred and twelve").value, 112.0);
    }

    #[test]
    fn digits_times_hundred() {
        let f = one("a crowd of 450 hundred fans");
        assert_eq!((f.value, f.text.as_str()), (45_000.0, "450 hundred"));
        assert_eq!(one("12 hundred").value, 1200.0);
        // a year before a plural is not multiplied
        assert!(
            figs("in 1990 hundreds of people fled")
                .iter()
                .all(|f| f.value != 199_000.0)
        );
    }

    #[test]
    fn half_as_a_share() {
        for (s, hedge) in [
            ("more than half voted to leave", "more than"),
            ("Nearly half stayed at home.", "nearly"),
            ("turnout fell by almost half", "almost"),
        ] {
            let f = one(s);
            assert_eq!((f.value, f.hedge.as_deref()), (0.5, Some(hedge)), "{s}");
            assert_eq!(f.unit, None, "{s}");
        }
        assert!(figs("he said half in jest").is_empty());
        assert!(figs("the second half began").iter().all(|f| f.value != 0.5));
    }

    #[test]
    fn m_is_metres_in_a_measure_context() {
        for (s, text) in [
            ("the goalkeeper is 1.95m tall", "1.95m"),
            ("behind a 4m wall", "4m"),
            ("a 2.5m-high fence", "2.5m"),
            ("the pipe is 40 m long", "40 m"),
            ("a crater 12m in diameter", "12m"),
            ("he stood 1.8m", "1.8m"),
        ] {
            let f = one(s);
            assert_eq!(
                (f.unit.as_deref(), f.text.as_str()),
                (Some("m"), text),
                "{s}: {f:?}"
            );
            assert!(f.value < 100.0, "{s}: {f:?}");
        }
        for (s, v) in [
            ("1.8m people live there", 1.8e6),
            ("1.2m long-term unemployed", 1.2e6),
            ("2m high street jobs", 2e6),
            ("a 3m drop in visitors", 3e6),
            ("a 3m budget gap", 3e6),
            ("the $4m-high bid", 4e6),
            ("a £2m wall contract", 2e6),
        ] {
            assert_eq!(one(s).value, v, "{s}");
        }
    }

    #[test]
    fn area_units() {
        for (s, v, u) in [
            ("a 350m2 flat", 350.0, "m2"),
            ("burned 12km² of forest", 12.0, "km2"),
            ("over 80 km2 of farmland", 80.0, "km2"),
            ("a 90 m² office", 90.0, "m2"),
            ("40 sq m of floor", 40.0, "m2"),
        ] {
            let f = one(s);
            assert_eq!((f.value, f.unit.as_deref()), (v, Some(u)), "{s}: {f:?}");
        }
        // a model code is still no figure
        assert!(figs("the M2 motorway").is_empty());
    }

    #[test]
    fn years_after_conjunctions_are_not_figures() {
        assert!(figs("in 2015 and 2016 the plant was shut").is_empty());
        assert!(figs("before 2010 but not 2008").is_empty());
        assert!(figs("figures for 2019 or 2020").is_empty());
    }

    #[test]
    fn hyphenated_scale_words() {
        for (s, v, u, text) in [
            (
                "the council backed a $45-million bridge",
                45e6,
                "USD",
                "$45-million",
            ),
            (
                "he was freed on a $2-million bond",
                2e6,
                "USD",
                "$2-million",
            ),
            (
                "a fund of about 12-million euros",
                12e6,
                "EUR",
                "about 12-million euros",
            ),
            (
                "a 1.5-billion-dollar loan",
                1.5e9,
                "USD",
                "1.5-billion-dollar",
            ),
        ] {
            let f = one(s);
            assert_eq!(
                (f.value, f.unit.as_deref(), f.text.as_str()),
                (v, Some(u), text),
                "{s}: {f:?}"
            );
        }
        // a range of hyphens is still a range
        let f = one("5-10 million people");
        assert_eq!((f.low, f.high), (5e6, 10e6));
    }

    #[test]
    fn vulgar_fractions() {
        for (s, v, text) in [
            ("the recipe needs 3 ½ cups of flour", 3.5, "3 ½"),
            ("a 4½-hour drive", 4.5, "4½-hour"),
            ("she swam ¾ of a mile", 0.75, "¾"),
            ("a ⅓ share of the firm", 1.0 / 3.0, "⅓"),
            ("about 1 ¼ million visitors", 1.25e6, "about 1 ¼ million"),
        ] {
            let f = one(s);
            assert!((f.value - v).abs() < 1e-9, "{s}: {f:?}");
            assert_eq!(f.text, text, "{s}");
        }
        // a decimal takes no fraction
        assert!(figs("2.5 ½").iter().all(|f| f.value != 3.0));
    }

    #[test]
    fn plus_or_minus_is_a_margin_not_a_negative() {
        let f = one("a margin of error of plus or minus two to three percentage points");
        assert_eq!(
            (f.low, f.high, f.unit.as_deref(), f.hedge.as_deref()),
            (2.0, 3.0, Some("percentage point"), Some("plus or minus"))
        );
        let f = one("accurate to ±4 percent");
        assert_eq!(
            (f.value, f.low, f.high, f.hedge.as_deref()),
            (4.0, 4.0, 4.0, Some("plus or minus"))
        );
        // a plain "minus" is still negative
        assert_eq!(one("it fell to minus 5 degrees").value, -5.0);
    }

    #[test]
    fn ranges_after_by() {
        let f = one("output will fall by 40 million to 50 million board feet");
        assert_eq!((f.low, f.high), (40e6, 50e6), "{f:?}");
        // a change, then the level it reached
        let f = figs("fees will rise by $200 to $1,900");
        assert_eq!(
            f.iter().map(|f| f.value).collect::<Vec<_>>(),
            [200.0, 1900.0],
            "{f:?}"
        );
    }

    #[test]
    fn fraction_of_one_thing() {
        for s in [
            "holders get 0.45 of a share",
            "holders get 0.45 of a Zentro share",
        ] {
            let f = one(s);
            assert_eq!((f.value, f.unit.as_deref()), (0.45, Some("share")), "{s}");
            assert_eq!(f.text, "0.45");
        }
        assert_eq!(one("2.5 of a share").unit, None);
        // a point of an index is a measure, not a thing counted
        assert_eq!(one("it shed 0.17 of a point").unit, None);
    }

    #[test]
    fn times_of_day() {
        let f = one("the fire started at 4:15 a.m. on Sunday");
        assert_eq!(
            (f.text.as_str(), f.value, f.unit.as_deref()),
            ("4:15 a.m.", 255.0, Some(TIME_OF_DAY))
        );
        assert_eq!(one("polls close at 8pm").value, 20.0 * 60.0);
        // a time zone is part of the unit: times in different zones are not compared
        let f = one("until 6 p.m. EDT Sunday");
        assert_eq!(
            (f.text.as_str(), f.unit.as_deref()),
            ("6 p.m.", Some("time of day EDT"))
        );
        assert_eq!(
            one("until 8am (AEST)").unit.as_deref(),
            Some("time of day AEST")
        );
        assert_eq!(one("at 12:30 p.m.").value, 12.0 * 60.0 + 30.0);
        assert_eq!(one("at 12 a.m.").value, 0.0);
        // hedges make an interval
        for (s, low, high) in [
            ("at about 3 p.m. on Friday", 14.5 * 60.0, 15.5 * 60.0),
            ("shortly after 3 p.m.", 15.0 * 60.0, 15.5 * 60.0),
            ("polls close by 8 p.m.", 0.0, 20.0 * 60.0),
            ("after 9 p.m. the roads shut", 21.0 * 60.0, 24.0 * 60.0),
        ] {
            let f = one(s);
            assert_eq!((f.low, f.high), (low, high), "{s}: {f:?}");
            assert!(f.hedge.is_some(), "{s}");
        }
        let f = figs("By 10:40 a.m., 35 people had left");
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(f[1].value, 35.0);
    }

    #[test]
    fn ages_written_out_are_ages() {
        for s in [
            "a man aged 39 was hurt",
            "she died at age 39",
            "he retired at the age of 39",
            "he is 39 years old",
        ] {
            let f = one(s);
            assert_eq!((f.value, f.unit.as_deref()), (39.0, Some(AGE)), "{s}");
        }
        let f = one("the patients, aged 20 to 96, were tested");
        assert_eq!((f.low, f.high, f.unit.as_deref()), (20.0, 96.0, Some(AGE)));
        let f = one("men between 20 and 64 years old");
        assert_eq!((f.low, f.high, f.unit.as_deref()), (20.0, 64.0, Some(AGE)));
        // A span of years is no age.
        assert_eq!(
            one("it took 39 years to build").unit.as_deref(),
            Some("year")
        );
    }

    #[test]
    fn scale_words_after_digits() {
        let f = one("with 1.1 millions youths infected");
        assert_eq!((f.value, f.unit.as_deref()), (1_100_000.0, Some("youth")));
        // Decimal scale figures are the number they write, not its binary product.
        assert_eq!(one("4.1 million people").value, 4_100_000.0);
        assert_eq!(one("0.07 percent").value, 0.07);
    }

    #[test]
    fn mixed_fractions() {
        for (s, value) in [
            ("over the past 3-1/2 months", 3.5),
            ("a 2 3/4 mile walk", 2.75),
        ] {
            let f = one(s);
            assert_eq!(f.value, value, "{s}: {f:?}");
        }
        assert_eq!(
            one("over the past 3-1/2 months").unit.as_deref(),
            Some("month")
        );
        // a date stays a date
        assert!(figs("on 3/14/2003 the court met").is_empty());
    }

    #[test]
    fn ages_in_apposition() {
        let f = one("Nora Pell, 34, was found safe on Friday");
        assert_eq!((f.value, f.unit.as_deref()), (34.0, Some(AGE)));
        assert_eq!(one("Pell, also 34, was hurt").unit.as_deref(), Some(AGE));
        assert_eq!(
            one("On Monday, 34 people were hurt").unit.as_deref(),
            Some("people")
        );
        assert_eq!(one("prices fell in May, 12, then rose").unit, None);
    }

    #[test]
    fn prefix_is_no_counted_noun() {
        assert_eq!(one("a 26 million pre-tax profit").unit, None);
        assert_eq!(one("the 922 chip-set").unit.as_deref(), Some("chip"));
    }

    #[test]
    fn tallies() {
        for (s, text, low, high) in [
            ("the justices ruled 6-3 for the city", "6-3", 3.0, 6.0),
            (
                "the Senate voted 61 to 38 to pass it",
                "61 to 38",
                38.0,
                61.0,
            ),
            ("it passed on a 210-214 vote", "210-214", 210.0, 214.0),
            ("it failed by a vote of 98 to 120", "98 to 120", 98.0, 120.0),
            ("the home side won 2-1 on Sunday", "2-1", 1.0, 2.0),
            ("with Arizona leading 7-1 at the time", "7-1", 1.0, 7.0),
            (
                "Democrats hold a 17-15 edge in the delegation",
                "17-15",
                15.0,
                17.0,
            ),
            ("Stanford (46-15) plays on Friday", "46-15", 15.0, 46.0),
            // written high to low it is a score or a split, whatever the words around it
            ("with the Diamondbacks up 7-4.", "7-4", 4.0, 7.0),
            (
                "The delegation is now 26-15 Democratic.",
                "26-15",
                15.0,
                26.0,
            ),
        ] {
            let f = one(s);
            assert_eq!(
                (f.text.as_str(), f.low, f.high, f.unit.as_deref()),
                (text, low, high, Some(TALLY)),
                "{s}"
            );
        }
        // without a word of voting or scoring, "3-6" is a range, not a tally
        assert!(
            figs("a 3-6 result")
                .iter()
                .all(|f| f.unit.as_deref() != Some(TALLY))
        );
        // ... but not a model after its maker's name, nor a season
        for s in ["a Boeing 747-400 jet", "the 2004-05 season"] {
            assert!(
                figs(s).iter().all(|f| f.unit.as_deref() != Some(TALLY)),
                "{s}"
            );
        }
    }

    #[test]
    fn ranges_with_a_scale_on_both_ends() {
        for s in [
            "they may log 40 million to 50 million board feet a year",
            "a sale of between 40 million and 50 million board feet",
        ] {
            let f = one(s);
            assert_eq!(
                (f.low, f.high, f.unit.as_deref()),
                (40e6, 50e6, Some("board foot")),
                "{s}: {f:?}"
            );
        }
        let f = one("a bid between $3.1 billion and $3.4 billion");
        assert_eq!(
            (f.low, f.high, f.unit.as_deref()),
            (3.1e9, 3.4e9, Some("USD"))
        );
        let f = figs("two million and three million people");
        assert_eq!(
            f.iter().map(|f| f.value).collect::<Vec<_>>(),
            [2e6, 3e6],
            "{f:?}"
        );
        // number words joined by "and" still add up
        assert_eq!(one("two million and fifty").value, 2_000_050.0);
        assert_eq!(one("three hundred and four thousand").value, 304_000.0);
    }

    #[test]
    fn a_change_then_a_level_is_not_a_range() {
        for (s, values) in [
            (
                "the shares rose $1.75 to $38.20 on Friday",
                vec![1.75, 38.2],
            ),
            ("the stock lost 52 cents to $19.10", vec![52.0, 19.1]),
            (
                "crude was down 35 cents, or 1.4 percent, to $24.60",
                vec![35.0, 1.4, 24.6],
            ),
            ("the index climbed 112.4 to 9,870.5", vec![112.4, 9870.5]),
            ("the rate slipped from 41.3 to 38.9", vec![41.3, 38.9]),
        ] {
            let f = figs(s);
            assert_eq!(
                f.iter().map(|f| f.value).collect::<Vec<_>>(),
                values,
                "{s}: {f:#?}"
            );
            assert!(f.iter().all(|f| f.low == f.high), "{s}: {f:#?}");
        }
        // ranges stay ranges, also a range of change
        for (s, low, high) in [
            ("10 to 15 people", 10.0, 15.0),
            ("between 10 and 15 people", 10.0, 15.0),
            ("8-10 percent", 8.0, 10.0),
            ("prices rose 10 to 15 percent", 10.0, 15.0),
            ("the army lost 20 to 30 tanks", 20.0, 30.0),
        ] {
            let f = one(s);
            assert_eq!((f.low, f.high), (low, high), "{s}: {f:?}");
        }
    }

    #[test]
    fn unit_synonyms_fold() {
        for (s, v, u) in [
            ("a 40 kg sack", 40.0, "kg"),
            ("a 40 kilograms sack", 40.0, "kg"),
            ("a 9 km walk", 9.0, "km"),
            ("a 9 kilometres walk", 9.0, "km"),
            ("a 9 kilometers walk", 9.0, "km"),
            ("it weighs 12 lbs", 12.0, "lb"),
            ("it weighs 12 lb", 12.0, "lb"),
            ("gusts of 60 mph", 60.0, "mph"),
            ("gusts of 60 miles per hour", 60.0, "mph"),
            ("gusts of 60 miles an hour", 60.0, "mph"),
            ("a limit of 30 km/h", 30.0, "km/h"),
            ("a limit of 30 kilometres per hour", 30.0, "km/h"),
            ("a limit of 30 kph", 30.0, "km/h"),
            // "pounds" stays money: news uses it for sterling far more than for weight
            ("a fine of 60 pounds", 60.0, "GBP"),
            // ... unless the sentence speaks of weight
            ("he weighed 190 pounds at the weigh-in", 190.0, "lb"),
            ("roughly 30 pounds over a healthy weight", 30.0, "lb"),
            ("a £30 fine for an overweight bag", 30.0, "GBP"),
        ] {
            let f = one(s);
            assert_eq!((f.value, f.unit.as_deref()), (v, Some(u)), "{s}: {f:?}");
        }
        assert_eq!(one("gusts of 60 miles per hour").text, "60 miles per hour");
    }

    #[test]
    fn demonyms_are_counted_nouns() {
        let f = one("about 52,000 Americans signed up");
        assert_eq!(
            (f.value, f.unit.as_deref(), f.text.as_str()),
            (52000.0, Some("american"), "about 52,000")
        );
        assert_eq!(
            one("thousands of Iraqis fled").unit.as_deref(),
            Some("iraqi")
        );
        // a name is not a demonym; a year before a demonym is still a year
        assert_eq!(one("all 14 Evans cousins").unit, None);
        assert!(figs("2016 Americans").is_empty());
    }

    #[test]
    fn big_input_is_read_whole() {
        // Speed is measured in benches/check_scaling.rs; here, a big input is read to its
        // end: every chunk gives the figures one chunk gives.
        let chunk = "Over 400,000 people, about 23 million, $2.5bn on May 4, 2016 and the nearly six-year war; G-20 ";
        // 1 MB in release; 100 kB in debug builds, which are ~20x slower
        let size = if cfg!(debug_assertions) {
            100_000
        } else {
            1_000_000
        };
        let copies = size / chunk.len() + 1;
        let s: String = chunk.repeat(copies);
        let f = extract_figures(&s);
        assert!(!f.is_empty());
        assert_eq!(f.len(), copies * extract_figures(chunk).len());
        let s2 = "9".repeat(size);
        let _ = extract_figures(&s2);
        let s3 = "one ".repeat(size / 4);
        let _ = extract_figures(&s3);
    }

    mod prop {
        use super::super::*;
        use proptest::prelude::*;
        proptest! {
            #[test]
            fn never_panics(s in "\\PC{0,200}") {
                let a = extract_figures(&s);
                let b = extract_figures(&s);
                prop_assert_eq!(&a, &b);
                let mut last = 0;
                for f in &a {
                    prop_assert!(f.start <= f.end && f.end <= s.len());
                    prop_assert!(s.is_char_boundary(f.start) && s.is_char_boundary(f.end));
                    prop_assert!(f.start >= last);
                    last = f.end;
                    prop_assert_eq!(&s[f.start..f.end], f.text.as_str());
                }
            }
            #[test]
            fn never_panics_newsy(s in "([0-9]{1,5}|[,.%$£€-]|one|two|hundred|million|bn|m|and|a|half|of|thousands|to|between|nearly|over|year|people|May|\\s)*") {
                let a = extract_figures(&s);
                for f in &a {
                    prop_assert!(s.is_char_boundary(f.start) && s.is_char_boundary(f.end) && f.end <= s.len());
                }
            }
        }
    }
}
