//! Sentence segmentation.
//!
//! Design: the document is split into lines first (a line break always ends a sentence, so
//! headlines, "2 min read", datelines and bylines without final punctuation each become their
//! own sentence).  Each non-blank line is split with `sentencex` (English rules: handles Mr.,
//! Sept. 9, U.S., D.C., initials, decimals), and the result is post-processed:
//!
//! * pieces are trimmed and re-snapped to char boundaries (defensive: never panic, never return
//!   a range that is not on a char boundary);
//! * a split is undone when the next piece cannot start a sentence (starts with a lowercase
//!   letter, a digit after an abbreviation like "No.", a weekday / time zone after "a.m."/"p.m.",
//!   or a closing punctuation mark);
//! * a split is added after a sentence-final mark that sentencex missed (`said.” Next`).

use std::ops::Range;
use std::sync::LazyLock;

use crate::lexicon::{COMPANY_ABBREVIATIONS, TICKER_ABBREVIATIONS};
use regex::Regex;

/// Sentences of a whole document: byte ranges into `text`, trimmed of surrounding whitespace, never empty,
/// never crossing a line break (but a hard-wrapped line's wrap), sorted, on char boundaries. Lines are split first; each non-blank line is
/// split into sentences.
///
/// A hard-wrapped file is read with its wraps as spaces (`unwrap`): its sentences then run
/// across those line breaks.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    match super::unwrap::unwrap(text) {
        Some(unwrapped) => split_lines(&unwrapped),
        None => split_lines(text),
    }
}

/// Each line apart, a hard-wrapped file's wraps read as sentence ends (the baseline the
/// evaluation program compares with).
pub fn split_sentences_line_by_line(text: &str) -> Vec<Range<usize>> {
    split_lines(text)
}

fn split_lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for line in lines(text) {
        for r in split_line(&text[line.clone()]) {
            out.push(r.start + line.start..r.end + line.start);
        }
    }
    out
}

/// Raw sentencex after the newline split, trimmed (baseline used by the evaluation program).
pub fn split_sentences_sentencex_only(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for line in lines(text) {
        let s = &text[line.clone()];
        for r in sentencex_pieces(s) {
            out.push(r.start + line.start..r.end + line.start);
        }
    }
    out
}

/// Byte ranges of the lines of `text` (without the line terminator), blank lines skipped,
/// each trimmed of surrounding whitespace.
pub fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if is_line_break(c) {
            if let Some(r) = trim_range(text, start..i) {
                out.push(r);
            }
            start = i + c.len_utf8();
        }
    }
    if let Some(r) = trim_range(text, start..text.len()) {
        out.push(r);
    }
    out
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Trim whitespace (incl. NBSP and other Unicode spaces) and invisible format characters.
fn trim_range(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let s = &text[r.clone()];
    let is_ws = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{2060}'
            )
    };
    let t = s.trim_start_matches(is_ws);
    let lead = s.len() - t.len();
    let t = t.trim_end_matches(is_ws);
    if t.is_empty() {
        None
    } else {
        Some(r.start + lead..r.start + lead + t.len())
    }
}

