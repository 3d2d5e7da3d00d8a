//! Helpers shared by the checks: fact accessors, word folding and spelling equivalences.

use std::collections::BTreeMap;

use unicase::UniCase;
use unicode_segmentation::UnicodeSegmentation;

use crate::align::{AlignedPair, SentenceRef};
use crate::config::Equivalences;
use crate::extract::Document;
use crate::extract::quote::CueKind;
use crate::extract::{DateMention, Fact, Figure, Name, Quote};

pub fn figures(facts: &[Fact]) -> impl Iterator<Item = &Figure> {
    facts.iter().filter_map(|f| match f {
        Fact::Number(n) => Some(n),
        _ => None,
    })
}

pub fn dates(facts: &[Fact]) -> impl Iterator<Item = &DateMention> {
    facts.iter().filter_map(|f| match f {
        Fact::Date(d) => Some(d),
        _ => None,
    })
}

pub fn names(facts: &[Fact]) -> impl Iterator<Item = &Name> {
    facts.iter().filter_map(|f| match f {
        Fact::Name(n) => Some(n),
        _ => None,
    })
}

pub fn quotes(facts: &[Fact]) -> impl Iterator<Item = &Quote> {
    facts.iter().filter_map(|f| match f {
        Fact::Quote(q) => Some(q),
        _ => None,
    })
}

/// Reported speech without quotation marks. Attributions through a stance or action cue
/// ("backed", "plans") are left out: the checks compare who said something, not who backed it.
pub fn attributions(facts: &[Fact]) -> impl Iterator<Item = &Quote> {
    facts.iter().filter_map(|f| match f {
        Fact::Attribution(q) if q.cue_kind == CueKind::Speech => Some(q),
        _ => None,
    })
}

/// Folds one word for comparison: lower case, ASCII (deunicode), straight apostrophes.
pub fn fold_word(word: &str) -> String {
    deunicode::deunicode(word).to_lowercase()
}

/// Words of `text` with their byte offsets (letters and digits; punctuation dropped).
pub fn word_spans(text: &str) -> Vec<(usize, &str)> {
    text.unicode_word_indices().collect()
}

/// Words that say nothing about what a figure or a date is about.
const ANCHOR_STOP_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "of",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "and",
    "or",
    "with",
    "from",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "it",
    "its",
    "that",
    "this",
    "than",
    "about",
    "some",
    "nearly",
    "almost",
    "over",
    "more",
    "less",
    "least",
    "up",
    "said",
    // Verbs of change and level say how a figure moved, not what it counts.
    "rose",
    "fell",
    "down",
    "gained",
    "lost",
    "added",
    "shed",
    "jumped",
    "climbed",
    "dropped",
    "declined",
    "slipped",
    "slid",
    "averaged",
    "totaled",
    "totalled",
    "reached",
    "increased",
    "decreased",
    "closed",
    "ended",
    "trading",
    "traded",
];

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

/// Whether two date mentions name one date: the same resolved period or the same words, a
/// month or a weekday abbreviated or not ("Oct. 1" and "October 1", unresolved without a
/// publication date).
fn same_date(a: &DateMention, b: &DateMention) -> bool {
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

/// The content words next to a mention at `start..end` (a figure, a date), as stems: up to
/// three before it and two after it, in the sentence that starts at byte `sentence_start`.
pub fn anchor_words(text: &str, sentence_start: usize, start: usize, end: usize) -> Vec<String> {
    let before = text.get(sentence_start..start).unwrap_or("");
    let after = text.get(end..).unwrap_or("");
    let content = |w: &&str| {
        w.chars().all(char::is_alphabetic)
            && !ANCHOR_STOP_WORDS.contains(&w.to_lowercase().as_str())
    };
    // "Shi'ites" and "Shiites" are one word.
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty())
            .map(|w| w.replace(['\'', '’'], ""))
            .collect()
    };
    let before_words = words(before);
    let before_words = &before_words[before_words.len().saturating_sub(3)..];
    // Stems: "the $26.90 close" and "closing at $16.14" share a word.
    let stemmed = |w: &str| crate::align::terms::stem(&w.to_lowercase());
    let mut out: Vec<String> = before_words
        .iter()
        .rev()
        .map(String::as_str)
        .filter(content)
        .map(stemmed)
        .collect();
    // After the figure, only up to the end of its sentence (a period ends it).
    let after_sentence = after.split(['.', ';', '!', '?']).next().unwrap_or("");
    let after_words: Vec<String> = words(after_sentence).into_iter().take(2).collect();
    out.extend(
        after_words
            .iter()
            .map(String::as_str)
            .filter(content)
            .map(stemmed),
    );
    // Two neighbouring words also count written as one ("Web sites" = "websites").
    for window in [before_words, &after_words[..]] {
        for pair in window.windows(2) {
            if content(&pair[0].as_str()) && content(&pair[1].as_str()) {
                out.push(stemmed(&format!("{}{}", pair[0], pair[1])));
            }
        }
    }
    out
}

