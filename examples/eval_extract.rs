//! Evaluation of the figure and date extractors on the Microsoft Recognizers-Text
//! English specs (MIT), kept in shared/data/recognizers-text (never copied elsewhere).
//!
//! Run: `cargo run --release --example eval_extract` (looks in ../shared/data/recognizers-text
//! relative to the crate root, or in $FACTDIFF_DATA/recognizers-text; FACTDIFF_DATA is the
//! root of the data dir, e.g. /work/shared/data). Exits 0 with a message when the data is absent.
//!
//! Scope, numbers (value accuracy):
//!   files: Number/NumberModel.json (TypeName number), Number/PercentModel.json (percentage),
//!          NumberWithUnit/CurrencyModel.json (currency), NumberWithUnit/DimensionModel.json (dimension).
//!   a case is in scope when: it has no NotSupported marker (for any platform: the gold of those is
//!   aspirational), it has exactly one expected result, and the expected text is a form that news
//!   uses: digits with "," thousands separators and "." decimals, number words and compounds,
//!   dozen/half, scale words and abbreviations (k, m, bn, million...), %, percent, per cent;
//!   currencies only dollar/pound/euro (symbols $ £ € or the words), dimensions only units the
//!   extractor knows (km, mile, m, kg, ...). Out of scope: fractions ("3/4", "two thirds", "one over
//!   three"), negatives, scientific notation, spoken decimals ("point five"), space-grouped
//!   thousands ("40 000"), Indian scales (lakh, crore), other currencies, exotic units.
//!   A case is correct when a figure overlapping the gold span has the gold value (rel. tol 1e-6);
//!   for a range figure ("eight to 10 feet") either end counts as the value (only when no hedge).
//! Scope, dates (resolution accuracy): DateTime/DateTimeModel.json results of type
//!   datetimeV2.date / datetimeV2.daterange, no NotSupported marker, whose gold text is one of the
//!   forms the extractor handles (see `date_form_in_scope`). Resolved against
//!   Context.ReferenceDateTime as publication date. Correct when a mention overlapping the gold span
//!   resolves to the gold interval: a date -> from == to == value; a daterange -> from == start
//!   and to == end - 1 day (Recognizers' end is exclusive); "since X" (no gold end) -> from == start.
//!   When the gold lists two values (Recognizers' past and future readings of an ambiguous date)
//!   matching either counts (lenient); the strict count (first value = past reading) is printed too.
//!   A gold value Recognizers cannot resolve ("feb 30") counts correct when we resolve nothing there.
//! Tuning used even case indices only; odd indices are held out and reported separately.
//! Fresh figures: a third group of cases nobody tuned on (other NumberWithUnit models, ordinals,
//! multi-result cases); its scope is in `eval_fresh`. EVAL_SKIP_FRESH=1 skips it (while tuning).
//! EVAL_VERBOSE=1 prints the misses of the tuning half (EVAL_HALF=1: of the held-out half;
//! EVAL_HALF=fresh: of the fresh group).
#![allow(clippy::print_stdout, clippy::print_stderr)]

use chrono::NaiveDate;
use factdiff::extract::date::{DateRange, extract_dates};
use factdiff::extract::number::{Figure, extract_figures};
use regex::Regex;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn data_root() -> Option<PathBuf> {
    let mut cands = Vec::new();
    if let Ok(d) = std::env::var("FACTDIFF_DATA") {
        cands.push(PathBuf::from(d).join("recognizers-text"));
    }
    let crate_root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    cands.push(crate_root.join("../shared/data/recognizers-text"));
    cands.into_iter().find(|p| p.join("Number").is_dir())
}

fn load(root: &Path, rel: &str) -> Vec<Value> {
    let p = root.join(rel);
    let Ok(s) = std::fs::read_to_string(&p) else {
        println!("  (missing {})", p.display());
        return Vec::new();
    };
    let s = s.trim_start_matches('\u{feff}');
    match serde_json::from_str::<Value>(s) {
        Ok(Value::Array(a)) => a,
        _ => Vec::new(),
    }
}

