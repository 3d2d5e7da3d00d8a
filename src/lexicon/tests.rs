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
    (
        "checks/figure_mismatch/conversions.rs",
        "(",
        "the punctuation between an amount and its conversion (\"(\", \";\", \",\", \"/\")",
    ),
    (
        "checks/figure_mismatch/durations.rs",
        "year",
        "unit labels the extractor gives (values of units.txt) with their length in days",
    ),
    (
        "extract/date/resolve.rs",
        "day",
        "the units of time the \"ago\" pattern captures, as the unit of the shift",
    ),
    (
        "extract/number/hedge.rs",
        "approx",
        "the kinds of bound that hedges.txt and postfix_hedges.txt give (their values)",
    ),
];

/// A table is a `const`/`static` slice, a slice passed to a call (`f(&[...])`), a
/// `matches!`, or a `match` whose arm patterns hold, all arms together, this many string
/// literals or more: a word list of three words belongs in `data/`, however short.
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
    tables.extend(match_tables(code));
    tables
}

/// A token of Rust source, as far as the match counter needs one.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Token<'a> {
    /// A string literal's contents, as written (raw and byte strings too).
    Str(&'a str),
    Ident(&'a str),
    Punct(&'a str),
}

/// The tokens of `code`, comments, character literals and lifetimes left out.
fn tokens(code: &str) -> Vec<Token<'_>> {
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let rest = &code[i..];
        if rest.starts_with("//") {
            i += rest.find('\n').unwrap_or(rest.len());
        } else if rest.starts_with("/*") {
            i += rest.find("*/").map_or(rest.len(), |j| j + 2);
        } else if b == b'"' {
            let mut j = i + 1;
            while j < bytes.len() && bytes[j] != b'"' {
                j += if bytes[j] == b'\\' { 2 } else { 1 };
            }
            out.push(Token::Str(&code[i + 1..j.min(bytes.len())]));
            i = j + 1;
        } else if b == b'\'' {
            // `'x'`, `'\n'`, `'"'` are characters; `'a` alone is a lifetime.
            let mut chars = rest[1..].char_indices();
            match chars.next() {
                Some((_, '\\')) => i += rest[3..].find('\'').map_or(rest.len(), |j| j + 4),
                Some((_, c)) if rest[1 + c.len_utf8()..].starts_with('\'') => i += 2 + c.len_utf8(),
                _ => i += 1,
            }
        } else if b.is_ascii_alphanumeric() || b == b'_' {
            let len = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            let word = &rest[..len];
            let raw = matches!(word, "r" | "br") && rest[len..].starts_with(['"', '#']);
            if raw {
                let hashes = rest[len..].len() - rest[len..].trim_start_matches('#').len();
                let open = len + hashes + 1;
                let close = format!("\"{}", "#".repeat(hashes));
                let end = rest[open..].find(&close).map_or(rest.len(), |j| open + j);
                out.push(Token::Str(&rest[open..end]));
                i += (end + close.len()).min(rest.len());
            } else if word == "b" && rest[len..].starts_with('"') {
                i += len;
            } else {
                out.push(Token::Ident(word));
                i += len;
            }
        } else if rest.starts_with("=>") || rest.starts_with("||") || rest.starts_with("::") {
            out.push(Token::Punct(&rest[..2]));
            i += 2;
        } else if b.is_ascii_whitespace() {
            i += 1;
        } else {
            let len = rest.chars().next().map_or(1, char::len_utf8);
            out.push(Token::Punct(&rest[..len]));
            i += len;
        }
    }
    out
}

