//! Publication dates read from the top of an article: a dateline ("09 September, 2016",
//! "PUBLISHED : Friday, 09 September, 2016, 1:07pm", "Monday, May 18, 2015") or a URL
//! with `/2016/06/21/` in it.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

/// How many non-blank lines from the top may hold a dateline.
const DATELINE_SEARCH_LINES: usize = 8;
/// A dateline is a short line; a long one is prose that mentions a date.
const DATELINE_MAX_CHARS: usize = 80;

static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b").unwrap()
});
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b").unwrap()
});
static ISO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(\d{4})-(\d{2})-(\d{2})\b").unwrap());
static URL_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"https?://\S*?/(\d{4})/(\d{1,2})/(\d{1,2})/").unwrap());

/// The publication date shown at the top of `text`, if any.
pub fn find_publication_date(text: &str) -> Option<NaiveDate> {
    for line in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(DATELINE_SEARCH_LINES)
    {
        if let Some(c) = URL_DATE.captures(line) {
            let date =
                NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
            if date.is_some() {
                return date;
            }
        }
        if line.chars().count() > DATELINE_MAX_CHARS {
            continue;
        }
        if let Some(c) = DAY_MONTH_YEAR.captures(line) {
            let date = crate::lexicon::calendar::month_number(&c[2])
                .and_then(|m| NaiveDate::from_ymd_opt(c[3].parse().ok()?, m, c[1].parse().ok()?));
            if date.is_some() {
                return date;
            }
        }
        if let Some(c) = MONTH_DAY_YEAR.captures(line) {
            let date = crate::lexicon::calendar::month_number(&c[1])
                .and_then(|m| NaiveDate::from_ymd_opt(c[3].parse().ok()?, m, c[2].parse().ok()?));
            if date.is_some() {
                return date;
            }
        }
        if let Some(c) = ISO.captures(line) {
            let date =
                NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
            if date.is_some() {
                return date;
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn reads_common_datelines() {
        assert_eq!(
            find_publication_date("Headline\n2 min read\n09 September, 2016\nBody."),
            ymd(2016, 9, 9)
        );
        assert_eq!(
            find_publication_date("Title\n\nPUBLISHED : Friday, 09 September, 2016, 1:07pm\n"),
            ymd(2016, 9, 9)
        );
        assert_eq!(
            find_publication_date("Title\n\nMonday, May 18, 2015\n"),
            ymd(2015, 5, 18)
        );
        assert_eq!(
            find_publication_date(
                "http://presstv.ir/Detail/2016/06/21/471361/Russia-losing\n130\n"
            ),
            ymd(2016, 6, 21)
        );
    }

    #[test]
    fn ignores_dates_in_prose_and_below_the_top() {
        let prose = "A Syrian man walks past destroyed buildings in the city of Aleppo on May 2, 2016, witnesses said after the raid.";
        assert_eq!(find_publication_date(prose), None);
        let deep = "a\nb\nc\nd\ne\nf\ng\nh\ni\n09 September, 2016\n";
        assert_eq!(find_publication_date(deep), None);
        assert_eq!(find_publication_date("31 February, 2016"), None);
    }
}
