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
pub fn split(findings: Vec<Finding>, roles: &[DocumentRole]) -> GateSplit {
    let (draft, context) = findings.into_iter().partition(|f| concerns_draft(f, roles));
    GateSplit { draft, context }
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
