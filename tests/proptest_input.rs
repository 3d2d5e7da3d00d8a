//! Property tests over the entry points the fuzz targets (fuzz/fuzz_targets) exercise, so
//! that they run on stable in CI: random Unicode text and random bytes never panic, spans
//! sit on character boundaries inside the text, and the output is deterministic.

use factdiff::extract::{self, number::extract_figures};
use factdiff::input::{Article, decode_bytes, extract_html};
use factdiff::segment::{Boilerplate, segment, split_sentences};
use proptest::prelude::*;

/// Text that looks like news copy often enough to reach the interesting paths: words,
/// figures, quotes of every kind, line ends of every kind, and any Unicode at all.
fn newsy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("The council".to_string()),
        Just(" said ".to_string()),
        Just("5,000".to_string()),
        Just(" 1.2 million ".to_string()),
        Just("nearly six-year".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just(". ".to_string()),
        Just("Mr. ".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("\u{a0}".to_string()),
        Just("<p>".to_string()),
        Just("&amp;".to_string()),
        any::<String>(),
        "\\PC{0,12}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// The shapes of input that once cost time or memory out of proportion (issue: nothing
/// unbounded), small enough for a property test: quote-heavy prose, one long line of many
/// sentences, a minified HTML page, run-on reports without punctuation, deeply nested HTML,
/// and many short lines. Each is built from random pieces, so the shape varies from case to
/// case.
fn hostile_shape() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("council"),
        Just("Jane Roe"),
        Just("Mr. Kerry"),
        Just("5,000"),
        Just("said"),
        Just("told reporters"),
        Just("according to"),
        Just("he"),
        Just("“"),
        Just("”"),
        Just("\""),
        Just("'"),
    ];
    let words = prop::collection::vec(word, 1..12).prop_map(|w| w.join(" "));
    let pieces = prop::collection::vec(words, 1..60);
    (0..6usize, pieces, 1..200usize).prop_map(|(shape, pieces, depth)| match shape {
        // quote-heavy: every piece a quotation with its cue
        0 => pieces
            .iter()
            .map(|p| format!("Roe said \"{p}\" on Monday.\n"))
            .collect(),
        // one long line of many sentences
        1 => pieces
            .iter()
            .map(|p| format!("{p}."))
            .collect::<Vec<_>>()
            .join(" "),
        // a minified page: every paragraph on one line
        2 => format!(
            "<!DOCTYPE html><html><body><article>{}</article></body></html>",
            pieces
                .iter()
                .map(|p| format!("<p>{p}.</p>"))
                .collect::<String>()
        ),
        // run-on reports: one full stop at the end
        3 => format!("{}.\n", pieces.join(" ")),
        // deeply nested HTML, never closed
        4 => format!(
            "<html><body>{}{}</body></html>",
            "<div>".repeat(depth),
            pieces
                .iter()
                .map(|p| format!("<div><p>{p}.</p>"))
                .collect::<String>()
        ),
        // many short lines
        _ => pieces.iter().map(|p| format!("{p}.\n")).collect(),
    })
}

