//! Drafts checked against their source: the gate (`factdiff check DRAFT --against SOURCE`)
//! run on real summaries of real articles (../shared/data/gum-news-sentences: 24 Wikinews
//! articles, each with one human summary and four summaries written by language models; five
//! human ones for a few articles).
//!
//! Run: `cargo run --release --example eval_drafts` (looks in ../shared/data relative to the
//! crate root, or in $FACTDIFF_DATA, the root of the data dir). Exits 0 with a message when
//! the data is absent.
//!
//! Each summary is a draft, checked against its article as the gate checks it: the draft
//! (document `draft`) and the article (document `source`) are read, aligned and checked as
//! one cluster with the default rule set (`$EVAL_RULES` layered over it when set), fast
//! alignment, and the findings are split as `check --against` splits them
//! (`findings::gate::split`): only those about the draft count. The draft is the summary
//! without the writer's tag the data set opens it with ("(human1) ", "(gpt4o) "); the
//! article is the data set's `text` (headline, dateline and paragraphs). Both are given the
//! article's `date_created` as publication date (EVAL_DATELINE=1: the dateline factdiff reads
//! in the article's text, as `check` would; the two differ on three articles).
//!
//! 1. Faithful drafts: each summary as written. Every finding is judged by a person reading
//!    both sentences: real when the summary misstates the article (a wrong figure, date,
//!    name, quote, speaker, a misspelt word), false otherwise. The verdicts are in
//!    `eval_drafts_audit.tsv` (next to this file; our own annotations, no text of the data):
//!    one tab-separated row per finding with the case (`doc_id summaryN`), the check id, the
//!    smallest span covering the finding's evidence in the draft and in the source
//!    (`start-end` in bytes; `-` when it has none there), `real` or `false`, and a short
//!    reason. A finding whose spans moved since it was judged counts as unaudited. The false
//!    alarm rate is the share of drafts with at least one false finding at warning or above
//!    (and at error, the level at which `check` fails by default).
//! 2. Changed drafts: copies of each summary with exactly one figure changed (a number the
//!    summary states and the article states too, digits or words: 700 → 1050, "six" →
//!    "twelve", 14-year-old → 21-year-old) or one date changed (a weekday, a month name, a day
//!    of the month, a year that the article also names), one copy per such mention, the new
//!    value chosen from a few by a hash of the case and the mention (no randomness). A change
//!    is caught when the gate reports a finding at warning or above (and at error) whose
//!    draft evidence overlaps the changed words.
//!
//! Documents with an even index in the file are the tuning part, odd ones are held out; both
//! are reported. EVAL_VERBOSE=1 prints each finding on the faithful drafts with both
//! sentences and its audit key and verdict (`?` when unaudited), ready to be copied into the
//! audit file, then each missed change with the sentence it was made in, the source
//! sentences it aligned with and, where the runs show it, why it was missed; EVAL_CAUGHT=1
//! adds the caught changes with the findings that caught them; EVAL_HALF=2 prints the
//! held-out part instead.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod common;

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::path::PathBuf;
use std::sync::LazyLock;

use chrono::NaiveDate;
use factdiff::config::RuleSet;
use factdiff::findings::{Finding, Severity};
use factdiff::input::Article;
use rayon::prelude::*;
use regex::Regex;
use serde::Deserialize;

use common::{AuditKey, Verdict, audit_key, data_root, load_audit};

/// One article of the data set with its summaries.
#[derive(Deserialize)]
struct Source {
    doc_id: String,
    date_created: String,
    text: String,
    summaries: BTreeMap<String, String>,
}

/// One summary of an article, as a draft.
struct Draft<'a> {
    source: &'a Source,
    /// `doc_id summaryN`.
    case: String,
    /// The summary without the writer's tag.
    text: String,
    /// Whether a person wrote it (the tag starts with "human").
    human: bool,
}

/// Document ids of the draft and its source in a gate run.
const IDS: [&str; 2] = ["draft", "source"];

/// The summary's text without its leading "(writer) " tag, and whether a person wrote it.
fn untagged(summary: &str) -> (String, bool) {
    let summary = summary.trim();
    match summary
        .strip_prefix('(')
        .and_then(|rest| rest.split_once(") "))
    {
        Some((writer, text)) => (text.trim().to_string(), writer.starts_with("human")),
        None => (summary.to_string(), false),
    }
}

