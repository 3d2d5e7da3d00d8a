//! name-spelling: one entity spelled differently across outlets.
//!
//! Files, in the order the check runs:
//! - `mod.rs` (here): the check's documentation, and its steps in order;
//! - `options.rs`: the check's options (`[checks.name-spelling]`);
//! - `spellings.rs`: each name's first spelling in each document, and the candidate pairs;
//! - `differing.rs`: the word two names differ in;
//! - `closeness.rs`: whether two spellings of a word are close enough;
//! - `apart.rs`: whether different outlets use the two spellings, not one listing both.

mod apart;
mod closeness;
mod differing;
mod options;
mod spellings;

use self::apart::used_apart;
use self::closeness::Closeness;
use self::differing::differing_word;
pub use self::options::NameOptions;
use self::spellings::{Spelling, candidate_pairs, first_spellings};
use super::shared::spelling::Spellings;
use super::{Check, CheckContext, CheckDoc, OptionsType};
use crate::findings::{Category, Evidence, Finding, Severity};

pub struct NameSpelling;

static DOC: CheckDoc = CheckDoc {
    summary: "One person, place or organisation is spelled differently across outlets.",
    what_it_flags: "One name spelled two ways in different articles: a word of it differs by a few letters, \
and the two spellings are not the same under the rule set (case, diacritics, hyphens, particles, \
aliases and British/American spellings are folded). Across the cluster the spellings must be \
similar (`min_similarity`, `max_edit_distance`); inside aligned sentences one edit in a word of \
four letters or more is enough.",
    why_it_matters: "A misspelled name is the error readers and subjects notice first; transliterated \
names (Sergey/Sergei) need one house spelling.",
    example: "\"Russian counterpart Sergey Lavrov\" vs \"Russian Foreign Minister Sergei Lavrov\".",
    options: "severity; min_similarity (default 0.85); max_edit_distance (default 2).",
    tuning: "Two spellings that name one entity go in one `[equivalences]` `aliases` group, a particle \
that may be dropped in `particles`. Lower `max_edit_distance` or raise `min_similarity` to compare \
only closer spellings across the cluster.",
    details: &[
        "Two names from different articles that differ in one word, where the two spellings of \
that word are close and are not equivalent under the rule set: names are compared by their key, \
which folds case, diacritics, hyphens (G20 = G-20), particles (al-Assad = Assad) and aliases \
(Daesh = Islamic State), and British/American spellings are the same word.",
        "Across the whole cluster, multi-word names are compared and the spellings must be similar \
(Jaro-Winkler at least `min_similarity`, at most `max_edit_distance` edits: Kerry and Kirby stay \
two people). Inside aligned sentences one edit in a word of four letters or more is enough, \
one-word names are compared too, and names of different lengths are compared by the one pair of \
close words among the words they do not share (\"Vulochkova\" vs \"Anastasia Volochkova\", \
\"Supreme Court\" vs \"U.S. Suprema Court\").",
        "Words shorter than four letters, and a word against the same word with a plural, \
possessive, demonym or participle ending or with digits after it (\"Reagan\" and \"Reagans\", \
\"Iraq\" and \"Iraqis\", \"Armor\" and \"Armored\", \"Falcon\" and \"Falcon9\"), or one stem with \
two such endings (\"Democrats\" and \"Democratic\", \"Honduras\" and \"Hondurans\"), or two words \
with different digits (models and series: \"A320\" and \"A380\") are not compared.",
        "An article that joins the two spellings by \"and\", \"or\", a comma or a slash \
(\"Medicare and Medicaid\", \"Iran, Iraq\") names two entities, not one spelled two ways. The \
finding lists the spelling each outlet used.",
    ],
};

impl Check for NameSpelling {
    fn id(&self) -> &'static str {
        "name-spelling"
    }
    fn category(&self) -> Category {
        Category::Name
    }
    fn doc(&self) -> &'static CheckDoc {
        &DOC
    }
    fn default_severity(&self) -> Severity {
        Severity::Warning
    }

    fn options(&self) -> &'static OptionsType {
        &options::OPTIONS
    }

    fn run(&self, ctx: &CheckContext, out: &mut Vec<Finding>) {
        let options: &NameOptions = &ctx.rules.check(self.id());
        let close = Closeness {
            min_similarity: options.min_similarity.unwrap_or(0.85),
            max_edit: options.max_edit_distance.unwrap_or(2),
            spellings: Spellings::new(&ctx.rules.equivalences),
        };
        let by_key = first_spellings(ctx);
        let candidates = candidate_pairs(ctx, &by_key);
        for ((ka, kb), &in_aligned) in &candidates {
            let Some((wa, wb)) = differing_word((ka, kb), in_aligned, &by_key, &close) else {
                continue;
            };
            if !close.close(wa, wb, in_aligned) {
                continue;
            }
            // The spelling seen first in the cluster comes first, as in the evidence.
            let (sa, sb) = {
                let (x, y) = (&by_key[ka], &by_key[kb]);
                let first = |l: &[Spelling]| l.iter().map(|s| (s.document, s.start)).min();
                if first(x) <= first(y) { (x, y) } else { (y, x) }
            };
            if used_apart(ctx, (sa, sb), (wa, wb)) {
                out.push(self.finding(ctx, options, sa, sb));
            }
        }
    }
}

impl NameSpelling {
    /// The finding for spellings `sa` against spellings `sb`, each listing every outlet that
    /// uses it.
    fn finding(
        &self,
        ctx: &CheckContext,
        options: &NameOptions,
        sa: &[Spelling],
        sb: &[Spelling],
    ) -> Finding {
        let mut evidence: Vec<(usize, Evidence)> = Vec::new();
        for sp in sa.iter().chain(sb.iter()) {
            let doc = &ctx.docs[sp.document];
            evidence.push((
                sp.document,
                Evidence::new(doc, sp.document, sp.sentence, sp.start, sp.end),
            ));
        }
        evidence.sort_by_key(|(d, e)| (*d, e.start));
        let who = |list: &[Spelling]| {
            list.iter()
                .map(|s| ctx.docs[s.document].article.label().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        };
        Finding {
            confidence: crate::findings::UNRATED,
            check: self.id().into(),
            category: self.category(),
            severity: options.severity,
            message: format!(
                "name spelled two ways: \"{}\" ({}) vs \"{}\" ({})",
                sa[0].text,
                who(sa),
                sb[0].text,
                who(sb)
            ),
            evidence: evidence.into_iter().map(|(_, e)| e).collect(),
            suggestion: Some(format!(
                "use one spelling: \"{}\" or \"{}\"",
                sa[0].text, sb[0].text
            )),
        }
    }
}
