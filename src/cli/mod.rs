//! The command line: clap definitions, dispatch, exit codes, and (`docs.rs`) the docs
//! generated from the code. Nothing here prints; `run` returns what the binary writes.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};

pub mod docs;
mod feed;
pub mod output;

pub use feed::{FeedArgs, FeedFormatChoice};

use crate::align::AlignMode;
use crate::checks::registry;
use crate::config::{self, RuleSet, RuleSources};
use crate::error::{Error, Result};
use crate::findings::Severity;
use crate::findings::baseline::Baseline;
use crate::findings::gate::{self, DocumentRole};
use crate::input::{self, Article, LoadOptions};
use crate::render;

/// Exit code: nothing at or above `--fail-on`.
pub const EXIT_OK: u8 = 0;
/// Exit code: findings at or above `--fail-on`.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code: usage, input or rule-file error.
pub const EXIT_ERROR: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "factdiff",
    version,
    about = "Flags where news outlets reporting the same story disagree: dates, figures, quotes, attributions, names and typos."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a story cluster: align the articles and report their disagreements.
    Check(CheckArgs),
    /// Watch a whole news feed: group its articles into stories and check each story.
    Feed(FeedArgs),
    /// Show which sentences align across articles.
    Align(AlignArgs),
    /// Show what factdiff read: sentences and the facts extracted from each.
    Inspect(InspectArgs),
    /// Compare two versions of an article sentence by sentence: changed, added, removed and
    /// moved sentences with word-level differences (exit 1 when they differ, a move included).
    Diff(DiffArgs),
    /// List, explain or print the rules.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
    /// Print a shell completion script (e.g. `factdiff completions bash > /etc/bash_completion.d/factdiff`).
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) generated from these definitions (`factdiff man | man -l -`),
    /// or write one page per command into a directory (`--dir`).
    Man {
        /// Write factdiff.1 and a page per subcommand (factdiff-check.1, ...) into DIR.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// List every check with its category and severity.
    List(RuleFileArgs),
    /// Explain what a check flags, why, an example and its options.
    Explain {
        /// The check id (see `factdiff rules list`).
        id: String,
        /// Print the whole documentation as Markdown (what docs/checks/ID.md holds).
        #[arg(long)]
        long: bool,
    },
    /// Print the merged rule set as TOML.
    Print(RuleFileArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

#[derive(Debug, Clone, Args)]
pub struct RuleFileArgs {
    /// A rule file layered over the defaults (and over factdiff.toml); may be repeated.
    #[arg(long = "rules", value_name = "FILE")]
    pub rules: Vec<PathBuf>,
    /// Do not look for factdiff.toml in the working directory and its parents.
    #[arg(long)]
    pub no_project_rules: bool,
}

#[derive(Debug, Clone, Args)]
pub struct InputArgs {
    /// Article files, or directories (each a cluster with an optional cluster.toml).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Publication date of every article (YYYY-MM-DD), for relative dates.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = publication_date)]
    pub published: Option<NaiveDate>,
    #[command(flatten)]
    pub rule_files: RuleFileArgs,
    /// When to colour the output (honours NO_COLOR and CLICOLOR_FORCE in auto).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Refuse article files larger than this many megabytes.
    #[arg(long, value_name = "MB", default_value_t = input::DEFAULT_MAX_ARTICLE_BYTES / (1024 * 1024), value_parser = clap::value_parser!(u64).range(1..=4096))]
    pub max_article_size: u64,
    /// Refuse a run whose article files together are larger than this many megabytes.
    #[arg(long, value_name = "MB", default_value_t = input::DEFAULT_MAX_TOTAL_BYTES / (1024 * 1024), value_parser = clap::value_parser!(u64).range(1..=1_048_576))]
    pub max_total_size: u64,
}

#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Gate mode: the PATHs are a draft, checked against this source file or directory
    /// (repeat for more). Only the draft's disagreements with a source are findings; the
    /// sources' disagreements among themselves are listed as context and never fail the gate.
    #[arg(long, value_name = "SOURCE")]
    pub against: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Terminal)]
    pub format: Format,
    /// Write the report to FILE instead of standard output (never to an input article).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit with 1 when a finding is at or above this severity.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// Run only these checks or categories (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "CHECK")]
    pub select: Vec<String>,
    /// Do not run these checks or categories (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "CHECK")]
    pub ignore: Vec<String>,
    /// How candidate sentence pairs are found.
    #[arg(long = "align", value_enum, default_value_t = AlignChoice::Fast)]
    pub align_mode: AlignChoice,
    /// Leave out findings whose confidence (0 to 1, shown with each finding) is below this.
    #[arg(long, value_name = "0..1", value_parser = confidence_value, allow_negative_numbers = true)]
    pub min_confidence: Option<f64>,
    /// Do not warn when the articles do not look like one story (few shared sentences or
    /// names between them).
    #[arg(long)]
    pub no_story_check: bool,
    /// Leave out the findings accepted in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Write the findings of this run to FILE as a baseline (they no longer fail the run).
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct AlignArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[arg(long, value_enum, default_value_t = Format::Terminal)]
    pub format: Format,
    #[arg(long = "align", value_enum, default_value_t = AlignChoice::Fast)]
    pub align_mode: AlignChoice,
}