fn drafts(source: &Source) -> Vec<Draft<'_>> {
    source
        .summaries
        .iter()
        .map(|(key, summary)| {
            let (text, human) = untagged(summary);
            Draft {
                source,
                case: format!("{} {key}", source.doc_id),
                text,
                human,
            }
        })
        .collect()
}

// ---------------------------------------------------------------- the gate

/// Per draft sentence: its span and the source sentences it aligned with, best first.
type SentenceAlignment = Vec<(Range<usize>, Vec<(String, f64)>)>;

/// What the gate says about one draft.
struct GateRun {
    /// The findings about the draft (those that can fail the gate).
    findings: Vec<Finding>,
    /// Per draft sentence: its span and the source sentences it aligned with, best first.
    alignment: SentenceAlignment,
}

/// EVAL_DATELINE=1: date both articles by the dateline factdiff reads in the article's text
/// (as `check` does with the article as a file) instead of `date_created`.
fn dateline_dates() -> bool {
    static DATELINE: LazyLock<bool> =
        LazyLock::new(|| std::env::var("EVAL_DATELINE").is_ok_and(|v| v == "1"));
    *DATELINE
}

/// Runs the gate on `draft` against `source`, as `check DRAFT --against SOURCE` does.
fn run_gate(draft: &str, source: &Source, rules: &RuleSet) -> GateRun {
    let published = if dateline_dates() {
        Article::from_text("source", &source.text).published
    } else {
        NaiveDate::parse_from_str(&source.date_created, "%Y-%m-%d").ok()
    };
    let article = |text: &str, id: &str| {
        let mut article = Article::from_text(id, text);
        article.published = published;
        article
    };
    let (analysis, split) =
        common::run_gate(article(draft, IDS[0]), article(&source.text, IDS[1]), rules);
    let source_doc = &analysis.documents[1];
    let alignment = analysis.documents[0]
        .sentences
        .iter()
        .map(|s| {
            let mut aligned: Vec<(String, f64)> = analysis
                .alignment
                .pairs
                .iter()
                .filter(|p| p.a.document == 0 && p.a.sentence == s.index && p.b.document == 1)
                .map(|p| (source_doc.sentence_text(p.b.sentence).to_string(), p.score))
                .collect();
            aligned.sort_by(|x, y| y.1.total_cmp(&x.1));
            (s.start..s.end, aligned)
        })
        .collect();
    GateRun {
        findings: split.draft,
        alignment,
    }
}

// ---------------------------------------------------------------- faithful drafts

fn audit_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/eval_drafts_audit.tsv")
}

#[derive(Default)]
struct FaithfulReport {
    drafts: usize,
    words: usize,
    /// Per check: findings at warning and above audited real, false, unaudited.
    by_check: BTreeMap<String, [usize; 3]>,
    /// Findings audited real, false, unaudited: index 0 errors, 1 warning and above, 2 info.
    by_level: [[usize; 3]; 3],
    /// Drafts with a false finding (0 at error, 1 at warning and above), and with an
    /// unaudited one.
    false_alarm: [usize; 2],
    unaudited: [usize; 2],
    /// Drafts written by people, and those of them with a real finding at warning and above.
    human: usize,
    human_real: usize,
    model_real: usize,
}

fn level(severity: Severity) -> usize {
    match severity {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Info => 2,
    }
}

