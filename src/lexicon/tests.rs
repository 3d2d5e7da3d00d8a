use std::collections::BTreeMap;
use std::path::Path;

use super::*;

#[test]
fn lists_load_in_file_order() {
    assert_eq!(LEXICON_SELF_TEST.words(), ["alpha", "beta gamma"]);
    assert!(LEXICON_SELF_TEST.contains("beta gamma"));
    assert!(!LEXICON_SELF_TEST.contains("Alpha"));
    assert_eq!(LEXICON_SELF_TEST.role(), "lexicon-self-test");
}

#[test]
fn no_word_sits_in_two_lists_of_one_role() {
    let mut seen: BTreeMap<(&str, &str), &str> = BTreeMap::new();
    let mut clashes = Vec::new();
    for (file, role, words) in all() {
        let mut own = std::collections::BTreeSet::new();
        for word in words {
            assert!(own.insert(word), "{file}.txt lists `{word}` twice");
            if let Some(other) = seen.insert((role, word), file)
                && other != file
            {
                clashes.push(format!("`{word}` ({role}) in {other}.txt and {file}.txt"));
            }
        }
    }
    assert!(clashes.is_empty(), "{}", clashes.join("\n"));
}

#[test]
fn every_reader_of_a_shared_file_has_a_view_and_every_view_has_words() {
    let shared: [(&str, &WordTable); 20] = [
        ("stop_words", &STOP_WORD_READERS),
        ("abbreviations", &ABBREVIATION_READERS),
        ("titles", &TITLE_READERS),
        ("reporting_verbs", &REPORTING_VERB_READERS),
        ("organisation_words", &ORGANISATION_WORD_READERS),
        ("modals", &MODAL_READERS),
        ("determiners", &DETERMINER_READERS),
        ("pronouns", &PRONOUN_READERS),
        ("conjunctions", &CONJUNCTION_READERS),
        ("prepositions", &PREPOSITION_READERS),
        ("auxiliaries", &AUXILIARY_READERS),
        ("aspect_verbs", &ASPECT_VERB_READERS),
        ("adverbs", &ADVERB_READERS),
        ("time_modifiers", &TIME_MODIFIER_READERS),
        ("writings", &WRITING_READERS),
        ("name_connectors", &NAME_CONNECTOR_READERS),
        ("demonyms", &DEMONYM_READERS),
        ("title_modifiers", &TITLE_MODIFIER_READERS),
        ("voting_nouns", &VOTING_NOUN_READERS),
        ("figure_scope", &FIGURE_SCOPE_READERS),
    ];
    let views = all_views();
    for (file, table) in shared {
        for (word, readers) in table.entries() {
            assert!(!readers.is_empty(), "{file}.txt: `{word}` names no reader");
            for reader in readers.split_whitespace() {
                assert!(
                    views.iter().any(|(f, r, _)| *f == file && *r == reader),
                    "{file}.txt: `{word}` names the reader `{reader}`, which has no view"
                );
            }
        }
    }
    for (file, reader, words) in views {
        assert!(
            shared.iter().any(|(f, _)| *f == file),
            "{file}.txt has views but is not in the list of shared files"
        );
        assert!(
            !words.is_empty(),
            "the `{reader}` view of {file}.txt is empty"
        );
    }
}

#[test]
fn a_view_holds_the_words_that_name_its_reader_in_file_order() {
    assert!(NAME_STOP_WORDS.contains("the") && NUMBER_STOP_WORDS.contains("the"));
    assert!(ALIGN_STOP_WORDS.contains("mr") && !NAME_STOP_WORDS.contains("mr"));
    assert!(MODALS_AND_TO.contains("shall") && !MODALS.contains("shall"));
    assert_eq!(&MODALS[..3], ["can", "could", "would"]);
    assert_eq!(MODALS.role(), "modal");
}

#[test]
fn gendered_words_name_one_of_two_genders() {
    for (word, gender) in GENDERED_WORDS.entries() {
        assert!(matches!(*gender, "female" | "male"), "{word} = {gender}");
    }
}

#[test]
fn every_entry_is_trimmed_and_every_list_has_a_role() {
    for (file, role, words) in all() {
        assert!(!role.is_empty(), "{file}.txt has no role");
        for word in words {
            assert_eq!(word, word.trim(), "{file}.txt: `{word}`");
            assert!(
                !word.contains("  "),
                "{file}.txt: `{word}` has a double space"
            );
        }
    }
}

/// Tables outside `data/` that hold no words, each named by its file and its first
/// literal, and why: the test counts string literals, and these literals are not vocabulary
/// but part of a rule (punctuation, symbols, formats) or the extractor's own labels.
const NOT_WORDS: &[(&str, &str, &str)] = &[
    (
        "input/decode.rs",
        "%PDF",
        "the byte signatures of binary file formats and the messages that name them",
    ),
    ("input/mod.rs", "txt", "file name extensions of plain text"),
    ("input/mod.rs", "html", "file name extensions of HTML"),
    (
        "cli/docs.rs",
        "-",
        "Markdown marks that open a block (list items, headings, quotes, tables)",
    ),
    (
        "render/mod.rs",
        "-",
        "the hyphen characters that join two words",
    ),
    (
        "extract/number/names.rs",
        ".",
        "the punctuation that ends a sentence",
    ),
    (
        "extract/number/unit.rs",
        "percent",
        "unit labels the extractor gives (`percent`, `TALLY`, `AGE`), not words of the text",
    ),
    (
        "extract/number/unit.rs",
        "km",
        "unit symbols a length normalises to (the values of units.txt), which may be squared",
    ),
    (
        "extract/quote/frames/subject.rs",
        ",",
        "the punctuation between a clause and the cue after it (\", \", \".,\", \"%,\")",
    ),
    (
        "extract/quote/frames/subject.rs",
        "),",
        "the punctuation that closes an aside before the cue (\"),\", dashes)",
    ),
    (
        "checks/name_spelling/apart.rs",
        ",",
        "the punctuation that sets two names apart in a list",
    ),
];

