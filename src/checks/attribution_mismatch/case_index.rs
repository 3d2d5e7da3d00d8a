//! How the cluster's articles write each word inside a sentence: a one-word speaker that
//! opens a sentence ("Critics say") but is written in lower case elsewhere is a common word,
//! not a name.

use std::collections::{HashMap, HashSet};

use crate::extract::Document;

/// How the cluster's articles write each word stem inside a sentence (the first word of a
/// sentence aside): in lower case somewhere, with a capital somewhere. Built once per run,
/// when a finding first needs it.
pub(super) struct CaseIndex {
    /// stem -> (written in lower case, written with a capital)
    stems: HashMap<String, (bool, bool)>,
}

fn stem_of(word: &str) -> Option<String> {
    crate::align::content_terms(&word.to_lowercase())
        .into_iter()
        .next()
        .map(|t| t.stem)
}

impl CaseIndex {
    pub(super) fn new(docs: &[Document]) -> Self {
        use unicode_segmentation::UnicodeSegmentation;
        // Each written form once, then each lower-case form stemmed once.
        let mut forms: HashSet<&str> = HashSet::new();
        for doc in docs {
            for i in 0..doc.sentences.len() {
                forms.extend(doc.sentence_text(i).unicode_words().skip(1));
            }
        }
        let mut by_lower: HashMap<String, (bool, bool)> = HashMap::new();
        for form in forms {
            let capital = form.chars().next().is_some_and(char::is_uppercase);
            let entry = by_lower.entry(form.to_lowercase()).or_default();
            if capital {
                entry.1 = true;
            } else {
                entry.0 = true;
            }
        }
        let mut stems: HashMap<String, (bool, bool)> = HashMap::new();
        for (lower, (l, c)) in by_lower {
            if let Some(stem) = stem_of(&lower) {
                let entry = stems.entry(stem).or_default();
                entry.0 |= l;
                entry.1 |= c;
            }
        }
        CaseIndex { stems }
    }

    /// Whether a one-word speaker ("Polls", "Critics") is a common word written with a
    /// capital only because it opens a sentence: the cluster's articles write it (or another
    /// form of it, "poll") in lower case inside a sentence and never with a capital there,
    /// as a name is.
    pub(super) fn is_common_word(&self, speaker: &str) -> bool {
        use unicode_segmentation::UnicodeSegmentation;
        let word = speaker.trim();
        let one_word = word.unicode_words().count() == 1 && !word.contains(char::is_whitespace);
        let capitalised = word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().skip(1).any(char::is_lowercase);
        one_word
            && capitalised
            && stem_of(word).is_some_and(|key| self.stems.get(&key) == Some(&(true, false)))
    }
}
