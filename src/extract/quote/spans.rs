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

/// The quotations of paragraph `par` of `text`, in order (see the module doc for the marks read).
pub(super) fn find_quote_spans(text: &str, par: Range<usize>) -> Vec<QSpan> {
    let p = &text[par.clone()];
    // A paragraph without a mark holds no quotation: no need to list its characters (a
    // paragraph may be a whole megabyte on one line).
    if !p.contains(|c: char| is_quote_mark(c) || c == '`') {
        return Vec::new();
    }
    let mut chars: Vec<(usize, char)> = Vec::with_capacity(p.chars().count());
    chars.extend(p.char_indices());
    let n = chars.len();
    let odd_straight_marks = chars.iter().filter(|(_, m)| *m == '"').count() % 2 == 1;
    let mut scan = Scan {
        p,
        par_start: par.start,
        chars,
        out: Vec::new(),
        open: None,
        single_open: None,
        odd_straight_marks,
    };
    let mut skip_next = false;
    // byte position of the closing mark of a quotation nested in a single-quoted one
    let mut nested_until: Option<usize> = None;
    for k in 0..n {
        if skip_next {
            skip_next = false;
            continue;
        }
        let (b, mut c) = scan.chars[k];
        let mut cl = c.len_utf8();
        // NYT-style '' used as a double quote mark
        if c == '\'' && scan.next_c(k) == '\'' {
            c = '"';
            cl = 2;
            skip_next = true;
        }
        // `` as an opening double mark (wire copy typed for TeX: ``take-your-temperature'')
        if c == '`' && scan.next_c(k) == '`' {
            c = '“';
            cl = 2;
            skip_next = true;
        }
        if is_double_mark(c)
            && scan.open.is_none()
            && let Some(o) = scan.single_open
            && let Some(close) = nested_double(&scan.chars, k, cl, o, p)
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
            match scan.open {
                None => scan.double_mark_at_top(k, b, c, cl),
                Some((o, ol)) => scan.double_mark_while_open(k, b, c, cl, (o, ol)),
            }
        } else if scan.open.is_none() && matches!(c, '‘' | '’' | '\'') {
            scan.single_mark(k, b, c, cl);
        }
    }
    if let Some((o, ol)) = scan.open
        && let Some(q) = scan.mk(o, p.len(), ol, 0)
    {
        scan.out.push(q);
    }
    scan.out
}

/// The scan of one paragraph for quotation marks: its characters, the quotations found so far
/// and the marks still open.
struct Scan<'a> {
    /// the paragraph
    p: &'a str,
    /// where it starts in the document
    par_start: usize,
    chars: Vec<(usize, char)>,
    out: Vec<QSpan>,
    /// byte pos and length of the double open mark
    open: Option<(usize, usize)>,
    /// byte pos of the single mark that opened a quotation
    single_open: Option<usize>,
    /// the paragraph has an odd number of straight double marks
    odd_straight_marks: bool,
}

