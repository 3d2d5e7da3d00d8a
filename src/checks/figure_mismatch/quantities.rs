//! Figures that are different quantities, not one stated twice: a part against its whole, a
//! total against each one's share, shares of different wholes, things set apart by the
//! words of a `contrasts` group.

use super::words::PART_WORDS;
use crate::extract::Figure;
use crate::lexicon::WHOLE_ENDS;
use crate::lexicon::{ANY_WHOLE_WORDS, EACH_WORDS, TOTAL_WORDS, WHOLE_FILLERS};

/// Whether one figure counts a part of what the other counts, or one is a total and the other
/// each one's share: a different quantity, not a disagreement. Sentences: (document text,
/// sentence start, figure).
pub(super) fn part_and_whole(
    ta: &str,
    sa: usize,
    a: &Figure,
    tb: &str,
    sb: usize,
    b: &Figure,
) -> bool {
    let before = |text: &str, start: usize, f: &Figure, n: usize| -> Vec<String> {
        let head = text.get(start..f.start).unwrap_or("");
        head.split_whitespace()
            .rev()
            .take(n)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect()
    };
    let after = |text: &str, f: &Figure, n: usize| -> Vec<String> {
        let tail = text.get(f.end..).unwrap_or("");
        tail.split_whitespace()
            .take(n)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect()
    };
    let part = |text: &str, start: usize, f: &Figure| {
        before(text, start, f, 1)
            .first()
            .is_some_and(|w| PART_WORDS.contains(&w.as_str()))
    };
    if part(ta, sa, a) != part(tb, sb, b) {
        return true;
    }
    let total = |text: &str, f: &Figure| after(text, f, 3).iter().any(|w| TOTAL_WORDS.contains(w));
    let each = |text: &str, start: usize, f: &Figure| {
        before(text, start, f, 6)
            .iter()
            .chain(after(text, f, 3).iter())
            .any(|w| EACH_WORDS.contains(w))
    };
    (total(ta, a) && each(tb, sb, b)) || (total(tb, b) && each(ta, sa, a))
}

/// What a figure is a share or part of, from the words after it: "25 percent of Title X
/// funds" -> {title, x, funds}. The phrase runs to punctuation, a relative pronoun or a
/// verb. Returns the phrase's content words (folded) and the places it names: a capitalised
/// possessive ("of Ohio's population") or a capitalised word right after "in" ("of the
/// population in Utah").
pub(super) fn whole_of(text: &str, f: &Figure) -> Option<(Vec<String>, Vec<String>)> {
    let tail = text.get(f.end..)?.trim_start();
    let rest = tail
        .strip_prefix("of ")
        .or_else(|| tail.strip_prefix("Of "))?;
    let (mut words, mut names) = (Vec::new(), Vec::new());
    let mut after_in = false;
    let tokens: Vec<&str> = rest.split_whitespace().take(8).collect();
    for (k, &token) in tokens.iter().enumerate() {
        // Tokenized copy writes the possessive apart ("Ohio 's").
        if matches!(token, "'s" | "’s") {
            continue;
        }
        let possessive_apart = matches!(tokens.get(k + 1), Some(&"'s" | &"’s"));
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        let word = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(word);
        let lower = word.to_lowercase();
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if after_in {
            if capitalised {
                names.push(lower);
            }
            break;
        }
        if capitalised
            && (possessive_apart || word.len() < token.trim_end_matches([',', '.', ';', ':']).len())
        {
            // a possessive: "Ohio's population"
            names.push(lower.clone());
        }
        if lower == "in" {
            after_in = true;
            continue;
        }
        if word.is_empty() || WHOLE_ENDS.contains(lower.as_str()) {
            break;
        }
        if !WHOLE_FILLERS.contains(&lower) {
            words.push(lower);
        }
        // A full stop ends the phrase, unless it ends an abbreviation ("the U.S. market").
        let abbreviation = word.contains('.') || word.chars().all(|c| c.is_uppercase());
        if token.ends_with([',', ';', ':', '?', '!', ')'])
            || (token.ends_with('.') && !abbreviation)
        {
            break;
        }
    }
    (!words.is_empty()).then_some((words, names))
}

/// Whether two figures are shares or parts of different wholes: the phrases after "of"
/// share no word ("25 percent of the funds" vs "41 percent of patients"; "the total" is
/// any whole), or both name places and none in common ("21 percent of Ohio's population" vs "30
/// percent of the population in Utah").
pub(super) fn different_wholes(ta: &str, a: &Figure, tb: &str, b: &Figure) -> bool {
    let (Some((wa, na)), Some((wb, nb))) = (whole_of(ta, a), whole_of(tb, b)) else {
        return false;
    };
    let disjoint = |x: &[String], y: &[String]| x.iter().all(|w| !y.contains(w));
    let any_whole = |x: &[String]| x.iter().any(|w| ANY_WHOLE_WORDS.contains(w));
    (disjoint(&wa, &wb) && !any_whole(&wa) && !any_whole(&wb))
        || (!na.is_empty() && !nb.is_empty() && disjoint(&na, &nb))
}

/// Whether two sentences use different words of one contrast group, each word absent from
/// the other sentence ("private colleges" vs "public colleges"): they speak of different
/// things.
pub(super) fn contrasting(a: &str, b: &str, groups: &[Vec<String>]) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    groups.iter().any(|group| {
        let in_a: Vec<&String> = group.iter().filter(|g| wa.contains(g)).collect();
        let in_b: Vec<&String> = group.iter().filter(|g| wb.contains(g)).collect();
        !in_a.is_empty() && !in_b.is_empty() && in_a.iter().all(|g| !in_b.contains(g))
    })
}
