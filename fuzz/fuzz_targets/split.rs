//! Sentence splitting: spans sorted, inside the text, on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let spans = factdiff::segment::split_sentences(text);
    let mut end = 0;
    for s in &spans {
        assert!(end <= s.start && s.start < s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        end = s.end;
    }
    assert_eq!(spans, factdiff::segment::split_sentences(text));
});
