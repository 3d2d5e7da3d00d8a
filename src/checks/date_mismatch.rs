//! date-mismatch: aligned sentences date the same event differently once relative dates are
//! resolved against each article's publication date.

use super::shared::anchors::{anchor_words_and_figures, pair_by_anchors};
use super::shared::facts::dates;
use super::{Check, CheckContext, CheckDoc};
use crate::config::CheckSettings;
use crate::extract::Document;
use crate::extract::{DateMention, DateRange};
use crate::findings::{Category, Evidence, Finding, Severity};

pub struct DateMismatch;

static DOC: CheckDoc = CheckDoc {
    summary: "Aligned sentences give different dates for the same event.",
    what_it_flags: "Two sentences from different articles that report the same fact (they are aligned) \
and each carry one date, when the dates do not overlap once resolved. When a sentence carries several, \
dates compare kind by kind (weekday, day of a month, month, year): as many of a kind on both sides \
pair in order (\"between May and October\" vs \"from May to January\") and are flagged when exactly \
one pair disagrees, or, when several do, the pairs whose dates agree with no date of the other \
sentence and share a neighbouring word (\"by early Tuesday\" vs \"landfall early Thursday\"); \
different numbers pair by the words next to them (\"discussed on Thursday\" vs \
\"discussed on Saturday\"), leaving out dates that agree with one of the other sentence. Dates are \
resolved against each article's \
publication date (\"on Monday\" in an article of Friday 9 September 2016 is 5 September). Only dates \
of the same precision compare (a day with a day, a month with a month: \"in February\" and \"February \
27\" are not compared, nor \"June\" and \"1999\"); \"today\", \"yesterday\" and \"last night\" may be a day \
off (they depend on the hour an article went out); the same words in two articles of the same day \
are never a disagreement; the same weekday name with and without \"last\" or \"next\" is not \
compared (writers disagree on which week \"last Thursday\" means); a day or month written without \
a year (\"Sept. 30\") is read in the other date's year. When neither date can be resolved (no \
publication date), two different weekday names, months, or days of a month are still flagged. A \
sentence about the outlet's own reporting (\"could not be reached for comment Wednesday\", \"did not \
return calls\") is left alone: each outlet dates its own attempt. \"Declined to comment\" is the \
source's act and is compared. Sentences that tell of different occasions of a repeated event \
(\"for the second time Tuesday\" vs \"for the first time Monday\") are not compared, nor the day a \
statement was made (a verb of saying right before or after the date, or after a date that opens the \
sentence, or with only where or to whom in between: \"said on Thursday\", \"Roe on Friday announced\", \
\"Monday, the ministry said\", \"told a news briefing Thursday\") with the \
day something happened (\"the storm damaged the pier on Tuesday\"): two statements' days still \
compare, and a statement still to come (\"will be announced June 8\") is an event.",
    why_it_matters: "A wrong day puts an event before or after what caused it; relative dates copied \
from a wire story into a later article shift silently.",
    example: "\"a fire ... on Wednesday\" vs \"a fire ... on Tuesday\", both published Friday 14 March 2025.",
    options: "severity; tolerance_days (default 0: the days must overlap); min_score (default 0.35: aligned \
sentences scoring below it are compared only when they also state one same figure or date, or a figure of one unit next to one same word in \
sentences that share a name and do not date it apart).",
};

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn weekday_of(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    WEEKDAYS.iter().copied().find(|d| lower.contains(d))
}

fn describe(d: &DateMention) -> String {
    match d.resolved {
        Some(DateRange { from, to }) if from == to => format!("\"{}\" ({from})", d.text),
        Some(DateRange { from, to }) => format!("\"{}\" ({from} to {to})", d.text),
        None => format!("\"{}\"", d.text),
    }
}

/// Whether a sentence tells of the outlet's own reporting ("could not be reached for comment
/// Wednesday", "did not return calls on Monday"): each outlet dates its own attempt. "Declined
/// to comment" is the source's act, and "did not respond" alone may be to anything.
fn own_reporting(sentence: &str) -> bool {
    static OWN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\b(?:could not|couldn't|cannot|can't) (?:immediately )?be (?:reached|located|contacted)\b|\b(?:did not|didn't) (?:immediately )?(?:return|respond to|reply to|answer) (?:a |an |phone |telephone |e-?mail |repeated )*(?:calls?|messages?|requests?|inquir(?:y|ies)|e-?mails?)\b",
        )
        .unwrap()
    });
    OWN.is_match(sentence)
}

