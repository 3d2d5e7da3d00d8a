use super::*;
use crate::config::Equivalences;

fn rel(a: &str, b: &str) -> QuoteRelation {
    relate_quotes(a, b, &Spellings::new(&Equivalences::default()))
}

#[test]
fn truncation_and_spelling_are_the_same_quote() {
    assert_eq!(
        rel(
            "We were lucky",
            "We were lucky the wind turned toward the water"
        ),
        QuoteRelation::Same
    );
    assert_eq!(
        rel(
            "a true cessation of hostilities",
            "a true cessation of hostilities - not what you’ve seen"
        ),
        QuoteRelation::Same
    );
    assert_eq!(
        rel(
            "every neighbourhood in Riverton",
            "every neighborhood in Riverton"
        ),
        QuoteRelation::Same
    );
    assert_eq!(
        rel(
            "We are on the verge ... of suspending the talks",
            "We are on the verge, frankly, of suspending the talks"
        ),
        QuoteRelation::Same
    );
}

#[test]
fn day_before_or_after_the_month_is_the_same_quote() {
    assert_eq!(
        rel(
            "the lessons we learned on 4 July changed the harbour",
            "the lessons we learned on July 4 changed the harbour"
        ),
        QuoteRelation::Same
    );
    let a = "the lessons we learned on 4 July changed the harbour";
    let b = "the lessons we learned on July 5 changed the harbour";
    let QuoteRelation::Changed { a: ra, b: rb } = rel(a, b) else {
        panic!("expected a change");
    };
    assert_eq!((&a[ra[0].clone()], &b[rb[0].clone()]), ("4", "5"));
    // A change that covers the reordered words gives one span over both.
    let a = "we learned on 4 July that the harbour was gone";
    let b = "we learned in autumn that the harbour was gone";
    let QuoteRelation::Changed { a: ra, .. } = rel(a, b) else {
        panic!("expected a change");
    };
    assert_eq!(&a[ra[0].clone()], "on 4 July");
}

#[test]
fn contraction_spoken_date_and_inner_truncation_are_the_same_quote() {
    assert_eq!(
        rel(
            "I think the harbour plan is going to pass",
            "I think the harbour plan's going to pass"
        ),
        QuoteRelation::Same
    );
    assert_eq!(
        rel(
            "what we saw on March the 3rd changed the town",
            "what we saw on March 3 changed the town"
        ),
        QuoteRelation::Same
    );
    // The shorter passage is the longer one's end, though its first word ("I") also
    // opens the longer one.
    assert_eq!(
        rel(
            "I can tell you I am leaving the council for good",
            "I am leaving the council for good"
        ),
        QuoteRelation::Same
    );
    // A word added inside is still a change, and "is" against a possessive is not dropped
    // when the noun has no "'s".
    assert!(matches!(
        rel(
            "I think the harbour plan is going to pass",
            "I think the harbour plan going to pass"
        ),
        QuoteRelation::Changed { .. }
    ));
    assert!(matches!(
        rel(
            "what we saw on March the 3rd changed the town",
            "what we saw on March 4 changed the town"
        ),
        QuoteRelation::Changed { .. }
    ));
}

#[test]
fn bracketed_words_replace_what_the_other_quotes() {
    assert_eq!(
        rel(
            "owners are entitled to these (pension) payments whatever happens",
            "owners are entitled to these retirement payments whatever happens"
        ),
        QuoteRelation::Same
    );
    assert!(matches!(
        rel(
            "owners are entitled to these pension payments whatever happens",
            "owners are entitled to these retirement payments whatever happens"
        ),
        QuoteRelation::Changed { .. }
    ));
}

#[test]
fn changed_word_inside_is_a_misquote() {
    let a = "We were lucky the wind turned toward the water";
    let b = "We were lucky the wind changed toward the water";
    let QuoteRelation::Changed { a: ra, b: rb } = rel(a, b) else {
        panic!("expected a change");
    };
    assert_eq!(&a[ra[0].clone()], "turned");
    assert_eq!(&b[rb[0].clone()], "changed");
}

#[test]
fn numbers_and_per_cent_written_differently_are_the_same_words() {
    assert_eq!(
        rel(
            "we lost five per cent of our staff",
            "we lost 5 percent of our staff"
        ),
        QuoteRelation::Same
    );
}

#[test]
fn ordinals_in_figures_are_their_number() {
    assert_eq!(
        rel(
            "the attacks of September 11th changed the city",
            "the attacks of September 11 changed the city"
        ),
        QuoteRelation::Same
    );
}

