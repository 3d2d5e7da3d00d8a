use super::case_index::CaseIndex;
use super::content::share_content_words;
use super::organisations::titled_by_body;
use crate::align::AlignMode;
use crate::checks::load_rules;
use crate::config::RuleSources;
use crate::findings::Finding;
use crate::input::Article;

/// The check's findings on a cluster of two articles.
fn findings(a: &str, b: &str) -> Vec<Finding> {
    let rules = load_rules(&RuleSources::default()).unwrap();
    let articles = vec![Article::from_text("a", a), Article::from_text("b", b)];
    crate::analyze(articles, &rules, AlignMode::Fast)
        .findings
        .into_iter()
        .filter(|f| f.check == "attribution-mismatch")
        .collect()
}

#[test]
fn two_pronouns_resolved_to_different_people_are_no_misattribution() {
    let a = "Mayor Ada Finch toured the harbour on Monday.\n\
             \"The new pier will open to ferries in the spring,\" she said after the tour.";
    let b = "Harbour master Tom Greel showed visitors around the harbour on Monday.\n\
             \"The new pier will open to ferries in the spring,\" he said after the tour.";
    assert!(findings(a, b).is_empty());
    // A name on one side still compares with the other's pronoun.
    let named = "Harbour master Tom Greel showed visitors around the harbour on Monday.\n\
                 \"The new pier will open to ferries in the spring,\" Greel said after the tour.";
    let one = findings(a, named);
    assert_eq!(one.len(), 1);
    // ... but the pronoun is resolved from the sentence before it, a guess: the finding says
    // so and is at most `unsure_severity` (info).
    assert_eq!(one[0].severity, crate::findings::Severity::Info);
    assert!(
        one[0]
            .message
            .contains("\"she\" is read from the sentences before it"),
        "{}",
        one[0].message
    );
    // Two named speakers: the check's own severity.
    let named_a = "Mayor Ada Finch toured the harbour on Monday.\n\
                   \"The new pier will open to ferries in the spring,\" Finch said after the tour.";
    let both = findings(named_a, named);
    assert_eq!(both.len(), 1);
    assert_eq!(both[0].severity, crate::findings::Severity::Error);
    // The pronoun in the sentence a quotation continues from.
    let a = "Mayor Ada Finch toured the harbour on Monday.\n\
             \"We waited ten years for this,\" she said after the tour. \"The new pier will \
             open to ferries in the spring.\"";
    let b = "Harbour master Tom Greel showed visitors around the harbour on Monday.\n\
             \"We are proud of the crews,\" he said after the tour. \"The new pier will open \
             to ferries in the spring.\"";
    assert!(findings(a, b).is_empty(), "{:?}", findings(a, b));
}

#[test]
fn a_member_titled_by_the_body_speaks_for_it() {
    assert!(titled_by_body(
        "On Thursday, senior law lord ",
        "The Law Lords"
    ));
    assert!(titled_by_body("Harbour board member ", "the Harbour Board"));
    assert!(!titled_by_body(
        "The harbour board met. Mayor ",
        "the Harbour Board"
    ));
    assert!(!titled_by_body(
        "At the harbour board, Mayor ",
        "the Harbour Board"
    ));
    assert!(!titled_by_body(
        "Both the harbour board and Mayor ",
        "the Harbour Board"
    ));
    let a = "The harbour board met on Tuesday.\n\
             Harbour board member Ana Roe said the new pier would open to ferries in the spring.";
    let b = "The harbour board met on Tuesday.\n\
             The Harbour Board said the new pier would open to ferries in the spring.";
    assert!(findings(a, b).is_empty(), "{:?}", findings(a, b));
}

#[test]
fn quotes_that_share_only_a_name_and_function_words_are_two_quotes() {
    let a = "The harbour board met on Tuesday to review the Harbour Renewal Act.\n\
             \"The Harbour Renewal Act is working,\" Mayor Ada Finch said on Tuesday.";
    let b = "The harbour board met on Tuesday to review the Harbour Renewal Act.\n\
             \"It is true that some of the old piers do not qualify under the Harbour Renewal \
             Act,\" Councillor Nora Quist said on Tuesday.";
    assert!(findings(a, b).is_empty());
    assert!(!share_content_words(
        "The Harbour Renewal Act is working",
        "It is true that some of the old piers do not qualify under the Harbour Renewal Act"
    ));
    // A quote cut short keeps its content words.
    assert!(share_content_words(
        "the old piers do not qualify",
        "It is true that some of the old piers do not qualify under the Harbour Renewal Act"
    ));
    // One word in common is one remark only when it is all the shorter one says.
    assert!(!share_content_words(
        "it would merge departments",
        "firms added jobs in the departments last month"
    ));
    assert!(share_content_words("reckless", "a reckless plan"));
}

#[test]
fn a_common_word_opening_a_sentence_is_no_named_source() {
    let b = "Coast Road Traders said that the new toll will hurt small shops on the coast road.";
    let critics = "Critics say the new toll will hurt small shops on the coast road.\n\
                   One critic, a baker, spoke against the toll at the meeting.";
    assert!(findings(critics, b).is_empty());
    let rules = load_rules(&RuleSources::default()).unwrap();
    let docs = |text: &str| crate::read_documents(vec![Article::from_text("a", text)], &rules);
    let common_word =
        |word: &str, docs: &[crate::extract::Document]| CaseIndex::new(docs).is_common_word(word);
    assert!(common_word("Critics", &docs(critics)));
    // Only a lower-case form inside a sentence tells a common word.
    assert!(!common_word(
        "Critics",
        &docs("Critics say the toll is too high.")
    ));
    // A name is written with a capital inside a sentence too, whatever else it means.
    let rose = "Rose says the toll is too high.\nA rose garden lines the road.\n\
                The mayor agreed with Rose.";
    assert!(!common_word("Rose", &docs(rose)));
    // Initials are a name.
    assert!(!common_word(
        "NATO",
        &docs("NATO says the toll is fine.\nThe nato base.")
    ));
}

#[test]
fn a_person_against_an_organisation_may_be_its_speaker() {
    // A party's leader and the party make one accusation: nothing in the text says they are
    // two sources, nor one. The finding stays, says so, and is at most `unsure_severity`.
    let a = "The harbour vote split the council on Monday.\n\
             Green leader Ada Finch accused the mayor of \"selling the harbour to the highest bidder\".";
    let b = "The harbour vote split the council on Monday.\n\
             The Greens accused the mayor of \"selling the harbour to the highest bidder\".";
    let found = findings(a, b);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].severity, crate::findings::Severity::Info);
    assert!(
        found[0].message.contains("a person and an organisation"),
        "{}",
        found[0].message
    );
    // Two people: the check's own severity.
    let c = "The harbour vote split the council on Monday.\n\
             Councillor Tom Greel accused the mayor of \"selling the harbour to the highest bidder\".";
    let two = findings(a, c);
    assert_eq!(two.len(), 1, "{two:?}");
    assert_eq!(two[0].severity, crate::findings::Severity::Error);
}
