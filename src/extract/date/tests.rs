#[test]
fn month_and_day_in_any_order_and_abbreviation() {
    for text in [
        "Jan. 14",
        "January 14",
        "14 January 2004",
        "since Jan 14",
        "January 14th",
    ] {
        assert_eq!(
            month_and_day(text),
            Some(("january".to_string(), 14)),
            "{text}"
        );
    }
    for text in ["Monday", "January", "January 2004", "2004", "May 40"] {
        assert_eq!(month_and_day(text), None, "{text}");
    }
}

use super::*;

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}
fn day(y: i32, m: u32, dd: u32) -> Option<DateRange> {
    Some(DateRange::day(d(y, m, dd)))
}
fn rng(a: NaiveDate, b: NaiveDate) -> Option<DateRange> {
    Some(DateRange { from: a, to: b })
}
fn one(s: &str, p: Option<NaiveDate>) -> DateMention {
    let v = extract_dates(s, p);
    assert_eq!(v.len(), 1, "{s:?} -> {v:#?}");
    v.into_iter().next().unwrap()
}
const SEP9: Option<NaiveDate> = NaiveDate::from_ymd_opt(2016, 9, 9);
const JUN21: Option<NaiveDate> = NaiveDate::from_ymd_opt(2016, 6, 21);

#[test]
fn absolute_forms() {
    let p = SEP9;
    for s in [
        "09 September, 2016",
        "9 September 2016",
        "September 9, 2016",
        "9/9/2016",
        "2016-09-09",
        "Friday, 09 September, 2016",
        "the 9th of September 2016",
    ] {
        let m = one(s, None);
        assert_eq!(m.resolved, day(2016, 9, 9), "{s}");
        assert!(!m.relative, "{s}");
    }
    assert_eq!(one("Sept. 9", p).resolved, day(2016, 9, 9));
    assert_eq!(one("Sep 9", p).resolved, day(2016, 9, 9));
    assert_eq!(one("the 9th of September", p).resolved, day(2016, 9, 9));
    assert_eq!(one("Sept. 9", None).resolved, None);
    let m = one("PUBLISHED : Friday, 09 September, 2016, 1:07pm", None);
    assert_eq!(m.resolved, day(2016, 9, 9));
    let m = one(
        "A Russian Sukhoi Su-35 bomber lands at Hmeimim on May 4, 2016",
        None,
    );
    assert_eq!(
        (m.resolved, m.text.as_str()),
        (day(2016, 5, 4), "May 4, 2016")
    );
    assert_eq!(
        one("in September 2014", None).resolved,
        rng(d(2014, 9, 1), d(2014, 9, 30))
    );
    assert_eq!(
        one("fighting in 2014 was heavy", None).resolved,
        rng(d(2014, 1, 1), d(2014, 12, 31))
    );
}

#[test]
fn periods_of_years() {
    let m = one(
        "From 1976 to 1980, 6 percent of children were overweight.",
        None,
    );
    assert_eq!(m.text, "1976 to 1980");
    assert_eq!(m.resolved, rng(d(1976, 1, 1), d(1980, 12, 31)));
    let m = one("prices rose between 2001 and 2004", None);
    assert_eq!(m.resolved, rng(d(2001, 1, 1), d(2004, 12, 31)));
    // Backwards is not a period.
    assert_eq!(one("from 1980 to 1976", None).text, "1980");
}

#[test]
fn periods_of_years_written_with_a_spaced_dash() {
    for text in [
        "Rainfall was modelled over 1990 - 2030 for the whole basin.",
        "Rainfall was modelled over 1990 – 2030 for the whole basin.",
        "The archive covers the harvests during 1990–2030.",
    ] {
        let m = one(text, None);
        assert_eq!(m.resolved, rng(d(1990, 1, 1), d(2030, 12, 31)), "{text}");
    }
    // After another word, or joined by "and", two numbers are no period.
    assert!(extract_dates("The crowd grew to 1990 - 2030 people.", None).is_empty());
    let years = extract_dates("Floods struck in 1993 and 2007.", None);
    assert!(
        !years.is_empty() && years.iter().all(|m| m.text.len() == 4),
        "{years:?}"
    );
}

#[test]
fn since() {
    let m = one("since September 2014", None);
    assert!(m.since);
    assert_eq!(m.text, "since September 2014");
    assert_eq!(m.resolved, rng(d(2014, 9, 1), d(2014, 9, 30)));
    let m = one("The war has killed 400,000 people since March 2011.", None);
    assert!(m.since && !m.relative);
    assert_eq!(m.resolved, rng(d(2011, 3, 1), d(2011, 3, 31)));
}