/// char offset -> byte offset
fn byte_off(s: &str, ch: usize) -> usize {
    s.char_indices().nth(ch).map(|(b, _)| b).unwrap_or(s.len())
}

#[derive(Default, Clone, Copy)]
struct Tally {
    n: [usize; 2],
    ok: [usize; 2],
    strict: [usize; 2],
}
impl Tally {
    fn add(&mut self, idx: usize, ok: bool, strict: bool) {
        let h = idx % 2;
        self.n[h] += 1;
        self.ok[h] += ok as usize;
        self.strict[h] += strict as usize;
    }
    fn acc(&self, h: usize) -> f64 {
        if self.n[h] == 0 {
            f64::NAN
        } else {
            self.ok[h] as f64 / self.n[h] as f64
        }
    }
}

const NUM_WORDS: &[&str] = &[
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
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "dozens",
    "and",
    "a",
    "an",
    "half",
    "k",
    "m",
    "bn",
    "mn",
    "b",
    "tn",
    "percent",
    "per",
    "cent",
    "percentage",
    "percents",
    "-",
];

fn news_number_form(text: &str, extra: &[&str]) -> bool {
    static TOK: std::sync::LazyLock<Regex> =
        std::sync::LazyLock::new(|| Regex::new(r"[a-z]+|[0-9][0-9,]*(?:\.[0-9]+)?|\S").unwrap());
    let lc = text.to_lowercase();
    let mut prev_num = false;
    let mut any_num = false;
    for m in TOK.find_iter(&lc) {
        let t = m.as_str();
        let is_num = t.as_bytes()[0].is_ascii_digit();
        if is_num {
            if prev_num || t.ends_with(',') || t.ends_with('.') {
                return false;
            }
            // proper thousands grouping
            let int = t.split('.').next().unwrap_or("");
            if int.contains(',') {
                let g: Vec<&str> = int.split(',').collect();
                if g[0].len() > 3 || g[1..].iter().any(|x| x.len() != 3) {
                    return false;
                }
            }
            any_num = true;
        } else if !(NUM_WORDS.contains(&t) || extra.contains(&t) || t == "%") {
            return false;
        }
        if t == "-"
            && !m
                .start()
                .checked_sub(1)
                .is_some_and(|b| lc.as_bytes()[b].is_ascii_alphabetic())
        {
            return false; // leading minus
        }
        prev_num = is_num;
        any_num |= is_num
            || (NUM_WORDS.contains(&t)
                && !matches!(
                    t,
                    "and"
                        | "a"
                        | "an"
                        | "-"
                        | "per"
                        | "cent"
                        | "percent"
                        | "percents"
                        | "percentage"
                ));
    }
    any_num
}

const CURRENCY_WORDS: &[&str] = &[
    "$", "£", "€", "dollar", "dollars", "pound", "pounds", "euro", "euros", "us", "usd", "eur",
    "gbp",
];
const DIM_WORDS: &[&str] = &[
    "km",
    "kilometre",
    "kilometres",
    "kilometer",
    "kilometers",
    "mile",
    "miles",
    "metre",
    "metres",
    "meter",
    "meters",
    "cm",
    "mm",
    "kg",
    "kilogram",
    "kilograms",
    "gram",
    "grams",
    "tonne",
    "tonnes",
    "ton",
    "tons",
    "lb",
    "lbs",
    "foot",
    "feet",
    "ft",
    "inch",
    "inches",
    "acre",
    "acres",
    "hectare",
    "hectares",
    "litre",
    "litres",
    "liter",
    "liters",
    "gallon",
    "gallons",
    "barrel",
    "barrels",
    "ounce",
    "ounces",
    "square",
];

/// Whether one gold result of type `ty` is in the figures' scope (see the module docs).
fn result_in_scope(r: &Value, ty: &str) -> bool {
    let text = r["Text"].as_str().unwrap_or("");
    let val = r["Resolution"]["value"].as_str().unwrap_or("");
    let unit = r["Resolution"]["unit"].as_str().unwrap_or("");
    r["TypeName"].as_str() == Some(ty)
        && val.trim_end_matches('%').parse::<f64>().is_ok()
        && match ty {
            "currency" => {
                matches!(
                    unit,
                    "Dollar" | "United States dollar" | "Pound" | "British pound" | "Euro"
                ) && news_number_form(text, CURRENCY_WORDS)
            }
            "dimension" => news_number_form(text, DIM_WORDS),
            _ => news_number_form(text, &[]),
        }
}

