//! Every registered check: documented, in rules/default.toml, and with hit fixtures (it
//! flags) and clean fixtures (real agreement phrased differently: it stays quiet) under
//! tests/fixtures/checks/<check id>/{hit*,clean*}/.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::{Path, PathBuf};

use factdiff::align::AlignMode;
use factdiff::checks::load_rules;
use factdiff::checks::registry;
use factdiff::config::{DEFAULT_RULES, RuleSources};
use factdiff::findings::Finding;
use factdiff::input::{LoadOptions, load_paths};

const FIXTURES: &str = "tests/fixtures/checks";

fn cases(check: &str, prefix: &str) -> Vec<PathBuf> {
    let dir = Path::new(FIXTURES).join(check);
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|_| panic!("{} is missing", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir() && p.file_name().unwrap().to_str().unwrap().starts_with(prefix))
        .collect();
    out.sort();
    out
}

fn findings_of(check: &str, cluster: &Path) -> Vec<Finding> {
    let rules = load_rules(&RuleSources::default()).unwrap();
    let articles = load_paths(&[cluster.to_path_buf()], &LoadOptions::default()).unwrap();
    factdiff::analyze(articles, &rules, AlignMode::Fast)
        .findings
        .into_iter()
        .filter(|f| f.check == check)
        .collect()
}

/// A fixture holding a `needs-dictionary` file is a typo only a Hunspell dictionary knows
/// ("dont"); without one installed the typo check cannot flag it, so it is skipped, saying so
/// (`.ci/run` installs the dictionaries).
fn skipped_without_dictionary(case: &Path) -> bool {
    if !case.join("needs-dictionary").exists() {
        return false;
    }
    let rules = load_rules(&RuleSources::default()).unwrap();
    let missing = factdiff::checks::typo::missing_dictionaries(&rules.check("typo")).unwrap();
    if let Some(warning) = &missing {
        eprintln!("skipped {}: {warning}", case.display());
    }
    missing.is_some()
}