#[derive(Debug, Clone, Args)]
pub struct DiffArgs {
    /// The earlier version.
    pub old: PathBuf,
    /// The later version.
    pub new: PathBuf,
    #[command(flatten)]
    pub rule_files: RuleFileArgs,
    /// When to colour the output (honours NO_COLOR and CLICOLOR_FORCE in auto).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Args)]
pub struct InspectArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[arg(long, value_enum, default_value_t = Format::Terminal)]
    pub format: Format,
}

/// What the binary should write and the exit code.
#[derive(Debug, Default)]
pub struct Outcome {
    /// The report.
    pub stdout: String,
    pub code: u8,
    /// Where to write the report instead of standard output (`--output`).
    pub output: Option<PathBuf>,
    /// One line each, for standard error (`factdiff: warning: ...`): files read with a
    /// caveat or skipped.
    pub warnings: Vec<String>,
}

fn setup_color(choice: ColorChoice) {
    let enabled = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            let force =
                std::env::var_os("CLICOLOR_FORCE").is_some_and(|v| !v.is_empty() && v != "0");
            !no_color && (force || std::io::stdout().is_terminal())
        }
    };
    colored::control::set_override(enabled);
}

/// The width of a terminal report: `COLUMNS` when set (tests and scripts fix it so), else
/// the terminal's width when the report goes to one, else a fixed 100 columns so that
/// piped output is the same everywhere.
fn terminal_layout(to_file: bool) -> render::terminal::Layout {
    let from_env = std::env::var("COLUMNS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&w| w > 0);
    let from_terminal = || {
        (!to_file && std::io::stdout().is_terminal())
            .then(|| console::Term::stdout().size_checked())
            .flatten()
            .map(|(_, cols)| usize::from(cols))
    };
    render::terminal::Layout {
        width: from_env
            .or_else(from_terminal)
            .unwrap_or(render::terminal::DEFAULT_WIDTH),
    }
}

fn rule_sources(args: &RuleFileArgs, select: &[String], ignore: &[String]) -> RuleSources {
    RuleSources {
        files: args.rules.clone(),
        project_dir: (!args.no_project_rules)
            .then(|| std::env::current_dir().ok())
            .flatten(),
        select: select.to_vec(),
        ignore: ignore.to_vec(),
    }
}

fn load(input: &InputArgs) -> Result<input::Loaded> {
    input::load_cluster(
        &input.paths,
        &LoadOptions {
            published: input.published,
            max_article_bytes: input.max_article_size.saturating_mul(1024 * 1024),
            max_total_bytes: input.max_total_size.saturating_mul(1024 * 1024),
        },
    )
}

/// Loads a cluster that is to be compared: it needs two articles or more.
fn load_for_comparison(input: &InputArgs) -> Result<input::Loaded> {
    let loaded = load(input)?;
    if let [only] = loaded.articles.as_slice() {
        return Err(Error::input(
            &only.path,
            "the only article: nothing to compare with (give two or more articles, or a directory of them; `factdiff inspect` reads a single article)",
        )
        .after_warnings(warning_lines(&loaded)));
    }
    Ok(loaded)
}

fn warning_lines(loaded: &input::Loaded) -> Vec<String> {
    loaded.warnings.iter().map(ToString::to_string).collect()
}

/// How candidate sentence pairs are found (`--align`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum AlignChoice {
    /// Candidates from an inverted index over rare terms.
    #[default]
    Fast,
    /// Every pair of sentences in different articles (the reference).
    Exhaustive,
}