fn faithful(
    drafts: &[&Draft],
    rules: &RuleSet,
    audit: &HashMap<AuditKey, Verdict>,
    verbose: bool,
) -> FaithfulReport {
    let runs: Vec<GateRun> = drafts
        .par_iter()
        .map(|d| run_gate(&d.text, d.source, rules))
        .collect();
    let mut report = FaithfulReport {
        drafts: drafts.len(),
        words: drafts
            .iter()
            .map(|d| d.text.split_whitespace().count())
            .sum(),
        human: drafts.iter().filter(|d| d.human).count(),
        ..FaithfulReport::default()
    };
    for (draft, run) in drafts.iter().zip(&runs) {
        let mut any_false = [false; 2];
        let mut any_unaudited = [false; 2];
        let mut any_real = false;
        for f in &run.findings {
            let key = audit_key(&draft.case, f, IDS);
            let verdict = audit.get(&key).copied();
            let slot = Verdict::slot(verdict);
            let at = level(f.severity);
            if at < 2 {
                report.by_level[0][slot] += usize::from(at == 0);
                report.by_level[1][slot] += 1;
                report.by_check.entry(f.check.clone()).or_insert([0; 3])[slot] += 1;
            } else {
                report.by_level[2][slot] += 1;
            }
            for (i, flagged) in [(0, at == 0), (1, at <= 1)] {
                any_false[i] |= flagged && verdict == Some(Verdict::False);
                any_unaudited[i] |= flagged && verdict.is_none();
            }
            any_real |= at <= 1 && verdict == Some(Verdict::Real);
            if verbose {
                print_finding(draft, f, &key, verdict);
            }
        }
        for i in 0..2 {
            report.false_alarm[i] += usize::from(any_false[i]);
            report.unaudited[i] += usize::from(any_unaudited[i]);
        }
        if any_real {
            if draft.human {
                report.human_real += 1;
            } else {
                report.model_real += 1;
            }
        }
    }
    report
}

fn print_finding(draft: &Draft, f: &Finding, key: &AuditKey, verdict: Option<Verdict>) {
    println!(
        "[{}] {} ({}, confidence {:.2}): {}",
        draft.case,
        f.check,
        f.severity.as_str(),
        f.confidence,
        f.message
    );
    for e in &f.evidence {
        println!("   {} «{}»: {}", e.document, e.text, e.sentence_text);
    }
    common::print_audit_line(key, verdict);
}

fn print_faithful(label: &str, r: &FaithfulReport) {
    let share = |n: usize| {
        format!(
            "{n} of {} ({:.3})",
            r.drafts,
            n as f64 / r.drafts.max(1) as f64
        )
    };
    println!(
        "\n{label}, faithful drafts: {} drafts ({} by people), {} words; findings at warning and above by check:",
        r.drafts, r.human, r.words
    );
    common::print_check_table(&r.by_check);
    for (name, c) in ["errors", "warning and above", "info (not counted)"]
        .iter()
        .zip(&r.by_level)
    {
        println!(
            "  {name}: {} real, {} false, {} unaudited",
            c[0], c[1], c[2]
        );
    }
    println!(
        "  false alarm rate (drafts with a false finding): at warning and above {}; at error {}",
        share(r.false_alarm[1]),
        share(r.false_alarm[0])
    );
    println!(
        "  drafts with an unaudited finding: at warning and above {}; at error {}",
        r.unaudited[1], r.unaudited[0]
    );
    println!(
        "  drafts with a real finding at warning and above: {} by people, {} by models",
        r.human_real, r.model_real
    );
}

// ---------------------------------------------------------------- changed drafts

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Kind {
    Figure,
    Date,
}

/// One copy of a draft with one mention changed.
#[derive(Clone)]
struct Change {
    kind: Kind,
    /// What was changed: "number", "number word", "weekday", "month", "day", "year".
    what: &'static str,
    text: String,
    /// The old words' span in the draft, and the new words' span in `text`.
    at: Range<usize>,
    span: Range<usize>,
    from: String,
    to: String,
    /// What a source sentence states when it states the old fact.
    stated: Stated,
}

/// The fact a change alters, as found in a source sentence.
#[derive(Clone)]
enum Stated {
    /// A figure of this value.
    Figure(f64),
    /// A date mention with this key (see [`date_mentions`]).
    Date(String),
}

impl Stated {
    fn in_sentence(&self, sentence: &str) -> bool {
        match self {
            Stated::Figure(value) => figures(sentence).iter().any(|(_, v, _)| v == value),
            Stated::Date(key) => date_keys(sentence).contains(key),
        }
    }
}

