//! The layer rules ARCHITECTURE.md states, held by a test: data flows one way, and a lower layer
//! never names a higher one. Every `crate::<module>` path in a source file's code (comments
//! aside) is checked against the modules its layer may use; so are the crates only the browser
//! boundary may name, and the chart ids, which only the charts and the generated files may.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// The layers, lowest first, and the crate modules each may use. A file belongs to the first
/// layer whose path prefix it has.
const LAYERS: &[(&str, &[&str])] = &[
    ("src/hash.rs", &[]),
    ("src/numfmt.rs", &[]),
    ("src/color.rs", &[]),
    ("src/data.rs", &[]),
    ("src/i18n", &["data", "numfmt", "hash", "i18n"]),
    ("src/error.rs", &["numfmt"]),
    ("src/options", &["color", "error", "i18n", "numfmt", "options"]),
    ("src/model", &["hash", "numfmt", "color", "data", "i18n", "error", "options", "model"]),
    ("src/render", &["numfmt", "color", "data", "i18n", "error", "options", "model", "render"]),
    ("src/charts", &["numfmt", "color", "data", "i18n", "error", "options", "model", "render", "charts"]),
];

/// Crates that exist for the browser only: `src/web/` is the one place that names them.
const BROWSER_CRATES: &[&str] =
    &["wasm_bindgen", "web_sys", "js_sys", "plotters_backend", "plotters_canvas", "serde_wasm_bindgen"];

/// A source file's code without its comments (line comments and doc comments; the crate has no
/// block comments).
fn code(source: &str) -> String {
    source
        .lines()
        .map(|line| {
            let mut in_string = false;
            let bytes = line.as_bytes();
            let mut cut = line.len();
            for (i, &b) in bytes.iter().enumerate() {
                match b {
                    b'"' if i == 0 || bytes.get(i - 1) != Some(&b'\\') => in_string = !in_string,
                    b'/' if !in_string && bytes.get(i + 1) == Some(&b'/') => {
                        cut = i;
                        break;
                    }
                    _ => {}
                }
            }
            &line[..cut]
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The crate modules a piece of code names (`crate::model::…` gives `model`).
fn crate_modules(code: &str) -> BTreeSet<String> {
    code.match_indices("crate::")
        .filter(|(i, _)| *i == 0 || !code.as_bytes()[i - 1].is_ascii_alphanumeric() && code.as_bytes()[i - 1] != b'_')
        .map(|(i, _)| code[i + 7..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect())
        .collect()
}

/// What in `code`, at `path`, breaks a layer rule.
fn violations(path: &str, code: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some((layer, allowed)) = LAYERS.iter().find(|(prefix, _)| path.starts_with(prefix)) {
        for module in crate_modules(code) {
            if !allowed.contains(&module.as_str()) {
                out.push([path, " (", layer, ") uses crate::", &module].concat());
            }
        }
        if layer.starts_with("src/model") && code.contains("plotters") {
            out.push([path, ": model/ is pure layout and names no plotters"].concat());
        }
    }
    if !path.starts_with("src/web/") {
        for name in BROWSER_CRATES {
            if code.contains(&[name, "::"].concat()) {
                out.push([path, " names ", name, ", which only src/web/ may"].concat());
            }
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap().map(Result::unwrap) {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn lower_layers_never_name_higher_ones() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    assert!(files.len() > 30, "found {} source files", files.len());
    let mut found = Vec::new();
    for file in &files {
        let path = file.to_string_lossy().replace('\\', "/");
        found.extend(violations(&path, &code(&fs::read_to_string(file).unwrap())));
    }
    assert_eq!(found, Vec::<String>::new());
}

#[test]
fn model_and_render_name_no_chart() {
    let ids: Vec<&str> = apac_ai_charts::ChartId::ALL.iter().map(|c| c.as_str()).collect();
    let modules: Vec<String> = ids.iter().map(|id| id.replace('-', "_")).collect();
    let mut files = Vec::new();
    rust_files(Path::new("src/model"), &mut files);
    rust_files(Path::new("src/render"), &mut files);
    for file in files {
        let source = code(&fs::read_to_string(&file).unwrap());
        for name in ids.iter().copied().chain(modules.iter().map(String::as_str)) {
            assert!(!source.contains(name), "{} names the chart {name}", file.display());
        }
    }
}

/// The checks above can fail: each forbidden kind of import is caught.
#[test]
fn the_checker_catches_each_forbidden_import() {
    let cases = [
        ("src/model/frame.rs", "use crate::charts::ChartId;", "uses crate::charts"),
        ("src/render/paint.rs", "let x = crate::web::thing();", "uses crate::web"),
        ("src/error.rs", "let ids = crate::charts::ChartId::ALL;", "uses crate::charts"),
        ("src/i18n.rs", "crate::model::width_cache::fnv1a(0, b\"\")", "uses crate::model"),
        ("src/charts/mod.rs", "use crate::web::Chart;", "uses crate::web"),
        ("src/model/text.rs", "use plotters::prelude::*;", "names no plotters"),
        ("src/render/mod.rs", "let _ = wasm_bindgen::JsValue::NULL;", "names wasm_bindgen"),
    ];
    for (path, line, expected) in cases {
        let found = violations(path, &code(line));
        assert!(found.iter().any(|v| v.contains(expected)), "{path}: {line:?} gave {found:?}");
    }
    // Comments are not code, and allowed uses pass.
    assert_eq!(violations("src/error.rs", &code("// see crate::charts::ChartId")), Vec::<String>::new());
    assert_eq!(violations("src/charts/fit.rs", &code("use crate::model::text::TextMeasure;")), Vec::<String>::new());
}