impl From<AlignChoice> for AlignMode {
    fn from(choice: AlignChoice) -> AlignMode {
        match choice {
            AlignChoice::Fast => AlignMode::Fast,
            AlignChoice::Exhaustive => AlignMode::Exhaustive,
        }
    }
}

/// Output formats of `check` (`align` and `inspect` know terminal and json).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Findings with file:line:column and coloured differences.
    #[default]
    Terminal,
    /// The versioned JSON contract (docs/factdiff-report.schema.json).
    Json,
    /// A fact-check report to paste into a ticket or CMS.
    Markdown,
    /// One self-contained page: outlets side by side, findings linked and filterable.
    Html,
    /// SARIF 2.1.0, for CI annotations.
    Sarif,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Terminal => "terminal",
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Sarif => "sarif",
        }
    }
}

/// `--published`: a date that every report can write as YYYY-MM-DD.
fn publication_date(text: &str) -> std::result::Result<NaiveDate, String> {
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("`{text}` is not a date (YYYY-MM-DD)"))?;
    if input::is_plausible_publication_date(date) {
        Ok(date)
    } else {
        Err(format!(
            "`{text}`: a publication date has a year from 1000 to 9999"
        ))
    }
}

/// `--min-confidence`: a number from 0 to 1.
fn confidence_value(text: &str) -> std::result::Result<f64, String> {
    match text.parse::<f64>() {
        Ok(v) if (0.0..=1.0).contains(&v) => Ok(v),
        _ => Err(format!(
            "`{text}` is not a confidence (a number from 0 to 1)"
        )),
    }
}