#[test]
fn weekdays_in_names_are_no_dates() {
    for text in [
        "The Sunday Telegraph reported that the talks had stalled.",
        "A report in the Sunday Times said the bid was low.",
        "The Mail on Sunday said the deal was close.",
        "Shops opened early for Black Friday.",
        "The march marked the anniversary of Bloody Sunday.",
    ] {
        let found = extract_dates(text, SEP9);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // a weekday before a name or a month stays a date
    for text in [
        "On Sunday Mr Roe said the talks had stalled.",
        "The Sunday meeting ended early.",
        "The talks ended on Sunday.",
    ] {
        let found = extract_dates(text, SEP9);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].resolved, day(2016, 9, 4), "{text}");
    }
}

#[test]
fn weekdays() {
    let m = one(
        "Top diplomats from the two countries on Monday failed to reach a deal",
        SEP9,
    );
    assert_eq!(m.resolved, day(2016, 9, 5));
    assert!(m.relative);
    assert_eq!(
        one(
            "Kerry and Lavrov were to meet in the Swiss city on Friday",
            SEP9
        )
        .resolved,
        day(2016, 9, 9)
    );
    assert_eq!(
        one("Lavrov was leaving Thursday", SEP9).resolved,
        day(2016, 9, 8)
    );
    assert_eq!(one("Obama warned Sunday", SEP9).resolved, day(2016, 9, 4));
    assert_eq!(
        one("They will meet on Tuesday", SEP9).resolved,
        day(2016, 9, 13)
    );
    assert_eq!(one("next Monday", SEP9).resolved, day(2016, 9, 12));
    assert_eq!(one("Top diplomats on Monday", None).resolved, None);
}

#[test]
fn months_without_year() {
    assert_eq!(
        one("which entered into force on February 27", JUN21).resolved,
        day(2016, 2, 27)
    );
    assert_eq!(
        one("A truce brokered by the Cold War foes in February", JUN21).resolved,
        rng(d(2016, 2, 1), d(2016, 2, 29))
    );
    assert_eq!(
        one("in November", JUN21).resolved,
        rng(d(2015, 11, 1), d(2015, 11, 30))
    );
    // Without a tense cue, the nearer day: a week ahead, not a year back.
    let may17 = NaiveDate::from_ymd_opt(2021, 5, 17);
    assert_eq!(
        one(
            "Biden will not, however, meet his stated deadline for the bill by May 25th",
            may17
        )
        .resolved,
        day(2021, 5, 25)
    );
    assert_eq!(
        one("the vote on Oct. 21", NaiveDate::from_ymd_opt(2022, 11, 16)).resolved,
        day(2022, 10, 21)
    );
    assert!(extract_dates("Theresa May said", JUN21).is_empty());
    let both: Vec<String> = extract_dates("five slayings between December and May", None)
        .into_iter()
        .map(|m| m.text.to_string())
        .collect();
    assert_eq!(both, ["December", "May"]);
    assert!(extract_dates("they may march", JUN21).is_empty());
}

#[test]
fn march_and_may_before_a_noun_after_the_are_months() {
    for text in [
        "The March slump was the only dip in sales.",
        "Sales fell after the May price rise.",
        "Analysts waited for March's jobs report.",
    ] {
        let found = extract_dates(text, None);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert!(found[0].text.starts_with("Ma"), "{text}: {found:?}");
    }
    for text in [
        "Thousands joined the March on Washington.",
        "The May government fell.",
        "They heard that May will resign.",
        "The march downtown was peaceful.",
    ] {
        assert!(extract_dates(text, None).is_empty(), "{text}");
    }
}

#[test]
fn relative_periods() {
    let m = one("Last week, US Secretary of State John Kerry warned", JUN21);
    assert_eq!(m.resolved, rng(d(2016, 6, 13), d(2016, 6, 19)));
    assert_eq!(one("earlier in the day", SEP9).resolved, day(2016, 9, 9));
    assert_eq!(one("yesterday", SEP9).resolved, day(2016, 9, 8));
    assert_eq!(one("tomorrow", SEP9).resolved, day(2016, 9, 10));
    assert_eq!(
        one("this week", SEP9).resolved,
        rng(d(2016, 9, 5), d(2016, 9, 11))
    );
    assert_eq!(
        one("next week", SEP9).resolved,
        rng(d(2016, 9, 12), d(2016, 9, 18))
    );
    assert_eq!(
        one("last month", SEP9).resolved,
        rng(d(2016, 8, 1), d(2016, 8, 31))
    );
    assert_eq!(
        one("next month", SEP9).resolved,
        rng(d(2016, 10, 1), d(2016, 10, 31))
    );
    assert_eq!(
        one("last year", SEP9).resolved,
        rng(d(2015, 1, 1), d(2015, 12, 31))
    );
    assert_eq!(
        one("earlier this year", SEP9).resolved,
        rng(d(2016, 1, 1), d(2016, 9, 9))
    );
    assert_eq!(one("two days ago", SEP9).resolved, day(2016, 9, 7));
    assert_eq!(one("three weeks ago", SEP9).resolved, day(2016, 8, 19));
    let m = one("in recent weeks", SEP9);
    assert!(m.relative && m.resolved.is_none());
    let m = one("A day before Syrian peace talks", SEP9);
    assert!(m.relative && m.resolved.is_none());
    assert_eq!(
        one("what happened the day before.", SEP9).resolved,
        day(2016, 9, 8)
    );
    assert_eq!(one("yesterday", None).resolved, None);
}

