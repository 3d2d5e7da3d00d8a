//! typo: a word that is not a word, next to the word another outlet wrote in the same place.

use std::collections::BTreeSet;
use std::sync::{Mutex, OnceLock};

use rayon::prelude::*;
use unicase::UniCase;
use unicode_segmentation::UnicodeSegmentation;

use super::{Check, CheckContext, CheckDoc};
use crate::config::CheckSettings;
use crate::findings::{Category, Evidence, Finding, Severity};

pub struct Typo;

static DOC: CheckDoc = CheckDoc {
    summary: "A misspelled word, shown beside the word the aligned sentence of another outlet uses.",
    what_it_flags: "A lower-case word in one article that is a known misspelling (the typos-dict list) \
or, when Hunspell dictionaries are installed, not in them, and that is a small edit away from a word \
the aligned sentence of another article uses instead. Capitalised words are names and are left to \
name-spelling, except a title word before a name (\"Fed Chayrman Alan Greenspan\" vs \"Fed Chairman Alan \
Greenspan\": the name extractor keeps titles apart, so name-spelling never sees them). A lower-case \
word of at most three letters between two capitalised ones inside a sentence (\"Leonardo da Vinci\") \
is left to name-spelling too. The part after a prefix's hyphen is no word of its own when the two \
joined make a word in the dictionaries (\"co-ordinated\", \"re-elected\"). With `dictionary_only = true` known misspellings are flagged even with no counterpart \
(for a draft with no sources).",
    why_it_matters: "A typo in copy that was checked against sources is cheap to fix before publication \
and embarrassing after.",
    example: "\"but callef for a true cessation\" vs \"He called for a true cessation\": callef -> called.",
    options: "severity; max_edit_distance (default 2; words of 3 letters allow 1; a correction the known-misspellings list gives counts at any distance); \
dictionaries (Hunspell paths without extension, used when present); dictionary_only; ignore_words.",
};

