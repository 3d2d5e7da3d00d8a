//! Quotation marks: the quoted spans of a paragraph (curly and straight double marks, `''` and
//! ``` `` ```, single marks at top level, a quotation nested in a single-quoted one, a closing mark
//! whose opening one was left out, a quote left open) and whether a position is inside one.

use std::ops::Range;

#[derive(Debug, Clone)]
pub(super) struct QSpan {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) cs: usize,
    pub(super) ce: usize,
    /// no closing mark: the paragraph ended, or a new opening mark came first
    pub(super) left_open: bool,
}

fn is_double_open(c: char) -> bool {
    matches!(c, '“' | '„' | '«' | '‟')
}
fn is_double_close(c: char) -> bool {
    matches!(c, '”' | '»' | '″')
}
/// A double quotation mark: straight, opening or closing.
fn is_double_mark(c: char) -> bool {
    c == '"' || is_double_open(c) || is_double_close(c)
}
pub(super) fn is_quote_mark(c: char) -> bool {
    is_double_open(c) || is_double_close(c) || matches!(c, '"' | '\'' | '‘' | '’')
}

/// Byte ranges of the quoted words of `text`, read as one paragraph: the same quotation marks
/// the extractor reads (curly, straight, `''`, a closing mark whose opening one was left out,
/// a quote left open at the end).
pub(crate) fn quoted_contents(text: &str) -> Vec<Range<usize>> {
    find_quote_spans(text, 0..text.len())
        .into_iter()
        .map(|q| q.cs..q.ce)
        .collect()
}

pub(super) fn find_quote_spans(text: &str, par: Range<usize>) -> Vec<QSpan> {
    let p = &text[par.clone()];
    let chars: Vec<(usize, char)> = p.char_indices().collect();
    let n = chars.len();
    let prev_c = |k: usize| if k == 0 { ' ' } else { chars[k - 1].1 };
    let next_c = |k: usize| if k + 1 >= n { ' ' } else { chars[k + 1].1 };
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None; // byte pos and length of the double open mark
    let mut single_open: Option<usize> = None;
    let mk = |s: usize, e: usize, open_len: usize, close_len: usize| -> Option<QSpan> {
        let inner = trim_span(p, s + open_len, e - close_len)?;
        Some(QSpan {
            start: par.start + s,
            end: par.start + e,
            cs: par.start + inner.0,
            ce: par.start + inner.1,
            left_open: close_len == 0,
        })
    };
    let mut skip_next = false;
    // byte position of the closing mark of a quotation nested in a single-quoted one
    let mut nested_until: Option<usize> = None;
    let odd_straight_marks = chars.iter().filter(|(_, m)| *m == '"').count() % 2 == 1;
    #[allow(clippy::needless_range_loop)] // k also indexes the following chars
    for k in 0..n {
        if skip_next {
            skip_next = false;
            continue;
        }
        let (b, mut c) = chars[k];
        let mut cl = c.len_utf8();
        // NYT-style '' used as a double quote mark
        if c == '\'' && next_c(k) == '\'' {
            c = '"';
            cl = 2;
            skip_next = true;
        }
        // `` as an opening double mark (wire copy typed for TeX: ``take-your-temperature'')
        if c == '`' && next_c(k) == '`' {
            c = '“';
            cl = 2;
            skip_next = true;
        }
        if is_double_mark(c)
            && open.is_none()
            && let Some(o) = single_open
            && let Some(close) = nested_double(&chars, k, cl, o, p)
        {
            // 'I told them "no" twice,' she said: double marks inside a quotation in single
            // marks (British style) are the speaker quoting someone; the outer one goes on.
            nested_until = Some(close);
            continue;
        }
        if nested_until.is_some_and(|end| b <= end) {
            if nested_until == Some(b) {
                nested_until = None;
            }
            continue;
        }
        if is_double_mark(c) {
            match open {
                None => {
                    // The paragraph's first mark closes a quote whose opening mark was left
                    // out: `... the constitutional right," said X.` The quote runs from the
                    // paragraph's start.
                    // Tokenized copy puts a space before the mark (`right , " said X`);
                    // there the mark closes only when the paragraph's marks are odd in
                    // number, as `said , " We ... . "` opens one.
                    let after_stop = |c: char| matches!(c, ',' | '.' | '?' | '!');
                    let spaced_close = k >= 2
                        && prev_c(k) == ' '
                        && after_stop(chars[k - 2].1)
                        && (is_double_close(c) || odd_straight_marks);
                    if out.is_empty()
                        && !is_double_open(c)
                        && (after_stop(prev_c(k)) || spaced_close)
                        && (k + 1 >= n || next_c(k).is_whitespace())
                    {
                        if let Some(q) = mk(0, b + cl, 0, cl) {
                            out.push(q);
                        }
                        continue;
                    }
                    if is_double_close(c)
                        && !(prev_c(k).is_whitespace() && next_c(k).is_alphanumeric())
                    {
                        continue; // stray closing mark
                    }
                    open = Some((b, cl));
                    single_open = None;
                }
                Some((o, ol)) => {
                    // “ followed by a letter while open: the previous quote was left open; restart
                    // A straight mark after a finished sentence and a space, before a word
                    // (`... the entertainment side. "This year ...`), opens a quote too: copy
                    // that lost its paragraph breaks keeps the convention of a quotation
                    // running on into the next paragraph, whose mark reopens it.
                    let reopens = c == '"'
                        && next_c(k).is_alphanumeric()
                        && prev_c(k).is_whitespace()
                        && chars[..k]
                            .iter()
                            .rev()
                            .find(|(_, x)| !x.is_whitespace())
                            .is_some_and(|&(_, x)| matches!(x, '.' | '?' | '!'));
                    if reopens
                        || is_double_open(c)
                            && next_c(k).is_alphanumeric()
                            && !prev_c(k).is_alphanumeric()
                    {
                        if let Some(q) = mk(o, b, ol, 0) {
                            out.push(q);
                        }
                        open = Some((b, cl));
                        continue;
                    }
                    if let Some(q) = mk(o, b + cl, ol, cl) {
                        out.push(q);
                    }
                    open = None;
                }
            }
        } else if open.is_none() && matches!(c, '‘' | '’' | '\'') {
            let pa = prev_c(k).is_alphanumeric();
            let na = next_c(k).is_alphanumeric();
            if pa && na {
                continue; // apostrophe
            }
            match single_open {
                None => {
                    if c != '’'
                        && !pa
                        && na
                        && (k == 0 || prev_c(k).is_whitespace() || "([—–-".contains(prev_c(k)))
                    {
                        single_open = Some(b);
                    }
                }
                Some(o) => {
                    if c != '‘'
                        && pa | matches!(prev_c(k), '.' | '!' | '?' | ',')
                        && !na
                        && prev_c(k) != 's'
                    {
                        if let Some(q) = mk(
                            o,
                            b + cl,
                            1.max(p[o..].chars().next().unwrap().len_utf8()),
                            cl,
                        ) {
                            out.push(q);
                        }
                        single_open = None;
                    }
                }
            }
        }
    }
    if let Some((o, ol)) = open
        && let Some(q) = mk(o, p.len(), ol, 0)
    {
        out.push(q);
    }
    out
}

