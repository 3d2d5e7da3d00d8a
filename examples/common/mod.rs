//! What the evaluation examples that judge findings share: where the data is, and the audit
//! files of verdicts on findings (`eval_injection_audit.tsv`, `eval_clusters_audit.tsv`).
#![allow(clippy::print_stderr, dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use factdiff::findings::Finding;

/// The shared data directory: `$FACTDIFF_DATA`, or `../shared/data` beside the crate.
pub fn data_root() -> PathBuf {
    std::env::var("FACTDIFF_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"))
}

/// The embedded rule set, with the file named by `$EVAL_RULES` layered over it when set (to
/// measure a rule change without rebuilding). Exits with a message when that file is bad.
/// The records of a JSON Lines file of the shared data, each line that parses (a line that
/// does not is reported on stderr and skipped); None when the file cannot be read, so that the
/// example can say it skips.
pub fn read_jsonl<T: serde::de::DeserializeOwned>(path: &Path) -> Option<Vec<T>> {
    let text = std::fs::read_to_string(path).ok()?;
    let mut records = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<T>(line) {
            Ok(record) => records.push(record),
            Err(e) => eprintln!("{} line {}: {e}", path.display(), i + 1),
        }
    }
    Some(records)
}

pub fn eval_rules() -> factdiff::config::RuleSet {
    let embedded = factdiff::config::RuleSet::embedded();
    let Ok(path) = std::env::var("EVAL_RULES") else {
        return embedded;
    };
    let path = PathBuf::from(path);
    let layered = std::fs::read_to_string(&path)
        .map_err(|e| format!("{}: {e}", path.display()))
        .and_then(|text| {
            factdiff::checks::layered(factdiff::config::DEFAULT_RULES, &[(path, text)])
                .map_err(|e| e.to_string())
        });
    match layered {
        Ok(rules) => rules,
        Err(e) => {
            eprintln!("EVAL_RULES: {e}");
            std::process::exit(2);
        }
    }
}

/// A gate run on a draft and one source (`check DRAFT --against SOURCE`, fast alignment):
/// the analysis, and its findings split as the command splits them.
pub fn run_gate(
    draft: factdiff::input::Article,
    source: factdiff::input::Article,
    rules: &factdiff::config::RuleSet,
) -> (factdiff::Analysis, factdiff::findings::gate::GateSplit) {
    use factdiff::findings::gate::{self, DocumentRole};
    let roles = [DocumentRole::Draft, DocumentRole::Source];
    let analysis = factdiff::analyze_gate_with_progress(
        vec![draft, source],
        &roles,
        rules,
        factdiff::align::AlignMode::Fast,
        &mut |_| {},
    );
    let labels: Vec<&str> = analysis
        .documents
        .iter()
        .map(|d| d.article.label())
        .collect();
    let split = gate::split(analysis.findings.clone(), &roles, &labels);
    (analysis, split)
}

/// Prints one row of a per-check table: a name, then findings audited real, false,
/// unaudited, and their sum.
pub fn print_check_row(name: &str, counts: &[usize; 3]) {
    println!(
        "  {:<22} {:>8} {:>6} {:>6} {:>10}",
        name,
        counts.iter().sum::<usize>(),
        counts[0],
        counts[1],
        counts[2]
    );
}

/// Prints a table of findings by check (header, then a row per check) and returns the
/// column sums [real, false, unaudited].
pub fn print_check_table(by_check: &std::collections::BTreeMap<String, [usize; 3]>) -> [usize; 3] {
    println!(
        "  {:<22} {:>8} {:>6} {:>6} {:>10}",
        "check", "findings", "real", "false", "unaudited"
    );
    let mut sums = [0usize; 3];
    for (check, counts) in by_check {
        print_check_row(check, counts);
        for (sum, c) in sums.iter_mut().zip(counts) {
            *sum += c;
        }
    }
    sums
}

/// An audited finding: the case it was found in (a file line, a story id), the check id, and
/// the evidence span in each of the two articles.
pub type AuditKey = (String, String, String, String);

/// Prints a finding's audit line: its key and verdict as a row of the audit file (`?` when
/// unaudited), ready to be copied into it.
pub fn print_audit_line(key: &AuditKey, verdict: Option<Verdict>) {
    println!(
        "   audit: {}\t{}\t{}\t{}\t{}",
        key.0,
        key.1,
        key.2,
        key.3,
        Verdict::label(verdict)
    );
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Real,
    False,
}

