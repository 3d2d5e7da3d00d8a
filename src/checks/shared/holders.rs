//! Holders: the name a figure belongs to in its sentence ("Sprinter Michelle Collins has
//! received an eight-year ban", "Olympic 10,000m champion Kenenisa Bekele"), and whether two
//! disagreeing figures belong to two different names, which makes them two facts of two
//! subjects more likely than one fact told two ways.

use super::speakers::same_speaker;
use crate::checks::CheckContext;
use crate::extract::{Document, Name, NameFolding};
use crate::findings::gate::DocumentRole;
use crate::lexicon::TIME_ZONES;

use super::facts;

/// Lower-case words allowed between a figure and the name it describes ("100m champion Kim
/// Collins", "the 24-year-old sprinter Jade Johnson").
const APPOSITION_WORDS: usize = 2;

/// Marks that end a clause: a name across one of them is not what the figure belongs to
/// ("after opening on Christmas Day, taking $12.7m").
const CLAUSE_MARKS: &[char] = &[
    ',', ';', ':', '(', ')', '[', ']', '"', '\u{201c}', '\u{201d}', '\u{2013}', '\u{2014}',
];

/// The name a mention (its byte span, in sentence `sentence` of `doc`) belongs to: a name
/// right after it, past at most two lower-case words and no punctuation ("100m champion Kim
/// Collins"); otherwise the nearest name before it in its clause ("Sprinter Michelle Collins
/// has received an eight-year ban").
pub fn holder(doc: &Document, sentence: usize, start: usize, end: usize) -> Option<&Name> {
    let text = doc.article.text.as_str();
    // A name inside a time of day is its zone, not a holder ("6 p.m. EDT Sunday", "3 p.m.
    // Arizona time Tuesday").
    let in_a_time = |n: &Name| {
        TIME_ZONES.contains(n.text.as_str())
            || text
                .get(n.end..)
                .is_some_and(|rest| rest.trim_start().starts_with("time"))
    };
    let names: Vec<&Name> = facts::names(doc.facts(sentence))
        .filter(|n| !in_a_time(n))
        .collect();
    let after = names.iter().find(|n| n.start >= end).filter(|n| {
        let between = text.get(end..n.start).unwrap_or("");
        between
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
            && between.split_whitespace().count() <= APPOSITION_WORDS
            && !between
                .split_whitespace()
                .any(|w| w.chars().next().is_some_and(char::is_uppercase))
    });
    let before = || {
        names.iter().rev().find(|n| n.end <= start).filter(|n| {
            text.get(n.end..start)
                .is_some_and(|between| !between.contains(CLAUSE_MARKS))
        })
    };
    after.or_else(before).copied()
}

/// What judging holders needs from a run: the rule set's name folding, and each document's
/// role in a gate run.
pub struct Holders<'r> {
    folding: NameFolding,
    roles: &'r [DocumentRole],
}

impl<'r> Holders<'r> {
    pub fn new(ctx: &CheckContext<'r>) -> Self {
        Holders {
            folding: crate::extract::name_folding(&ctx.rules.equivalences),
            roles: ctx.roles,
        }
    }

    /// The two holders of two disagreeing mentions (each: its document, the document's
    /// index, its sentence, its span), when they belong to two different names
    /// (`different_holders`) and neither is a draft's: a draft restates its sources, so a
    /// figure it gives another name is a change, not a second subject.
    pub fn different<'a>(
        &self,
        a: (&'a Document, usize, usize, (usize, usize)),
        b: (&'a Document, usize, usize, (usize, usize)),
    ) -> Option<(&'a Name, &'a Name)> {
        let draft = |d: usize| self.roles.get(d) == Some(&DocumentRole::Draft);
        if draft(a.1) || draft(b.1) {
            return None;
        }
        different_holders(
            (a.0, a.2, a.3.0, a.3.1),
            (b.0, b.2, b.3.0, b.3.1),
            &self.folding,
        )
    }
}

/// The note a finding of two facts (`what`: "figures", "dates") of two different names
/// carries.
pub fn two_subjects_note(what: &str, (ha, hb): (&Name, &Name)) -> String {
    format!(
        "; the {what} belong to different names (\"{}\", \"{}\"), neither named in the other sentence: perhaps two subjects",
        ha.text, hb.text
    )
}

/// The two holders of two disagreeing mentions, when each has one and they are different
/// names, neither of which the other sentence names at all ("Kim Collins" against "Kenenisa
/// Bekele"; not "Roger Federer" against a sentence that names him elsewhere).
pub fn different_holders<'a>(
    a: (&'a Document, usize, usize, usize),
    b: (&'a Document, usize, usize, usize),
    folding: &NameFolding,
) -> Option<(&'a Name, &'a Name)> {
    let ha = holder(a.0, a.1, a.2, a.3)?;
    let hb = holder(b.0, b.1, b.2, b.3)?;
    let named_in = |h: &Name, doc: &Document, sentence: usize| {
        facts::names(doc.facts(sentence)).any(|n| same_speaker(&h.text, &n.text, folding))
    };
    (!same_speaker(&ha.text, &hb.text, folding)
        && !named_in(ha, b.0, b.1)
        && !named_in(hb, a.0, a.1))
    .then_some((ha, hb))
}