#[test]
fn every_check_flags_its_hit_fixtures() {
    let mut problems = Vec::new();
    for check in registry::all() {
        let hits = cases(check.id(), "hit");
        assert!(!hits.is_empty(), "{} has no hit fixture", check.id());
        for case in hits {
            if skipped_without_dictionary(&case) {
                continue;
            }
            let found = findings_of(check.id(), &case);
            if found.is_empty() {
                problems.push(format!("{}: no finding", case.display()));
            }
            // A finding may concern one article alone (a range written high end first), but
            // each hit fixture shows a disagreement between articles, with evidence in both.
            assert!(
                found.is_empty() || found.iter().any(|f| f.evidence.len() >= 2),
                "{}: evidence from both sides",
                case.display()
            );
            for f in &found {
                assert!(!f.evidence.is_empty(), "{}: no evidence", case.display());
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The findings of `check` on one fixture as compact, stable text: per finding its check,
/// severity and message, then each evidence item as `document start..end "text"`.
fn pinned(check: &str, case: &Path) -> String {
    let found = findings_of(check, case);
    let mut out = String::new();
    if found.is_empty() {
        out.push_str("(no finding)\n");
    }
    for f in &found {
        out.push_str(&format!(
            "{} {}: {}\n",
            f.check,
            f.severity.as_str(),
            f.message
        ));
        for e in &f.evidence {
            out.push_str(&format!(
                "  {} {}..{} {:?}\n",
                e.document, e.start, e.end, e.text
            ));
        }
    }
    out
}

/// The pinned findings of several fixtures, a header line naming each (in sorted order).
fn pinned_all(check: &str, cases: &[PathBuf]) -> String {
    cases
        .iter()
        .map(|case| {
            let name = case.file_name().unwrap().to_str().unwrap();
            format!("== {name}\n{}", pinned(check, case))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every hit fixture pins the exact findings it expects: one snapshot per check
/// (`checks__<check id>.snap`), and the fixtures that need a Hunspell dictionary in one of
/// their own (`checks__<check id>-dictionary.snap`), skipped, saying so, without one, so
/// neither snapshot depends on whether a dictionary is installed.
#[test]
fn every_hit_fixture_pins_its_findings() {
    for check in registry::all() {
        let (needs_dictionary, plain): (Vec<PathBuf>, Vec<PathBuf>) = cases(check.id(), "hit")
            .into_iter()
            .partition(|case| case.join("needs-dictionary").exists());
        insta::assert_snapshot!(check.id().to_string(), pinned_all(check.id(), &plain));
        if needs_dictionary.is_empty() {
            continue;
        }
        // evaluate every fixture, so each one without a dictionary says it is skipped
        let skipped = needs_dictionary
            .iter()
            .filter(|case| skipped_without_dictionary(case))
            .count();
        if skipped == 0 {
            insta::assert_snapshot!(
                format!("{}-dictionary", check.id()),
                pinned_all(check.id(), &needs_dictionary)
            );
        }
    }
}

#[test]
fn every_check_stays_quiet_on_its_clean_fixtures() {
    let mut problems = Vec::new();
    for check in registry::all() {
        let cleans = cases(check.id(), "clean");
        assert!(!cleans.is_empty(), "{} has no clean fixture", check.id());
        for case in cleans {
            for f in findings_of(check.id(), &case) {
                problems.push(format!("{}: {}", case.display(), f.message));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_check_is_documented_and_in_the_default_rules() {
    let default: toml::Table = toml::from_str(DEFAULT_RULES).unwrap();
    let checks = default["checks"].as_table().unwrap();
    for check in registry::all() {
        let doc = check.doc();
        let details = doc.details_text();
        for (section, text) in [
            ("summary", doc.summary),
            ("what it flags", doc.what_it_flags),
            ("why it matters", doc.why_it_matters),
            ("example", doc.example),
            ("options", doc.options),
            ("tuning", doc.tuning),
            ("details", details.as_str()),
        ] {
            assert!(text.len() > 10, "{}: {section} is empty", check.id());
        }
        let entry = checks
            .get(check.id())
            .unwrap_or_else(|| panic!("{} is not in rules/default.toml", check.id()));
        assert_eq!(
            entry["severity"].as_str().unwrap(),
            check.default_severity().as_str(),
            "{}: default severity in rules/default.toml matches the code",
            check.id()
        );
    }
    for id in checks.keys() {
        assert!(
            registry::get(id).is_some(),
            "rules/default.toml configures unknown check {id}"
        );
    }
}

#[test]
fn rules_readme_documents_every_key() {
    let readme = std::fs::read_to_string("rules/README.md").unwrap();
    let default: toml::Table = toml::from_str(DEFAULT_RULES).unwrap();
    let mut missing = Vec::new();
    for (table, value) in &default {
        assert!(
            readme.contains(&format!("[{table}")),
            "rules/README.md lacks [{table}]"
        );
        for (key, inner) in value.as_table().unwrap() {
            if table == "checks" {
                for option in inner.as_table().unwrap().keys() {
                    if !readme.contains(&format!("`{option}`")) {
                        missing.push(format!("checks.{key}.{option}"));
                    }
                }
                if !readme.contains(&format!("`[checks.{key}]`")) {
                    missing.push(format!("checks.{key}"));
                }
            } else if !readme.contains(&format!("`{key}`")) {
                missing.push(format!("{table}.{key}"));
            }
        }
    }
    assert!(missing.is_empty(), "undocumented keys: {missing:?}");
}

#[test]
fn readme_lists_every_check_with_its_summary() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    for check in registry::all() {
        let row = format!(
            "| `{}` | {} | {} | {} |",
            check.id(),
            check.category().as_str(),
            check.default_severity().as_str(),
            check.doc().summary
        );
        assert!(readme.contains(&row), "README.md lacks the row: {row}");
    }
}

/// Figures pair by the words around them before any is set aside as agreeing with another
/// figure: "over 560 injured" meets "over 460 injured", never "64 dead".
#[test]
fn figures_pair_by_the_words_next_to_them() {
    let case = Path::new(FIXTURES).join("figure-mismatch/hit-paired-by-words");
    let pairs: Vec<Vec<String>> = findings_of("figure-mismatch", &case)
        .iter()
        .map(|f| f.evidence.iter().map(|e| e.text.clone()).collect())
        .collect();
    assert!(
        pairs.contains(&vec!["over 560".to_string(), "over 460".to_string()]),
        "{pairs:?}"
    );
    assert!(
        pairs
            .iter()
            .all(|p| !p.contains(&"64".to_string()) || p.contains(&"at least 77".to_string())),
        "{pairs:?}"
    );
}

/// A count that grows as news comes in, higher in the article published later, may be an
/// update: the finding stays (an editor must know one article is out of date) but says so and
/// takes `update_severity`. Same day, no dates, or a lower count later: a plain disagreement.
#[test]
fn a_higher_toll_published_later_may_be_an_update() {
    use factdiff::findings::Severity;
    let case = Path::new(FIXTURES).join("figure-mismatch/hit-running-total-update");
    let run = |options: &LoadOptions, rules: &factdiff::config::RuleSet| {
        let articles = load_paths(std::slice::from_ref(&case), options).unwrap();
        factdiff::analyze(articles, rules, AlignMode::Fast)
            .findings
            .into_iter()
            .filter(|f| f.check == "figure-mismatch")
            .collect::<Vec<_>>()
    };
    let rules = load_rules(&RuleSources::default()).unwrap();
    let dated = run(&LoadOptions::default(), &rules);
    assert_eq!(dated.len(), 1, "{dated:?}");
    assert_eq!(dated[0].severity, Severity::Warning);
    assert!(
        dated[0]
            .message
            .contains("published later (2025-10-15, the other 2025-10-14)"),
        "{}",
        dated[0].message
    );
    // one publication date for both: nothing says which came first
    let same_day = LoadOptions {
        published: chrono::NaiveDate::from_ymd_opt(2025, 10, 15),
        ..LoadOptions::default()
    };
    let plain = run(&same_day, &rules);
    assert_eq!(plain.len(), 1);
    assert_eq!(plain[0].severity, Severity::Error);
    assert!(!plain[0].message.contains("later"), "{}", plain[0].message);
    // the rule set turns it off
    let off = rules_with("[checks.figure-mismatch]\nrunning_totals = []\n");
    let plain = run(&LoadOptions::default(), &off);
    assert_eq!(plain[0].severity, Severity::Error);
    // the later article with the lower count: no update, a disagreement
    let articles: Vec<factdiff::input::Article> = [
        ("a", "The floods have killed 19 people, officials said.", 14),
        (
            "b",
            "The floods have now killed 12 people, officials said.",
            15,
        ),
    ]
    .into_iter()
    .map(|(id, text, day)| {
        let mut article = factdiff::input::Article::from_text(id, text);
        article.published = chrono::NaiveDate::from_ymd_opt(2025, 10, day);
        article
    })
    .collect();
    let lower_later: Vec<Finding> = factdiff::analyze(articles, &rules, AlignMode::Fast)
        .findings
        .into_iter()
        .filter(|f| f.check == "figure-mismatch")
        .collect();
    assert_eq!(lower_later.len(), 1, "{lower_later:?}");
    assert_eq!(lower_later[0].severity, Severity::Error);
}

/// Two readings of something that moves ("jumped 6%", "rose 3.8%") whose sentences share
/// no date and no other figure may be two moments: the finding stays, says so, and takes
/// `moving_severity`. Tied to one day, or a count that does not move, it is a plain
/// disagreement.
#[test]
fn readings_of_something_that_moves_tied_to_no_moment_are_warnings() {
    use factdiff::findings::Severity;
    let rules = load_rules(&RuleSources::default()).unwrap();
    let case = Path::new(FIXTURES).join("figure-mismatch/hit-moving-readings-untied");
    let untied = findings_of("figure-mismatch", &case);
    assert_eq!(untied.len(), 1, "{untied:?}");
    assert_eq!(untied[0].severity, Severity::Warning);
    assert!(
        untied[0].message.contains("perhaps two moments"),
        "{}",
        untied[0].message
    );
    let run = |texts: [&str; 2], rules: &factdiff::config::RuleSet| {
        findings_of_texts("figure-mismatch", &texts, rules)
    };
    // one date named in full ties the two moves to one day
    let tied = run(
        [
            "Shares in Harbour Energy jumped 6% on 3 March 2025 after the company said its \
oilfield held more crude.",
            "Shares in Harbour Energy rose 3.8% on 3 March 2025 after the company said its \
oilfield held more crude.",
        ],
        &rules,
    );
    assert_eq!(tied.len(), 1, "{tied:?}");
    assert_eq!(tied[0].severity, Severity::Error);
    assert!(!tied[0].message.contains("moments"), "{}", tied[0].message);
    // so does one other figure stated the same way
    let same_close = run(
        [
            "Shares in Harbour Energy jumped 6% to 1,130 pence after the oilfield update.",
            "Shares in Harbour Energy rose 3.8% to 1,130 pence after the oilfield update.",
        ],
        &rules,
    );
    assert_eq!(same_close.len(), 1, "{same_close:?}");
    assert_eq!(same_close[0].severity, Severity::Error);
    // a count of something that does not move is a plain disagreement
    let counts = run(
        [
            "The blast at the Harbour Energy refinery injured 31 workers, the company said.",
            "The blast at the Harbour Energy refinery injured 13 workers, the company said.",
        ],
        &rules,
    );
    assert_eq!(counts.len(), 1, "{counts:?}");
    assert_eq!(counts[0].severity, Severity::Error);
    // the rule set can keep such findings errors
    let strict = rules_with("[checks.figure-mismatch]\nmoving_severity = \"error\"\n");
    let untied_text = |f: &str| std::fs::read_to_string(case.join(f)).unwrap();
    let strict_run = run([&untied_text("a.txt"), &untied_text("b.txt")], &strict);
    assert_eq!(strict_run.len(), 1);
    assert_eq!(strict_run[0].severity, Severity::Error);
}

/// The default rule set with `toml` layered over it.
fn rules_with(toml: &str) -> factdiff::config::RuleSet {
    factdiff::config::RuleSet::layered(DEFAULT_RULES, &[(PathBuf::from("extra.toml"), toml.into())])
        .unwrap()
}

/// The findings of check `id` on articles of the given texts (`a0`, `a1`, ...), no publication
/// dates.
fn findings_of_texts(id: &str, texts: &[&str], rules: &factdiff::config::RuleSet) -> Vec<Finding> {
    let articles = texts
        .iter()
        .enumerate()
        .map(|(i, t)| factdiff::input::Article::from_text(&format!("a{i}"), t))
        .collect();
    factdiff::analyze(articles, rules, AlignMode::Fast)
        .findings
        .into_iter()
        .filter(|f| f.check == id)
        .collect()
}

/// Two figures that each belong to a different name, neither named in the other sentence,
/// are more likely two subjects' figures than one fact told two ways: the finding says so and
/// is info at most (`holders_severity`). One name, or a name the other sentence also gives,
/// leaves the finding an error; so does the option.
#[test]
fn figures_of_two_different_names_are_at_most_info() {
    use factdiff::findings::Severity;
    let rules = load_rules(&RuleSources::default()).unwrap();
    let figures = |a: &str, b: &str| findings_of_texts("figure-mismatch", &[a, b], &rules);
    let two_champions = figures(
        "Olympic 100m champion Dara Whitlock will race over 60m at the indoor meeting in \
Glasgow on Saturday.",
        "Olympic 10,000m champion Tomas Reyes will race over two miles at the indoor meeting \
in Glasgow on Saturday.",
    );
    assert_eq!(two_champions.len(), 1, "{two_champions:?}");
    assert_eq!(two_champions[0].severity, Severity::Info);
    assert!(
        two_champions[0]
            .message
            .contains("(\"Dara Whitlock\", \"Tomas Reyes\")"),
        "{}",
        two_champions[0].message
    );
    let two_bans = figures(
        "Sprinter Dara Whitlock has received an eight-year ban for doping offences after a \
hearing in Lausanne.",
        "Former European champion Tomas Reyes is serving a two-year ban for doping offences \
after a hearing in Lausanne.",
    );
    assert_eq!(two_bans.len(), 1, "{two_bans:?}");
    assert_eq!(two_bans[0].severity, Severity::Info);
    // one sprinter's ban told two ways is a disagreement
    let one_ban = figures(
        "Sprinter Dara Whitlock has received an eight-year ban for doping offences after a \
hearing in Lausanne.",
        "Sprinter Dara Whitlock has received a two-year ban for doping offences after a \
hearing in Lausanne.",
    );
    assert_eq!(one_ban.len(), 1, "{one_ban:?}");
    assert_eq!(one_ban[0].severity, Severity::Error);
    assert!(
        !one_ban[0].message.contains("subjects"),
        "{}",
        one_ban[0].message
    );
    // a name the other sentence gives too may be the same subject seen from the other side
    let both_named = figures(
        "Dara Whitlock beat Tomas Reyes by 12 points in the Lausanne final on Saturday.",
        "Tomas Reyes lost to Dara Whitlock by 21 points in the Lausanne final on Saturday.",
    );
    assert!(
        !both_named.is_empty() && both_named.iter().all(|f| f.severity == Severity::Error),
        "{both_named:?}"
    );
    // a name across a comma is not what the figure belongs to
    let across_clause = figures(
        "After the hearing in Lausanne, Whitlock's coach said the ban covers eight years.",
        "After the hearing in Lausanne, the panel said the ban covers two years.",
    );
    assert!(
        !across_clause.is_empty()
            && across_clause
                .iter()
                .all(|f| !f.message.contains("subjects")),
        "{across_clause:?}"
    );
    let strict = rules_with("[checks.figure-mismatch]\nholders_severity = \"error\"\n");
    let kept = findings_of_texts(
        "figure-mismatch",
        &[
            "Sprinter Dara Whitlock has received an eight-year ban for doping offences after a \
hearing in Lausanne.",
            "Former European champion Tomas Reyes is serving a two-year ban for doping offences \
after a hearing in Lausanne.",
        ],
        &strict,
    );
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(kept[0].severity, Severity::Error);
}

/// Dates are anchored the same way: two dates of two different names ("on sale in Japan on
/// Sunday" vs "on sale in Canada on Thursday") are at most info; one place, two days, stays
/// a warning.
#[test]
fn dates_of_two_different_names_are_at_most_info() {
    use factdiff::findings::Severity;
    let rules = load_rules(&RuleSources::default()).unwrap();
    let dates = |a: &str, b: &str| findings_of_texts("date-mismatch", &[a, b], &rules);
    let two_launches = dates(
        "The new handheld console from Sony went on sale in Japan on Sunday, the company said.",
        "The new handheld console from Sony goes on sale in Canada on Thursday, the company said.",
    );
    assert_eq!(two_launches.len(), 1, "{two_launches:?}");
    assert_eq!(two_launches[0].severity, Severity::Info);
    assert!(
        two_launches[0].message.contains("(\"Japan\", \"Canada\")"),
        "{}",
        two_launches[0].message
    );
    let one_launch = dates(
        "The new handheld console from Sony went on sale in Japan on Sunday, the company said.",
        "The new handheld console from Sony goes on sale in Japan on Thursday, the company said.",
    );
    assert_eq!(one_launch.len(), 1, "{one_launch:?}");
    assert_eq!(one_launch[0].severity, Severity::Warning);
}

/// Two quotes of one speaker whose words mostly differ, on both sides, are more likely two
/// remarks than one misquoted: at most info (`remarks_severity`). A changed word or two in
/// one remark stays an error.
#[test]
fn quotes_that_mostly_differ_are_perhaps_two_remarks() {
    use factdiff::findings::Severity;
    let rules = load_rules(&RuleSources::default()).unwrap();
    let quotes = |a: &str, b: &str| findings_of_texts("quote-mismatch", &[a, b], &rules);
    let two_remarks = quotes(
        "\"Yet again the council and its leader have failed to answer the one question that \
matters in this plan - which services will they cut to close the £3m gap in their accounts?\" \
said Ann Marlow.",
        "\"He simply failed to say which services he would cut to close the hole in his budget \
accounts,\" said Ann Marlow.",
    );
    assert_eq!(two_remarks.len(), 1, "{two_remarks:?}");
    assert_eq!(two_remarks[0].severity, Severity::Info);
    assert!(
        two_remarks[0].message.contains("perhaps two remarks"),
        "{}",
        two_remarks[0].message
    );
    let misquoted = quotes(
        "\"The minister has failed to say which taxes will go up to fill the gap in her plans,\" \
said Ann Marlow.",
        "\"The minister has failed to say which taxes will go up to fill the hole in her plans,\" \
said Ann Marlow.",
    );
    assert_eq!(misquoted.len(), 1, "{misquoted:?}");
    assert_eq!(misquoted[0].severity, Severity::Error);
    assert!(
        !misquoted[0].message.contains("remarks"),
        "{}",
        misquoted[0].message
    );
}

/// A day resolved against one article's date ("earlier in the day" in an article of Friday
/// 9 September 2016) against a weekday named in an article with no date ("on Monday"): the
/// day is not that weekday. The same weekday, or a day off after "today", agrees.
#[test]
fn a_resolved_day_is_compared_with_a_weekday_of_an_undated_article() {
    let rules = load_rules(&RuleSources::default()).unwrap();
    let dated = |a: &str, b: &str| -> Vec<Finding> {
        let articles = [
            ("a0", a, chrono::NaiveDate::from_ymd_opt(2016, 9, 9)),
            ("a1", b, None),
        ]
        .into_iter()
        .map(|(id, text, published)| {
            let mut article = factdiff::input::Article::from_text(id, text);
            article.published = published;
            article
        })
        .collect();
        factdiff::analyze(articles, &rules, AlignMode::Fast)
            .findings
            .into_iter()
            .filter(|f| f.check == "date-mismatch")
            .collect()
    };
    let copied = dated(
        "Talks earlier in the day between the two presidents at the summit in Lisbon failed \
to make headway.",
        "Talks on Monday between the two presidents at the summit in Lisbon failed to make \
headway.",
    );
    assert_eq!(copied.len(), 1, "{copied:?}");
    assert!(
        copied[0].message.contains("\"Monday\""),
        "{}",
        copied[0].message
    );
    // 9 September 2016 was a Friday
    assert!(
        dated(
            "Talks earlier in the day between the two presidents at the summit in Lisbon \
failed to make headway.",
            "Talks on Friday between the two presidents at the summit in Lisbon failed to make \
headway.",
        )
        .is_empty()
    );
    // "today" may be a day off: Thursday's talks written up after midnight
    assert!(
        dated(
            "Talks today between the two presidents at the summit in Lisbon failed to make \
headway.",
            "Talks on Thursday between the two presidents at the summit in Lisbon failed to \
make headway.",
        )
        .is_empty()
    );
}

/// Durations in different units far apart measure different spans: a race time in minutes
/// and the years a record has stood are not compared; "18 months" and "three years" are.
#[test]
fn durations_of_different_scales_are_different_spans() {
    let rules = load_rules(&RuleSources::default()).unwrap();
    let figures = |a: &str, b: &str| findings_of_texts("figure-mismatch", &[a, b], &rules);
    assert!(
        figures(
            "Her winning time of three minutes was short of the indoor mile record set by \
Okafor.",
            "She missed the indoor mile record, which Okafor has held for the last eight years.",
        )
        .is_empty()
    );
    let close = figures(
        "The inquiry into the indoor mile record lasted 18 months, the federation said.",
        "The inquiry into the indoor mile record lasted three years, the federation said.",
    );
    assert_eq!(close.len(), 1, "{close:?}");
}

/// A converted amount in brackets ("$900m (£479m)") is the amount it converts: two
/// conversions of amounts that disagree are not a second finding, and two conversions of one
/// amount are compared only for a slip wider than exchange rates move ("£940 million" vs
/// "£94 million" for "$1.8 billion"; clean-conversion-rate holds one within them).
#[test]
fn a_conversion_is_the_amount_it_converts() {
    let once = findings_of(
        "figure-mismatch",
        &Path::new(FIXTURES).join("figure-mismatch/hit-converted-once"),
    );
    assert_eq!(once.len(), 1, "{once:?}");
    assert_eq!(once[0].evidence[0].text, "$900m");
    let slip = findings_of(
        "figure-mismatch",
        &Path::new(FIXTURES).join("figure-mismatch/hit-conversion-slip"),
    );
    assert_eq!(slip.len(), 1, "{slip:?}");
    assert!(
        slip[0]
            .message
            .starts_with("\"$1.8 billion\" is converted differently: \"£940 million\""),
        "{}",
        slip[0].message
    );
}

#[test]
fn a_range_written_high_end_first_is_a_finding_of_its_own() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Organisers said between 42,000 and 15,000 people marched through Kelby on Saturday.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "A large crowd marched through Kelby on Saturday, the organisers said.\n",
    )
    .unwrap();
    let found = findings_of("figure-mismatch", dir.path());
    assert_eq!(found.len(), 1, "{found:#?}");
    let f = &found[0];
    assert_eq!(f.severity, factdiff::findings::Severity::Warning);
    assert!(f.message.contains("high end first"), "{}", f.message);
    assert_eq!(f.evidence.len(), 1);
    assert_eq!(f.evidence[0].text, "between 42,000 and 15,000");
    // Written low to high, or as a fall from one figure to another, it is no finding.
    std::fs::write(
        dir.path().join("a.txt"),
        "Organisers said between 15,000 and 42,000 people marched, up from 20,000 to 9,000 last year.\n",
    )
    .unwrap();
    assert!(findings_of("figure-mismatch", dir.path()).is_empty());
}
