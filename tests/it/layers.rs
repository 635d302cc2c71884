//! The crate's layers (README "Layout", docs/architecture.md): each top-level module may
//! import only modules of its own layer or the layers below it. Read from the source, so a
//! new `use crate::cli` in a command fails here, not in review.

use std::collections::BTreeMap;
use std::path::Path;

/// Top-level modules by layer, lowest first.
const LAYERS: &[&[&str]] = &[
    &["lang"],
    &[
        "messages", "output", "clock", "store", "audit", "security", "system", "savf", "dbf",
    ],
    &["engine"],
    &["commands"],
    &["script"],
    &["cli"],
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// Every `crate::NAME` a file's code mentions (imports and paths alike; comments, where
/// docs may name other layers, are skipped).
fn crate_refs(text: &str) -> Vec<String> {
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = Vec::new();
    let mut rest = code.as_str();
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // `use crate::{a, b::c}`: the first name of each item.
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.push(name);
                }
            }
            continue;
        }
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            out.push(name);
        }
    }
    // `use super::…` inside a top-level module stays within it; `qsy::` is not used in src.
    out
}

fn walk(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// The edges module -> modules it refers to, for every top-level module under src/.
fn graph() -> BTreeMap<String, std::collections::BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    let mut graph: BTreeMap<String, std::collections::BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let rel = file.strip_prefix(&src).unwrap();
        let first = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let module = first.trim_end_matches(".rs").to_string();
        if module == "main" || module == "lib" {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let entry = graph.entry(module.clone()).or_default();
        for r in crate_refs(&text) {
            if r != module {
                entry.insert(r);
            }
        }
    }
    graph
}

#[test]
fn every_module_has_a_layer() {
    for module in graph().keys() {
        assert!(
            layer_of(module).is_some(),
            "src/{module} is in no layer: add it to LAYERS here and to docs/architecture.md"
        );
    }
}

#[test]
fn modules_import_only_their_layer_or_below() {
    let mut wrong = Vec::new();
    for (module, uses) in graph() {
        let Some(mine) = layer_of(&module) else {
            continue;
        };
        for used in uses {
            match layer_of(&used) {
                Some(theirs) if theirs <= mine => {}
                Some(_) => wrong.push(format!("{module} -> {used}")),
                None => {}
            }
        }
    }
    assert!(wrong.is_empty(), "imports that go up a layer: {wrong:?}");
}

#[test]
fn lang_imports_nothing_of_the_crate() {
    let g = graph();
    assert_eq!(
        g.get("lang").map(|s| s.len()),
        Some(0),
        "lang imports {:?}",
        g.get("lang")
    );
}

#[test]
fn no_cycles_between_top_level_modules() {
    let g = graph();
    // Depth-first search for a back edge.
    fn visit(
        node: &str,
        g: &BTreeMap<String, std::collections::BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        match state.get(node) {
            Some(1) => {
                let start = path.iter().position(|n| n == node).unwrap();
                let mut cycle = path[start..].to_vec();
                cycle.push(node.to_string());
                return Some(cycle);
            }
            Some(2) => return None,
            _ => {}
        }
        state.insert(node.to_string(), 1);
        path.push(node.to_string());
        for next in g.get(node).into_iter().flatten() {
            if let Some(c) = visit(next, g, state, path) {
                return Some(c);
            }
        }
        path.pop();
        state.insert(node.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for node in g.keys() {
        if let Some(cycle) = visit(node, &g, &mut state, &mut Vec::new()) {
            panic!("import cycle: {}", cycle.join(" -> "));
        }
    }
}

#[test]
fn the_checker_sees_an_upward_import() {
    // The checker itself must be able to fail: a command importing the front end.
    let refs = crate_refs(
        "use crate::cli::report;\n// crate::script in a comment\nuse crate::{store, audit::x};\nfn f() { crate::engine::x(); }",
    );
    assert_eq!(refs, ["cli", "store", "audit", "engine"]);
    assert!(layer_of("cli").unwrap() > layer_of("commands").unwrap());
}
