//! Tests of quote and attribution extraction, mostly over whole sentences and texts.

use super::frames::comma_adverbial;
use super::tokens::tokenize;
use super::*;
use proptest::prelude::*;

fn qs(t: &str) -> Vec<(String, Option<String>)> {
    extract_quotes(t)
        .into_iter()
        .map(|q| (q.text.into(), q.speaker.map(String::from)))
        .collect()
}
fn q(a: &str, b: Option<&str>) -> (String, Option<String>) {
    (a.to_string(), b.map(str::to_string))
}

#[test]
fn a_quotation_interrupted_by_its_cue_continues() {
    let t = "“The ferry will run twice a day,” said Lena Okafor, the port director. “Tickets go on sale in March.”\n“We expect long lines,” Okafor added.";
    let v = extract_quotes(t);
    assert_eq!(v.len(), 3);
    assert_eq!(v[0].continues, None);
    // the second passage of the same quotation, through the same cue
    assert_eq!(v[1].continues, Some(v[0].start));
    assert_eq!(v[1].speaker.as_deref(), Some("Lena Okafor"));
    // a new paragraph with its own cue starts a new quotation
    assert_eq!(v[2].continues, None);
    // two quotations in one sentence under one cue
    let t = "She called the plan “reckless” and “a gift to speculators.”";
    let v = extract_quotes(t);
    assert_eq!(v.len(), 2);
    assert_eq!(v[1].continues, Some(v[0].start));
    // a quotation without a speaker continues nothing
    let v = extract_quotes("The sign read “closed.” Then “open.”");
    assert!(v.iter().all(|q| q.continues.is_none()), "{v:?}");
}

#[test]
fn a_quotation_left_open_runs_on_into_the_one_that_reopens_it() {
    // news convention: a quotation over several paragraphs closes only in the last one
    let t = "Lena Okafor said: \"The ferry will run twice a day.\n\n\"Tickets go on sale in March.\n\n\"We expect long lines.\"\nThe port opened in 1990.";
    assert_eq!(
        qs(t),
        vec![
            q("The ferry will run twice a day.", Some("Lena Okafor")),
            q("Tickets go on sale in March.", Some("Lena Okafor")),
            q("We expect long lines.", Some("Lena Okafor")),
        ]
    );
    // the same copy with its paragraph breaks lost: a straight mark after a sentence and
    // a space, before a word, reopens the quotation instead of closing it
    let t = "Lena Okafor said: \"The ferry will run twice a day. \"Tickets go on sale in March.\" The port opened in 1990.";
    assert_eq!(
        qs(t),
        vec![
            q("The ferry will run twice a day.", Some("Lena Okafor")),
            q("Tickets go on sale in March.", Some("Lena Okafor")),
        ]
    );
    // a quotation closed at its paragraph's end lends its speaker to nothing
    let t =
        "Lena Okafor said: \"The ferry will run twice a day.\"\n\n\"Tickets go on sale in March.\"";
    assert_eq!(qs(t)[1], q("Tickets go on sale in March.", None));
    // after a quotation with no cue, the next sentence's "according to" reports its own
    // clause: the reopened quotation has no known speaker either
    let t = "\"People want style. \"This year music will matter.\" Sales were $20m in 2004, according to Jupiter Research.";
    assert_eq!(
        qs(t),
        vec![
            q("People want style.", None),
            q("This year music will matter.", None)
        ]
    );
    let (_, a) = extract_quotes_and_attributions(t);
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].speaker.as_deref(), Some("Jupiter Research"));
    assert_eq!(a[0].text, "Sales were $20m in 2004");
}

#[test]
fn only_a_quotation_sentence_takes_the_cue_of_the_sentence_next_to_it() {
    // a whole sentence in quotation marks takes the cue of the sentence before or after it
    let t = "Jane Roe said the port would stay open. “We will not give up on the harbour.”";
    assert_eq!(
        qs(t),
        vec![q("We will not give up on the harbour.", Some("Jane Roe"))]
    );
    let t = "“The levy is fair and it will pass.” Jane Roe said so on Monday.";
    assert_eq!(
        qs(t),
        vec![q("The levy is fair and it will pass.", Some("Jane Roe"))]
    );
    // a phrase quoted in the narrator's sentence does not: the next sentence's cue reports
    // that sentence's own clause
    let t = "The budget includes $6bn to help harbour allies in the “war on smuggling”. \
             However, the ministry is keen to stress its coastal aid, Jane Roe said.";
    assert_eq!(qs(t), vec![q("war on smuggling", None)]);
    let (_, a) = extract_quotes_and_attributions(t);
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].speaker.as_deref(), Some("Jane Roe"));
    assert!(a[0].text.contains("coastal aid"), "{a:?}");
}

/// The first speaker found in `t`, quotes before attributions.
fn speaker(t: &str) -> Option<String> {
    let (q, a) = extract_quotes_and_attributions(t);
    q.into_iter()
        .chain(a)
        .find_map(|q| q.speaker.map(String::from))
}

/// The attributions' reported clauses and speakers.
fn reports(t: &str) -> Vec<(String, Option<String>)> {
    extract_attributions(t)
        .into_iter()
        .map(|a| (a.text.into(), a.speaker.map(String::from)))
        .collect()
}

#[test]
fn a_clause_quoting_a_few_words_is_reported_too() {
    let t = "Ann Roe said the crews were “making real progress” on the bridge.";
    assert_eq!(
        reports(t),
        [(
            "the crews were “making real progress” on the bridge".to_string(),
            Some("Ann Roe".to_string())
        )]
    );
    // The whole clause quoted, or only a name for something: no clause of its own.
    assert!(reports("Ann Roe said “the crews are making progress.”").is_empty());
    assert!(reports("He called the plan “reckless” and “a gift to speculators.”").is_empty());
}

#[test]
fn a_clause_after_said_and_when_is_no_report() {
    for t in [
        "The crews closed the bridge, city police spokesman Tim Okafor said Sunday, a day after the storm.",
        "The crews closed the bridge, Okafor said, two days after the storm.",
    ] {
        let r = reports(t);
        assert_eq!(r.len(), 1, "{t}");
        assert_eq!(r[0].0, "The crews closed the bridge", "{t}");
    }
    // A cue set off by commas inside the clause it reports.
    assert_eq!(
        reports("The park, Roe said Sunday, is full on game days.")[0].0,
        "is full on game days"
    );
}

#[test]
fn which_without_a_comma_stands_for_the_name_before_it() {
    let t = "Ann Roe said it was a joke. The remark was criticised by the Harbor Party which \
             accused her of mocking the crews.";
    let r = reports(t);
    assert_eq!(r[1].1.as_deref(), Some("Harbor Party"), "{r:?}");
}

#[test]
fn two_titles_joined_name_one_speaker() {
    for t in [
        "\"Sales doubled,\" said Harbor Trust President and CEO Nadia Ferreira.",
        "\"Sales doubled,\" Harbor Trust Chairman and Chief Executive Nadia Ferreira said.",
    ] {
        assert_eq!(speaker(t).as_deref(), Some("Nadia Ferreira"), "{t}");
    }
    // Two people, not two titles: no single speaker is made up of them.
    assert_eq!(speaker("\"We agree,\" said Ferreira and Okafor."), None);
}

#[test]
fn subject_before_several_appositive_pieces() {
    assert_eq!(
        speaker("Tom Reyes, 56, who has led the council for a decade, told reporters the vote was close.")
            .as_deref(),
        Some("Tom Reyes")
    );
    assert_eq!(
        speaker("Maria Lopez, the director of the housing office and a former judge, said the rent rules would change.")
            .as_deref(),
        Some("Maria Lopez")
    );
    // a relative clause inside a piece; a piece that opens with a determiner is no name
    assert_eq!(
        speaker("“The line is late,” Ana Ruiz, a planner who now advises the transit board, said.")
            .as_deref(),
        Some("Ana Ruiz")
    );
    assert_eq!(
        speaker(
            "“The line is late,” Ana Ruiz, the treasurer of Dover, one of the towns suing, said."
        )
        .as_deref(),
        Some("Ana Ruiz")
    );
}

#[test]
fn company_suffix_and_capitalised_particles_are_part_of_the_speaker() {
    for (text, name) in [
        (
            "Harbour operator Coastline Ltd. said Monday it is buying two tugboats.",
            "Coastline Ltd.",
        ),
        ("Acme Corp. said the plant would close.", "Acme Corp."),
        ("Al Brennan said the plant would close.", "Al Brennan"),
        (
            "\"The board showed courage,\" Jon Sohn of Friends of the Earth said.",
            "Jon Sohn of Friends of the Earth",
        ),
        (
            "The port director, Al Brennan, said the plant would close.",
            "Al Brennan",
        ),
        (
            "Bay Ferries Co. told regulators that fares would rise.",
            "Bay Ferries Co.",
        ),
    ] {
        assert_eq!(speaker(text).as_deref(), Some(name), "{text}");
    }
}

