//! The words of date extraction: month and weekday names as regex alternations, number words
//! for "two days ago", and lookups in `crate::lexicon` for the words that make a weekday or a
//! month part of a name.

use crate::lexicon::calendar;
use crate::lexicon::{Alternation, RELATIVE_DAYS, WEEKDAY_MODIFIERS, YEAR_SPAN_OPENERS};
use crate::lexicon::{LOWER_CASE_MONTH_CUES, RELATIVE_MODIFIERS, SUNDAY_PAPERS};
use crate::lexicon::{NAMED_DAY_WORDS, NOT_A_MONTH_AFTER, WEEKDAY_FOLLOWERS};
use chrono::Weekday;

/// Month names as a regex alternation: the full names, then "sept" before the three-letter
/// abbreviations (`lexicon::calendar`).
pub(super) static MONTH_RE: Alternation = Alternation::new(|| {
    let mut names = calendar::month_names();
    names.push("sept".to_string());
    names.extend(
        calendar::month_abbreviations()
            .into_iter()
            .filter(|a| a != "sept"),
    );
    names.join("|")
});
/// The months' full names as a regex alternation.
pub(super) static MONTH_FULL_RE: Alternation =
    Alternation::new(|| calendar::month_names().join("|"));
/// The words that open a period of years written with a dash ("over 2000 - 2050"), as a
/// regex alternation (`lexicon::YEAR_SPAN_OPENERS`).
pub(super) static YEAR_SPAN_OPENER_RE: Alternation =
    Alternation::new(|| YEAR_SPAN_OPENERS.keys().join("|"));
/// The weekdays' full names as a regex alternation.
pub(super) static WD_RE: Alternation = Alternation::new(|| calendar::WEEKDAY_NAMES.join("|"));
/// The words before a weekday that say which one it is, as a regex alternation
/// (`lexicon::WEEKDAY_MODIFIERS`).
pub(super) static WEEKDAY_MODIFIER_RE: Alternation =
    Alternation::new(|| WEEKDAY_MODIFIERS.keys().join("|"));
/// The days named from the day of publication, as a regex alternation
/// (`lexicon::RELATIVE_DAYS`).
pub(super) static RELATIVE_DAY_RE: Alternation =
    Alternation::new(|| RELATIVE_DAYS.keys().join("|"));

/// The month number of an English month name or abbreviation ("Sept.", "september").
pub fn month_num(s: &str) -> Option<u32> {
    calendar::month_number(s)
}

pub(super) fn weekday(s: &str) -> Option<Weekday> {
    calendar::weekday(s)
}

pub(super) fn small_num(s: &str) -> Option<u32> {
    let lower = s.to_ascii_lowercase();
    if matches!(lower.as_str(), "a" | "an") {
        return Some(1);
    }
    match crate::lexicon::NUMBER_WORDS.get(&lower) {
        Some(value) => value.parse().ok().filter(|v| (1..=12).contains(v)),
        None => lower.parse().ok(),
    }
}

/// Capitalised words after a weekday that do not make it a name ("Sunday Morning", "Friday
/// Mr ..."): parts of the day and titles.
pub(super) fn is_part_of_day_or_title(w: &str) -> bool {
    WEEKDAY_FOLLOWERS.contains(w)
}

/// Words before "on Sunday" that make it a newspaper ("the Mail on Sunday").
pub(super) fn is_on_sunday_paper(w: &str) -> bool {
    SUNDAY_PAPERS.contains(w)
}

/// Words before a weekday that make it a day of the calendar or of history ("Good Friday",
/// "Bloody Sunday", "Cyber Monday").
pub(super) fn is_named_day(w: &str) -> bool {
    NAMED_DAY_WORDS.contains(w)
}

/// Words after "the March"/"the May" that make it no month: a preposition or conjunction
/// ("the March on Washington") or a government ("the May government").
pub(super) fn is_not_a_month_noun(w: &str) -> bool {
    NOT_A_MONTH_AFTER.contains(w)
}

/// Words before a lower-case "may" or "march" that make it the month ("in may", "since
/// march").
pub(super) fn is_lower_case_month_cue(w: &str) -> bool {
    LOWER_CASE_MONTH_CUES.contains(w)
}

/// Modifiers before a month that name which one relative to the publication ("this May",
/// "last March", "next June") and belong to the mention.
pub(super) fn is_relative_modifier(w: &str) -> bool {
    RELATIVE_MODIFIERS.contains(w)
}
