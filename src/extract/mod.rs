//! Typed facts with byte spans: figures, dates, names, quotes and attributions. Each
//! extractor works on plain strings; this module runs them over a document and shifts
//! their spans into the original file. Each sentence is read into tokens once
//! (`crate::text`), and every extractor is handed them.

pub mod date;
mod events;
pub mod name;
pub mod number;
pub mod quote;

use serde::Serialize;

use crate::config::Equivalences;
use crate::segment;

pub use date::{DateMention, DateRange};
pub use events::resolve_event_dates;
pub use name::{Name, NameFolding};
pub use number::Figure;
pub use quote::Quote;

/// One fact found in a sentence. Spans are byte offsets into the original file.
///
/// Each kind is boxed: a document of short lines holds a few facts a line, and an enum as
/// large as its largest kind (a quote) made the list of facts several times the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Fact {
    Number(Box<Figure>),
    Date(Box<DateMention>),
    Name(Box<Name>),
    /// Words inside quotation marks, with their speaker.
    Quote(Box<Quote>),
    /// Reported speech without quotation marks ("X said that ...", "according to X").
    Attribution(Box<Quote>),
}

impl Fact {
    pub fn span(&self) -> (usize, usize) {
        match self {
            Fact::Number(f) => (f.start, f.end),
            Fact::Date(d) => (d.start, d.end),
            Fact::Name(n) => (n.start, n.end),
            Fact::Quote(q) | Fact::Attribution(q) => (q.start, q.end),
        }
    }

    fn order(&self) -> u8 {
        match self {
            Fact::Number(_) => 0,
            Fact::Date(_) => 1,
            Fact::Name(_) => 2,
            Fact::Quote(_) => 3,
            Fact::Attribution(_) => 4,
        }
    }
}

/// How names are folded for comparison, from the rule set.
pub fn name_folding(equivalences: &Equivalences) -> NameFolding {
    let mut folding = NameFolding::default();
    if !equivalences.particles.is_empty() {
        folding.particles.clone_from(&equivalences.particles);
    }
    folding.aliases.extend(equivalences.aliases.iter().cloned());
    folding
}

/// A document as read: the sentences `segment` found and, in a table beside them, the facts
/// found in each sentence. It reads as the segmented document (`Deref`) plus [`facts`].
///
/// [`facts`]: Document::facts
#[derive(Debug, Clone)]
pub struct Document {
    segmented: segment::Document,
    /// The facts of every sentence in one list, in sentence order, each sentence's sorted by
    /// span (one list rather than one per sentence: a document of short lines holds a few
    /// facts a sentence, and a list each would cost more than its facts).
    facts: Vec<Fact>,
    /// Where the facts of each sentence start in `facts`, and one past the last sentence.
    fact_starts: Vec<usize>,
}

impl std::ops::Deref for Document {
    type Target = segment::Document;

    fn deref(&self) -> &segment::Document {
        &self.segmented
    }
}

impl std::ops::DerefMut for Document {
    fn deref_mut(&mut self) -> &mut segment::Document {
        &mut self.segmented
    }
}

impl Document {
    /// The facts found in sentence `sentence`, sorted by span.
    pub fn facts(&self, sentence: usize) -> &[Fact] {
        match (
            self.fact_starts.get(sentence),
            self.fact_starts.get(sentence + 1),
        ) {
            (Some(&start), Some(&end)) => &self.facts[start..end],
            _ => &[],
        }
    }

    /// The segmented document alone.
    pub fn segmented(&self) -> &segment::Document {
        &self.segmented
    }
}