/// Pairs mentions of two sentences by their anchor words (`anchors_a[i]` for mention `i` of
/// the first): `i` with the only mention `j` of the other that shares a word with it, when
/// `j` shares one with `i` alone, or with the one that shares two or more words with it when
/// no other mention shares as many with either. Returns (i, j) index pairs.
pub fn pair_by_anchors(
    anchors_a: &[Vec<String>],
    anchors_b: &[Vec<String>],
) -> Vec<(usize, usize)> {
    let shared = |x: &[String], y: &[String]| x.iter().filter(|w| y.contains(w)).count();
    // The mentions of `others` sharing the most words with `words`, when they share any.
    let best = |words: &[String], others: &[Vec<String>]| -> Vec<usize> {
        let counts: Vec<usize> = others.iter().map(|o| shared(words, o)).collect();
        let most = counts.iter().copied().max().unwrap_or(0);
        (0..others.len())
            .filter(|&j| most > 0 && counts[j] == most)
            .collect()
    };
    let sharing = |words: &[String], others: &[Vec<String>]| {
        others.iter().filter(|o| shared(words, o) > 0).count()
    };
    let mut out = Vec::new();
    for (i, wa) in anchors_a.iter().enumerate() {
        let [j] = best(wa, anchors_b)[..] else {
            continue;
        };
        let wb = &anchors_b[j];
        // `i` and `j` share a word with each other alone, or share two or more words, more
        // than either shares with any other mention ("weighed an average 220 pounds (100 kg)
        // and needed" pairs with "weighed an average 150 kilograms and needed", not with
        // "needed to lose 14 to 36 kilograms").
        let alone = sharing(wa, anchors_b) == 1 && sharing(wb, anchors_a) == 1;
        let most = shared(wa, wb) >= 2 && best(wb, anchors_a) == [i];
        if alone || most {
            out.push((i, j));
        }
    }
    out
}

/// `anchor_words` plus the figures just before a mention ("from 54.7 in August"): what a
/// date is the date of.
pub fn anchor_words_and_figures(
    text: &str,
    sentence_start: usize,
    start: usize,
    end: usize,
) -> Vec<String> {
    let mut out = anchor_words(text, sentence_start, start, end);
    let figure = |t: &&str| -> Option<String> {
        let t = t.trim_matches(|c: char| !c.is_alphanumeric());
        t.chars()
            .any(|c| c.is_ascii_digit())
            .then(|| t.replace(',', ""))
    };
    // Only figures before it: a date follows what it dates ("53.7 in September from 54.7 in
    // November").
    let before = text.get(sentence_start..start).unwrap_or("");
    out.extend(
        before
            .split_whitespace()
            .rev()
            .take(3)
            .filter_map(|t| figure(&t)),
    );
    out
}

/// Spelling equivalences: British/American variants (VARCON via typos-vars) and the rule
/// set's extra word groups. `canonical` maps every spelling of a word to one form.
#[derive(Debug, Clone, Default)]
pub struct Spellings {
    variants: bool,
    extra: BTreeMap<String, String>,
    /// Name particles ("al", "van"), folded: "al-Ghozi" and "Ghozi" are one name.
    particles: Vec<String>,
}

impl Spellings {
    pub fn new(equivalences: &Equivalences) -> Self {
        let mut extra = BTreeMap::new();
        for group in &equivalences.words {
            if let Some(first) = group.first() {
                let canonical = fold_word(first);
                for word in group {
                    extra.insert(fold_word(word), canonical.clone());
                }
            }
        }
        Spellings {
            variants: equivalences.spelling_variants,
            extra,
            particles: equivalences
                .particles
                .iter()
                .map(|p| fold_word(p))
                .collect(),
        }
    }

    /// Whether `word`, at byte `at` of `text`, is a name particle before a capitalised name,
    /// joined by a hyphen or a space ("al-Ghozi", "Al Qaeda", "el-Sisi").
    fn joined_particle(&self, text: &str, at: usize, word: &str) -> bool {
        self.particles.contains(&fold_word(word))
            && text
                .get(at + word.len()..)
                .and_then(|rest| rest.strip_prefix(['-', '‑', ' ']))
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    }

    /// The canonical spelling of a folded word.
    pub fn canonical(&self, folded: &str) -> String {
        if let Some(c) = self.extra.get(folded) {
            return c.clone();
        }
        if self.variants
            && folded.is_ascii()
            && let Some(entries) = typos_vars::VARS.find(&UniCase::new(folded))
            && let Some(american) = entries.iter().find_map(|(_, map)| map[0].first())
        {
            return (*american).to_string();
        }
        folded.to_string()
    }