/// Verbs of saying whose date is the day a statement was made ("said Friday", "on Monday
/// announced").
const STATEMENT_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "announced",
    "stated",
    "added",
    "confirmed",
    "tweeted",
    "wrote",
    "declared",
    "warned",
    "insisted",
    "testified",
    "acknowledged",
    "argued",
    "claimed",
    "revealed",
    "disclosed",
    "conceded",
    "admitted",
    "explained",
    "noted",
    "replied",
    "responded",
    "reiterated",
    "asserted",
    "stressed",
    "vowed",
    "pledged",
    "predicted",
    "promised",
    "denied",
    "remarked",
    "commented",
    "described",
    "announce",
];

/// Whether `d` dates a statement: a verb of saying right before it in its sentence ("said
/// Friday", "announced on Monday"), right after it ("Roe on Friday said"), or among the five
/// words after a date that opens the sentence ("Monday, the CIA said"). `sentence`: the
/// article's text and the offset where the sentence starts (date offsets are into the text).
fn dates_statement((text, start): (&str, usize), d: &DateMention) -> bool {
    let is_verb = |w: &str| STATEMENT_VERBS.contains(&w.to_ascii_lowercase().as_str());
    let auxiliary = |w: Option<&&str>| w.is_some_and(|w| w.eq_ignore_ascii_case("be"));
    let before: Vec<&str> = text[start.min(d.start)..d.start]
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .collect();
    // "told reporters Thursday", "said in a statement Thursday", "told a news briefing
    // Thursday", "said at a news conference on Monday": the verb, then only where or to whom.
    const ARTICLES: &[&str] = &["a", "an", "the", "in", "at", "on", "to"];
    const SETTINGS: &[&str] = &[
        "reporters",
        "journalists",
        "news",
        "press",
        "conference",
        "briefing",
        "statement",
        "interview",
    ];
    let lower = |w: &&str| w.to_ascii_lowercase();
    let setting = |w: &&str| SETTINGS.contains(&lower(w).as_str());
    let verb_over_setting = before
        .iter()
        .position(|w| !ARTICLES.contains(&lower(w).as_str()) && !setting(w))
        // Not a preposition alone: "predicted in July" dates the prediction's subject as
        // often as the prediction.
        .is_some_and(|i| {
            before[..i].iter().any(setting) && is_verb(before[i]) && !auxiliary(before.get(i + 1))
        });
    // "be" before the verb makes a statement still to come ("will be announced June 8", "is
    // to be released Thursday"): it dates the announcement as an event of its own, as "a June 8
    // ceremony" does. "It was announced on Sunday that ..." still dates a statement.
    let verb_before = match before.as_slice() {
        [w, rest @ ..] if is_verb(w) => !auxiliary(rest.first()),
        [on, w, rest @ ..] => {
            on.eq_ignore_ascii_case("on") && is_verb(w) && !auxiliary(rest.first())
        }
        _ => false,
    };
    let after = text[d.end..]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let gap = &text[d.end..];
    // "Roe on Friday said": the verb right after the date, in the same clause.
    let verb_after = !gap.trim_start().starts_with([',', ';', ':', '.'])
        && after.clone().next().is_some_and(is_verb);
    // A date opening the sentence dates its main verb: "Monday, the CIA said ...", "On
    // Friday, Roe announced ...".
    let opens = match &before[..before.len().min(2)] {
        [] => true,
        [on] => on.eq_ignore_ascii_case("on"),
        _ => false,
    };
    verb_before || verb_over_setting || verb_after || opens && after.take(5).any(is_verb)
}

/// Whether two sentences tell of different occasions of a repeated event: "for the second
/// time Tuesday" vs "for the first time Monday" date two events, not one.
fn different_occasions(a: &str, b: &str) -> bool {
    static OCCASION: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th)) time\b",
        )
        .unwrap()
    });
    let occasion = |s: &str| OCCASION.captures(s).map(|c| c[1].to_lowercase());
    matches!((occasion(a), occasion(b)), (Some(x), Some(y)) if x != y)
}

