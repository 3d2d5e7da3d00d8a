//! `factdiff feed INPUT...`: the command line of [`crate::feed`].

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::{
    ColorChoice, EXIT_FINDINGS, EXIT_OK, FailOn, Outcome, Progress, RuleFileArgs, plural,
    rule_sources, setup_color,
};
use crate::error::{Error, Result};
use crate::feed::{self, CheckSettings, FeedFormat, FeedProgress, ReadOptions};
use crate::findings::baseline::Baseline;
use crate::findings::report::CheckReport;
use crate::input;
use crate::render;

#[derive(Debug, Clone, Args)]
pub struct FeedArgs {
    /// JSONL files (one article a line: {"id", "text"}; "outlet", "published", "url",
    /// "title" optional), folders or article files read as `check` reads them, or `-` for
    /// JSONL on standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// jsonl: one line per story (the default when standard output is not a terminal);
    /// terminal, markdown, html: a digest, stories with disagreements first.
    #[arg(long, value_enum)]
    pub format: Option<FeedFormatChoice>,
    /// A bad JSONL line (broken JSON, no text, a duplicate id, an unreadable date) is an
    /// error (exit 2) instead of a warning that skips the line.
    #[arg(long)]
    pub strict: bool,
    /// Write to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit with 1 when a finding of any story is at or above this severity.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// Run only these checks or categories (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "CHECK")]
    pub select: Vec<String>,
    /// Do not run these checks or categories (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "CHECK")]
    pub ignore: Vec<String>,
    /// Leave out the findings accepted in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    #[command(flatten)]
    pub rule_files: RuleFileArgs,
    /// Write each article's id, date and term counts as JSON lines instead of stories
    /// (the first step of spark/factdiff_feed.py).
    #[arg(long, conflicts_with = "document_frequencies")]
    pub emit_terms: bool,
    /// Weigh terms with these document frequencies of a whole feed ({"articles": N, "df":
    /// [[term, count], ...]}) when the input is one block of it (spark/factdiff_feed.py).
    #[arg(long, value_name = "FILE")]
    pub document_frequencies: Option<PathBuf>,
    /// When to colour the terminal digest (honours NO_COLOR and CLICOLOR_FORCE in auto).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Refuse JSONL lines and article files larger than this many megabytes.
    #[arg(long, value_name = "MB", default_value_t = input::DEFAULT_MAX_ARTICLE_BYTES / (1024 * 1024), value_parser = clap::value_parser!(u64).range(1..=4096))]
    pub max_article_size: u64,
}

/// Output formats of `feed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FeedFormatChoice {
    /// One JSON line per story, with its `check` JSON report.
    Jsonl,
    /// A digest for reading in a terminal.
    Terminal,
    /// A digest in Markdown.
    Markdown,
    /// A digest as one HTML page.
    Html,
}