fn assert_spans(text: &str, spans: impl IntoIterator<Item = (usize, usize)>) {
    for (start, end) in spans {
        assert!(
            start <= end && end <= text.len(),
            "{start}..{end} outside the text"
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "{start}..{end} not on character boundaries"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn decoding_random_bytes_maps_into_the_file(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(decoded) = decode_bytes(&bytes) {
            let mut last = 0;
            for (i, _) in decoded.text.char_indices().chain([(decoded.text.len(), ' ')]) {
                let o = decoded.map.apply(i);
                prop_assert!(o <= bytes.len());
                prop_assert!(o >= last);
                last = o;
            }
            let again = decode_bytes(&bytes).unwrap();
            prop_assert_eq!(again.text, decoded.text);
        }
    }

    #[test]
    fn decoding_text_encoded_as_windows_1252_round_trips(
        text in "([a-zA-Z .,\n]{1,6}[\u{c0}-\u{ff}\u{201c}\u{201d}\u{2019}\u{2013}]){1,12}[a-z .]{0,6}"
    ) {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
        let decoded = decode_bytes(&bytes).unwrap();
        prop_assert_eq!(&decoded.text, &text);
    }

    #[test]
    fn html_extraction_never_panics_and_maps_into_the_page(source in newsy_text()) {
        let page = format!("<html><body><article><p>{source}</p></article></body></html>");
        let out = extract_html(&page);
        for (i, _) in out.text.char_indices() {
            prop_assert!(out.map.apply(i) <= page.len());
        }
        prop_assert_eq!(extract_html(&page).text, out.text);
    }

    #[test]
    fn sentences_are_sorted_inside_the_text_on_boundaries(text in newsy_text()) {
        let spans = split_sentences(&text);
        assert_spans(&text, spans.iter().map(|r| (r.start, r.end)));
        for pair in spans.windows(2) {
            prop_assert!(pair[0].end <= pair[1].start);
        }
        prop_assert_eq!(split_sentences(&text), spans);
    }

    #[test]
    fn figures_sit_inside_the_text(text in newsy_text()) {
        let figures = extract_figures(&text);
        assert_spans(&text, figures.iter().map(|f| (f.start, f.end)));
        prop_assert_eq!(extract_figures(&text), figures);
    }

    #[test]
    fn every_extractor_keeps_facts_inside_their_sentence(text in newsy_text()) {
        let run = || {
            let doc = segment(Article::from_text("p", &text), &Boilerplate::default());
            extract::extract_facts(doc, &extract::NameFolding::default())
        };
        let doc = run();
        for (i, s) in doc.sentences.iter().enumerate() {
            assert_spans(&text, [(s.start, s.end)]);
            for fact in doc.facts(i) {
                let (a, b) = fact.span();
                match fact {
                    // A quote may run over several sentences: it starts in its sentence.
                    extract::Fact::Quote(_) | extract::Fact::Attribution(_) => {
                        prop_assert!(a < s.end && b <= text.len());
                    }
                    _ => prop_assert!(s.start <= a && b <= s.end),
                }
                assert_spans(&text, [(a, b)]);
            }
        }
        let again = run();
        prop_assert_eq!(format!("{:?}", again.sentences), format!("{:?}", doc.sentences));
        let facts = |d: &extract::Document| {
            format!("{:?}", (0..d.sentences.len()).map(|i| d.facts(i)).collect::<Vec<_>>())
        };
        prop_assert_eq!(facts(&again), facts(&doc));
    }

    #[test]
    fn hostile_shapes_keep_every_span_inside_and_repeat_exactly(text in hostile_shape()) {
        let spans = split_sentences(&text);
        assert_spans(&text, spans.iter().map(|s| (s.start, s.end)));
        let page = extract_html(&text);
        for (i, _) in page.text.char_indices() {
            prop_assert!(page.map.apply(i) <= text.len());
        }
        let run = || {
            let doc = segment(Article::from_text("p", &text), &Boilerplate::default());
            extract::extract_facts(doc, &extract::NameFolding::default())
        };
        let doc = run();
        for (i, s) in doc.sentences.iter().enumerate() {
            for fact in doc.facts(i) {
                let (a, b) = fact.span();
                match fact {
                    extract::Fact::Quote(_) | extract::Fact::Attribution(_) => {
                        prop_assert!(a < s.end && b <= text.len());
                    }
                    _ => prop_assert!(s.start <= a && b <= s.end),
                }
                assert_spans(&text, [(a, b)]);
            }
        }
        let facts = |d: &extract::Document| {
            format!("{:?}", (0..d.sentences.len()).map(|i| d.facts(i)).collect::<Vec<_>>())
        };
        prop_assert_eq!(facts(&run()), facts(&doc));
    }
}
