//! Anchor words: the content words next to a figure or a date, which say what it is about,
//! and the pairing of two sentences' mentions by the words they share.

use crate::lexicon::ANCHOR_STOP_WORDS;

/// The content words next to a mention at `start..end` (a figure, a date), as stems: up to
/// three before it and two after it, in the sentence that starts at byte `sentence_start`.
pub fn anchor_words(text: &str, sentence_start: usize, start: usize, end: usize) -> Vec<String> {
    let before = text.get(sentence_start..start).unwrap_or("");
    let after = text.get(end..).unwrap_or("");
    let content = |w: &&str| {
        w.chars().all(char::is_alphabetic) && !ANCHOR_STOP_WORDS.contains(w.to_lowercase().as_str())
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

/// The content words just after a mention at `start..end` of sentence `at` (up to two, in
/// its sentence), as stems: what a figure counts or measures ("15 meter high rotating pig",
/// "$20,000 bail").
pub fn anchor_words_after_at(
    docs: &[crate::extract::Document],
    at: crate::align::SentenceRef,
    (_, end): (usize, usize),
) -> Vec<String> {
    // The words after the mention only: the rest of its sentence, read as if it began there.
    anchor_words(text_to_sentence_end(docs, at, end), end, end, end)
}

/// How many anchor words two mentions share (`anchor_words` of each), leaving out `except`
/// (a figure's unit) and counting each word once: two neighbours written as one ("high
/// rotating" as "highrotating", "gas stations" as "gasstations") are no word of their own.
pub fn shared_anchor_count(ours: &[String], theirs: &[String], except: Option<&str>) -> usize {
    let shared: std::collections::BTreeSet<&str> = theirs
        .iter()
        .map(String::as_str)
        .filter(|w| ours.iter().any(|o| o == w) && Some(*w) != except)
        .collect();
    let joined = |w: &str| {
        shared
            .iter()
            .copied()
            .chain(except)
            .any(|x| x.len() < w.len() && w.starts_with(x))
    };
    shared.iter().filter(|w| !joined(w)).count()
}

/// How many anchor words a draft mention must share with a source mention, besides a unit,
/// for the gate to compare them whatever else their sentences say ("a 15 meter high rotating
/// pig" and "a 22-meter high rotating pig", "the festival runs through March 11" and
/// "festivities running until March 15").
pub const FRAMING_ANCHORS: usize = 2;

/// `anchor_words` of the mention at `start..end` of sentence `at`, within the sentence: a
/// heading or a dateline ends without a period, and the words of the next line are not its.
pub fn anchor_words_at(
    docs: &[crate::extract::Document],
    at: crate::align::SentenceRef,
    (start, end): (usize, usize),
) -> Vec<String> {
    anchor_words(
        text_to_sentence_end(docs, at, end),
        docs[at.document].sentences[at.sentence].start,
        start,
        end,
    )
}

/// The article text of sentence `at` up to the sentence's end (at least to `end`, a
/// mention's end): the words of the next line are not the sentence's.
fn text_to_sentence_end(
    docs: &[crate::extract::Document],
    at: crate::align::SentenceRef,
    end: usize,
) -> &str {
    let doc = &docs[at.document];
    let text = &doc.article.text;
    let sentence_end = doc.sentences[at.sentence].end.clamp(end, text.len());
    text.get(..sentence_end).unwrap_or("")
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