impl Check for DateMismatch {
    fn id(&self) -> &'static str {
        "date-mismatch"
    }
    fn category(&self) -> Category {
        Category::Date
    }
    fn doc(&self) -> &'static CheckDoc {
        &DOC
    }
    fn default_severity(&self) -> Severity {
        Severity::Warning
    }

    fn run(&self, ctx: &CheckContext, settings: &CheckSettings, out: &mut Vec<Finding>) {
        let tolerance = chrono::Duration::days(settings.tolerance_days.unwrap_or(0).max(0));
        for pair in &ctx.alignment.pairs {
            let (da, db) = (&ctx.docs[pair.a.document], &ctx.docs[pair.b.document]);
            if own_reporting(da.sentence_text(pair.a.sentence))
                || own_reporting(db.sentence_text(pair.b.sentence))
                || different_occasions(
                    da.sentence_text(pair.a.sentence),
                    db.sentence_text(pair.b.sentence),
                )
            {
                continue;
            }
            let a: Vec<_> = dates(da.facts(pair.a.sentence)).collect();
            let b: Vec<_> = dates(db.facts(pair.b.sentence)).collect();
            let published = (da.article.published, db.article.published);
            let differ = |x: &DateMention, y: &DateMention| disagree(x, y, published, tolerance);
            let sentences = (
                (
                    da.article.text.as_str(),
                    da.sentences[pair.a.sentence].start,
                ),
                (
                    db.article.text.as_str(),
                    db.sentences[pair.b.sentence].start,
                ),
            );
            for (a, b) in disagreeing_dates(&a, &b, sentences, &differ) {
                // The day something was said against the day something happened: two events.
                if dates_statement(sentences.0, a) != dates_statement(sentences.1, b) {
                    continue;
                }
                out.push(Finding {
                    check: self.id().into(),
                    category: self.category(),
                    severity: settings.severity,
                    message: format!("dates disagree: {} vs {}", describe(a), describe(b)),
                    evidence: vec![
                        Evidence::new(da, pair.a.document, pair.a.sentence, a.start, a.end),
                        Evidence::new(db, pair.b.document, pair.b.sentence, b.start, b.end),
                    ],
                    suggestion: None,
                });
            }
        }
    }
}

/// Whether two aligned sentences date what they report apart: each states a date, and each
/// date of one disagrees with each date of the other, as this check reads them ("Sept. 7" vs
/// "Sept. 9", "Thursday" vs "Tuesday") or as periods with no day in common, each with its
/// year written ("the February 2013 note" vs "the note maturing in 2008"). Sentences:
/// (document, sentence).
pub fn dated_apart((da, sa): (&Document, usize), (db, sb): (&Document, usize)) -> bool {
    let a: Vec<_> = dates(da.facts(sa)).collect();
    let b: Vec<_> = dates(db.facts(sb)).collect();
    let published = (da.article.published, db.article.published);
    let apart = |x: &DateMention, y: &DateMention| {
        if x.since || y.since {
            return false;
        }
        let disjoint = match (x.resolved, y.resolved) {
            (Some(rx), Some(ry)) => {
                !x.relative
                    && !y.relative
                    && !year_left_out(x)
                    && !year_left_out(y)
                    && (rx.to < ry.from || ry.to < rx.from)
            }
            _ => false,
        };
        disjoint || disagree(x, y, published, chrono::Duration::zero())
    };
    !a.is_empty() && !b.is_empty() && a.iter().all(|x| b.iter().all(|y| apart(x, y)))
}