#[test]
fn sentences_that_open_alike_and_go_on_differently_are_two_statements() {
    assert_eq!(
        rel(
            "Let us see how well they do",
            "Let us see how they feel walking home without their umbrellas"
        ),
        QuoteRelation::Unrelated
    );
    // One word changed at the end is still a misquote.
    assert!(matches!(
        rel(
            "We were lucky the wind turned toward the water",
            "We were lucky the wind turned toward the harbour"
        ),
        QuoteRelation::Changed { .. }
    ));
    // A variant of the word where they part, then one side cut short: one passage.
    assert!(matches!(
        rel(
            "pursuing the most real threats and the terrorism that hits our ports today",
            "pursuing the most real fair and the terrorists"
        ),
        QuoteRelation::Changed { .. }
    ));
}

#[test]
fn contractions_are_the_words_they_contract() {
    assert_eq!(
        rel(
            "It's a good deal and we're happy",
            "It is a good deal and we are happy"
        ),
        QuoteRelation::Same
    );
    assert_eq!(
        rel("We won't sign a bad deal", "We will not sign a bad deal"),
        QuoteRelation::Same
    );
    // Tokenized copy: the contraction written apart from its stem.
    assert_eq!(
        rel(
            "and that 's why we 're here , we do n't wait",
            "and that is why we are here , we do not wait"
        ),
        QuoteRelation::Same
    );
    let QuoteRelation::Changed { a, .. } = rel(
        "It's the minister's plan for us",
        "It is the ministers plan for us",
    ) else {
        panic!("a possessive is not a contraction");
    };
    assert_eq!(a.len(), 1);
}

#[test]
fn hyphens_initials_possessives_and_month_abbreviations_are_spelling() {
    assert_eq!(
        rel(
            "a move to multi-party democracy on-line and co-mingling",
            "a move to multiparty democracy online and comingling"
        ),
        QuoteRelation::Same
    );
    assert_eq!(
        rel(
            "Congress gave the FTC authority in September",
            "Congress gave the F.T.C. authority in Sept."
        ),
        QuoteRelation::Same
    );
    assert_eq!(
        rel(
            "The Princess' marriage was not forced",
            "The princess's marriage was not forced"
        ),
        QuoteRelation::Same
    );
    assert_eq!(
        rel(
            "support to bin Laden and al-Qaeda in the region",
            "support to bin Laden and al-Qaida in the region"
        ),
        QuoteRelation::Same
    );
    // A lower-case word a letter away is still a changed word.
    assert!(matches!(
        rel(
            "the council will meet on the date",
            "the council will meat on the date"
        ),
        QuoteRelation::Changed { .. }
    ));
    // A multi-word change that merely shares letters is a change.
    assert!(matches!(
        rel(
            "we have sent a message to the nation",
            "we have sent a massage to the nation"
        ),
        QuoteRelation::Changed { .. }
    ));
}

#[test]
fn short_quotes_with_one_word_changed_are_misquotes() {
    assert!(matches!(
        rel("fair and equitable", "fair and major"),
        QuoteRelation::Changed { .. }
    ));
    assert!(matches!(
        rel("an attitude problem", "an certain problem"),
        QuoteRelation::Changed { .. }
    ));
    assert_eq!(
        rel("the axis of evil", "the end of history"),
        QuoteRelation::Unrelated
    );
    assert_eq!(rel("in a coma", "on a roll"), QuoteRelation::Unrelated);
}

#[test]
fn words_in_brackets_are_the_editors() {
    assert_eq!(
        rel(
            "I will pass on to him [Mr. Cheney] that the town remains a safe supply",
            "I will pass on to him that the town remains a safe supply"
        ),
        QuoteRelation::Same
    );
    assert_eq!(
        rel(
            "not a reflection on Admiral (Harold) Gehman's handling of the inquiry",
            "not a reflection on Admiral Gehman's handling of the inquiry"
        ),
        QuoteRelation::Same
    );
}

#[test]
fn changed_ending_is_not_truncation() {
    let a = "This budget protects every neighborhood in Riverton";
    let b = "This budget protects our neighborhoods";
    let QuoteRelation::Changed { a: ra, .. } = rel(a, b) else {
        panic!("expected a change");
    };
    assert_eq!(&a[ra[0].clone()], "every neighborhood in Riverton");
}

#[test]
fn different_quotes_are_unrelated() {
    assert_eq!(
        rel("Our patience is not unlimited", "quite a long way to go"),
        QuoteRelation::Unrelated
    );
}
