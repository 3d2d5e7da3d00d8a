//! Organisations and the people who speak for them: names that end like an organisation's,
//! a person given a role in the other outlet's source, a member titled by the body, news
//! outlets that relay what a person said.

use crate::checks::shared::speakers::is_acronym_of;
use crate::lexicon::{LINKING_PREPOSITIONS, PERSONAL_PRONOUNS, RANKS, TITLE_ENDS};
use crate::lexicon::{
    NEWS_WORDS, ORGANISATION_DESCRIPTIONS, ORGANISATION_ROLES, ORGANISATION_WORDS,
};

/// Whether a name ends in one of `ORGANISATION_WORDS` ("Coastline Ferries Ltd.").
fn ends_like_organisation(name: &str) -> bool {
    let last = name
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .trim_end_matches('.')
        .to_lowercase();
    ORGANISATION_WORDS.contains(last.as_str())
}

/// Whether a speaker is plainly an organisation: initials ("BT", "NASA"), a name that ends
/// like an organisation's ("the Federal Communications Commission"), or one word after
/// "the" ("the Tories", "the Conservatives").
fn plainly_organisation(phrase: &str, name: &str) -> bool {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    let initials = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
    let the_one_word = phrase.trim().to_lowercase().starts_with("the ")
        && name
            .split_whitespace()
            .filter(|w| !w.eq_ignore_ascii_case("the"))
            .count()
            == 1;
    initials || ends_like_organisation(name) || the_one_word
}

/// Whether a speaker is plainly a person: two capitalised words or more ("Michael Howard",
/// "Mr Milburn") that are not an organisation's name.
fn plainly_person(phrase: &str, name: &str) -> bool {
    let capitalised = name
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    capitalised >= 2 && !plainly_organisation(phrase, name)
}

/// Whether one speaker is plainly a person and the other plainly an organisation ("Tory
/// leader Michael Howard accused" vs "The Tories have accused"): the person may speak for
/// it, as a party's leader or a company's spokesman does, and the text does not say
/// otherwise.
pub(super) fn person_and_organisation(a: (&str, &str), b: (&str, &str)) -> bool {
    (plainly_person(a.0, a.1) && plainly_organisation(b.0, b.1))
        || (plainly_organisation(a.0, a.1) && plainly_person(b.0, b.1))
}

/// Whether a personal pronoun (`phrase`, "he", "she") was resolved to an organisation's
/// name (`speaker`, "Coastline Ferries Ltd", "NASA"): a person said it, one the article
/// does not name here.
pub(super) fn person_read_as_organisation(phrase: &str, speaker: &str) -> bool {
    let personal = PERSONAL_PRONOUNS.contains(phrase.trim().to_lowercase());
    let acronym = speaker.chars().filter(char::is_ascii_uppercase).count() >= 2
        && speaker
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '.' || c == '&');
    personal && (acronym || ends_like_organisation(speaker))
}

/// Whether `phrase`, naming a person, gives them a role in `organisation`, the other
/// outlet's source: "Coastline spokeswoman Ada Finch" or "Tom Harlan, a spokesman for the
/// Coastline board" for "Coastline Ferries". Both outlets then give the same source.
pub(super) fn speaks_for(phrase: &str, organisation: &str) -> bool {
    let org: Vec<&str> = organisation
        .split_whitespace()
        .skip_while(|w| w.eq_ignore_ascii_case("the"))
        .collect();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let Some(&first) = org.first().filter(|w| capitalised(w)) else {
        return false;
    };
    let org_name = org.join(" ");
    // More than one word after the first, and no organisation's last word: a person of that
    // organisation ("FTC Jane Roe"), another speaker.
    if org.iter().skip(1).filter(|w| capitalised(w)).count() > 1
        && !ends_like_organisation(&org_name)
    {
        return false;
    }
    let words: Vec<&str> = phrase
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s"))
        .collect();
    let role = |i: usize| {
        words
            .get(i)
            .is_some_and(|w| ORGANISATION_ROLES.contains(w.to_lowercase().as_str()))
    };
    let linking = |i: usize| {
        words
            .get(i)
            .is_some_and(|w| LINKING_PREPOSITIONS.contains(w))
    };
    // Where the phrase names the organisation: by its name (as many of its words as follow),
    // by its initials ("ECB" for "the European Central Bank"), or by the name its initials
    // stand for ("International Harbour Agency" for "IHA"): (first word, last word).
    let mut mentions = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if *w == first {
            let matched = org
                .iter()
                .zip(&words[i..])
                .take_while(|(o, p)| o == p)
                .count();
            mentions.push((i, i + matched - 1));
        } else if is_acronym_of(w, &org_name) {
            mentions.push((i, i));
        } else if capitalised(w) {
            let start = (0..=i)
                .rev()
                .take_while(|&k| capitalised(words[k]) || matches!(words[k], "of" | "and"))
                .last()
                .unwrap_or(i);
            if is_acronym_of(&org_name, &words[start..=i].join(" ")) {
                mentions.push((start, i));
            }
        }
    }
    mentions.into_iter().any(|(s, e)| {
        // "Coastline spokeswoman Ada Finch", "Hynix CEO E.J. Woo"
        role(e + 1)
            // "a spokesman for Coastline", "a spokesman for the Coastline board"
            || (s >= 2 && linking(s - 1) && role(s - 2))
            || (s >= 3 && words[s - 1] == "the" && linking(s - 2) && role(s - 3))
    })
}