    /// Whether two words are spellings of the same word.
    pub fn same(&self, a: &str, b: &str) -> bool {
        let (fa, fb) = (fold_word(a), fold_word(b));
        fa == fb || self.canonical(&fa) == self.canonical(&fb)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_abbreviated_or_written_out_is_one_date() {
        let date = |text: &str| DateMention {
            start: 0,
            end: text.len(),
            text: text.to_string(),
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

    #[test]
    fn anchors_pair_by_the_most_shared_words() {
        let words = |ws: &[&str]| ws.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        // one shared word each: "needed" is shared with two mentions, so only by most words
        let a = [words(&["average", "pounds", "needed"])];
        let b = [
            words(&["weighed", "average", "needed"]),
            words(&["needed", "lose"]),
        ];
        assert_eq!(pair_by_anchors(&a, &b), [(0, 0)]);
        // one word shared with two mentions: no pair
        let a = [words(&["needed"])];
        assert!(pair_by_anchors(&a, &b).is_empty());
        // a word shared with one mention alone still pairs
        let a = [words(&["lose"])];
        assert_eq!(pair_by_anchors(&a, &b), [(0, 1)]);
    }

    #[test]
    fn british_and_american_spellings_are_the_same_word() {
        let s = Spellings::new(&Equivalences::default());
        assert!(s.same("Defence", "Defense"));
        assert!(s.same("neighbourhood", "neighborhood"));
        assert!(s.same("harbour", "harbor"));
        assert!(s.same("scepticism", "skepticism"));
        assert!(!s.same("called", "callef"));
        let off = Spellings::new(&Equivalences {
            spelling_variants: false,
            ..Equivalences::default()
        });
        assert!(!off.same("Defence", "Defense"));
    }

    #[test]
    fn rule_set_word_groups_are_equivalent() {
        let s = Spellings::new(&Equivalences {
            words: vec![vec!["ceasefire".into(), "truce".into()]],
            ..Equivalences::default()
        });
        assert!(s.same("Truce", "ceasefire"));
    }
}

/// How two quoted passages relate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuoteRelation {
    /// Too few words in common to be the same quote.
    Unrelated,
    /// The same words, or one a faithful truncation (or elision with "...") of the other.
    Same,
    /// The same quote with words added or changed inside it: byte ranges of the changed
    /// words in each.
    Changed {
        a: Vec<std::ops::Range<usize>>,
        b: Vec<std::ops::Range<usize>>,
    },
}

/// Whether a sentence of `doc` other than `skip` quotes `text` word for word (or within a
/// longer passage): the outlet carries that passage elsewhere, so a different passage it
/// quotes in the aligned sentence is another statement, not a version of this one.
pub fn carried_elsewhere(doc: &Document, skip: usize, text: &str, spellings: &Spellings) -> bool {
    doc.sentences
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != skip)
        .flat_map(|(i, _)| quotes(doc.facts(i)))
        .any(|q| {
            // The whole passage: a shorter fragment of it quoted in a headline says nothing.
            q.text.split_whitespace().count() >= text.split_whitespace().count()
                && relate_quotes(text, &q.text, spellings) == QuoteRelation::Same
        })
}

/// Words of a quote with their offsets; "per cent" counts as one word, as "percent" does.
fn quote_words(text: &str) -> Vec<(usize, &str)> {
    let words = word_spans(text);
    let mut out: Vec<(usize, &str)> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let (at, w) = words[i];
        if w.eq_ignore_ascii_case("per")
            && words
                .get(i + 1)
                .is_some_and(|(_, n)| n.eq_ignore_ascii_case("cent"))
        {
            let (next_at, next) = words[i + 1];
            out.push((at, &text[at..next_at + next.len()]));
            i += 2;
            continue;
        }
        out.push((at, w));
        i += 1;
    }
    // "CEO & President" and "CEO and President": the ampersand is a word.
    let amps: Vec<(usize, &str)> = text
        .match_indices('&')
        .filter(|&(at, _)| {
            let around = |s: Option<char>| s.is_none_or(char::is_whitespace);
            around(text[..at].chars().next_back()) && around(text[at + 1..].chars().next())
        })
        .collect();
    if !amps.is_empty() {
        out.extend(amps);
        out.sort_unstable_by_key(|&(at, _)| at);
    }
    out
}

/// Whether the word at `at` is a contraction's or possessive's ending written apart from
/// its word, after a space and an apostrophe ("that 's", "we ’re").
fn detached_ending(text: &str, at: usize, word: &str) -> bool {
    let before = text[..at].trim_end_matches(['\'', '’']);
    before.len() < at
        && before.ends_with(char::is_whitespace)
        && matches!(
            word.to_lowercase().as_str(),
            "s" | "re" | "ve" | "ll" | "d" | "m"
        )
}

/// A folded word as the words it contracts ("it's" -> "it is", "don't" -> "do not"); other
/// words as they are. A possessive "'s" after a noun stays one word.
fn expand_contraction(word: &str) -> Vec<String> {
    const IS: &[&str] = &[
        "it", "that", "there", "he", "she", "what", "who", "here", "where",
    ];
    let w = word.replace('’', "'");
    // Tokenized copy writes the contraction apart ("we 're", "do n't"): no stem.
    let split = |stem: &str, tail: &str| {
        [stem, tail]
            .iter()
            .filter(|w| !w.is_empty())
            .map(|w| w.to_string())
            .collect()
    };
    if let Some(stem) = w.strip_suffix("n't") {
        let stem = match stem {
            "wo" => "will",
            "ca" => "can",
            "sha" => "shall",
            s => s,
        };
        return split(stem, "not");
    }
    for (suffix, full) in [
        ("'re", "are"),
        ("'ve", "have"),
        ("'ll", "will"),
        ("'d", "would"),
        ("'m", "am"),
    ] {
        if let Some(stem) = w.strip_suffix(suffix) {
            return split(stem, full);
        }
    }
    if let Some(stem) = w.strip_suffix("'s")
        && (IS.contains(&stem) || stem == "let")
    {
        return split(stem, if stem == "let" { "us" } else { "is" });
    }
    vec![w]
}

/// Small numbers written as words compare equal to their digits ("five" = "5"), and
/// "per cent" to "percent".
fn number_word(folded: &str) -> String {
    if folded == "per cent" {
        return "percent".to_string();
    }
    // "11th" = "11".
    if let Some(digits) = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| folded.strip_suffix(suffix))
        .filter(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
    {
        return digits.to_string();
    }
    match crate::extract::number::SMALL_NUMBER_WORDS
        .iter()
        .position(|w| *w == folded)
    {
        Some(n) => n.to_string(),
        None => folded.to_string(),
    }
}

/// Byte ranges inside (round or square) brackets: an editor's insertions in a quote.
fn bracketed(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' if open.is_none() => open = Some(i),
            ')' | ']' => {
                if let Some(o) = open.take() {
                    out.push(o..i);
                }
            }
            _ => {}
        }
    }
    out
}

/// A noun without its possessive ending ("princess's", "Princess'" -> "princess"); the
/// contractions "it's", "let's" are expanded before this.
fn strip_possessive(folded: &str) -> &str {
    folded
        .strip_suffix("'s")
        .or_else(|| folded.strip_suffix('\''))
        .unwrap_or(folded)
}

/// A month name or its abbreviation as one key ("Sept" = "September").
fn month_word(folded: &str) -> String {
    let month = match folded {
        "sept" => Some(9),
        _ => folded
            .parse::<chrono::Month>()
            .ok()
            .map(|m| m.number_from_month()),
    };
    match month {
        Some(n) => format!("month {n}"),
        None => folded.to_string(),
    }
}