impl Verdict {
    /// Column of a per-check tally [real, false, unaudited].
    pub fn slot(verdict: Option<Verdict>) -> usize {
        match verdict {
            Some(Verdict::Real) => 0,
            Some(Verdict::False) => 1,
            None => 2,
        }
    }

    /// As written in an audit file (`?` when unaudited).
    pub fn label(verdict: Option<Verdict>) -> &'static str {
        match verdict {
            Some(Verdict::Real) => "real",
            Some(Verdict::False) => "false",
            None => "?",
        }
    }
}

/// The verdicts of an audit file (tab-separated: case, check, span in the first article, in
/// the second, `real` or `false`, a reason; `#` comments); none when it is missing. Malformed
/// rows are reported on stderr and skipped.
pub fn load_audit(path: &Path) -> HashMap<AuditKey, Verdict> {
    let mut out = HashMap::new();
    let Ok(text) = std::fs::read_to_string(path) else {
        return out;
    };
    let name = path
        .file_name()
        .map_or(String::new(), |n| n.to_string_lossy().into_owned());
    for (i, row) in text.lines().enumerate() {
        if row.trim().is_empty() || row.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = row.split('\t').map(str::trim).collect();
        let verdict = match f.get(4) {
            Some(&"real") => Some(Verdict::Real),
            Some(&"false") => Some(Verdict::False),
            _ => None,
        };
        match verdict {
            Some(verdict) if !f[0].is_empty() => {
                let key = (
                    f[0].to_string(),
                    f[1].to_string(),
                    f[2].to_string(),
                    f[3].to_string(),
                );
                out.insert(key, verdict);
            }
            _ => eprintln!("{name} line {}: malformed row", i + 1),
        }
    }
    out
}

/// The smallest span covering the finding's evidence in article `document`, as `start-end`
/// (`-` when it has none there).
fn evidence_span(f: &Finding, document: &str) -> String {
    let mut spans = f.evidence.iter().filter(|e| e.document == document);
    let Some(first) = spans.next() else {
        return "-".to_string();
    };
    let (start, end) = spans.fold((first.start, first.end), |(s, e), x| {
        (s.min(x.start), e.max(x.end))
    });
    format!("{start}-{end}")
}

/// The audit key of finding `f` of case `case`, whose two articles have ids `documents`.
pub fn audit_key(case: &str, f: &Finding, documents: [&str; 2]) -> AuditKey {
    (
        case.to_string(),
        f.check.clone(),
        evidence_span(f, documents[0]),
        evidence_span(f, documents[1]),
    )
}

// ---------------------------------------------------------------- confidence features

/// Rows of confidence features of judged findings, for scripts/fit_confidence.py
/// (EVAL_FEATURES=FILE writes them).
pub static FEATURES: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// One row: part, check, verdict, the check's severity, each confidence signal, then
/// `extra` columns.
pub fn feature_row(
    part: &str,
    f: &Finding,
    verdict: &str,
    signals: &factdiff::checks::shared::confidence::Signals,
    extra: &[&str],
) -> String {
    let mut cells = vec![
        part.to_string(),
        f.check.clone(),
        verdict.to_string(),
        f.severity.as_str().to_string(),
    ];
    cells.extend(signals.named().iter().map(|(_, v)| format!("{v:.4}")));
    cells.extend(extra.iter().map(|s| s.to_string()));
    cells.join("\t")
}

/// Writes the rows gathered in [`FEATURES`], sorted, under a header naming the signals and
/// the `extra` columns, to the file EVAL_FEATURES names (when it is set).
pub fn write_features(extra: &[&str]) {
    let Ok(path) = std::env::var("EVAL_FEATURES") else {
        return;
    };
    let mut rows = FEATURES.lock().unwrap().clone();
    rows.sort();
    let signals = factdiff::checks::shared::confidence::Signals::default();
    let mut header = vec!["part", "check", "verdict", "severity"];
    header.extend(signals.named().iter().map(|(name, _)| *name));
    header.extend(extra);
    let body: String = rows.iter().map(|r| format!("{r}\n")).collect();
    if let Err(e) = std::fs::write(&path, format!("{}\n{body}", header.join("\t"))) {
        eprintln!("EVAL_FEATURES: {path}: {e}");
    }
}
