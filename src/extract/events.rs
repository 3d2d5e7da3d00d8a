//! Dates relative to an event, resolved across a cluster: "a day before the talks" is the day
//! before the day any article of the cluster dates the talks to ("The talks began on Friday"),
//! when every such date agrees. Without one it stays unresolved.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};

use super::{DateRange, Document, Fact};
use crate::lexicon::{self, EVENT_NAME_STOPS};

/// How many words before a dated day, and after it, may name its event ("the talks began on
/// Friday", "on Friday the talks").
const BEFORE: usize = 4;
const AFTER: usize = 3;

/// The offset and event of a date relative to an event: "a day before the talks" gives (-1,
/// "talk"); None for any other mention. `after`: the text after the mention.
fn relative_to_event(mention: &str, after: &str) -> Option<(i64, String)> {
    let words: Vec<String> = mention.split_whitespace().map(str::to_lowercase).collect();
    let [n, unit, direction] = words.as_slice() else {
        return None;
    };
    // "a", "one" to "three" written out, or 1 to 30 in digits
    let n: i64 = match lexicon::NUMBER_WORDS.get(n) {
        Some(word) => word.parse().ok().filter(|n| (1..=3).contains(n))?,
        None if n == "a" => 1,
        None => n.parse().ok().filter(|&n| (1..=30).contains(&n))?,
    };
    let days = match lexicon::MEASURE_UNITS.get(unit) {
        Some("day") => n,
        Some("week") => 7 * n,
        _ => return None,
    };
    let sign = match direction.as_str() {
        "before" => -1,
        "after" => 1,
        _ => return None,
    };
    // The event: the last word of the words after it, up to a punctuation mark or a word that
    // starts a new phrase ("a day before the talks, officials said" -> "talks").
    let stop = |w: &str| EVENT_NAME_STOPS.contains(w);
    let mut event = None;
    for w in after.split_whitespace().take(5) {
        let bare: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
        let lower = bare.to_lowercase();
        if lower.is_empty() || stop(&lower) {
            break;
        }
        if lower != "the" && lower != "a" {
            event = Some(key(&lower));
        }
        if w.ends_with([',', '.', ';', ':', ')']) {
            break;
        }
    }
    Some((sign * days, event?))
}

/// A word as events are matched: lower case, in the singular.
fn key(word: &str) -> String {
    super::number::singular(&word.to_lowercase())
}

/// Resolves every date of `docs` relative to an event that some article dates to one day.
pub fn resolve_event_dates(docs: &mut [Document]) {
    // Days each event word is dated to, across the cluster, next to a date of one day.
    let mut days: BTreeMap<String, Vec<NaiveDate>> = BTreeMap::new();
    let mut pending: Vec<(usize, usize, i64, String)> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let text = &doc.article.text;
        for (s, sentence) in doc.sentences.iter().enumerate() {
            let start = doc.fact_starts.get(s).copied().unwrap_or(0);
            for (k, fact) in doc.facts(s).iter().enumerate() {
                let Fact::Date(m) = fact else { continue };
                match m.resolved {
                    None => {
                        let after = text.get(m.end..sentence.end).unwrap_or("");
                        if let Some((offset, event)) = relative_to_event(&m.text, after) {
                            pending.push((d, start + k, offset, event));
                        }
                    }
                    Some(DateRange { from, to }) if from == to && !m.since => {
                        let words = |t: &str| -> Vec<String> {
                            t.split(|c: char| !c.is_alphanumeric())
                                .filter(|w| !w.is_empty())
                                .map(key)
                                .collect()
                        };
                        let before = words(text.get(sentence.start..m.start).unwrap_or(""));
                        let after = words(text.get(m.end..sentence.end).unwrap_or(""));
                        for w in before[before.len().saturating_sub(BEFORE)..]
                            .iter()
                            .chain(after.iter().take(AFTER))
                        {
                            days.entry(w.clone()).or_default().push(from);
                        }
                    }
                    Some(_) => {}
                }
            }
        }
    }
    for (d, index, offset, event) in pending {
        let Some(dated) = days.get(&event) else {
            continue;
        };
        let Some(&day) = dated.first().filter(|&&f| dated.iter().all(|&x| x == f)) else {
            continue;
        };
        let Some(resolved) = day.checked_add_signed(Duration::days(offset)) else {
            continue;
        };
        if let Some(Fact::Date(m)) = docs[d].facts.get_mut(index) {
            m.resolved = Some(DateRange {
                from: resolved,
                to: resolved,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_before_an_event_names_the_event_and_the_offset() {
        assert_eq!(
            relative_to_event("a day before", " the talks, officials said"),
            Some((-1, "talk".to_string()))
        );
        assert_eq!(
            relative_to_event("two weeks after", " Syrian peace talks in Geneva"),
            Some((14, "talk".to_string()))
        );
        assert_eq!(relative_to_event("a day before", ", officials said"), None);
        assert_eq!(relative_to_event("last week", " the talks"), None);
    }
}