#[test]
fn stance_cues_are_attributions_of_their_own_kind() {
    let t = "The county board backed the new budget on Monday.";
    let (quotes, attributions) = extract_quotes_and_attributions(t);
    assert!(quotes.is_empty());
    assert_eq!(attributions.len(), 1, "{attributions:?}");
    let a = &attributions[0];
    assert_eq!(a.cue_kind, CueKind::Stance);
    assert_eq!(a.cue.as_deref(), Some("backed"));
    assert_eq!(
        &t[a.speaker_start.unwrap()..a.speaker_end.unwrap()],
        "The county board"
    );
    // reported speech keeps its kind
    let (_, attributions) = extract_quotes_and_attributions("Ana Ruiz said the budget was late.");
    assert_eq!(attributions[0].cue_kind, CueKind::Speech);
}

#[test]
fn no_quote_takes_its_speaker_from_a_stance_cue() {
    // the quotation is the board's words only if a speech cue says so
    let t = "Gil Moreno said the vote was close.\nThe board backed the “fair rent” plan.";
    let v = extract_quotes(t);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].speaker, None);
    assert_eq!(v[0].cue_kind, CueKind::Speech);
    // nor does it move the speaker a later pronoun points to
    let t = "Gil Moreno said the vote was close. Ana Ruiz welcomed the result. “We won,” he added.";
    let v = extract_quotes(t);
    assert_eq!(v[0].speaker.as_deref(), Some("Gil Moreno"));
}

#[test]
fn wishes_and_expectations_are_no_speech_cues() {
    // "wanted", "expects", "believed", "thought" tell what a person wished or held, not
    // what the person said: no quotation takes its speaker from them
    let t = "Lena Ortiz wanted the “quiet hours” rule gone.";
    let v = extract_quotes(t);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].speaker, None);
    let t = "Marco Diaz expects rents to rise. The engineers believed the dam was safe. \
             Ivo Lind thought the plan was fair.";
    let a = extract_attributions(t);
    assert!(a.is_empty(), "{a:?}");
}

#[test]
fn a_headline_names_its_source_before_the_colon() {
    let t = "Mara Quinn on the Dam Vote: Repairs Must Come First\nThe council met on Monday.";
    let a = extract_attributions(t);
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].speaker.as_deref(), Some("Mara Quinn"));
    assert_eq!(a[0].cue.as_deref(), Some(":"));
    assert_eq!(a[0].cue_kind, CueKind::Stance);
    assert!(a[0].text.starts_with("Repairs Must Come First"), "{a:?}");
    // a first line whose colon follows a cue is a sentence introducing its quotation
    let t = "Mara Quinn said: \"Repairs must come first.\"\nThe council met on Monday.";
    assert!(extract_attributions(t).is_empty());
    assert_eq!(extract_quotes(t)[0].speaker.as_deref(), Some("Mara Quinn"));
    // a quotation in the headline gets no speaker from the summary
    let t = "Mara Quinn Slams the Dam Plan: ‘Repairs Must Come First’\nThe council met.";
    let v = extract_quotes(t);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].speaker, None);
    // labels are no sources; nor is a colon later in the text
    for t in [
        "BREAKING NEWS ON THE DAM: Repairs begin\nThe council met.",
        "The Latest on the Dam: Repairs begin\nThe council met.",
        "The council met.\nMara Quinn on the Dam Vote: Repairs Must Come First",
    ] {
        assert!(extract_attributions(t).is_empty(), "{t}");
    }
}

#[test]
fn a_clause_reported_next_to_a_quotation_is_an_attribution_too() {
    let t = "Nora Blake said the bridge would reopen in May. “We are on schedule,” she added \
             later.\nIvo Lind said the levy was fair. “Nobody pays twice.”";
    let (q, a) = extract_quotes_and_attributions(t);
    // the second quotation takes the cue of the sentence before it ...
    assert_eq!(q[1].speaker.as_deref(), Some("Ivo Lind"));
    assert_eq!(q[1].cue.as_deref(), Some("said"));
    // ... which still reports its own clause
    let said: Vec<&str> = a.iter().map(|x| x.text.as_str()).collect();
    assert!(said.contains(&"the levy was fair"), "{a:?}");
    assert!(said.contains(&"the bridge would reopen in May"), "{a:?}");
    // a quotation in the cue's own sentence is what the cue reports, and the clause
    // around it is reported too
    let t = "Ivo Lind said the levy was “fair to everyone” and would pass.";
    let (q, a) = extract_quotes_and_attributions(t);
    assert_eq!(q[0].speaker.as_deref(), Some("Ivo Lind"));
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].text, "the levy was “fair to everyone” and would pass");
}

#[test]
fn adding_after_a_said_clause() {
    let t = "Dr. Omar Haddad said the levee held, adding that the river would crest tonight.";
    let (_, a) = extract_quotes_and_attributions(t);
    let said = a.iter().find(|q| q.cue.as_deref() == Some("said")).unwrap();
    // the reported clause stops before ", adding"
    assert_eq!(said.text, "the levee held");
    let adding = a
        .iter()
        .find(|q| q.cue.as_deref() == Some("adding"))
        .unwrap();
    assert_eq!(adding.speaker.as_deref(), Some("Omar Haddad"));
    assert_eq!(adding.text, "the river would crest tonight");
}

#[test]
fn subject_before_an_appositive_between_dashes() {
    let (_, a) = extract_quotes_and_attributions(
        "Ian Holt -- the owner of the Blue Mill, which also runs a bakery -- said the rent had doubled.",
    );
    assert_eq!(a[0].speaker.as_deref(), Some("Ian Holt"));
    assert_eq!(a[0].text, "the rent had doubled");
}

#[test]
fn dash_byline_after_a_quotation() {
    let t = "“The buses never come on time.” ― Rosa Delgado\n“I walk to work now.” — Ken Abe (@kenabe) May 3, 2016\nThe bus “arrives” — sometimes.";
    let v = extract_quotes(t);
    assert_eq!(v[0].speaker.as_deref(), Some("Rosa Delgado"));
    assert_eq!(v[1].speaker.as_deref(), Some("Ken Abe"));
    assert_eq!(v[1].cue.as_deref(), Some("—"));
    // a dash that goes on with the sentence names nobody
    assert_eq!(v[2].speaker, None);
    // no-break spaces around the dash; the line's final period is no part of the name
    let t = "“The rent doubled.”\u{a0}―\u{a0}Rosa Delgado\u{a0}\n“We moved out.” ― Ken B. Abe.\n";
    let v = extract_quotes(t);
    assert_eq!(v[0].speaker.as_deref(), Some("Rosa Delgado"));
    assert_eq!(v[1].speaker.as_deref(), Some("Ken B. Abe"));
}

#[test]
fn participle_takes_a_titled_sentence_subject() {
    let (_, a) = extract_quotes_and_attributions(
        "Judge Ann Patel sentenced the clerk to four years, saying a tough penalty was needed.",
    );
    let saying = a
        .iter()
        .find(|q| q.cue.as_deref() == Some("saying"))
        .unwrap();
    assert_eq!(saying.speaker.as_deref(), Some("Ann Patel"));
    assert_eq!(saying.text, "a tough penalty was needed");
}

#[test]
fn section_labels_are_not_transcript_speakers() {
    let (quotes, attributions) = extract_quotes_and_attributions(
        "Notes: Okafor, at 20 years, is the second-youngest player to start for the club.",
    );
    assert!(
        quotes
            .iter()
            .chain(&attributions)
            .all(|q| q.speaker.as_deref() != Some("Notes")),
        "{attributions:?}"
    );
}

#[test]
fn closing_mark_without_an_opening_one() {
    assert_eq!(
        qs(
            "When you crossed the line, you broke the rules,\" said Charles Okafor, a law professor."
        ),
        vec![q(
            "When you crossed the line, you broke the rules",
            Some("Charles Okafor")
        )]
    );
    // A closing mark after an opening one is not affected.
    assert_eq!(
        qs("\"We were lucky,\" said Maria Delgado."),
        vec![q("We were lucky", Some("Maria Delgado"))]
    );
}

#[test]
fn spaced_closing_mark_without_an_opening_one() {
    // Tokenized copy: a space before the closing mark; one mark in the paragraph.
    assert_eq!(
        qs("But the vote is slow , it is careful , \" said Ruth Amsel , the chair ."),
        vec![q(
            "But the vote is slow , it is careful",
            Some("Ruth Amsel")
        )]
    );
    // Two marks: the first one after a comma opens.
    assert_eq!(
        qs("Ruth Amsel said , \" We will vote tomorrow . \""),
        vec![q("We will vote tomorrow .", Some("Ruth Amsel"))]
    );
}

#[test]
fn carter_bbc_and_pronoun() {
    let t = "US Defence Secretary Ash Carter told BBC radio that there was \"quite a long way to go\" before a final peace deal could be struck but callef for \"a true cessation of hostilities\".\n\nThe talks continue.\n\n\"Our patience is not unlimited,\" he added.";
    assert_eq!(
        qs(t),
        vec![
            q("quite a long way to go", Some("Ash Carter")),
            q("a true cessation of hostilities", Some("Ash Carter")),
            q("Our patience is not unlimited", Some("Ash Carter")),
        ]
    );
    let v = extract_quotes(t);
    assert_eq!(
        &t[v[2].speaker_start.unwrap()..v[2].speaker_end.unwrap()],
        "he"
    );
    assert_eq!(v[2].cue.as_deref(), Some("added"));
    assert_eq!(&t[v[0].start..v[0].end], "\"quite a long way to go\"");
}

