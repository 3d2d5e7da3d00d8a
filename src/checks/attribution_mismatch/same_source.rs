//! Whether two differently named speakers of one passage may still be one source: pronouns
//! each outlet resolved, a sentence naming the other speaker too, one person named two ways
//! or speaking for the other's organisation, a news outlet relaying a person, a common word
//! opening a sentence.

use super::Comparison;
use super::case_index::CaseIndex;
use super::organisations::{
    is_news_outlet, person_and_organisation, person_read_as_organisation, speaks_for,
    speaks_for_described, titled_by_body,
};
use super::speakers::{
    by_pronoun, may_be_one_person, named_just_before, names_other_speaker, speaker_phrase,
    speaker_span, text_before,
};
use crate::align::{AlignedPair, SentenceRef};
use crate::checks::shared::speakers::is_named_speaker;
use crate::extract::{Document, Quote};

/// The speaker of a passage in its sentence.
struct Speaker<'s> {
    doc: &'s Document,
    /// The sentence's index.
    sentence: usize,
    /// The sentence's text.
    text: &'s str,
    /// Where the sentence starts in its document.
    start: usize,
    quote: &'s Quote,
    /// The speaker's name.
    name: &'s str,
}

impl<'s> Speaker<'s> {
    fn new(doc: &'s Document, at: SentenceRef, quote: &'s Quote, name: &'s str) -> Self {
        Speaker {
            doc,
            sentence: at.sentence,
            text: doc.sentence_text(at.sentence),
            start: doc.sentences[at.sentence].start,
            quote,
            name,
        }
    }

    /// The speaker's span in the sentence (offsets from its start).
    fn span_in_sentence(&self) -> (usize, usize) {
        let (s, e) = speaker_span(self.quote);
        (s.saturating_sub(self.start), e.saturating_sub(self.start))
    }

    /// The sentence up to the speaker's name, which may end in a title.
    fn title_before(&self) -> &'s str {
        text_before(self.text, speaker_span(self.quote).0, self.start)
    }

    /// The words that name the speaker: the attribution and an appositive after it.
    fn phrase(&self) -> &'s str {
        speaker_phrase(self.text, self.quote, self.start).unwrap_or(self.name)
    }
}

impl Comparison<'_> {
    /// Whether passage `qa` (of `pair.a`, speaker `sa`) and passage `qb` (of `pair.b`,
    /// speaker `sb`) may be given to two sources: both speakers named, and nothing says
    /// they are one.
    pub(super) fn may_be_misattributed<'q>(
        &self,
        pair: &AlignedPair,
        (qa, sa): (&'q Quote, &'q str),
        (qb, sb): (&'q Quote, &'q str),
    ) -> bool {
        if !is_named_speaker(sa) || !is_named_speaker(sb) {
            return false;
        }
        let (da, db) = (
            &self.ctx.docs[pair.a.document],
            &self.ctx.docs[pair.b.document],
        );
        let a = Speaker::new(da, pair.a, qa, sa);
        let b = Speaker::new(db, pair.b, qb, sb);
        !(pronouns_may_be_either(&a, &b)
            || names_the_other(&a, &b)
            || one_source(&a, &b)
            // A news outlet that relays what a person said ("according to NBC News")
            // against that person: the outlet reports, the person speaks. Two outlets
            // ("Anadolu reported" vs "Tass reported") still compare.
            || is_news_outlet(sa, &self.outlets) != is_news_outlet(sb, &self.outlets)
            || self.common_word(sa, sb))
    }

    /// Whether one speaker is plainly a person and the other plainly an organisation the
    /// person may speak for ("Tory leader Michael Howard" vs "The Tories"): nothing in the
    /// text says whether they are one source.
    pub(super) fn person_against_organisation(
        &self,
        pair: &AlignedPair,
        (qa, sa): (&Quote, &str),
        (qb, sb): (&Quote, &str),
    ) -> bool {
        let a = Speaker::new(&self.ctx.docs[pair.a.document], pair.a, qa, sa);
        let b = Speaker::new(&self.ctx.docs[pair.b.document], pair.b, qb, sb);
        person_and_organisation((a.phrase(), sa), (b.phrase(), sb))
    }

    /// Whether one of two one-word speakers is a common word that opens a sentence ("Polls
    /// show ...", "Critics say ..."): it describes its source; it names none.
    fn common_word(&self, sa: &str, sb: &str) -> bool {
        let index = self
            .case_index
            .get_or_init(|| CaseIndex::new(self.ctx.docs));
        index.is_common_word(sa) || index.is_common_word(sb)
    }
}

/// Whether the speakers are pronouns that may stand for either person: both only pronouns
/// ("he said", "who said") that each outlet's context resolved (whom they stand for is a
/// guess on both sides, and two guesses that differ show no misattribution), or one pronoun
/// whose article names the other outlet's speaker just before it.
fn pronouns_may_be_either(a: &Speaker, b: &Speaker) -> bool {
    let (pron_a, pron_b) = (
        by_pronoun(&a.doc.article.text, a.quote),
        by_pronoun(&b.doc.article.text, b.quote),
    );
    if pron_a && pron_b {
        return true;
    }
    (pron_a && named_just_before(a.doc, a.sentence, b.name))
        || (pron_b && named_just_before(b.doc, b.sentence, a.name))
}

/// Whether a sentence also names the other speaker: the speakers were read differently from
/// the same wording, not a misattribution.
fn names_the_other(a: &Speaker, b: &Speaker) -> bool {
    names_other_speaker(a.text, b.name, b.text, b.span_in_sentence())
        || names_other_speaker(b.text, a.name, a.text, a.span_in_sentence())
}

/// Whether the phrases naming the two speakers make them one source: one person named
/// two ways, a person speaking for the other's organisation (by role, by an organisation the
/// sentence describes, or as a member titled by the body), a person's pronoun resolved to an
/// organisation.
fn one_source(a: &Speaker, b: &Speaker) -> bool {
    let (pa, pb) = (a.phrase(), b.phrase());
    let (sa, sb) = (a.name, b.name);
    may_be_one_person(pa, pb, sb)
        || may_be_one_person(pb, pa, sa)
        || speaks_for(pa, sb)
        || speaks_for(pb, sa)
        || person_read_as_organisation(pa, sa)
        || person_read_as_organisation(pb, sb)
        || speaks_for_described(pa, sa, a.text, sb)
        || speaks_for_described(pb, sb, b.text, sa)
        || titled_by_body(a.title_before(), sb)
        || titled_by_body(b.title_before(), sa)
}
