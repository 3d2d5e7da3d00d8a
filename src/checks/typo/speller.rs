//! The speller: the known-misspellings list (typos-dict) and the Hunspell dictionaries that
//! could be loaded (each loaded once per process), and the warning when none could be.

use std::path::Path;
use std::sync::{Mutex, OnceLock};

use unicase::UniCase;

use super::options::TypoOptions;
use crate::config::files::{megabytes, read_regular_file, refuse_special_file};
use crate::error::{Error, Result};

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

    /// The corrections of `word` one edit away (a letter added, dropped, changed, or two
    /// swapped) that a loaded dictionary offers and knows, in the first dictionary's order,
    /// at most `most`; empty without a dictionary. A known misspelling's listed corrections
    /// come first.
    pub fn one_edit_away(&self, word: &str, most: usize) -> Vec<String> {
        let mut out: Vec<String> = known_corrections(word)
            .into_iter()
            .filter(|c| strsim::osa_distance(word, c) == 1)
            .map(str::to_string)
            .collect();
        let mut suggestions = Vec::new();
        for dictionary in &self.dictionaries {
            dictionary.suggest(word, &mut suggestions);
            for s in suggestions.drain(..) {
                let one_edit = s.chars().all(|c| c.is_ascii_lowercase())
                    && strsim::osa_distance(word, &s) == 1;
                if one_edit && !out.contains(&s) && self.knows(&s) {
                    out.push(s);
                }
            }
        }
        out.truncate(most);
        out
    }

    /// Whether `word` is a known misspelling, or absent from every loaded dictionary.
    pub fn is_misspelled(&self, word: &str) -> bool {
        if !known_corrections(word).is_empty() {
            return true;
        }
        !self.dictionaries.is_empty() && !self.dictionaries.iter().any(|d| d.check(word))
    }
}

/// The largest Hunspell file read (common dictionaries are a few megabytes).
const MAX_DICTIONARY_BYTES: u64 = 64_000_000;

/// A warning when the typo check runs with Hunspell dictionaries configured and none of them
/// can be loaded: it then knows only the known-misspellings list and misses most typos. The
/// dictionaries loaded here are the ones the check uses (loaded once per process). A
/// dictionary file that exists but is no regular file (a FIFO, `/dev/zero` through a link)
/// or is larger than 64 MB is an error naming it, found before anything is read.
pub fn missing_dictionaries(options: &TypoOptions) -> Result<Option<String>> {
    refuse_bad_dictionaries(options)?;
    let paths = options.dictionaries.as_deref().unwrap_or(&[]);
    Ok((options.enabled && !paths.is_empty() && Speller::load(paths).dictionaries.is_empty()).then(|| {
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
    }))
}

/// An error naming the first dictionary file of the typo check that exists but is no
/// regular file or is larger than 64 MB, without loading any: `check` refuses them before it
/// reads the articles, and has the dictionaries loaded only once the checks need them (not
/// beside the articles' sentences and the aligner's vectors).
pub fn refuse_bad_dictionaries(options: &TypoOptions) -> Result<()> {
    let paths = options.dictionaries.as_deref().unwrap_or(&[]);
    if options.enabled {
        for path in paths {
            for file in [format!("{path}.aff"), format!("{path}.dic")] {
                let file = Path::new(&file);
                let Ok(meta) = std::fs::metadata(file) else {
                    continue;
                };
                refuse_special_file(file)?;
                if meta.is_file() && meta.len() > MAX_DICTIONARY_BYTES {
                    return Err(Error::input(
                        file,
                        format!(
                            "a Hunspell dictionary larger than the limit of {}",
                            megabytes(MAX_DICTIONARY_BYTES)
                        ),
                    ));
                }
            }
        }
    }
    Ok(())
}

fn load_dictionary(path: &str) -> Option<spellbook::Dictionary> {
    let read = |file: String| {
        let bytes = read_regular_file(Path::new(&file), MAX_DICTIONARY_BYTES, "").ok()?;
        String::from_utf8(bytes).ok()
    };
    let aff = read(format!("{path}.aff"))?;
    let dic = read(format!("{path}.dic"))?;
    spellbook::Dictionary::new(&aff, &dic).ok()
}