#[test]
fn he_called_for_adding() {
    let t = "US Defense Secretary Ash Carter spoke in Oxford on Tuesday.\n\nHe called for “a true cessation of hostilities - not what you’ve seen, which is a partial cessation of hostilities,” adding: “Our patience is not unlimited.”";
    assert_eq!(
        qs(t),
        vec![
            q(
                "a true cessation of hostilities - not what you’ve seen, which is a partial cessation of hostilities",
                Some("Ash Carter")
            ),
            q("Our patience is not unlimited.", Some("Ash Carter")),
        ]
    );
}

#[test]
fn surname_resolution_and_noted() {
    let t = "US Defense Secretary Ash Carter arrived in Berlin.\nCarter noted, \"We have our differences, serious differences, with Russia elsewhere, especially here in Europe with Ukraine.\"";
    assert_eq!(
        qs(t),
        vec![q(
            "We have our differences, serious differences, with Russia elsewhere, especially here in Europe with Ukraine.",
            Some("Ash Carter")
        )]
    );
}

#[test]
fn kirby_statement() {
    let t = "The talks will focus \"on reducing violence, expanding humanitarian assistance for the Syrian people, and moving toward a political solution\" to end the nearly six-year war spokesman John Kirby said in a statement.";
    let v = extract_quotes(t);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].speaker.as_deref(), Some("John Kirby"));
    assert!(t[v[0].speaker_start.unwrap()..v[0].speaker_end.unwrap()].contains("John Kirby"));
}

#[test]
fn kerry_told_audience() {
    let t = "“We are on the verge of suspending the discussion ...,” Kerry told an audience in Washington.";
    assert_eq!(
        qs(t),
        vec![q(
            "We are on the verge of suspending the discussion ...",
            Some("Kerry")
        )]
    );
}

#[test]
fn gerasimov_two_sentences() {
    let t = "\"It is us, not Americans who are losing patience concerning the situation in Syria. We are fully meeting our commitments and agreements on securing the ceasefire and national reconciliation in Syria,\" Gerasimov said.";
    assert_eq!(
        qs(t),
        vec![q(
            "It is us, not Americans who are losing patience concerning the situation in Syria. We are fully meeting our commitments and agreements on securing the ceasefire and national reconciliation in Syria",
            Some("Gerasimov")
        )]
    );
}

#[test]
fn tass_nested_mismatched() {
    let t = "He added that “the American side always has problems with the ‘opposition under its control,\" the Tass news agency reported.";
    let v = extract_quotes(t);
    assert_eq!(v.len(), 1);
    assert_eq!(
        v[0].text,
        "the American side always has problems with the ‘opposition under its control"
    );
    assert_eq!(v[0].cue.as_deref(), Some("added"));
    let a = extract_attributions(t);
    assert!(
        a.iter()
            .any(|a| a.speaker.as_deref() == Some("the Tass news agency")
                && a.cue.as_deref() == Some("reported"))
    );
}

#[test]
fn apostrophes_open_quotes_and_attributions() {
    let t = "Russia’s envoy Ja’afari said the rebels don’t talk.\n\"This is open at the end\nUS officials said the strike was a mistake.\nThe deal is dead, according to Anadolu.\nSergei Lavrov, the foreign minister, said the talks failed.";
    let v = extract_quotes(t);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].text, "This is open at the end");
    let a = extract_attributions(t);
    let sp: Vec<_> = a
        .iter()
        .map(|a| (a.speaker.clone().unwrap(), a.text.clone()))
        .collect();
    assert!(
        sp.contains(&("US officials".into(), "the strike was a mistake".into())),
        "{sp:?}"
    );
    assert!(
        sp.contains(&("Anadolu".into(), "The deal is dead".into())),
        "{sp:?}"
    );
    assert!(
        sp.contains(&("Sergei Lavrov".into(), "the talks failed".into())),
        "{sp:?}"
    );
    assert!(sp.iter().any(|(s, _)| s.contains("Ja’afari")), "{sp:?}");
}

#[test]
fn relative_who_and_nyt_quotes() {
    let t = "Senate Minority Leader Harry Reid, who argued the bill was dead, left early.\n''We are done,'' Mr. Reid said.";
    let a = extract_attributions(t);
    assert_eq!(a[0].speaker.as_deref(), Some("Harry Reid"));
    assert_eq!(
        &t[a[0].speaker_start.unwrap()..a[0].speaker_end.unwrap()],
        "who"
    );
    let q = extract_quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "We are done");
    assert_eq!(q[0].speaker.as_deref(), Some("Harry Reid"));
}

#[test]
fn backticks_open_a_quote() {
    let t = "Officials ran a ``check-your-smoke-alarm'' drive on Sunday, the mayor said.";
    let q = extract_quotes(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].text, "check-your-smoke-alarm");
}

fn attrs(t: &str) -> Vec<(String, String)> {
    let (q, a) = extract_quotes_and_attributions(t);
    q.into_iter()
        .chain(a)
        .map(|x| {
            let sp = &t[x.speaker_start.unwrap()..x.speaker_end.unwrap()];
            (sp.to_string(), x.cue.unwrap_or_default().into())
        })
        .collect()
}

/// `attrs` of a sentence that reports one attribution, after checking that its cue is a
/// stance.
fn stance_attrs(t: &str) -> Vec<(String, String)> {
    let (_, a) = extract_quotes_and_attributions(t);
    assert_eq!(a.len(), 1, "{t}");
    assert_eq!(a[0].cue_kind, CueKind::Stance, "{t}");
    attrs(t)
}

#[test]
fn progressive_and_stance_cues() {
    let v = attrs("The mayor is demanding a recount of the ballots in the district.");
    assert_eq!(v, vec![("The mayor".into(), "demanding".into())]);
    let v = attrs("Officials questioned whether the bridge could reopen this year.");
    assert_eq!(v, vec![("Officials".into(), "questioned".into())]);
    // passive stays ignored
    assert!(attrs("The bridge was praised by engineers.").is_empty());
}

#[test]
fn wishes_plans_and_decisions_are_stances() {
    for (t, who, cue) in [
        (
            "Most residents want a second bridge.",
            "Most residents",
            "want",
        ),
        (
            "The board decided to delay the vote.",
            "The board",
            "decided",
        ),
        (
            "The mayor is hoping to reopen the pier by June.",
            "The mayor",
            "hoping",
        ),
        (
            "Two council members oppose the new levy.",
            "Two council members",
            "oppose",
        ),
    ] {
        assert_eq!(stance_attrs(t), vec![(who.into(), cue.into())], "{t}");
    }
    // the noun stays no cue
    assert!(attrs("The plan to widen the road was dropped.").is_empty());
}

#[test]
fn actions_of_a_source_are_stance_cues() {
    for (t, who, cue) in [
        (
            "The senator railed against the new levy on Monday.",
            "The senator",
            "railed",
        ),
        ("Roe voted for the harbor bill last year.", "Roe", "voted"),
        (
            "The mayor laid out her plan for the pier.",
            "The mayor",
            "laid",
        ),
        (
            "The new ad referenced the vote.",
            "The new ad",
            "referenced",
        ),
    ] {
        let got = stance_attrs(t);
        assert_eq!(got.len(), 1, "{t}");
        assert!(
            got[0].0.ends_with(who) || got[0].0.starts_with(who),
            "{t}: {got:?}"
        );
        assert_eq!(got[0].1, cue, "{t}");
    }
    // "laid" without "out" and a passive stay no cue
    assert!(attrs("The crew laid the new cable under the bay.").is_empty());
    assert!(attrs("The pier was shown on the map.").is_empty());
}

#[test]
fn subject_before_an_adverbial_between_commas() {
    for (t, who) in [
        ("Ana Ruiz, however, said the depot would close.", "Ana Ruiz"),
        (
            "The union, on the other hand, argued that fares must fall.",
            "The union",
        ),
        (
            "Gil Moreno, in a statement, said the vote was fair.",
            "Gil Moreno",
        ),
        (
            "The mayor, on Tuesday, said the pier would reopen.",
            "The mayor",
        ),
    ] {
        let v = attr_contents(t);
        assert_eq!(v.len(), 1, "{t}: {v:?}");
        assert_eq!(v[0].0, who, "{t}");
    }
    // an inversion after the cue names the speaker
    let v = attrs("The pier will open after a review, on Friday, said Gil Moreno.");
    assert_eq!(v, vec![("Gil Moreno".into(), "said".into())]);
    // an appositive between the commas still names the speaker's title, not an adverbial
    let v = attrs("Gil Moreno, the harbor master, said the pier was closed.");
    assert_eq!(v, vec![("Gil Moreno".into(), "said".into())]);
    assert!(comma_adverbial_at("Gil Moreno, the harbor master, said", "said").is_none());
}

