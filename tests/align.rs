//! Sentence alignment: what links, what does not, and fast mode against the exhaustive
//! reference. Fixtures are written here; the only corpus used is the bundled demo cluster.

use chrono::NaiveDate;
use factdiff::align::{self, AlignMode, Alignment, SentenceRef};
use factdiff::config::RuleSet;
use factdiff::extract::Document;
use factdiff::input::{Article, LoadOptions, load_paths};

fn documents(articles: &[(&str, &str)]) -> Vec<Document> {
    let rules = RuleSet::embedded();
    let articles = articles
        .iter()
        .map(|(id, text)| Article::from_text(id, text))
        .collect();
    factdiff::read_documents(articles, &rules)
}

fn align_both(docs: &[Document]) -> Alignment {
    let rules = RuleSet::embedded().align;
    let fast = align::align(docs, &rules, AlignMode::Fast);
    let exhaustive = align::align(docs, &rules, AlignMode::Exhaustive);
    assert_eq!(fast.pairs, exhaustive.pairs, "fast and exhaustive disagree");
    fast
}

/// The links as (text, text), each pair and the list sorted: independent of article order.
fn linked_texts(docs: &[Document], alignment: &Alignment) -> Vec<(String, String)> {
    let text = |s: SentenceRef| docs[s.document].sentence_text(s.sentence).to_string();
    let mut out: Vec<(String, String)> = alignment
        .pairs
        .iter()
        .map(|p| {
            let (a, b) = (text(p.a), text(p.b));
            if a < b { (a, b) } else { (b, a) }
        })
        .collect();
    out.sort();
    out
}

fn linked(docs: &[Document], alignment: &Alignment, a: &str, b: &str) -> bool {
    linked_texts(docs, alignment)
        .iter()
        .any(|(x, y)| (x.contains(a) && y.contains(b)) || (x.contains(b) && y.contains(a)))
}

const WIRE: &str = "Flood waters forced the evacuation of Riverton hospital on Tuesday morning.
Governor Alice Marsh declared a state of emergency across Halden county.
The Calder river peaked at nine metres, engineers at the Dunmore dam said.
Volunteers filled sandbags outside the Riverton library until midnight.
";

const LOCAL: &str = "Volunteers were filling sandbags outside Riverton's library until midnight.
The Calder peaked at 8.5 metres, according to engineers at the Dunmore dam.
Riverton hospital was evacuated on Tuesday morning as flood waters rose.
Halden county is now under a state of emergency, Governor Alice Marsh declared.
";

const RADIO: &str = "Governor Alice Marsh has declared a state of emergency in Halden county.
Engineers at the Dunmore dam said the Calder river peaked at nine metres.
Flood waters forced Riverton hospital to evacuate on Tuesday morning.
";

#[test]
fn reordered_outlets_link_the_same_facts_whatever_the_order() {
    let docs = documents(&[("wire", WIRE), ("local", LOCAL), ("radio", RADIO)]);
    let alignment = align_both(&docs);
    for (a, b) in [
        (
            "evacuation of Riverton hospital",
            "Riverton hospital was evacuated",
        ),
        (
            "evacuation of Riverton hospital",
            "Riverton hospital to evacuate",
        ),
        (
            "Governor Alice Marsh declared",
            "Halden county is now under",
        ),
        (
            "Governor Alice Marsh has declared",
            "Halden county is now under",
        ),
        (
            "Volunteers filled sandbags",
            "Volunteers were filling sandbags",
        ),
        ("river peaked at nine", "Calder peaked at 8.5"),
    ] {
        assert!(linked(&docs, &alignment, a, b), "{a} / {b} not linked");
    }
    // Four facts: four fact groups, each across the outlets that report it.
    let groups = alignment.fact_groups();
    assert_eq!(groups.len(), 4, "{groups:?}");
    assert!(groups.iter().all(|g| g.len() >= 2));

    // The same cluster in another article order gives the same links and groups.
    let reordered = documents(&[("radio", RADIO), ("local", LOCAL), ("wire", WIRE)]);
    let again = align_both(&reordered);
    assert_eq!(
        linked_texts(&docs, &alignment),
        linked_texts(&reordered, &again)
    );
    assert_eq!(again.fact_groups().len(), 4);
}

#[test]
fn one_sentence_links_to_the_two_it_was_split_into() {
    let merged = "Police arrested the Kellerman brothers in Oldbury on Friday, and the stolen Vermeer was recovered from a garage in Pell Street.";
    let split = "Police arrested the Kellerman brothers in Oldbury on Friday.\nThe stolen Vermeer was recovered from a garage in Pell Street, detectives said.";
    let docs = documents(&[("merged", merged), ("split", split)]);
    let alignment = align_both(&docs);
    assert!(linked(
        &docs,
        &alignment,
        "and the stolen Vermeer",
        "Kellerman brothers in Oldbury on Friday."
    ));
    assert!(linked(
        &docs,
        &alignment,
        "and the stolen Vermeer",
        "detectives said"
    ));
    let groups = alignment.fact_groups();
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].len(), 3);
}