/// The figure of `input` that overlaps the gold result `r` and has its value, if any.
fn figure_hit(input: &str, r: &Value, figs: &[Figure]) -> Option<usize> {
    let gold: f64 = r["Resolution"]["value"]
        .as_str()
        .unwrap_or("")
        .trim_end_matches('%')
        .parse()
        .unwrap_or(f64::NAN);
    let gs = byte_off(input, r["Start"].as_u64().unwrap_or(0) as usize);
    let ge = byte_off(input, r["End"].as_u64().unwrap_or(0) as usize + 1);
    figs.iter().position(|f| {
        f.start < ge
            && gs < f.end
            && [
                f.value,
                if f.hedge.is_none() { f.low } else { f.value },
                if f.hedge.is_none() { f.high } else { f.value },
            ]
            .iter()
            .any(|v| (v - gold).abs() <= 1e-6 * gold.abs().max(1.0))
    })
}

fn eval_numbers(root: &Path) -> (Tally, usize, std::collections::HashSet<String>) {
    let files: &[(&str, &str)] = &[
        ("Number/NumberModel.json", "number"),
        ("Number/PercentModel.json", "percentage"),
        ("NumberWithUnit/CurrencyModel.json", "currency"),
        ("NumberWithUnit/DimensionModel.json", "dimension"),
    ];
    let mut total = Tally::default();
    let mut out_total = 0usize;
    let mut seen = std::collections::HashSet::new();
    let verbose = std::env::var("EVAL_VERBOSE").is_ok();
    for (rel, ty) in files {
        let cases = load(root, rel);
        let mut t = Tally::default();
        let mut out = 0usize;
        let (mut unit_n, mut unit_ok) = (0usize, 0usize);
        for (idx, c) in cases.iter().enumerate() {
            let input = c["Input"].as_str().unwrap_or("");
            let results = c["Results"].as_array().cloned().unwrap_or_default();
            let in_scope = c.get("NotSupported").is_none()
                && results.len() == 1
                && result_in_scope(&results[0], ty);
            if !in_scope {
                out += 1;
                continue;
            }
            seen.insert(input.to_string());
            let r = &results[0];
            let figs = extract_figures(input);
            let hit = figure_hit(input, r, &figs).map(|i| &figs[i]);
            t.add(idx, hit.is_some(), hit.is_some());
            if *ty == "currency" {
                unit_n += 1;
                let want = match r["Resolution"]["unit"].as_str().unwrap_or("") {
                    "Pound" | "British pound" => "GBP",
                    "Euro" => "EUR",
                    _ => "USD",
                };
                unit_ok += hit.is_some_and(|f| f.unit.as_deref() == Some(want)) as usize;
            }
            if verbose
                && hit.is_none()
                && idx % 2
                    == std::env::var("EVAL_HALF")
                        .ok()
                        .and_then(|v| v.parse::<usize>().ok())
                        .unwrap_or(0)
            {
                println!(
                    "    MISS [{idx}] {input:?} gold {:?}={} got {:?}",
                    r["Text"],
                    r["Resolution"]["value"],
                    figs.iter().map(|f| (&f.text, f.value)).collect::<Vec<_>>()
                );
            }
        }
        println!(
            "  {rel:<40} in scope {:>4} (tune {:>3} / held-out {:>3}), out of scope {:>4}; acc tune {:.3} held-out {:.3}",
            t.n[0] + t.n[1],
            t.n[0],
            t.n[1],
            out,
            t.acc(0),
            t.acc(1)
        );
        if unit_n > 0 {
            println!(
                "  {:<40} currency code correct on {unit_ok}/{unit_n} in-scope cases",
                ""
            );
        }
        for h in 0..2 {
            total.n[h] += t.n[h];
            total.ok[h] += t.ok[h];
            total.strict[h] += t.strict[h];
        }
        out_total += out;
    }
    (total, out_total, seen)
}