/// A stable number in 0..n for this case, mention and purpose (FNV-1a).
fn pick(case: &str, at: usize, salt: &str, n: usize) -> usize {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in case
        .bytes()
        .chain(at.to_string().bytes())
        .chain(salt.bytes())
    {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    (h % n.max(1) as u64) as usize
}

fn splice(text: &str, at: Range<usize>, with: &str) -> (String, Range<usize>) {
    let out = format!("{}{}{}", &text[..at.start], with, &text[at.end..]);
    (out, at.start..at.start + with.len())
}

const MONTH_NAMES: &str =
    "January|February|March|April|May|June|July|August|September|October|November|December";

static DIGITS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?").unwrap());
static MONTH_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?:{MONTH_NAMES})\s+$")).unwrap());
/// A capitalised word that does not open a sentence right before a number: a name with a
/// number in it ("Internet Explorer 9", "Fan Expo Canada 2016"), not a figure.
static NAME_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{L},;] [A-Z][\p{L}]* $").unwrap());
/// A score or a range after the number ("South Korea 1–0"): a figure even after a name.
static SCORE_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[-–]\d").unwrap());
static MONTH_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_NAMES})\b"
    ))
    .unwrap()
});

const UNITS: [&str; 20] = [
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
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

static NUMBER_WORD: LazyLock<Regex> = LazyLock::new(|| {
    let units = UNITS[1..].join("|");
    let tens = TENS[2..].join("|");
    Regex::new(&format!(r"(?i)\b(?:(?:{tens})(?:-(?:{units}))?|{units})\b")).unwrap()
});

/// The value of a number word ("six", "Twenty-five").
fn word_value(word: &str) -> Option<f64> {
    let lower = word.to_lowercase();
    let (tens, unit) = lower.split_once('-').unwrap_or((&lower, ""));
    let value = |w: &str| {
        UNITS.iter().position(|u| *u == w).or_else(|| {
            TENS.iter()
                .position(|t| !t.is_empty() && *t == w)
                .map(|i| i * 10)
        })
    };
    let mut n = value(tens)?;
    if !unit.is_empty() {
        n += value(unit).filter(|&u| u < 10)?;
    }
    Some(n as f64)
}

/// A number in words (1..=99), capitalised like `like`.
fn number_word(n: u32, like: &str) -> Option<String> {
    let word = match n {
        1..20 => UNITS[n as usize].to_string(),
        20..100 if n.is_multiple_of(10) => TENS[n as usize / 10].to_string(),
        20..100 => format!("{}-{}", TENS[n as usize / 10], UNITS[n as usize % 10]),
        _ => return None,
    };
    Some(if like.starts_with(|c: char| c.is_uppercase()) {
        let mut chars = word.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    } else {
        word
    })
}

/// Figures in `text`: (span, value, whether in words). Numbers that stand alone (not inside
/// a word, not after a capitalised word inside a sentence as in a model name, not a time, a
/// year or a day of the month); number words other than "one" (a pronoun as often as a
/// count).
fn figures(text: &str) -> Vec<(Range<usize>, f64, bool)> {
    let mut out: Vec<(Range<usize>, f64, bool)> = DIGITS
        .find_iter(text)
        .filter(|m| is_figure(text, m.range()))
        .filter_map(|m| Some((m.range(), m.as_str().replace(',', "").parse().ok()?, false)))
        .collect();
    out.extend(
        NUMBER_WORD
            .find_iter(text)
            .filter(|m| !m.as_str().eq_ignore_ascii_case("one"))
            .filter_map(|m| Some((m.range(), word_value(m.as_str())?, true))),
    );
    out.sort_by_key(|(r, _, _)| r.start);
    out
}

/// Whether the digits at `at` in `text` are a figure (see [`figures`]).
fn is_figure(text: &str, at: Range<usize>) -> bool {
    let (head, digits, tail) = (&text[..at.start], &text[at.clone()], &text[at.end..]);
    let before = head.chars().next_back();
    let before2 = head.chars().rev().nth(1);
    let after = tail.chars().next();
    let in_word = before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | ',' | '/' | ':'))
        || after.is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | ':'))
        || matches!(before, Some('-' | '–')) && before2.is_some_and(char::is_alphanumeric);
    let in_name = NAME_BEFORE.is_match(head) && !SCORE_AFTER.is_match(tail);
    let year = digits.len() == 4
        && !digits.contains([',', '.'])
        && (1900..2100).contains(&digits.parse::<u32>().unwrap_or(0));
    let day = MONTH_BEFORE.is_match(head) || MONTH_AFTER.is_match(tail);
    !(in_word || in_name || year || day)
}

