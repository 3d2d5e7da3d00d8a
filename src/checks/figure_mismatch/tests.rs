use super::agreement::{rounds_to, whole_of_decimal};
use super::format_value;
use super::quantities::contrasting;
use crate::extract::number::round_to_significant;

#[test]
fn values_print_as_written() {
    assert_eq!(format_value(16_599_999_999.999998), "16,600,000,000");
    assert_eq!(format_value(4_099_999.999_999_999_5), "4,100,000");
    assert_eq!(format_value(2.5), "2.5");
    assert_eq!(format_value(1735.34), "1735.34");
    assert_eq!(format_value(7.999), "8");
    assert_eq!(format_value(-12_345.0), "-12,345");
    assert_eq!(format_value(-0.0), "0");
    // Above i64: every digit, not 9,223,372,036,854,775,807 for both.
    assert_eq!(format_value(1e20), "100,000,000,000,000,000,000");
    assert_ne!(format_value(3e19), format_value(4e19));
}

#[test]
fn a_round_number_is_another_rounded_to_as_many_significant_digits() {
    assert_eq!(round_to_significant(296.0, 1), 300.0);
    assert_eq!(round_to_significant(60_000.0, 1), 60_000.0);
    assert_eq!(round_to_significant(96_400.0, 2), 96_000.0);
    assert_eq!(round_to_significant(950.0, 1), 1000.0);
    let figure = |text: &str| {
        crate::extract::number::extract_figures(text)
            .into_iter()
            .next()
            .unwrap()
    };
    let (round, exact) = (figure("300 people"), figure("1.2 percent"));
    assert!(rounds_to(&round, 296.0) && rounds_to(&round, 260.0));
    assert!(!rounds_to(&round, 240.0) && !rounds_to(&round, 350.0));
    let bail = figure("$100,000 bail");
    assert!(rounds_to(&bail, 96_000.0) && !rounds_to(&bail, 60_000.0));
    assert!(rounds_to(&exact, 1.23) && !rounds_to(&exact, 1.31));
    // Whole numbers under 100 are exact.
    assert!(!rounds_to(&figure("28 people"), 27.0));
}

#[test]
fn a_whole_number_is_a_decimal_rounded_or_cut_not_any_nearby_one() {
    let figure = |text: &str| {
        crate::extract::number::extract_figures(text)
            .into_iter()
            .next()
            .unwrap()
    };
    let agree = |a: &str, b: &str| whole_of_decimal(&figure(a), &figure(b));
    assert!(agree("3 percent", "2.7 percent"));
    assert!(agree("2.7 percent", "2 percent"));
    assert!(agree("1,662 shares", "1,661.51 shares"));
    assert!(agree("five percentage points", "4.9 percentage points"));
    assert!(!agree("two percent", "1.3 percent"));
    assert!(!agree("2 percent", "1.3 percent"));
    assert!(!agree("3 percent", "3.5 million"));
    assert!(!agree("2.5 percent", "2.7 percent"));
}

#[test]
fn different_words_of_a_contrast_group_set_sentences_apart() {
    let groups = vec![vec!["private".to_string(), "public".to_string()]];
    let a = "Tuition at private colleges rose 6 percent.";
    assert!(contrasting(
        a,
        "Tuition at public colleges rose 4 percent.",
        &groups
    ));
    // One sentence naming both, or neither naming one, is no contrast.
    assert!(!contrasting(
        a,
        "Tuition at private and public colleges rose 4 percent.",
        &groups
    ));
    assert!(!contrasting(
        a,
        "Tuition at colleges rose 4 percent.",
        &groups
    ));
    assert!(!contrasting(a, "Tuition at public colleges rose.", &[]));
}