/// The same letters written as one word, split by hyphens or as initials with full stops
/// ("multi-party" = "multiparty", "on-line" = "online", "F.T.C." = "FTC").
fn written_apart(a: &[String], b: &[String]) -> bool {
    let joined = |words: &[String]| -> String {
        words
            .iter()
            .flat_map(|w| w.chars())
            .filter(|c| *c != '.')
            .collect()
    };
    joined(a) == joined(b)
}

/// Capitalised words a letter apart, one for one ("al-Qaeda", "al-Qaida"): a name spelled
/// two ways is name-spelling's finding, not a misquote.
fn names_spelled_apart(a: &[&str], b: &[&str]) -> bool {
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| {
            capitalised(x)
                && capitalised(y)
                && x.chars().count().min(y.chars().count()) >= 4
                && strsim::damerau_levenshtein(&fold_word(x), &fold_word(y)) <= 1
        })
}

/// Whether two folded words share a stem of four letters or more ("terrorism",
/// "terrorists"; "neighborhood", "neighborhoods").
fn same_stem(a: &str, b: &str) -> bool {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count() >= 4
}

/// Words two passages must share to be the same quote.
const MIN_SHARED_WORDS: usize = 3;
/// Words after the last shared one, on one side with the other going on too, that make two
/// passages two statements.
const DIVERGING_TAIL: usize = 4;
/// Share of the shorter passage's words that must be shared.
const MIN_SHARED_SHARE: f64 = 0.5;

/// The comparison key that stands for an editor's bracketed insertion in a quote.
const BRACKETED: &str = "[…]";

/// Compares two quoted passages word by word (case, diacritics and British/American
/// spellings folded).
pub fn relate_quotes(a: &str, b: &str, spellings: &Spellings) -> QuoteRelation {
    // Each word's comparison keys ("it's" gives "it", "is"), with the word's place.
    let keyed = |text: &str| -> (Vec<String>, Vec<(usize, usize)>) {
        let mut keys = Vec::new();
        let mut places = Vec::new();
        let inserted = bracketed(text);
        let mut marked = vec![false; inserted.len()];
        let words = quote_words(text);
        let mut skip = false;
        for (n, &(at, w)) in words.iter().enumerate() {
            if std::mem::take(&mut skip) {
                continue;
            }
            // Words an editor put in brackets ("to him [Mr. Cheney]") are not the speaker's;
            // one marker stands where they are, so that words the other passage has there
            // are read as what the editor replaced ("these (pension) payments").
            if let Some(i) = inserted.iter().position(|r| r.contains(&at)) {
                if !marked[i] {
                    marked[i] = true;
                    keys.push(BRACKETED.to_string());
                    places.push((inserted[i].start, inserted[i].end));
                }
                continue;
            }
            // Tokenized copy writes "that 's", "we 're" apart: one word again.
            let (word, end) = match words.get(n + 1) {
                Some(&(next_at, next)) if detached_ending(text, next_at, next) => {
                    skip = true;
                    (format!("{w}'{next}"), next_at + next.len())
                }
                _ => (w.to_string(), at + w.len()),
            };
            if spellings.joined_particle(text, at, &word) {
                continue;
            }
            let word = if word == "&" { "and".to_string() } else { word };
            for k in expand_contraction(&fold_word(&word)) {
                keys.push(number_word(
                    &spellings.canonical(&month_word(strip_possessive(&k))),
                ));
                places.push((at, end));
            }
        }
        // "11 September" and "September 11" are one date: the day goes after the month.
        for i in 1..keys.len() {
            let is_day = keys[i - 1].len() <= 2 && keys[i - 1].chars().all(|c| c.is_ascii_digit());
            if is_day && keys[i].starts_with("month ") {
                keys.swap(i - 1, i);
                places.swap(i - 1, i);
            }
        }
        (keys, places)
    };
    let ((ka, wa), (kb, wb)) = (keyed(a), keyed(b));
    // The span of words `range` of a passage (its words may have been reordered above).
    let span = |places: &[(usize, usize)], range: std::ops::Range<usize>| {
        let words = &places[range];
        let start = words.iter().map(|p| p.0).min().unwrap_or(0);
        let end = words.iter().map(|p| p.1).max().unwrap_or(start);
        start..end
    };
    let ops = similar::capture_diff_slices_deadline(
        similar::Algorithm::Myers,
        &ka,
        &kb,
        Some(std::time::Instant::now() + std::time::Duration::from_millis(100)),
    );
    let shared: usize = ops
        .iter()
        .filter(|op| matches!(op.tag(), similar::DiffTag::Equal))
        .map(|op| op.old_range().len())
        .sum();
    let shorter = ka.len().min(kb.len());
    // A short quote ("fair and equitable" vs "fair and major") is the same quote when all but
    // one of its words, one of them a content word, are shared.
    let long_shared_word = ops
        .iter()
        .filter(|op| matches!(op.tag(), similar::DiffTag::Equal))
        .flat_map(|op| ka[op.old_range()].iter())
        .any(|w| w.len() >= 4);
    let short_quote = shorter <= 4 && shared >= 2 && shared + 1 >= shorter && long_shared_word;
    if (shared < MIN_SHARED_WORDS && !short_quote)
        || (shared as f64) < MIN_SHARED_SHARE * shorter as f64
    {
        return QuoteRelation::Unrelated;
    }
    // One passage word for word inside the other is a faithful truncation, wherever the diff
    // lined their first shared words up ("I can say I am leaving" and "I am leaving").
    let (short_keys, long_keys) = if ka.len() <= kb.len() {
        (&ka, &kb)
    } else {
        (&kb, &ka)
    };
    if !short_keys.is_empty()
        && long_keys
            .windows(short_keys.len())
            .any(|w| w == short_keys.as_slice())
    {
        return QuoteRelation::Same;
    }
    // Words cut at either end are truncation; words changed anywhere, or added inside,
    // are not.
    let first_equal = ops
        .iter()
        .position(|op| matches!(op.tag(), similar::DiffTag::Equal));
    let last_equal = ops
        .iter()
        .rposition(|op| matches!(op.tag(), similar::DiffTag::Equal));
    let (Some(first), Some(last)) = (first_equal, last_equal) else {
        return QuoteRelation::Unrelated;
    };
    // Both going on differently after their last shared word, one for several words, in
    // unrelated words ("let's see how they do" vs "let's see how they feel walking around
    // without ..."): two sentences that open alike, not one quoted two ways. A word and its
    // variant in the two endings ("terrorism" / "terrorists", "every neighborhood" / "our
    // neighborhoods") make one passage, changed or cut short.
    let (end_a, end_b) = (ops[last].old_range().end, ops[last].new_range().end);
    let (tail_a, tail_b) = (ka.len() - end_a, kb.len() - end_b);
    if tail_a >= 1
        && tail_b >= 1
        && tail_a.max(tail_b) >= DIVERGING_TAIL
        && !ka[end_a..]
            .iter()
            .any(|x| kb[end_b..].iter().any(|y| same_stem(x, y)))
    {
        return QuoteRelation::Unrelated;
    }
    let elided = |s: &str| s.contains("...") || s.contains('…') || s.contains(". . .");
    let (mut ra, mut rb) = (Vec::new(), Vec::new());
    for (i, op) in ops.iter().enumerate() {
        let (or, nr) = (op.old_range(), op.new_range());
        let at_edge = i < first || i > last;
        match op.tag() {
            similar::DiffTag::Equal => continue,
            similar::DiffTag::Replace
                if written_apart(&ka[or.clone()], &kb[nr.clone()])
                    || names_spelled_apart(
                        &wa[or.clone()]
                            .iter()
                            .map(|p| &a[p.0..p.1])
                            .collect::<Vec<_>>(),
                        &wb[nr.clone()]
                            .iter()
                            .map(|p| &b[p.0..p.1])
                            .collect::<Vec<_>>(),
                    ) =>
            {
                continue;
            }
            similar::DiffTag::Delete | similar::DiffTag::Insert if at_edge => continue,
            // Words an editor replaced by a bracketed insertion, or the insertion alone.
            _ if ka[or.clone()].iter().all(|k| k == BRACKETED)
                && kb[nr.clone()].iter().all(|k| k == BRACKETED)
                || ka[or.clone()] == [BRACKETED]
                || kb[nr.clone()] == [BRACKETED] =>
            {
                continue;
            }
            // "the proposal is going" and "the proposal's going": "is" written as "'s" after
            // a noun (read as a possessive above).
            similar::DiffTag::Delete if contracted_is(&ka[or.clone()], nr.start, &wb, b) => {
                continue;
            }
            similar::DiffTag::Insert if contracted_is(&kb[nr.clone()], or.start, &wa, a) => {
                continue;
            }
            // "September the 11th" spoken, "September 11" written.
            similar::DiffTag::Delete | similar::DiffTag::Insert
                if spoken_date_article(&ka, &kb, op) =>
            {
                continue;
            }
            // A passage left out of one side where that side marks an elision.
            similar::DiffTag::Delete if elided(b) => continue,
            similar::DiffTag::Insert if elided(a) => continue,
            _ => {}
        }
        if !or.is_empty() {
            ra.push(span(&wa, or));
        }
        if !nr.is_empty() {
            rb.push(span(&wb, nr));
        }
    }
    if ra.is_empty() && rb.is_empty() {
        QuoteRelation::Same
    } else {
        QuoteRelation::Changed { a: ra, b: rb }
    }
}

