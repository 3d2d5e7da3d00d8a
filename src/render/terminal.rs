//! The terminal report: each finding with the outlets' sentences, each cut to a window of
//! the terminal's width around the flagged words (`…` where text was cut), the flagged words
//! in the severity's colour, file:line:column, and each check's explanation once.

use std::collections::BTreeSet;
use std::fmt::Write;

use unicode_width::UnicodeWidthChar;

use colored::{ColoredString, Colorize};

use super::{Report, changed_words, plural, printable, styled_segments, word_diff};
use crate::findings::gate::DocumentRole;
use crate::findings::report::{AlignView, InspectView};
use crate::findings::{Finding, Severity, SeverityCounts};
use crate::segment::SentenceRole;

fn severity_label(s: Severity) -> ColoredString {
    match s {
        Severity::Error => "error".red().bold(),
        Severity::Warning => "warning".yellow().bold(),
        Severity::Info => "info".cyan().bold(),
    }
}

/// How a terminal report is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// Columns available: excerpts longer than this are cut to a window around the
    /// flagged words.
    pub width: usize,
}

/// The width used when the output is not a terminal, so that piped output is the same
/// wherever it runs.
pub const DEFAULT_WIDTH: usize = 100;

/// Excerpts never get narrower than this, however narrow the terminal says it is.
const MIN_WIDTH: usize = 40;

impl Default for Layout {
    fn default() -> Self {
        Layout {
            width: DEFAULT_WIDTH,
        }
    }
}

/// The `check` report at the default width ([`DEFAULT_WIDTH`]).
pub fn check_report(report: &Report) -> String {
    check_report_in(report, Layout::default())
}

/// The `check` report. In a gate run the draft's findings come first, then the sources'
/// disagreements among themselves under a `context` heading. Each check's `why` is given
/// once, with its first finding.
pub fn check_report_in(report: &Report, layout: Layout) -> String {
    let mut out = String::new();
    let mut explained = BTreeSet::new();
    for finding in report.findings() {
        write_finding(&mut out, report, finding, layout, &mut explained);
        out.push('\n');
    }
    if !report.context.is_empty() {
        let _ = writeln!(
            out,
            "{} sources disagree among themselves ({}; not the draft, does not fail the gate)\n",
            "context:".bold(),
            plural(report.context.len(), "finding"),
        );
        for finding in report.context {
            write_finding(&mut out, report, finding, layout, &mut explained);
            out.push('\n');
        }
    }
    let counts = SeverityCounts::of(report.findings());
    let _ = write!(
        out,
        "{} {}, {}, {}; {}, {}, {} info",
        "summary:".bold(),
        plural(report.documents.len(), "document"),
        plural(report.sentence_count(), "sentence"),
        plural(report.links.len(), "aligned pair"),
        plural(counts.error, "error"),
        plural(counts.warning, "warning"),
        counts.info,
    );
    if report.is_gate() {
        let _ = write!(
            out,
            " in the draft; {} among sources",
            plural(report.context.len(), "context finding")
        );
    }
    if let Some(note) = super::baseline_note(report) {
        let _ = write!(out, "; {note}");
    }
    out.push('\n');
    out
}

/// The flagged words in the finding's severity colour.
fn severity_paint(s: Severity, text: &str) -> ColoredString {
    match s {
        Severity::Error => text.red().bold(),
        Severity::Warning => text.yellow().bold(),
        Severity::Info => text.cyan().bold(),
    }
}

/// The part of a sentence an excerpt shows: bytes `start..end`, and whether text was
/// cut before or after it (shown as `…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub start: usize,
    pub end: usize,
}

/// The display width of `text` as printed (wide characters count two columns; a tab or a
/// character [`printable`] replaces counts one).
fn columns(text: &str) -> usize {
    text.chars()
        .map(|c| {
            if c == '\t' || super::acts_instead_of_showing(c) {
                1
            } else {
                UnicodeWidthChar::width(c).unwrap_or(0)
            }
        })
        .sum()
}

