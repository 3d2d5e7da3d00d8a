//! The docs generated from the code, so that they never drift from it: `factdiff rules
//! explain ID` (and its `--long` page, which is `docs/checks/<id>.md`), `rules/README.md`
//! (from `rules/README.template.md`), `docs/cluster-toml.md` and the man pages.
//! `tests/docs.rs` fails when a committed file differs from what this writes;
//! `FACTDIFF_UPDATE_DOCS=1 cargo test --test docs` rewrites them.
//!
//! Every top-level table a rule file may hold is one entry of [`TABLES`]: its key names
//! come from its serde type, its defaults from `rules/default.toml`, what each key means
//! from the type's `KEYS`. A new table is a `KEYS` list beside its type and one entry
//! here; `tests/docs.rs` fails while a table of `RuleSet` or a key of its type has none.

use std::fmt::Write as _;

use serde::Serialize;

use crate::checks::options::{ENABLED, SEVERITY};
use crate::checks::shared::confidence;
use crate::checks::{Check, registry};
use crate::config::{
    AlignRules, BoilerplateRules, ConfidenceRules, Equivalences, FeedRules, KeyDoc, RuleSet,
    field_names,
};
use crate::input::{MANIFEST_DOC, Manifest, ManifestEntry};

/// A top-level table of a rule file, as `rules/README.md` documents it.
pub struct TableDoc {
    /// Its name in a file: `align` for `[align]`.
    pub name: &'static str,
    /// What it is about, after the heading.
    pub title: &'static str,
    /// Markdown before its key table.
    pub about: &'static str,
    /// Markdown after it.
    pub notes: &'static str,
    pub keys: &'static [KeyDoc],
    /// The keys its serde type reads.
    pub fields: fn() -> &'static [&'static str],
    /// Its values in a rule set.
    pub values: fn(&RuleSet) -> toml::Table,
}

/// Every top-level table of a rule file but `[checks.*]` (which the registry lists), in the
/// order `rules/README.md` gives them.
pub static TABLES: &[TableDoc] = &[
    TableDoc {
        name: "align",
        title: "which sentences report the same fact",
        about: "How sentences of different articles are linked as reporting the same fact. \
Each prose sentence becomes a vector of content terms (stems; stop words dropped; figures, number \
words, months and weekdays masked, so that a sentence that disagrees on a number still aligns \
with its counterpart), weighted by rarity in the cluster (TF-IDF). The `alignment_score` of two \
sentences is the cosine of their vectors (0..1). See [docs/alignment.md](../docs/alignment.md) \
for the method and its measured quality and cost.",
        notes: "Renamed: `blocking_max_share` (a share of the cluster's sentences) became \
`blocking_max_df` (a count): a share grows with the cluster and made large clusters cost \
quadratically.",
        keys: AlignRules::KEYS,
        fields: field_names::<AlignRules>,
        values: |rules| table_of(&rules.align),
    },
    TableDoc {
        name: "confidence",
        title: "how sure a finding must be to keep its severity",
        about: "Every finding carries a confidence from 0 to 1, built from its evidence: how \
strongly its sentences align, whether the words around the two facts say they measure the same \
thing, how exact the extraction was, whether the sentences share another fact. The weights are \
fitted on judged findings (`scripts/fit_confidence.py`, stored in `rules/confidence.toml`); \
`factdiff rules explain ID` gives each check's formula. This table says how the confidence caps \
the severity, so that a gate fails only on findings an editor would act on. \
`--min-confidence` hides findings below a value.",
        notes: "",
        keys: ConfidenceRules::KEYS,
        fields: field_names::<ConfidenceRules>,
        values: |rules| table_of(&rules.confidence),
    },
    TableDoc {
        name: "boilerplate",
        title: "lines that are not prose",
        about: "",
        notes: "",
        keys: BoilerplateRules::KEYS,
        fields: field_names::<BoilerplateRules>,
        values: |rules| table_of(&rules.boilerplate),
    },
    TableDoc {
        name: "feed",
        title: "stories in a feed",
        about: "How `factdiff feed` groups a feed's articles into stories. Each article becomes a \
TF-IDF vector of its strongest content terms (headline words count five times). Two articles \
are compared only when one of the rarest strong terms of one is among the terms of the other and \
they are published within the window. A pair becomes a link when it scores `strong_similarity`, \
or `min_similarity` and each article is the other's most similar (mutual nearest neighbours: two \
outlets' articles on one event, written from different angles, share few words, but fewer still \
with anything else that week). Links merge strongest first, and two stories merge only when \
their centroids are nearly as similar as the link, so a link between one member of each never \
chains two unrelated stories. Undated articles are grouped on their words alone.",
        notes: "Measured with `cargo run --release --example eval_feed` on the PAC story pairs \
(304 articles, 152 stories) as one feed: the values were chosen on the even-numbered stories \
(B-cubed F1 0.945) and give 0.950 on the odd-numbered ones (held out); with the 2,225 bbc-news \
articles mixed in as distractors, 0.955 and 0.947, and no story mixes the two.",
        keys: FeedRules::KEYS,
        fields: field_names::<FeedRules>,
        values: |rules| table_of(&rules.feed),
    },
    TableDoc {
        name: "equivalences",
        title: "what counts as the same",
        about: "",
        notes: "Name keys also fold case, diacritics, hyphens and spaces between letters and \
digits (G20 = G-20 = G 20) and curly apostrophes.",
        keys: Equivalences::KEYS,
        fields: field_names::<Equivalences>,
        values: |rules| table_of(&rules.equivalences),
    },
];

