//! Every extractor, through the pipeline that runs them: facts inside their sentence (a
//! quotation or attribution beginning in it), on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

use factdiff::extract::Fact;
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
            assert!(a <= b && b <= text.len());
            assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
            match fact {
                // A quotation or attribution is read over the whole text and kept in the
                // sentence where its words begin; it may run on into the next ones.
                Fact::Quote(q) | Fact::Attribution(q) => {
                    let begins = q.content_start.max(q.start);
                    assert!(s.start <= begins && begins <= s.end);
                }
                _ => assert!(s.start <= a && b <= s.end),
            }
        }
    }
});
