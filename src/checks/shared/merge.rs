//! One disagreement, one finding: findings that report one disagreement from several sides
//! become one, the outlets grouped by what they say.
//!
//! - Findings of one check that share a disputed span (the same words of the same article:
//!   "nearly six-year" in one article against "five-year" in a second, and "five-year"
//!   against "nearly six-year" in a third) are one disagreement when their spans fall on two
//!   sides, each side one wording: one finding, its evidence every span of them, its message
//!   each wording once with the outlets that use it ("\"nearly six-year\" (5.4–6) in Agence,
//!   Wire vs \"five-year\" (5) in Daily"). Spans of one side never disputed each other.
//!   When a side would hold two wordings ("Forty-two" and "About 40", both against
//!   "Twenty-four"), the findings stay apart: a list of three wordings would read as three
//!   disagreeing figures.
//! - A count-mismatch whose every span lies inside a figure-mismatch's spans of the same
//!   articles says the same thing again: it goes.
//!
//! The merged finding keeps the most serious severity and the highest confidence of its
//! parts. Checks that group outlets themselves (name-spelling) and typos (each about the
//! article holding the misspelled word) are left as they are.

use std::collections::BTreeMap;

use crate::extract::Document;
use crate::findings::{Evidence, Finding};

/// Checks whose findings are never merged here.
const LEFT_AS_THEY_ARE: &[&str] = &["name-spelling", "typo"];

/// Merges the findings of `findings` that report one disagreement (see the module doc).
pub fn merge(findings: Vec<Finding>, docs: &[Document]) -> Vec<Finding> {
    let findings = drop_repeated_counts(findings);
    let mut groups: Vec<Vec<Finding>> = Vec::new();
    // Union by shared span, one check at a time, keeping the order of first appearance.
    let mut by_span: BTreeMap<(String, usize, usize, usize), usize> = BTreeMap::new();
    for finding in findings {
        if LEFT_AS_THEY_ARE.contains(&finding.check.as_str()) || finding.evidence.len() < 2 {
            groups.push(vec![finding]);
            continue;
        }
        let spans: Vec<_> = finding
            .evidence
            .iter()
            .map(|e| (finding.check.clone(), e.document_index, e.start, e.end))
            .collect();
        let mut joined: Vec<usize> = spans
            .iter()
            .filter_map(|s| by_span.get(s).copied())
            .collect();
        joined.sort_unstable();
        joined.dedup();
        let target = match joined.first() {
            Some(&first) => {
                // Fold every other group this finding touches into the first.
                for &other in joined[1..].iter().rev() {
                    let moved = std::mem::take(&mut groups[other]);
                    groups[first].extend(moved);
                    for index in by_span.values_mut() {
                        if *index == other {
                            *index = first;
                        }
                    }
                }
                groups[first].push(finding);
                first
            }
            None => {
                groups.push(vec![finding]);
                groups.len() - 1
            }
        };
        for span in spans {
            by_span.insert(span, target);
        }
    }
    groups
        .into_iter()
        .filter(|g| !g.is_empty())
        .flat_map(|g| {
            if g.len() > 1 && one_wording_per_side(&g) {
                vec![combine(g, docs)]
            } else {
                g
            }
        })
        .collect()
}

