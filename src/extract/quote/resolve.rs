//! Speaker resolution in document order: a pronoun stands for the nearest speaker it may
//! (he/she only for a person of that gender, as far as the text tells), a surname or "Mr. X"
//! for the full name seen earlier ("Carter" -> "Ash Carter").

use crate::lexicon::{NOT_PERSON_HEADS, ONE_PERSON_PRONOUNS, POSSESSIVE_PRONOUNS};
use std::collections::HashMap;

use super::CueKind;
use super::frames::{Frame, is_pronoun};
use super::tokens::Sent;
use crate::extract::name::{Name, NameFolding, extract_names};
use crate::segment::ends_like_a_sentence;

/// Whether a full name may be a person's: not ending in the word of an organisation, an
/// event or a place.
fn looks_like_a_person(name: &str) -> bool {
    name.split_whitespace()
        .last()
        .is_some_and(|w| !NOT_PERSON_HEADS.contains(w.to_lowercase().as_str()))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
}

impl Gender {
    /// What a word before or in a name says: an honorific ("Mrs", "Sir") or a noun of one
    /// gender ("actress", "spokeswoman", "his wife").
    fn of_word(word: &str) -> Option<Gender> {
        let w = word.trim_end_matches('.').to_lowercase();
        match crate::lexicon::GENDERED_WORDS.get(&w) {
            Some("female") => Some(Gender::Female),
            Some("male") => Some(Gender::Male),
            _ => None,
        }
    }

    fn of_pronoun(pronoun: &str) -> Option<Gender> {
        match pronoun {
            "she" => Some(Gender::Female),
            "he" => Some(Gender::Male),
            _ => None,
        }
    }
}

pub(super) struct Resolver {
    folding: &'static NameFolding,
    /// the full names (two words or more) seen so far, by their last word: the latest one
    full_names: HashMap<String, String>,
    /// the latest of those full names that looks like a person's
    last_person_name: Option<String>,
    /// the people resolved as speakers so far, most recent last, each once
    persons: Vec<String>,
    last_any: Option<String>,
    /// what is known of a person's gender, by the last word of the name ("Furse" for "Ms
    /// Furse" and "Clara Furse"): from an honorific or a gendered noun next to the name, or
    /// from the pronoun that took the person as its antecedent
    genders: HashMap<String, Gender>,
}

impl Resolver {
    /// Learns the full names of sentence `s`; in a headline line, not one that opens it.
    fn observe_sentence(&mut self, s: &str, known: Option<&[Box<Name>]>, headline_line: bool) {
        match known {
            Some(names) => {
                for n in names {
                    self.observe_name(s, n, headline_line);
                }
            }
            None => {
                for n in &extract_names(s, self.folding) {
                    self.observe_name(s, n, headline_line);
                }
            }
        }
    }

    /// Learns name `n` of sentence `s` (its span relative to `s`).
    fn observe_name(&mut self, s: &str, n: &Name, headline_line: bool) {
        if headline_line && s[..n.start].trim().is_empty() {
            return;
        }
        // "Ms Furse", "the actress Cate Roe"
        if let Some(g) = s[..n.start]
            .split_whitespace()
            .next_back()
            .and_then(Gender::of_word)
        {
            self.learn(&n.text, g);
        }
        if n.text.split_whitespace().count() >= 2 {
            if looks_like_a_person(&n.text) {
                self.last_person_name = Some(n.text.to_string());
            }
            let last = n.text.split_whitespace().last().unwrap_or_default();
            self.full_names.insert(last.to_string(), n.text.to_string());
        }
    }

    fn surname(name: &str) -> String {
        name.split_whitespace()
            .last()
            .unwrap_or(name)
            .to_lowercase()
    }

    fn learn(&mut self, name: &str, g: Gender) {
        self.genders.entry(Self::surname(name)).or_insert(g);
    }

    fn gender(&self, name: &str) -> Option<Gender> {
        self.genders.get(&Self::surname(name)).copied()
    }

    /// Whether a pronoun of gender `want` (None: any) may stand for `name`.
    fn may_be(&self, name: &str, want: Option<Gender>) -> bool {
        want.is_none() || self.gender(name).is_none_or(|g| Some(g) == want)
    }

