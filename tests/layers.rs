//! The layers of `src/` point down only: a module imports from its own layer or the layers
//! below it, never from one above (the order is drawn in `src/lib.rs`). Read from the
//! `crate::` paths of each file's code (its tests left out).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The layers, bottom up; modules on one line share a layer.
const LAYERS: &[&[&str]] = &[
    &["error"],
    &["lexicon", "text"],
    &["config"],
    &["input", "segment"],
    &["extract"],
    &["align"],
    &["findings"],
    &["checks"],
    &["feed"],
    &["render"],
    &["cli"],
];

/// What `render` may read besides itself: the report types and findings, and the documents
/// with their spans. Never the stages that produced them (extract, align, checks).
const RENDER_READS: &[&str] = &[
    "error", "lexicon", "text", "config", "input", "segment", "findings",
];

/// Imports that still break the rule, as "from -> to". The list only shrinks: an entry that
/// no longer occurs fails the test too, so it is removed when its import is.
const NOT_YET_FIXED: &[&str] = &[];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top modules a file's code names through `crate::` (comments and tests left out).
fn imported_modules(code: &str) -> BTreeSet<String> {
    let code = match code.find("\n#[cfg(test)]") {
        Some(i) => &code[..i],
        None => code,
    };
    let mut found = BTreeSet::new();
    for line in code.lines() {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        let mut rest = line;
        while let Some(i) = rest.find("crate::") {
            let after = &rest[i + "crate::".len()..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                found.insert(name);
            }
            // `use crate::{a, b::c}`: each module in the braces.
            if let Some(group) = after.strip_prefix('{') {
                let group = &group[..group.find('}').unwrap_or(group.len())];
                for item in group.split(',') {
                    let name: String = item
                        .trim()
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() {
                        found.insert(name);
                    }
                }
            }
            rest = after;
        }
    }
    found
}

#[test]
fn layers_point_down_only() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut broken = BTreeSet::new();
    let mut seen_modules = BTreeSet::new();
    for file in &files {
        let rel = file.strip_prefix(&src).unwrap();
        let Some(top) = rel.components().next() else {
            continue;
        };
        let top = top.as_os_str().to_string_lossy();
        let module = top.trim_end_matches(".rs").to_string();
        if rel.components().count() == 1 && (module == "lib" || module == "main") {
            continue; // the crate root draws the pipeline; the binary calls the library
        }
        if file.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        seen_modules.insert(module.clone());
        let Some(own) = layer_of(&module) else {
            panic!("src/{module} is in no layer: add it to LAYERS here and in src/lib.rs");
        };
        let code = std::fs::read_to_string(file).unwrap();
        for target in imported_modules(&code) {
            let Some(theirs) = layer_of(&target) else {
                continue; // an item of the crate root, e.g. `crate::Analysis`
            };
            let allowed = if module == "render" {
                target == "render" || RENDER_READS.contains(&target.as_str())
            } else {
                theirs <= own
            };
            if !allowed {
                broken.insert(format!("{module} -> {target}"));
            }
        }
        // The crate root's items (Analysis, the pipeline) sit above every layer but feed
        // and cli, which run the pipeline.
        let runs_pipeline = code.contains("crate::Analysis") || code.contains("crate::analyze");
        if module != "cli" && module != "feed" && runs_pipeline {
            broken.insert(format!("{module} -> crate root"));
        }
    }
    let expected: BTreeSet<String> = NOT_YET_FIXED.iter().map(|s| s.to_string()).collect();
    let new: Vec<_> = broken.difference(&expected).collect();
    let fixed: Vec<_> = expected.difference(&broken).collect();
    assert!(
        new.is_empty(),
        "imports from a layer above (layers in tests/layers.rs and src/lib.rs): {new:?}"
    );
    assert!(
        fixed.is_empty(),
        "fixed, remove from NOT_YET_FIXED: {fixed:?}"
    );
    for layer in LAYERS.iter().flat_map(|l| l.iter()) {
        assert!(
            seen_modules.contains(*layer),
            "LAYERS names `{layer}`, which is no module of src/"
        );
    }
}

#[test]
fn the_import_reader_sees_braced_groups_and_skips_comments_and_tests() {
    let code = "use crate::config::RuleSet;\n// use crate::cli::X;\nuse crate::{align::A, checks};\nfn f() { crate::render::g(); }\n#[cfg(test)]\nmod tests { use crate::cli::Cli; }\n";
    let found: Vec<String> = imported_modules(code).into_iter().collect();
    assert_eq!(found, ["align", "checks", "config", "render"]);
}