/// Whether the spans of `group` (findings of two spans each) fall on two sides, every
/// finding across them, each side one wording.
fn one_wording_per_side(group: &[Finding]) -> bool {
    type Span = (usize, usize, usize);
    let span = |e: &Evidence| (e.document_index, e.start, e.end);
    if group.iter().any(|f| f.evidence.len() != 2) {
        return false;
    }
    let mut side: BTreeMap<Span, (bool, String)> = BTreeMap::new();
    let (a, b) = (&group[0].evidence[0], &group[0].evidence[1]);
    side.insert(span(a), (false, wording_key(&a.text)));
    side.insert(span(b), (true, wording_key(&b.text)));
    // Colour the spans finding by finding (the group is connected by shared spans, so each
    // round colours at least one more).
    let mut pending: Vec<&Finding> = group[1..].iter().collect();
    while !pending.is_empty() {
        let before = pending.len();
        let mut rest = Vec::new();
        for f in pending {
            let (x, y) = (&f.evidence[0], &f.evidence[1]);
            match (side.get(&span(x)).cloned(), side.get(&span(y)).cloned()) {
                (Some((sx, _)), Some((sy, _))) if sx == sy => return false,
                (Some(_), Some(_)) => {}
                (Some((sx, _)), None) => {
                    side.insert(span(y), (!sx, wording_key(&y.text)));
                }
                (None, Some((sy, _))) => {
                    side.insert(span(x), (!sy, wording_key(&x.text)));
                }
                (None, None) => rest.push(f),
            }
        }
        if rest.len() == before {
            return false;
        }
        pending = rest;
    }
    let wordings = |s: bool| -> Vec<&String> {
        let mut w: Vec<&String> = side.values().filter(|v| v.0 == s).map(|v| &v.1).collect();
        w.sort();
        w.dedup();
        w
    };
    let (left, right) = (wordings(false), wordings(true));
    left.len() == 1 && right.len() == 1 && left != right
}

/// Leaves out each count-mismatch whose every span lies inside a figure-mismatch span of
/// the same article, in a finding over the same articles.
fn drop_repeated_counts(findings: Vec<Finding>) -> Vec<Finding> {
    let figures: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.check == "figure-mismatch")
        .collect();
    let inside = |e: &Evidence, f: &Finding| {
        f.evidence
            .iter()
            .any(|g| g.document_index == e.document_index && g.start <= e.start && e.end <= g.end)
    };
    let repeated: Vec<bool> = findings
        .iter()
        .map(|f| {
            f.check == "count-mismatch"
                && figures
                    .iter()
                    .any(|g| f.evidence.iter().all(|e| inside(e, g)))
        })
        .collect();
    findings
        .into_iter()
        .zip(repeated)
        .filter(|(_, r)| !r)
        .map(|(f, _)| f)
        .collect()
}

/// One finding of the findings of `group` (one check, sharing spans).
fn combine(group: Vec<Finding>, docs: &[Document]) -> Finding {
    let mut evidence: Vec<Evidence> = Vec::new();
    for e in group.iter().flat_map(|f| &f.evidence) {
        if !evidence
            .iter()
            .any(|x| x.document_index == e.document_index && x.start == e.start && x.end == e.end)
        {
            evidence.push(e.clone());
        }
    }
    evidence.sort_by_key(|e| (e.document_index, e.start));
    // Each wording once, with the outlets that use it, in order of first appearance.
    let mut wordings: Vec<(String, Vec<String>)> = Vec::new();
    for e in &evidence {
        let label = docs
            .get(e.document_index)
            .map_or(e.document.as_str(), |d| d.article.label())
            .to_string();
        let key = wording_key(&e.text);
        match wordings.iter_mut().find(|(k, _)| wording_key(k) == key) {
            Some((_, labels)) => {
                if !labels.contains(&label) {
                    labels.push(label);
                }
            }
            None => wordings.push((e.text.clone(), vec![label])),
        }
    }
    let first = &group[0];
    let head = first
        .message
        .split_once(": ")
        .map_or(first.message.as_str(), |(h, _)| h);
    let notes = annotations(&group);
    let sides: Vec<String> = wordings
        .iter()
        .map(|(text, labels)| {
            let note = notes
                .get(&wording_key(text))
                .map(|n| format!(" {n}"))
                .unwrap_or_default();
            format!("\"{text}\"{note} in {}", labels.join(", "))
        })
        .collect();
    let severity = group
        .iter()
        .map(|f| f.severity)
        .max()
        .unwrap_or(first.severity);
    let confidence = group.iter().map(|f| f.confidence).fold(0.0, f64::max);
    // The notes that say why a part has the severity the whole takes ("perhaps two
    // subjects"), each once, in order.
    let mut why: Vec<&str> = Vec::new();
    for note in group
        .iter()
        .filter(|f| f.severity == severity)
        .filter_map(|f| note_of(&f.message))
    {
        if !why.contains(&note) && !head.contains(note) {
            why.push(note);
        }
    }
    let why: String = why.iter().map(|n| format!("; {n}")).collect();
    Finding {
        check: first.check.clone(),
        category: first.category,
        severity,
        message: format!("{head}: {}{why}", sides.join(" vs ")),
        evidence,
        suggestion: first.suggestion.clone(),
        confidence,
    }
}

