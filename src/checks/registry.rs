//! The one list of checks.

use super::Check;
use super::attribution_mismatch::AttributionMismatch;
use super::count_mismatch::CountMismatch;
use super::date_mismatch::DateMismatch;
use super::figure_mismatch::FigureMismatch;
use super::name_spelling::NameSpelling;
use super::quote_mismatch::QuoteMismatch;
use super::typo::Typo;

static CHECKS: &[&dyn Check] = &[
    &DateMismatch,
    &FigureMismatch,
    &CountMismatch,
    &QuoteMismatch,
    &AttributionMismatch,
    &NameSpelling,
    &Typo,
];

/// Every check, in a stable order.
pub fn all() -> &'static [&'static dyn Check] {
    CHECKS
}

/// What reports show of every check, in registry order.
pub fn infos() -> Vec<crate::findings::report::CheckInfo> {
    CHECKS.iter().map(|c| super::info(*c)).collect()
}

/// The ids of every check.
pub fn ids() -> Vec<&'static str> {
    CHECKS.iter().map(|c| c.id()).collect()
}

/// The check with this id.
pub fn get(id: &str) -> Option<&'static dyn Check> {
    CHECKS.iter().copied().find(|c| c.id() == id)
}
