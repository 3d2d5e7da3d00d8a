//! Extracting the article from arbitrary HTML: never panics; offsets map into the page.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|source: &str| {
    let page = factdiff::input::extract_html(source);
    for (i, _) in page.text.char_indices() {
        assert!(page.map.apply(i) <= source.len());
    }
});