/// The rule set's one top-level key that is no [`TABLES`] entry: the checks' tables, which
/// the registry documents.
pub const CHECKS_TABLE: &str = "checks";

/// `value` (a struct) as a TOML table.
fn table_of<T: Serialize>(value: &T) -> toml::Table {
    toml::Value::try_from(value)
        .ok()
        .and_then(|v| v.as_table().cloned())
        .unwrap_or_default()
}

/// Where `rules/README.md` comes from.
pub const RULES_README_TEMPLATE: &str = include_str!("../../rules/README.template.md");

/// The note that opens every generated Markdown file.
fn generated_note(from: &str) -> String {
    format!(
        "<!-- Generated from {from} by `FACTDIFF_UPDATE_DOCS=1 cargo test --test docs`: \
edit the sources, not this file. -->\n"
    )
}

/// How every check's findings can be silenced.
fn silencing(id: &str) -> String {
    format!(
        "Silence it: `<!-- factdiff-ignore: {id} -->` before a paragraph, `--ignore {id}`, \
`enabled = false`, or `--baseline`."
    )
}

/// A default value as the docs show it: inline TOML, or the size of a long list.
fn shown_value(value: Option<&toml::Value>) -> String {
    let Some(value) = value else {
        return "—".to_string();
    };
    let text = value.to_string();
    match value.as_array() {
        Some(items) if text.chars().count() > 64 => {
            let nested = items.iter().any(|item| item.is_array());
            format!(
                "{} {}",
                items.len(),
                if nested { "groups" } else { "entries" }
            )
        }
        _ => format!("`{text}`"),
    }
}

/// `text` as lines of at most `width` characters, the first indented by `first`, the
/// others by `rest`.
fn wrap_with(text: &str, first: &str, rest: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = first.to_string();
    let mut empty = true;
    for word in text.split_whitespace() {
        if !empty && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::replace(&mut line, rest.to_string()));
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    lines.push(line);
    lines.join("\n")
}

/// Width of the generated Markdown's paragraphs.
const MARKDOWN_WIDTH: usize = 96;

/// A Markdown paragraph wrapped at `MARKDOWN_WIDTH`, never starting a line with what
/// Markdown would read as a list item, quote or heading.
fn md(text: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let opens_block = matches!(word, "-" | "+" | "*" | "#" | ">" | "|" | "=")
            || word.starts_with('>')
            || word.starts_with('#')
            || word
                .strip_suffix(['.', ')'])
                .is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()));
        if !line.is_empty()
            && !opens_block
            && line.chars().count() + 1 + word.chars().count() > MARKDOWN_WIDTH
        {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines.join("\n")
}

/// Width of `rules explain` paragraphs, indent included.
const EXPLAIN_WIDTH: usize = 88;

fn wrap(text: &str) -> String {
    wrap_with(text, "  ", "  ", EXPLAIN_WIDTH)
}

/// A check's options as `rules explain` lists them: the two every check has on one line,
/// then each other with its default, range and meaning (the type shows in the default).
fn option_lines(check: &dyn Check, defaults: &toml::Table) -> String {
    let shown = |name: &str| shown_value(defaults.get(name)).replace('`', "");
    let mut lines = vec![format!(
        "  - enabled = {}, severity = {} (\"error\", \"warning\" or \"info\")",
        shown(ENABLED.name),
        shown(SEVERITY.name)
    )];
    for key in check.options().keys() {
        if [ENABLED.name, SEVERITY.name].contains(&key.name) {
            continue;
        }
        let range = key.range.map(|r| format!(" ({r})")).unwrap_or_default();
        lines.push(wrap_with(
            &format!("{} = {}{range}: {}", key.name, shown(key.name), key.meaning),
            "  - ",
            "    ",
            EXPLAIN_WIDTH,
        ));
    }
    lines.join("\n")
}

