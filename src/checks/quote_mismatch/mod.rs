//! quote-mismatch: the same quote given with different words.
//!
//! Files: `mod.rs` (here: the check's documentation and its steps), `options.rs` (the
//! check's options, `[checks.quote-mismatch]`).

mod options;

use std::ops::Range;

use super::shared::facts::quotes;
use super::shared::quote_relation::{QuoteRelation, carried_elsewhere, relate_quotes};
use super::shared::speakers::{is_named_speaker, same_speaker};
use super::shared::spelling::Spellings;
use super::typo::{Speller, TypoOptions};
use super::{Check, CheckContext, CheckDoc, OptionsType};
use crate::align::AlignedPair;
use crate::extract::{Document, NameFolding, Quote, name_folding};
use crate::findings::{Category, Evidence, Finding, Severity};
use crate::lexicon::UNRESOLVED_PRONOUNS;

pub use self::options::QuoteOptions;

pub struct QuoteMismatch;

static DOC: CheckDoc = CheckDoc {
    summary: "The same quote is given with different words.",
    what_it_flags: "Two quoted passages in aligned sentences of different articles that share most of their \
words but differ inside: a word changed, added or dropped. Faithful truncations, ellipses, \
editors' brackets, case, curly quotes, spelling variants and contractions are no misquote; a name \
spelled two ways is left to name-spelling, a misspelled word to typo, a different speaker to \
attribution-mismatch.",
    why_it_matters: "Words inside quotation marks promise the speaker's exact words; a changed word \
can change what the speaker is held to have said.",
    example: "\"We were lucky the wind turned toward the water\" vs \"We were lucky the wind changed \
toward the water\".",
    options: "severity; remarks_severity (default info: at most this severe when more than 40 % of \
the words of both quotes differ, perhaps two remarks of one speaker). What counts as the same \
word comes from [equivalences] (spelling_variants, words).",
    tuning: "Words that count as the same go in one `[equivalences]` `words` group (`[\"ceasefire\", \
\"cease-fire\"]`); `spelling_variants` folds British and American spellings.",
    details: &[
        "Two quoted passages in aligned sentences of different articles that share most of their \
words (at least 3, and half of the shorter) but differ inside: a word changed, added or dropped.",
        "A quote that is a faithful truncation of the other (words cut at either end — the shorter \
passage word for word inside the longer — or left out where an ellipsis marks it) is not a \
misquote.",
        "Case, curly quotes, diacritics, British/American spellings, possessive endings, hyphens \
and full stops inside a word (\"multi-party\" = \"multiparty\", \"F.T.C.\" = \"FTC\"), month \
abbreviations, a spoken date (\"March the 3rd\") and contractions (\"plan's going\" = \"plan is \
going\") are folded before comparing, and words in brackets (an editor's insertions: \"to him [Mr. \
Cheney]\") are left out or stand for the words the other passage has in their place (\"these \
(pension) payments\").",
        "A capitalised word a letter away from the other (a name spelled two ways) is left to \
name-spelling, and a word misspelled against the other's word to typo while that check is enabled. \
Quotes given to different named speakers are left to attribution-mismatch; a pronoun or a \
description (\"he\", \"the senator\") may be either speaker.",
        "Two passages of one speech that both outlets carry word for word elsewhere (each outlet \
quotes the other's passage whole in another sentence) are two statements, not a misquote; so is a \
quote the other sentence carries whole beside a second quotation, against that second one. Two \
passages that go on differently after their last shared word in unrelated words, one of them for \
four words or more (\"let's see how they do\" vs \"let's see how they feel walking home\"), are \
two sentences that open alike. Contractions written apart in tokenized copy (\"we 're\", \"do \
n't\") are read as one word.",
    ],
};

impl Check for QuoteMismatch {
    fn id(&self) -> &'static str {
        "quote-mismatch"
    }
    fn category(&self) -> Category {
        Category::Quote
    }
    fn doc(&self) -> &'static CheckDoc {
        &DOC
    }
    fn default_severity(&self) -> Severity {
        Severity::Error
    }

    fn options(&self) -> &'static OptionsType {
        &options::OPTIONS
    }

    fn run(&self, ctx: &CheckContext, out: &mut Vec<Finding>) {
        let options: &QuoteOptions = &ctx.rules.check(self.id());
        let spellings = Spellings::new(&ctx.rules.equivalences);
        let folding = name_folding(&ctx.rules.equivalences);
        // A word in a quote misspelled against the other outlet's word is the typo check's
        // finding (with its correction), not a misquote, while that check runs.
        let typo: TypoOptions = ctx.rules.check("typo");
        let speller = typo
            .enabled
            .then(|| Speller::load(typo.dictionaries.as_deref().unwrap_or(&[])));
        let readers = Readers {
            spellings: &spellings,
            folding: &folding,
            speller: speller.as_ref(),
        };
        for pair in &ctx.alignment.pairs {
            self.compare_pair(ctx, options, pair, &readers, out);
        }
    }
}