fn comma_adverbial_at(t: &str, cue: &str) -> Option<usize> {
    let toks = tokenize(t, 0..t.len());
    let j = toks.iter().position(|x| x.lower == cue)?;
    comma_adverbial(t, &toks, j)
}

#[test]
fn subject_after_a_participle_phrase() {
    let v = attr_contents("Gil Moreno, speaking at a rally, said the pier would reopen.");
    assert_eq!(
        v,
        vec![("Gil Moreno".into(), "the pier would reopen".into())]
    );
    // an opening participle phrase is no speaker, a comma inside a quote mark ends it
    let a = extract_attributions(
        "Speaking on “Harbor Talk,” Ana Ruiz missed the vote and said it was fair.",
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].speaker.as_deref(), Some("Ana Ruiz"));
    // "but" joins no verb to the subject of the sentence
    assert!(attrs("The old ferry had lost its bell, but found it later.").is_empty());
}

#[test]
fn a_hyphenated_adjective_keeps_an_opening_phrase_verbless() {
    let v = attr_contents("A self-professed independent, Ana Ruiz said she would run again.");
    assert_eq!(v, vec![("Ana Ruiz".into(), "she would run again".into())]);
}

#[test]
fn at_the_time_between_subject_and_cue() {
    let v = attrs("Roe at the time said the levy was fair.");
    assert_eq!(v, vec![("Roe".into(), "said".into())]);
}

#[test]
fn a_plain_noun_like_cue_needs_a_subject_that_agrees() {
    // a noun after a lowercase singular word is no verb
    let v = attrs("He would not discuss on the call-in show whether he would run.");
    assert!(!v.iter().any(|(_, c)| c == "show"), "{v:?}");
    let v = attrs("She repeated her recent claim that the dam leaks.");
    assert!(!v.iter().any(|(w, _)| w.ends_with("recent")), "{v:?}");
    // plural subjects, pronouns and auxiliaries agree
    assert_eq!(
        attrs("The polls show that the levy is popular."),
        vec![("The polls".into(), "show".into())]
    );
    assert_eq!(
        attrs("He didn't mention the levy."),
        vec![("He".into(), "mention".into())]
    );
}

#[test]
fn a_named_poll_reports_what_is_found_in_it() {
    let t = "The mayor leads her rival by six points in a new Harbor Gazette poll.";
    let (_, a) = extract_quotes_and_attributions(t);
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].cue_kind, CueKind::Stance);
    assert_eq!(a[0].text, "The mayor leads her rival by six points");
    assert_eq!(
        &t[a[0].speaker_start.unwrap()..a[0].speaker_end.unwrap()],
        "a new Harbor Gazette poll"
    );
    let t = "In the Valley College/Star survey released Monday, 40 percent backed the levy.";
    let (_, a) = extract_quotes_and_attributions(t);
    let poll = a.iter().find(|x| x.cue.as_deref() == Some("In")).unwrap();
    assert_eq!(poll.text, "40 percent backed the levy");
    // the polls at large, or a poll someone took part in, are no source
    assert!(attrs("The mayor has gained ground in the polls this month.").is_empty());
    assert!(attrs("Few voters took part in the poll on Sunday.").is_empty());
}

#[test]
fn shares_and_quantifiers_as_subjects() {
    for (t, who) in [
        ("Six in 10 say the ferry fare is too high.", "Six in 10"),
        (
            "Nearly nine out of 10 said the ferry was late.",
            "Nearly nine out of 10",
        ),
        ("42% say the ferry fare is too high.", "42"),
        ("Some say the ferry fare is too high.", "Some"),
        ("Most of them said the ferry was late.", "Most of them"),
    ] {
        assert_eq!(
            attrs(t),
            vec![(
                who.into(),
                t.split(' ').find(|w| w.starts_with("sa")).unwrap().into()
            )],
            "{t}"
        );
    }
    // a quantifier after the subject is no subject of its own
    assert!(
        attrs("They all said the ferry was late.")
            .iter()
            .all(|(who, _)| who != "all")
    );
}

#[test]
fn participles_of_reference_after_a_clause() {
    let t = "Senator Ana Ruiz said the bill was weak, referring to the transit levy.";
    let (_, a) = extract_quotes_and_attributions(t);
    let r = a
        .iter()
        .find(|x| x.cue.as_deref() == Some("referring"))
        .unwrap();
    assert_eq!(r.speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(r.cue_kind, CueKind::Stance);
    let said = a.iter().find(|x| x.cue.as_deref() == Some("said")).unwrap();
    assert_eq!(said.text, "the bill was weak");
    // a quotation keeps the speech cue
    let t = "“It is weak,” Ana Ruiz said, pointing to the levy.";
    let q = extract_quotes(t);
    assert_eq!(q[0].cue.as_deref(), Some("said"));
}

#[test]
fn appositive_with_two_descriptions_joined_by_and() {
    let t =
        "Maria Lopez, a transit planner and former city engineer, said the fares were too high.";
    assert_eq!(attrs(t), vec![("Maria Lopez".into(), "said".into())]);
    // a clause joined by "and" is no appositive
    let t = "Maria Lopez left the board, and she said the fares were too high.";
    assert_eq!(attrs(t), vec![("she".into(), "said".into())]);
}

#[test]
fn coordinated_cue_after_an_opening_conjunction() {
    let t = "But then Ana Ruiz met the board and said the fares would rise.";
    assert_eq!(attrs(t), vec![("Ana Ruiz".into(), "said".into())]);
}

#[test]
fn talk_with_its_topic() {
    let v = attrs("The harbor master talked about the new dredging plan.");
    assert_eq!(v, vec![("The harbor master".into(), "talked".into())]);
    let v = attrs("Ana Ruiz spoke of a deal with the ferry union.");
    assert_eq!(v, vec![("Ana Ruiz".into(), "spoke".into())]);
    // talk without a topic reports nothing
    assert!(attrs("Ana Ruiz spoke at the harbor on Monday.").is_empty());
}

#[test]
fn a_stance_inside_a_report_is_part_of_it() {
    // the tenants' backing is what Ana Ruiz reports, not an attribution of its own
    let t = "Ana Ruiz said the tenants backed the new lease.";
    assert_eq!(attrs(t), vec![("Ana Ruiz".into(), "said".into())]);
    // on its own it is one
    let t = "The tenants backed the new lease.";
    assert_eq!(attrs(t), vec![("The tenants".into(), "backed".into())]);
}

#[test]
fn a_mental_state_after_said_and_a_pronoun_is_part_of_the_report() {
    // the speaker's own belief, hope or plan is what the speaker reports: one relation, the
    // outer one, with the whole clause (PolNeAR gives no token two roles, so never nests)
    for t in [
        "Nora Vance said she believes the ferry will run again by May.",
        "The harbor master says he hopes the storm passes before the regatta.",
        "Nora Vance said that she thinks the ferry is safe enough.",
        "The dock workers said they fear the new cranes will cost jobs.",
    ] {
        let v = attrs(t);
        assert_eq!(v.len(), 1, "{t}: {v:?}");
        assert!(matches!(v[0].1.as_str(), "said" | "says"), "{t}: {v:?}");
    }
    let v = attr_contents("Nora Vance said she believes the ferry will run again by May.");
    assert_eq!(
        v,
        vec![(
            "Nora Vance".into(),
            "she believes the ferry will run again by May".into()
        )]
    );
    // a quotation in such a sentence is the words of the speaker of "said"
    let t = "Nora Vance said she thinks the ferry is “as safe as a bathtub” now.";
    let q = extract_quotes(t);
    assert_eq!(q[0].speaker.as_deref(), Some("Nora Vance"));
    assert_eq!(q[0].cue.as_deref(), Some("said"));
    // a mental state after someone else's name is no part of this rule
    let (_, a) = extract_quotes_and_attributions(
        "Nora Vance said Ivo Lind believes the ferry will run again.",
    );
    assert!(
        a.iter().any(|x| x.cue.as_deref() == Some("believes")),
        "{a:?}"
    );
}

#[test]
fn called_needs_for_on_or_a_quotation() {
    let v = attrs("The governor called the new levy “a tax on breathing” at a rally.");
    assert_eq!(v, vec![("The governor".into(), "called".into())]);
    assert!(attrs("The governor called the fire department after the blast.").is_empty());
    let v = attrs("The union calls for a strike next week.");
    assert_eq!(v, vec![("The union".into(), "calls".into())]);
    // an object named by a noun phrase with "a"
    let v = attrs("Critics called the new levy a tax on breathing.");
    assert_eq!(v, vec![("Critics".into(), "called".into())]);
    assert!(attrs("The mayor called a meeting of the board.").is_empty());
    assert!(attrs("The mayor called the office a day later.").is_empty());
}

#[test]
fn weak_verbs_need_that() {
    assert!(attrs("The court ruled on Monday morning.").is_empty());
    let v = attrs("The court ruled that the map was unlawful.");
    assert_eq!(v, vec![("The court".into(), "ruled".into())]);
    assert!(attrs("The city maintains a depot on Elm Street.").is_empty());
    assert!(attrs("Veterans with post-traumatic stress disorder wait for weeks.").is_empty());
    let v = attrs("Roe maintained that the levy was fair.");
    assert_eq!(v, vec![("Roe".into(), "maintained".into())]);
}

#[test]
fn inverted_determiner_phrase_and_more_speech_verbs() {
    // after a determiner, a capitalised modifier and its common noun are one speaker
    let v = extract_quotes("“The depot is full,” said one Labour source on the council.");
    assert_eq!(v[0].speaker.as_deref(), Some("one Labour source"), "{v:?}");
    let v = extract_quotes("“Open the gate!” she yells.");
    assert_eq!(v[0].cue.as_deref(), Some("yells"), "{v:?}");
    let v = extract_quotes("A neighbour commented: “The depot is too loud.”");
    assert_eq!(v[0].speaker.as_deref(), Some("A neighbour"), "{v:?}");
}

#[test]
fn participle_after_a_medium_takes_the_subject_that_put_it_out() {
    let v = attrs("The depot closed after Roe unleashed a series of tweets criticizing the board.");
    assert_eq!(v, vec![("Roe".into(), "criticizing".into())]);
    let v = attr_contents("The council issued a statement saying the depot would close.");
    assert_eq!(
        v,
        vec![("The council".into(), "the depot would close".into())]
    );
    let v =
        attr_contents("Following a short meeting, Ana Ruiz left the depot, saying it was unsafe.");
    assert_eq!(v, vec![("Ana Ruiz".into(), "it was unsafe".into())]);
}

#[test]
fn a_frame_borrowed_by_a_quotation_of_another_sentence_still_reports_its_clause() {
    let t = "“His diets are a fraud sold to the desperate.” And most of his advice is \
             wrong, according to the leading medical journal.";
    let (q, a) = extract_quotes_and_attributions(t);
    assert_eq!(q[0].cue.as_deref(), Some("according to"), "{q:?}");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].text, "And most of his advice is wrong");
    // a phrase quoted by the narrator borrows nothing; the clause is reported all the same
    let t = "He has sold “miracle” diets for years. And most of his advice is wrong, \
             according to the leading medical journal.";
    let (q, a) = extract_quotes_and_attributions(t);
    assert_eq!(q[0].cue, None, "{q:?}");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].text, "And most of his advice is wrong");
}

