//! Decoding arbitrary bytes: never panics; every text offset maps into the file.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(decoded) = factdiff::input::decode_bytes(bytes) {
        let mut last = 0;
        for (i, _) in decoded.text.char_indices().chain([(decoded.text.len(), ' ')]) {
            let o = decoded.map.apply(i);
            assert!(o <= bytes.len(), "offset {i} maps past the end");
            assert!(o >= last, "offsets map in order");
            last = o;
        }
        if factdiff::input::looks_like_html(&decoded.text) {
            let _ = factdiff::input::extract_html(&decoded.text);
        }
    }
});
