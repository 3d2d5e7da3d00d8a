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
    let doc = segment(Article::from_text("fuzz", text), &Boilerplate::default());
    let doc = factdiff::extract::extract_facts(doc, &factdiff::extract::NameFolding::default());
    for (i, s) in doc.sentences.iter().enumerate() {
        for fact in doc.facts(i) {
            let (a, b) = fact.span();
            assert!(s.start <= a && a <= b && b <= s.end);
            assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
        }
    }
});