/// Runs a parsed command line; `feed` writes its JSONL lines to `out` as it goes (the other
/// commands return what they write in the outcome).
pub fn run_to(cli: Cli, out: &mut dyn std::io::Write) -> Result<Outcome> {
    match cli.command {
        Command::Feed(args) => feed::feed_command(args, out),
        command => run(Cli { command }),
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<Outcome> {
    match cli.command {
        Command::Feed(args) => {
            let mut lines = Vec::new();
            let mut outcome = feed::feed_command(args, &mut lines)?;
            if outcome.output.is_none() {
                outcome
                    .stdout
                    .insert_str(0, &String::from_utf8_lossy(&lines));
            }
            Ok(outcome)
        }
        Command::Check(args) => check(args),
        Command::Align(args) => align_command(args),
        Command::Inspect(args) => inspect_command(args),
        Command::Rules { command } => rules_command(command),
        Command::Completions { shell } => completions_command(shell),
        Command::Diff(args) => diff_command(args),
        Command::Man { dir } => man_command(dir.as_deref()),
    }
}

/// `factdiff align`: the sentences that align across articles.
fn align_command(args: AlignArgs) -> Result<Outcome> {
    setup_color(args.input.color);
    let rules = crate::checks::load_rules(&rule_sources(&args.input.rule_files, &[], &[]))?;
    let loaded = load_for_comparison(&args.input)?;
    let warnings = warning_lines(&loaded);
    let documents = crate::read_documents(loaded.articles, &rules);
    let alignment = crate::align::align(&documents, &rules.align, args.align_mode.into());
    let analysis = crate::Analysis {
        documents,
        alignment,
        findings: Vec::new(),
    };
    let stdout = match args.format {
        Format::Terminal => render::terminal::align_report(&analysis.align_view()),
        Format::Json => render::json::align_report(&analysis.align_view()),
        other => return Err(only_terminal_or_json("align", other)),
    };
    Ok(Outcome {
        stdout,
        code: EXIT_OK,
        warnings,
        ..Outcome::default()
    })
}

/// `factdiff inspect`: the sentences and facts read from each article.
fn inspect_command(args: InspectArgs) -> Result<Outcome> {
    setup_color(args.input.color);
    let rules = crate::checks::load_rules(&rule_sources(&args.input.rule_files, &[], &[]))?;
    let loaded = load(&args.input)?;
    let warnings = warning_lines(&loaded);
    let analysis = crate::Analysis {
        documents: crate::read_documents(loaded.articles, &rules),
        alignment: Default::default(),
        findings: Vec::new(),
    };
    let stdout = match args.format {
        Format::Terminal => render::terminal::inspect_report(&analysis.inspect_view()),
        Format::Json => render::json::inspect_report(&analysis.inspect_view()),
        other => return Err(only_terminal_or_json("inspect", other)),
    };
    Ok(Outcome {
        stdout,
        code: EXIT_OK,
        warnings,
        ..Outcome::default()
    })
}

/// `factdiff completions SHELL`.
fn completions_command(shell: clap_complete::Shell) -> Result<Outcome> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "factdiff", &mut script);
    Ok(Outcome {
        stdout: String::from_utf8_lossy(&script).into_owned(),
        code: EXIT_OK,
        ..Outcome::default()
    })
}

/// `factdiff diff OLD NEW`: two versions of an article, sentence by sentence.
fn diff_command(args: DiffArgs) -> Result<Outcome> {
    setup_color(args.color);
    let rules = crate::checks::load_rules(&rule_sources(&args.rule_files, &[], &[]))?;
    // Each version is loaded on its own: a file diffed with itself is two versions.
    let mut loaded = input::load_cluster(std::slice::from_ref(&args.old), &LoadOptions::default())?;
    let new = input::load_cluster(std::slice::from_ref(&args.new), &LoadOptions::default())?;
    loaded.articles.extend(new.articles);
    loaded.warnings.extend(new.warnings);
    let warnings = warning_lines(&loaded);
    if loaded.articles.len() != 2 {
        return Err(Error::Usage(format!(
            "diff compares two readable article files; {} and {} gave {}",
            args.old.display(),
            args.new.display(),
            loaded.articles.len()
        )));
    }
    let documents = crate::read_documents(loaded.articles, &rules);
    let alignment = crate::align::align(&documents, &rules.align, AlignMode::Fast);
    let analysis = crate::Analysis {
        documents,
        alignment,
        findings: Vec::new(),
    };
    let (stdout, differs) = render::terminal::diff_report(&analysis.align_view());
    Ok(Outcome {
        stdout,
        code: if differs { EXIT_FINDINGS } else { EXIT_OK },
        output: None,
        warnings,
    })
}

/// `factdiff man`: the top man page, or with `--dir` every page written into a directory.
/// Both leave out `help`, which has no page: every page the top page names is written.
fn man_command(dir: Option<&Path>) -> Result<Outcome> {
    let pages = docs::man_pages(Cli::command())
        .map_err(|e| Error::Usage(format!("cannot render the man page: {e}")))?;
    let Some(dir) = dir else {
        let top = pages.into_iter().next().map(|(_, page)| page);
        return Ok(Outcome {
            stdout: String::from_utf8_lossy(&top.unwrap_or_default()).into_owned(),
            code: EXIT_OK,
            ..Outcome::default()
        });
    };
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    for (name, page) in pages {
        let path = dir.join(&name);
        std::fs::write(&path, page).map_err(|e| Error::io(&path, e))?;
    }
    Ok(Outcome {
        code: EXIT_OK,
        ..Outcome::default()
    })
}