#[test]
fn stance_forms_discuss_and_wanted() {
    let v = attrs("The panel will discuss the fare increase on Friday.");
    assert_eq!(v, vec![("The panel".into(), "discuss".into())]);
    let v = attrs("Roe wanted a recount of the ballots.");
    assert_eq!(v, vec![("Roe".into(), "wanted".into())]);
}

#[test]
fn long_appositive_and_parenthesis() {
    let t = "Maria Lopez, a senior fellow at the Example Institute for Transit Policy, said the fares were too high.";
    assert_eq!(attrs(t), vec![("Maria Lopez".into(), "said".into())]);
    let t = "Rep. Jane Roe (D-Ohio) said the vote would be close.";
    assert_eq!(attrs(t), vec![("Rep. Jane Roe".into(), "said".into())]);
}

#[test]
fn adverbs_negations_and_verbs_of_aspect_before_the_cue() {
    let sp = |t: &str| attrs(t).into_iter().map(|(s, _)| s).collect::<Vec<_>>();
    assert_eq!(
        sp("Clinton almost suggested the question was out of line."),
        ["Clinton"]
    );
    assert_eq!(
        sp("Officials seldom say when the ferry will run."),
        ["Officials"]
    );
    assert_eq!(
        sp("He began talking about what will happen if they lose."),
        ["He"]
    );
    assert_eq!(sp("Roe kept saying the fares would not rise."), ["Roe"]);
    assert_eq!(
        sp("The owners aren't saying how much the repairs cost."),
        ["The owners"]
    );
}

#[test]
fn a_participle_after_the_cue_leaves_the_clause_before_to_the_cue() {
    let v = attr_contents(
        "The ferry will run twice a day, Roe said, adding that tickets go on sale in March.",
    );
    assert!(
        v.contains(&("Roe".into(), "The ferry will run twice a day".into())),
        "{v:?}"
    );
    assert!(
        v.contains(&("Roe".into(), "tickets go on sale in March".into())),
        "{v:?}"
    );
}

#[test]
fn an_apposed_name_after_a_qualified_description() {
    let t = "One delegate not on the Cruz slate, Kelly Schmidt, said she was leaning toward Cruz.";
    assert_eq!(attrs(t), vec![("Kelly Schmidt".into(), "said".into())]);
    let t = "A lawyer from the city council, Jane Roe, said the fares were too high.";
    assert_eq!(attrs(t), vec![("Jane Roe".into(), "said".into())]);
}

#[test]
fn the_source_named_by_a_cue_word_after_according_to() {
    let v = attrs("Prices will rise in the spring, according to a report.");
    assert_eq!(v, vec![("a report".into(), "according to".into())]);
    let v = attrs("It took $40.8m in ticket sales, according to studio estimates.");
    assert_eq!(v, vec![("studio estimates".into(), "according to".into())]);
}

#[test]
fn a_relative_clause_ending_in_a_percent_sign_before_the_cue() {
    let t = "The LSE, which saw its shares rise 25%, said the bid undervalued the business.";
    assert_eq!(
        attr_contents(t),
        vec![("The LSE".into(), "the bid undervalued the business".into())]
    );
}

#[test]
fn the_verb_of_a_noun_cue_is_no_speaker() {
    // "has sparked hopes that", "makes claims that": the word before the noun cue is a verb
    for t in [
        "The rise in oil prices has sparked hopes that drivers may switch.",
        "McFadden makes claims that he was beaten at his own school.",
    ] {
        let (q, a) = extract_quotes_and_attributions(t);
        assert!(q.is_empty() && a.is_empty(), "{t}: {a:?}");
    }
    // a participle after a subject still heads it
    assert_eq!(
        attrs("Those surveyed said the fares were too high."),
        vec![("Those surveyed".into(), "said".into())]
    );
}

#[test]
fn sums_estimates_and_futures_are_no_remarks() {
    for t in [
        // a sum added, not a remark
        "US firms added only 146,000 jobs in January.",
        "The refinery is adding 2,000 barrels a day.",
        // "estimate" after an adjective is a noun
        "A previous estimate of 0.1% growth was revised down.",
    ] {
        let (q, a) = extract_quotes_and_attributions(t);
        assert!(q.is_empty() && a.is_empty(), "{t}: {a:?}");
    }
    // a future cue is no inversion: the phrase after it is its object
    let t = "The company, which has two offices, will announce the location of its head \
             office at a later date.";
    let (_, a) = extract_quotes_and_attributions(t);
    assert!(
        a.iter()
            .all(|x| x.speaker.as_deref() != Some("the location of its head office")),
        "{a:?}"
    );
    // "added" before a remark is still a cue
    assert_eq!(
        attrs("Roe added that the fares would rise."),
        vec![("Roe".into(), "added".into())]
    );
}

#[test]
fn went_on_to_say_and_a_subject_opening_the_sentence() {
    assert_eq!(
        qs("He went on to say “You have a right to vote on November 8th.”"),
        vec![q("You have a right to vote on November 8th.", Some("He"))]
    );
    assert_eq!(
        attrs("Roe then went on to insist that the fares would not rise."),
        vec![("Roe".into(), "insist".into())]
    );
    // only "went on to" and "continued to" hand the cue the subject: not "refused to say"
    let (_, a) = extract_quotes_and_attributions("Roe refused to say whether fares would rise.");
    assert!(a.iter().all(|x| x.cue.as_deref() != Some("say")), "{a:?}");
    assert_eq!(
        attrs("Proponents of the new bill say it would keep federal safeguards in place."),
        vec![("Proponents of the new bill".into(), "say".into())]
    );
}

#[test]
fn names_with_an_ampersand() {
    for (t, name) in [
        ("AT&T said the deal would close in March.", "AT&T"),
        ("Overall, B&B said the market remains strong.", "B&B"),
        ("Marks & Spencer said sales fell.", "Marks & Spencer"),
        (
            "Accountancy firm Ernst & Young said the forecasts were too rosy.",
            "Ernst & Young",
        ),
    ] {
        assert_eq!(speaker(t).as_deref(), Some(name), "{t}");
    }
}

#[test]
fn us_and_it_inside_an_inverted_subject_and_a_headline_capital() {
    let t = "“Customers are happy,” says Cara Diemont of IT firm Dimension Data, which \
             commissioned the survey.";
    assert_eq!(qs(t), vec![q("Customers are happy", Some("Cara Diemont"))]);
    let t = "“Prices will rise,” said analyst Jane Roe of US bank Citigroup.";
    assert_eq!(qs(t), vec![q("Prices will rise", Some("Jane Roe"))]);
    // the capital that opens a headline is the headline's: "Marsh" is not "Troubled Marsh"
    let t = "Troubled Marsh under SEC scrutiny\n\nMarsh has said it is co-operating fully.";
    assert_eq!(speaker(t).as_deref(), Some("Marsh"));
    // a full name in the body still completes a surname
    let t = "Jane Roe chairs the panel.\n\nRoe said the fares would rise.";
    assert_eq!(speaker(t).as_deref(), Some("Jane Roe"));
}

