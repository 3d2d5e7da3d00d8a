//! Misspellings in a draft that no source writes (a gate run, `check DRAFT --against
//! SOURCES`): a word of the draft that no dictionary knows is flagged even without a
//! counterpart sentence, at warning at most, when the dictionaries know a word one edit away
//! ("carying" -> "carrying", "officals" -> "officials").

use std::collections::BTreeSet;

use unicode_segmentation::UnicodeSegmentation;

use super::Typo;
use super::misspelled::Misspelled;
use super::options::TypoOptions;
use super::speller::Speller;
use crate::checks::{Check, CheckContext};
use crate::findings::gate::DocumentRole;
use crate::findings::{Evidence, Finding, Severity};
use crate::lexicon::DERIVATION_PREFIXES;

/// How many corrections a finding offers at most.
const MAX_SUGGESTIONS: usize = 3;

/// The shortest word the pass flags.
const MIN_LETTERS: usize = 4;

/// The shortest part of a closed compound ("work" + "rate", "win" + "less").
const MIN_PART: usize = 3;

/// Whether the word at `start..end` of `text` is a piece of a longer one: next to a hyphen
/// ("year-olds", "add-ons", "co-ordinated") or to a letter the word split left out ("café"
/// read without its last letter), or a piece of something that is not prose: an address or
/// a path (`dboyer@`, `.mobi`, `bbc.co.uk`, `a/b`), markup or an entity glued to it
/// (`communiqu&#233;`), an editor's brackets (`[A]fter`), a censored word (`sh*t`).
fn part_of_a_longer_word(text: &str, start: usize, end: usize) -> bool {
    let mut before = text[..start].chars().rev();
    let mut after = text[end..].chars();
    let (b1, b2) = (before.next(), before.next());
    let (a1, a2) = (after.next(), after.next());
    let joins = |c: char| {
        c == '-'
            || c == '‐'
            || c.is_alphanumeric()
            || matches!(
                c,
                '@' | '&' | '[' | ']' | '_' | '/' | '\\' | '*' | '#' | '='
            )
    };
    // A dot glued to the word is a domain's or a file's: ".mobi" (after a space or at the
    // start), "bbc.co" (a letter on its other side); a full stop ends a sentence.
    let dot_before = b1 == Some('.') && b2.is_none_or(|c| c.is_whitespace() || c.is_alphanumeric());
    let dot_after = a1 == Some('.') && a2.is_some_and(char::is_alphanumeric);
    [b1, a1].into_iter().flatten().any(joins) || dot_before || dot_after
}

/// Whether a word the dictionaries lack is a coinage made of known parts: two words closed
/// up ("shockwaves", "winless", "gameplan") or a prefix and a word ("delisting",
/// "reinsurers").
fn coined(word: &str, speller: &Speller) -> bool {
    let known = |w: &str| speller.knows(w);
    (1..word.len())
        .filter(|&i| word.is_char_boundary(i))
        .any(|i| {
            let (head, tail) = word.split_at(i);
            let prefix = DERIVATION_PREFIXES.contains(head) && tail.len() >= MIN_PART;
            let compound = head.len() >= MIN_PART && tail.len() >= MIN_PART && known(head);
            (prefix || compound) && known(tail)
        })
}

impl Typo {
    /// Flags each misspelled word of a draft that is not reported yet and that no source
    /// writes, when the dictionaries know a word one edit from it. Capitalised words (names)
    /// and the user's `ignore_words` were left out when `misspelled` was made.
    pub(super) fn draft_only(
        &self,
        ctx: &CheckContext,
        options: &TypoOptions,
        (misspelled, speller): (&Misspelled, &Speller),
        reported: &mut BTreeSet<(usize, usize)>,
        out: &mut Vec<Finding>,
    ) {
        let role = |d: usize| ctx.roles.get(d).copied();
        // Every word the sources write, in lower case: a word a source uses is the story's
        // own spelling (a name, a term of the trade), not a slip of the draft.
        let source_words: BTreeSet<String> = ctx
            .docs
            .iter()
            .enumerate()
            .filter(|&(d, _)| role(d) == Some(DocumentRole::Source))
            .flat_map(|(_, doc)| doc.article.text.unicode_words())
            .map(str::to_lowercase)
            .collect();
        for (d, doc) in ctx.docs.iter().enumerate() {
            if role(d) != Some(DocumentRole::Draft) {
                continue;
            }
            for (s, sentence) in doc.sentences.iter().enumerate() {
                for &(offset, word) in &misspelled[d][s] {
                    let start = sentence.start + offset;
                    // A capitalised title word is checked only against an aligned sentence;
                    // a short one is an abbreviation as often as a slip ("bpd", "ntl").
                    if word.len() < MIN_LETTERS
                        || !word.starts_with(|c: char| c.is_ascii_lowercase())
                        || source_words.contains(&word.to_lowercase())
                        || part_of_a_longer_word(&doc.article.text, start, start + word.len())
                        || coined(word, speller)
                    {
                        continue;
                    }
                    if reported.contains(&(d, start)) {
                        continue;
                    }
                    let suggestions = speller.one_edit_away(word, MAX_SUGGESTIONS);
                    if suggestions.is_empty() {
                        continue;
                    }
                    reported.insert((d, start));
                    out.push(Finding {
                        confidence: crate::findings::UNRATED,
                        check: self.id().into(),
                        category: self.category(),
                        severity: Severity::Info.max(options.severity.min(Severity::Warning)),
                        message: format!(
                            "\"{word}\" is not in the dictionaries and no source writes it"
                        ),
                        evidence: vec![Evidence::new(doc, d, s, start, start + word.len())],
                        suggestion: Some(format!("{word} -> {}", suggestions.join(" / "))),
                    });
                }
            }
        }
    }
}