fn only_terminal_or_json(command: &str, format: Format) -> Error {
    Error::Usage(format!(
        "`factdiff {command}` writes terminal or json, not {} (that is a `check` report)",
        format.as_str()
    ))
}

/// The articles of a `check` run, their roles in a gate run, and the loading warnings.
type CheckArticles = (Vec<Article>, Option<Vec<DocumentRole>>, Vec<String>);

/// Loads the articles of a `check` run: the cluster, or the drafts and their sources.
fn load_check_articles(args: &CheckArgs) -> Result<CheckArticles> {
    Ok(if args.against.is_empty() {
        let loaded = load_for_comparison(&args.input)?;
        let warnings = warning_lines(&loaded);
        (loaded.articles, None, warnings)
    } else {
        let drafts = load(&args.input)?;
        let mut sources = load(&InputArgs {
            paths: args.against.clone(),
            ..args.input.clone()
        })?;
        let mut warnings = warning_lines(&drafts);
        warnings.extend(warning_lines(&sources));
        // A draft that sits among its sources is the draft, read once.
        sources.articles.retain(|source| {
            let is_draft = drafts.has_read(&source.path);
            if is_draft {
                warnings.push(format!(
                    "{}: a draft among its sources: read once, as the draft",
                    source.path.display()
                ));
            }
            !is_draft
        });
        if sources.articles.is_empty() {
            return Err(Error::input(
                args.against.first().cloned().unwrap_or_default(),
                "no source besides the draft: nothing to compare it with",
            )
            .after_warnings(warnings));
        }
        let roles: Vec<DocumentRole> =
            std::iter::repeat_n(DocumentRole::Draft, drafts.articles.len())
                .chain(std::iter::repeat_n(
                    DocumentRole::Source,
                    sources.articles.len(),
                ))
                .collect();
        let mut articles = drafts.articles;
        articles.extend(sources.articles);
        make_ids_unique_across(&mut articles);
        (articles, Some(roles), warnings)
    })
}