fn attr_contents(t: &str) -> Vec<(String, String)> {
    let (q, a) = extract_quotes_and_attributions(t);
    q.into_iter()
        .chain(a)
        .map(|x| {
            let sp = &t[x.speaker_start.unwrap()..x.speaker_end.unwrap()];
            (sp.to_string(), x.text.into())
        })
        .collect()
}

#[test]
fn a_dateline_is_no_subject() {
    let t = "HARBORVIEW -- Mayor Lena Okafor, opening the new ferry pier on Saturday, said it would carry 900 riders a day.";
    assert_eq!(
        attr_contents(t),
        vec![(
            "Mayor Lena Okafor".into(),
            "it would carry 900 riders a day".into()
        )]
    );
    let t = "DOVER, Del. (AP) ― Lena Okafor said the ferry would run twice a day.";
    assert_eq!(attr_contents(t)[0].0, "Lena Okafor");
}

#[test]
fn a_conjunction_after_a_middle_cue_opens_no_report() {
    let t = "The ferry fares are too high, local riders said Friday, as they gathered at the pier.";
    assert_eq!(
        attr_contents(t),
        vec![("local riders".into(), "The ferry fares are too high".into())]
    );
    let t = "The repairs would take two more weeks, she said, and the pier would stay closed.";
    assert_eq!(
        attr_contents(t)[0].1,
        "The repairs would take two more weeks"
    );
    // a parenthetical cue inside one clause still reports what follows
    let t = "The pier, she said, is full on market days.";
    assert_eq!(attr_contents(t)[0].1, "is full on market days");
}

#[test]
fn an_opening_phrase_is_not_the_report() {
    let t = "Looking ahead to the winter, Okafor explained why she backs the new timetable.";
    assert_eq!(attr_contents(t)[0].1, "why she backs the new timetable");
    let t = "Based on the figures in the audit, Okafor on Tuesday said the pier needs repairs.";
    assert_eq!(attr_contents(t)[0].1, "the pier needs repairs");
    // one word before the subject is no clause, even when the object is short
    let t = "Meanwhile, the tenants opposed Okafor.";
    assert_eq!(
        attr_contents(t),
        vec![("the tenants".into(), "Okafor".into())]
    );
}

#[test]
fn a_cue_closing_the_sentence_after_its_subject_reports_the_clause_before() {
    let t = "The ferry pier stays shut until March, the Harbor Gazette reports.";
    assert_eq!(
        attr_contents(t),
        vec![(
            "the Harbor Gazette".into(),
            "The ferry pier stays shut until March".into()
        )]
    );
    let t = "The timetable was never the problem, the mayor's former adviser maintains.";
    assert_eq!(attr_contents(t)[0].0, "the mayor's former adviser");
    // the same words as nouns report nothing
    for t in [
        "The council read the audit, the budget and the reports.",
        "She said nothing about the pier, which the city maintains.",
        "The tenants rejected the fees, the Okafor plans.",
    ] {
        assert!(
            extract_attributions(t)
                .iter()
                .all(|a| !matches!(a.cue.as_deref(), Some("reports" | "maintains" | "plans"))),
            "{t}"
        );
    }
}

#[test]
fn an_apposed_name_after_a_description_with_a_place() {
    for t in [
        "The chief engineer of the Port Authority, Lena Okafor, said the pier was safe.",
        "Her former partner at Lenox, Lena Okafor, said the pier was safe.",
    ] {
        assert_eq!(
            attr_contents(t),
            vec![("Lena Okafor".into(), "the pier was safe".into())],
            "{t}"
        );
    }
}

#[test]
fn a_poll_reports_the_share_of_its_respondents() {
    let t = "A Harbor Gazette poll found 61 percent of riders said the fares were too high.";
    let a = extract_attributions(t);
    let said = a.iter().find(|x| x.cue.as_deref() == Some("said")).unwrap();
    assert_eq!(
        &t[said.speaker_start.unwrap()..said.speaker_end.unwrap()],
        "A Harbor Gazette poll"
    );
    assert_eq!(said.text, "the fares were too high");
    // without a poll in the sentence the share speaks
    let t = "At the meeting, 61 percent of riders said the fares were too high.";
    assert_eq!(attr_contents(t)[0].0, "61 percent of riders");
}

#[test]
fn time_adjuncts_and_adverbs_are_not_speakers() {
    let v = attr_contents("The mayor on Tuesday said the bridge would reopen in spring.");
    assert_eq!(
        v,
        vec![(
            "The mayor".into(),
            "the bridge would reopen in spring".into()
        )]
    );
    let v = attr_contents("The council has sharply criticized the new parking fees.");
    assert_eq!(v[0].0, "The council");
    let v = attr_contents("Ana Ruiz, D-Ore., said Friday that the budget was balanced.");
    assert_eq!(
        v,
        vec![("Ana Ruiz".into(), "the budget was balanced".into())]
    );
}

#[test]
fn intro_phrase_is_not_the_reported_clause() {
    let v = attr_contents("In a statement, the school board said classes would resume.");
    assert_eq!(v[0].1, "classes would resume");
    let v = attr_contents("However, the agency reported that fares rose by a third.");
    assert_eq!(v[0].1, "fares rose by a third");
    // a real clause before the subject stays the content
    let v = attr_contents("The fares will rise next year, the agency said.");
    assert_eq!(v[0].1, "The fares will rise next year");
}

#[test]
fn verbless_phrase_before_the_subject_is_not_the_reported_clause() {
    let v = attr_contents("Two weeks later, the ferry company announced a new timetable.");
    assert_eq!(v[0].1, "a new timetable");
    let v = attr_contents("Nonetheless, the agency said fares would rise.");
    assert_eq!(v[0].1, "fares would rise");
    let v =
        attr_contents("A longtime critic of the depot, the mayor argued the site was too small.");
    assert_eq!(
        v,
        vec![("the mayor".into(), "the site was too small".into())]
    );
    // an auxiliary makes the words before the subject a clause: the report
    let v = attr_contents("The depot is too small, the mayor argued at a meeting on Monday.");
    assert_eq!(v[0].1, "The depot is too small");
    // a past tense, too; and words after the cue that open no complement
    let v = attr_contents("Fares rose by a tenth, the agency noted in a leaflet for riders.");
    assert_eq!(v[0].1, "Fares rose by a tenth");
    let v = attr_contents("That leaves two depots short of staff, Roe said without naming them.");
    assert_eq!(v[0].1, "That leaves two depots short of staff");
}

#[test]
fn relative_that_speaker_is_its_noun_phrase() {
    let v = attr_contents("She cited a survey that shows most riders want later buses.");
    assert_eq!(v.len(), 2);
    assert_eq!(
        v[1],
        ("a survey".into(), "most riders want later buses".into())
    );
}

#[test]
fn cue_word_inside_a_name_is_no_cue() {
    // "States" is no cue in "United States": the appositive goes on to the name
    let t = "“Fares must fall,” Ana Ruiz, a transit planner and a former United States \
             envoy to Chile, said of the plan.";
    let v = extract_quotes(t);
    assert_eq!(v[0].speaker.as_deref(), Some("Ana Ruiz"), "{v:?}");
}

#[test]
fn year_adjunct_and_even_before_the_subject() {
    let t = "The board met Ana Ruiz, who in 2012 said the depot was too small.";
    assert_eq!(
        attr_contents(t),
        vec![("who".into(), "the depot was too small".into())]
    );
    assert_eq!(
        extract_attributions(t)[0].speaker.as_deref(),
        Some("Ana Ruiz")
    );
    let v = attr_contents("Even Norway, the largest shareholder, said the depot was too small.");
    assert_eq!(v, vec![("Norway".into(), "the depot was too small".into())]);
}

#[test]
fn appositive_after_parenthesis() {
    let t = "Rep. Jane Roe (D-Ohio), a member of the transit panel, said the fares were too high.";
    assert_eq!(attrs(t), vec![("Rep. Jane Roe".into(), "said".into())]);
    let t = "“Fares are too high,” panel chair Jane Roe (D-Ohio) said.";
    assert_eq!(attrs(t), vec![("Jane Roe".into(), "said".into())]);
}

#[test]
fn inversion_needs_the_phrase_to_end_the_clause() {
    let v = attr_contents("The levy failed, said Jane Roe in a statement.");
    assert_eq!(v, vec![("Jane Roe".into(), "The levy failed".into())]);
    // not an inversion: the phrase after "said" opens the reported clause
    let v = attr_contents("Jane Roe, who chairs the transit panel, said Ben Cole's plan was late.");
    assert_eq!(
        v,
        vec![("Jane Roe".into(), "Ben Cole's plan was late".into())]
    );
    let v = attr_contents("The fares rose again. Said Roe: “Nobody rides the bus now.”");
    assert_eq!(v, vec![("Roe".into(), "Nobody rides the bus now.".into())]);
}

