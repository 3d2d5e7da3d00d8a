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
    let cases: [(&str, f64, &str); 10] = [
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
    for (s, v, u) in &cases {
        let f = one(s);
        assert!((f.value - v).abs() < 1e-3 * v.abs().max(1.0), "{s}: {f:?}");
        assert_eq!(f.unit.as_deref(), Some(*u), "{s}");
    }
}

#[test]
fn number_words() {
    let cases: [(&str, f64); 15] = [
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
    for (s, v) in &cases {
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
        ("she cleared 1.76m to win the high jump", "1.76m"),
        ("the world 100m champion", "100m"),
        ("heats of the 60m hurdles", "60m"),
        ("he won 200m gold in Sydney", "200m"),
    ] {
        let f = one(s);
        assert_eq!(
            (f.unit.as_deref(), f.text.as_str()),
            (Some("m"), text),
            "{s}: {f:?}"
        );
        assert!(f.value < 1000.0, "{s}: {f:?}");
    }
    for (s, v) in [
        ("1.8m people live there", 1.8e6),
        ("1.2m long-term unemployed", 1.2e6),
        ("2m high street jobs", 2e6),
        ("a 3m drop in visitors", 3e6),
        ("a 3m budget gap", 3e6),
        ("the $4m-high bid", 4e6),
        ("a £2m wall contract", 2e6),
        ("a £3m final payment", 3e6),
        ("1.76m viewers watched the final", 1.76e6),
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
fn month_and_zone_alternations_are_the_patterns_they_replace() {
    assert_eq!(
        words::MONTHS.as_str(),
        "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
    );
    assert_eq!(
        words::ZONES.as_str(),
        "GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|MSK|IST|JST|KST|HKT|SGT|AEST|AEDT|AWST|NZST|NZDT|WIB"
    );
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

#[test]
fn every_hedge_in_the_lexicon_names_a_kind_of_bound() {
    use hedge::Hedge;
    let hedges = &*words::HEDGES;
    assert_eq!(hedges.len(), crate::lexicon::HEDGES.entries().len());
    assert!(hedges.contains(&("at least", Hedge::AtLeast)));
    assert!(hedges.contains(&("plus or minus", Hedge::PlusMinus)));
    let after = &*words::POSTFIX_HEDGES;
    assert_eq!(after.len(), crate::lexicon::POSTFIX_HEDGES.entries().len());
    assert!(after.contains(&("or so", Hedge::Approx)) && after.contains(&("or less", Hedge::UpTo)));
    // A phrase is tried before any shorter phrase it starts with.
    for (i, (phrase, _)) in hedges.iter().enumerate() {
        for (longer, _) in &hedges[i + 1..] {
            assert!(
                !longer.starts_with(&format!("{phrase} ")),
                "`{longer}` comes after `{phrase}`, which it starts with"
            );
        }
    }
}

#[test]
fn every_number_word_in_the_lexicon_has_a_value_in_order() {
    let values: Vec<u32> = crate::lexicon::NUMBER_WORDS
        .entries()
        .iter()
        .map(|(w, v)| v.parse().unwrap_or_else(|_| panic!("`{w}` has no value")))
        .collect();
    assert!(values.windows(2).all(|p| p[0] < p[1]), "{values:?}");
    assert_eq!(values[..21], (0..=20).collect::<Vec<u32>>()[..]);
    for (w, v) in crate::lexicon::ORDINAL_WORDS.entries() {
        assert!(v.parse::<u32>().is_ok(), "`{w}` has no value");
    }
    assert_eq!(words::small_word("fourteen"), Some((14.0, 2)));
    assert_eq!(words::small_word("fourty"), Some((40.0, 3)));
    assert_eq!(words::ordinal_word("nineth"), Some(9.0));
    assert_eq!(words::measure_unit("kilometers"), Some("km"));
}

#[test]
fn an_invisible_character_inside_a_number_does_not_split_it() {
    for joiner in ['\u{200b}', '\u{2060}', '\u{feff}'] {
        let text = format!("1{joiner}000 people were evacuated");
        let f = extract_figures(&text);
        assert_eq!(f.len(), 1, "{text:?}: {f:?}");
        assert_eq!(f[0].value, 1000.0);
        assert_eq!((f[0].start, f[0].end), (0, 4 + joiner.len_utf8()));
    }
    // Not between digits: nothing joins.
    let f = extract_figures("12\u{200b} people and 30 more");
    assert_eq!(f.iter().map(|f| f.value).collect::<Vec<_>>(), [12.0, 30.0]);
}

#[test]
fn scores_with_spaced_dashes_and_after_the_side_beaten() {
    for (s, text, low, high) in [
        // a dash spaced on both sides, as some outlets write a score
        ("Tunisia lost 1 – 2 to England", "1 – 2", 1.0, 2.0),
        ("the Senate voted 51 - 49 on Tuesday", "51 - 49", 49.0, 51.0),
        // after the side beaten, named after a verb of winning or losing
        (
            "Sweden defeated South Korea 1 – 0 on Monday",
            "1 – 0",
            0.0,
            1.0,
        ),
        (
            "Belgium beat debutants Panama 3-0 in Sochi",
            "3-0",
            0.0,
            3.0,
        ),
        ("England narrowly won against Tunisia 2-1.", "2-1", 1.0, 2.0),
    ] {
        let f = figs(s)
            .into_iter()
            .find(|f| f.unit.as_deref() == Some(TALLY))
            .unwrap_or_else(|| panic!("no tally in {s:?}: {:#?}", figs(s)));
        assert_eq!((f.text.as_str(), f.low, f.high), (text, low, high), "{s}");
    }
    // a spaced dash between years or after a name without a verb of winning is no score
    for s in [
        "ozone pollution over 2000 - 2050",
        "the Boeing 747 - 400 is old",
        "Apple shipped iPhone 12 - 13 units",
        "the ratio at Panama 3 – 0 is unknown",
    ] {
        assert!(
            figs(s).iter().all(|f| f.unit.as_deref() != Some(TALLY)),
            "{s}: {:#?}",
            figs(s)
        );
    }
}

#[test]
fn a_figure_glued_to_plus_is_at_least_that() {
    let f = one("Chelsea will test Liverpool with a £30m-plus bid in the summer.");
    assert_eq!(f.hedge.as_deref(), Some("-plus"));
    assert_eq!(f.low, 30_000_000.0);
    assert!(f.high > 35_000_000.0, "{}", f.high);
    let f = one("a veteran of 40-plus years at sea");
    assert_eq!((f.low, f.hedge.as_deref()), (40.0, Some("-plus")));
    // "plus" after a space adds another amount: no hedge
    let figures = crate::extract::number::extract_figures("a fee of £30m plus £5m in add-ons");
    assert!(figures.iter().all(|f| f.hedge.is_none()), "{figures:?}");
}
