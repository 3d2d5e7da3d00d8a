//! The reading formats of a feed run: a digest whose stories with disagreements come first
//! (most errors, then warnings, then findings of any kind, then by id), each with its
//! report embedded; then the stories that agree, then the single-article stories.

use std::fmt::Write;

use super::{CheckedStory, FeedFormat, FeedSummary};

/// The digest of `stories` in `format` (terminal, Markdown or HTML).
pub fn digest(stories: &[CheckedStory], summary: &FeedSummary, format: FeedFormat) -> String {
    let mut order: Vec<&CheckedStory> = stories.iter().collect();
    order.sort_by(|a, b| {
        let key = |s: &CheckedStory| {
            let c = s.findings.unwrap_or_default();
            (
                std::cmp::Reverse(c.error),
                std::cmp::Reverse(c.warning),
                std::cmp::Reverse(s.finding_count()),
            )
        };
        key(a).cmp(&key(b)).then(a.id.cmp(&b.id))
    });
    let disagreeing: Vec<&CheckedStory> = order
        .iter()
        .copied()
        .filter(|s| s.finding_count() > 0)
        .collect();
    let agreeing: Vec<&CheckedStory> = order
        .iter()
        .copied()
        .filter(|s| s.findings.is_some() && s.finding_count() == 0)
        .collect();
    let single: Vec<&CheckedStory> = order
        .iter()
        .copied()
        .filter(|s| s.findings.is_none())
        .collect();
    let parts = Parts {
        summary: headline_of(summary),
        disagreeing,
        agreeing,
        single,
    };
    match format {
        FeedFormat::Html => html(&parts),
        FeedFormat::Markdown => markdown(&parts),
        FeedFormat::Terminal | FeedFormat::Jsonl => terminal(&parts),
    }
}

struct Parts<'a> {
    summary: String,
    disagreeing: Vec<&'a CheckedStory>,
    agreeing: Vec<&'a CheckedStory>,
    single: Vec<&'a CheckedStory>,
}

fn headline_of(s: &FeedSummary) -> String {
    format!(
        "{} articles in {} stories; {} checked (two articles or more), {} with disagreements",
        s.articles, s.stories, s.checked, s.with_findings
    )
}

/// "3 articles (Outlet A, Outlet B, c-id): 2 errors, 1 warning".
fn describe(story: &CheckedStory) -> String {
    let who: Vec<&str> = story
        .articles
        .iter()
        .zip(&story.outlets)
        .map(|(id, outlet)| outlet.as_deref().unwrap_or(id))
        .collect();
    let mut text = format!("{} articles ({})", story.articles.len(), who.join(", "));
    if let Some(c) = &story.findings {
        let mut counts = Vec::new();
        for (n, word) in [(c.error, "error"), (c.warning, "warning"), (c.info, "info")] {
            if n > 0 {
                counts.push(format!(
                    "{n} {word}{}",
                    if n == 1 || word == "info" { "" } else { "s" }
                ));
            }
        }
        if counts.is_empty() {
            counts.push("no disagreements".to_string());
        }
        let _ = write!(text, ": {}", counts.join(", "));
    }
    text
}

fn terminal(parts: &Parts) -> String {
    let mut out = format!("factdiff feed: {}\n", parts.summary);
    for story in &parts.disagreeing {
        let _ = write!(
            out,
            "\n=== story {} — {}\n    {}\n\n{}",
            story.id,
            story.headline,
            describe(story),
            story.rendered
        );
    }
    if !parts.agreeing.is_empty() {
        out.push_str("\n=== stories without disagreements\n");
        for story in &parts.agreeing {
            let _ = writeln!(
                out,
                "{} — {} — {}",
                story.id,
                story.headline,
                describe(story)
            );
        }
    }
    if !parts.single.is_empty() {
        let _ = writeln!(
            out,
            "\n=== {} single-article stories (nothing to compare)",
            parts.single.len()
        );
        for story in &parts.single {
            let _ = writeln!(out, "{} — {}", story.id, story.articles.join(", "));
        }
    }
    out
}