/// Whether two dates of aligned sentences cannot name the same day, month or year.
/// `published`: the two articles' publication dates.
fn disagree(
    a: &DateMention,
    b: &DateMention,
    published: (Option<chrono::NaiveDate>, Option<chrono::NaiveDate>),
    tolerance: chrono::Duration,
) -> bool {
    // The same words in two articles of the same day are the same date, however the tense
    // read them.
    if a.text.eq_ignore_ascii_case(&b.text) && published.0 == published.1 {
        return false;
    }
    // "Thursday" and "last Thursday", "Sunday" and "next Sunday": the same day name with a
    // modifier whose week readers (and writers) disagree on.
    if let (Some(wa), Some(wb)) = (weekday_of(&a.text), weekday_of(&b.text))
        && wa == wb
    {
        return false;
    }
    match (a.resolved, b.resolved) {
        (Some(ra), Some(rb)) => {
            // A day or month whose year the text leaves out ("Sept. 30") is read in the year
            // of the other ("30 September 2003"): guessing the year from tense is not
            // evidence of a different date.
            let (ra, rb) = match (year_left_out(a), year_left_out(b)) {
                (true, false) => (in_year_of(ra, rb), rb),
                (_, true) => (ra, in_year_of(rb, ra)),
                _ => (ra, rb),
            };
            // Only dates of the same precision compare: a day with a day, a month with a
            // month ("June" and "1999" name different things). "Today", "yesterday" and
            // "last night" depend on the hour an article went out: they may be a day off.
            let slack = if is_deictic(&a.text) || is_deictic(&b.text) {
                tolerance + chrono::Duration::days(1)
            } else {
                tolerance
            };
            precision(ra) == precision(rb)
                && precision(ra) != Precision::Other
                && (ra.from - slack > rb.to || rb.from - slack > ra.to)
        }
        // One side resolved and the other not (no publication date, no year): months and
        // days of a month still compare by name.
        (Some(_), None) | (None, Some(_))
            if matches!(date_kind(a), "day" | "month") && date_kind(a) == date_kind(b) =>
        {
            written_month_and_day(&a.text) != written_month_and_day(&b.text)
        }
        (None, None) => {
            // No publication date: weekday names, and months (with their days) of the same
            // kind, still differ outright.
            match (weekday_of(&a.text), weekday_of(&b.text)) {
                (Some(wa), Some(wb)) => published.0 == published.1 && wa != wb,
                _ => {
                    let kind = date_kind(a);
                    kind == date_kind(b)
                        && matches!(kind, "day" | "month")
                        && written_month_and_day(&a.text) != written_month_and_day(&b.text)
                }
            }
        }
        _ => false,
    }
}

/// How precise a resolved date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Precision {
    Day,
    Month,
    Year,
    /// Weeks, spans ("earlier this year"), anything else.
    Other,
}

fn precision(r: DateRange) -> Precision {
    use chrono::Datelike;
    let month_end = |d: chrono::NaiveDate| d.succ_opt().is_none_or(|n| n.month() != d.month());
    if r.from == r.to {
        Precision::Day
    } else if r.from.day() == 1
        && r.from.month() == 1
        && r.to.month() == 12
        && r.to.day() == 31
        && r.from.year() == r.to.year()
    {
        Precision::Year
    } else if r.from.day() == 1
        && r.from.month() == r.to.month()
        && r.from.year() == r.to.year()
        && month_end(r.to)
    {
        Precision::Month
    } else {
        Precision::Other
    }
}

/// Whether a day or month names no year and is not relative to publication ("Sept. 30",
/// "in July"): its year was inferred from the publication date and the tense.
fn year_left_out(d: &DateMention) -> bool {
    matches!(date_kind(d), "day" | "month")
        && !d
            .text
            .split(|c: char| !c.is_ascii_digit())
            .any(|w| w.len() == 4)
}

/// `r` moved to the year of `other` (the same month and day), when that date exists.
fn in_year_of(r: DateRange, other: DateRange) -> DateRange {
    use chrono::Datelike;
    let shift = other.from.year() - r.from.year();
    let moved = |d: chrono::NaiveDate| d.with_year(d.year() + shift);
    match (moved(r.from), moved(r.to)) {
        (Some(from), Some(to)) => DateRange { from, to },
        _ => r,
    }
}

/// The month number and the day of the month of an unresolved date, each when written, read
/// word by word ("May 4", "4 May", a month alone). Unlike `extract::date::month_and_day`
/// (alignment), it keeps a month without a day.
fn written_month_and_day(text: &str) -> (Option<u32>, Option<u32>) {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let month = words
        .iter()
        .filter(|w| w.len() >= 3)
        .find_map(|w| crate::extract::date::month_num(w));
    let day = words
        .iter()
        .find(|w| w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()))
        .and_then(|w| w.parse().ok());
    (month, day)
}

