//! Where the rule files come from: the project's `factdiff.toml`, found from a directory
//! upwards, then each `--rules FILE` in order.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The name of a project rule file, looked up in the working directory and its parents.
pub const PROJECT_RULES_NAME: &str = "factdiff.toml";

/// Where the rule set comes from, and how the command line narrows it.
#[derive(Debug, Clone, Default)]
pub struct RuleSources {
    /// `--rules FILE`, in order.
    pub files: Vec<PathBuf>,
    /// Look for `factdiff.toml` from this directory upwards (None: do not look).
    pub project_dir: Option<PathBuf>,
    /// `--select`: only these checks (or categories) run.
    pub select: Vec<String>,
    /// `--ignore`: these checks (or categories) do not run.
    pub ignore: Vec<String>,
}

/// The rule files of these sources with their text, in layering order (the project file,
/// then `--rules` files).
pub fn read_rule_files(sources: &RuleSources) -> Result<Vec<(PathBuf, String)>> {
    rule_file_paths(sources)
        .into_iter()
        .map(|path| read_rule_file(&path).map(|text| (path, text)))
        .collect()
}

/// The rule files a run with these sources reads, in layering order.
pub fn rule_file_paths(sources: &RuleSources) -> Vec<PathBuf> {
    let project = sources.project_dir.as_deref().and_then(find_project_rules);
    project
        .into_iter()
        .chain(sources.files.iter().cloned())
        .collect()
}

/// The largest rule file read (a rule set is a few kilobytes; word lists in it stay far below).
const MAX_RULE_FILE_BYTES: u64 = 16_000_000;

fn read_rule_file(path: &Path) -> Result<String> {
    let bytes = super::files::read_regular_file(path, MAX_RULE_FILE_BYTES, "")?;
    String::from_utf8(bytes).map_err(|_| Error::Config {
        path: path.to_path_buf(),
        line: 1,
        col: 1,
        msg: "rule file is not valid UTF-8".into(),
        hint: None,
    })
}

fn find_project_rules(start: &Path) -> Option<PathBuf> {
    let start = start.canonicalize().ok()?;
    start
        .ancestors()
        .map(|dir| dir.join(PROJECT_RULES_NAME))
        .find(|p| p.is_file())
}