/// What the comparison of two quotes reads besides the quotes.
struct Readers<'a> {
    spellings: &'a Spellings,
    folding: &'a NameFolding,
    /// The typo check's speller, while that check is enabled.
    speller: Option<&'a Speller>,
}

impl QuoteMismatch {
    /// Compares the quotes of one aligned pair: each unmatched quote of one sentence against
    /// each unmatched quote of the other.
    fn compare_pair(
        &self,
        ctx: &CheckContext,
        options: &QuoteOptions,
        pair: &AlignedPair,
        readers: &Readers,
        out: &mut Vec<Finding>,
    ) {
        let (da, db) = (&ctx.docs[pair.a.document], &ctx.docs[pair.b.document]);
        let (all_a, all_b): (Vec<_>, Vec<_>) = (
            quotes(da.facts(pair.a.sentence)).collect(),
            quotes(db.facts(pair.b.sentence)).collect(),
        );
        let relations = relate_all(&all_a, &all_b, readers.spellings);
        let (matched_a, matched_b) = matched(&all_a, &all_b, &relations);
        for (i, &qa) in all_a.iter().enumerate() {
            if matched_a[i] {
                continue;
            }
            for (j, &qb) in all_b.iter().enumerate() {
                if matched_b[j] {
                    continue;
                }
                // Quotes of two named people are attribution-mismatch's business; a
                // pronoun or a description ("he", "the senator") may be either.
                if let (Some(sa), Some(sb)) = (&qa.speaker, &qb.speaker)
                    && is_named_speaker(sa)
                    && is_named_speaker(sb)
                    && !same_speaker(sa, sb, readers.folding)
                {
                    continue;
                }
                let QuoteRelation::Changed { a, b } = &relations[i][j] else {
                    continue;
                };
                // Two passages of one speech, each carried word for word by both
                // outlets, aligned because they share words: not a misquote.
                if carried_elsewhere(db, pair.b.sentence, &qa.text, readers.spellings)
                    || carried_elsewhere(da, pair.a.sentence, &qb.text, readers.spellings)
                {
                    continue;
                }
                if let Some(speller) = readers.speller
                    && only_misspellings(&qa.text, a, &qb.text, b, speller)
                {
                    continue;
                }
                out.push(self.finding(options, pair, (da, qa, a), (db, qb, b)));
            }
        }
    }

    /// The finding for quote `qa` against quote `qb` of aligned pair `pair`, with the byte
    /// ranges of the words each changes.
    fn finding(
        &self,
        options: &QuoteOptions,
        pair: &AlignedPair,
        (da, qa, a): (&Document, &Quote, &[Range<usize>]),
        (db, qb, b): (&Document, &Quote, &[Range<usize>]),
    ) -> Finding {
        let span = |ranges: &[Range<usize>], base: usize, whole: (usize, usize)| match (
            ranges.first(),
            ranges.last(),
        ) {
            (Some(f), Some(l)) => (base + f.start, base + l.end),
            _ => whole,
        };
        let (sa, ea) = span(a, qa.content_start, (qa.content_start, qa.content_end));
        let (sb, eb) = span(b, qb.content_start, (qb.content_start, qb.content_end));
        let changed = |text: &str, ranges: &[Range<usize>]| {
            ranges
                .iter()
                .map(|r| text[r.clone()].to_string())
                .collect::<Vec<_>>()
                .join(" … ")
        };
        let (wa, wb) = (changed(&qa.text, a), changed(&qb.text, b));
        let message = match (wa.is_empty(), wb.is_empty()) {
            (false, false) => format!("quote differs: \"{wa}\" vs \"{wb}\""),
            (true, false) => format!("quote differs: \"{wb}\" added"),
            _ => format!("quote differs: \"{wa}\" added"),
        };
        // A pronoun left unresolved ("He added") names no one.
        let named =
            |s: &&compact_str::CompactString| !UNRESOLVED_PRONOUNS.contains(s.to_lowercase());
        let speaker = qa
            .speaker
            .as_ref()
            .filter(named)
            .or(qb.speaker.as_ref().filter(named));
        let mut message = match speaker {
            Some(s) => format!("{message} (quoting {s})"),
            None => message,
        };
        let mut severity = options.severity;
        if mostly_changed(&qa.text, a) && mostly_changed(&qb.text, b) {
            message.push_str("; most words of both quotes differ, perhaps two remarks");
            severity = severity.min(options.remarks_severity.unwrap_or(Severity::Info));
        }
        Finding {
            confidence: crate::findings::UNRATED,
            check: self.id().into(),
            category: self.category(),
            severity,
            message,
            evidence: vec![
                Evidence::new(da, pair.a.document, pair.a.sentence, sa, ea),
                Evidence::new(db, pair.b.document, pair.b.sentence, sb, eb),
            ],
            suggestion: Some("check the quote against the recording or the original source".into()),
        }
    }
}