impl Scan<'_> {
    /// The character before `chars[k]` (a space at the start).
    fn prev_c(&self, k: usize) -> char {
        if k == 0 { ' ' } else { self.chars[k - 1].1 }
    }

    /// The character after `chars[k]` (a space at the end).
    fn next_c(&self, k: usize) -> char {
        if k + 1 >= self.chars.len() {
            ' '
        } else {
            self.chars[k + 1].1
        }
    }

    /// The quotation from byte `s` to byte `e` of the paragraph, marks of `open_len` and
    /// `close_len` bytes (0: left open); None when nothing is inside.
    fn mk(&self, s: usize, e: usize, open_len: usize, close_len: usize) -> Option<QSpan> {
        let inner = trim_span(self.p, s + open_len, e - close_len)?;
        Some(QSpan {
            start: self.par_start + s,
            end: self.par_start + e,
            cs: self.par_start + inner.0,
            ce: self.par_start + inner.1,
            left_open: close_len == 0,
        })
    }

    /// A double mark `c` (`cl` bytes at byte `b`, `chars[k]`) with no quotation open: it closes
    /// one whose opening mark was left out, is a stray closing mark, or opens a quotation.
    fn double_mark_at_top(&mut self, k: usize, b: usize, c: char, cl: usize) {
        let chars = &self.chars;
        let n = chars.len();
        // The paragraph's first mark closes a quote whose opening mark was left
        // out: `... the constitutional right," said X.` The quote runs from the
        // paragraph's start.
        // Tokenized copy puts a space before the mark (`right , " said X`);
        // there the mark closes only when the paragraph's marks are odd in
        // number, as `said , " We ... . "` opens one.
        let after_stop = |c: char| matches!(c, ',' | '.' | '?' | '!');
        let spaced_close = k >= 2
            && self.prev_c(k) == ' '
            && after_stop(chars[k - 2].1)
            && (is_double_close(c) || self.odd_straight_marks);
        if self.out.is_empty()
            && !is_double_open(c)
            && (after_stop(self.prev_c(k)) || spaced_close)
            && (k + 1 >= n || self.next_c(k).is_whitespace())
        {
            if let Some(q) = self.mk(0, b + cl, 0, cl) {
                self.out.push(q);
            }
            return;
        }
        if is_double_close(c)
            && !(self.prev_c(k).is_whitespace() && self.next_c(k).is_alphanumeric())
        {
            return; // stray closing mark
        }
        self.open = Some((b, cl));
        self.single_open = None;
    }

    /// A double mark `c` (`cl` bytes at byte `b`, `chars[k]`) while the quotation opened at
    /// `(o, ol)` (byte, mark length) is open: it closes it, or reopens a quotation left open.
    fn double_mark_while_open(
        &mut self,
        k: usize,
        b: usize,
        c: char,
        cl: usize,
        (o, ol): (usize, usize),
    ) {
        // “ followed by a letter while open: the previous quote was left open; restart
        // A straight mark after a finished sentence and a space, before a word
        // (`... the entertainment side. "This year ...`), opens a quote too: copy
        // that lost its paragraph breaks keeps the convention of a quotation
        // running on into the next paragraph, whose mark reopens it.
        let reopens = c == '"'
            && self.next_c(k).is_alphanumeric()
            && self.prev_c(k).is_whitespace()
            && self.chars[..k]
                .iter()
                .rev()
                .find(|(_, x)| !x.is_whitespace())
                .is_some_and(|&(_, x)| matches!(x, '.' | '?' | '!'));
        if reopens
            || is_double_open(c)
                && self.next_c(k).is_alphanumeric()
                && !self.prev_c(k).is_alphanumeric()
        {
            if let Some(q) = self.mk(o, b, ol, 0) {
                self.out.push(q);
            }
            self.open = Some((b, cl));
            return;
        }
        if let Some(q) = self.mk(o, b + cl, ol, cl) {
            self.out.push(q);
        }
        self.open = None;
    }

    /// A single mark `c` (`cl` bytes at byte `b`, `chars[k]`) with no double quotation open:
    /// an apostrophe (a letter on both sides), or the mark that opens or closes a quotation in
    /// single marks.
    fn single_mark(&mut self, k: usize, b: usize, c: char, cl: usize) {
        let pa = self.prev_c(k).is_alphanumeric();
        let na = self.next_c(k).is_alphanumeric();
        if pa && na {
            return; // apostrophe
        }
        match self.single_open {
            None => {
                if c != '’'
                    && !pa
                    && na
                    && (k == 0
                        || self.prev_c(k).is_whitespace()
                        || "([—–-".contains(self.prev_c(k)))
                {
                    self.single_open = Some(b);
                }
            }
            Some(o) => {
                if c != '‘'
                    && pa | matches!(self.prev_c(k), '.' | '!' | '?' | ',')
                    && !na
                    && self.prev_c(k) != 's'
                {
                    if let Some(q) = self.mk(
                        o,
                        b + cl,
                        1.max(self.p[o..].chars().next().unwrap().len_utf8()),
                        cl,
                    ) {
                        self.out.push(q);
                    }
                    self.single_open = None;
                }
            }
        }
    }
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

/// The quotations of a document in the order found (by paragraph, then by start), with a
/// lookup of those that may overlap a range in logarithmic time, so that a step asking about
/// one sentence or one quotation does not scan every quotation of the document.
pub(super) struct QuoteIndex {
    /// the largest end among the quotations up to each one (never decreasing)
    max_end: Vec<usize>,
    /// the quotations are in order of their start (always, from `find_quote_spans`; a list
    /// out of order is searched whole)
    sorted: bool,
}

impl QuoteIndex {
    pub(super) fn new(qs: &[QSpan]) -> Self {
        let mut max_end = Vec::with_capacity(qs.len());
        let mut m = 0;
        for q in qs {
            m = m.max(q.end);
            max_end.push(m);
        }
        QuoteIndex {
            max_end,
            sorted: qs.is_sorted_by_key(|q| q.start),
        }
    }

    /// The indices of `qs` (the list this index was built on) that hold every quotation
    /// with `end >= lo` and `start <= hi`, in order; callers still test each one.
    pub(super) fn candidates(&self, qs: &[QSpan], lo: usize, hi: usize) -> Range<usize> {
        if !self.sorted {
            return 0..qs.len();
        }
        let first = self.max_end.partition_point(|&e| e < lo);
        let last = qs.partition_point(|q| q.start <= hi);
        first..last.max(first)
    }

    /// The quotations of `qs` with `end >= lo` and `start <= hi`, in order.
    pub(super) fn touching<'a>(
        &self,
        qs: &'a [QSpan],
        lo: usize,
        hi: usize,
    ) -> impl Iterator<Item = &'a QSpan> + use<'a> {
        qs[self.candidates(qs, lo, hi)]
            .iter()
            .filter(move |q| q.end >= lo && q.start <= hi)
    }
}