/// The string literals in the patterns of each `match` of `code` (a literal belongs to the
/// innermost match whose arm pattern holds it; guards, arm bodies and `matches!` are left
/// out), for the matches with [`LARGE`] literals or more across their arms.
fn match_tables(code: &str) -> Vec<Vec<&str>> {
    /// An open bracket: its character, and for the body of a match, where its literals go
    /// and whether the arm read now is in its pattern.
    struct Open {
        close: &'static str,
        table: Option<usize>,
        in_pattern: bool,
        in_matches: bool,
    }
    let tokens = tokens(code);
    let mut tables: Vec<Vec<&str>> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut pending_match: Option<usize> = None;
    let mut pending_matches = false;
    for (k, &token) in tokens.iter().enumerate() {
        let in_matches = stack.last().is_some_and(|o| o.in_matches);
        match token {
            Token::Ident("match") => pending_match = Some(stack.len()),
            Token::Ident("matches") if tokens.get(k + 1) == Some(&Token::Punct("!")) => {
                pending_matches = true;
            }
            Token::Punct(open @ ("(" | "[" | "{")) => {
                let table = (open == "{" && pending_match == Some(stack.len())).then(|| {
                    tables.push(Vec::new());
                    tables.len() - 1
                });
                if table.is_some() {
                    pending_match = None;
                }
                stack.push(Open {
                    close: match open {
                        "(" => ")",
                        "[" => "]",
                        _ => "}",
                    },
                    table,
                    in_pattern: true,
                    in_matches: in_matches || (pending_matches && open == "("),
                });
                pending_matches = false;
            }
            Token::Punct(close @ (")" | "]" | "}")) => {
                while let Some(open) = stack.pop() {
                    if open.close == close {
                        break;
                    }
                }
                // A block that ends an arm's body ends the arm (`=> { ... }` with no comma)
                // unless the expression goes on (`else`, `.method()`, `?`).
                let goes_on = matches!(
                    tokens.get(k + 1),
                    Some(Token::Ident("else") | Token::Punct("." | "?" | "+" | "-" | "*" | "/"))
                );
                if close == "}"
                    && !goes_on
                    && let Some(body) = stack.last_mut()
                    && body.table.is_some()
                {
                    body.in_pattern = true;
                }
            }
            Token::Punct("=>") => {
                if let Some(body) = stack.last_mut()
                    && body.table.is_some()
                {
                    body.in_pattern = false;
                }
            }
            Token::Punct(",") => {
                if let Some(body) = stack.last_mut()
                    && body.table.is_some()
                    && !body.in_pattern
                {
                    body.in_pattern = true;
                }
            }
            // A guard is no pattern: it runs to the `=>`.
            Token::Ident("if") => {
                if let Some(body) = stack.last_mut()
                    && body.table.is_some()
                {
                    body.in_pattern = false;
                }
            }
            Token::Str(literal) if !in_matches => {
                // The innermost match body, if the literal sits in the pattern of its arm.
                if let Some(at) = stack.iter().rposition(|o| o.table.is_some()) {
                    let in_pattern =
                        stack[at].in_pattern && stack[at + 1..].iter().all(|o| o.close != "}");
                    if in_pattern && let Some(table) = stack[at].table {
                        tables[table].push(literal);
                    }
                }
            }
            _ => {}
        }
    }
    tables.retain(|literals| literals.len() >= LARGE);
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
            || code[..*i].trim_end().ends_with(['(', ','])
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
    let code = r##"
        const SMALL: &[&str] = &["a", "b"];
        const BIG: &[&str] = &["a", "b", "c"];
        const WRAPPED: &[&str] =
            &["d", "e", "f", "g"];
        fn f(w: &str) -> bool { matches!(w, "1" | "2" | "3") || matches!(w, "x" | "y") }
        fn g(c: char, w: &str) -> bool { c == '"' || matches!(w, "p" | "q" | "r") }
        fn h(w: &str) -> bool { w == "s" || ["t", "u"] == [w, w] }
        fn calls() { f(&["c1", "c2", "c3"]); g(x, &["c4", "c5", "c6"]); h(&["c7", "c8"]); }
        fn m(w: &str) -> u8 { match w { "m1" => 1, "m2" | "m3" => 2, _ => 0 } }
        fn n(w: &str) -> u8 { match w { "n1" | "n2" => 1, _ if w == "n3" || w == "n4" => 2, _ => 0 } }
        fn o(w: &str) -> bool {
            match w {
                "o1" => { let s = "body"; s.len() > 1 }
                "o2" => matches!(w, "o3" | "o4" | "o5"),
                "o6" => if w.is_empty() { "x" } else { "y" }.is_empty(),
                _ => false,
            }
        }
        fn p(a: &str, b: &str, c: char) -> u8 {
            match a {
                "p1" => match b { "q1" | "q2" | "q3" => 1, _ => 2 },
                _ => match (a, b, c) { ("t1", "t2", '"') => 3, ("t3", _, _) => 4, _ => 5 },
            }
        }
        // match w { "c1" | "c2" | "c3" => 1 }
        const RAW: &str = r#"match w { "r1" | "r2" | "r3" => 1 }"#;
        #[cfg(test)]
        const IN_TESTS: &[&str] = &["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    "##;
    assert_eq!(
        large_tables(code),
        [
            vec!["a", "b", "c"],
            vec!["d", "e", "f", "g"],
            vec!["1", "2", "3"],
            vec!["p", "q", "r"],
            vec!["c1", "c2", "c3"],
            vec!["c4", "c5", "c6"],
            vec!["o3", "o4", "o5"],
            vec!["m1", "m2", "m3"],
            vec!["o1", "o2", "o6"],
            vec!["q1", "q2", "q3"],
            vec!["t1", "t2", "t3"],
        ]
    );
    assert!(is_test_module("extract/quote/tests.rs") && !is_test_module("tests/mod.rs"));
}