const AGE_WORDS: &[&str] = &[
    "year", "years", "month", "months", "week", "weeks", "day", "days", "old", "aged", "age", "of",
    "the", "at",
];
const TEMPERATURE_WORDS: &[&str] = &[
    "degree",
    "degrees",
    "deg",
    "celsius",
    "centigrade",
    "fahrenheit",
    "c",
    "f",
    "°",
];
const ORDINAL_WORDS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
    "hundredth",
    "thousandth",
    "millionth",
    "billionth",
    "st",
    "nd",
    "rd",
    "th",
];

/// An ordinal in a news form: "third", "twenty-first", "21st", "one hundredth".
fn ordinal_form(text: &str) -> bool {
    static TOK: std::sync::LazyLock<Regex> =
        std::sync::LazyLock::new(|| Regex::new(r"[a-z]+|[0-9][0-9,]*|\S").unwrap());
    let lc = text.to_lowercase();
    let toks: Vec<&str> = TOK.find_iter(&lc).map(|m| m.as_str()).collect();
    let Some(last) = toks.last() else {
        return false;
    };
    ORDINAL_WORDS.contains(last)
        && toks.iter().all(|t| {
            ORDINAL_WORDS.contains(t)
                || (NUM_WORDS.contains(t) && !matches!(*t, "a" | "an" | "and" | "k" | "m" | "b"))
                || t.bytes().all(|b| b.is_ascii_digit())
        })
}

/// The fresh group: cases that no tuning has looked at. Its scope was fixed before its first
/// run and its misses were read only after the extractor stopped changing:
///   * the four files above: cases with no NotSupported marker and two or more gold results;
///     each result that passes `result_in_scope` is one case;
///   * NumberWithUnit/AgeModel.json (age), NumberWithUnit/TemperatureModel.json (temperature,
///     value >= 0), Number/OrdinalModel.json (ordinal, not ordinal.relative): no NotSupported
///     marker, numeric gold value, and a news form (digits or number words with the unit words
///     of `AGE_WORDS` / `TEMPERATURE_WORDS`; ordinals as `ordinal_form`);
///   * a case whose input is also the input of a tuning or held-out case is left out.
///
/// Scored like the main group. Returns per sub-group (name, n, ok).
fn eval_fresh(
    root: &Path,
    seen: &std::collections::HashSet<String>,
) -> Vec<(String, usize, usize)> {
    let verbose = std::env::var("EVAL_VERBOSE").is_ok()
        && std::env::var("EVAL_HALF").as_deref() == Ok("fresh");
    let groups: &[(&str, &str)] = &[
        ("Number/NumberModel.json", "number"),
        ("Number/PercentModel.json", "percentage"),
        ("NumberWithUnit/CurrencyModel.json", "currency"),
        ("NumberWithUnit/DimensionModel.json", "dimension"),
        ("NumberWithUnit/AgeModel.json", "age"),
        ("NumberWithUnit/TemperatureModel.json", "temperature"),
        ("Number/OrdinalModel.json", "ordinal"),
    ];
    let mut out = Vec::new();
    for (rel, ty) in groups {
        let multi_only = matches!(*ty, "number" | "percentage" | "currency" | "dimension");
        let (mut n, mut ok) = (0usize, 0usize);
        for c in load(root, rel) {
            let input = c["Input"].as_str().unwrap_or("");
            let results = c["Results"].as_array().cloned().unwrap_or_default();
            if c.get("NotSupported").is_some()
                || seen.contains(input)
                || (multi_only && results.len() < 2)
            {
                continue;
            }
            let figs = extract_figures(input);
            for r in &results {
                let text = r["Text"].as_str().unwrap_or("");
                let value = r["Resolution"]["value"]
                    .as_str()
                    .and_then(|v| v.trim_end_matches('%').parse::<f64>().ok());
                let in_scope = r["TypeName"].as_str() == Some(ty)
                    && match *ty {
                        "age" => value.is_some() && news_number_form(text, AGE_WORDS),
                        "temperature" => {
                            value.is_some_and(|v| v >= 0.0)
                                && news_number_form(text, TEMPERATURE_WORDS)
                        }
                        "ordinal" => value.is_some() && ordinal_form(text),
                        _ => result_in_scope(r, ty),
                    };
                if !in_scope {
                    continue;
                }
                n += 1;
                let hit = figure_hit(input, r, &figs).is_some();
                ok += hit as usize;
                if verbose && !hit {
                    println!(
                        "    MISS fresh {ty} {input:?} gold {text:?}={} got {:?}",
                        r["Resolution"]["value"],
                        figs.iter().map(|f| (&f.text, f.value)).collect::<Vec<_>>()
                    );
                }
            }
        }
        let name = if multi_only {
            format!("{rel} (2+ results)")
        } else {
            rel.to_string()
        };
        out.push((name, n, ok));
    }
    out
}