#[test]
fn title_then_apposed_name() {
    let v = attr_contents("The city’s transit director, Ben Cole, said the line would close.");
    assert_eq!(v, vec![("Ben Cole".into(), "the line would close".into())]);
    let v =
        attr_contents("Veteran planner Ana Ruiz, who drew the first map, said the plan was sound.");
    assert_eq!(v, vec![("Ana Ruiz".into(), "the plan was sound".into())]);
}

#[test]
fn double_marks_nested_in_a_single_quoted_quotation() {
    // British style: the quotation in single marks, the words it quotes in double marks
    let t = "'The board told us \"wait and see\" twice,' said Ana Roe. 'We will not wait.'";
    assert_eq!(
        qs(t),
        vec![
            q("The board told us \"wait and see\" twice", Some("Ana Roe")),
            q("We will not wait.", Some("Ana Roe")),
        ]
    );
    let t = "‘The board told us “wait and see” twice,’ Ana Roe said.";
    assert_eq!(
        qs(t),
        vec![q("The board told us “wait and see” twice", Some("Ana Roe"))]
    );
    // an apostrophe before a figure opens no quotation: the double marks stay a quote
    let t = "In the '90s, Ana Roe said \"fares doubled\" on the line.";
    assert_eq!(qs(t), vec![q("fares doubled", Some("Ana Roe"))]);
}

#[test]
fn a_pronoun_stands_for_a_person_of_its_gender() {
    // "he" skips the last speaker when she is a woman (an honorific, a noun, or "she"
    // before), and takes the speaker before her
    let t = "“The line opens in May,” said Tom Hale. “Fares will not rise,” said Mrs Ana Roe. “We are ready,” he added.";
    assert_eq!(
        qs(t),
        vec![
            q("The line opens in May", Some("Tom Hale")),
            q("Fares will not rise", Some("Ana Roe")),
            q("We are ready", Some("Tom Hale")),
        ]
    );
    let t = "“The line opens in May,” said Ana Roe. “Fares will not rise,” she added.\n\n“We are ready,” he said.";
    let v = qs(t);
    assert_eq!(v[1], q("Fares will not rise", Some("Ana Roe")));
    assert_eq!(v[2], q("We are ready", Some("he")));
    let t = "“The line opens in May,” the actress Ana Roe said.\n\n“We are ready,” he said.";
    assert_eq!(qs(t)[1], q("We are ready", Some("he")));
    // with no speaker before it, a pronoun may stand for a person the text named, never for
    // an organisation or an event
    let t = "The Academy Awards open on Sunday.\n\n“We are ready,” he said.";
    assert_eq!(qs(t), vec![q("We are ready", Some("he"))]);
    let t = "Tom Hale runs the Harbor Board.\n\n“We are ready,” he said.";
    assert_eq!(qs(t), vec![q("We are ready", Some("Tom Hale"))]);
}

#[test]
fn a_message_to_someone_is_the_speaker() {
    let v = attrs("A letter to staff says the plant will close in March.");
    assert_eq!(v, vec![("A letter to staff".into(), "says".into())]);
    let v = attrs("The memo to employees said bonuses were cut.");
    assert_eq!(v, vec![("The memo to employees".into(), "said".into())]);
    // a letter that is the object of another speaker's verb
    let v = extract_quotes(
        "The firm wrote a letter to the dean, Ann Roe, calling the report “misleading.”",
    );
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].speaker.as_deref(), Some("The firm"));
    // "to" after any other noun ends the subject: the one it names is the speaker
    let v = attrs("The fare rise to commuters, Roe said, is small.");
    assert!(v.iter().all(|(sp, _)| !sp.contains(" to ")), "{v:?}");
}

#[test]
fn noun_uses_of_cue_words_are_not_cues() {
    assert!(attrs("The harbour attacks left the port closed for a week.").is_empty());
    assert!(attrs("Voters had questions about the bond measure.").is_empty());
    assert!(attrs("The fare was easier said than done.").is_empty());
    assert!(attrs("The levy endorsed by the council passed.").is_empty());
    let v = attrs("The mayor attacks the council for the delay.");
    assert_eq!(v, vec![("The mayor".into(), "attacks".into())]);
    let v = attrs("She questions whether the levy is legal.");
    assert_eq!(v, vec![("She".into(), "questions".into())]);
    // a participle used as an adjective
    assert!(attrs("Ana Roe won best supporting actress at the gala.").is_empty());
    let v = attrs("The stock-market listed firm said profits rose.");
    assert_eq!(
        v,
        vec![("The stock-market listed firm".into(), "said".into())]
    );
    let v = attrs("The co-founder listed the risks of the merger.");
    assert_eq!(v, vec![("The co-founder".into(), "listed".into())]);
    // "say" as a noun, and a cue word as the object of an infinitive
    assert!(attrs("Tenants gained a greater say in how the depot is run.").is_empty());
    assert!(attrs("Riders had no say over the new timetable.").is_empty());
    assert!(attrs("The firm paid $2m to settle claims that it hid losses.").is_empty());
    let v = attrs("Ana Ruiz went to the council to say the levy was illegal.");
    assert!(v.is_empty() || v[0].0 == "Ana Ruiz", "{v:?}");
    let v = attrs("The council has to say whether the levy stands.");
    assert!(v.is_empty() || v[0].0 == "The council", "{v:?}");
}

#[test]
fn show_and_book_titles_have_no_speaker() {
    let t = "“The line is late,” Roe said on KXTV's “Morning Report.” “It will open in May.”";
    let v = extract_quotes(t);
    assert_eq!(v.len(), 3);
    assert_eq!(v[0].speaker.as_deref(), Some("Roe"));
    assert_eq!(v[1].text, "Morning Report.");
    assert_eq!(v[1].speaker, None);
    assert_eq!(v[2].speaker.as_deref(), Some("Roe"));
}

#[test]
fn relative_and_parenthetical_cues_report_what_follows() {
    let v = attr_contents("The board overruled Ana Ruiz, who said the levy was illegal.");
    assert_eq!(v, vec![("who".into(), "the levy was illegal".into())]);
    let v = attr_contents("The depot, Roe said, is usually full on weekdays.");
    assert_eq!(
        v,
        vec![("Roe".into(), "is usually full on weekdays".into())]
    );
}

#[test]
fn coordinated_and_statement_participles_take_the_subject() {
    let v = attrs("Ana Ruiz met the transit board and said the line would close.");
    assert!(v.contains(&("Ana Ruiz".into(), "said".into())), "{v:?}");
    let v = attrs("She released a statement saying the depot would stay open.");
    assert_eq!(v, vec![("She".into(), "saying".into())]);
    let v = attrs("The board has since said that fares will rise.");
    assert_eq!(v, vec![("The board".into(), "said".into())]);
}

#[test]
fn nominal_cues_after_a_possessive() {
    let t = "Ben Cole arrived late. Cole’s claim that the depot was flooded was false.";
    let (q, a) = extract_quotes_and_attributions(t);
    assert!(q.is_empty());
    assert_eq!(a.len(), 1);
    assert_eq!(
        &t[a[0].speaker_start.unwrap()..a[0].speaker_end.unwrap()],
        "Cole"
    );
    assert_eq!(a[0].speaker.as_deref(), Some("Ben Cole"));
    assert_eq!(a[0].text, "the depot was flooded was false");
    let v = attr_contents("Ana Ruiz spoke. In her words, the depot is a ruin.");
    assert_eq!(v, vec![("her".into(), "the depot is a ruin".into())]);
    // no clause after the noun: no frame
    assert!(attrs("Cole’s claim was rejected by the court.").is_empty());
}

#[test]
fn transcript_lines_name_their_speaker() {
    let t = "ROE: We will open the line in May.\nJane Roe: The fares stay the same for now.\nCORRECTION: An earlier version misspelled a name.\nRoe: 547";
    let v = attr_contents(t);
    assert_eq!(
        v,
        vec![
            ("ROE".into(), "We will open the line in May".into()),
            ("Jane Roe".into(), "The fares stay the same for now".into()),
        ]
    );
}

#[test]
fn long_inverted_subjects_and_headlines() {
    let t = "“Ridership fell,” said veteran transit planner Jane Roe. “Nobody rides.”";
    let v = extract_quotes(t);
    assert_eq!(v.len(), 2);
    assert!(
        v.iter().all(|q| q.speaker.as_deref() == Some("Jane Roe")),
        "{v:?}"
    );
    let t = "“Ridership fell,” says Jane Roe of the Example Transit Institute.";
    assert_eq!(attrs(t), vec![("Jane Roe".into(), "says".into())]);
    let v = attr_contents("Roe Says The Depot Will Close In May");
    assert_eq!(
        v,
        vec![("Roe".into(), "The Depot Will Close In May".into())]
    );
    // any cue of a headline in the present after a capitalised subject
    let v = attr_contents("Jane Roe Calls Depot Plan ‘A Waste Of Money’");
    assert_eq!(v, vec![("Jane Roe".into(), "A Waste Of Money".into())]);
    let v = attr_contents("Ferry Union Urges Riders To Boycott The New Timetable");
    assert_eq!(v[0].0, "Ferry Union");
}

