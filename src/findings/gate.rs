//! The pre-publication gate (`factdiff check DRAFT --against SOURCES`): which findings are
//! about the draft, and which are sources disagreeing among themselves (context).

use serde::Serialize;

use super::{Category, Finding};

/// What a document is in a gate run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DocumentRole {
    /// The copy being checked before publication.
    Draft,
    /// An article the draft is checked against.
    Source,
}

/// The result of splitting a run's findings for a gate.
#[derive(Debug, Clone, Default)]
pub struct GateSplit {
    /// Findings where the draft disagrees with a source: these fail the gate.
    pub draft: Vec<Finding>,
    /// Findings among sources only: shown as context, never failing the gate.
    pub context: Vec<Finding>,
}

/// Whether `finding` is about the draft: its evidence includes a draft document. A typo is
/// about the article holding the misspelled word (its first evidence), so a source's typo
/// next to the draft's correct word is context.
pub fn concerns_draft(finding: &Finding, roles: &[DocumentRole]) -> bool {
    let is_draft = |i: usize| roles.get(i) == Some(&DocumentRole::Draft);
    if finding.category == Category::Typo {
        return finding
            .evidence
            .first()
            .is_some_and(|e| is_draft(e.document_index));
    }
    finding.evidence.iter().any(|e| is_draft(e.document_index))
}

/// Splits `findings` (already sorted) into the draft's findings and context, keeping order.
///
/// The gate judges the draft alone: a finding where the draft says what one source says, on
/// a point where the sources disagree among themselves, is context, not a failure. Its
/// message names the source the draft follows (`labels` holds each document's name). A
/// draft that differs from every source, or from sources that agree with one another,
/// keeps its findings.
pub fn split(findings: Vec<Finding>, roles: &[DocumentRole], labels: &[&str]) -> GateSplit {
    let (draft, mut context): (Vec<Finding>, Vec<Finding>) =
        findings.into_iter().partition(|f| concerns_draft(f, roles));
    let sources_only = context.clone();
    let mut failing = Vec::with_capacity(draft.len());
    let mut followed = Vec::new();
    for finding in &draft {
        match followed_source(finding, roles, &draft, &sources_only) {
            Some(source) => {
                let mut finding = finding.clone();
                let name = labels.get(source).copied().unwrap_or("a source");
                finding.message = format!(
                    "{} (the draft follows {name}; the sources disagree)",
                    finding.message
                );
                followed.push(finding);
            }
            None => failing.push(finding.clone()),
        }
    }
    if !followed.is_empty() {
        context.extend(followed);
        super::sort_findings(&mut context);
    }
    GateSplit {
        draft: failing,
        context,
    }
}

/// Text of a piece of evidence as compared for agreement: case and spacing ignored.
fn normalized(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The source that `finding` (about the draft) shows the draft following, when the
/// sources disagree on the point: the index of that source's document.
///
/// - Within the finding: a source whose words are the draft's words (a name spelled as the
///   draft spells it, grouped with the draft) while other sources differ.
/// - Across findings: every source the draft is set against here is, on the same words, in
///   a finding of the same category with another source, and the draft agrees with that
///   other source: the same words, or no finding of this category between the draft and
///   those words (a count-mismatch and a figure-mismatch of one count are both figures).
fn followed_source(
    finding: &Finding,
    roles: &[DocumentRole],
    draft_findings: &[Finding],
    sources_only: &[Finding],
) -> Option<usize> {
    let is_draft = |i: usize| roles.get(i) == Some(&DocumentRole::Draft);
    let draft_evidence = finding
        .evidence
        .iter()
        .find(|e| is_draft(e.document_index))?;
    let draft_text = normalized(&draft_evidence.text);
    let sources: Vec<&super::Evidence> = finding
        .evidence
        .iter()
        .filter(|e| !is_draft(e.document_index))
        .collect();
    if sources.is_empty() {
        return None;
    }
    let (same, differing): (Vec<&&super::Evidence>, Vec<&&super::Evidence>) = sources
        .iter()
        .partition(|e| normalized(&e.text) == draft_text);
    if let Some(first) = same.first() {
        // The finding itself groups the draft with a source against another.
        return (!differing.is_empty()).then_some(first.document_index);
    }
    // The same words, or overlapping ones ("One" inside "One firefighter").
    let same_span = |a: &super::Evidence, b: &super::Evidence| {
        a.document_index == b.document_index
            && (a.start == b.start && a.end == b.end || a.start < b.end && b.start < a.end)
    };
    let draft_disagrees_with = |words: &super::Evidence| {
        draft_findings.iter().any(|f| {
            f.category == finding.category && f.evidence.iter().any(|e| same_span(e, words))
        })
    };
    let mut follows = None;
    for theirs in &sources {
        // Another source that, on these words, disagrees with this one and agrees with the
        // draft.
        let ally = sources_only
            .iter()
            .filter(|g| {
                g.category == finding.category && g.evidence.iter().any(|e| same_span(e, theirs))
            })
            .flat_map(|g| g.evidence.iter())
            .filter(|e| e.document_index != theirs.document_index && !is_draft(e.document_index))
            .find(|e| normalized(&e.text) == draft_text || !draft_disagrees_with(e))?;
        follows.get_or_insert(ally.document_index);
    }
    follows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::{Evidence, Severity};

    fn finding(category: Category, documents: &[usize]) -> Finding {
        Finding {
            confidence: crate::findings::UNRATED,
            check: "x".into(),
            category,
            severity: Severity::Error,
            message: String::new(),
            evidence: documents
                .iter()
                .map(|&d| Evidence {
                    document: d.to_string(),
                    line: 1,
                    column: 1,
                    start: 0,
                    end: 0,
                    text: String::new(),
                    sentence_text: String::new(),
                    sentence_start: 0,
                    in_sentence: 0..0,
                    document_index: d,
                    sentence: 0,
                    end_line_col: (1, 1),
                    sentence_line: 1,
                })
                .collect(),
            suggestion: None,
        }
    }

    #[test]
    fn draft_findings_and_context_are_apart() {
        use DocumentRole::*;
        let roles = [Draft, Source, Source];
        let split = split(
            vec![
                finding(Category::Figure, &[0, 1]),
                finding(Category::Figure, &[1, 2]),
                finding(Category::Typo, &[1, 0]),
                finding(Category::Typo, &[0, 2]),
                finding(Category::Typo, &[0]),
            ],
            &roles,
            &["draft", "a", "b"],
        );
        assert_eq!(split.draft.len(), 3);
        assert_eq!(split.context.len(), 2);
        assert!(
            split
                .context
                .iter()
                .all(|f| f.evidence[0].document_index != 0)
        );
    }
}
