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

/// Tables outside `data/` that hold no words, and why: the test counts string literals,
/// and these literals are not vocabulary.
const NOT_WORDS: &[(&str, &str)] = &[(
    "input/decode.rs",
    "the byte signatures of binary file formats and the messages that name them",
)];

/// A table is a `const`/`static` slice, or a `matches!`, with this many string literals or more.
const LARGE: usize = 8;

/// The words of each large table in one source file (tests left out).
fn table_words(source: &str) -> usize {
    let code = match source.find("#[cfg(test)]") {
        Some(i) => &source[..i],
        None => source,
    };
    let mut total = 0;
    let mut rest = code;
    // `const NAME: &[...] = &[ ... ];` and `matches!( ... )`.
    while let Some(start) = ["= &[", "matches!("]
        .iter()
        .filter_map(|pat| rest.find(pat).map(|i| (i, pat.len())))
        .min()
    {
        // Tables of docs (`&[KeyDoc]`, `&[TableDoc]`) hold prose, not words.
        let declared = &rest[rest[..start.0].rfind('\n').map_or(0, |i| i + 1)..start.0];
        let prose = declared.contains("Doc]");
        let body = &rest[start.0 + start.1..];
        let mut depth = 1usize;
        let mut end = body.len();
        let mut in_string = false;
        let mut escaped = false;
        for (i, c) in body.char_indices() {
            if in_string {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => in_string = false,
                    _ => {}
                }
                continue;
            }
            match c {
                '"' => in_string = true,
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
        let literals = body[..end].matches('"').count() / 2;
        if literals >= LARGE && !prose {
            total += literals;
        }
        rest = &body[end.min(body.len())..];
    }
    total
}

#[test]
fn no_large_word_table_outside_the_lexicon() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = BTreeMap::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if path.file_name() != Some("lexicon".as_ref()) {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                let words = table_words(&std::fs::read_to_string(&path).unwrap());
                if words > 0 {
                    let rel = path
                        .strip_prefix(&src)
                        .unwrap()
                        .to_string_lossy()
                        .replace('\\', "/");
                    found.insert(rel, words);
                }
            }
        }
    }
    let problems: Vec<String> = found
        .iter()
        .filter(|(file, _)| !NOT_WORDS.iter().any(|(f, _)| f == file))
        .map(|(file, words)| {
            format!("{file}: {words} words in tables; move them to src/lexicon/data/")
        })
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for (file, why) in NOT_WORDS {
        assert!(
            found.contains_key(*file),
            "{file} no longer holds {why}: take it off NOT_WORDS"
        );
    }
}

#[test]
fn the_table_counter_counts_tables_and_skips_small_ones() {
    let code = r#"
        const SMALL: &[&str] = &["a", "b"];
        const BIG: &[&str] = &["a", "b", "c", "d", "e", "f", "g", "h", "i"];
        fn f(w: &str) -> bool { matches!(w, "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8") }
        #[cfg(test)]
        const IN_TESTS: &[&str] = &["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    "#;
    assert_eq!(table_words(code), 17);
}