/// Writes `value` with `decimals` decimals, grouped by commas when `commas`.
fn format_number(value: f64, decimals: usize, commas: bool) -> String {
    let plain = format!("{value:.decimals$}");
    if !commas {
        return plain;
    }
    let (int, frac) = plain.split_once('.').map_or((plain.as_str(), ""), |x| x);
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if frac.is_empty() {
        grouped
    } else {
        format!("{grouped}.{frac}")
    }
}

/// A clearly different figure: below 4, 2–4 more; otherwise 1.5, 2 or 3 times as many
/// (chosen by `choice`), in the same format (decimals, commas, words).
fn changed_figure(old: &str, value: f64, in_words: bool, choice: usize) -> Option<String> {
    let new = if value < 4.0 {
        value + [2.0, 3.0, 4.0][choice % 3]
    } else {
        value * [1.5, 2.0, 3.0][choice % 3]
    };
    if in_words {
        let n = new.round() as u32;
        return number_word(n, old).or_else(|| number_word(value as u32 + 3, old));
    }
    let decimals = old.split_once('.').map_or(0, |(_, d)| d.len());
    let commas = old.contains(',') || (new >= 10_000.0 && value >= 1000.0 && old.len() > 4);
    let text = format_number(new, decimals, commas);
    (text != old).then_some(text)
}

fn figure_changes(draft: &Draft) -> Vec<Change> {
    let in_source: Vec<f64> = figures(&draft.source.text)
        .into_iter()
        .map(|(_, v, _)| v)
        .collect();
    figures(&draft.text)
        .into_iter()
        .filter(|(_, v, _)| in_source.contains(v))
        .filter_map(|(at, value, in_words)| {
            let old = &draft.text[at.clone()];
            let choice = pick(&draft.case, at.start, "figure", 3);
            let new = changed_figure(old, value, in_words, choice)?;
            let (text, span) = splice(&draft.text, at.clone(), &new);
            Some(Change {
                kind: Kind::Figure,
                what: if in_words { "number word" } else { "number" },
                text,
                at,
                span,
                from: old.to_string(),
                to: new,
                stated: Stated::Figure(value),
            })
        })
        .collect()
}

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month1>{MONTH_NAMES})|(?P<month>{MONTH_NAMES})(?:\s+(?P<day>\d{{1,2}})\b)?|(?P<year>(?:19|20)\d\d))\b"
    ))
    .unwrap()
});

/// Date mentions in `text`: (what, span to change, the mention as a key to find in the
/// source: the weekday, the month, "Month day", the year).
fn date_mentions(text: &str) -> Vec<(&'static str, Range<usize>, String)> {
    let mut out = Vec::new();
    for c in DATE.captures_iter(text) {
        let whole = c.get(0).unwrap();
        let before = text[..whole.start()].chars().next_back();
        if let Some(w) = c.name("weekday") {
            out.push(("weekday", w.range(), w.as_str().to_string()));
        } else if let (Some(d), Some(m)) = (c.name("day1"), c.name("month1")) {
            let key = format!("{} {}", m.as_str(), d.as_str());
            out.push(("day", d.range(), key.clone()));
            out.push(("month", m.range(), m.as_str().to_string()));
        } else if let Some(m) = c.name("month") {
            match c.name("day") {
                Some(d) => {
                    let key = format!("{} {}", m.as_str(), d.as_str());
                    out.push(("day", d.range(), key));
                    out.push(("month", m.range(), m.as_str().to_string()));
                }
                // "May" is a month only before a day or a year.
                None if m.as_str() == "May"
                    && !text[m.end()..]
                        .trim_start_matches([' ', ','])
                        .starts_with(['1', '2']) => {}
                None => out.push(("month", m.range(), m.as_str().to_string())),
            }
        } else if let Some(y) = c.name("year")
            && !before.is_some_and(|c| matches!(c, '$' | '£' | '€' | '-' | '.' | ','))
        {
            out.push(("year", y.range(), y.as_str().to_string()));
        }
    }
    out
}