impl Check for Typo {
    fn id(&self) -> &'static str {
        "typo"
    }
    fn category(&self) -> Category {
        Category::Typo
    }
    fn doc(&self) -> &'static CheckDoc {
        &DOC
    }
    fn default_severity(&self) -> Severity {
        Severity::Warning
    }

    fn run(&self, ctx: &CheckContext, settings: &CheckSettings, out: &mut Vec<Finding>) {
        let speller = Speller::load(settings.dictionaries.as_deref().unwrap_or(&[]));
        let max_edit = settings.max_edit_distance.unwrap_or(2);
        let ignore: BTreeSet<String> = settings
            .ignore_words
            .iter()
            .flatten()
            .map(|w| w.to_lowercase())
            .collect();
        // The misspelled words of every sentence, found once (in parallel), not once per
        // link: most sentences have none, and their links cost nothing more.
        let misspelled: Vec<Vec<Vec<(usize, &str)>>> = ctx
            .docs
            .par_iter()
            .map(|doc| {
                (0..doc.sentences.len())
                    .map(|i| {
                        let words: Vec<(usize, &str)> =
                            doc.sentence_text(i).unicode_word_indices().collect();
                        (0..words.len())
                            .filter(|&k| {
                                let w = words[k].1;
                                let capitalised_title = k > 0
                                    && is_capitalised_word(w)
                                    && words.get(k + 1).is_some_and(|(_, n)| {
                                        n.starts_with(|c: char| c.is_uppercase())
                                    });
                                (is_checkable(w) || capitalised_title)
                                    && (ignore.is_empty() || !ignore.contains(&w.to_lowercase()))
                                    && !inside_name(&words, k)
                                    && speller.is_misspelled(w)
                            })
                            .map(|k| words[k])
                            .collect()
                    })
                    .collect()
            })
            .collect();
        // (document, start) of words already reported.
        let mut reported: BTreeSet<(usize, usize)> = BTreeSet::new();
        for (pair, flipped) in ctx.directed_pairs() {
            let (this, other) = if flipped {
                (pair.b, pair.a)
            } else {
                (pair.a, pair.b)
            };
            let words = &misspelled[this.document][this.sentence];
            if words.is_empty() {
                continue;
            }
            let (dt, dother) = (&ctx.docs[this.document], &ctx.docs[other.document]);
            let base = dt.sentences[this.sentence].start;
            // The aligned sentence, and for known misspellings its neighbours too: outlets
            // split the same report into sentences differently.
            let window = |wide: bool| {
                let s = other.sentence;
                let range = if wide {
                    s.saturating_sub(1)..(s + 2).min(dother.sentences.len())
                } else {
                    s..s + 1
                };
                range
                    .flat_map(|i| {
                        let start = dother.sentences[i].start;
                        dother
                            .sentence_text(i)
                            .unicode_word_indices()
                            .map(move |(o, w)| (i, start + o, w))
                    })
                    .collect::<Vec<_>>()
            };
            let narrow = window(false);
            let wide = window(true);
            let other_lower: BTreeSet<String> =
                narrow.iter().map(|(_, _, w)| w.to_lowercase()).collect();
            // Compounds the other sentence hyphenates ("co-conspirator" against
            // "coconspirator"): the same word written as one.
            let hyphenated: BTreeSet<String> = dother
                .sentence_text(other.sentence)
                .split_whitespace()
                .filter(|t| t.contains('-'))
                .map(|t| {
                    t.trim_matches(|c: char| !c.is_alphanumeric())
                        .replace('-', "")
                        .to_lowercase()
                })
                .collect();
            for &(offset, word) in words {
                if other_lower.contains(word) || hyphenated.contains(word) {
                    continue;
                }
                // A capitalised word is a name, unless the word it is a small edit away from
                // is a title ("Fed Chayrman Alan Greenspan" vs "Fed Chairman Alan Greenspan"):
                // the name extractor keeps a title apart from the name, so name-spelling
                // never sees it.
                let capitalised = !is_checkable(word);
                if capitalised && other_lower.contains(&word.to_lowercase()) {
                    continue;
                }
                // ... and only where the title stands: before the same word in both sentences
                // ("Chayrman Alan" and "Chairman Alan").
                let next_here = capitalised
                    .then(|| {
                        dt.sentence_text(this.sentence)
                            .unicode_word_indices()
                            .skip_while(|&(o, _)| o <= offset)
                            .map(|(_, w)| w)
                            .next()
                    })
                    .flatten();
                let before_same_word = |i: usize, o: usize| {
                    narrow
                        .iter()
                        .find(|&&(ni, no, _)| ni == i && no > o)
                        .is_some_and(|&(ni, _, w)| ni == i && Some(w) == next_here)
                };
                // The last part of a hyphenated compound noun ("left-hander", "first-timer"):
                // a word and "-er", not a word on its own.
                let compound_agent = dt.article.text[..base + offset].ends_with('-')
                    && word
                        .strip_suffix("ers")
                        .or_else(|| word.strip_suffix("er"))
                        .is_some_and(|stem| stem.len() >= 3 && !speller.is_misspelled(stem));
                if compound_agent {
                    continue;
                }
                // The part after a prefix's hyphen ("co-ordinated", "re-elected"): the word
                // is the two joined, when they make one.
                let prefix = dt.article.text[..base + offset]
                    .strip_suffix('-')
                    .map_or("", |b| {
                        let start = b
                            .char_indices()
                            .rfind(|(_, c)| !c.is_alphabetic())
                            .map_or(0, |(i, c)| i + c.len_utf8());
                        &b[start..]
                    });
                if !prefix.is_empty() && speller.knows(&format!("{prefix}{word}")) {
                    continue;
                }
                let limit = if word.chars().count() <= 3 {
                    1
                } else {
                    max_edit
                };
                let known = known_corrections(word);
                let candidates = if known.is_empty() { &narrow } else { &wide };
                let best = candidates
                    .iter()
                    .filter(|(i, o, v)| {
                        if capitalised {
                            is_capitalised_word(v)
                                && before_same_word(*i, *o)
                                && crate::extract::name::is_title_word(&v.to_lowercase())
                                && !speller.is_misspelled(v)
                        } else {
                            is_correction(v) && !speller.is_misspelled(v)
                        }
                    })
                    .map(|&(i, o, v)| {
                        (
                            strsim::damerau_levenshtein(&word.to_lowercase(), &v.to_lowercase()),
                            !known.contains(&v),
                            i != other.sentence,
                            o,
                            i,
                            v,
                        )
                    })
                    // A correction the known-misspellings list gives counts at any distance
                    // ("owudl" -> "would").
                    .filter(|(d, unknown, ..)| *d <= limit || !unknown)
                    .min_by_key(|&(d, unknown, other, o, i, v)| (unknown, d, other, o, i, v));
                let Some((_, _, _, other_offset, other_sentence, correction)) = best else {
                    continue;
                };
                if !reported.insert((this.document, base + offset)) {
                    continue;
                }
                out.push(Finding {
                    check: self.id().into(),
                    category: self.category(),
                    severity: settings.severity,
                    message: format!(
                        "\"{word}\" is not a word; the aligned sentence has \"{correction}\""
                    ),
                    evidence: vec![
                        Evidence::new(
                            dt,
                            this.document,
                            this.sentence,
                            base + offset,
                            base + offset + word.len(),
                        ),
                        Evidence::new(
                            dother,
                            other.document,
                            other_sentence,
                            other_offset,
                            other_offset + correction.len(),
                        ),
                    ],
                    suggestion: Some(format!("{word} -> {correction}")),
                });
            }
        }
        if settings.dictionary_only.unwrap_or(false) {
            self.dictionary_only(ctx, settings, &ignore, &mut reported, out);
        }
    }
}