#[test]
fn a_disagreeing_figure_or_date_still_aligns() {
    let a =
        "The nearly six-year war in Syria has killed more than 400,000 people since March 2011.";
    let b = "The five-year war in Syria has killed 300,000 people since April 2011.";
    let docs = documents(&[("a", a), ("b", b)]);
    let alignment = align_both(&docs);
    assert_eq!(alignment.pairs.len(), 1);
    assert!(alignment.pairs[0].score > 0.8, "{:?}", alignment.pairs);
}

#[test]
fn a_speaker_weight_below_one_aligns_a_statement_whose_speaker_differs() {
    // One statement, two ways of naming who made it: with the speaker's words weighed down
    // (`speaker_weight` 0.5) the pair aligns; at the default (1) it does not.
    let a = "Smugglers in a van chased down a pickup carrying other smugglers and migrants, \
             said Pinal County Sheriff Roger Vanderpool.";
    let b = "People in a van chased down a pickup believed to be carrying migrants, said \
             Henrik Lindqvist.";
    let docs = documents(&[("a", a), ("b", b)]);
    let score = |rules: &factdiff::config::AlignRules| {
        let any = factdiff::config::AlignRules {
            threshold: 0.0,
            ..rules.clone()
        };
        let alignment = align::align(&docs, &any, AlignMode::Exhaustive);
        alignment.pairs.first().map_or(0.0, |p| p.score)
    };
    let as_names = RuleSet::embedded().align;
    assert_eq!(as_names.speaker_weight, 1.0);
    let rules = factdiff::config::AlignRules {
        speaker_weight: 0.5,
        ..as_names.clone()
    };
    let (speakers, names) = (score(&rules), score(&as_names));
    assert!(speakers >= rules.threshold, "{speakers} vs {names}");
    assert!(names < rules.threshold, "{speakers} vs {names}");
    // Words outside a speaker's span keep their weight: "Vanderpool" in the content.
    let c = "Sheriff Roger Vanderpool chased down a pickup carrying migrants in a van.";
    let terms = factdiff::align::content_terms(c);
    assert!(terms.iter().all(|t| !t.in_speaker), "{terms:?}");
}

#[test]
fn a_specific_figure_both_state_lifts_a_reworded_pair_over_the_threshold() {
    // The words alone fall short of the threshold; "$41.7 million" in both adds
    // `figure_bonus`. A figure that recurs by chance ("6%") adds nothing.
    let pair = |figure: &str| {
        [
            format!(
                "The regional airline reported a quarterly loss of {figure}, its chief \
                 executive told shareholders."
            ),
            format!("Shareholders heard that the carrier lost {figure} in the quarter."),
        ]
    };
    let [a, b] = pair("$41.7 million");
    let docs = documents(&[("a", &a), ("b", &b)]);
    let rules = RuleSet::embedded().align;
    assert!(rules.figure_bonus > 0.0);
    let without = factdiff::config::AlignRules {
        figure_bonus: 0.0,
        ..rules.clone()
    };
    assert!(
        align::align(&docs, &without, AlignMode::Exhaustive)
            .pairs
            .is_empty()
    );
    let with = align_both(&docs);
    assert_eq!(with.pairs.len(), 1, "{:?}", with.pairs);
    let [a, b] = pair("6%");
    let docs = documents(&[("a", &a), ("b", &b)]);
    assert!(align_both(&docs).pairs.is_empty());
}

#[test]
fn a_day_both_name_lifts_a_reworded_pair_over_the_threshold() {
    // "March 18" and "18 March" name one day: as specific as a figure. A weekday or a month
    // alone recurs by chance and adds nothing.
    let pair = |a_day: &str, b_day: &str| {
        [
            format!(
                "The regional airline reported a quarterly loss on {a_day}, its chief \
                 executive told shareholders."
            ),
            format!("Shareholders heard on {b_day} that the carrier lost money in the quarter."),
        ]
    };
    let [a, b] = pair("March 18", "18 March");
    let docs = documents(&[("a", &a), ("b", &b)]);
    let without = factdiff::config::AlignRules {
        figure_bonus: 0.0,
        ..RuleSet::embedded().align
    };
    assert!(
        align::align(&docs, &without, AlignMode::Exhaustive)
            .pairs
            .is_empty()
    );
    assert_eq!(align_both(&docs).pairs.len(), 1);
    for (x, y) in [
        ("Monday", "Monday"),
        ("March", "March"),
        ("March 18", "March 19"),
    ] {
        let [a, b] = pair(x, y);
        let docs = documents(&[("a", &a), ("b", &b)]);
        assert!(align_both(&docs).pairs.is_empty(), "{x} / {y}");
    }
}

