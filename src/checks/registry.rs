//! The one list of checks.

use super::{Check, figure_mismatch::FigureMismatch, typo::Typo};

static CHECKS: &[&dyn Check] = &[&FigureMismatch, &Typo];

/// Every check, in a stable order.
pub fn all() -> &'static [&'static dyn Check] {
    CHECKS
}

/// The ids of every check.
pub fn ids() -> Vec<&'static str> {
    CHECKS.iter().map(|c| c.id()).collect()
}

/// The check with this id.
pub fn get(id: &str) -> Option<&'static dyn Check> {
    CHECKS.iter().copied().find(|c| c.id() == id)
}