/// Whether the words `extra`, missing from the other passage before its word `at`, are an
/// "is" that the other passage wrote as "'s" on the word before ("proposal's going").
fn contracted_is(extra: &[String], at: usize, places: &[(usize, usize)], text: &str) -> bool {
    extra == ["is"]
        && at
            .checked_sub(1)
            .and_then(|i| places.get(i))
            .is_some_and(|p| {
                let word = &text[p.0..p.1];
                word.ends_with("'s") || word.ends_with("’s")
            })
}

/// Whether a diff op is only a "the" between a month and its day on one side ("September
/// the 11th" vs "September 11").
fn spoken_date_article(ka: &[String], kb: &[String], op: &similar::DiffOp) -> bool {
    let (keys, range) = match op.tag() {
        similar::DiffTag::Delete => (ka, op.old_range()),
        similar::DiffTag::Insert => (kb, op.new_range()),
        _ => return false,
    };
    keys[range.clone()] == ["the"]
        && range.start > 0
        && keys[range.start - 1].starts_with("month ")
        && keys
            .get(range.end)
            .is_some_and(|d| d.len() <= 2 && d.chars().all(|c| c.is_ascii_digit()))
}

/// Words that open a description of a speaker rather than a name: pronouns, determiners
/// and possessives ("he", "the company", "his introductory statement").
const NOT_A_NAME: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "a",
    "an",
    "his",
    "her",
    "its",
    "their",
    "our",
    "this",
    "that",
    "these",
    "those",
    "one",
    "some",
    "police",
    "prosecutors",
    "officials",
    "authorities",
    "investigators",
    "analysts",
    "witnesses",
    "experts",
    "residents",
    "officers",
    "sources",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Lower-case last words that still make a named source ("the Tass news agency").
const SOURCE_NOUNS: &[&str] = &[
    "agency",
    "newspaper",
    "daily",
    "weekly",
    "magazine",
    "television",
    "radio",
    "channel",
];

/// Capitalised roles that describe a person rather than name one ("the Connecticut Democrat").
const ROLES: &[&str] = &[
    "democrat",
    "republican",
    "president",
    "minister",
    "secretary",
    "senator",
    "governor",
    "ceo",
    "chairman",
    "spokesman",
    "spokeswoman",
    "director",
    "official",
];

