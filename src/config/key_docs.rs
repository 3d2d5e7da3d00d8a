//! What each key of `[align]`, `[confidence]`, `[boilerplate]` and `[equivalences]` means: the text of
//! `rules/README.md`'s key tables (the names and defaults come from the types and from
//! `rules/default.toml`).

use super::keys::{KeyDoc, Limits};
use super::{AlignRules, BoilerplateRules, ConfidenceRules, Equivalences, FeedRules, MAX_DAYS};

impl AlignRules {
    pub const KEYS: &'static [KeyDoc] = &[
        KeyDoc {
            name: "threshold",
            kind: "number",
            range: Some(Limits::Between(0.0, 1.0)),
            meaning: "Minimum alignment score for two sentences to link. Tuned on MSRP (see \
docs/alignment.md): F1 is flat between 0.30 and 0.35; lower finds looser paraphrases, higher \
misses reworded facts.",
        },
        KeyDoc {
            name: "max_links",
            kind: "integer",
            range: Some(Limits::AtLeast(1.0)),
            meaning: "How many sentences of each other article one sentence may link to. A link \
is kept only when each sentence is among the other's best `max_links` in that article (ties \
kept). 2 lets a sentence link to the two sentences another outlet split it into.",
        },
        KeyDoc {
            name: "blocking_max_df",
            kind: "integer",
            range: Some(Limits::AtLeast(1.0)),
            meaning: "Terms held by more than this many of the cluster's sentences do not propose \
candidate pairs in the fast mode (they still count in the score). Bounds each posting list, so \
the cost grows about linearly with the cluster. Clusters where no term is that common (a few \
dozen articles) get exactly the exhaustive mode's links.",
        },
        KeyDoc {
            name: "name_weight",
            kind: "number",
            range: Some(Limits::Above(0.0)),
            meaning: "Weight of a capitalised word (a name) relative to a common word.",
        },
        KeyDoc {
            name: "quote_weight",
            kind: "number",
            range: Some(Limits::Above(0.0)),
            meaning: "Weight multiplier of a word inside quotation marks (“...” or \"...\"): \
quoted words survive rewording verbatim.",
        },
        KeyDoc {
            name: "speaker_weight",
            kind: "number",
            range: Some(Limits::Above(0.0)),
            meaning: "Weight multiplier of the words that name who said what a sentence reports \
(the speaker of a quotation or of \"X said that ...\", \"according to X\"), on top of \
`name_weight`. Below 1, two outlets that name one statement's speaker differently (\"said Pinal \
County Sheriff Roger Vanderpool\" vs \"said the sheriff\") align more readily, so \
attribution-mismatch sees more of them, but unrelated sentences that share only topic words \
align too; hence 1 by default (measured in docs/alignment.md).",
        },
        KeyDoc {
            name: "rival_margin",
            kind: "number",
            range: Some(Limits::AtLeast(0.0)),
            meaning: "A link is dropped when each of its two sentences has a link in the other's \
article better by more than this: each has its own counterpart there (two neighbouring \
sentences both outlets carry, two versions of one article), so they are not one fact. 0 drops \
every such link; 1 keeps them all.",
        },
        KeyDoc {
            name: "min_terms",
            kind: "integer",
            range: None,
            meaning: "Sentences with fewer content words than this (after masking) do not align.",
        },
        KeyDoc {
            name: "distant_days",
            kind: "integer",
            range: Some(Limits::Between(0.0, MAX_DAYS as f64)),
            meaning: "Articles whose publication dates are both known and more than this many \
days apart report different events unless the wording is nearly the same.",
        },
        KeyDoc {
            name: "distant_threshold",
            kind: "number",
            range: Some(Limits::Between(0.0, 1.0)),
            meaning: "Minimum alignment score between sentences of such articles (never below \
`threshold`).",
        },
        KeyDoc {
            name: "figure_bonus",
            kind: "number",
            range: Some(Limits::FromBelow(0.0, 1.0)),
            meaning: "Added to the score of two sentences that state one same figure written in \
digits (value and unit: \"$7.8 billion\" and \"7,800,000,000 dollars\" are one), when that \
figure is specific: three significant digits or more counting a unit other than percent as one \
(\"$17 million\", \"418\", \"1.4bn euros\"; not \"6%\", \"$10 million\", \"25\", which recur in \
unrelated sentences). A day named by month and day (\"March 18\", \"18 March\", \"Jan. 14\") \
counts as such a figure; a weekday or a month alone does not. 0 turns it off.",
        },
    ];
}

