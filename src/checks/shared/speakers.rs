//! Speakers: whether a speaker is named (not a pronoun or a description), whether one name
//! is another's initials, and whether two names are one person.

use super::spelling::fold_word;
use crate::lexicon::{DESCRIBING_ROLES, NOT_A_NAME, SOURCE_NOUNS};

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
    let ends_named = (capitalised(last)
        && !DESCRIBING_ROLES.contains(last.to_lowercase().as_str()))
        || SOURCE_NOUNS.contains(last);
    // A nationality adjective alone ("American demands that ...") describes, it names no one.
    let lone_adjective = speaker.split_whitespace().count() == 1
        && crate::extract::name::is_nationality_adjective(speaker);
    !NOT_A_NAME.contains(first.as_str())
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
mod tests {
    use super::*;

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
