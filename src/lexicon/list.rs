//! The two shapes a list takes: a set of words, and a table from words to values.

use std::collections::HashMap;
use std::collections::HashSet;
use std::sync::OnceLock;

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

/// A set of words or phrases, in file order.
pub struct WordList {
    file: &'static str,
    text: &'static str,
    parsed: OnceLock<ParsedList>,
}

struct ParsedList {
    role: &'static str,
    words: Vec<&'static str>,
    set: HashSet<&'static str>,
}

impl WordList {
    #[doc(hidden)]
    pub const fn new(file: &'static str, text: &'static str) -> Self {
        WordList {
            file,
            text,
            parsed: OnceLock::new(),
        }
    }

    fn parsed(&self) -> &ParsedList {
        self.parsed.get_or_init(|| {
            let (role, words) = parse(self.file, self.text);
            let set = words.iter().copied().collect();
            ParsedList { role, words, set }
        })
    }

    /// Whether `word` is in the list, exactly as written there (lists are lower case
    /// unless their header says otherwise).
    pub fn contains(&self, word: &str) -> bool {
        self.parsed().set.contains(word)
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

/// A table from words or phrases to values (`key = value` lines), in file order.
pub struct WordTable {
    file: &'static str,
    text: &'static str,
    parsed: OnceLock<ParsedTable>,
}

struct ParsedTable {
    role: &'static str,
    entries: Vec<(&'static str, &'static str)>,
    index: HashMap<&'static str, usize>,
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
            let entries: Vec<(&str, &str)> = lines
                .iter()
                .map(|line| match line.split_once(" = ") {
                    Some((k, v)) => (k.trim(), v.trim()),
                    None => panic!(
                        "lexicon table {}.txt: `{line}` is not `key = value` (tested)",
                        self.file
                    ),
                })
                .collect();
            let mut index = HashMap::new();
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
    pub fn get(&self, key: &str) -> Option<&'static str> {
        let parsed = self.parsed();
        parsed.index.get(key).map(|&i| parsed.entries[i].1)
    }

    /// Whether `key` is in the table.
    pub fn contains(&self, key: &str) -> bool {
        self.parsed().index.contains_key(key)
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
