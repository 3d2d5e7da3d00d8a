//! The command line: clap definitions, dispatch, exit codes. Nothing here prints; `run`
//! returns what the binary writes.

use std::io::IsTerminal;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::align::AlignMode;
use crate::checks::registry;
use crate::config::{self, RuleSet, RuleSources};
use crate::error::{Error, Result};
use crate::findings::Severity;
use crate::input::{self, LoadOptions};
use crate::render::{self, Format};

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
    /// Show which sentences align across articles.
    Align(AlignArgs),
    /// Show what factdiff read: sentences and the facts extracted from each.
    Inspect(InspectArgs),
    /// List, explain or print the rules.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
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
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub published: Option<NaiveDate>,
    #[command(flatten)]
    pub rule_files: RuleFileArgs,
    /// When to colour the output (honours NO_COLOR and CLICOLOR_FORCE in auto).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Refuse article files larger than this many megabytes.
    #[arg(long, value_name = "MB", default_value_t = input::DEFAULT_MAX_ARTICLE_BYTES / (1024 * 1024), value_parser = clap::value_parser!(u64).range(1..=4096))]
    pub max_article_size: u64,
}

#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[arg(long, value_enum, default_value_t = Format::Terminal)]
    pub format: Format,
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
    #[arg(long = "align", value_enum, default_value_t = AlignMode::Fast)]
    pub align_mode: AlignMode,
    /// Write the report to FILE instead of standard output (never one of the inputs).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct AlignArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[arg(long, value_enum, default_value_t = Format::Terminal)]
    pub format: Format,
    #[arg(long = "align", value_enum, default_value_t = AlignMode::Fast)]
    pub align_mode: AlignMode,
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

fn load(input: &InputArgs, rules: &RuleSet) -> Result<input::Loaded> {
    let _ = rules;
    input::load_cluster(
        &input.paths,
        &LoadOptions {
            published: input.published,
            max_article_bytes: input.max_article_size.saturating_mul(1024 * 1024),
        },
    )
}

/// Loads a cluster that is to be compared: it needs two articles or more.
fn load_for_comparison(input: &InputArgs, rules: &RuleSet) -> Result<input::Loaded> {
    let loaded = load(input, rules)?;
    if let [only] = loaded.articles.as_slice() {
        return Err(Error::input(
            &only.path,
            "the only article: nothing to compare with (give two or more articles, or a directory of them; `factdiff inspect` reads a single article)",
        ));
    }
    Ok(loaded)
}

fn warning_lines(loaded: &input::Loaded) -> Vec<String> {
    loaded.warnings.iter().map(ToString::to_string).collect()
}