    /// Resolve the speaker phrase to a display name; updates the "last speaker" memory.
    fn resolve(&mut self, phrase: &str) -> String {
        // possessive pronouns of nominal frames ("his claim that") resolve like subjects
        let lower = phrase.to_lowercase();
        let lw = POSSESSIVE_PRONOUNS
            .get(&lower)
            .map_or(lower.clone(), str::to_string);
        if is_pronoun(&lw) {
            // the nearest person the pronoun may stand for: "he" is not the last speaker
            // when she is a woman ("Mrs Roe", "the actress", "she said" before)
            let r = if ONE_PERSON_PRONOUNS.contains(&lw) {
                let want = Gender::of_pronoun(&lw);
                let found = self
                    .persons
                    .iter()
                    .rev()
                    .find(|p| self.may_be(p, want))
                    .cloned()
                    .or_else(|| {
                        // no speaker yet: the last full name of a person the text gave
                        if !self.persons.is_empty() {
                            return None;
                        }
                        self.last_person_name
                            .as_ref()
                            .filter(|f| self.may_be(f, want))
                            .cloned()
                    });
                if let (Some(p), Some(g)) = (&found, want) {
                    self.learn(p, g);
                }
                found
            } else {
                self.last_any.clone()
            };
            return r.unwrap_or_else(|| phrase.to_string());
        }
        // "Marks & Spencer": a name joined by an ampersand is one name (the name extractor
        // leaves out a capital that opens the sentence)
        if phrase.contains(" & ")
            && phrase
                .split_whitespace()
                .all(|w| w == "&" || w.starts_with(char::is_uppercase))
        {
            self.last_any = Some(phrase.to_string());
            return phrase.to_string();
        }
        // names inside the phrase: the last one whose end is the phrase end is the head
        let names = extract_names(phrase, self.folding);
        let head = names
            .iter()
            .rev()
            .find(|n| phrase[n.end..].trim().is_empty())
            .cloned();
        let resolved = if let Some(n) = head {
            let mut full = n.text.to_string();
            let ntoks = full.split_whitespace().count();
            if ntoks == 1 {
                let last = full.clone();
                if let Some(f) = self.full_names.get(&last)
                    && *f != last
                {
                    full = f.clone();
                }
            }
            // "Ms Furse said", "the actress Cate Roe told"
            if let Some(g) = phrase[..n.start]
                .split_whitespace()
                .rev()
                .find_map(Gender::of_word)
            {
                self.learn(&full, g);
            }
            self.persons.retain(|p| *p != full);
            self.persons.push(full.clone());
            full
        } else {
            phrase.to_string()
        };
        self.last_any = Some(resolved.clone());
        resolved
    }
}

/// Resolves the speakers of `frames` in document order, learning the full names and genders of
/// each sentence after its frames; a stance cue does not change whom a later "he said" points
/// to.
/// `names`, when given, gives the names of each sentence as the document's sentences were read
/// (spans relative to the sentence); a sentence whose dateline was cut is read again.
pub(super) fn resolve_speakers<'n>(
    text: &str,
    sents: &[Sent],
    names: Option<&dyn Fn(usize) -> &'n [Box<Name>]>,
    frames: &mut [Frame],
) {
    // resolve speakers in document order
    let mut res = Resolver {
        folding: NameFolding::standard(),
        full_names: HashMap::new(),
        last_person_name: None,
        persons: Vec::new(),
        last_any: None,
        genders: HashMap::new(),
    };
    let mut fi = 0;
    for (si, s) in sents.iter().enumerate() {
        while fi < frames.len() && frames[fi].sent == si {
            if let Some(sp) = frames[fi].speaker.clone() {
                // a stance cue does not change whom a later "he said" points to
                let memory = (frames[fi].kind == CueKind::Stance)
                    .then(|| (res.persons.clone(), res.last_any.clone()));
                frames[fi].speaker = Some(res.resolve(&sp).into());
                if let Some((persons, any)) = memory {
                    (res.persons, res.last_any) = (persons, any);
                }
            }
            fi += 1;
        }
        // a line of its own without final punctuation (a headline, `SentenceRole::Heading`):
        // its first capital may be the headline's ("Troubled Marsh under SEC scrutiny")
        let sentence = &text[s.range.clone()];
        let own_line = sents.get(si + 1).is_none_or(|n| n.par != s.par)
            && (si == 0 || sents[si - 1].par != s.par);
        let headline_line = own_line && !ends_like_a_sentence(sentence);
        let known = names.filter(|_| s.cut == 0).map(|names| names(si));
        res.observe_sentence(sentence, known, headline_line);
    }
}