/// Whether a speaker is named ("Ash Carter", "Anadolu", "the Tass news agency") rather than a
/// pronoun or a description ("he", "US officials", "the Connecticut Democrat"): only named speakers can be
/// told apart.
pub fn is_named_speaker(speaker: &str) -> bool {
    let mut words = speaker.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    // "al-Sadr", "bin-Laden": the name after a particle.
    let capitalised = |w: &str| {
        w.rsplit('-')
            .next()
            .and_then(|part| part.chars().next())
            .is_some_and(char::is_uppercase)
    };
    let last = words.next_back().unwrap_or(first);
    let first = first.to_lowercase();
    // A description ends in a common noun or a role ("the U.S. civil administrator",
    // "Parrado's aunt", "the Connecticut Democrat"), except a named outlet or agency ("the
    // Tass news agency").
    let ends_named = (capitalised(last) && !ROLES.contains(&last.to_lowercase().as_str()))
        || SOURCE_NOUNS.contains(&last);
    // A nationality adjective alone ("American demands that ...") describes, it names no one.
    let lone_adjective = speaker.split_whitespace().count() == 1
        && crate::extract::name::is_nationality_adjective(speaker);
    !NOT_A_NAME.contains(&first.as_str())
        && !lone_adjective
        && ends_named
        && speaker.split_whitespace().any(capitalised)
}

/// Whether `short` is the initials of `long` ("IAEA", "International Atomic Energy Agency").
pub fn is_acronym_of(short: &str, long: &str) -> bool {
    let initials: String = long
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    // "BofA" for "Bank of America", "AT&T" for "American Telephone & Telegraph": the
    // joining words are not initials.
    let short = short.replace("of", "").replace('&', "");
    let short = short.as_str();
    // A name whose first words were lost ("the Securities and Exchange Commission" read as
    // "Exchange Commission") still ends with the acronym's letters: one letter may be missing.
    short.len() >= 2
        && short.chars().all(|c| c.is_ascii_uppercase())
        && (initials == short
            || (initials.len() >= 2
                && short.len() == initials.len() + 1
                && short.ends_with(&initials)))
}

/// Whether two speaker names refer to the same person: equal keys, or one is the other's
/// surname ("Carter" and "Ash Carter").
pub fn same_speaker(a: &str, b: &str, folding: &crate::extract::NameFolding) -> bool {
    let (ka, kb) = (
        crate::extract::name::name_key(a, folding),
        crate::extract::name::name_key(b, folding),
    );
    let bare = |s: &'_ str| -> String {
        let s = s.trim();
        s.strip_prefix("the ")
            .or_else(|| s.strip_prefix("The "))
            .unwrap_or(s)
            .to_string()
    };
    let (ba, bb) = (bare(a), bare(b));
    if ka == kb || is_acronym_of(&ba, &bb) || is_acronym_of(&bb, &ba) {
        return true;
    }
    let (ta, tb): (Vec<&str>, Vec<&str>) = (ka.split(' ').collect(), kb.split(' ').collect());
    let (short, long) = if ta.len() <= tb.len() {
        (&ta, &tb)
    } else {
        (&tb, &ta)
    };
    if short.len() < long.len() && long.ends_with(short) {
        return true;
    }
    // The name inside a longer phrase ("Harrigan" in "Sean Harrigan of Calpers"): every word
    // of the shorter, in order, in the longer.
    let mut rest = long.iter();
    if short.iter().any(|w| w.len() >= 3) && short.iter().all(|w| rest.any(|l| l == w)) {
        return true;
    }
    // One person spelled two ways ("Lena Okafor", "Lena Okafur") is name-spelling's
    // business, not a different speaker.
    let differing: Vec<(&&str, &&str)> = ta.iter().zip(&tb).filter(|(x, y)| x != y).collect();
    let close =
        |x: &str, y: &str| x.len().min(y.len()) >= 4 && strsim::damerau_levenshtein(x, y) <= 1;
    if ta.len() == tb.len() && matches!(differing.as_slice(), [(x, y)] if close(x, y)) {
        return true;
    }
    // One person written with and without a middle initial, a role or a short first name
    // ("Neal R. Sonnett" and "Neal Sonnett", "lawyer Ron Kuby" and "Ronald L. Kuby"): the
    // same surname and first names that start alike.
    let person = |name: &str| -> Vec<String> {
        let name = name.split(',').next().unwrap_or(name);
        name.split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .map(|w| fold_word(w.trim_end_matches([',', '.'])))
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 1)
            .collect()
    };
    let (pa, pb) = (person(a), person(b));
    if let ([.., fa, la], [.., fb, lb]) = (pa.as_slice(), pb.as_slice())
        && la == lb
        && la.len() >= 3
        && (fa.starts_with(fb.as_str()) || fb.starts_with(fa.as_str()))
        && fa.len().min(fb.len()) >= 2
    {
        return true;
    }
    // A surname alone against a full name, spelled a letter apart ("Sundwall", "Sean
    // Sundwell"; "Michael Kinsely", "Kinsley").
    // The first letter must agree ("Kerry" is not "Jon Perry").
    short.len() == 1
        && long.len() > 1
        && long.last().is_some_and(|l| {
            close(short[0], l) && short[0].len() >= 5 && short[0].get(..1) == l.get(..1)
        })
}

#[cfg(test)]
mod quote_tests {
    use super::*;

    fn rel(a: &str, b: &str) -> QuoteRelation {
        relate_quotes(a, b, &Spellings::new(&Equivalences::default()))
    }

