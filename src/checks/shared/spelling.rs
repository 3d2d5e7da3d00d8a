//! Word folding and spelling equivalences: one word compared with another whatever its case,
//! diacritics or British/American spelling, and the rule set's extra word groups.

use std::collections::BTreeMap;

use unicase::UniCase;
use unicode_segmentation::UnicodeSegmentation;

use crate::config::Equivalences;

/// Folds one word for comparison: lower case, ASCII (deunicode), straight apostrophes.
pub fn fold_word(word: &str) -> String {
    deunicode::deunicode(word).to_lowercase()
}

/// Words of `text` with their byte offsets (letters and digits; punctuation dropped).
pub fn word_spans(text: &str) -> Vec<(usize, &str)> {
    text.unicode_word_indices().collect()
}

/// Spelling equivalences: British/American variants (VARCON via typos-vars) and the rule
/// set's extra word groups. `canonical` maps every spelling of a word to one form.
#[derive(Debug, Clone, Default)]
pub struct Spellings {
    variants: bool,
    extra: BTreeMap<String, String>,
    /// Name particles ("al", "van"), folded: "al-Ghozi" and "Ghozi" are one name.
    particles: Vec<String>,
}

impl Spellings {
    pub fn new(equivalences: &Equivalences) -> Self {
        let mut extra = BTreeMap::new();
        for group in &equivalences.words {
            if let Some(first) = group.first() {
                let canonical = fold_word(first);
                for word in group {
                    extra.insert(fold_word(word), canonical.clone());
                }
            }
        }
        Spellings {
            variants: equivalences.spelling_variants,
            extra,
            particles: equivalences
                .particles
                .iter()
                .map(|p| fold_word(p))
                .collect(),
        }
    }

    /// Whether `word`, at byte `at` of `text`, is a name particle before a capitalised name,
    /// joined by a hyphen or a space ("al-Ghozi", "Al Qaeda", "el-Sisi").
    pub(super) fn joined_particle(&self, text: &str, at: usize, word: &str) -> bool {
        self.particles.contains(&fold_word(word))
            && text
                .get(at + word.len()..)
                .and_then(|rest| rest.strip_prefix(['-', '‑', ' ']))
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    }

    /// The canonical spelling of a folded word.
    pub fn canonical(&self, folded: &str) -> String {
        if let Some(c) = self.extra.get(folded) {
            return c.clone();
        }
        if self.variants
            && folded.is_ascii()
            && let Some(entries) = typos_vars::VARS.find(&UniCase::new(folded))
            && let Some(american) = entries.iter().find_map(|(_, map)| map[0].first())
        {
            return (*american).to_string();
        }
        folded.to_string()
    }

    /// Whether two words are spellings of the same word.
    pub fn same(&self, a: &str, b: &str) -> bool {
        let (fa, fb) = (fold_word(a), fold_word(b));
        fa == fb || self.canonical(&fa) == self.canonical(&fb)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn british_and_american_spellings_are_the_same_word() {
        let s = Spellings::new(&Equivalences::default());
        assert!(s.same("Defence", "Defense"));
        assert!(s.same("neighbourhood", "neighborhood"));
        assert!(s.same("harbour", "harbor"));
        assert!(s.same("scepticism", "skepticism"));
        assert!(!s.same("called", "callef"));
        let off = Spellings::new(&Equivalences {
            spelling_variants: false,
            ..Equivalences::default()
        });
        assert!(!off.same("Defence", "Defense"));
    }

    #[test]
    fn rule_set_word_groups_are_equivalent() {
        let s = Spellings::new(&Equivalences {
            words: vec![vec!["ceasefire".into(), "truce".into()]],
            ..Equivalences::default()
        });
        assert!(s.same("Truce", "ceasefire"));
    }
}
