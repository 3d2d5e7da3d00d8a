//! A finding's confidence: how likely it is a real disagreement, built from the evidence it
//! rests on, the same way for every check.
//!
//! Four signals, each 0 to 1, read from the finding's first two pieces of evidence in
//! different articles (the disputed spans and their sentences):
//!
//! - `alignment`: how strongly the two sentences align (their link's score; 0 when no link
//!   joins them, as for checks that compare names across a whole cluster);
//! - `anchor`: whether the two facts are anchored to the same thing: the share of the
//!   content words next to each disputed span (what a figure counts, what a date dates, who
//!   is quoted) that the other span has next to it too; 0.5 when one side has none;
//! - `exact`: how exact the extraction was, the mean of the two sides: a figure given as one
//!   value (1), hedged ("nearly six": 0.5) or vague ("hundreds": 0.25); a date named in full
//!   (1), relative and resolved against the publication date ("on Monday": 0.5) or not
//!   resolved (0.25); 0.5 for a span of a figure or date check that holds no such fact, 1 for
//!   the other categories;
//! - `shared_fact`: the two sentences state one other figure or date the same way, evidence
//!   that they report one event (1) or not (0).
//!
//! The confidence is `1 / (1 + e^-z)` with `z = bias(check) + Σ weight × signal`. The weights
//! and biases are data (`rules/confidence.toml`), fitted by `scripts/fit_confidence.py` on
//! judged findings (`examples/eval_clusters_audit.tsv`) and reported on a part they were not
//! fitted on. `[confidence]` in the rule set says how the confidence caps severity.

use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

use serde::Deserialize;

use super::anchors::anchor_words;
use super::facts::{self, share_a_fact};
use crate::align::{AlignedPair, SentenceRef};
use crate::checks::CheckContext;
use crate::extract::{DateMention, Figure};
use crate::findings::{Category, Evidence, Finding};

/// The fitted model, as `rules/confidence.toml` gives it.
pub const MODEL_TOML: &str = include_str!("../../../rules/confidence.toml");

/// The weights of the signals and each check's bias.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Model {
    pub weights: Signals,
    pub bias: BTreeMap<String, f64>,
}

/// The model factdiff ships.
pub static MODEL: LazyLock<Model> =
    LazyLock::new(|| toml::from_str(MODEL_TOML).expect("rules/confidence.toml is valid (tested)"));

/// What a finding's confidence is built from (as weights in the model file).
#[derive(Debug, Clone, Copy, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signals {
    pub alignment: f64,
    pub anchor: f64,
    pub exact: f64,
    pub shared_fact: f64,
}

impl Signals {
    /// The names and values, in model order (for fitting and explaining).
    pub fn named(&self) -> [(&'static str, f64); 4] {
        [
            ("alignment", self.alignment),
            ("anchor", self.anchor),
            ("exact", self.exact),
            ("shared_fact", self.shared_fact),
        ]
    }
}

impl Model {
    /// The confidence of a finding of check `check` with `signals`.
    pub fn confidence(&self, check: &str, signals: &Signals) -> f64 {
        let w = &self.weights;
        let z = self.bias.get(check).copied().unwrap_or(0.0)
            + w.alignment * signals.alignment
            + w.anchor * signals.anchor
            + w.exact * signals.exact
            + w.shared_fact * signals.shared_fact;
        1.0 / (1.0 + (-z).exp())
    }
}

/// How check `id` makes its confidence, for `rules explain`: the logistic of a sum whose
/// weights `rules/confidence.toml` gives; the caps are in `[confidence]`.
pub fn describe(id: &str) -> String {
    let w = &MODEL.weights;
    format!(
        "logistic of {:.2} + {:.2} alignment + {:.2} anchor + {:.2} exact + {:.2} shared-fact; \
capped by [confidence].",
        MODEL.bias.get(id).copied().unwrap_or(0.0),
        w.alignment,
        w.anchor,
        w.exact,
        w.shared_fact,
    )
}

/// What each signal means, for the long documentation of every check.
pub const SIGNALS_DOC: &str = "Each finding carries a confidence from 0 to 1, built from its \
evidence the same way for every check: `alignment`, how strongly its two sentences align; \
`anchor`, the share of content words next to the two disputed spans that they have in common \
(whether the two facts measure the same thing); `exact`, how exact the extraction was (a \
figure given as one value rather than hedged or vague, a date named in full rather than \
relative); `shared fact`, whether the two sentences state one other figure or date the same \
way. The weights are fitted by `scripts/fit_confidence.py` on judged findings and stored in \
`rules/confidence.toml`. The rule set's `[confidence]` table caps the severity by it, and \
`--min-confidence` hides findings below a value.";

/// The alignment scores of a run's links, by sentence pair.
pub struct RunEvidence {
    links: HashMap<(SentenceRef, SentenceRef), f64>,
}

impl RunEvidence {
    pub fn new(ctx: &CheckContext) -> Self {
        RunEvidence {
            links: ctx
                .alignment
                .pairs
                .iter()
                .map(|p| ((p.a, p.b), p.score))
                .collect(),
        }
    }