/// The note a check adds after a finding's wordings, past the first "; " outside quotation
/// marks ("...; the figures belong to different names ..."), when there is one.
fn note_of(message: &str) -> Option<&str> {
    let mut quoted = false;
    for (i, c) in message.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted && message[i + 1..].starts_with(' ') => {
                return Some(&message[i + 2..]).filter(|n| !n.is_empty());
            }
            _ => {}
        }
    }
    None
}

/// The key a wording is grouped by: case, curly quotes and spacing folded.
fn wording_key(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .replace(['“', '”'], "\"")
        .replace(['‘', '’'], "'")
}

/// What the parts' messages say of each wording right after it: `"five-year" (5)` gives
/// "(5)" for "five-year".
fn annotations(group: &[Finding]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for f in group {
        let mut rest = f.message.as_str();
        while let Some(open) = rest.find('"') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('"') else {
                break;
            };
            let text = &after[..close];
            let tail = &after[close + 1..];
            if let Some(note) = tail
                .strip_prefix(" (")
                .and_then(|t| t.find(')').map(|end| &t[..end]))
            {
                out.entry(wording_key(text))
                    .or_insert_with(|| format!("({note})"));
            }
            rest = tail;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::{Category, Severity};

    fn evidence(document_index: usize, start: usize, text: &str) -> Evidence {
        Evidence {
            document: format!("d{document_index}"),
            line: 1,
            column: start + 1,
            start,
            end: start + text.len(),
            text: text.into(),
            sentence_text: text.into(),
            sentence_start: start,
            in_sentence: 0..text.len(),
            document_index,
            sentence: 0,
            end_line_col: (1, 1),
            sentence_line: 1,
        }
    }

    fn finding(check: &str, message: &str, evidence: Vec<Evidence>, confidence: f64) -> Finding {
        Finding {
            check: check.into(),
            category: Category::Figure,
            severity: Severity::Warning,
            message: message.into(),
            evidence,
            suggestion: None,
            confidence,
        }
    }

    #[test]
    fn findings_sharing_a_span_become_one_with_outlets_grouped() {
        let a = finding(
            "figure-mismatch",
            "the war is measured differently: \"nearly six-year\" (5.4–6) vs \"five-year\" (5) (year)",
            vec![
                evidence(0, 10, "nearly six-year"),
                evidence(1, 20, "five-year"),
            ],
            0.4,
        );
        let b = finding(
            "figure-mismatch",
            "the conflict is measured differently: \"five-year\" (5) vs \"nearly six-year\" (5.4–6) (year)",
            vec![
                evidence(1, 20, "five-year"),
                evidence(2, 30, "nearly six-year"),
            ],
            0.6,
        );
        let merged = merge(vec![a, b], &[]);
        assert_eq!(merged.len(), 1);
        let m = &merged[0];
        assert_eq!(
            m.message,
            "the war is measured differently: \"nearly six-year\" (5.4–6) in d0, d2 vs \"five-year\" (5) in d1"
        );
        assert_eq!(m.evidence.len(), 3);
        assert_eq!(m.confidence, 0.6);
    }

    #[test]
    fn the_note_behind_the_merged_severity_is_kept() {
        let mut a = finding(
            "figure-mismatch",
            "figures disagree: \"100m\" (100) vs \"10,000m\" (10,000) (m); perhaps two subjects",
            vec![evidence(0, 10, "100m"), evidence(1, 20, "10,000m")],
            0.4,
        );
        a.severity = Severity::Info;
        let mut b = finding(
            "figure-mismatch",
            "figures disagree: \"10,000m\" (10,000) vs \"100m\" (100) (m); perhaps two subjects",
            vec![evidence(1, 20, "10,000m"), evidence(2, 30, "100m")],
            0.4,
        );
        b.severity = Severity::Info;
        let merged = merge(vec![a.clone(), b], &[]);
        assert_eq!(merged.len(), 1);
        assert!(
            merged[0].message.ends_with("; perhaps two subjects"),
            "{}",
            merged[0].message
        );
        // a part of higher severity without the note sets the whole: no note
        let c = finding(
            "figure-mismatch",
            "figures disagree: \"10,000m\" (10,000) vs \"100m\" (100) (m)",
            vec![evidence(1, 20, "10,000m"), evidence(2, 30, "100m")],
            0.4,
        );
        let merged = merge(vec![a, c], &[]);
        assert_eq!(merged[0].severity, Severity::Warning);
        assert!(
            !merged[0].message.contains("perhaps"),
            "{}",
            merged[0].message
        );
        // "; " inside a quoted wording is not a note
        assert_eq!(
            note_of("figures disagree: \"A$458m ($357m; £191m)\" vs \"x\""),
            None
        );
    }

    #[test]
    fn findings_of_other_checks_or_other_spans_stay_apart() {
        let a = finding(
            "figure-mismatch",
            "figures disagree: \"5\" vs \"7\"",
            vec![evidence(0, 0, "5"), evidence(1, 0, "7")],
            0.5,
        );
        let b = finding(
            "date-mismatch",
            "dates disagree: \"5\" vs \"7\"",
            vec![evidence(0, 0, "5"), evidence(1, 0, "7")],
            0.5,
        );
        let c = finding(
            "figure-mismatch",
            "figures disagree: \"9\" vs \"3\"",
            vec![evidence(0, 40, "9"), evidence(1, 40, "3")],
            0.5,
        );
        assert_eq!(merge(vec![a, b, c], &[]).len(), 3);
    }

    #[test]
    fn two_wordings_on_one_side_stay_apart() {
        // 42 and "about 40" agree; each disagrees with 24: two findings, not "42 vs 24 vs 40".
        let a = finding(
            "figure-mismatch",
            "figures disagree: \"Forty-two\" (42) vs \"Twenty-four\" (24)",
            vec![evidence(0, 0, "Forty-two"), evidence(1, 0, "Twenty-four")],
            0.5,
        );
        let b = finding(
            "figure-mismatch",
            "figures disagree: \"Twenty-four\" (24) vs \"About 40\" (32–48)",
            vec![evidence(1, 0, "Twenty-four"), evidence(2, 0, "About 40")],
            0.5,
        );
        assert_eq!(merge(vec![a, b], &[]).len(), 2);
    }

    #[test]
    fn a_count_inside_a_figure_finding_is_said_once() {
        let figure = finding(
            "figure-mismatch",
            "counts disagree: \"31 people\" vs \"13 people\"",
            vec![evidence(0, 0, "31 people"), evidence(1, 0, "13 people")],
            0.5,
        );
        let count = finding(
            "count-mismatch",
            "one or several? \"people\" vs \"people\"",
            vec![evidence(0, 3, "people"), evidence(1, 3, "people")],
            0.5,
        );
        let merged = merge(vec![figure, count], &[]);
        assert_eq!(merged.len(), 1);
        assert_eq!(merged[0].check, "figure-mismatch");
    }
}