/// Runs every extractor over `doc` and returns it with its table of facts.
pub fn extract_facts(doc: segment::Document, folding: &NameFolding) -> Document {
    let text = &doc.article.text;
    let published = doc.article.published;
    let count = doc.sentences.len();
    // Each sentence is read into tokens once, for every extractor, and its tokens dropped
    // before the next is read: a document's tokens are never all held at once. Its figures and
    // dates go to `found`, its names (spans relative to it, for speaker resolution) to
    // `names`, and the quote reader finds its frames.
    let mut reader = quote::QuoteReader::new(text, doc.sentences.iter().map(|s| s.start..s.end));
    let mut found: Vec<Fact> = Vec::new();
    let mut found_starts: Vec<usize> = Vec::with_capacity(count + 1);
    let mut names: Vec<Box<Name>> = Vec::new();
    let mut name_starts: Vec<usize> = Vec::with_capacity(count + 1);
    let mut facts: Vec<Fact> = Vec::new();
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let s = &text[sentence.start..sentence.end];
        let base = sentence.start;
        let tokens = crate::text::tokenize(s);
        facts.clear();
        facts.extend(
            number::extract_figures_in(s, &tokens)
                .into_iter()
                .map(|mut f| {
                    f.start += base;
                    f.end += base;
                    Fact::Number(Box::new(f))
                }),
        );
        facts.extend(
            date::extract_dates_in(s, published, &tokens)
                .into_iter()
                .map(|mut d| {
                    d.start += base;
                    d.end += base;
                    Fact::Date(Box::new(d))
                }),
        );
        // A date is not a figure: a number inside a calendar date's span ("between 2001 and
        // 2002 to $42,409" read as a range of money) is dropped. "17 years ago" keeps its
        // figure: without a publication date the years are what compares.
        let dated: Vec<(usize, usize)> = facts
            .iter()
            .filter_map(|f| match f {
                Fact::Date(d) if !d.relative => Some((d.start, d.end)),
                _ => None,
            })
            .collect();
        facts.retain(|f| match f {
            Fact::Number(n) => !dated.iter().any(|&(s, e)| n.start < e && s < n.end),
            _ => true,
        });
        found_starts.push(found.len());
        found.append(&mut facts);
        name_starts.push(names.len());
        names.extend(
            name::extract_names_in(s, &tokens, folding)
                .into_iter()
                .map(Box::new),
        );
        reader.sentence(index, &tokens);
    }
    found_starts.push(found.len());
    name_starts.push(names.len());
    // Quotations and attributions, read over the whole text, each in the sentence where its
    // words begin (in the order found: quotations, then attributions).
    let names_of = |i: usize| &names[name_starts[i]..name_starts[i + 1]];
    let (quotes, attributions) = reader.finish(Some(&names_of));
    let quoted = quotes.into_iter().map(|q| Fact::Quote(Box::new(q)));
    let reported = attributions
        .into_iter()
        .map(|q| Fact::Attribution(Box::new(q)));
    let mut speech: Vec<(usize, Fact)> = quoted
        .chain(reported)
        .filter_map(|fact| {
            let at = match &fact {
                Fact::Quote(q) | Fact::Attribution(q) => q.content_start.max(q.start),
                _ => return None,
            };
            doc.sentence_at(at).map(|i| (i, fact))
        })
        .collect();
    speech.sort_by_key(|(i, _)| *i);
    // Each sentence's facts: its figures and dates, its names, its speech, sorted by span.
    let mut all: Vec<Fact> = Vec::with_capacity(found.len() + names.len() + speech.len());
    let mut fact_starts: Vec<usize> = Vec::with_capacity(count + 1);
    let mut speech = speech.into_iter().peekable();
    let mut found = found.into_iter();
    let mut names = names.into_iter();
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let base = sentence.start;
        let first = all.len();
        all.extend(
            found
                .by_ref()
                .take(found_starts[index + 1] - found_starts[index]),
        );
        all.extend(
            names
                .by_ref()
                .take(name_starts[index + 1] - name_starts[index])
                .map(|mut n| {
                    n.start += base;
                    n.end += base;
                    Fact::Name(n)
                }),
        );
        while let Some((_, fact)) = speech.next_if(|(i, _)| *i == index) {
            all.push(fact);
        }
        all[first..].sort_by_key(|f| (f.span(), f.order()));
        fact_starts.push(first);
    }
    fact_starts.push(all.len());
    Document {
        segmented: doc,
        facts: all,
        fact_starts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every fact of a document sits in one list: a fact must stay a tag and a pointer, or
    /// memory grows several times the text on documents of many short sentences.
    #[test]
    fn a_fact_is_two_words() {
        assert!(
            std::mem::size_of::<Fact>() <= 16,
            "{}",
            std::mem::size_of::<Fact>()
        );
    }

    /// A fact holds its words inline up to 24 bytes: a heap string for each name, figure,
    /// unit, speaker and cue cost more than the facts themselves on documents of many short
    /// sentences (a few facts a line).
    #[test]
    fn short_words_of_a_fact_take_no_allocation() {
        let text = "Jane Roe said 4,200 new homes would be built on Monday.\n";
        let doc = segment::segment(
            crate::input::Article::from_text("a", text),
            &segment::Boilerplate::default(),
        );
        let doc = extract_facts(doc, NameFolding::standard());
        let facts = doc.facts(0);
        let mut kinds = Vec::new();
        for fact in facts {
            match fact {
                Fact::Name(n) => {
                    assert!(!n.text.is_heap_allocated() && !n.key.is_heap_allocated());
                    kinds.push("name");
                }
                Fact::Number(f) => {
                    assert!(!f.text.is_heap_allocated());
                    assert!(f.unit.as_ref().is_none_or(|u| !u.is_heap_allocated()));
                    kinds.push("number");
                }
                Fact::Date(d) => {
                    assert!(!d.text.is_heap_allocated());
                    kinds.push("date");
                }
                Fact::Quote(q) | Fact::Attribution(q) => {
                    assert!(q.speaker.as_ref().is_none_or(|s| !s.is_heap_allocated()));
                    assert!(q.cue.as_ref().is_none_or(|c| !c.is_heap_allocated()));
                    kinds.push("speech");
                }
            }
        }
        for kind in ["name", "number", "date", "speech"] {
            assert!(kinds.contains(&kind), "no {kind} among {facts:?}");
        }
    }
}
