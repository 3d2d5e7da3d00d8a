//! Renderers: each turns the same report into one output format, one file per format.
//!
//! A renderer reads only what `findings::report` hands it (documents with their sentences
//! and spans, findings, links, the checks' docs): never the stages that produced them.

pub mod html;
pub mod json;
pub mod markdown;
pub mod sarif;
pub mod terminal;

use std::ops::Range;
use std::time::{Duration, Instant};

use unicode_segmentation::UnicodeSegmentation;

use crate::findings::Finding;
use crate::findings::report::CheckReport;

/// What a `check` run reports; every renderer takes the same report.
pub type Report<'a> = CheckReport<'a>;

/// How long a word diff may run before it settles for a coarser answer.
const DIFF_DEADLINE: Duration = Duration::from_millis(200);

/// Word diffs of up to this many tokens (both sides together) run without a deadline, so
/// their result never depends on how busy the machine is. Sentences are cut at
/// `segment::MAX_SENTENCE_BYTES` (4 KB, at most about 2,000 tokens), so every sentence pair
/// is within it; the deadline guards longer texts only.
const DIFF_WITHOUT_DEADLINE: usize = 5_000;

/// Folds typographic variants that should not show as differences: curly quotes, dashes.
fn fold_token(token: &str) -> String {
    token
        .chars()
        .map(|c| match c {
            '“' | '”' | '„' | '″' => '"',
            '‘' | '’' | '‚' | '′' => '\'',
            '–' | '—' | '‐' => '-',
            c => c,
        })
        .collect()
}

/// Whether `token` is a hyphen that joins two words ("Twenty-four", "cold-storage").
fn is_joining_hyphen(token: &str) -> bool {
    matches!(token, "-" | "\u{2010}" | "\u{2011}")
}

fn is_word(token: &str) -> bool {
    token.chars().any(char::is_alphanumeric)
}

/// The tokens a word diff compares, with their byte offsets: words and punctuation
/// (whitespace left out), a hyphenated word ("Twenty-four") being one token, so that it
/// changes as a whole.
fn diff_tokens(s: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let raw: Vec<(usize, &str)> = s
        .split_word_bound_indices()
        .filter(|(_, t)| !t.trim().is_empty())
        .collect();
    let mut k = 0;
    while k < raw.len() {
        let (i, t) = raw[k];
        let joins = |out: &[(usize, String)]| {
            out.last().is_some_and(|(j, prev)| {
                j + prev.len() == i
                    && is_word(prev)
                    && is_joining_hyphen(t)
                    && raw
                        .get(k + 1)
                        .is_some_and(|&(n, next)| n == i + t.len() && is_word(next))
            })
        };
        if joins(&out) {
            let (_, next) = raw[k + 1];
            if let Some(last) = out.last_mut() {
                last.1.push_str(t);
                last.1.push_str(next);
            }
            k += 2;
        } else {
            out.push((i, t.to_string()));
            k += 1;
        }
    }
    out
}

/// Byte ranges of the words that differ between `old` and `new` (whitespace ignored; a
/// hyphenated word differs as a whole).
pub fn word_diff(old: &str, new: &str) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    let (ot, nt) = (diff_tokens(old), diff_tokens(new));
    let okeys: Vec<String> = ot.iter().map(|(_, t)| fold_token(t)).collect();
    let nkeys: Vec<String> = nt.iter().map(|(_, t)| fold_token(t)).collect();
    let ops = similar::capture_diff_slices_deadline(
        similar::Algorithm::Myers,
        &okeys,
        &nkeys,
        (okeys.len() + nkeys.len() > DIFF_WITHOUT_DEADLINE).then(|| Instant::now() + DIFF_DEADLINE),
    );
    let (mut oc, mut nc) = (Vec::new(), Vec::new());
    let span = |t: &[(usize, String)], r: Range<usize>| -> Option<Range<usize>> {
        if r.is_empty() {
            return None;
        }
        let start = t[r.start].0;
        let last = &t[r.end - 1];
        Some(start..last.0 + last.1.len())
    };
    for op in ops {
        if matches!(op.tag(), similar::DiffTag::Equal) {
            continue;
        }
        oc.extend(span(&ot, op.old_range()));
        nc.extend(span(&nt, op.new_range()));
    }
    (oc, nc)
}

/// Splits `text` into segments with flags (changed, evidence) for styling.
pub fn styled_segments<'t>(
    text: &'t str,
    changed: &[Range<usize>],
    evidence: Option<Range<usize>>,
) -> Vec<(&'t str, bool, bool)> {
    let mut cuts = vec![0, text.len()];
    for r in changed.iter().chain(evidence.iter()) {
        cuts.push(r.start.min(text.len()));
        cuts.push(r.end.min(text.len()));
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.retain(|&c| text.is_char_boundary(c));
    cuts.windows(2)
        .filter(|w| w[0] < w[1])
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            let is_changed = changed.iter().any(|r| r.start <= a && b <= r.end);
            let is_evidence = evidence
                .as_ref()
                .is_some_and(|r| r.start <= a && b <= r.end);
            (&text[a..b], is_changed, is_evidence)
        })
        .collect()
}

