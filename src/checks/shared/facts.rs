//! A sentence's facts by kind (figures, dates, names, quotes, reported speech), and whether
//! two aligned sentences share one fact: the evidence a weak link needs.

use std::collections::BTreeSet;

use super::anchors::anchor_words;
use crate::align::{AlignedPair, SentenceRef};
use crate::extract::Document;
use crate::extract::quote::CueKind;
use crate::extract::{DateMention, Fact, Figure, Name, Quote};

pub fn figures(facts: &[Fact]) -> impl Iterator<Item = &Figure> {
    facts.iter().filter_map(|f| match f {
        Fact::Number(n) => Some(&**n),
        _ => None,
    })
}

pub fn dates(facts: &[Fact]) -> impl Iterator<Item = &DateMention> {
    facts.iter().filter_map(|f| match f {
        Fact::Date(d) => Some(&**d),
        _ => None,
    })
}

pub fn names(facts: &[Fact]) -> impl Iterator<Item = &Name> {
    facts.iter().filter_map(|f| match f {
        Fact::Name(n) => Some(&**n),
        _ => None,
    })
}

pub fn quotes(facts: &[Fact]) -> impl Iterator<Item = &Quote> {
    facts.iter().filter_map(|f| match f {
        Fact::Quote(q) => Some(&**q),
        _ => None,
    })
}

/// Reported speech without quotation marks. Attributions through a stance or action cue
/// ("backed", "plans") are left out: the checks compare who said something, not who backed it.
pub fn attributions(facts: &[Fact]) -> impl Iterator<Item = &Quote> {
    facts.iter().filter_map(|f| match f {
        Fact::Attribution(q) if q.cue_kind == CueKind::Speech => Some(&**q),
        _ => None,
    })
}

/// Whether two aligned sentences state one same figure (not an ordinal) or date, or a figure
/// of one unit amid the same words ("the rate of survival is about 10 per cent" vs "the rate
/// of survival is about 15 percent", "will pay him $10 million to take over" vs "will pay
/// Freedom $15 million to take over"): evidence that a weak link joins two reports of one
/// fact, not two facts of one topic.
pub fn share_a_fact(docs: &[Document], pair: &AlignedPair) -> bool {
    let facts = |r: SentenceRef| docs[r.document].facts(r.sentence);
    let (fa, fb) = (facts(pair.a), facts(pair.b));
    let stated_twice = fa.iter().any(|x| {
        fb.iter().any(|y| match (x, y) {
            (Fact::Number(a), Fact::Number(b)) => !a.ordinal && !b.ordinal && a.value == b.value,
            (Fact::Date(a), Fact::Date(b)) => same_date(a, b),
            _ => false,
        })
    });
    stated_twice || figure_amid_same_words(docs, pair)
}

/// How alike two sentences must be, figures and dates set aside (`frame_similarity`), to be
/// one frame in which only a fact changed: figures of sentences dated apart are compared
/// then, and a misattribution keeps its severity.
pub const SAME_FRAME: f64 = 0.8;

/// How alike two aligned sentences are once their figures and dates are set aside: the share
/// of their words (lower case, in order) that a word diff keeps, 0 to 1. "On Wednesday, 120
/// dock workers walked off the job" and "On Tuesday, 150 dock workers walked off the job" are
/// one frame (1.0): only the facts differ, so each difference is a disagreement of its own.
pub fn frame_similarity(docs: &[Document], pair: &AlignedPair) -> f64 {
    frame_similarity_beside(docs, pair, (None, None))
}

/// A byte span of a document's text: (start, end).
type Span = (usize, usize);

/// [`frame_similarity`] with one more span of each sentence set aside (a speaker's name, when
/// the speakers are what differs): "Green leader Ada Finch accused the mayor of ..." and
/// "Councillor Tom Greel accused the mayor of ..." are one frame.
pub fn frame_similarity_beside(
    docs: &[Document],
    pair: &AlignedPair,
    spans: (Option<Span>, Option<Span>),
) -> f64 {
    let words = |r: SentenceRef, beside: Option<Span>| -> Vec<String> {
        let doc = &docs[r.document];
        let sentence = &doc.sentences[r.sentence];
        let masked: Vec<(usize, usize)> = doc
            .facts(r.sentence)
            .iter()
            .filter(|f| matches!(f, Fact::Number(_) | Fact::Date(_)))
            .map(Fact::span)
            .chain(beside)
            .collect();
        let text = &doc.article.text[sentence.start..sentence.end];
        let tokens = crate::text::tokenize(text);
        crate::text::alphanumeric_runs(text, &tokens)
            .into_iter()
            .filter(|&(s, e)| {
                let (from, to) = (sentence.start + s, sentence.start + e);
                !masked.iter().any(|&(ms, me)| from < me && ms < to)
            })
            .map(|(s, e)| text[s..e].to_lowercase())
            .collect()
    };
    let (a, b) = (words(pair.a, spans.0), words(pair.b, spans.1));
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (a, b): (Vec<&str>, Vec<&str>) = (
        a.iter().map(String::as_str).collect(),
        b.iter().map(String::as_str).collect(),
    );
    f64::from(similar::TextDiff::from_slices(&a, &b).ratio())
}

/// Whether two date mentions name one date: the same resolved period or the same words, a
/// month or a weekday abbreviated or not ("Oct. 1" and "October 1", unresolved without a
/// publication date).
pub fn same_date(a: &DateMention, b: &DateMention) -> bool {
    (a.resolved.is_some() && a.resolved == b.resolved)
        || crate::extract::date::date_words(&a.text) == crate::extract::date::date_words(&b.text)
}