/// The date mentions of a source as keys: each weekday, month and year it names, and each
/// "Month day" (written either way round).
fn date_keys(text: &str) -> Vec<String> {
    date_mentions(text).into_iter().map(|(_, _, k)| k).collect()
}

fn changed_date(what: &str, old: &str, choice: usize) -> Option<String> {
    let months: Vec<&str> = MONTH_NAMES.split('|').collect();
    Some(match what {
        "weekday" => {
            let i = WEEKDAYS.iter().position(|w| *w == old)?;
            WEEKDAYS[(i + 2 + choice % 4) % 7].to_string()
        }
        "month" => {
            let i = months.iter().position(|m| *m == old)?;
            // Never "May", which is a month only next to a day or year.
            let mut j = (i + 2 + choice % 8) % 12;
            if months[j] == "May" {
                j = (j + 1) % 12;
            }
            months[j].to_string()
        }
        "day" => {
            let day: u32 = old.parse().ok()?;
            let shift = 3 + choice as u32 % 7;
            (if day + shift <= 28 {
                day + shift
            } else {
                day - shift
            })
            .to_string()
        }
        _ => {
            let year: i32 = old.parse().ok()?;
            (year + [-2, -1, 1, 2][choice % 4]).to_string()
        }
    })
}

fn date_changes(draft: &Draft) -> Vec<Change> {
    let in_source = date_keys(&draft.source.text);
    date_mentions(&draft.text)
        .into_iter()
        .filter(|(_, _, key)| in_source.contains(key))
        .filter_map(|(what, at, key)| {
            let old = &draft.text[at.clone()];
            let new = changed_date(what, old, pick(&draft.case, at.start, what, 24))?;
            let (text, span) = splice(&draft.text, at.clone(), &new);
            Some(Change {
                kind: Kind::Date,
                what,
                text,
                at,
                span,
                from: old.to_string(),
                to: new,
                stated: Stated::Date(key),
            })
        })
        .collect()
}

/// How a change fared: caught at error, at warning, only at info, or missed: its sentence
/// aligned with a source sentence stating the old fact, aligned only with other source
/// sentences, or not aligned at all.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    Error,
    Warning,
    Info,
    AlignedWithFact,
    AlignedElsewhere,
    NotAligned,
}