/// Words of evidence `i`'s sentence that differ from the other evidence: every sentence is
/// compared with the first, and the first with the second. A single evidence has none.
pub fn changed_words(finding: &Finding, i: usize) -> Vec<Range<usize>> {
    let ev = &finding.evidence;
    match (ev.len(), i) {
        (0 | 1, _) => Vec::new(),
        (_, 0) => word_diff(&ev[0].sentence_text, &ev[1].sentence_text).0,
        (_, i) => word_diff(&ev[0].sentence_text, &ev[i].sentence_text).1,
    }
}

/// Whether `c` would act on a terminal or a document instead of showing: C0 and C1
/// control characters (escape sequences that clear the screen, retitle the window or hide
/// text) and the bidirectional overrides that reorder what is shown.
fn acts_instead_of_showing(c: char) -> bool {
    (c.is_control() && c != '\t') || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every character that would act instead of showing replaced by U+FFFD, one
/// for one, so that columns and carets stay where they were. Article text, file names,
/// outlet names and messages go through this before a terminal or Markdown report.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(acts_instead_of_showing) {
        text.chars()
            .map(|c| {
                if acts_instead_of_showing(c) {
                    '\u{FFFD}'
                } else {
                    c
                }
            })
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

/// "1 warning", "2 warnings".
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The one-line summary of a check report: documents, sentences, pairs and counts.
pub fn summary_line(report: &Report) -> String {
    let counts = crate::findings::SeverityCounts::of(report.findings());
    let mut line = format!(
        "{}, {}, {}: {}, {}, {} info",
        plural(report.documents.len(), "document"),
        plural(report.sentence_count(), "sentence"),
        plural(report.links.len(), "aligned pair"),
        plural(counts.error, "error"),
        plural(counts.warning, "warning"),
        counts.info,
    );
    if report.is_gate() {
        line.push_str(&format!(
            " in the draft; {} among sources",
            plural(report.context.len(), "context finding")
        ));
    }
    if let Some(note) = baseline_note(report) {
        line.push_str("; ");
        line.push_str(&note);
    }
    line
}

/// With `--baseline`: "3 hidden by the baseline, 1 stale baseline entry".
pub fn baseline_note(report: &Report) -> Option<String> {
    report.baseline.map(|b| {
        format!(
            "{} hidden by the baseline, {}",
            b.hidden,
            plural(b.stale, "stale baseline entry").replace("entrys", "entries")
        )
    })
}

/// The display label of document `index` (outlet, else id).
pub fn label<'a>(report: &Report<'a>, index: usize) -> &'a str {
    report.documents[index].article.label()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_ignores_curly_quotes_and_finds_changed_word() {
        let (o, n) = word_diff(
            "US Defence Secretary said “no”.",
            "US Defense Secretary said \"no\".",
        );
        assert_eq!(o.len(), 1);
        assert_eq!(&"US Defence Secretary said “no”."[o[0].clone()], "Defence");
        assert_eq!(
            &"US Defense Secretary said \"no\"."[n[0].clone()],
            "Defense"
        );
    }

    #[test]
    fn a_hyphenated_word_differs_as_a_whole() {
        let (old, new) = ("Twenty-four people died.", "Forty-two people died.");
        let (o, n) = word_diff(old, new);
        assert_eq!(
            o.iter().map(|r| &old[r.clone()]).collect::<Vec<_>>(),
            ["Twenty-four"]
        );
        assert_eq!(
            n.iter().map(|r| &new[r.clone()]).collect::<Vec<_>>(),
            ["Forty-two"]
        );
        // A dash between spaced words is no hyphenated word.
        let toks = diff_tokens("war - not peace, a six-year-old");
        let words: Vec<&str> = toks.iter().map(|t| t.1.as_str()).collect();
        assert_eq!(
            words,
            ["war", "-", "not", "peace", ",", "a", "six-year-old"]
        );
    }

    #[test]
    fn segments_cover_the_text() {
        let text = "a bb ccc";
        let segs = styled_segments(text, &[2..4, 4..4], Some(5..8));
        let joined: String = segs.iter().map(|s| s.0).collect();
        assert_eq!(joined, text);
        assert!(segs.iter().any(|s| s.0 == "bb" && s.1));
        assert!(segs.iter().any(|s| s.0 == "ccc" && s.2));
    }
}