/// Whether two aligned sentences each state a figure of one unit next to one same word, not
/// the unit nor a name: "signed 75 million phone numbers" and "50 million phone numbers are
/// registered" share "number"; "killed 20 people" and "injured 30 people" share only what they
/// count. Only in sentences that name one same thing ("the unemployment rate is around 20%"
/// and "the unemployment rate stayed at 5.4%" are two countries' rates until a name says
/// otherwise: "said Dr Leo Bossaert" and "said Bossaert") and that date it the same way if
/// both date it ("roughly 45% higher than a year ago" and "roughly 30% higher than in January
/// 2004" are two moments).
fn figure_amid_same_words(docs: &[Document], pair: &AlignedPair) -> bool {
    let sentence = |r: SentenceRef| (&docs[r.document], docs[r.document].facts(r.sentence));
    let ((doc_a, sa), (doc_b, sb)) = (sentence(pair.a), sentence(pair.b));
    fn with_unit(facts: &[Fact]) -> Vec<&Figure> {
        figures(facts)
            .filter(|f| !f.ordinal && f.unit.is_some() && !f.in_name())
            .collect()
    }
    let (ua, ub) = (with_unit(sa), with_unit(sb));
    if !ua.iter().any(|a| ub.iter().any(|b| a.unit == b.unit)) {
        return false;
    }
    let (dates_a, dates_b): (Vec<_>, Vec<_>) = (dates(sa).collect(), dates(sb).collect());
    if !dates_a.is_empty()
        && !dates_b.is_empty()
        && !dates_a
            .iter()
            .any(|a| dates_b.iter().any(|b| same_date(a, b)))
    {
        return false;
    }
    let name_words = |facts: &[Fact]| -> Vec<String> {
        names(facts)
            .flat_map(|n| n.text.split_whitespace())
            // Not an acronym ("US", "EU"), unless it has digits too (a model: "A920").
            .filter(|w| {
                w.chars().count() >= 3
                    && (w.chars().any(char::is_lowercase)
                        || (w.chars().any(|c| c.is_ascii_digit())
                            && w.chars().any(char::is_alphabetic)))
            })
            .map(str::to_lowercase)
            .collect()
    };
    let (names_a, names_b) = (name_words(sa), name_words(sb));
    if !names_a.iter().any(|w| names_b.contains(w)) {
        return false;
    }
    // A name next to both ("DaimlerChrysler's shares fell 1.5%" and "Germany's
    // DaimlerChrysler (30%)") says whose figure, not which.
    let named: Vec<String> = names_a
        .iter()
        .chain(&names_b)
        .map(|n| crate::align::terms::stem(n))
        .collect();
    let anchors = |doc: &Document, start: usize, figures: &[&Figure]| -> Vec<Vec<String>> {
        figures
            .iter()
            .map(|f| anchor_words(&doc.article.text, start, f.start, f.end))
            .collect()
    };
    let (wa, wb) = (
        anchors(doc_a, doc_a.sentences[pair.a.sentence].start, &ua),
        anchors(doc_b, doc_b.sentences[pair.b.sentence].start, &ub),
    );
    ua.iter().zip(&wa).any(|(a, wa)| {
        ub.iter().zip(&wb).any(|(b, wb)| {
            let Some(unit) = a.unit.as_deref().filter(|_| a.unit == b.unit) else {
                return false;
            };
            let unit = crate::align::terms::stem(&unit.to_lowercase());
            wa.iter().any(|w| {
                *w != unit && !w.starts_with(&unit) && !named.contains(w) && wb.contains(w)
            })
        })
    })
}

/// The distinct content words (stems) of a sentence, as the aligner reads them.
pub fn content_stems(docs: &[Document], at: SentenceRef) -> BTreeSet<String> {
    crate::align::terms::content_terms(docs[at.document].sentence_text(at.sentence))
        .into_iter()
        .map(|t| t.stem)
        .collect()
}

/// The least share of a source sentence's content words, and the fewest of them, a draft
/// sentence must carry for the gate to compare the two without an alignment link.
pub const MIN_CARRIED: f64 = 0.4;
pub const MIN_CARRIED_WORDS: usize = 3;

/// How much of a sentence (its `content_stems`, `of`) another sentence (`in_`) carries: the
/// share of the words of `of` that `in_` also has, when it is enough for the gate to compare
/// the two without a link (at least `MIN_CARRIED` of them, and `MIN_CARRIED_WORDS`). A
/// summary packs most of the words of each source sentence it draws a fact from; an article
/// that reports the same story on its own shares far fewer with any one sentence of another.
pub fn carried(of: &BTreeSet<String>, in_: &BTreeSet<String>) -> Option<f64> {
    let words = of.intersection(in_).count();
    let share = if of.is_empty() {
        0.0
    } else {
        words as f64 / of.len() as f64
    };
    (share >= MIN_CARRIED && words >= MIN_CARRIED_WORDS).then_some(share)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_abbreviated_or_written_out_is_one_date() {
        let date = |text: &str| DateMention {
            start: 0,
            end: text.len(),
            text: text.into(),
            resolved: None,
            relative: true,
            since: false,
        };
        assert!(same_date(&date("Oct. 1"), &date("October 1")));
        assert!(same_date(&date("Sept. 5, 1977"), &date("September 5 1977")));
        assert!(same_date(&date("Thurs."), &date("Thursday")));
        assert!(!same_date(&date("Oct. 1"), &date("October 11")));
        assert!(!same_date(&date("Mar. 3"), &date("May 3")));
    }
}
