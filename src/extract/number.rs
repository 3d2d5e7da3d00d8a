//! Figures: digits, number words, hyphenated measures and hedges.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
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

const WORDS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("hundred", 100.0),
    ("dozen", 12.0),
];

static FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    let words = WORDS.iter().map(|(w, _)| *w).collect::<Vec<_>>().join("|");
    Regex::new(&format!(
        r"(?i)\b(?:(nearly|almost|about|around|over|more than|at least|up to) )?(\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{words})(?:[- ](million|billion|thousand))?(?:-(year|month|week|day|hour|minute))?\b(?:\s+(people|years|months|weeks|days))?"
    ))
    .unwrap()
});

/// Figures in `text`, sorted by start.
pub fn extract_figures(text: &str) -> Vec<Figure> {
    let mut out = Vec::new();
    for c in FIGURE.captures_iter(text) {
        let m = c.get(0).unwrap();
        // Codes such as Su-35 or G-20, and years, are not figures.
        if text[..m.start()].ends_with('-') {
            continue;
        }
        let raw = c[2].to_lowercase();
        let Some(mut value) = WORDS
            .iter()
            .find(|(w, _)| *w == raw)
            .map(|(_, v)| *v)
            .or_else(|| raw.replace(',', "").parse().ok())
        else {
            continue;
        };
        if c.get(3).is_none()
            && c.get(4).is_none()
            && c.get(1).is_none()
            && raw.len() == 4
            && (1900.0..2100.0).contains(&value)
        {
            continue;
        }
        match c.get(3).map(|s| s.as_str().to_lowercase()).as_deref() {
            Some("thousand") => value *= 1e3,
            Some("million") => value *= 1e6,
            Some("billion") => value *= 1e9,
            _ => {}
        }
        let unit = c
            .get(4)
            .or(c.get(5))
            .map(|u| u.as_str().to_lowercase().trim_end_matches('s').to_string());
        let hedge = c.get(1).map(|h| h.as_str().to_lowercase());
        let (low, high) = match hedge.as_deref() {
            Some("nearly" | "almost") => (value * 0.8, value),
            Some("about" | "around") => (value * 0.8, value * 1.2),
            Some("over" | "more than" | "at least") => (value, value * 1.5),
            Some("up to") => (0.0, value),
            _ => (value, value),
        };
        out.push(Figure {
            start: m.start(),
            end: m.end(),
            text: m.as_str().to_string(),
            value,
            low,
            high,
            unit,
            hedge,
            ordinal: false,
        });
    }
    out
}