#[test]
fn serialises_as_iso() {
    let m = one("2016-09-09", None);
    let j = serde_json::to_string(&m).unwrap();
    assert!(j.contains("\"from\":\"2016-09-09\""), "{j}");
}

#[test]
fn no_false_dates_in_figures() {
    assert!(extract_dates("over 400,000 people have been killed", SEP9).is_empty());
    assert!(extract_dates("the G-20 Summit", SEP9).is_empty());
    assert!(extract_dates("during a 90-minute meeting", SEP9).is_empty());
}

#[test]
fn name_alternations_are_the_patterns_they_replace() {
    use super::words::*;
    assert_eq!(
        MONTH_RE.as_str(),
        "january|february|march|april|may|june|july|august|september|october|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec"
    );
    assert_eq!(
        MONTH_FULL_RE.as_str(),
        "january|february|march|april|may|june|july|august|september|october|november|december"
    );
    assert_eq!(
        WD_RE.as_str(),
        "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    );
    assert_eq!(
        WEEKDAY_MODIFIER_RE.as_str(),
        "last|next|this coming|this past|this upcoming|this|coming|upcoming|past|previous|following"
    );
    assert_eq!(
        RELATIVE_DAY_RE.as_str(),
        "today|yesterday|tomorrow|tonight|this morning|this afternoon|this evening|last night|earlier today|later today|earlier in the day|later in the day"
    );
}

#[test]
fn big_input_is_read_whole() {
    // Speed is measured in benches/check_scaling.rs; here, a big input is read to its
    // end: every chunk gives the dates one chunk gives.
    let chunk = "On Monday, 09 September, 2016 and last week since March 2011 in 2014 the 9th of May 9/9/2016 ";
    // 1 MB in release; 100 kB in debug builds, which are ~20x slower
    let size = if cfg!(debug_assertions) {
        100_000
    } else {
        1_000_000
    };
    let copies = size / chunk.len() + 1;
    let s = chunk.repeat(copies);
    let v = extract_dates(&s, SEP9);
    assert!(!v.is_empty());
    assert_eq!(v.len(), copies * extract_dates(chunk, SEP9).len());
    let _ = extract_dates(&"9".repeat(size), SEP9);
}

mod prop {
    use super::super::*;
    use proptest::prelude::*;
    proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,200}", y in 1i32..3000, doy in 1u32..366) {
            let p = NaiveDate::from_yo_opt(y, doy);
            let a = extract_dates(&s, p);
            prop_assert_eq!(&a, &extract_dates(&s, p));
            let mut last = 0;
            for m in &a {
                prop_assert!(m.start < m.end && m.end <= s.len());
                prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
                prop_assert!(m.start >= last);
                last = m.end;
                prop_assert_eq!(&s[m.start..m.end], m.text.as_str());
            }
        }
        #[test]
        fn never_panics_datey(s in "([0-9]{1,4}|[,./ -]|May|march|Monday|since|last|week|ago|two|the|day|before|in|of|9th|\\s)*") {
            let _ = extract_dates(&s, NaiveDate::from_ymd_opt(262000, 1, 1));
            let _ = extract_dates(&s, NaiveDate::from_ymd_opt(-262000, 1, 1));
            let _ = extract_dates(&s, None);
        }
    }
}

#[test]
fn years_inside_names() {
    for (s, year) in [
        ("on day five of the 2018 FIFA World Cup, Sweden won", 2018),
        ("A 2006 Australian study has shown it", 2006),
        (
            "Pop culture celebrated at Fan Expo Canada 2016 in Toronto",
            2016,
        ),
        ("FIFA World Cup 2018 day five", 2018),
    ] {
        let m = one(s, None);
        assert_eq!(m.text, year.to_string(), "{s}");
        assert_eq!(m.resolved, rng(d(year, 1, 1), d(year, 12, 31)), "{s}");
    }
    // Not a year: a count before a lower-case noun, a period's first end, a model number;
    // a month's own year stays the month's.
    for s in [
        "the 2000 people who came",
        "the 2000-2050 forecast",
        "a Boeing Dreamliner 2017-300 jet",
        // a time of day
        "The Awards are being shown on BBC One from 2010 GMT.",
        "The 2000 GMT News Bulletin follows",
    ] {
        assert!(extract_dates(s, None).is_empty(), "{s}");
    }
    let m = one("On September 2006 the study ended", None);
    assert_eq!(m.text, "September 2006");
}
