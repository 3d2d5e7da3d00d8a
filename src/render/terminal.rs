//! The terminal report: each finding with the outlets' sentences side by side, the
//! differing words highlighted, file:line:column, and a one-line explanation.

use std::fmt::Write;

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

/// The `check` report. In a gate run the draft's findings come first, then the sources'
/// disagreements among themselves under a `context` heading.
pub fn check_report(report: &Report) -> String {
    let mut out = String::new();
    for finding in report.findings() {
        write_finding(&mut out, report, finding);
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
            write_finding(&mut out, report, finding);
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
    out.push('\n');
    out
}

fn write_finding(out: &mut String, report: &Report, finding: &Finding) {
    let _ = writeln!(
        out,
        "{}{}: {}",
        severity_label(finding.severity),
        format!("[{}]", finding.check).bold(),
        printable(&finding.message).bold()
    );
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
        let changed = changed_words(finding, i);
        let rel = ev.in_sentence.clone();
        let mut line = String::new();
        for (segment, is_changed, is_evidence) in
            styled_segments(&ev.sentence_text, &changed, Some(rel.clone()))
        {
            let segment = &*printable(segment);
            let styled = match (is_evidence, is_changed, i) {
                (true, _, _) => segment.bold().underline().yellow(),
                (false, true, 0) => segment.red(),
                (false, true, _) => segment.green(),
                _ => segment.normal(),
            };
            let _ = write!(line, "{styled}");
        }
        let _ = writeln!(out, "   {} {}", "|".blue(), line);
        // A caret line under the disagreeing words, readable without colour.
        let text = &ev.sentence_text;
        let (from, to) = (rel.start.min(text.len()), rel.end.min(text.len()));
        if from < to && text.is_char_boundary(from) && text.is_char_boundary(to) {
            let pad = text[..from].chars().count();
            let width = text[from..to].chars().count().max(1);
            let _ = writeln!(
                out,
                "   {} {}{}",
                "|".blue(),
                " ".repeat(pad),
                "^".repeat(width).yellow().bold()
            );
        }
    }
    let _ = writeln!(
        out,
        "   {} confidence: {}",
        "=".blue(),
        finding.confidence_label()
    );
    if let Some(check) = report.check(&finding.check) {
        let _ = writeln!(out, "   {} why: {}", "=".blue(), check.doc.why_it_matters);
    }
    if let Some(s) = &finding.suggestion {
        let _ = writeln!(out, "   {} suggestion: {}", "=".blue(), printable(s));
    }
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
    let (mut changed, mut added, mut removed, mut same) = (0, 0, 0, 0);
    let mut matched_old = std::collections::BTreeSet::new();
    for (i, s) in new.sentences.iter().enumerate() {
        let text = new.sentence_text(i);
        if let Some(o) = exact(text) {
            matched_old.insert(o);
            same += 1;
            continue;
        }
        match best_new.get(&i) {
            Some(&(o, _)) => {
                matched_old.insert(o);
                changed += 1;
                let before = old.sentence_text(o);
                let (co, cn) = word_diff(before, text);
                // Without colour, changed words are marked as git's plain word diff does.
                let colour = colored::control::SHOULD_COLORIZE.should_colorize();
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
                    "{} {}:{}",
                    "~".yellow().bold(),
                    printable(&new.article.path.display().to_string()),
                    s.line
                );
                let _ = writeln!(out, "  {} {}", "-".red(), paint(before, &co, false));
                let _ = writeln!(out, "  {} {}", "+".green(), paint(text, &cn, true));
            }
            None => {
                added += 1;
                let _ = writeln!(
                    out,
                    "{} {}:{}",
                    "+".green().bold(),
                    printable(&new.article.path.display().to_string()),
                    s.line
                );
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
        "{} {} changed, {} added, {} removed, {} unchanged",
        "summary:".bold(),
        plural(changed, "sentence"),
        added,
        removed,
        same
    );
    (out, changed + added + removed > 0)
}
