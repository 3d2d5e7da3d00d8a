//! The passages of an aligned pair compared for their speakers: quotes against quotes,
//! a quote against the same words reported without quotation marks, and two reported
//! statements.

use super::content::{
    STATEMENT_SHARE, claims, figures_disagree, fold_quote, share_content_words,
    share_content_words_at,
};
use super::{Comparison, Reported};
use crate::align::AlignedPair;
use crate::checks::shared::facts::{attributions, quotes};
use crate::checks::shared::quote_relation::{QuoteRelation, relate_quotes};
use crate::checks::shared::speakers::{is_named_speaker, same_speaker};
use crate::extract::{Fact, Quote};
use crate::findings::Finding;

/// Whether reported speech names its speaker (a person, an agency, an outlet), not a
/// description ("council documents", "he"): only then does it compare.
fn is_named(q: &Quote) -> bool {
    q.cue.is_some() && q.speaker.as_deref().is_some_and(is_named_speaker)
}

/// The facts of one sentence of a pair, and the text of its article.
type Side<'a> = (&'a [Fact], &'a str);

impl Comparison<'_> {
    /// The facts of each sentence of `pair`, with the text of its article.
    fn sides(&self, pair: &AlignedPair) -> (Side<'_>, Side<'_>) {
        let side = |r: crate::align::SentenceRef| {
            let doc = &self.ctx.docs[r.document];
            (doc.facts(r.sentence), doc.article.text.as_str())
        };
        (side(pair.a), side(pair.b))
    }

    /// Quotes of the two sentences that are the same quote, given to different speakers. On
    /// a `strong_pair` (one statement reported twice), a quote of a word or two counts too.
    pub(super) fn compare_quotes(
        &self,
        pair: &AlignedPair,
        strong_pair: bool,
        reported: &mut Reported,
        out: &mut Vec<Finding>,
    ) {
        let ((fa, _), (fb, _)) = self.sides(pair);
        for qa in quotes(fa) {
            for qb in quotes(fb) {
                let (Some(sa), Some(sb)) = (&qa.speaker, &qb.speaker) else {
                    continue;
                };
                if same_speaker(sa, sb, &self.folding) {
                    continue;
                }
                // A quote of a word or two ("tight") is the same quote when it is
                // word for word the same in sentences that report the same statement.
                let same_short = strong_pair && fold_quote(&qa.text) == fold_quote(&qb.text);
                if same_short
                    || (relate_quotes(&qa.text, &qb.text, &self.spellings)
                        != QuoteRelation::Unrelated
                        && share_content_words(&qa.text, &qb.text))
                {
                    self.report(pair, (qa, qb, "quote"), reported, out);
                }
            }
        }
    }

    /// A quote in one outlet and the same words reported without quotation marks in the
    /// other ("Gibson said ... \"neither I nor my film are anti-Semitic\"" and "Moreau said
    /// ... that he and his film are not anti-Semitic"), given to different speakers.
    pub(super) fn compare_quote_and_report(
        &self,
        pair: &AlignedPair,
        reported: &mut Reported,
        out: &mut Vec<Finding>,
    ) {
        let ((fa, text_a), (fb, text_b)) = self.sides(pair);
        for (quoted, statements, text, flipped) in [(fa, fb, text_b, false), (fb, fa, text_a, true)]
        {
            for q in quotes(quoted) {
                for r in attributions(statements).filter(|r| is_named(r) && claims(text, r)) {
                    let (Some(sq), Some(sr)) = (&q.speaker, &r.speaker) else {
                        continue;
                    };
                    if same_speaker(sq, sr, &self.folding)
                        || relate_quotes(&q.text, &r.text, &self.spellings)
                            == QuoteRelation::Unrelated
                        || !share_content_words(&q.text, &r.text)
                    {
                        continue;
                    }
                    if flipped {
                        self.report(pair, (r, q, "statement"), reported, out);
                    } else {
                        self.report(pair, (q, r, "statement"), reported, out);
                    }
                }
            }
        }
    }

    /// Two reported statements that claim the same, given to different speakers, unless
    /// their figures disagree (each outlet reports its own source's figure).
    pub(super) fn compare_reports(
        &self,
        pair: &AlignedPair,
        reported: &mut Reported,
        out: &mut Vec<Finding>,
    ) {
        let ((fa, text_a), (fb, text_b)) = self.sides(pair);
        for qa in attributions(fa).filter(|q| is_named(q) && claims(text_a, q)) {
            for qb in attributions(fb).filter(|q| is_named(q) && claims(text_b, q)) {
                let (Some(sa), Some(sb)) = (&qa.speaker, &qb.speaker) else {
                    continue;
                };
                if !same_speaker(sa, sb, &self.folding)
                    && !figures_disagree(fa, qa, fb, qb)
                    && share_content_words_at(&qa.text, &qb.text, STATEMENT_SHARE)
                {
                    self.report(pair, (qa, qb, "statement"), reported, out);
                }
            }
        }
    }
}