#[test]
fn participle_reports_what_follows_and_takes_the_subject() {
    let v =
        attr_contents("The mayor left no doubt about the plan, saying that the depot would close.");
    assert_eq!(
        v,
        vec![("The mayor".into(), "the depot would close".into())]
    );
    let t = "And retired Col. Ana Ruiz, who led the unit and later ran the depot, said the plan failed.";
    assert_eq!(attr_contents(t)[0].0, "retired Col. Ana Ruiz");
}

#[test]
fn scare_quote_in_an_earlier_clause_has_no_speaker() {
    let t =
        "Officials toured a “supermax” prison in Ohio, and a former warden said talks were held.";
    let (q, a) = extract_quotes_and_attributions(t);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker, None);
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].text, "talks were held");
    // the usual order still attributes the quotation
    let v = extract_quotes("“Talks were held,” a former warden said.");
    assert_eq!(v[0].speaker.as_deref(), Some("a former warden"));
    // a lowercase modifier before the subject's title, and a clause after the cue
    let t = "“Deadlines are not optional,” board Chairwoman Rep. Ana Ruiz (D-Ohio) said after the vendor missed a second hearing.";
    let (q, a) = extract_quotes_and_attributions(t);
    assert_eq!(q[0].speaker.as_deref(), Some("Ana Ruiz"));
    assert!(a.is_empty());
    // the same order in mid-sentence is still an earlier clause
    let t = "He spoke on “Morning Report,” board Chairwoman Ana Ruiz said after the vote.";
    assert_eq!(extract_quotes(t)[0].speaker, None);
}

#[test]
fn a_paragraph_ending_in_its_cue_and_a_colon_introduces_the_next_quotation() {
    let t = "The depot closed on Friday.\n\nMayor Ana Ruiz told reporters:\n\n\"We had no choice. The roof was failing.\"\n";
    assert_eq!(speaker(t).as_deref(), Some("Ana Ruiz"));
    assert_eq!(extract_quotes(t)[0].cue.as_deref(), Some("told"));
    // a colon after a clause that reports something of its own introduces nothing
    let t = "Ana Ruiz said the vote was close:\n\n\"We had no choice.\"\n";
    assert_eq!(extract_quotes(t)[0].speaker, None);
    // a colon without a cue names nobody
    let t = "The vote was close:\n\n\"We had no choice.\"\n";
    assert_eq!(extract_quotes(t)[0].speaker, None);
}

#[test]
fn writings_read_their_quotations() {
    for (t, who, cue) in [
        (
            "“The depot is closed,” the notice read.",
            "the notice",
            "read",
        ),
        (
            "“The depot is closed,” reads the notice.",
            "the notice",
            "reads",
        ),
        (
            "The notice reads: “The depot is closed.”",
            "The notice",
            "reads",
        ),
    ] {
        let v = extract_quotes(t);
        assert_eq!(v[0].speaker.as_deref(), Some(who), "{t}");
        assert_eq!(v[0].cue.as_deref(), Some(cue), "{t}");
    }
    // a person who reads, a reading without a quotation
    assert_eq!(
        extract_quotes("She has read “The Depot,” a novel.")[0].speaker,
        None
    );
    assert!(extract_attributions("The clerk read the notice aloud.").is_empty());
}

#[test]
fn middle_initials_and_what_follows_said_that_is_no_subject() {
    // a middle initial keeps its dot inside the name
    assert_eq!(
        speaker("“We were careful,” Tom B. Hale said.").as_deref(),
        Some("Tom B. Hale")
    );
    assert_eq!(
        speaker("''We were careful,'' Tom B. Hale, a Republican of Ohio, said of the merger.")
            .as_deref(),
        Some("Tom B. Hale")
    );
    // "said of ...", "said dryly", "said Sunday" name no speaker after the cue
    for t in [
        "“We were careful,” said dryly.",
        "“We were careful,” said Sunday.",
        "“We were careful,” said of the merger.",
    ] {
        assert_eq!(extract_quotes(t)[0].speaker, None, "{t}");
    }
}

#[test]
fn apposed_names_after_descriptions_and_relative_that() {
    assert_eq!(
        speaker("A lawyer for the tenants, Ana Ruiz, said no decision had been made.").as_deref(),
        Some("Ana Ruiz")
    );
    // a name with its article is a name, and a relative "that" may follow the description
    assert_eq!(
        speaker("The Example Agency, the office that runs the depots, said it was taking steps.")
            .as_deref(),
        Some("Example Agency")
    );
    // "that" after a cue is no relative pronoun
    assert_eq!(
        speaker("Ana Ruiz, who said that the plan failed, said it was over.").as_deref(),
        Some("Ana Ruiz")
    );
}

#[test]
fn more_ways_of_saying() {
    for (t, cue) in [
        ("“Not this year,” Ana Ruiz retorted.", "retorted"),
        ("“Not this year,” Ana Ruiz whispered.", "whispered"),
        ("Ana Ruiz opined that the depot would close.", "opined"),
        ("“It will be fine,” Ana Ruiz assured reporters.", "assured"),
    ] {
        let (q, a) = extract_quotes_and_attributions(t);
        let f = q.first().or(a.first()).unwrap();
        assert_eq!(f.speaker.as_deref(), Some("Ana Ruiz"), "{t}");
        assert_eq!(f.cue.as_deref(), Some(cue), "{t}");
    }
    // "assured" takes its listener like "told": no inverted speaker after it
    assert_eq!(
        extract_quotes("“It will be fine,” assured the mayor's aides.")[0].speaker,
        None
    );
}

#[test]
fn put_it_and_a_noun_like_cue_after_its_quotation() {
    for t in [
        "As Ana Ruiz put it, “The depot was never profitable.”",
        "“The depot was never profitable,” as Ana Ruiz, a lawyer at the firm, recently put it.",
        "Ana Ruiz put it this way: “The depot was never profitable.”",
        "“The depot was never profitable,” Ana Ruiz notes.",
    ] {
        assert_eq!(speaker(t).as_deref(), Some("Ana Ruiz"), "{t}");
    }
    // "put it" with an object is no cue; the pronoun after it is no speaker
    assert_eq!(
        speaker("“The depot was never profitable,” Ruiz put it on the list."),
        None
    );
    assert!(extract_attributions("She put it on the table.").is_empty());
    // a noun after the quotation is no cue
    assert_eq!(
        extract_quotes("He read “The Depot,” a book that notes.")[0].speaker,
        None
    );
}

#[test]
fn participles_after_an_introductory_phrase_and_cues_in_relative_clauses() {
    let t = "Before the vote, Police Chief Ana Ruiz asked to suspend the rule, saying, “Fewer cars, fewer crashes.”";
    assert_eq!(speaker(t).as_deref(), Some("Ana Ruiz"));
    let t = "On Monday, she left the hearing early, saying “no comment.”";
    assert_eq!(extract_quotes(t)[0].speaker_start, Some(11));
    // the verb of a relative clause inside the appositive is not the cue
    let t = "“I do not believe in it,” Ana Ruiz, who has not endorsed a candidate, told reporters.";
    let q = extract_quotes(t);
    assert_eq!(q[0].speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(q[0].cue.as_deref(), Some("told"));
}

#[test]
fn an_opener_does_not_move_the_report_past_a_conjunction() {
    // "However, ..., Roe said, and ...": the report is the clause before the cue, not the
    // clause the conjunction opens
    let v = attr_contents(
        "However, the ferry line is keen to add night crossings, Jane Roe said, and fares \
         would rise by a third.",
    );
    assert_eq!(
        v,
        vec![(
            "Jane Roe".into(),
            "However, the ferry line is keen to add night crossings".into()
        )]
    );
}

#[test]
fn documents_and_polls_as_sources() {
    let v = attr_contents("Ridership data show that the line lost a third of its riders.");
    assert_eq!(
        v,
        vec![(
            "Ridership data".into(),
            "the line lost a third of its riders".into()
        )]
    );
    let v = attrs("A new poll found that most riders want the line back.");
    assert_eq!(v, vec![("A new poll".into(), "found".into())]);
    let v = attrs("The audit report said the depot was unsafe.");
    assert_eq!(v, vec![("The audit report".into(), "said".into())]);
    assert!(attrs("The talk show drew few viewers.").is_empty());
}

proptest! {
    #[test]
    fn prop_quotes(s in "\\PC*") {
        check(&s);
    }
    #[test]
    fn prop_quotes_newsy(s in "([A-Z][a-z]{0,5}|said|he|told|according to|adding|[.’'\"“”‘ \u{a0},:\n])*") {
        check(&s);
    }
}

fn check(s: &str) {
    let (a, b) = extract_quotes_and_attributions(s);
    for q in a.iter().chain(b.iter()) {
        for x in [q.start, q.end, q.content_start, q.content_end] {
            assert!(x <= s.len() && s.is_char_boundary(x));
        }
        assert!(
            q.start <= q.content_start
                && q.content_start <= q.content_end
                && q.content_end <= q.end
        );
        if let (Some(x), Some(y)) = (q.speaker_start, q.speaker_end) {
            assert!(x < y && y <= s.len() && s.is_char_boundary(x) && s.is_char_boundary(y));
        }
    }
    assert_eq!(extract_quotes(s), a);
    assert_eq!(extract_attributions(s), b);
}