/// Whether the title right before a speaker's name (`before`: the sentence up to the name)
/// names `body`, the other outlet's source, in any case and number: "senior law lord Lord
/// Bingham" for "the Law Lords", "harbour board member Ana Roe" for "the Harbour Board". A
/// member speaks for the body.
pub(super) fn titled_by_body(before: &str, body: &str) -> bool {
    // lower case, singular, without a possessive ending
    let fold = |w: &str| {
        crate::extract::number::counted_unit(
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .trim_end_matches("'s")
                .trim_end_matches("’s"),
        )
    };
    // the title: the words after the last comma, bracket or stop, at most five
    let clause = before
        .rsplit([',', '(', ';', ':', '.', '!', '?'])
        .next()
        .unwrap_or("");
    let words: Vec<&str> = clause.split_whitespace().collect();
    let title: Vec<String> = words[words.len().saturating_sub(5)..]
        .iter()
        .map(|w| fold(w))
        .collect();
    let body: Vec<String> = body
        .split_whitespace()
        .skip_while(|w| w.eq_ignore_ascii_case("the"))
        .map(fold)
        .collect();
    if body.is_empty() || body.iter().all(|w| w.len() < 3) || title.len() < body.len() {
        return false;
    }
    // ... and nothing between the body's name and the speaker's but more of the title
    // ("the harbour board and Mayor Ana Roe" names two speakers)
    (0..=title.len() - body.len()).any(|i| {
        title[i..i + body.len()] == body[..]
            && !title[i + body.len()..]
                .iter()
                .any(|w| TITLE_ENDS.contains(w))
    })
}

/// Whether `phrase` (naming the person `speaker` in `sentence`) gives them a role in an
/// organisation the sentence only describes ("Senior vice president Ada Finch said the
/// airline ..."), while the other outlet's source (`other`) is an organisation's name: the
/// person speaks for it.
pub(super) fn speaks_for_described(
    phrase: &str,
    speaker: &str,
    sentence: &str,
    other: &str,
) -> bool {
    let role = phrase
        .split(|c: char| c.is_whitespace() || c == ',')
        .any(|w| ORGANISATION_ROLES.contains(w.to_lowercase().as_str()));
    // The phrase names nothing but the person and the role.
    let names_more = phrase.split_whitespace().any(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            && !speaker.contains(w)
            && !ORGANISATION_ROLES.contains(w.to_lowercase().as_str())
            && !RANKS.contains(w.to_lowercase())
    });
    let lower = sentence.to_lowercase();
    let described = ORGANISATION_DESCRIPTIONS.iter().any(|d| lower.contains(d));
    let organisation = other.split_whitespace().count() == 1 || ends_like_organisation(other);
    role && !names_more && described && organisation && speaker.split_whitespace().count() >= 2
}

/// Whether a speaker is a news outlet: a name holding one of `NEWS_WORDS`, or one of the
/// cluster's own outlets.
pub(super) fn is_news_outlet(speaker: &str, outlets: &[String]) -> bool {
    let lower = speaker.to_lowercase();
    outlets.contains(&lower)
        || lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| NEWS_WORDS.contains(w))
}