fn date_form_in_scope(t: &str) -> bool {
    static FORMS: std::sync::LazyLock<Vec<Regex>> = std::sync::LazyLock::new(|| {
        let wd = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
        let m = "(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
        let d = r"\d{1,2}(?:st|nd|rd|th)?";
        let num = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)";
        [
            format!(r"^(?:on )?{wd}$"),
            format!(r"^(?:last|next|this|coming|this coming|upcoming|this upcoming|past|this past|previous|following) {wd}$"),
            r"^(?:today|yesterday|tomorrow)$".to_string(),
            r"^(?:last|this|next) (?:week|month|year)$".to_string(),
            r"^earlier this year$".to_string(),
            format!(r"^{num} (?:day|week|month|year)s? ago$"),
            r"^the day (?:before|after)$".to_string(),
            format!(r"^(?:since )?(?:{wd},? )?{m}\.? {d}(?:,? ?\d{{4}})?$"),
            format!(r"^(?:since )?(?:{wd},? )?(?:the )?{d} (?:of )?{m}\.?(?:,? ?\d{{4}})?$"),
            r"^\d{1,2}/\d{1,2}/\d{2,4}$".to_string(),
            r"^\d{4}-\d{1,2}-\d{1,2}$".to_string(),
            format!(r"^(?:since )?{m}\.?,? \d{{4}}$"),
            r"^(?:since |in )?\d{4}$".to_string(),
            format!(r"^(?:since |in |this )?{m}$"),
        ]
        .iter()
        .map(|p| Regex::new(p).unwrap())
        .collect()
    });
    let t = t.to_lowercase();
    FORMS.iter().any(|r| r.is_match(&t))
}

fn parse_day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