#[derive(Default)]
struct ChangedReport {
    /// Per kind and what was changed: cases per outcome.
    outcomes: BTreeMap<(Kind, &'static str), BTreeMap<Outcome, usize>>,
    /// Per kind: changes caught at warning and above whose old words the faithful draft
    /// already had a finding on at warning and above (caught by a finding that was there).
    already: BTreeMap<Kind, usize>,
    /// Per kind: misses by the reason the runs show (see [`miss_reason`]).
    reasons: BTreeMap<Kind, BTreeMap<&'static str, usize>>,
}

/// Whether finding `f` has evidence in the draft overlapping the changed words.
fn covers(f: &Finding, change: &Change) -> bool {
    f.evidence
        .iter()
        .any(|e| e.document_index == 0 && e.start < change.span.end && change.span.start < e.end)
}

/// EVAL_CAUGHT=1 (with EVAL_VERBOSE=1): print the caught changes too, with their findings.
fn caught_verbose() -> bool {
    std::env::var("EVAL_CAUGHT").is_ok_and(|v| v == "1")
}

/// The outcome of change `change` in gate run `run`.
fn outcome(change: &Change, run: &GateRun) -> Outcome {
    let best = run
        .findings
        .iter()
        .filter(|f| covers(f, change))
        .map(|f| f.severity)
        .max();
    match best {
        Some(Severity::Error) => Outcome::Error,
        Some(Severity::Warning) => Outcome::Warning,
        Some(Severity::Info) => Outcome::Info,
        None => match changed_sentence(change, run) {
            None => Outcome::NotAligned,
            Some(i) if run.alignment[i].1.is_empty() => Outcome::NotAligned,
            Some(i) if aligned_with_fact(change, run, i) => Outcome::AlignedWithFact,
            Some(_) => Outcome::AlignedElsewhere,
        },
    }
}

/// The index of the draft sentence holding the changed words.
fn changed_sentence(change: &Change, run: &GateRun) -> Option<usize> {
    run.alignment
        .iter()
        .position(|(span, _)| span.start <= change.span.start && change.span.end <= span.end)
}

/// Whether draft sentence `i` aligned with a source sentence stating the old fact.
fn aligned_with_fact(change: &Change, run: &GateRun, i: usize) -> bool {
    run.alignment
        .get(i)
        .is_some_and(|(_, aligned)| aligned.iter().any(|(s, _)| change.stated.in_sentence(s)))
}

/// Why a change went unreported, where the runs show it: the sentence aligned with the fact
/// and another finding sits in it (`other finding in the sentence`), or the faithful draft's
/// sentence aligned with the fact and the changed one no longer does (`change broke the
/// alignment`), or the source states the fact only in its headline or dateline.
fn miss_reason(
    change: &Change,
    run: &GateRun,
    faithful: &GateRun,
    source: &str,
) -> Option<&'static str> {
    let i = changed_sentence(change, run)?;
    match outcome(change, run) {
        Outcome::AlignedWithFact => {
            let span = &run.alignment[i].0;
            run.findings
                .iter()
                .any(|f| {
                    f.evidence.iter().any(|e| {
                        e.document_index == 0 && span.start <= e.start && e.end <= span.end
                    })
                })
                .then_some("other finding in the sentence")
        }
        Outcome::AlignedElsewhere | Outcome::NotAligned => {
            let before = Change {
                span: change.at.clone(),
                ..change.clone()
            };
            let j = changed_sentence(&before, faithful)?;
            if aligned_with_fact(&before, faithful, j) {
                return Some("change broke the alignment");
            }
            // The headline and the dateline are the source's first two paragraphs.
            let mut paragraphs = source.split("\n\n");
            let top = paragraphs
                .by_ref()
                .take(2)
                .any(|p| change.stated.in_sentence(p));
            let body = paragraphs.any(|p| change.stated.in_sentence(p));
            (top && !body).then_some("stated only in the headline or dateline")
        }
        _ => None,
    }
}

fn changed(drafts: &[&Draft], rules: &RuleSet, verbose: bool) -> ChangedReport {
    let cases: Vec<(&Draft, Change)> = drafts
        .iter()
        .flat_map(|d| {
            figure_changes(d)
                .into_iter()
                .chain(date_changes(d))
                .map(move |c| (*d, c))
        })
        .collect();
    let runs: Vec<GateRun> = cases
        .par_iter()
        .map(|(draft, change)| run_gate(&change.text, draft.source, rules))
        .collect();
    let faithful: HashMap<&str, GateRun> = drafts
        .par_iter()
        .map(|d| (d.case.as_str(), run_gate(&d.text, d.source, rules)))
        .collect();
    let mut report = ChangedReport::default();
    for ((draft, change), run) in cases.iter().zip(&runs) {
        let outcome = outcome(change, run);
        let faithful = &faithful[draft.case.as_str()];
        let flagged_before = faithful.findings.iter().any(|f| {
            f.severity >= Severity::Warning
                && f.evidence.iter().any(|e| {
                    e.document_index == 0 && e.start < change.at.end && change.at.start < e.end
                })
        });
        if outcome <= Outcome::Warning && flagged_before {
            *report.already.entry(change.kind).or_insert(0) += 1;
        }
        let reason = miss_reason(change, run, faithful, &draft.source.text);
        if let Some(reason) = reason {
            *report
                .reasons
                .entry(change.kind)
                .or_default()
                .entry(reason)
                .or_insert(0) += 1;
        }
        *report
            .outcomes
            .entry((change.kind, change.what))
            .or_default()
            .entry(outcome)
            .or_insert(0) += 1;
        if verbose && outcome > Outcome::Warning {
            print_miss(draft, change, outcome, run, reason);
        } else if verbose && caught_verbose() {
            print_caught(draft, change, run);
        }
    }
    report
}

fn print_caught(draft: &Draft, change: &Change, run: &GateRun) {
    let by: Vec<String> = run
        .findings
        .iter()
        .filter(|f| covers(f, change))
        .map(|f| format!("{} ({}): {}", f.check, f.severity.as_str(), f.message))
        .collect();
    println!(
        "[{}] caught {:?} {}: {} -> {} by {}",
        draft.case,
        change.kind,
        change.what,
        change.from,
        change.to,
        by.join("; ")
    );
}

