//! Baselines: findings accepted earlier, so a gate can be adopted on a backlog. A finding's
//! identity is its check and the words each article disagrees with (document id and
//! evidence text), never offsets or line numbers, so it survives unrelated edits.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::Finding;
use crate::error::{Error, Result};

pub const BASELINE_VERSION: u32 = 1;

/// The identity of a finding in a baseline.
pub fn fingerprint(finding: &Finding) -> String {
    let mut parts: Vec<String> = finding
        .evidence
        .iter()
        .map(|e| {
            format!(
                "{}:{}",
                e.document,
                e.text.split_whitespace().collect::<Vec<_>>().join(" ")
            )
        })
        .collect();
    parts.sort();
    format!("{}|{}", finding.check, parts.join("|"))
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BaselineEntry {
    fingerprint: String,
    check: String,
    message: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BaselineFile {
    version: u32,
    findings: Vec<BaselineEntry>,
}

/// Accepted findings: each fingerprint with its check.
#[derive(Debug, Clone, Default)]
pub struct Baseline {
    fingerprints: BTreeMap<String, String>,
}

/// What a baseline did in a run: how many findings it hid, and how many of its entries
/// matched no finding of a check that ran (the finding was fixed or changed: the entry can
/// go, as `--write-baseline` would drop it).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct BaselineUse {
    pub hidden: usize,
    pub stale: usize,
}

impl Baseline {
    pub fn read(path: &Path) -> Result<Baseline> {
        crate::input::refuse_special_file(path)?;
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let file: BaselineFile = serde_json::from_str(&text).map_err(|e| Error::Config {
            path: path.to_path_buf(),
            line: e.line(),
            col: e.column(),
            msg: format!("not a factdiff baseline: {e}"),
            hint: Some("write one with --write-baseline FILE".into()),
        })?;
        if file.version != BASELINE_VERSION {
            return Err(Error::input(
                path,
                format!("baseline version {} is not supported", file.version),
            ));
        }
        Ok(Baseline {
            fingerprints: file
                .findings
                .into_iter()
                .map(|e| (e.fingerprint, e.check))
                .collect(),
        })
    }

    /// Removes the accepted findings; says how many were removed and how many entries of a
    /// check that ran (`ran(check)`) matched none.
    pub fn filter(&self, findings: &mut Vec<Finding>, ran: impl Fn(&str) -> bool) -> BaselineUse {
        let before = findings.len();
        let mut matched = BTreeSet::new();
        findings.retain(|f| {
            let key = fingerprint(f);
            let accepted = self.fingerprints.contains_key(&key);
            if accepted {
                matched.insert(key);
            }
            !accepted
        });
        BaselineUse {
            hidden: before - findings.len(),
            stale: self
                .fingerprints
                .iter()
                .filter(|(key, check)| !matched.contains(*key) && ran(check))
                .count(),
        }
    }

    /// The baseline file accepting `findings`, as JSON.
    pub fn render(findings: &[Finding]) -> String {
        let mut entries: Vec<BaselineEntry> = findings
            .iter()
            .map(|f| BaselineEntry {
                fingerprint: fingerprint(f),
                check: f.check.clone(),
                message: f.message.clone(),
            })
            .collect();
        entries.sort_by(|a, b| a.fingerprint.cmp(&b.fingerprint));
        entries.dedup_by(|a, b| a.fingerprint == b.fingerprint);
        let mut s = serde_json::to_string_pretty(&BaselineFile {
            version: BASELINE_VERSION,
            findings: entries,
        })
        .expect("baseline serialises");
        s.push('\n');
        s
    }
}