/// Headings of an embedded report moved two levels down (outside fenced code).
fn demote_headings(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len() + 64);
    let mut fenced = false;
    for line in markdown.lines() {
        if line.starts_with("```") {
            fenced = !fenced;
        }
        if !fenced && line.starts_with('#') {
            out.push_str("##");
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn markdown_cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn markdown(parts: &Parts) -> String {
    let mut out = format!("# factdiff feed\n\n{}.\n\n", parts.summary);
    if !parts.disagreeing.is_empty() {
        out.push_str("## Stories with disagreements\n\n");
        for story in &parts.disagreeing {
            let _ = writeln!(
                out,
                "- [{}](#story-{}): {} — {}",
                story.id,
                story.id,
                markdown_cell(&story.headline),
                describe(story)
            );
        }
        out.push('\n');
    }
    if !parts.agreeing.is_empty() {
        out.push_str(
            "## Stories without disagreements\n\n| story | headline | articles |\n|---|---|---|\n",
        );
        for story in &parts.agreeing {
            let _ = writeln!(
                out,
                "| `{}` | {} | {} |",
                story.id,
                markdown_cell(&story.headline),
                markdown_cell(&describe(story))
            );
        }
        out.push('\n');
    }
    if !parts.single.is_empty() {
        let _ = writeln!(
            out,
            "## Single-article stories\n\n{} (nothing to compare): {}\n",
            parts.single.len(),
            parts
                .single
                .iter()
                .map(|s| format!("`{}`", s.articles.join("`, `")))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    for story in &parts.disagreeing {
        let _ = write!(
            out,
            "<a id=\"story-{}\"></a>\n\n## Story {}: {}\n\n{}\n",
            story.id,
            story.id,
            markdown_cell(&story.headline),
            demote_headings(&story.rendered)
        );
    }
    out
}

fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn html(parts: &Parts) -> String {
    let mut out = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>factdiff feed</title>\n<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:80em}iframe{width:100%;height:40em;border:1px solid #ccc}table{border-collapse:collapse}td,th{padding:.2em .6em;border-bottom:1px solid #ddd;text-align:left}</style>\n</head>\n<body>\n<h1>factdiff feed</h1>\n",
    );
    let _ = writeln!(out, "<p>{}.</p>", escape_html(&parts.summary));
    if !parts.disagreeing.is_empty() {
        out.push_str("<h2>Stories with disagreements</h2>\n");
        for story in &parts.disagreeing {
            let _ = writeln!(
                out,
                "<details id=\"story-{id}\">\n<summary><code>{id}</code> {headline} — {what}</summary>\n<iframe title=\"report of story {id}\" loading=\"lazy\" srcdoc=\"{report}\"></iframe>\n</details>",
                id = escape_html(&story.id),
                headline = escape_html(&story.headline),
                what = escape_html(&describe(story)),
                report = escape_html(&story.rendered),
            );
        }
    }
    if !parts.agreeing.is_empty() {
        out.push_str("<h2>Stories without disagreements</h2>\n<table>\n<tr><th>story</th><th>headline</th><th>articles</th></tr>\n");
        for story in &parts.agreeing {
            let _ = writeln!(
                out,
                "<tr><td><code>{}</code></td><td>{}</td><td>{}</td></tr>",
                escape_html(&story.id),
                escape_html(&story.headline),
                escape_html(&describe(story))
            );
        }
        out.push_str("</table>\n");
    }
    if !parts.single.is_empty() {
        let _ = writeln!(
            out,
            "<h2>Single-article stories</h2>\n<p>{} (nothing to compare): {}</p>",
            parts.single.len(),
            escape_html(
                &parts
                    .single
                    .iter()
                    .map(|s| s.articles.join(", "))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        );
    }
    out.push_str("</body>\n</html>\n");
    out
}