fn eval_dates(root: &Path) -> (Tally, usize, usize) {
    let cases = load(root, "DateTime/DateTimeModel.json");
    let mut t = Tally::default();
    let (mut out_forms, mut out_ns) = (0usize, 0usize);
    let verbose = std::env::var("EVAL_VERBOSE").is_ok();
    for (idx, c) in cases.iter().enumerate() {
        let input = c["Input"].as_str().unwrap_or("");
        let pubd = c["Context"]["ReferenceDateTime"]
            .as_str()
            .and_then(parse_day);
        let results = c["Results"].as_array().cloned().unwrap_or_default();
        let mut mentions = None;
        for r in &results {
            let ty = r["TypeName"].as_str().unwrap_or("");
            if ty != "datetimeV2.date" && ty != "datetimeV2.daterange" {
                continue;
            }
            if c.get("NotSupported").is_some() {
                out_ns += 1;
                continue;
            }
            let text = r["Text"].as_str().unwrap_or("");
            if !date_form_in_scope(text) {
                out_forms += 1;
                continue;
            }
            let ms = mentions.get_or_insert_with(|| extract_dates(input, pubd));
            let gs = byte_off(input, r["Start"].as_u64().unwrap_or(0) as usize);
            let ge = byte_off(input, r["End"].as_u64().unwrap_or(0) as usize + 1);
            let mine: Vec<DateRange> = ms
                .iter()
                .filter(|m| m.start < ge && gs < m.end)
                .filter_map(|m| m.resolved)
                .collect();
            let golds: Vec<(Option<NaiveDate>, Option<NaiveDate>)> = r["Resolution"]["values"]
                .as_array()
                .map(|vs| {
                    vs.iter()
                        .map(|v| {
                            if ty == "datetimeV2.date" {
                                let d = v["value"].as_str().and_then(parse_day);
                                (d, d)
                            } else {
                                let s = v["start"].as_str().and_then(parse_day);
                                let e = v["end"]
                                    .as_str()
                                    .and_then(parse_day)
                                    .and_then(|e| e.pred_opt());
                                (s, e)
                            }
                        })
                        .collect()
                })
                .unwrap_or_default();
            let matches = |g: &(Option<NaiveDate>, Option<NaiveDate>)| {
                mine.iter().any(|m| match g {
                    (Some(s), Some(e)) => m.from == *s && m.to == *e,
                    (Some(s), None) => m.from == *s,
                    _ => false,
                })
            };
            // gold that Recognizers cannot resolve ("feb 30"): correct when we resolve nothing there
            let unresolvable = golds.iter().all(|g| g.0.is_none());
            let ok = if unresolvable {
                mine.is_empty()
            } else {
                golds.iter().any(matches)
            };
            let strict = if unresolvable {
                ok
            } else {
                golds.first().is_some_and(matches)
            };
            t.add(idx, ok, strict);
            if verbose
                && !ok
                && idx % 2
                    == std::env::var("EVAL_HALF")
                        .ok()
                        .and_then(|v| v.parse::<usize>().ok())
                        .unwrap_or(0)
            {
                println!(
                    "    MISS [{idx}] {input:?} pub {pubd:?} gold {text:?} {golds:?} got {:?}",
                    ms.iter().map(|m| (&m.text, m.resolved)).collect::<Vec<_>>()
                );
            }
        }
    }
    (t, out_forms, out_ns)
}

fn main() {
    let Some(root) = data_root() else {
        println!(
            "data not found at ../shared/data/recognizers-text (relative to {}) nor $FACTDIFF_DATA/recognizers-text, skipping",
            env!("CARGO_MANIFEST_DIR")
        );
        return;
    };
    println!("data: {}", root.display());
    println!("== figures (value accuracy; even case indices = tuning half, odd = held-out half)");
    let (n, out, seen) = eval_numbers(&root);
    println!(
        "FIGURES in scope {} (out of scope {}): tuning {}/{} = {:.3}, held-out {}/{} = {:.3}",
        n.n[0] + n.n[1],
        out,
        n.ok[0],
        n.n[0],
        n.acc(0),
        n.ok[1],
        n.n[1],
        n.acc(1)
    );
    if std::env::var("EVAL_SKIP_FRESH").is_ok() {
        println!("== fresh figures: skipped (EVAL_SKIP_FRESH)");
    } else {
        println!("== fresh figures (never tuned on; scope in `eval_fresh`)");
        let groups = eval_fresh(&root, &seen);
        for (name, n, ok) in &groups {
            println!(
                "  {name:<48} in scope {n:>4}; acc {:.3}",
                *ok as f64 / (*n).max(1) as f64
            );
        }
        let (n, ok) = groups
            .iter()
            .fold((0, 0), |(a, b), (_, n, ok)| (a + n, b + ok));
        println!(
            "FRESH FIGURES in scope {n}: {ok}/{n} = {:.3}",
            ok as f64 / n.max(1) as f64
        );
    }
    println!("== dates (DateTimeModel.json, date/daterange results)");
    let (d, out_forms, out_ns) = eval_dates(&root);
    println!(
        "DATES in scope {} (out of scope: {} other forms, {} NotSupported): tuning {}/{} = {:.3}, held-out {}/{} = {:.3}; strict (first gold value) tuning {}/{}, held-out {}/{}",
        d.n[0] + d.n[1],
        out_forms,
        out_ns,
        d.ok[0],
        d.n[0],
        d.acc(0),
        d.ok[1],
        d.n[1],
        d.acc(1),
        d.strict[0],
        d.n[0],
        d.strict[1],
        d.n[1]
    );
}