/// The share of a quote's words that must differ, on both sides, for two quotes to be more
/// likely two remarks than one misquoted ("Once again Mr Blair and his Chancellor have failed
/// to answer the question ... which taxes will they put up" vs "He completely failed to say
/// which taxes he would put up").
const REMARKS_SHARE: f64 = 0.4;

/// Whether more than `REMARKS_SHARE` of the words of quote `text` are in its changed ranges.
fn mostly_changed(text: &str, changed: &[Range<usize>]) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    };
    let all = words(text);
    let differing: usize = changed
        .iter()
        .map(|r| text.get(r.clone()).map_or(0, words))
        .sum();
    all > 0 && differing as f64 > REMARKS_SHARE * all as f64
}

/// Every quote of one sentence related to every quote of the other, once.
fn relate_all(
    all_a: &[&Quote],
    all_b: &[&Quote],
    spellings: &Spellings,
) -> Vec<Vec<QuoteRelation>> {
    all_a
        .iter()
        .map(|qa| {
            all_b
                .iter()
                .map(|qb| relate_quotes(&qa.text, &qb.text, spellings))
                .collect()
        })
        .collect()
}

/// Which quotes of each sentence are matched: a quote the other sentence gives word for
/// word is matched; it is not also a misquote of another of its quotes ("an evil man" ...
/// "an evil act"). When its own sentence has no other quote, it is matched only by a
/// passage holding all of it: a quote the other outlet splits in two ("By its actions," he
/// said, "the ...") still compares with each part.
fn matched(
    all_a: &[&Quote],
    all_b: &[&Quote],
    relations: &[Vec<QuoteRelation>],
) -> (Vec<bool>, Vec<bool>) {
    // Quote `part` is matched by quote `whole` of the other sentence, its sentence
    // holding `own` quotes.
    let matched_by = |relation: &QuoteRelation, own: usize, whole: &str, part: &str| {
        *relation == QuoteRelation::Same && (own > 1 || covers(whole, part))
    };
    let matched_a: Vec<bool> = (0..all_a.len())
        .map(|i| {
            (0..all_b.len()).any(|k| {
                matched_by(
                    &relations[i][k],
                    all_a.len(),
                    &all_b[k].text,
                    &all_a[i].text,
                )
            })
        })
        .collect();
    let matched_b: Vec<bool> = (0..all_b.len())
        .map(|j| {
            (0..all_a.len()).any(|k| {
                matched_by(
                    &relations[k][j],
                    all_b.len(),
                    &all_a[k].text,
                    &all_b[j].text,
                )
            })
        })
        .collect();
    (matched_a, matched_b)
}

/// Whether every change is one word against one word, one of the two a misspelling (not in
/// the dictionaries, or a known misspelling) a couple of edits from the other.
fn only_misspellings(
    ta: &str,
    a: &[std::ops::Range<usize>],
    tb: &str,
    b: &[std::ops::Range<usize>],
    speller: &Speller,
) -> bool {
    a.len() == b.len()
        && !a.is_empty()
        && a.iter().zip(b).all(|(ra, rb)| {
            let (wa, wb) = (&ta[ra.clone()], &tb[rb.clone()]);
            let word = |w: &str| {
                !w.is_empty()
                    && w.chars()
                        .all(|c| c.is_alphabetic() || c == '\'' || c == '’')
            };
            let (la, lb) = (wa.to_lowercase(), wb.to_lowercase());
            word(wa)
                && word(wb)
                && speller.is_misspelled(&la) != speller.is_misspelled(&lb)
                && strsim::damerau_levenshtein(&la, &lb) <= 2
        })
}

/// Whether passage `whole` has at least as many words as `part` (a truncation of it, or the
/// same passage): then `part` is wholly accounted for.
fn covers(whole: &str, part: &str) -> bool {
    whole.split_whitespace().count() >= part.split_whitespace().count()
}