/// Checks `--output` before any work: its directory exists, and it is none of the inputs.
fn check_output_path(output: &std::path::Path, inputs: &[PathBuf]) -> Result<()> {
    let dir = match output.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => std::path::Path::new("."),
    };
    if !dir.is_dir() {
        return Err(Error::Usage(format!(
            "cannot write the report to {}: the directory {} does not exist",
            output.display(),
            dir.display()
        )));
    }
    if output.is_dir() {
        return Err(Error::Usage(format!(
            "cannot write the report to {}: it is a directory",
            output.display()
        )));
    }
    let (Ok(dir), Some(name)) = (dir.canonicalize(), output.file_name()) else {
        return Ok(());
    };
    let target = dir.join(name);
    let target = target.canonicalize().unwrap_or(target);
    for input in inputs {
        let Ok(input) = input.canonicalize() else {
            continue;
        };
        let is_input = target == input
            || (input.is_dir()
                && target.parent() == Some(input.as_path())
                && target
                    .extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| {
                        ["txt", "md", "markdown", "html", "htm", "xhtml", "toml"]
                            .contains(&e.to_ascii_lowercase().as_str())
                    }));
        if is_input {
            return Err(Error::Usage(format!(
                "refusing to write the report to {}: it is one of the inputs (factdiff never writes to its inputs)",
                output.display()
            )));
        }
    }
    Ok(())
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<Outcome> {
    match cli.command {
        Command::Check(args) => {
            setup_color(args.input.color);
            let rules = config::load_rules(&rule_sources(
                &args.input.rule_files,
                &args.select,
                &args.ignore,
            ))?;
            if let Some(output) = &args.output {
                check_output_path(output, &args.input.paths)?;
            }
            let loaded = load_for_comparison(&args.input, &rules)?;
            let warnings = warning_lines(&loaded);
            let analysis = crate::analyze(loaded.articles, &rules, args.align_mode);
            let stdout = match args.format {
                Format::Terminal => render::terminal::check_report(&analysis),
                Format::Json => render::json::check_report(&analysis),
            };
            let failing = args
                .fail_on
                .threshold()
                .is_some_and(|t| analysis.findings.iter().any(|f| f.severity >= t));
            Ok(Outcome {
                stdout,
                code: if failing { EXIT_FINDINGS } else { EXIT_OK },
                output: args.output,
                warnings,
            })
        }
        Command::Align(args) => {
            setup_color(args.input.color);
            let rules = config::load_rules(&rule_sources(&args.input.rule_files, &[], &[]))?;
            let loaded = load_for_comparison(&args.input, &rules)?;
            let warnings = warning_lines(&loaded);
            let documents = crate::read_documents(loaded.articles, &rules);
            let alignment = crate::align::align(&documents, &rules.align, args.align_mode);
            let analysis = crate::Analysis {
                documents,
                alignment,
                findings: Vec::new(),
            };
            let stdout = match args.format {
                Format::Terminal => render::terminal::align_report(&analysis),
                Format::Json => render::json::align_report(&analysis),
            };
            Ok(Outcome {
                stdout,
                code: EXIT_OK,
                warnings,
                ..Outcome::default()
            })
        }
        Command::Inspect(args) => {
            setup_color(args.input.color);
            let rules = config::load_rules(&rule_sources(&args.input.rule_files, &[], &[]))?;
            let loaded = load(&args.input, &rules)?;
            let warnings = warning_lines(&loaded);
            let analysis = crate::Analysis {
                documents: crate::read_documents(loaded.articles, &rules),
                alignment: Default::default(),
                findings: Vec::new(),
            };
            let stdout = match args.format {
                Format::Terminal => render::terminal::inspect_report(&analysis),
                Format::Json => render::json::inspect_report(&analysis),
            };
            Ok(Outcome {
                stdout,
                code: EXIT_OK,
                warnings,
                ..Outcome::default()
            })
        }
        Command::Rules { command } => rules_command(command),
    }
}

fn rules_command(command: RulesCommand) -> Result<Outcome> {
    let stdout = match command {
        RulesCommand::List(args) => {
            let rules = config::load_rules(&rule_sources(&args, &[], &[]))?;
            let mut out = String::new();
            for check in registry::all() {
                let settings = rules.check(check.id());
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
        RulesCommand::Explain { id } => {
            let check = registry::get(&id).ok_or_else(|| {
                Error::Usage(format!(
                    "unknown check `{id}`{}",
                    config::did_you_mean(&id, registry::ids().into_iter())
                        .map(|h| format!(" ({h})"))
                        .unwrap_or_default()
                ))
            })?;
            let doc = check.doc();
            let defaults = RuleSet::embedded().check(check.id());
            format!(
                "{id} ({category}, default severity {severity})\n{summary}\n\nWhat it flags\n  {what}\n\nWhy it matters\n  {why}\n\nExample\n  {example}\n\nOptions ([checks.{id}] in a rule file)\n  enabled, {options}\n",
                id = check.id(),
                category = check.category().as_str(),
                severity = defaults.severity.as_str(),
                summary = doc.summary,
                what = doc.what_it_flags,
                why = doc.why_it_matters,
                example = doc.example,
                options = doc.options,
            )
        }
        RulesCommand::Print(args) => {
            let rules = config::load_rules(&rule_sources(&args, &[], &[]))?;
            toml::to_string(&rules).map_err(|e| Error::Usage(format!("cannot print rules: {e}")))?
        }
    };
    Ok(Outcome {
        stdout,
        code: EXIT_OK,
        ..Outcome::default()
    })
}