/// The window of `text` that fits in `width` columns, centred on `focus` (a byte range): the
/// whole text when it fits, else as much context either side of the focus as fits with a
/// `…` (one column) at each cut end. A focus wider than the window keeps its beginning.
pub fn window(text: &str, focus: std::ops::Range<usize>, width: usize) -> Window {
    if columns(text) <= width {
        return Window {
            start: 0,
            end: text.len(),
        };
    }
    // Char boundaries and the columns before each.
    let mut bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    bounds.push(text.len());
    let mut before = Vec::with_capacity(bounds.len());
    let mut acc = 0;
    for (k, &b) in bounds.iter().enumerate() {
        before.push(acc);
        if k + 1 < bounds.len() {
            acc += columns(&text[b..bounds[k + 1]]);
        }
    }
    let n = bounds.len() - 1;
    let index = |byte: usize| bounds.partition_point(|&b| b < byte.min(text.len()));
    let fits = |a: usize, b: usize| {
        before[b] - before[a] + usize::from(a > 0) + usize::from(b < n) <= width
    };
    let mut a = index(focus.start).min(n);
    let mut b = index(focus.end).clamp(a, n);
    while b > a && !fits(a, b) {
        b -= 1;
    }
    loop {
        let mut grew = false;
        if a > 0 && fits(a - 1, b) {
            a -= 1;
            grew = true;
        }
        if b < n && fits(a, b + 1) {
            b += 1;
            grew = true;
        }
        if !grew {
            break;
        }
    }
    Window {
        start: bounds[a],
        end: bounds[b],
    }
}

fn write_finding(
    out: &mut String,
    report: &Report,
    finding: &Finding,
    layout: Layout,
    explained: &mut BTreeSet<String>,
) {
    let _ = writeln!(
        out,
        "{}{}: {}",
        severity_label(finding.severity),
        format!("[{}]", finding.check).bold(),
        printable(&finding.message).bold()
    );
    // "   | " before each excerpt line.
    let room = layout.width.max(MIN_WIDTH) - 5;
    for (i, ev) in finding.evidence.iter().enumerate() {
        let doc = report.documents[ev.document_index];
        let _ = writeln!(
            out,
            "  {} {}:{}:{}{}{}",
            "-->".blue(),
            printable(&doc.article.path.display().to_string()),
            ev.line,
            ev.column,
            doc.article
                .outlet
                .as_deref()
                .map(|o| format!(" ({})", printable(o)).dimmed().to_string())
                .unwrap_or_default(),
            match report.role(ev.document_index) {
                Some(DocumentRole::Draft) => " [draft]".bold().to_string(),
                Some(DocumentRole::Source) => " [source]".dimmed().to_string(),
                None => String::new(),
            }
        );
        let text = &ev.sentence_text;
        let (from, to) = (
            ev.in_sentence.start.min(text.len()),
            ev.in_sentence.end.min(text.len()),
        );
        let flagged = (from < to && text.is_char_boundary(from) && text.is_char_boundary(to))
            .then_some(from..to);
        let shown = window(text, flagged.clone().unwrap_or(0..0), room);
        let changed = changed_words(finding, i);
        let mut line = String::new();
        if shown.start > 0 {
            line.push_str(&"…".dimmed().to_string());
        }
        for (segment, is_changed, is_evidence) in styled_segments(
            &text[shown.start..shown.end],
            &shift(&changed, shown.start),
            flagged
                .as_ref()
                .map(|r| r.start.saturating_sub(shown.start)..r.end.saturating_sub(shown.start)),
        ) {
            // Tabs show as one space each, so that columns and carets agree.
            let segment = &*printable(segment).replace('\t', " ");
            let styled = match (is_evidence, is_changed) {
                (true, _) => severity_paint(finding.severity, segment).underline(),
                (false, true) => segment.italic(),
                _ => segment.normal(),
            };
            let _ = write!(line, "{styled}");
        }
        if shown.end < text.len() {
            line.push_str(&"…".dimmed().to_string());
        }
        let _ = writeln!(out, "   {} {}", "|".blue(), line);
        // A caret line under the disagreeing words, readable without colour.
        if let Some(r) = flagged {
            let (from, to) = (r.start.max(shown.start), r.end.min(shown.end));
            if from < to {
                let pad = usize::from(shown.start > 0) + columns(&text[shown.start..from]);
                let carets = columns(&text[from..to]).max(1);
                let _ = writeln!(
                    out,
                    "   {} {}{}",
                    "|".blue(),
                    " ".repeat(pad),
                    severity_paint(finding.severity, &"^".repeat(carets))
                );
            }
        }
    }
    let _ = writeln!(
        out,
        "   {} confidence: {}",
        "=".blue(),
        finding.confidence_label()
    );
    if let Some(check) = report.check(&finding.check)
        && explained.insert(finding.check.clone())
    {
        let _ = writeln!(out, "   {} why: {}", "=".blue(), check.doc.why_it_matters);
    }
    if let Some(s) = &finding.suggestion {
        let _ = writeln!(out, "   {} suggestion: {}", "=".blue(), printable(s));
    }
}