fn print_miss(
    draft: &Draft,
    change: &Change,
    outcome: Outcome,
    run: &GateRun,
    reason: Option<&str>,
) {
    let how = match outcome {
        Outcome::Info => "only at info",
        Outcome::AlignedWithFact => "aligned with a source sentence stating it, no finding",
        Outcome::AlignedElsewhere => "aligned only with source sentences not stating it",
        _ => "sentence not aligned",
    };
    let reason = reason.map_or(String::new(), |r| format!("; {r}"));
    println!(
        "[{}] missed {:?} {}: {} -> {} ({how}{reason})",
        draft.case, change.kind, change.what, change.from, change.to
    );
    for (span, aligned) in &run.alignment {
        if span.start <= change.span.start && change.span.end <= span.end {
            println!("   draft: {}", &change.text[span.clone()]);
            for (sentence, score) in aligned {
                println!("   source ({score:.2}): {sentence}");
            }
        }
    }
}

fn print_changed(label: &str, r: &ChangedReport) {
    println!("\n{label}, changed drafts: caught at error / at warning and above, of cases");
    let mut totals: BTreeMap<Kind, [usize; 3]> = BTreeMap::new();
    for ((kind, what), outcomes) in &r.outcomes {
        let n = |o: Outcome| outcomes.get(&o).copied().unwrap_or(0);
        let cases: usize = outcomes.values().sum();
        let errors = n(Outcome::Error);
        let warnings = errors + n(Outcome::Warning);
        println!(
            "  {kind:?} ({what}): {errors} / {warnings} of {cases}; missed: {} only at info; {} aligned with a source sentence stating it, {} aligned only elsewhere, {} not aligned",
            n(Outcome::Info),
            n(Outcome::AlignedWithFact),
            n(Outcome::AlignedElsewhere),
            n(Outcome::NotAligned)
        );
        let t = totals.entry(*kind).or_default();
        t[0] += errors;
        t[1] += warnings;
        t[2] += cases;
    }
    for (kind, [errors, warnings, cases]) in totals {
        let ratio = |k: usize| k as f64 / cases.max(1) as f64;
        println!(
            "  {kind:?} recall: at warning and above {warnings} of {cases} ({:.3}); at error {errors} of {cases} ({:.3}); {} of the caught already flagged on the faithful draft",
            ratio(warnings),
            ratio(errors),
            r.already.get(&kind).copied().unwrap_or(0)
        );
        if let Some(reasons) = r.reasons.get(&kind) {
            let listed: Vec<String> = reasons
                .iter()
                .map(|(why, n)| format!("{why} {n}"))
                .collect();
            println!("    misses where the runs show why: {}", listed.join(", "));
        }
    }
}

fn main() {
    let path = data_root().join("gum-news-sentences/gum_news_sentences.jsonl");
    let Some(sources) = common::read_jsonl::<Source>(&path) else {
        println!("data not found at {}, skipping", path.display());
        return;
    };
    let all: Vec<Vec<Draft>> = sources.iter().map(drafts).collect();
    let rules = common::eval_rules();
    let audit = load_audit(&audit_path());
    let verbose = std::env::var("EVAL_VERBOSE").is_ok_and(|v| v == "1");
    let held_out_verbose = std::env::var("EVAL_HALF").is_ok_and(|v| v == "2");
    let started = std::time::Instant::now();
    for (label, parity) in [
        ("tuning part (even documents)", 0),
        ("held-out part (odd documents)", 1),
    ] {
        let part: Vec<&Draft> = all
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 2 == parity)
            .flat_map(|(_, d)| d)
            .collect();
        let shown = verbose && (parity == 1) == held_out_verbose;
        let documents = sources.len().div_ceil(2) - parity * (sources.len() % 2);
        println!("\n== {label}: {documents} articles");
        print_faithful(label, &faithful(&part, &rules, &audit, shown));
        print_changed(label, &changed(&part, &rules, shown));
    }
    eprintln!("checked in {:.2} s", started.elapsed().as_secs_f64());
}