fn snap_down(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// sentencex on one line, as trimmed, non-empty, non-overlapping, sorted ranges covering
/// the line's content.
fn sentencex_pieces(line: &str) -> Vec<Range<usize>> {
    let bounds = std::panic::catch_unwind(|| {
        sentencex::get_sentence_boundaries("en", line)
            .iter()
            .map(|b| (b.start_byte, b.end_byte))
            .collect::<Vec<_>>()
    })
    .unwrap_or_default();
    // Use only the end positions as cut points; this guarantees a partition of the line.
    let mut cuts: Vec<usize> = bounds.iter().map(|&(_, e)| snap_down(line, e)).collect();
    cuts.retain(|&c| c > 0 && c < line.len());
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    let mut start = 0;
    for c in cuts.into_iter().chain(std::iter::once(line.len())) {
        if c <= start {
            continue;
        }
        if let Some(r) = trim_range(line, start..c) {
            out.push(r);
        }
        start = c;
    }
    out
}

static LAST_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[\s(\[“‘\x22'])([\p{L}.]+)\.$").unwrap());
static FIRST_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\x22'“‘(\[]*([\p{L}\p{N}]+)").unwrap());

/// A stock ticker at the start of a piece: "JWN.N", "IPR.L", "(JCP)", "(nyse: JWN".
static TICKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[A-Z]{1,5}\.[A-Z]{1,2}\b|\((?:(?i:nyse|nasdaq|amex)\s*:\s*)?[A-Z]{1,5}(?:\.[A-Z]{1,2})?\b)")
        .unwrap()
});

/// A piece that is only a list marker: "1.", "12)", "a)", "(iv)", "• 9.".
static LIST_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[•·▪◦‣*]\s*)?\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)]$").expect("list marker")
});

/// Should the boundary between `prev` and `next` (two adjacent pieces of one line) be removed?
fn should_merge(prev: &str, next: &str) -> bool {
    // A list item's marker ("1.", "a)", "• 9.") opens its item; it is no sentence.
    if LIST_MARKER.is_match(prev.trim()) {
        return true;
    }
    let first_char = next.chars().next().unwrap_or(' ');
    // Piece starting with closing punctuation or a continuation mark.
    if matches!(
        first_char,
        ')' | ']' | '}' | ',' | ';' | ':' | '”' | '’' | '%' | '.' | '-' | '–' | '—'
    ) && !next.starts_with("—")
        && !next.starts_with("–")
        && !next.starts_with("-")
    {
        return true;
    }
    let Some(fw) = FIRST_WORD
        .captures(next)
        .map(|c| c.get(1).unwrap().as_str())
    else {
        return false;
    };
    let fc = fw.chars().next().unwrap();
    // Lowercase continuation: "Why?" he asked. / ... and so on.
    if fc.is_lowercase() && !prev.ends_with("...") && !prev.ends_with('…') {
        return true;
    }
    if fc.is_lowercase() {
        // after an ellipsis a lowercase word continues the sentence
        return true;
    }
    let Some(lw) = LAST_WORD
        .captures(prev)
        .map(|c| c.get(1).unwrap().as_str().to_lowercase())
    else {
        return false;
    };
    let lw_nodots = lw.trim_end_matches('.').to_string();
    let fwl = fw.to_lowercase();
    if lw_nodots == "a.m" || lw_nodots == "p.m" || lw == "a.m" || lw == "p.m" {
        // "at 6 p.m. Sept. 7", "until 5 p.m. July 4": a day of a month dates the time.
        let day_of_month = || {
            crate::lexicon::calendar::is_month_name(fwl.trim_end_matches('.'))
                && next
                    .get(fw.len()..)
                    .map(|rest| rest.trim_start_matches('.').trim_start())
                    .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        };
        // "3 p.m. Arizona time Tuesday", "9 a.m. Eastern Time": a named time zone.
        let zone = || {
            next.get(fw.len()..)
                .map(|rest| rest.trim_start().to_ascii_lowercase())
                .is_some_and(|rest| {
                    rest.strip_prefix("time")
                        .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
                })
        };
        return crate::lexicon::calendar::is_weekday_name(&fwl)
            || crate::lexicon::TIME_FOLLOWERS.contains(&fwl)
            || fc.is_ascii_digit()
            || day_of_month()
            || zone();
    }
    // "Acme Co. Ltd.", "Foo Corp. Inc."
    if COMPANY_ABBREVIATIONS.contains(&lw_nodots) && crate::lexicon::COMPANY_SUFFIXES.contains(&fwl)
    {
        return true;
    }
    // "Nordstrom Inc. JWN.N jumped", "Penney Co. Inc. (JCP) and": a stock ticker after a
    // company name goes on with it
    if TICKER_ABBREVIATIONS.contains(&lw_nodots) && TICKER.is_match(next) {
        return true;
    }
    if crate::lexicon::ABBREVIATIONS_NON_FINAL.contains(&lw_nodots) {
        // "No. 2", "Mr. Smith", "Sept. 9"
        return true;
    }
    // Single initial: "George W. Bush", "J. R. R. Tolkien" (a lone capital letter before the period)
    if lw_nodots.chars().count() == 1
        && prev
            .trim_end_matches('.')
            .chars()
            .last()
            .is_some_and(|c| c.is_uppercase())
    {
        return fc.is_uppercase();
    }
    false
}