/// `ranges` moved `by` bytes to the left (those before `by` are cut at it).
fn shift(ranges: &[std::ops::Range<usize>], by: usize) -> Vec<std::ops::Range<usize>> {
    ranges
        .iter()
        .filter(|r| r.end > by)
        .map(|r| r.start.saturating_sub(by)..r.end - by)
        .collect()
}

/// The `align` report: aligned pairs with word-level differences.
pub fn align_report(view: &AlignView) -> String {
    let mut out = String::new();
    for pair in &view.links {
        let (da, db) = (
            view.documents[pair.a.document],
            view.documents[pair.b.document],
        );
        let (ta, tb) = (
            da.sentence_text(pair.a.sentence),
            db.sentence_text(pair.b.sentence),
        );
        let (ca, cb) = word_diff(ta, tb);
        let _ = writeln!(out, "{} {:.3}", "score".bold(), pair.score);
        for (doc, sentence, text, changed, sign) in [
            (da, pair.a.sentence, ta, &ca, "-"),
            (db, pair.b.sentence, tb, &cb, "+"),
        ] {
            let s = &doc.sentences[sentence];
            let mut line = String::new();
            for (segment, is_changed, _) in styled_segments(text, changed, None) {
                let segment = &*printable(segment);
                let styled = match (is_changed, sign) {
                    (true, "-") => segment.red(),
                    (true, _) => segment.green(),
                    _ => segment.normal(),
                };
                let _ = write!(line, "{styled}");
            }
            let _ = writeln!(
                out,
                "  {} {}:{} #{} {}",
                sign,
                printable(doc.article.label()),
                s.line,
                sentence,
                line
            );
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "{} {}",
        "summary:".bold(),
        plural(view.links.len(), "aligned pair")
    );
    out
}

/// The `inspect` report: sentences and their facts.
pub fn inspect_report<F: serde::Serialize>(view: &InspectView<F>) -> String {
    let mut out = String::new();
    for (d, doc) in view.documents.iter().enumerate() {
        let a = &doc.article;
        let _ = writeln!(
            out,
            "{} {} (outlet: {}, published: {})",
            "document".bold(),
            printable(&a.path.display().to_string()),
            printable(a.outlet.as_deref().unwrap_or("unknown")),
            a.published.map_or("unknown".to_string(), |d| d.to_string())
        );
        for (i, s) in doc.sentences.iter().enumerate() {
            let role = match s.role {
                SentenceRole::Prose => "".normal(),
                SentenceRole::Heading => " [heading]".dimmed(),
                SentenceRole::Boilerplate => " [boilerplate]".dimmed(),
            };
            let _ = writeln!(
                out,
                "  {:>3} {:>4}:{} {}",
                i,
                s.line,
                role,
                printable(doc.sentence_text(i))
            );
            for fact in view.facts[d][i] {
                let json = serde_json::to_string(fact).unwrap_or_default();
                let _ = writeln!(out, "        {}", printable(&json).dimmed());
            }
        }
    }
    out
}

/// The `diff` report of two versions (documents 0 and 1): each sentence of the new version
/// in order, changed ones with word-level differences, added ones marked `+`, then the
/// removed sentences of the old version marked `-`. Returns the report and whether the
/// versions differ.
pub fn diff_report(view: &AlignView) -> (String, bool) {
    let mut out = String::new();
    let (old, new) = (view.documents[0], view.documents[1]);
    // Best link of each sentence, in each direction.
    let mut best_old: std::collections::BTreeMap<usize, (usize, f64)> = Default::default();
    let mut best_new: std::collections::BTreeMap<usize, (usize, f64)> = Default::default();
    for p in &view.links {
        let (o, n) = if p.a.document == 0 {
            (p.a.sentence, p.b.sentence)
        } else {
            (p.b.sentence, p.a.sentence)
        };
        let keep = |slot: Option<&(usize, f64)>| slot.is_none_or(|(_, s)| p.score > *s);
        if keep(best_new.get(&n)) {
            best_new.insert(n, (o, p.score));
        }
        if keep(best_old.get(&o)) {
            best_old.insert(o, (n, p.score));
        }
    }
    // The old sentences of each text, in order: an unchanged sentence takes the first one
    // not taken yet, so a line repeated in both versions ("Advertisement") pairs one to one.
    let mut old_by_text: std::collections::HashMap<&str, std::collections::VecDeque<usize>> =
        Default::default();
    for i in 0..old.sentences.len() {
        old_by_text
            .entry(old.sentence_text(i))
            .or_default()
            .push_back(i);
    }
    let mut exact = |text: &str| old_by_text.get_mut(text).and_then(|q| q.pop_front());
    // Each new sentence: the old sentence it keeps (the same text, else its best link) and
    // whether it kept it word for word; `None` for an added sentence.
    let matches: Vec<Option<(usize, bool)>> = (0..new.sentences.len())
        .map(|i| {
            exact(new.sentence_text(i))
                .map(|o| (o, true))
                .or_else(|| best_new.get(&i).map(|&(o, _)| (o, false)))
        })
        .collect();
    // The kept sentences that stayed in order (the longest run in which old positions
    // increase); the others moved, as git's --color-moved shows moved lines.
    let kept: Vec<(usize, usize)> = matches
        .iter()
        .enumerate()
        .filter_map(|(i, m)| m.map(|(o, _)| (i, o)))
        .collect();
    let in_order = longest_increasing(&kept.iter().map(|&(_, o)| o).collect::<Vec<_>>());
    let stayed: std::collections::BTreeSet<usize> = in_order.iter().map(|&k| kept[k].0).collect();
    let colour = colored::control::SHOULD_COLORIZE.should_colorize();
    let (mut changed, mut added, mut removed, mut moved, mut same) = (0, 0, 0, 0, 0);
    let mut matched_old = std::collections::BTreeSet::new();
    let new_path = printable(&new.article.path.display().to_string()).into_owned();
    let old_path = printable(&old.article.path.display().to_string()).into_owned();
    for (i, s) in new.sentences.iter().enumerate() {
        let text = new.sentence_text(i);
        let from = |o: usize| {
            if stayed.contains(&i) {
                String::new()
            } else {
                format!(" (moved from {}:{})", old_path, old.sentences[o].line)
            }
        };
        match matches[i] {
            Some((o, true)) => {
                matched_old.insert(o);
                if stayed.contains(&i) {
                    same += 1;
                    continue;
                }
                moved += 1;
                let _ = writeln!(
                    out,
                    "{} {}:{}{}",
                    ">".magenta().bold(),
                    new_path,
                    s.line,
                    from(o).dimmed()
                );
                let _ = writeln!(out, "  {} {}", ">".magenta(), printable(text).magenta());
            }
            Some((o, false)) => {
                matched_old.insert(o);
                changed += 1;
                let before = old.sentence_text(o);
                let (co, cn) = word_diff(before, text);
                // Without colour, changed words are marked as git's plain word diff does.
                let paint = |t: &str, ranges: &[std::ops::Range<usize>], add: bool| {
                    styled_segments(t, ranges, None)
                        .into_iter()
                        .map(|(seg, is_changed, _)| (printable(seg), is_changed))
                        .map(|(seg, is_changed)| match (is_changed, add, colour) {
                            (true, true, true) => seg.green().bold().to_string(),
                            (true, false, true) => seg.red().strikethrough().to_string(),
                            (true, true, false) => format!("{{+{seg}+}}"),
                            (true, false, false) => format!("[-{seg}-]"),
                            _ => seg.to_string(),
                        })
                        .collect::<String>()
                };
                let _ = writeln!(
                    out,
                    "{} {}:{}{}",
                    "~".yellow().bold(),
                    new_path,
                    s.line,
                    from(o).dimmed()
                );
                let _ = writeln!(out, "  {} {}", "-".red(), paint(before, &co, false));
                let _ = writeln!(out, "  {} {}", "+".green(), paint(text, &cn, true));
            }
            None => {
                added += 1;
                let _ = writeln!(out, "{} {}:{}", "+".green().bold(), new_path, s.line);
                let _ = writeln!(out, "  {} {}", "+".green(), printable(text).green());
            }
        }
    }
    for (o, s) in old.sentences.iter().enumerate() {
        if matched_old.contains(&o) || best_old.contains_key(&o) {
            continue;
        }
        removed += 1;
        let _ = writeln!(
            out,
            "{} {}:{}",
            "-".red().bold(),
            printable(&old.article.path.display().to_string()),
            s.line
        );
        let _ = writeln!(
            out,
            "  {} {}",
            "-".red(),
            printable(old.sentence_text(o)).red()
        );
    }
    let _ = writeln!(
        out,
        "{} {} changed, {} added, {} removed, {} moved, {} unchanged",
        "summary:".bold(),
        plural(changed, "sentence"),
        added,
        removed,
        moved,
        same
    );
    (out, changed + added + removed + moved > 0)
}

/// Indices into `seq` of a longest strictly increasing subsequence (the first one found
/// by patience sorting, so the same input always gives the same answer).
fn longest_increasing(seq: &[usize]) -> Vec<usize> {
    // tails[l]: index of the smallest last value of an increasing run of length l + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut prev: Vec<Option<usize>> = vec![None; seq.len()];
    for (k, &v) in seq.iter().enumerate() {
        let l = tails.partition_point(|&t| seq[t] < v);
        prev[k] = l.checked_sub(1).map(|p| tails[p]);
        if l == tails.len() {
            tails.push(k);
        } else {
            tails[l] = k;
        }
    }
    let mut run = Vec::with_capacity(tails.len());
    let mut at = tails.last().copied();
    while let Some(k) = at {
        run.push(k);
        at = prev[k];
    }
    run.reverse();
    run
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_increasing_run_leaves_out_the_moved() {
        // Old sentence 0 moved to the end.
        assert_eq!(longest_increasing(&[1, 2, 3, 0]), [0, 1, 2]);
        assert_eq!(longest_increasing(&[0, 1, 2]), [0, 1, 2]);
        assert!(longest_increasing(&[]).is_empty());
    }

    #[test]
    fn a_short_text_is_shown_whole() {
        assert_eq!(window("short", 0..1, 40), Window { start: 0, end: 5 });
    }

    #[test]
    fn a_long_text_is_centred_on_the_focus_with_room_for_ellipses() {
        let text = format!("{}FOCUS{}", "a".repeat(100), "b".repeat(100));
        let w = window(&text, 100..105, 21);
        // 1 + 7 + 5 + 7 + 1 = 21 columns.
        assert_eq!((w.start, w.end), (93, 112));
        assert_eq!(&text[w.start..w.end], "aaaaaaaFOCUSbbbbbbb");
    }

    #[test]
    fn a_focus_near_an_end_takes_the_room_on_the_other_side() {
        let text = format!("FOCUS{}", "b".repeat(100));
        let w = window(&text, 0..5, 21);
        assert_eq!((w.start, w.end), (0, 20));
    }

    #[test]
    fn wide_characters_count_two_columns() {
        let text = format!("{}東京{}", "a".repeat(50), "b".repeat(50));
        let w = window(&text, 50..56, 12);
        assert!(columns(&text[w.start..w.end]) + 2 <= 12);
        assert!(text[w.start..w.end].contains("東京"));
    }

    #[test]
    fn a_focus_wider_than_the_window_keeps_its_beginning() {
        let text = format!("{}{}", "a".repeat(10), "F".repeat(100));
        let w = window(&text, 10..110, 21);
        assert_eq!(w.start, 10);
        assert_eq!(columns(&text[w.start..w.end]), 19);
    }
}
