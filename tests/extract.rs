//! What `factdiff inspect` shows for the demo cluster: the facts the extraction issue names.

use assert_cmd::Command;
use serde_json::Value;

fn inspect(file: &str, extra: &[&str]) -> Vec<Value> {
    let out = Command::cargo_bin("factdiff")
        .unwrap()
        .args([
            "inspect",
            &format!("corpus/syria-2016-09/{file}"),
            "--format",
            "json",
        ])
        .args(extra)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    report["documents"][0]["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["facts"].as_array().unwrap().clone())
        .collect()
}

fn find<'a>(facts: &'a [Value], kind: &str, text: &str) -> &'a Value {
    facts
        .iter()
        .find(|f| f["kind"] == kind && f["text"] == text)
        .unwrap_or_else(|| panic!("no {kind} fact {text:?}"))
}

#[test]
fn war_lengths_are_figures_with_hedge_and_unit() {
    let facts = inspect("000_f4d0d7b6037179a7.txt", &[]);
    let six = find(&facts, "number", "nearly six-year");
    assert_eq!(six["value"], 6.0);
    assert_eq!(six["hedge"], "nearly");
    assert_eq!(six["unit"], "year");
    assert!(six["low"].as_f64().unwrap() < 6.0 && six["high"].as_f64().unwrap() == 6.0);
    let facts = inspect("001_9fff55f517b4c8c4.txt", &[]);
    let five = find(&facts, "number", "five-year");
    assert_eq!(five["value"], 5.0);
    assert_eq!(five["unit"], "year");
    assert!(five["hedge"].is_null());
}

#[test]
fn on_monday_resolves_against_the_publication_date() {
    let facts = inspect("003_f221f9b3d87f47aa.txt", &["--published", "2016-09-09"]);
    let monday = facts
        .iter()
        .find(|f| f["kind"] == "date" && f["text"].as_str().unwrap().contains("Monday"))
        .expect("a date for Monday");
    assert_eq!(monday["resolved"]["from"], "2016-09-05");
    assert_eq!(monday["resolved"]["to"], "2016-09-05");
    // Without a publication date a weekday cannot be resolved.
    let facts = inspect("003_f221f9b3d87f47aa.txt", &[]);
    let monday = facts
        .iter()
        .find(|f| f["kind"] == "date" && f["text"].as_str().unwrap().contains("Monday"))
        .unwrap();
    assert!(monday["resolved"].is_null());
}

#[test]
fn lavrov_is_a_name_in_both_spellings_and_carter_is_quoted() {
    let facts = inspect("000_f4d0d7b6037179a7.txt", &[]);
    find(&facts, "name", "Sergey Lavrov");
    let carter = find(&facts, "name", "Ash Carter");
    assert_eq!(carter["title"], "Defence Secretary");
    let quote = find(&facts, "quote", "Our patience is not unlimited");
    assert_eq!(quote["speaker"], "Ash Carter");
    let facts = inspect("001_9fff55f517b4c8c4.txt", &[]);
    find(&facts, "name", "Sergei Lavrov");
}

#[test]
fn every_span_points_into_the_file() {
    for file in [
        "000_f4d0d7b6037179a7.txt",
        "003_f221f9b3d87f47aa.txt",
        "004_dcc3a013572ae37a.txt",
    ] {
        let text = std::fs::read_to_string(format!("corpus/syria-2016-09/{file}")).unwrap();
        for fact in inspect(file, &["--published", "2016-09-09"]) {
            let (start, end) = (
                fact["start"].as_u64().unwrap() as usize,
                fact["end"].as_u64().unwrap() as usize,
            );
            let span = text
                .get(start..end)
                .expect("span on char boundaries inside the file");
            if fact["kind"] != "quote" && fact["kind"] != "attribution" {
                assert_eq!(span, fact["text"].as_str().unwrap(), "{fact}");
            }
        }
    }
}