impl Typo {
    fn dictionary_only(
        &self,
        ctx: &CheckContext,
        settings: &CheckSettings,
        ignore: &BTreeSet<String>,
        reported: &mut BTreeSet<(usize, usize)>,
        out: &mut Vec<Finding>,
    ) {
        for (d, doc) in ctx.docs.iter().enumerate() {
            for (s, sentence) in doc.sentences.iter().enumerate() {
                let text = doc.sentence_text(s);
                for (offset, word) in text.unicode_word_indices() {
                    if !is_checkable(word) || ignore.contains(word) {
                        continue;
                    }
                    let known = known_corrections(word);
                    if known.is_empty() || !reported.insert((d, sentence.start + offset)) {
                        continue;
                    }
                    let start = sentence.start + offset;
                    out.push(Finding {
                        check: self.id().into(),
                        category: self.category(),
                        severity: Severity::Info.max(settings.severity.min(Severity::Warning)),
                        message: format!("\"{word}\" is a known misspelling"),
                        evidence: vec![Evidence::new(doc, d, s, start, start + word.len())],
                        suggestion: Some(format!("{word} -> {}", known.join(" / "))),
                    });
                }
            }
        }
    }
}

/// Whether word `k`, of at most three letters, stands between two capitalised words, the
/// first not opening the sentence: a particle of a name ("Leonardo da Vinci", a stage name),
/// not a misspelling. Longer words there are verbs ("Okafor thanked Reuters").
fn inside_name(words: &[(usize, &str)], k: usize) -> bool {
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    k >= 2
        && words[k].1.chars().count() <= 3
        && words.get(k + 1).is_some_and(|(_, next)| capitalised(next))
        && capitalised(words[k - 1].1)
}

/// Lower-case alphabetic words of three letters or more: capitalised words are names.
fn is_checkable(word: &str) -> bool {
    word.len() >= 3 && word.chars().all(|c| c.is_ascii_lowercase())
}

/// A capitalised alphabetic word of four letters or more ("Chairman"), checked only against a
/// title word of the aligned sentence.
fn is_capitalised_word(word: &str) -> bool {
    let mut chars = word.chars();
    word.len() >= 4
        && chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_lowercase())
}

