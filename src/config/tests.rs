use super::*;

#[test]
fn embedded_rules_are_valid() {
    RuleSet::parse(DEFAULT_RULES, Path::new("default.toml")).unwrap();
}

#[test]
fn unknown_key_names_line_column_and_nearest_key() {
    let text = "[align]\nthresold = 0.5\n";
    let err = RuleSet::parse(text, Path::new("r.toml"))
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("r.toml:2:1:"), "{err}");
    assert!(err.contains("did you mean `threshold`?"), "{err}");
}

#[test]
fn wrong_type_and_out_of_range_are_errors() {
    let err = RuleSet::parse("[align]\nthreshold = \"high\"\n", Path::new("r.toml"))
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("r.toml:2:"), "{err}");
    let err = RuleSet::parse("[align]\nthreshold = 1.5\n", Path::new("r.toml"))
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("r.toml:2:1:"), "{err}");
}

#[test]
fn invalid_regex_points_at_the_pattern() {
    let text = "[boilerplate]\npatterns = [\n  '^ok$',\n  '^(unclosed',\n]\n";
    let err = RuleSet::parse(text, Path::new("r.toml"))
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("r.toml:4:"), "{err}");
    assert!(err.contains("invalid regular expression"), "{err}");
}

#[test]
fn self_mapping_equivalence_is_an_error() {
    let text = "[equivalences]\nwords = [[\"defence\", \"Defence\"]]\n";
    let err = RuleSet::parse(text, Path::new("r.toml"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("to itself"), "{err}");
}

#[test]
fn layers_merge_tables_and_keep_defaults() {
    let layer = (
        PathBuf::from("user.toml"),
        "[align]\nthreshold = 0.5\n[checks.typo]\nseverity = \"error\"\n".to_string(),
    );
    let rules = RuleSet::layered(DEFAULT_RULES, &[layer]).unwrap();
    let default = RuleSet::embedded();
    assert_eq!(rules.align.threshold, 0.5);
    assert_eq!(rules.align.max_links, default.align.max_links);
    // A check's table merges key by key too; the checks layer reads it.
    let typo = &rules.checks["typo"];
    assert_eq!(typo["severity"].as_str(), Some("error"));
    assert_eq!(typo["enabled"], default.checks["typo"]["enabled"]);
    assert_eq!(rules.boilerplate.patterns, default.boilerplate.patterns);
}

#[test]
fn confidence_caps_severity_and_never_raises_it() {
    let caps = ConfidenceRules {
        error_at: 0.5,
        warning_at: 0.25,
    };
    assert_eq!(caps.cap(Severity::Error, 0.9), Severity::Error);
    assert_eq!(caps.cap(Severity::Error, 0.5), Severity::Error);
    assert_eq!(caps.cap(Severity::Error, 0.49), Severity::Warning);
    assert_eq!(caps.cap(Severity::Error, 0.1), Severity::Info);
    assert_eq!(caps.cap(Severity::Warning, 0.9), Severity::Warning);
    assert_eq!(caps.cap(Severity::Info, 0.9), Severity::Info);
    // Layered files may leave warning_at above error_at: it then reads as error_at.
    let odd = ConfidenceRules {
        error_at: 0.2,
        warning_at: 0.6,
    };
    assert_eq!(odd.cap(Severity::Error, 0.3), Severity::Error);
    assert_eq!(odd.cap(Severity::Error, 0.1), Severity::Info);
}