impl ConfidenceRules {
    pub const KEYS: &'static [KeyDoc] = &[
        KeyDoc {
            name: "error_at",
            kind: "number",
            range: Some(Limits::Between(0.0, 1.0)),
            meaning: "A finding whose confidence is below this is shown at most as a warning, \
whatever its check's severity: with `--fail-on error` (the default) it does not fail the run.",
        },
        KeyDoc {
            name: "warning_at",
            kind: "number",
            range: Some(Limits::Between(0.0, 1.0)),
            meaning: "A finding whose confidence is below this is shown at most as info. At most \
`error_at`. 0 for both keeps every check's severity.",
        },
    ];
}

impl FeedRules {
    pub const KEYS: &'static [KeyDoc] = &[
        KeyDoc {
            name: "window_days",
            kind: "integer",
            range: Some(Limits::Between(0.0, MAX_DAYS as f64)),
            meaning: "Articles published more than this many days apart are never one story: a \
story's first and last dated article are at most this far apart. (PAC tuning half: 1 or 2 days \
B-cubed F1 0.945, 3 days 0.940, 7 days 0.930.)",
        },
        KeyDoc {
            name: "min_similarity",
            kind: "number",
            range: Some(Limits::AboveUpTo(0.0, 1.0)),
            meaning: "Minimum similarity (cosine of the TF-IDF vectors) for two articles that are \
each other's most similar article to be one story, and for two stories' centroids to merge.",
        },
        KeyDoc {
            name: "strong_similarity",
            kind: "number",
            range: None,
            meaning: "Two articles this similar are one story even when either has a more similar \
one (a story of three or more outlets). From `min_similarity` to 1.",
        },
        KeyDoc {
            name: "blocking_max_articles",
            kind: "integer",
            range: Some(Limits::AtLeast(2.0)),
            meaning: "A term held by more than this many articles in an article's window proposes \
no candidate pairs for it (it is no rare term there): bounds the cost per article, so a feed \
costs about linearly in its size.",
        },
    ];
}

impl BoilerplateRules {
    pub const KEYS: &'static [KeyDoc] = &[KeyDoc {
        name: "patterns",
        kind: "list of regular expressions",
        range: None,
        meaning: "Matched against each whole line (trimmed); a matching line is kept, with its \
spans, but never aligned or checked as prose. The defaults cover read times, share buttons, \
\"Advertisement\", bare counters, URLs, comment forms, agency credits, photo credits and HTML \
comments. Syntax: the `regex` crate (linear time, safe for any pattern).",
    }];
}

impl Equivalences {
    pub const KEYS: &'static [KeyDoc] = &[
        KeyDoc {
            name: "aliases",
            kind: "list of lists of names",
            range: None,
            meaning: "Names of the same entity (`[\"Islamic State\", \"Daesh\", \"ISIS\"]`); names \
are compared by a key that maps every alias to the first.",
        },
        KeyDoc {
            name: "particles",
            kind: "list of words",
            range: None,
            meaning: "Name particles that may be dropped (`al` makes \"Bashar al-Assad\" = \
\"Bashar Assad\").",
        },
        KeyDoc {
            name: "spelling_variants",
            kind: "boolean",
            range: None,
            meaning: "British, American, Canadian and Australian spellings are the same word \
(VARCON, from the `typos-vars` crate): Defence = Defense, harbour = harbor.",
        },
        KeyDoc {
            name: "words",
            kind: "list of lists of words",
            range: None,
            meaning: "Further words spelled differently that mean the same (`[\"ceasefire\", \
\"cease-fire\"]`).",
        },
    ];
}