/// `factdiff rules explain ID`: what the check flags, why it matters, an example, its
/// options and how to tune or silence it, in about 300 words at most.
pub fn explain(check: &dyn Check) -> String {
    let rules = RuleSet::embedded();
    let doc = check.doc();
    let defaults = check.options().table(&rules, check.id());
    let id = check.id();
    format!(
        "{id} ({category}, default severity {severity})\n{summary}\n\n\
What it flags\n{what}\n\n\
Why it matters\n{why}\n\n\
Example\n{example}\n\n\
Options ([checks.{id}] in a rule file)\n{options}\n\n\
Tuning and silencing\n{tuning}\n{silencing}\n\n\
Confidence\n{confidence}\n\n\
More: `factdiff rules explain {id} --long`.\n",
        category = check.category().as_str(),
        severity = check.settings(&rules).severity.as_str(),
        summary = doc.summary,
        what = wrap(doc.what_it_flags),
        why = wrap(doc.why_it_matters),
        example = wrap(doc.example),
        options = option_lines(check, &defaults),
        tuning = wrap(doc.tuning),
        silencing = wrap(&silencing(id)),
        confidence = wrap(&confidence::describe(id)),
    )
}

/// Escapes what would end a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// A Markdown table of `keys`, with their defaults and ranges when `values` is given.
fn key_table(keys: &[KeyDoc], values: Option<&toml::Table>) -> String {
    let mut out = String::new();
    match values {
        Some(_) => {
            out.push_str("| key | type | default | range | meaning |\n|---|---|---|---|---|\n")
        }
        None => out.push_str("| key | type | meaning |\n|---|---|---|\n"),
    }
    for key in keys {
        let _ = match values {
            Some(values) => writeln!(
                out,
                "| `{}` | {} | {} | {} | {} |",
                key.name,
                cell(key.kind),
                cell(&shown_value(values.get(key.name))),
                key.range.map_or("—".to_string(), |r| r.to_string()),
                cell(key.meaning)
            ),
            None => writeln!(
                out,
                "| `{}` | {} | {} |",
                key.name,
                cell(key.kind),
                cell(key.meaning)
            ),
        };
    }
    out
}

/// `docs/checks/<id>.md`, and `factdiff rules explain ID --long`: every section of the
/// check's documentation.
pub fn check_page(check: &dyn Check) -> String {
    let rules = RuleSet::embedded();
    let doc = check.doc();
    let id = check.id();
    let mut out = generated_note(&format!(
        "the documentation of `{id}` in src/checks/ (`CheckDoc`, its options type's `KEYS`) \
and rules/default.toml"
    ));
    let _ = write!(
        out,
        "\n# `{id}`\n\n{summary}\n\nCategory: {category}. Default severity: {severity}. \
In short: `factdiff rules explain {id}`.\n\n\
## What it flags\n\n{what}\n\n\
## Why it matters\n\n{why}\n\n\
## Example\n\n{example}\n\n\
## Options\n\n`[checks.{id}]` in a rule file; the defaults are those of `rules/default.toml`.\n\n\
{options}\n\
## Tuning and silencing\n\n{tuning}\n\n{silencing}\n\n\
## Confidence\n\n{signals}\n\nFor this check: {confidence}\n\n\
## In detail\n\n{details}\n",
        summary = md(doc.summary),
        category = check.category().as_str(),
        severity = check.settings(&rules).severity.as_str(),
        signals = md(confidence::SIGNALS_DOC),
        confidence = md(&confidence::describe(id)),
        what = md(doc.what_it_flags),
        why = md(doc.why_it_matters),
        example = md(doc.example),
        options = key_table(
            check.options().keys(),
            Some(&check.options().table(&rules, id))
        ),
        tuning = md(doc.tuning),
        silencing = md(&silencing(id)),
        details = doc
            .details
            .iter()
            .map(|p| md(p))
            .collect::<Vec<_>>()
            .join("\n\n"),
    );
    out
}

