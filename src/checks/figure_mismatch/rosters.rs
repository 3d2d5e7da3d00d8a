//! Rosters: a sentence that is a list of names ("Cech, Paulo Ferreira, Gallas (Kezman 74),
//! Terry, ...": a team line-up, a cast list) states no claim its numbers could disagree on.
//! Its bare numbers are labels (a substitution minute, a shirt number) of one match or one
//! night, and two line-ups of two matches align on their shared names.

/// Items a list needs to be a roster.
const MIN_ITEMS: usize = 6;
/// Words an item may have (a name with a particle, "Ricardo Carvalho (Drogba 45)").
const MAX_ITEM_WORDS: usize = 4;

/// Whether `sentence` is a roster: six items or more between commas or semicolons, each a
/// short capitalised name (words in brackets aside; the first may follow a label ending in a
/// colon, "Man City: James"; the last may follow "and").
pub(super) fn is_roster(sentence: &str) -> bool {
    let body = sentence.split_once(':').map_or(sentence, |(label, rest)| {
        if label.split_whitespace().count() <= 3 {
            rest
        } else {
            sentence
        }
    });
    let items: Vec<String> = body
        .split([',', ';'])
        .map(without_brackets)
        .map(|s| {
            s.trim()
                .trim_end_matches(['.', '!', '?'])
                .trim_start_matches("and ")
                .trim()
                .to_string()
        })
        .filter(|s| !s.is_empty())
        .collect();
    items.len() >= MIN_ITEMS
        && items.iter().all(|item| {
            let words: Vec<&str> = item.split_whitespace().collect();
            words.len() <= MAX_ITEM_WORDS
                && words
                    .first()
                    .and_then(|w| w.chars().next())
                    .is_some_and(char::is_uppercase)
        })
}

/// `s` with the words in brackets taken out.
fn without_brackets(s: &str) -> String {
    let mut depth = 0usize;
    s.chars()
        .filter(|&c| {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth = depth.saturating_sub(1);
                    return false;
                }
                _ => {}
            }
            depth == 0
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::is_roster;

    #[test]
    fn a_line_up_is_a_roster_and_a_list_in_prose_is_not() {
        assert!(is_roster(
            "Harbour: Amadi, Berg, Costa (Dunn 74), Evers, Falk, Grieg (Holm 45), Ito, Jansen, Kahn."
        ));
        assert!(is_roster(
            "Amadi; Berg, Costa, Evers; Falk, Grieg, Ito; Jansen, Kahn and Lund."
        ));
        // a claim about the listed: prose, its figure compared
        assert!(!is_roster(
            "Britain, France, Germany, Italy, Spain and Poland agreed to cut emissions by 20%."
        ));
        // too short to be a roster
        assert!(!is_roster("Amadi, Berg (Dunn 74) and Costa scored."));
        // lower-case items: a list of things
        assert!(!is_roster(
            "The menu had soup, bread, fish, rice, beans, cake and 12 kinds of tea."
        ));
    }
}
