//! The shape of a word: which words are checked (lower case, or a capitalised title before a
//! name), which may be offered as a correction, and a particle inside a name.

/// Whether word `k`, of at most three letters, stands between two capitalised words, the
/// first not opening the sentence: a particle of a name ("Leonardo da Vinci", a stage name),
/// not a misspelling. Longer words there are verbs ("Okafor thanked Reuters").
pub(super) fn inside_name(words: &[(usize, &str)], k: usize) -> bool {
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    k >= 2
        && words[k].1.chars().count() <= 3
        && words.get(k + 1).is_some_and(|(_, next)| capitalised(next))
        && capitalised(words[k - 1].1)
}

/// Lower-case alphabetic words of three letters or more: capitalised words are names.
pub(super) fn is_checkable(word: &str) -> bool {
    word.len() >= 3 && word.chars().all(|c| c.is_ascii_lowercase())
}

/// A capitalised alphabetic word of four letters or more ("Chairman"), checked only against a
/// title word of the aligned sentence.
pub(super) fn is_capitalised_word(word: &str) -> bool {
    let mut chars = word.chars();
    word.len() >= 4
        && chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_lowercase())
}

/// Words that may be offered as a correction: checkable words and contractions ("dont"
/// -> "don't").
pub(super) fn is_correction(word: &str) -> bool {
    word.len() >= 3
        && word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '\'' || c == '’')
        && word.chars().next().is_some_and(|c| c.is_ascii_lowercase())
}