/// `factdiff check`: an ordinary run over a cluster, or a gate run (`--against`).
fn check(args: CheckArgs) -> Result<Outcome> {
    let output = args.output.as_deref();
    setup_color(match (args.input.color, output) {
        (ColorChoice::Auto, Some(_)) => ColorChoice::Never,
        (choice, _) => choice,
    });
    let sources = rule_sources(&args.input.rule_files, &args.select, &args.ignore);
    let rules = crate::checks::load_rules(&sources)?;
    let output_warning = guard_writes(&args, &sources, &rules)?;
    let baseline = args.baseline.as_deref().map(Baseline::read).transpose()?;
    let progress = Progress::start();
    progress.message(format!(
        "loading {}",
        plural(args.input.paths.len() + args.against.len(), "path")
    ));
    let (articles, roles, mut warnings) = load_check_articles(&args)?;
    warnings.extend(output_warning);
    crate::checks::typo::refuse_bad_dictionaries(&rules.check("typo"))?;
    let mut analysis = crate::analyze_gate_with_progress(
        articles,
        roles.as_deref().unwrap_or(&[]),
        &rules,
        args.align_mode.into(),
        &mut |stage| {
            progress.message(match stage {
                crate::Stage::Reading { articles } => {
                    format!("reading {}", plural(articles, "article"))
                }
                crate::Stage::Aligning { sentences } => {
                    format!("aligning {}", plural(sentences, "sentence"))
                }
                crate::Stage::Checking { aligned_pairs } => {
                    format!("checking {}", plural(aligned_pairs, "aligned pair"))
                }
            })
        },
    );
    // After the analysis: the dictionaries are loaded when the checks need them, once the
    // aligner's vectors are freed.
    warnings.extend(crate::checks::typo::missing_dictionaries(
        &rules.check("typo"),
    )?);
    if !args.no_story_check {
        warnings.extend(story_warning(&analysis));
    }
    // The baseline first: an entry whose finding --min-confidence hides is not stale.
    let baseline_use = baseline.as_ref().map(|b| {
        b.filter(&mut analysis.findings, |check| {
            registry::get(check).is_some_and(|c| c.settings(&rules).enabled)
        })
    });
    if let Some(min) = args.min_confidence {
        analysis.findings.retain(|f| f.confidence >= min);
    }
    if let Some(path) = &args.write_baseline {
        output::write_atomically(path, Baseline::render(&analysis.findings).as_bytes())
            .map_err(|e| Error::io(path, e))?;
    }
    let context = match &roles {
        Some(roles) => {
            let labels: Vec<&str> = analysis
                .documents
                .iter()
                .map(|d| d.article.label())
                .collect();
            let split = gate::split(std::mem::take(&mut analysis.findings), roles, &labels);
            analysis.findings = split.draft;
            split.context
        }
        None => Vec::new(),
    };
    let mut report = analysis.check_report(roles.as_deref(), &context);
    report.baseline = baseline_use;
    progress.message(format!("rendering {}", args.format.as_str()));
    let rendered = match args.format {
        Format::Terminal => {
            render::terminal::check_report_in(&report, terminal_layout(output.is_some()))
        }
        Format::Json => render::json::check_report(&report),
        Format::Markdown => render::markdown::check_report(&report),
        Format::Html => render::html::check_report(&report),
        Format::Sarif => render::sarif::check_report(&report),
    };
    drop(progress);
    // Findings just written to a baseline are accepted: they do not fail this run.
    let failing = args.write_baseline.is_none()
        && args
            .fail_on
            .threshold()
            .is_some_and(|t| analysis.findings.iter().any(|f| f.severity >= t));
    Ok(Outcome {
        stdout: rendered,
        code: if failing { EXIT_FINDINGS } else { EXIT_OK },
        output: args.output,
        warnings,
    })
}

/// A warning when the articles of a run do not look like one story (`align::story`):
/// findings between articles on different events are not disagreements.
fn story_warning(analysis: &crate::Analysis) -> Option<String> {
    use crate::align::story;
    let sentences: Vec<usize> = analysis
        .documents
        .iter()
        .map(|d| d.sentences.len())
        .collect();
    let names = story::name_sets(&analysis.documents);
    let shape = story::story_shape(
        &analysis.alignment,
        &sentences,
        &names,
        story::Limits::DEFAULT,
    );
    if !shape.is_split() {
        return None;
    }
    let n = sentences.len();
    let how = if shape.groups.len() > 1 {
        let apart: Vec<&str> = shape.groups[1..]
            .iter()
            .flatten()
            .map(|&d| analysis.documents[d].article.id.as_str())
            .collect();
        let listed = if apart.len() <= 5 {
            format!(" ({})", apart.join(", "))
        } else {
            String::new()
        };
        format!(
            "they fall into {} groups with few sentences or names in common; {} outside the largest group{listed}",
            shape.groups.len(),
            plural(apart.len(), "article"),
        )
    } else {
        format!(
            "only {:.0}% of the pairs of articles share sentences or names",
            shape.linked_pairs * 100.0
        )
    };
    Some(format!(
        "the {n} articles do not look like one story: {how}; findings between articles on different events are not disagreements (--no-story-check silences this)"
    ))
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// A spinner on stderr while a run works, shown only when stderr is a terminal; it clears
/// itself when dropped, so nothing of it stays on screen or reaches stdout.
struct Progress(ProgressBar);

impl Progress {
    fn start() -> Self {
        if !std::io::stderr().is_terminal() {
            return Progress(ProgressBar::hidden());
        }
        let bar = ProgressBar::new_spinner();
        if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
            bar.set_style(style);
        }
        bar.enable_steady_tick(Duration::from_millis(120));
        Progress(bar)
    }

    fn message(&self, msg: String) {
        self.0.set_message(msg);
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.0.finish_and_clear();
    }
}