    #[test]
    fn truncation_and_spelling_are_the_same_quote() {
        assert_eq!(
            rel(
                "We were lucky",
                "We were lucky the wind turned toward the water"
            ),
            QuoteRelation::Same
        );
        assert_eq!(
            rel(
                "a true cessation of hostilities",
                "a true cessation of hostilities - not what you’ve seen"
            ),
            QuoteRelation::Same
        );
        assert_eq!(
            rel(
                "every neighbourhood in Riverton",
                "every neighborhood in Riverton"
            ),
            QuoteRelation::Same
        );
        assert_eq!(
            rel(
                "We are on the verge ... of suspending the talks",
                "We are on the verge, frankly, of suspending the talks"
            ),
            QuoteRelation::Same
        );
    }

    #[test]
    fn day_before_or_after_the_month_is_the_same_quote() {
        assert_eq!(
            rel(
                "the lessons we learned on 4 July changed the harbour",
                "the lessons we learned on July 4 changed the harbour"
            ),
            QuoteRelation::Same
        );
        let a = "the lessons we learned on 4 July changed the harbour";
        let b = "the lessons we learned on July 5 changed the harbour";
        let QuoteRelation::Changed { a: ra, b: rb } = rel(a, b) else {
            panic!("expected a change");
        };
        assert_eq!((&a[ra[0].clone()], &b[rb[0].clone()]), ("4", "5"));
        // A change that covers the reordered words gives one span over both.
        let a = "we learned on 4 July that the harbour was gone";
        let b = "we learned in autumn that the harbour was gone";
        let QuoteRelation::Changed { a: ra, .. } = rel(a, b) else {
            panic!("expected a change");
        };
        assert_eq!(&a[ra[0].clone()], "on 4 July");
    }

    #[test]
    fn contraction_spoken_date_and_inner_truncation_are_the_same_quote() {
        assert_eq!(
            rel(
                "I think the harbour plan is going to pass",
                "I think the harbour plan's going to pass"
            ),
            QuoteRelation::Same
        );
        assert_eq!(
            rel(
                "what we saw on March the 3rd changed the town",
                "what we saw on March 3 changed the town"
            ),
            QuoteRelation::Same
        );
        // The shorter passage is the longer one's end, though its first word ("I") also
        // opens the longer one.
        assert_eq!(
            rel(
                "I can tell you I am leaving the council for good",
                "I am leaving the council for good"
            ),
            QuoteRelation::Same
        );
        // A word added inside is still a change, and "is" against a possessive is not dropped
        // when the noun has no "'s".
        assert!(matches!(
            rel(
                "I think the harbour plan is going to pass",
                "I think the harbour plan going to pass"
            ),
            QuoteRelation::Changed { .. }
        ));
        assert!(matches!(
            rel(
                "what we saw on March the 3rd changed the town",
                "what we saw on March 4 changed the town"
            ),
            QuoteRelation::Changed { .. }
        ));
    }

    #[test]
    fn bracketed_words_replace_what_the_other_quotes() {
        assert_eq!(
            rel(
                "owners are entitled to these (pension) payments whatever happens",
                "owners are entitled to these retirement payments whatever happens"
            ),
            QuoteRelation::Same
        );
        assert!(matches!(
            rel(
                "owners are entitled to these pension payments whatever happens",
                "owners are entitled to these retirement payments whatever happens"
            ),
            QuoteRelation::Changed { .. }
        ));
    }

    #[test]
    fn changed_word_inside_is_a_misquote() {
        let a = "We were lucky the wind turned toward the water";
        let b = "We were lucky the wind changed toward the water";
        let QuoteRelation::Changed { a: ra, b: rb } = rel(a, b) else {
            panic!("expected a change");
        };
        assert_eq!(&a[ra[0].clone()], "turned");
        assert_eq!(&b[rb[0].clone()], "changed");
    }

    #[test]
    fn numbers_and_per_cent_written_differently_are_the_same_words() {
        assert_eq!(
            rel(
                "we lost five per cent of our staff",
                "we lost 5 percent of our staff"
            ),
            QuoteRelation::Same
        );
    }

    #[test]
    fn ordinals_in_figures_are_their_number() {
        assert_eq!(
            rel(
                "the attacks of September 11th changed the city",
                "the attacks of September 11 changed the city"
            ),
            QuoteRelation::Same
        );
    }

    #[test]
    fn sentences_that_open_alike_and_go_on_differently_are_two_statements() {
        assert_eq!(
            rel(
                "Let us see how well they do",
                "Let us see how they feel walking home without their umbrellas"
            ),
            QuoteRelation::Unrelated
        );
        // One word changed at the end is still a misquote.
        assert!(matches!(
            rel(
                "We were lucky the wind turned toward the water",
                "We were lucky the wind turned toward the harbour"
            ),
            QuoteRelation::Changed { .. }
        ));
        // A variant of the word where they part, then one side cut short: one passage.
        assert!(matches!(
            rel(
                "pursuing the most real threats and the terrorism that hits our ports today",
                "pursuing the most real fair and the terrorists"
            ),
            QuoteRelation::Changed { .. }
        ));
    }

    #[test]
    fn contractions_are_the_words_they_contract() {
        assert_eq!(
            rel(
                "It's a good deal and we're happy",
                "It is a good deal and we are happy"
            ),
            QuoteRelation::Same
        );
        assert_eq!(
            rel("We won't sign a bad deal", "We will not sign a bad deal"),
            QuoteRelation::Same
        );
        // Tokenized copy: the contraction written apart from its stem.
        assert_eq!(
            rel(
                "and that 's why we 're here , we do n't wait",
                "and that is why we are here , we do not wait"
            ),
            QuoteRelation::Same
        );
        let QuoteRelation::Changed { a, .. } = rel(
            "It's the minister's plan for us",
            "It is the ministers plan for us",
        ) else {
            panic!("a possessive is not a contraction");
        };
        assert_eq!(a.len(), 1);
    }