    fn link(&self, a: SentenceRef, b: SentenceRef) -> Option<f64> {
        let key = if a <= b { (a, b) } else { (b, a) };
        self.links.get(&key).copied()
    }
}

/// The signals of `finding`, read from its first evidence and its first evidence in another
/// article.
pub fn signals(ctx: &CheckContext, run: &RunEvidence, finding: &Finding) -> Signals {
    let Some(first) = finding.evidence.first() else {
        return Signals::default();
    };
    let exact = |e: &Evidence| exactness(ctx, finding.category, e);
    let Some(other) = finding
        .evidence
        .iter()
        .find(|e| e.document_index != first.document_index)
    else {
        return Signals {
            alignment: 0.0,
            anchor: 0.5,
            exact: exact(first),
            shared_fact: 0.0,
        };
    };
    let at = |e: &Evidence| SentenceRef {
        document: e.document_index,
        sentence: e.sentence,
    };
    let (a, b) = (at(first), at(other));
    let valid = |r: SentenceRef| {
        ctx.docs
            .get(r.document)
            .is_some_and(|d| r.sentence < d.sentences.len())
    };
    if !valid(a) || !valid(b) {
        return Signals::default();
    }
    let alignment = run.link(a, b).unwrap_or(0.0);
    let pair = AlignedPair {
        a: a.min(b),
        b: a.max(b),
        score: alignment,
    };
    Signals {
        alignment,
        anchor: anchor_overlap(ctx, first, other),
        exact: (exact(first) + exact(other)) / 2.0,
        shared_fact: f64::from(u8::from(share_a_fact(ctx.docs, &pair))),
    }
}

/// How exact one disputed span is (see the module doc): read from the fact extracted at
/// the span.
fn exactness(ctx: &CheckContext, category: Category, e: &Evidence) -> f64 {
    let Some(doc) = ctx.docs.get(e.document_index) else {
        return 0.5;
    };
    if e.sentence >= doc.sentences.len() {
        return 0.5;
    }
    let sentence_start = doc.sentences[e.sentence].start;
    let (start, end) = (
        sentence_start + e.in_sentence.start,
        sentence_start + e.in_sentence.end,
    );
    let overlaps = |s: usize, t: usize| s < end && start < t;
    let facts = doc.facts(e.sentence);
    match category {
        Category::Figure => facts::figures(facts)
            .find(|f| overlaps(f.start, f.end))
            .map_or(0.5, figure_exactness),
        Category::Date => facts::dates(facts)
            .find(|d| overlaps(d.start, d.end))
            .map_or(0.5, date_exactness),
        _ => 1.0,
    }
}

fn figure_exactness(f: &Figure) -> f64 {
    if f.hedge.is_some() {
        0.5
    } else if f.low == f.high {
        1.0
    } else {
        0.25
    }
}

fn date_exactness(d: &DateMention) -> f64 {
    match (d.resolved.is_some(), d.relative) {
        (true, false) => 1.0,
        (true, true) => 0.5,
        (false, _) => 0.25,
    }
}

/// The share of anchor words two spans have in common (of the smaller set); 0.5 when one
/// has none.
fn anchor_overlap(ctx: &CheckContext, a: &Evidence, b: &Evidence) -> f64 {
    let words = |e: &Evidence| {
        let doc = &ctx.docs[e.document_index];
        let sentence_start = doc.sentences[e.sentence].start;
        anchor_words(
            &doc.article.text,
            sentence_start,
            sentence_start + e.in_sentence.start,
            sentence_start + e.in_sentence.end,
        )
    };
    let (wa, wb) = (words(a), words(b));
    let smaller = wa.len().min(wb.len());
    if smaller == 0 {
        return 0.5;
    }
    let shared = wa.iter().filter(|w| wb.contains(w)).count().min(smaller);
    shared as f64 / smaller as f64
}

/// Rates every finding of a run and caps its severity by the rule set's `[confidence]`.
pub fn assess(ctx: &CheckContext, findings: &mut [Finding]) {
    let run = RunEvidence::new(ctx);
    for finding in findings.iter_mut() {
        let signals = signals(ctx, &run, finding);
        // In hundredths, as reports show it: the caps and --min-confidence then agree with
        // what an editor reads.
        finding.confidence = (MODEL.confidence(&finding.check, &signals) * 100.0).round() / 100.0;
        finding.severity = ctx
            .rules
            .confidence
            .cap(finding.severity, finding.confidence);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_model_file_rates_every_check() {
        let model: Model = toml::from_str(MODEL_TOML).unwrap();
        for id in crate::checks::registry::ids() {
            assert!(model.bias.contains_key(id), "no bias for {id}");
        }
        for id in model.bias.keys() {
            assert!(
                crate::checks::registry::get(id).is_some(),
                "bias for unknown check {id}"
            );
        }
    }

    #[test]
    fn more_evidence_gives_more_confidence() {
        let weak = Signals {
            alignment: 0.3,
            anchor: 0.0,
            exact: 0.0,
            shared_fact: 0.0,
        };
        let strong = Signals {
            alignment: 0.9,
            anchor: 1.0,
            exact: 1.0,
            shared_fact: 1.0,
        };
        for id in crate::checks::registry::ids() {
            let (w, s) = (MODEL.confidence(id, &weak), MODEL.confidence(id, &strong));
            assert!((0.0..=1.0).contains(&w) && (0.0..=1.0).contains(&s));
            assert!(s > w, "{id}: {s} <= {w}");
        }
    }

    #[test]
    fn hedged_vague_and_relative_facts_are_less_exact() {
        let figure = |text: &str| {
            let figures = crate::extract::number::extract_figures(text);
            figure_exactness(&figures[0])
        };
        assert_eq!(figure("killed 31 people"), 1.0);
        assert_eq!(figure("killed nearly six people"), 0.5);
        assert_eq!(figure("killed hundreds of people"), 0.25);
        let date = |resolved: bool, relative: bool| {
            date_exactness(&DateMention {
                start: 0,
                end: 0,
                text: Default::default(),
                resolved: resolved.then(|| {
                    crate::extract::date::DateRange::day(
                        chrono::NaiveDate::from_ymd_opt(2016, 9, 9).unwrap(),
                    )
                }),
                relative,
                since: false,
            })
        };
        assert_eq!(date(true, false), 1.0);
        assert_eq!(date(true, true), 0.5);
        assert_eq!(date(false, true), 0.25);
    }
}