/// Checks `--output` and `--write-baseline` before any work: each can be written, neither
/// is a file the run reads (articles, manifests, rule files, the baseline, dictionaries),
/// and they are not one file. Returns a warning when the report goes into an article folder.
fn guard_writes(
    args: &CheckArgs,
    sources: &RuleSources,
    rules: &RuleSet,
) -> Result<Option<String>> {
    let targets: Vec<(&Path, &str)> = [
        (args.output.as_deref(), "--output"),
        (args.write_baseline.as_deref(), "--write-baseline"),
    ]
    .into_iter()
    .filter_map(|(path, flag)| path.map(|p| (p, flag)))
    .collect();
    if targets.is_empty() {
        return Ok(None);
    }
    let mut reads = output::ReadSet::default();
    for path in args.input.paths.iter().chain(&args.against) {
        reads.add_input(path);
    }
    for path in config::rule_file_paths(sources) {
        reads.add_file(&path);
    }
    if let Some(path) = &args.baseline {
        reads.add_file(path);
    }
    for dictionary in rules
        .check::<crate::checks::typo::TypoOptions>("typo")
        .dictionaries
        .unwrap_or_default()
    {
        for extension in ["aff", "dic"] {
            reads.add_file(Path::new(&format!("{dictionary}.{extension}")));
        }
    }
    for (path, flag) in &targets {
        output::check_writable(path)?;
        output::refuse_inputs(path, flag, &reads)?;
    }
    if let (Some(out), Some(baseline)) = (&args.output, &args.write_baseline) {
        output::refuse_same_target(out, baseline)?;
    }
    let inputs: Vec<PathBuf> = args
        .input
        .paths
        .iter()
        .chain(&args.against)
        .cloned()
        .collect();
    Ok(args
        .output
        .as_deref()
        .and_then(|path| output::new_file_in_an_input_folder(path, &inputs)))
}

/// Drafts and sources are loaded apart; an id used twice becomes the article's path.
fn make_ids_unique_across(articles: &mut [Article]) {
    let mut seen = std::collections::BTreeMap::<String, usize>::new();
    for a in articles.iter() {
        *seen.entry(a.id.clone()).or_default() += 1;
    }
    for a in articles.iter_mut() {
        if seen[&a.id] > 1 {
            a.id = a.path.display().to_string();
        }
    }
}

fn rules_command(command: RulesCommand) -> Result<Outcome> {
    let stdout = match command {
        RulesCommand::List(args) => {
            let rules = crate::checks::load_rules(&rule_sources(&args, &[], &[]))?;
            let mut out = String::new();
            for check in registry::all() {
                let settings = check.settings(&rules);
                out.push_str(&format!(
                    "{:<22} {:<12} {:<8} {:<8} {}\n",
                    check.id(),
                    check.category().as_str(),
                    settings.severity.as_str(),
                    if settings.enabled { "on" } else { "off" },
                    check.doc().summary
                ));
            }
            out
        }
        RulesCommand::Explain { id, long } => {
            let check = registry::get(&id).ok_or_else(|| {
                Error::Usage(format!(
                    "unknown check `{id}`{}",
                    config::did_you_mean(&id, registry::ids().into_iter())
                        .map(|h| format!(" ({h})"))
                        .unwrap_or_default()
                ))
            })?;
            if long {
                docs::check_page(check)
            } else {
                docs::explain(check)
            }
        }
        RulesCommand::Print(args) => {
            let rules = crate::checks::load_rules(&rule_sources(&args, &[], &[]))?;
            crate::checks::print_rules(&rules)?
        }
    };
    Ok(Outcome {
        stdout,
        code: EXIT_OK,
        ..Outcome::default()
    })
}
