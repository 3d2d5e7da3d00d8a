use super::*;
use crate::checks::typo::TypoOptions;
use crate::config::Severity;

/// The error `layered` gives for one user file `r.toml` over the embedded rules.
fn error(text: &str) -> String {
    layered(
        DEFAULT_RULES,
        &[(PathBuf::from("r.toml"), text.to_string())],
    )
    .unwrap_err()
    .to_string()
}

#[test]
fn embedded_check_tables_are_valid() {
    validate_check_tables(DEFAULT_RULES, Path::new("default.toml")).unwrap();
}

#[test]
fn unknown_check_suggests_nearest() {
    let err = error("[checks.figure-mismach]\nenabled = false\n");
    assert!(err.contains("r.toml:1:"), "{err}");
    assert!(err.contains("did you mean `figure-mismatch`?"), "{err}");
}

#[test]
fn an_option_of_another_check_is_an_error_naming_the_valid_keys() {
    let err = error("[checks.typo]\ntolerance_days = 1\n");
    assert!(err.starts_with("r.toml:2:1:"), "{err}");
    assert!(err.contains("unknown field `tolerance_days`"), "{err}");
    for key in [
        "enabled",
        "severity",
        "max_edit_distance",
        "dictionary_only",
        "dictionaries",
        "ignore_words",
    ] {
        assert!(err.contains(&format!("`{key}`")), "{err}");
    }
    assert!(!err.contains("`min_score`"), "{err}");
}

#[test]
fn a_misspelt_option_suggests_the_right_one() {
    let err = error("[checks.name-spelling]\nmin_similarty = 0.9\n");
    assert!(err.starts_with("r.toml:2:1:"), "{err}");
    assert!(err.contains("did you mean `min_similarity`?"), "{err}");
}

#[test]
fn a_value_out_of_range_points_at_the_value() {
    let err = error("[checks.figure-mismatch]\nenabled = true\nrelative_tolerance = -0.5\n");
    assert!(err.starts_with("r.toml:3:22: "), "{err}");
    assert!(
        err.contains("`relative_tolerance` must be a finite number >= 0 (0.05 means 5 %"),
        "{err}"
    );
    let err = error("[checks.date-mismatch]\nmin_score = 2\n");
    assert!(
        err.starts_with("r.toml:2:13:") && err.contains("min_score"),
        "{err}"
    );
    let err = error("[checks.typo]\nmax_edit_distance = 0\n");
    assert!(err.starts_with("r.toml:2:21: "), "{err}");
    assert!(
        err.contains("between 1 and 5 (the number of letters"),
        "{err}"
    );
}

#[test]
fn a_wrong_type_points_at_the_value() {
    let err = error("[checks.typo]\nenabled = 2\n");
    assert!(err.starts_with("r.toml:2:11: invalid type"), "{err}");
}

#[test]
fn each_layer_is_validated_on_its_own() {
    let layers = [
        (
            PathBuf::from("first.toml"),
            "[checks.typo]\nseverity = \"error\"\n".to_string(),
        ),
        (
            PathBuf::from("second.toml"),
            "[checks.typo]\n\nignore_wrods = []\n".to_string(),
        ),
    ];
    let err = layered(DEFAULT_RULES, &layers).unwrap_err().to_string();
    assert!(err.starts_with("second.toml:3:1:"), "{err}");
}

#[test]
fn layers_merge_check_tables_key_by_key() {
    let layer = (
        PathBuf::from("user.toml"),
        "[align]\nthreshold = 0.5\n[checks.typo]\nseverity = \"error\"\n".to_string(),
    );
    let rules = layered(DEFAULT_RULES, &[layer]).unwrap();
    let default = RuleSet::embedded();
    let (typo, default_typo): (TypoOptions, TypoOptions) =
        (rules.check("typo"), default.check("typo"));
    assert_eq!(typo.severity, Severity::Error);
    assert_eq!(typo.enabled, default_typo.enabled);
    assert_eq!(typo.dictionaries, default_typo.dictionaries);
}

#[test]
fn selection_turns_checks_off() {
    let sources = RuleSources {
        select: vec!["figure".into()],
        ignore: vec!["count-mismatch".into()],
        ..RuleSources::default()
    };
    let rules = load_rules(&sources).unwrap();
    let on: Vec<&str> = registry::all()
        .iter()
        .filter(|c| c.settings(&rules).enabled)
        .map(|c| c.id())
        .collect();
    assert_eq!(on, ["figure-mismatch"]);
}