/// Days named relative to the hour of publication.
fn is_deictic(text: &str) -> bool {
    const WORDS: &[&str] = &[
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "last night",
        "this morning",
        "this afternoon",
        "this evening",
        "earlier in the day",
        "later in the day",
        "earlier today",
        "later today",
    ];
    let lower = text.to_lowercase();
    WORDS.iter().any(|w| lower.contains(w))
}

/// What a date mention names, for pairing mentions when a sentence has several: a
/// weekday, a day of a month, a month, a year, or a day relative to publication.
fn date_kind(d: &DateMention) -> &'static str {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = d.text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let month = words
        .iter()
        .any(|w| w.len() >= 3 && MONTHS.iter().any(|m| w.starts_with(m)));
    let day = words
        .iter()
        .any(|w| w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()));
    if weekday_of(&lower).is_some() {
        "weekday"
    } else if month && day {
        "day"
    } else if month {
        "month"
    } else if words.iter().any(|w| w.chars().all(|c| c.is_ascii_digit())) {
        "year"
    } else {
        "relative"
    }
}

/// The dates of two aligned sentences that disagree. The only date of each sentence is
/// compared with the other's; when a sentence has several, dates compare kind by kind
/// (weekday, day of a month, month, year): the same number of a kind pair in order ("between
/// May and October" vs "from May to January") and are flagged when exactly one pair
/// disagrees; different numbers pair by the words next to them ("discussed on Thursday" vs
/// "discussed on Saturday"), leaving out dates that agree with one of the other sentence.
/// `sentences`: (document text, sentence start) of each side.
fn disagreeing_dates<'a>(
    a: &[&'a DateMention],
    b: &[&'a DateMention],
    sentences: ((&str, usize), (&str, usize)),
    differ: &dyn Fn(&DateMention, &DateMention) -> bool,
) -> Vec<(&'a DateMention, &'a DateMention)> {
    if let ([x], [y]) = (a, b) {
        return if differ(x, y) {
            vec![(*x, *y)]
        } else {
            Vec::new()
        };
    }
    let anchors_of = |d: &DateMention, (text, start): (&str, usize)| {
        anchor_words_and_figures(text, start, d.start, d.end)
    };
    let mut out = Vec::new();
    for kind in ["weekday", "day", "month", "year"] {
        let of_kind = |list: &[&'a DateMention]| -> Vec<&'a DateMention> {
            list.iter()
                .copied()
                .filter(|d| date_kind(d) == kind)
                .collect()
        };
        let (ka, kb) = (of_kind(a), of_kind(b));
        if ka.is_empty() || kb.is_empty() {
            continue;
        }
        let pairs: Vec<(&DateMention, &DateMention)> = if ka.len() == kb.len() {
            ka.iter().copied().zip(kb.iter().copied()).collect()
        } else {
            let unmatched = |mine: &[&'a DateMention], theirs: &[&DateMention]| {
                mine.iter()
                    .copied()
                    .filter(|d| theirs.iter().all(|o| differ(d, o)))
                    .collect::<Vec<_>>()
            };
            let (ra, rb) = (unmatched(&ka, &kb), unmatched(&kb, &ka));
            let anchors = |list: &[&DateMention], sentence: (&str, usize)| {
                list.iter()
                    .map(|d| anchors_of(d, sentence))
                    .collect::<Vec<_>>()
            };
            pair_by_anchors(&anchors(&ra, sentences.0), &anchors(&rb, sentences.1))
                .into_iter()
                .map(|(i, j)| (ra[i], rb[j]))
                .collect()
        };
        let disagreeing: Vec<_> = pairs.into_iter().filter(|(x, y)| differ(x, y)).collect();
        match disagreeing.as_slice() {
            [one] => out.push(*one),
            // Several pairs disagree: the pairing may be wrong ("began Monday and ended
            // Wednesday" vs "ended Wednesday, having begun Monday"); keep the pairs of dates
            // that agree with no date of the other sentence and share a neighbouring word
            // ("by early Tuesday" vs "landfall early Thursday").
            several => out.extend(several.iter().copied().filter(|(x, y)| {
                let (wx, wy) = (anchors_of(x, sentences.0), anchors_of(y, sentences.1));
                kb.iter().all(|o| differ(x, o))
                    && ka.iter().all(|o| differ(o, y))
                    && wx.iter().any(|w| wy.contains(w))
            })),
        }
    }
    out
}