/// `factdiff feed`; JSONL lines go to `out` as each batch of stories is checked (or to
/// `--output` at the end).
pub fn feed_command(args: FeedArgs, out: &mut dyn Write) -> Result<Outcome> {
    let format = match args.format {
        Some(FeedFormatChoice::Jsonl) => FeedFormat::Jsonl,
        Some(FeedFormatChoice::Terminal) => FeedFormat::Terminal,
        Some(FeedFormatChoice::Markdown) => FeedFormat::Markdown,
        Some(FeedFormatChoice::Html) => FeedFormat::Html,
        None if args.output.is_none() && std::io::stdout().is_terminal() => FeedFormat::Terminal,
        None => FeedFormat::Jsonl,
    };
    if let Some(path) = &args.output {
        super::output::check_writable(path)?;
        let mut reads = super::output::ReadSet::default();
        for input in &args.inputs {
            reads.add_input(input);
        }
        super::output::refuse_inputs(path, "--output", &reads)?;
    }
    setup_color(match (args.color, &args.output, format) {
        (ColorChoice::Auto, Some(_), _) => ColorChoice::Never,
        (choice, _, FeedFormat::Terminal) => choice,
        _ => ColorChoice::Never,
    });
    let rules =
        crate::checks::load_rules(&rule_sources(&args.rule_files, &args.select, &args.ignore))?;
    let baseline = args.baseline.as_deref().map(Baseline::read).transpose()?;
    let progress = Progress::start();
    progress.message(format!("reading {}", plural(args.inputs.len(), "input")));
    let feed = feed::read_feed(
        &args.inputs,
        &ReadOptions {
            strict: args.strict,
            max_article_bytes: args.max_article_size.saturating_mul(1024 * 1024),
        },
    )?;
    let mut warnings = feed.warnings.clone();
    warnings.extend(crate::checks::typo::missing_dictionaries(
        &rules.check("typo"),
    )?);
    if feed.is_empty() {
        let first = args.inputs.first().cloned().unwrap_or_default();
        let name = if first.as_os_str() == "-" {
            PathBuf::from("<stdin>")
        } else {
            first
        };
        return Err(Error::input(name, "no readable article in the feed").after_warnings(warnings));
    }
    if args.emit_terms {
        let mut lines = Vec::new();
        feed::write_terms(&feed, &mut lines)?;
        return Ok(Outcome {
            stdout: String::from_utf8_lossy(&lines).into_owned(),
            code: EXIT_OK,
            output: args.output,
            warnings,
        });
    }
    let whole = args
        .document_frequencies
        .as_deref()
        .map(read_frequencies)
        .transpose()?;
    let render = story_renderer(format);
    let settings = CheckSettings {
        whole: whole.as_ref(),
        rules: &rules,
        baseline: baseline.as_ref(),
        fail_on: args.fail_on.threshold(),
        format,
        render: &render,
    };
    let mut on_progress = |stage: FeedProgress| {
        progress.message(match stage {
            FeedProgress::Clustering { articles } => {
                format!("grouping {} into stories", plural(articles, "article"))
            }
            FeedProgress::Checking { done, stories } => {
                format!("checking stories: {done} of {stories} found so far")
            }
        })
    };
    let (stdout, summary) = if format == FeedFormat::Jsonl {
        // With --output, the lines go to a new file beside it as they are made, renamed over
        // it at the end: a feed's report is never all held in memory.
        let mut file = args
            .output
            .as_deref()
            .map(|path| {
                super::output::AtomicFile::create(path).map_err(|e| {
                    Error::input(path, format!("cannot write the report: {e}"))
                        .after_warnings(warnings.clone())
                })
            })
            .transpose()?;
        let target: &mut dyn Write = match &mut file {
            Some(file) => file,
            None => out,
        };
        match feed::write_jsonl(&feed, &settings, target, &mut on_progress) {
            Ok(summary) => {
                if let (Some(file), Some(path)) = (file, &args.output) {
                    file.commit().map_err(|e| Error::io(path, e))?;
                    drop(progress);
                    return Ok(Outcome {
                        code: if summary.failing {
                            EXIT_FINDINGS
                        } else {
                            EXIT_OK
                        },
                        warnings,
                        ..Outcome::default()
                    });
                }
                (String::new(), summary)
            }
            Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => {
                // A closed pipe (`factdiff feed ... | head -1`) ends the run quietly.
                return Ok(Outcome {
                    warnings,
                    ..Outcome::default()
                });
            }
            Err(e) => return Err(e),
        }
    } else {
        let (stories, summary) = feed::check_all(&feed, &settings, &mut on_progress)?;
        (feed::digest::digest(&stories, &summary, format), summary)
    };
    drop(progress);
    Ok(Outcome {
        stdout,
        code: if summary.failing {
            EXIT_FINDINGS
        } else {
            EXIT_OK
        },
        output: args.output,
        warnings,
    })
}

fn read_frequencies(path: &std::path::Path) -> Result<feed::Frequencies> {
    input::refuse_special_file(path)?;
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    serde_json::from_str(&text).map_err(|e| {
        Error::input(
            path,
            format!(
                "not document frequencies ({{\"articles\": N, \"df\": [[term, count], ...]}}): {e}"
            ),
        )
    })
}

/// How a story's check report is written in `format` (JSONL: the JSON report on one line).
fn story_renderer(format: FeedFormat) -> impl Fn(&CheckReport) -> String + Sync {
    move |report| match format {
        FeedFormat::Jsonl => render::json::check_report_line(report),
        FeedFormat::Terminal => render::terminal::check_report(report),
        FeedFormat::Markdown => render::markdown::check_report(report),
        FeedFormat::Html => render::html::check_report(report),
    }
}