/// A double mark at `chars[k]` (`len` bytes) inside a quotation opened by a single mark at
/// byte `single` that opens a word: the byte position of the double mark that closes it, when
/// a single mark closes the outer quotation after that and before any other double mark.
fn nested_double(
    chars: &[(usize, char)],
    k: usize,
    len: usize,
    single: usize,
    p: &str,
) -> Option<usize> {
    let opens_word = p[single..].chars().nth(1).is_some_and(char::is_alphabetic);
    if !opens_word || len != chars[k].1.len_utf8() {
        return None;
    }
    let close = (k + 1..chars.len()).find(|&j| is_double_mark(chars[j].1))?;
    let after = |j: usize| chars.get(j + 1).map_or(' ', |x| x.1);
    let before = |j: usize| chars[j - 1].1;
    (close + 1..chars.len())
        .take_while(|&j| !is_double_mark(chars[j].1))
        .any(|j| {
            matches!(chars[j].1, '’' | '\'')
                && (before(j).is_alphanumeric() || matches!(before(j), '.' | ',' | '!' | '?'))
                && !after(j).is_alphanumeric()
        })
        .then_some(chars[close].0)
}

/// Trim whitespace and a trailing comma from a content span; None if empty.
fn trim_span(p: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    if s >= e {
        return None;
    }
    let t = &p[s..e];
    let a = t.len() - t.trim_start().len();
    let t2 = t
        .trim_start()
        .trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    if t2.is_empty() {
        return None;
    }
    Some((s + a, s + a + t2.len()))
}

pub(super) fn in_quote(pos: usize, qs: &[QSpan]) -> bool {
    qs.iter().any(|q| pos >= q.start && pos < q.end)
}
