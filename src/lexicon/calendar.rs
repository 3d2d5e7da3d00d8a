//! Month and weekday names, through chrono: the one place that knows them.

use chrono::{Month, Weekday};

/// Whether `word` (any case) names a month in full or abbreviated ("March", "mar", "Sept").
pub fn is_month_name(word: &str) -> bool {
    word.parse::<Month>().is_ok() || word.eq_ignore_ascii_case("sept")
}

/// Whether `word` (any case) names a weekday in full or abbreviated ("Tuesday", "tue",
/// "Tues", "Thurs").
pub fn is_weekday_name(word: &str) -> bool {
    word.parse::<Weekday>().is_ok()
        || ["tues", "thur", "thurs"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
}

/// The month (1-12) that a word starting with a month's first three letters names
/// ("September", "Sept", "sep" -> 9); the rest of the word is not looked at, so call it
/// on words a pattern has already matched as months.
pub fn month_number(word: &str) -> Option<u32> {
    let prefix = word.get(..3)?;
    prefix.parse::<Month>().ok().map(|m| m.number_from_month())
}

/// The weekday that a word starting with a weekday's first three letters names
/// ("Tuesday", "Tue", "tues" -> Tuesday).
pub fn weekday(word: &str) -> Option<Weekday> {
    word.get(..3)?.parse::<Weekday>().ok()
}

/// The months' full names from January, lower case ("january", ..., "december").
pub fn month_names() -> Vec<String> {
    (1..=12u8)
        .filter_map(|n| Month::try_from(n).ok())
        .map(|m| m.name().to_lowercase())
        .collect()
}

/// The abbreviations of the months that [`is_month_name`] takes besides the full names, in
/// order of the months: the first three letters ("jan"; none for "may", which is its full
/// name), and "sept" just before "sep".
pub fn month_abbreviations() -> Vec<String> {
    let mut out = Vec::new();
    for name in month_names() {
        let short = &name[..3];
        if short == "sep" {
            out.push("sept".to_string());
        }
        if short != name {
            out.push(short.to_string());
        }
    }
    out
}

/// The weekdays' names from Monday, lower case (chrono names them only abbreviated).
pub const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The full lower-case name of a month or a weekday that `word` (any case) names in full or
/// abbreviated ("Sept" -> "september", "thurs" -> "thursday", "may" -> "may"); None for any
/// other word.
pub fn full_name(word: &str) -> Option<String> {
    if is_month_name(word) {
        let number = u8::try_from(month_number(word)?).ok()?;
        Month::try_from(number)
            .ok()
            .map(|m| m.name().to_lowercase())
    } else if is_weekday_name(word) {
        weekday(word).map(|d| WEEKDAY_NAMES[d.num_days_from_monday() as usize].to_string())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names_are_the_full_names_and_their_abbreviations() {
        for name in [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "March",
            "SEPT",
        ] {
            assert!(is_month_name(name), "{name}");
        }
        for word in [
            "ma", "marc", "mays", "septem", "monday", "", "juni", "decem",
        ] {
            assert!(!is_month_name(word), "{word}");
        }
    }

    #[test]
    fn month_names_and_abbreviations_are_every_month_name_in_order() {
        assert_eq!(month_names().len(), 12);
        assert_eq!(month_names()[4], "may");
        assert_eq!(
            month_abbreviations().join(" "),
            "jan feb mar apr jun jul aug sept sep oct nov dec"
        );
        for name in month_names().iter().chain(&month_abbreviations()) {
            assert!(is_month_name(name), "{name}");
        }
    }

    #[test]
    fn full_names_write_out_months_and_weekdays() {
        for (word, full) in [
            ("jan", "january"),
            ("Sept", "september"),
            ("sep", "september"),
            ("may", "may"),
            ("december", "december"),
            ("tue", "tuesday"),
            ("tues", "tuesday"),
            ("thurs", "thursday"),
            ("SUN", "sunday"),
            ("friday", "friday"),
        ] {
            assert_eq!(full_name(word).as_deref(), Some(full), "{word}");
        }
        for word in ["marc", "sunny", "mo", "", "2014", "today"] {
            assert_eq!(full_name(word), None, "{word}");
        }
    }

    #[test]
    fn month_numbers_read_the_first_three_letters() {
        assert_eq!(month_number("September"), Some(9));
        assert_eq!(month_number("sept"), Some(9));
        assert_eq!(month_number("DEC"), Some(12));
        assert_eq!(month_number("mayday"), Some(5));
        assert_eq!(month_number("ma"), None);
        assert_eq!(month_number("xyz"), None);
        assert_eq!(month_number("jünger"), None);
    }

    #[test]
    fn weekday_names_are_the_full_names_and_their_abbreviations() {
        for name in [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "mon",
            "tue",
            "tues",
            "wed",
            "thu",
            "thur",
            "thurs",
            "fri",
            "sat",
            "sun",
            "Friday",
        ] {
            assert!(is_weekday_name(name), "{name}");
        }
        for word in ["mo", "tu", "frid", "weds", "sunny", "", "monday."] {
            assert!(!is_weekday_name(word), "{word}");
        }
    }

    #[test]
    fn weekdays_read_the_first_three_letters() {
        assert_eq!(weekday("Tuesday"), Some(Weekday::Tue));
        assert_eq!(weekday("tues"), Some(Weekday::Tue));
        assert_eq!(weekday("Sun"), Some(Weekday::Sun));
        assert_eq!(weekday("su"), None);
    }
}