/// The path of a check's page in the repository.
pub fn check_page_path(check: &dyn Check) -> String {
    format!("docs/checks/{}.md", check.id())
}

/// The key tables of [`TABLES`], each under its heading.
fn tables_section(rules: &RuleSet) -> String {
    let mut out = String::new();
    for table in TABLES {
        let _ = write!(out, "## `[{}]`: {}\n\n", table.name, table.title);
        if !table.about.is_empty() {
            let _ = write!(out, "{}\n\n", md(table.about));
        }
        out.push_str(&key_table(table.keys, Some(&(table.values)(rules))));
        if !table.notes.is_empty() {
            let _ = write!(out, "\n{}\n", md(table.notes));
        }
        out.push('\n');
    }
    out
}

/// Every check's table, each under its heading.
fn checks_section(rules: &RuleSet) -> String {
    let mut out = String::new();
    for check in registry::all() {
        let id = check.id();
        let about = format!(
            "{} Category {}, default severity {}; in full: \
[docs/checks/{id}.md](../docs/checks/{id}.md).",
            check.doc().summary,
            check.category().as_str(),
            check.settings(rules).severity.as_str(),
        );
        let _ = write!(
            out,
            "### `[checks.{id}]`\n\n{}\n\n{}\n",
            md(&about),
            key_table(
                check.options().keys(),
                Some(&check.options().table(rules, id))
            )
        );
    }
    out
}

/// `rules/README.md`: its template, with `{{tables}}` and `{{checks}}` filled in from the code.
pub fn rules_readme() -> String {
    let rules = RuleSet::embedded();
    let body = RULES_README_TEMPLATE
        .replace("{{tables}}\n", &tables_section(&rules))
        .replace("{{checks}}\n", &checks_section(&rules));
    format!(
        "{}{body}",
        generated_note("rules/README.template.md, the options types and rules/default.toml")
    )
}

/// `docs/cluster-toml.md`: the keys of a cluster's manifest.
pub fn cluster_toml_page() -> String {
    let intro = "A story cluster is a directory of articles (`.txt`, `.md`, `.html`). An optional \
`cluster.toml` in it says what the files cannot: who published each and when. factdiff reads it \
whenever it reads the directory; an unknown key or a value of the wrong type is an error naming \
`cluster.toml:LINE:COLUMN`, and a file it names that is not in the directory is an error too.";
    let outro = "Without a manifest (or without `outlet`) the file name is shown for the outlet, \
and the publication date is read from a dateline at the top of the article; `--published \
YYYY-MM-DD` gives every article of a run that date, over both.";
    format!(
        "{}\n# `cluster.toml`: each article's outlet, date and URL\n\n{}\n\n\
```toml\nname = \"syria-2016-09\"\n\n[[article]]\nfile = \"a.txt\"\noutlet = \"Example Times\"\n\
published = 2016-09-09\nurl = \"https://example.com/a\"\n```\n\n\
## Top-level keys\n\n{}\n## `[[article]]` keys\n\n{}\n{}\n",
        generated_note("src/input/manifest.rs"),
        md(intro),
        key_table(Manifest::KEYS, None),
        key_table(ManifestEntry::KEYS, None),
        md(outro),
    )
}

/// Every generated file of the repository: (path, contents).
pub fn generated_files() -> Vec<(String, String)> {
    let mut files = vec![
        ("rules/README.md".to_string(), rules_readme()),
        (MANIFEST_DOC.to_string(), cluster_toml_page()),
    ];
    for check in registry::all() {
        files.push((check_page_path(*check), check_page(*check)));
    }
    files
}

/// The man pages: `factdiff.1`, then one per subcommand (`factdiff-check.1`,
/// `factdiff-rules-explain.1`...), as (file name, roff).
pub fn man_pages(command: clap::Command) -> std::io::Result<Vec<(String, Vec<u8>)>> {
    fn walk(command: clap::Command, pages: &mut Vec<(String, Vec<u8>)>) -> std::io::Result<()> {
        let subcommands: Vec<clap::Command> = command
            .get_subcommands()
            .filter(|s| !s.is_hide_set())
            .cloned()
            .collect();
        let man = clap_mangen::Man::new(command);
        let mut page = Vec::new();
        man.render(&mut page)?;
        pages.push((man.get_filename(), page));
        for sub in subcommands {
            walk(sub, pages)?;
        }
        Ok(())
    }
    let mut command = command.disable_help_subcommand(true);
    command.build();
    let mut pages = Vec::new();
    walk(command, &mut pages)?;
    Ok(pages)
}