static MISSED_SPLIT: LazyLock<Regex> = LazyLock::new(|| {
    // sentence-final mark, optional closing quotes/brackets, space, then an opening quote or capital.
    // sentencex does not split inside quotes/brackets (and mistakes some apostrophes for quotes),
    // so multi-sentence quotes are re-split here.
    Regex::new(r#"[.!?…]+[”’"'»)\]]*\s+[“‘"«(\[]?\p{Lu}"#).unwrap()
});

/// "U.S." / "U.N." / "D.C." (+ closing marks): sentencex decides there, we add no split.
fn ends_with_dotted_acronym(left: &str) -> bool {
    static R: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"(?:^|[^\p{L}.])(?:\p{L}\.){2,}[”’"'»)\]]*$"#).unwrap());
    R.is_match(left)
}

/// Move closing quotes/brackets that start a piece (and are followed by a space) to the previous one.
fn reattach_closers(line: &str, pieces: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for mut r in pieces {
        if let Some(last) = out.last_mut() {
            // A mark after a space, glued to the next word, opens the next sentence
            // (`... the entertainment side. "This year ...`: a quotation reopened in copy
            // that lost its paragraph breaks), whatever cut was made after it.
            let prev = &line[last.clone()];
            let mark = last.end - prev.chars().next_back().map_or(0, char::len_utf8);
            if last.end == r.start
                && prev.ends_with(['"', '“', '‘'])
                && line[..mark].ends_with(char::is_whitespace)
                && line[r.start..].starts_with(char::is_alphanumeric)
            {
                match trim_range(line, last.start..mark) {
                    Some(t) => *last = t,
                    None => {
                        // the piece was the mark alone
                        r.start = last.start;
                        out.pop();
                        out.push(r);
                        continue;
                    }
                }
                r.start = mark;
            }
            let prev = &line[last.clone()];
            if prev.ends_with(['.', '!', '?', '…']) {
                let s = &line[r.clone()];
                let n: usize = s
                    .char_indices()
                    .take_while(|&(_, c)| matches!(c, '”' | '’' | '"' | '\'' | ')' | ']' | '»'))
                    .map(|(_, c)| c.len_utf8())
                    .sum();
                let rest = &s[n..];
                if n > 0 && (rest.is_empty() || rest.starts_with(char::is_whitespace)) {
                    last.end = r.start + n;
                    match trim_range(line, r.start + n..r.end) {
                        Some(t) => r = t,
                        None => continue,
                    }
                }
            }
        }
        out.push(r);
    }
    out
}

/// Rules only (no sentencex): the same re-split + merge rules applied to whole lines.
/// Kept for the evaluation comparison.
pub fn split_sentences_rules_only(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for line in lines(text) {
        let l = &text[line.clone()];
        for r in split_pieces(l, std::iter::once(0..l.len()).collect()) {
            out.push(r.start + line.start..r.end + line.start);
        }
    }
    out
}

fn split_line(line: &str) -> Vec<Range<usize>> {
    split_pieces(line, reattach_closers(line, sentencex_pieces(line)))
}

fn split_pieces(line: &str, pieces: Vec<Range<usize>>) -> Vec<Range<usize>> {
    // additional splits sentencex missed (after closing quotes)
    let mut refined: Vec<Range<usize>> = Vec::new();
    for p in pieces {
        let s = &line[p.clone()];
        let mut start = 0;
        for m in MISSED_SPLIT.find_iter(s) {
            // cut after the closing marks
            let ms = m.as_str();
            let close_end = ms
                .char_indices()
                .find(|&(_, c)| c.is_whitespace())
                .map(|(i, _)| i)
                .unwrap_or(ms.len());
            let cut = m.start() + close_end;
            let left = &s[start..cut];
            let right = &s[cut..];
            // do not split `"Why?" he asked` style (right starts lowercase -> regex excludes) or
            // after abbreviations like `Mr."`
            if !should_merge(left.trim_end(), right.trim_start())
                && !ends_with_dotted_acronym(left)
                && cut > start
            {
                if let Some(r) = trim_range(line, p.start + start..p.start + cut) {
                    refined.push(r);
                }
                start = cut;
            }
        }
        if let Some(r) = trim_range(line, p.start + start..p.end) {
            refined.push(r);
        }
    }
    // merges
    let mut out: Vec<Range<usize>> = Vec::new();
    for r in refined {
        // A full stop with no space after it ends no sentence ("IPR.L", "2.6.0").
        if let Some(last) = out.last_mut()
            && (should_merge(&line[last.clone()], &line[r.start..])
                || (last.end == r.start && line[..last.end].ends_with('.')))
        {
            last.end = r.end;
            continue;
        }
        out.push(r);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sents(t: &str) -> Vec<&str> {
        split_sentences(t).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn a_list_marker_opens_its_item() {
        let text = "1. The first item is here.\n2. The second item\na) the lettered one\n\u{2022} 9. A bulleted item.\n(iv) The fourth.\n";
        assert_eq!(
            sents(text),
            [
                "1. The first item is here.",
                "2. The second item",
                "a) the lettered one",
                "\u{2022} 9. A bulleted item.",
                "(iv) The fourth."
            ]
        );
        // A figure ending a sentence still ends it.
        assert_eq!(
            sents("The vote was 2 to 1. The motion passed."),
            ["The vote was 2 to 1.", "The motion passed."]
        );
    }

    #[test]
    fn a_hard_wrapped_paragraph_is_read_as_written() {
        let text = "GENEVA (Wire) - The United States and Russia agreed on Friday\n\
            to a ceasefire in Syria that will begin at sunset on Monday,\n\
            Secretary of State John Kerry told reporters after talks that\n\
            lasted more than 13 hours. The deal covers the whole country.\n";
        let ranges = split_sentences(text);
        assert_eq!(ranges.len(), 2, "{:?}", sents(text));
        // Exact byte spans into the text as written, line breaks included.
        assert!(text[ranges[0].clone()].starts_with("GENEVA"));
        assert!(text[ranges[0].clone()].ends_with("13 hours."));
        assert!(text[ranges[0].clone()].contains("Friday\nto a ceasefire"));
        assert_eq!(
            &text[ranges[1].clone()],
            "The deal covers the whole country."
        );
    }

    #[test]
    fn one_sentence_cases() {
        for s in [
            "Washington later confirmed that Secretary of State John Kerry was leaving Thursday for face-to-face talks with Russian Foreign Minister Sergei Lavrov.",
            "U.S. Defense Secretary Ash Carter said U.S. diplomats were trying to reach a deal.",
            "The meeting starts at 3 p.m. Friday in Geneva.",
            "Early voting will be conducted from 1 to 6 p.m. Sept. 7 at the town hall.",
            "The contest was extended until 3 p.m. Arizona time Tuesday.",
            "In Baghdad, police Lieut. Henrik Lindqvist said 1,000 people came.",
            "Mr. Smith met Dr. J. R. Jones on Sept. 9 in Washington, D.C. to discuss the 4.5% rise.",
            "Former President George W. Bush spoke at No. 2 Downing St. on Monday.",
            "The company, Acme Co. Ltd., lost 2.5 million dollars, or 1,200,000 euros.",
            "\"Why?\" he asked.",
            "\"Stop!\" she shouted at the crowd.",
            "He paused... and then went on.",
            "It sold the stake to International Power Plc IPR.L for 21 million pounds.",
            "Shares of Harlow Brewing Co. HBW.L fell 3 percent in early trade.",
            "Quillmark Inc. QMK.N rose $2.10 to $31.40 on Tuesday.",
            "Results from Dunmore Co. (DNM) and Faircliff Corp. (nasdaq: FCLF) are due on Monday.",
            "Use of the 2.6.0 kernel is still months off.",
        ] {
            assert_eq!(sents(s), vec![s], "{s}");
        }
    }

    #[test]
    fn headline_lines() {
        let t = "Kerry, Lavrov to meet in Geneva\n2 min read\n\n09 September, 2016\nGENEVA (Reuters) - The talks start today. They will last two days.";
        assert_eq!(
            sents(t),
            vec![
                "Kerry, Lavrov to meet in Geneva",
                "2 min read",
                "09 September, 2016",
                "GENEVA (Reuters) - The talks start today.",
                "They will last two days."
            ]
        );
    }

    #[test]
    fn closing_quotes_and_lists() {
        let t = "“We will stay,” he said. “We are not leaving.” Then he left.\n- first item\n- second item";
        assert_eq!(
            sents(t),
            vec![
                "“We will stay,” he said.",
                "“We are not leaving.”",
                "Then he left.",
                "- first item",
                "- second item"
            ]
        );
        let t = "He said it was “over.” Next came the vote. (It failed.) The end.";
        assert_eq!(
            sents(t),
            vec![
                "He said it was “over.”",
                "Next came the vote.",
                "(It failed.)",
                "The end."
            ]
        );
    }

    #[test]
    fn a_mark_glued_to_the_next_word_opens_the_next_sentence() {
        // a quotation left open and reopened in copy that lost its paragraph breaks
        let t = "\"People want style. \"This year music will matter.\" The market grew.";
        assert_eq!(
            sents(t),
            vec![
                "\"People want style.",
                "\"This year music will matter.\"",
                "The market grew."
            ]
        );
        let t = "He said: “We stay. “We are not leaving.” Then he left.";
        assert_eq!(
            sents(t),
            vec![
                "He said: “We stay.",
                "“We are not leaving.”",
                "Then he left."
            ]
        );
        // a closing mark before a space stays with its sentence
        let t = "\"We stay.\" Then he left.";
        assert_eq!(sents(t), vec!["\"We stay.\"", "Then he left."]);
    }

    #[test]
    fn nbsp_and_odd_spaces() {
        let t = "Hello\u{a0}world.\u{a0}Next\u{a0}one.\u{2028}Line two";
        let v = split_sentences(t);
        for r in &v {
            assert!(t.is_char_boundary(r.start) && t.is_char_boundary(r.end));
        }
        assert_eq!(v.len(), 3);
    }

    proptest! {
        #[test]
        fn prop_no_panic_boundaries(s in "\\PC*") {
            check(&s);
        }
        #[test]
        fn prop_no_panic_newsy(s in "([A-Za-z]{1,6}|[.?!\"“”‘’' \u{a0}\n,]|p\\.m\\.|U\\.S\\.){0,40}") {
            check(&s);
        }
    }

    fn check(s: &str) {
        let v = split_sentences(s);
        let mut prev_end = 0;
        for r in &v {
            assert!(r.start < r.end && r.end <= s.len());
            assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
            assert!(r.start >= prev_end);
            prev_end = r.end;
            let t = &s[r.clone()];
            // A sentence crosses a line break only where a hard-wrapped line was wrapped.
            let wraps = crate::segment::wrap_breaks(s);
            for (i, _) in t.match_indices('\n') {
                let at = r.start + i;
                assert!(wraps.contains(&at) || wraps.contains(&(at - 1)), "{t:?}");
            }
            assert_eq!(t.trim(), t);
        }
        assert_eq!(v, split_sentences(s));
    }
}