/// Words that may be offered as a correction: checkable words and contractions ("dont"
/// -> "don't").
fn is_correction(word: &str) -> bool {
    word.len() >= 3
        && word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '\'' || c == '’')
        && word.chars().next().is_some_and(|c| c.is_ascii_lowercase())
}

/// Corrections the known-misspellings list gives for `word` (empty when it is not listed).
pub fn known_corrections(word: &str) -> Vec<&'static str> {
    typos_dict::WORD
        .find(&UniCase::new(word))
        .map(|c| c.to_vec())
        .unwrap_or_default()
}

/// The known-misspellings list plus the Hunspell dictionaries that could be loaded.
pub struct Speller {
    dictionaries: Vec<&'static spellbook::Dictionary>,
}

type DictionaryCache = Mutex<Vec<(String, Option<&'static spellbook::Dictionary>)>>;

fn cache() -> &'static DictionaryCache {
    static CACHE: OnceLock<DictionaryCache> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(Vec::new()))
}

impl Speller {
    /// Loads each dictionary (`path.aff` + `path.dic`) once per process; missing ones are skipped.
    pub fn load(paths: &[String]) -> Self {
        let mut cache = cache().lock().unwrap_or_else(|e| e.into_inner());
        let mut dictionaries = Vec::new();
        for path in paths {
            let entry = match cache.iter().find(|(p, _)| p == path) {
                Some((_, d)) => *d,
                None => {
                    let loaded = load_dictionary(path).map(|d| &*Box::leak(Box::new(d)));
                    cache.push((path.clone(), loaded));
                    loaded
                }
            };
            dictionaries.extend(entry);
        }
        Speller { dictionaries }
    }

    /// Whether `word` is in a loaded dictionary (never, without one).
    pub fn knows(&self, word: &str) -> bool {
        known_corrections(word).is_empty() && self.dictionaries.iter().any(|d| d.check(word))
    }

    /// Whether `word` is a known misspelling, or absent from every loaded dictionary.
    pub fn is_misspelled(&self, word: &str) -> bool {
        if !known_corrections(word).is_empty() {
            return true;
        }
        !self.dictionaries.is_empty() && !self.dictionaries.iter().any(|d| d.check(word))
    }
}

/// A warning when the typo check runs with Hunspell dictionaries configured and none of them
/// can be loaded: it then knows only the known-misspellings list and misses most typos. The
/// dictionaries loaded here are the ones the check uses (loaded once per process).
pub fn missing_dictionaries(settings: &CheckSettings) -> Option<String> {
    let paths = settings.dictionaries.as_deref().unwrap_or(&[]);
    (settings.enabled && !paths.is_empty() && Speller::load(paths).dictionaries.is_empty()).then(|| {
        format!(
            "typo: no Hunspell dictionary found ({}); only the known-misspellings list is used. \
             Install one (Debian/Ubuntu: apt-get install hunspell-en-us) or set \
             [checks.typo] dictionaries",
            paths
                .iter()
                .map(|p| format!("{p}.dic"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    })
}

fn load_dictionary(path: &str) -> Option<spellbook::Dictionary> {
    let aff = std::fs::read_to_string(format!("{path}.aff")).ok()?;
    let dic = std::fs::read_to_string(format!("{path}.dic")).ok()?;
    spellbook::Dictionary::new(&aff, &dic).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_word_between_capitalised_words_is_a_name_particle() {
        use unicode_segmentation::UnicodeSegmentation;
        let words = |t: &'static str| t.unicode_word_indices().collect::<Vec<_>>();
        let w = words("The rapper Kwame tha Builder sang");
        assert!(inside_name(&w, 3));
        // Opening the sentence, the first capital says nothing.
        let w = words("Kwame tha Builder sang");
        assert!(!inside_name(&w, 1));
        // A longer word there is a verb.
        let w = words("Mayor Okafor thankd Reuters");
        assert!(!inside_name(&w, 2));
    }

    #[test]
    fn known_misspelling_list_has_callef() {
        assert!(known_corrections("callef").contains(&"called"));
        assert!(known_corrections("called").is_empty());
    }
}
