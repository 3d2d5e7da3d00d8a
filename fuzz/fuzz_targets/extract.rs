//! Every extractor, through the pipeline that runs them: facts inside their sentence, on
//! character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

use factdiff::input::Article;
use factdiff::segment::{Boilerplate, segment};

fuzz_target!(|text: &str| {
    for f in factdiff::extract::number::extract_figures(text) {
        assert!(f.start <= f.end && f.end <= text.len());
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
    }
    let mut doc = segment(Article::from_text("fuzz", text), &Boilerplate::default());
    factdiff::extract::extract_facts(&mut doc);
    for s in &doc.sentences {
        for fact in &s.facts {
            let (a, b) = fact.span();
            assert!(s.start <= a && a <= b && b <= s.end);
            assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
        }
    }
});