#[test]
fn a_sentence_with_its_own_counterpart_is_not_linked_to_its_neighbours() {
    // Two versions of one article: each index sentence has its identical counterpart, and
    // is not also linked to the other index's sentence (whose figures differ).
    let text = "The BDO optimism index, a leading indicator of growth two quarters ahead, \
                edged up in January to 102.5, from 102.2 in October.\n\
                The BDO output index, which predicts growth a quarter ahead, remained at 100.8 \
                for January, the BDO said.\n";
    let docs = documents(&[("a", text), ("b", text)]);
    let alignment = align_both(&docs);
    let links: Vec<(usize, usize)> = alignment
        .pairs
        .iter()
        .map(|p| (p.a.sentence, p.b.sentence))
        .collect();
    assert_eq!(links, vec![(0, 0), (1, 1)], "{:?}", alignment.pairs);
    // With no margin for rivals, the neighbours link too: the rule is what keeps them apart.
    let rules = factdiff::config::AlignRules {
        rival_margin: 1.0,
        ..RuleSet::embedded().align
    };
    let loose = align::align(&docs, &rules, AlignMode::Exhaustive);
    assert!(loose.pairs.len() > 2, "{:?}", loose.pairs);
}

#[test]
fn a_word_misspelled_in_one_outlet_counts_as_the_other_outlets_word() {
    // "report" and "reoport", "Guangdong" and "Guandong" each appear once: they must be read
    // as one term, not swapped for each other.
    let a = "The outbreak began in November in Guangdong province, but the provincial \
             government refused to report truthfully about its spread for four months.";
    let b = "The outbreak began in Guandong province in November, but the party refused \
             to reoport truthfully about its spread for four months.";
    let exact = b
        .replace("reoport", "report")
        .replace("Guandong", "Guangdong");
    let score = |b: &str| {
        let docs = documents(&[("a", a), ("b", b)]);
        let alignment = align_both(&docs);
        alignment.pairs.first().map_or(0.0, |p| p.score)
    };
    let (misspelled, spelled) = (score(b), score(&exact));
    assert!(misspelled > 0.3, "{misspelled}");
    assert!(
        (misspelled - spelled).abs() < 0.05,
        "{misspelled} vs {spelled}"
    );
}

#[test]
fn boilerplate_and_headline_overlap_do_not_align() {
    let a = "Russia losing patience with US over Syria
2 min read
Share this article
Moscow accused Washington of shielding militants near Aleppo, the defence ministry said.
Russia is losing patience, a Kremlin aide told state television on Monday evening.
Agencies contributed to this report.
";
    let b = "Russia losing patience with US over Syria
2 min read
Share this article
Washington denied shielding militants near Aleppo, the State Department said.
Patience with the process is wearing thin among European diplomats, who want new sanctions.
Agencies contributed to this report.
";
    let docs = documents(&[("a", a), ("b", b)]);
    let alignment = align_both(&docs);
    // The shared headline and boilerplate lines never align; nor do the two sentences that
    // share only "patience" with the headline.
    assert!(!linked(
        &docs,
        &alignment,
        "Russia losing patience with US",
        "Russia losing patience with US"
    ));
    assert!(!linked(&docs, &alignment, "Share this", "Share this"));
    assert!(!linked(
        &docs,
        &alignment,
        "Agencies contributed",
        "Agencies contributed"
    ));
    assert!(!linked(
        &docs,
        &alignment,
        "Kremlin aide",
        "European diplomats"
    ));
    // The one real counterpart still links.
    assert!(linked(
        &docs,
        &alignment,
        "accused Washington of shielding",
        "denied shielding militants"
    ));
    assert_eq!(
        alignment.pairs.len(),
        1,
        "{:?}",
        linked_texts(&docs, &alignment)
    );
}

#[test]
fn june_press_tv_article_does_not_align_with_september_remarks() {
    let paths = vec![std::path::PathBuf::from("corpus/syria-2016-09")];
    let articles = load_paths(&paths, &LoadOptions::default()).unwrap();
    let rules = RuleSet::embedded();
    let docs = factdiff::read_documents(articles, &rules);
    let june = docs
        .iter()
        .position(|d| d.article.outlet.as_deref() == Some("Press TV"))
        .expect("the Press TV article");
    let alignment = align_both(&docs);
    assert!(!alignment.pairs.is_empty());
    let touching: Vec<_> = alignment
        .pairs
        .iter()
        .filter(|p| p.a.document == june || p.b.document == june)
        .collect();
    assert!(touching.is_empty(), "{touching:?}");
}