    #[test]
    fn hyphens_initials_possessives_and_month_abbreviations_are_spelling() {
        assert_eq!(
            rel(
                "a move to multi-party democracy on-line and co-mingling",
                "a move to multiparty democracy online and comingling"
            ),
            QuoteRelation::Same
        );
        assert_eq!(
            rel(
                "Congress gave the FTC authority in September",
                "Congress gave the F.T.C. authority in Sept."
            ),
            QuoteRelation::Same
        );
        assert_eq!(
            rel(
                "The Princess' marriage was not forced",
                "The princess's marriage was not forced"
            ),
            QuoteRelation::Same
        );
        assert_eq!(
            rel(
                "support to bin Laden and al-Qaeda in the region",
                "support to bin Laden and al-Qaida in the region"
            ),
            QuoteRelation::Same
        );
        // A lower-case word a letter away is still a changed word.
        assert!(matches!(
            rel(
                "the council will meet on the date",
                "the council will meat on the date"
            ),
            QuoteRelation::Changed { .. }
        ));
        // A multi-word change that merely shares letters is a change.
        assert!(matches!(
            rel(
                "we have sent a message to the nation",
                "we have sent a massage to the nation"
            ),
            QuoteRelation::Changed { .. }
        ));
    }

    #[test]
    fn short_quotes_with_one_word_changed_are_misquotes() {
        assert!(matches!(
            rel("fair and equitable", "fair and major"),
            QuoteRelation::Changed { .. }
        ));
        assert!(matches!(
            rel("an attitude problem", "an certain problem"),
            QuoteRelation::Changed { .. }
        ));
        assert_eq!(
            rel("the axis of evil", "the end of history"),
            QuoteRelation::Unrelated
        );
        assert_eq!(rel("in a coma", "on a roll"), QuoteRelation::Unrelated);
    }

    #[test]
    fn words_in_brackets_are_the_editors() {
        assert_eq!(
            rel(
                "I will pass on to him [Mr. Cheney] that the town remains a safe supply",
                "I will pass on to him that the town remains a safe supply"
            ),
            QuoteRelation::Same
        );
        assert_eq!(
            rel(
                "not a reflection on Admiral (Harold) Gehman's handling of the inquiry",
                "not a reflection on Admiral Gehman's handling of the inquiry"
            ),
            QuoteRelation::Same
        );
    }

    #[test]
    fn changed_ending_is_not_truncation() {
        let a = "This budget protects every neighborhood in Riverton";
        let b = "This budget protects our neighborhoods";
        let QuoteRelation::Changed { a: ra, .. } = rel(a, b) else {
            panic!("expected a change");
        };
        assert_eq!(&a[ra[0].clone()], "every neighborhood in Riverton");
    }

    #[test]
    fn different_quotes_are_unrelated() {
        assert_eq!(
            rel("Our patience is not unlimited", "quite a long way to go"),
            QuoteRelation::Unrelated
        );
    }

    #[test]
    fn surname_matches_full_name() {
        let folding = crate::extract::NameFolding::default();
        assert!(same_speaker("Carter", "Ash Carter", &folding));
        assert!(same_speaker("Bashar al-Assad", "Bashar Assad", &folding));
        assert!(!same_speaker("Tom Reyes", "Maria Delgado", &folding));
        assert!(!same_speaker("Carter", "Jimmy Carterson", &folding));
        assert!(same_speaker("Lena Okafor", "Lena Okafur", &folding));
        assert!(!same_speaker("John Kerry", "John Kirby", &folding));
        assert!(same_speaker("Sundwall", "Sean Sundwell", &folding));
        assert!(same_speaker("Neal R. Sonnett", "Neal Sonnett", &folding));
        assert!(same_speaker("lawyer Ron Kuby", "Ronald L. Kuby", &folding));
        assert!(same_speaker(
            "the FAA",
            "Federal Aviation Administration",
            &folding
        ));
        assert!(is_acronym_of("BofA", "Bank of America"));
        assert!(!is_acronym_of("BofA", "Bank of Athens Holdings"));
        // A name read without its first words still ends with the acronym's letters.
        assert!(same_speaker("The FAA", "Aviation Administration", &folding));
        assert!(!same_speaker("The FAA", "Administration", &folding));
        assert!(!same_speaker(
            "The FBI",
            "Aviation Administration",
            &folding
        ));
        assert!(same_speaker(
            "Robert A. Eckert, chief executive",
            "Chief Executive Robert Eckert",
            &folding
        ));
        assert!(!same_speaker("George Bush", "Jeb Bush", &folding));
        assert!(!same_speaker(
            "the Reuters news agency",
            "the Tass news agency",
            &folding
        ));
        assert!(same_speaker("Michael Kinsely", "Kinsley", &folding));
        assert!(!same_speaker("Kerry", "Jon Perry", &folding));
        assert!(same_speaker(
            "The SEC",
            "Securities and Exchange Commission",
            &folding
        ));
        assert!(same_speaker(
            "Sean Harrigan of Calpers",
            "Harrigan",
            &folding
        ));
    }

    #[test]
    fn pronouns_and_descriptions_are_not_named_speakers() {
        assert!(is_named_speaker("Ash Carter"));
        assert!(is_named_speaker("Okafor"));
        assert!(is_named_speaker("Moqtada al-Sadr"));
        assert!(!is_named_speaker("US officials"));
        assert!(!is_named_speaker("he"));
        assert!(!is_named_speaker("It"));
        assert!(!is_named_speaker("the Connecticut Democrat"));
        assert!(!is_named_speaker("his introductory statement"));
        assert!(!is_named_speaker("the company"));
        assert!(is_named_speaker("the Tass news agency"));
        assert!(!is_named_speaker("Connecticut Democrat"));
        assert!(!is_named_speaker("the U.S. civil administrator"));
        assert!(!is_named_speaker("Prosecutors"));
        assert!(!is_named_speaker("American"));
        assert!(is_named_speaker("U.S."));
    }
}
