//! The two shapes a list takes: a set of words, and a table from words to values. A list
//! may also be one reader's view of a shared file (`word = reader reader ...` lines): the
//! words of a family (stop words, abbreviations, titles) are written once, each with the
//! readers that use it.

use std::collections::HashMap;
use std::collections::HashSet;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Deref;
use std::sync::{LazyLock, OnceLock};

/// A fast hash for short words (the multiply-rotate hash of rustc's `FxHasher`): lookups run
/// on every token, and the words are our own, so no hash flooding to guard against.
#[derive(Default)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
            self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.write(&[b]);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type WordSet = HashSet<&'static str, BuildHasherDefault<WordHasher>>;
type WordIndex = HashMap<&'static str, usize, BuildHasherDefault<WordHasher>>;

/// The header and entry lines of one data file.
fn parse(file: &'static str, text: &'static str) -> (&'static str, Vec<&'static str>) {
    let mut role = "";
    let mut entries = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if let Some(comment) = line.strip_prefix('#') {
            if let Some(r) = comment.trim().strip_prefix("role:") {
                role = r.trim();
            }
            continue;
        }
        if !line.is_empty() {
            entries.push(line);
        }
    }
    assert!(
        !role.is_empty(),
        "lexicon file {file}.txt has no `# role:` line (tested)"
    );
    (role, entries)
}

/// Lists of up to this many words are scanned, not hashed: comparing a few lengths is
/// cheaper than hashing the word.
const SCANNED: usize = 8;

/// A set of words or phrases, in file order. It derefs to the words as a slice.
pub struct WordList {
    file: &'static str,
    text: &'static str,
    /// The reader whose view of a shared file this is (`None`: the whole file is the list).
    reader: Option<&'static str>,
    parsed: OnceLock<ParsedList>,
}

struct ParsedList {
    role: &'static str,
    words: Vec<&'static str>,
    set: WordSet,
}

impl WordList {
    #[doc(hidden)]
    pub const fn new(file: &'static str, text: &'static str) -> Self {
        WordList {
            file,
            text,
            reader: None,
            parsed: OnceLock::new(),
        }
    }

    /// The words of a shared file whose line names `reader` (`word = reader other`).
    #[doc(hidden)]
    pub const fn view(file: &'static str, text: &'static str, reader: &'static str) -> Self {
        WordList {
            file,
            text,
            reader: Some(reader),
            parsed: OnceLock::new(),
        }
    }

    fn parsed(&self) -> &ParsedList {
        self.parsed.get_or_init(|| {
            let (role, lines) = parse(self.file, self.text);
            let words: Vec<&str> = match self.reader {
                None => lines,
                Some(reader) => key_values(self.file, &lines)
                    .into_iter()
                    .filter(|(_, readers)| readers.split_whitespace().any(|r| r == reader))
                    .map(|(word, _)| word)
                    .collect(),
            };
            let set = words.iter().copied().collect();
            ParsedList { role, words, set }
        })
    }

    /// Whether `word` is in the list, exactly as written there (lists are lower case
    /// unless their header says otherwise). A short list is scanned (a few compares of
    /// lengths, as a `matches!` on literals would make) rather than hashed.
    pub fn contains(&self, word: impl AsRef<str>) -> bool {
        let parsed = self.parsed();
        let word = word.as_ref();
        if parsed.words.len() <= SCANNED {
            parsed.words.contains(&word)
        } else {
            parsed.set.contains(word)
        }
    }

    /// The reader this list is a view for, if it is one.
    pub fn reader(&self) -> Option<&'static str> {
        self.reader
    }

    /// The words in file order.
    pub fn words(&self) -> &[&'static str] {
        &self.parsed().words
    }

    /// The role the header gives.
    pub fn role(&self) -> &'static str {
        self.parsed().role
    }

    /// The entries (for the lexicon's tests).
    pub fn keys(&self) -> Vec<&'static str> {
        self.words().to_vec()
    }
}

impl Deref for WordList {
    type Target = [&'static str];

    fn deref(&self) -> &Self::Target {
        self.words()
    }
}

/// `key = value` lines split in two.
fn key_values(file: &str, lines: &[&'static str]) -> Vec<(&'static str, &'static str)> {
    lines
        .iter()
        .map(|line| match line.split_once(" = ") {
            Some((k, v)) => (k.trim(), v.trim()),
            None => panic!("lexicon table {file}.txt: `{line}` is not `key = value` (tested)"),
        })
        .collect()
}

/// A table from words or phrases to values (`key = value` lines), in file order.
pub struct WordTable {
    file: &'static str,
    text: &'static str,
    parsed: OnceLock<ParsedTable>,
}

struct ParsedTable {
    role: &'static str,
    entries: Vec<(&'static str, &'static str)>,
    index: WordIndex,
}

impl WordTable {
    #[doc(hidden)]
    pub const fn new(file: &'static str, text: &'static str) -> Self {
        WordTable {
            file,
            text,
            parsed: OnceLock::new(),
        }
    }

    fn parsed(&self) -> &ParsedTable {
        self.parsed.get_or_init(|| {
            let (role, lines) = parse(self.file, self.text);
            let entries = key_values(self.file, &lines);
            let mut index = WordIndex::default();
            for (i, (k, _)) in entries.iter().enumerate() {
                index.entry(*k).or_insert(i);
            }
            ParsedTable {
                role,
                entries,
                index,
            }
        })
    }

    /// The value of `key`, as written in the file (the first, if a key is repeated).
    pub fn get(&self, key: impl AsRef<str>) -> Option<&'static str> {
        let parsed = self.parsed();
        parsed.index.get(key.as_ref()).map(|&i| parsed.entries[i].1)
    }

    /// Whether `key` is in the table.
    pub fn contains(&self, key: impl AsRef<str>) -> bool {
        self.parsed().index.contains_key(key.as_ref())
    }

    /// The entries in file order.
    pub fn entries(&self) -> &[(&'static str, &'static str)] {
        &self.parsed().entries
    }

    /// The role the header gives.
    pub fn role(&self) -> &'static str {
        self.parsed().role
    }

    /// The keys (for the lexicon's tests).
    pub fn keys(&self) -> Vec<&'static str> {
        self.entries().iter().map(|(k, _)| *k).collect()
    }
}

/// A regex alternation (`a|b|c`) of a list's words, built on first use; it formats as the
/// alternation, for `format!` of a pattern.
pub struct Alternation(LazyLock<String>);

impl Alternation {
    /// The alternation `build` makes (`|| WORDS.join("|")`, say).
    pub const fn new(build: fn() -> String) -> Self {
        Alternation(LazyLock::new(build))
    }

    /// The alternation.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Alternation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
