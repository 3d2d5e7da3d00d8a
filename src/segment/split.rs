//! Sentence boundaries: lines first, then sentencex within each line.

use std::ops::Range;

/// Sentences of a whole document: byte ranges into `text`, trimmed, never empty, never
/// crossing a line break, sorted, on char boundaries.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        for b in sentencex::get_sentence_boundaries("en", body) {
            push_trimmed(
                &mut out,
                text,
                line_start + b.start_byte,
                line_start + b.end_byte,
            );
        }
        line_start += line.len();
    }
    out
}

fn push_trimmed(out: &mut Vec<Range<usize>>, text: &str, start: usize, end: usize) {
    let Some(slice) = text.get(start..end) else {
        return;
    };
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        out.push(start + lead..start + lead + trimmed.len());
    }
}