/// A table is a `const`/`static` slice, or a `matches!`, with this many string literals or
/// more: a word list of three words belongs in `data/`, however short.
const LARGE: usize = 3;

/// The large tables of one source file (tests left out), each as the string literals it
/// holds, as written.
fn large_tables(source: &str) -> Vec<Vec<&str>> {
    let code = match source.find("#[cfg(test)]") {
        Some(i) => &source[..i],
        None => source,
    };
    let mut tables = Vec::new();
    let mut rest = code;
    // `const NAME: &[...] = &[ ... ];` (the slice may start on the next line) and
    // `matches!( ... )`.
    while let Some((at, len)) = table_start(rest) {
        // Tables of docs (`&[KeyDoc]`, `&[TableDoc]`) hold prose, not words.
        let declared = &rest[rest[..at].rfind('\n').map_or(0, |i| i + 1)..at];
        let prose = declared.contains("Doc]");
        let body = &rest[at + len..];
        let mut depth = 1usize;
        let mut end = body.len();
        let mut literals = Vec::new();
        let mut string_start = None;
        let mut escaped = false;
        let mut chars = body.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if let Some(from) = string_start {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => {
                        literals.push(&body[from..i]);
                        string_start = None;
                    }
                    _ => {}
                }
                continue;
            }
            match c {
                // A character literal: `'"'` and `'\''` open no string.
                '\'' if body[i..].starts_with("'\"'") || body[i..].starts_with("'\\") => {
                    let close = body[i + 2..].find('\'').map_or(body.len(), |j| i + 2 + j);
                    while chars.peek().is_some_and(|&(j, _)| j <= close) {
                        chars.next();
                    }
                }
                '"' => string_start = Some(i + 1),
                '(' | '[' => depth += 1,
                ')' | ']' => {
                    depth -= 1;
                    if depth == 0 {
                        end = i;
                        break;
                    }
                }
                _ => {}
            }
        }
        if literals.len() >= LARGE && !prose {
            tables.push(literals);
        }
        rest = &body[end.min(body.len())..];
    }
    tables
}

/// Where the next table opens in `code` and the length of its opening: `matches!(`, or `&[`
/// after `=` and white space.
fn table_start(code: &str) -> Option<(usize, usize)> {
    let slice = code.match_indices("&[").find(|(i, _)| {
        code[..*i]
            .trim_end()
            .strip_suffix('=')
            .is_some_and(|before| !before.ends_with(['=', '!', '<', '>']))
    });
    let slice = slice.map(|(i, _)| {
        let eq = code[..i].trim_end().len() - 1;
        (eq, i + 2 - eq)
    });
    let matches = code.find("matches!(").map(|i| (i, "matches!(".len()));
    match (slice, matches) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Whether `path` (relative to `src/`) is a module of tests (`tests.rs`), which the crate
/// builds only under `#[cfg(test)]`.
fn is_test_module(path: &str) -> bool {
    path == "tests.rs" || path.ends_with("/tests.rs")
}

#[test]
fn no_large_word_table_outside_the_lexicon() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut problems = Vec::new();
    let mut allowed = vec![false; NOT_WORDS.len()];
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if path.file_name() != Some("lexicon".as_ref()) {
                    stack.push(path);
                }
                continue;
            }
            let rel = path
                .strip_prefix(&src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if path.extension().is_none_or(|e| e != "rs") || is_test_module(&rel) {
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            for literals in large_tables(&source) {
                match NOT_WORDS
                    .iter()
                    .position(|(f, first, _)| *f == rel && *first == literals[0])
                {
                    Some(i) => allowed[i] = true,
                    None => problems.push(format!(
                        "{rel}: a list of {} words ({}); move it to src/lexicon/data/",
                        literals.len(),
                        literals.join(" | ")
                    )),
                }
            }
        }
    }
    problems.sort();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for ((file, first, why), found) in NOT_WORDS.iter().zip(allowed) {
        assert!(
            found,
            "{file} no longer holds the table starting \"{first}\" ({why}): take it off NOT_WORDS"
        );
    }
}

#[test]
fn the_table_counter_counts_tables_and_skips_small_ones() {
    let code = r#"
        const SMALL: &[&str] = &["a", "b"];
        const BIG: &[&str] = &["a", "b", "c"];
        const WRAPPED: &[&str] =
            &["d", "e", "f", "g"];
        fn f(w: &str) -> bool { matches!(w, "1" | "2" | "3") || matches!(w, "x" | "y") }
        fn g(c: char, w: &str) -> bool { c == '"' || matches!(w, "p" | "q" | "r") }
        fn h(w: &str) -> bool { w == "s" || ["t", "u"] == [w, w] }
        #[cfg(test)]
        const IN_TESTS: &[&str] = &["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    "#;
    assert_eq!(
        large_tables(code),
        [
            vec!["a", "b", "c"],
            vec!["d", "e", "f", "g"],
            vec!["1", "2", "3"],
            vec!["p", "q", "r"],
        ]
    );
    assert!(is_test_module("extract/quote/tests.rs") && !is_test_module("tests/mod.rs"));
}