#[test]
fn articles_months_apart_align_only_on_the_same_wording() {
    let june = "Russia warned that its patience with Washington over Syria was running thin.
Defence minister Sergei Shoigu said coordinates of Nusra positions had been handed to the Pentagon.
";
    let september =
        "Washington warned Moscow that US patience over the bombing of Aleppo was running thin.
Defence minister Sergei Shoigu said coordinates of Nusra positions had been handed to the Pentagon.
";
    let mut docs = documents(&[("june", june), ("september", september)]);
    // Published the same week, the resembling warnings align.
    let near = align_both(&docs);
    assert!(linked(&docs, &near, "Russia warned", "Washington warned"));
    // Three months apart, only the sentence with the same wording does.
    docs[0].article.published = NaiveDate::from_ymd_opt(2016, 6, 21);
    docs[1].article.published = NaiveDate::from_ymd_opt(2016, 9, 9);
    let far = align_both(&docs);
    assert!(!linked(&docs, &far, "Russia warned", "Washington warned"));
    assert!(linked(&docs, &far, "Shoigu said", "Shoigu said"));
    assert_eq!(far.pairs.len(), 1);
}

/// Sentences drawn from a small vocabulary with a fixed seed: many partial overlaps, the
/// hard case for blocking.
fn synthetic_cluster(seed: u64, articles: usize, sentences: usize) -> Vec<Document> {
    const WORDS: &[&str] = &[
        "minister",
        "ceasefire",
        "Aleppo",
        "convoy",
        "hospital",
        "airstrike",
        "rebels",
        "talks",
        "Geneva",
        "Kerry",
        "Lavrov",
        "refugees",
        "border",
        "Turkey",
        "sanctions",
        "bombing",
        "civilians",
        "warplanes",
        "militants",
        "agreement",
        "humanitarian",
        "aid",
        "Damascus",
        "Moscow",
        "Washington",
        "opposition",
        "regime",
        "offensive",
        "siege",
        "truce",
        "violations",
        "monitors",
        "envoy",
        "Mistura",
        "Idlib",
        "Homs",
        "Kurdish",
        "forces",
        "coalition",
        "strikes",
        "casualties",
        "evacuation",
        "corridor",
        "deal",
    ];
    const FIGURES: [&str; 2] = ["$41.7 million", "1,873 people"];
    let mut state = seed | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let texts: Vec<(String, String)> = (0..articles)
        .map(|a| {
            let body: Vec<String> = (0..sentences)
                .map(|_| {
                    let n = 4 + (next() % 6) as usize;
                    let words: Vec<&str> = (0..n)
                        .map(|_| WORDS[(next() % WORDS.len() as u64) as usize])
                        .collect();
                    // One sentence in three states a figure: shared figures earn a bonus
                    // that blocking must account for.
                    match next() % 6 {
                        0 => format!("The {} of {}.", words.join(" "), FIGURES[0]),
                        1 => format!("The {} of {}.", words.join(" "), FIGURES[1]),
                        _ => format!("The {}.", words.join(" ")),
                    }
                })
                .collect();
            (format!("article{a}"), body.join(" "))
        })
        .collect();
    let refs: Vec<(&str, &str)> = texts
        .iter()
        .map(|(i, t)| (i.as_str(), t.as_str()))
        .collect();
    documents(&refs)
}

#[test]
fn fast_mode_finds_exactly_the_exhaustive_links_on_small_clusters() {
    for seed in 1..=6 {
        let docs = synthetic_cluster(seed, 2 + seed as usize, 25);
        let alignment = align_both(&docs);
        assert!(!alignment.pairs.is_empty(), "seed {seed}: no links at all");
    }
}

#[test]
fn fact_groups_do_not_depend_on_article_order() {
    let docs = synthetic_cluster(42, 5, 20);
    let groups_as_text = |docs: &[Document]| {
        let mut groups: Vec<Vec<String>> = align_both(docs)
            .fact_groups()
            .into_iter()
            .map(|g| {
                let mut texts: Vec<String> = g
                    .iter()
                    .map(|s| format!("{}:{}", docs[s.document].article.id, s.sentence))
                    .collect();
                texts.sort();
                texts
            })
            .collect();
        groups.sort();
        groups
    };
    let mut reversed = docs.clone();
    reversed.reverse();
    assert_eq!(groups_as_text(&docs), groups_as_text(&reversed));
}
