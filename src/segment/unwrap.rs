//! Hard-wrapped copy (wire copy and email wrapped at 70-80 columns): a line break inside a
//! paragraph that only marks where the line was full is not a sentence boundary.
//!
//! A file is taken as hard-wrapped when its lines inside paragraphs (runs of non-blank
//! lines) are no longer than 100 characters and at least half of them come within 12
//! characters of the longest (the wrap width). A line break there is a wrap when the first
//! word of the next line would not have fitted on the line (the test a wrapper makes), and
//! the next line does not open a list item (after a colon, a sentence or another item). Each such break becomes a space of the same
//! byte length, so every byte offset of the text stays exact.

use std::sync::LazyLock;

use regex::Regex;

/// Lines longer than this are not wrapped copy.
const MAX_WRAP_WIDTH: usize = 100;
/// Narrower than this, short lines are verse, addresses or tables rather than wrapped prose.
const MIN_WRAP_WIDTH: usize = 40;
/// A line within this many characters of the width counts as full.
const FULL_SLACK: usize = 12;

/// A list item's opening: "1. ", "a) ", "(iv) ", "• ", "- ", "* ".
static LIST_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[•·▪◦‣*–—-]\s|\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)]\s)")
        .expect("list item pattern")
});

/// Whether `line` opens a list item.
pub(crate) fn opens_list_item(line: &str) -> bool {
    LIST_ITEM.is_match(line.trim_start())
}

/// The byte offsets of the line breaks of `text` that are wraps inside a hard-wrapped
/// paragraph (each a `\n`, or the `\r` and `\n` of a CRLF), in order.
pub fn wrap_breaks(text: &str) -> Vec<usize> {
    // Lines as (start, end without the terminator, terminator length).
    let mut lines: Vec<(usize, usize, usize)> = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            let crlf = i > start && text.as_bytes()[i - 1] == b'\r';
            lines.push((
                start,
                if crlf { i - 1 } else { i },
                if crlf { 2 } else { 1 },
            ));
            start = i + 1;
        }
    }
    lines.push((start, text.len(), 0));
    let width = |&(s, e, _): &(usize, usize, usize)| text[s..e].trim_end().chars().count();
    let blank = |&(s, e, _): &(usize, usize, usize)| text[s..e].trim().is_empty();
    // Lines that have a non-blank neighbour: the lines of multi-line paragraphs.
    let in_paragraph: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            !blank(&lines[i])
                && ((i > 0 && !blank(&lines[i - 1]))
                    || (i + 1 < lines.len() && !blank(&lines[i + 1])))
        })
        .collect();
    if in_paragraph.len() < 3 {
        return Vec::new();
    }
    let widths: Vec<usize> = in_paragraph.iter().map(|&i| width(&lines[i])).collect();
    let wrap_width = widths.iter().copied().max().unwrap_or(0);
    if !(MIN_WRAP_WIDTH..=MAX_WRAP_WIDTH).contains(&wrap_width) {
        return Vec::new();
    }
    let full = widths
        .iter()
        .filter(|&&w| w + FULL_SLACK >= wrap_width)
        .count();
    if full * 2 < widths.len() {
        return Vec::new();
    }
    let mut breaks = Vec::new();
    for pair in lines.windows(2) {
        let (this, next) = (&pair[0], &pair[1]);
        if blank(this) || blank(next) {
            continue;
        }
        let next_text = text[next.0..next.1].trim_start();
        let this_text = text[this.0..this.1].trim();
        // A list item opens its own line after a colon, a sentence or another item; a dash
        // that a wrap moved to the start of a line ("threat\n- to frame") is not one.
        if opens_list_item(next_text)
            && (this_text.ends_with(['.', '!', '?', ':', ';']) || opens_list_item(this_text))
        {
            continue;
        }
        let first_word = next_text
            .split_whitespace()
            .next()
            .map_or(0, |w| w.chars().count());
        if width(this) + 1 + first_word > wrap_width {
            breaks.push(this.1);
        }
    }
    breaks
}

/// `text` with the wraps of [`wrap_breaks`] made spaces (same byte length), or `None` when
/// it has none.
pub fn unwrap(text: &str) -> Option<String> {
    let breaks = wrap_breaks(text);
    if breaks.is_empty() {
        return None;
    }
    let mut bytes = text.as_bytes().to_vec();
    for at in breaks {
        // "\n", or "\r\n": both ASCII, so spaces keep the text UTF-8.
        let len = if bytes[at] == b'\r' { 2 } else { 1 };
        for b in &mut bytes[at..at + len] {
            *b = b' ';
        }
    }
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIRE: &str = "GENEVA (Wire) - The United States and Russia agreed on Friday\n\
        to a ceasefire in Syria that will begin at sunset on Monday,\n\
        Secretary of State John Kerry told reporters after talks that\n\
        lasted more than 13 hours.\n\
        \n\
        The deal covers the whole country, Kerry said.\n";

    #[test]
    fn wraps_inside_a_paragraph_become_spaces() {
        let unwrapped = unwrap(WIRE).expect("hard-wrapped");
        assert_eq!(unwrapped.len(), WIRE.len());
        assert!(unwrapped.contains("Friday to a ceasefire"));
        assert!(unwrapped.contains("talks that lasted"));
        // The paragraph break stays.
        assert!(unwrapped.contains("13 hours.\n\nThe deal"));
    }

    #[test]
    fn a_short_line_ends_where_it_ends() {
        let text = WIRE.replace("Friday\n", "Friday.\nShort line.\n");
        let breaks = wrap_breaks(&text);
        let short = text.find("Short line.").unwrap() + "Short line.".len();
        assert!(!breaks.contains(&short));
    }

    #[test]
    fn list_items_and_long_lines_are_kept_apart() {
        let list = "Three things were agreed at the talks in Geneva on Friday night:\n\
            1. A ceasefire across the whole of the country from Monday evening,\n\
            2. Aid to reach the besieged eastern districts of Aleppo first,\n\
            a) and a joint centre to pick targets once the truce has held.\n";
        assert_eq!(wrap_breaks(list), Vec::<usize>::new());
        let long = WIRE.replace('\n', " ").replace("  ", "\n\n");
        assert_eq!(unwrap(&long), None);
        // A dash the wrap put at the start of a line continues the sentence.
        let dash = "The ceasefire will begin at sunset on Monday across the whole of Syria,\n\
            - weather and the armed groups permitting - and then hold for seven days\n\
            if both sides respect it, Secretary of State John Kerry told reporters.\n";
        let unwrapped = unwrap(dash).expect("hard-wrapped");
        assert!(unwrapped.contains("Syria, - weather"), "{unwrapped}");
        assert!(unwrapped.contains("days if both"), "{unwrapped}");
    }

    #[test]
    fn crlf_wraps_keep_their_length() {
        let text = WIRE.replace('\n', "\r\n");
        let unwrapped = unwrap(&text).unwrap();
        assert_eq!(unwrapped.len(), text.len());
        assert!(unwrapped.contains("Friday  to a ceasefire"));
    }
}
