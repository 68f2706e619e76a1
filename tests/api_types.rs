//! Native tier 1: the TypeScript interfaces of `src/web/api.d.ts` (written into the generated
//! `apac_ai_charts.d.ts`: the deploy's `pkg/`, the npm package's `dist/api.d.ts`) against what the Rust code takes and returns: error codes,
//! option and colour keys, and every key and `null` of the JSON `dataset()` returns. The
//! interfaces are written by hand, so this is what keeps them true. (`ChartId` is not among them:
//! `src/web/mod.rs` writes it from the registry, and `tests/types/` checks the built union.)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use apac_ai_charts::{ChartError, ChartOptions, DATASET_JSON, ERROR_CODES};
use serde_json::{json, Value};

const API_TYPES: &str = include_str!("../src/web/api.d.ts");

/// `(field, type)` of each field of `export interface <name> { … }`, doc comments skipped.
fn interface(name: &str) -> Vec<(String, String)> {
    let start = API_TYPES.find(&format!("export interface {name} ")).unwrap_or_else(|| panic!("{name} missing"));
    let body = &API_TYPES[start..];
    let body = &body[body.find('{').unwrap() + 1..body.find("\n}").unwrap()];
    body.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("/**") && !line.starts_with('*'))
        .map(|line| {
            let (field, ty) = line.split_once(':').unwrap_or_else(|| panic!("{name}: {line}"));
            (field.trim_end_matches('?').to_owned(), ty.trim().trim_end_matches(';').to_owned())
        })
        .collect()
}

fn fields(name: &str) -> BTreeSet<String> {
    interface(name).into_iter().map(|(field, _)| field).collect()
}

/// The string literals of `export type <name> = 'a' | 'b' …;`.
fn union(name: &str) -> Vec<String> {
    let start = API_TYPES.find(&format!("export type {name} =")).unwrap_or_else(|| panic!("{name} missing"));
    let text = &API_TYPES[start..];
    let text = &text[text.find('=').unwrap() + 1..text.find(';').unwrap()];
    text.split('\'').skip(1).step_by(2).map(str::to_owned).collect()
}

#[test]
fn chart_ids_error_codes_and_option_keys_are_the_ones_rust_has() {
    // The chart ids are no hand-written union: src/web/mod.rs writes `ChartId` from the registry
    // at compile time (tests/types/ compares the built declaration with chart-meta.js).
    assert!(!API_TYPES.contains("export type ChartId"), "api.d.ts lists chart ids by hand");
    assert!(API_TYPES.contains("ChartId"), "api.d.ts names the generated ChartId");
    assert_eq!(union("ErrorCode"), ERROR_CODES);
    assert_eq!(fields("ChartOptions"), ChartOptions::FIELDS.iter().map(|f| f.to_string()).collect());

    let Err(ChartError::UnknownOption { valid, .. }) = ChartOptions::default().set("colors", json!({ "nope": "" }))
    else {
        panic!("an unknown colour key is an error")
    };
    assert_eq!(fields("ChartColors"), valid.iter().map(|f| f.to_string()).collect());
    for (key, ty) in interface("ChartColors") {
        assert_eq!(ty, "string | null", "{key}");
        ChartOptions::default().set("colors", json!({ key.clone(): "#102030" })).unwrap();
        ChartOptions::default().set("colors", json!({ key: null })).unwrap();
    }
    for (key, value) in [
        ("theme", json!("dark")),
        ("pixelRatio", json!(2)),
        ("lang", json!("ur")),
        ("dir", json!("rtl")),
        ("font", json!("Georgia, serif")),
    ] {
        ChartOptions::default().set(key, value).unwrap();
        ChartOptions::default().set(key, Value::Null).expect("every option may be null");
    }
}

/// Every key of `value` is a field of `interface`, and the other way round; a `null` value is
/// typed `| null`; returns the object for nested checks.
fn check<'a>(interface_name: &str, value: &'a Value) -> &'a serde_json::Map<String, Value> {
    let object = value.as_object().unwrap_or_else(|| panic!("{interface_name}: not an object"));
    let declared = interface(interface_name);
    let keys: BTreeSet<String> = object.keys().cloned().collect();
    assert_eq!(keys, fields(interface_name), "{interface_name}: JSON keys vs declared fields");
    for (field, ty) in declared {
        let value = &object[&field];
        let ok = match value {
            Value::Null => ty.ends_with("| null"),
            Value::String(_) => {
                ty.starts_with("string") || ty.contains('\'') || ty.starts_with("Date") || ty == "EventStatus"
            }
            Value::Number(_) => ty.starts_with("number"),
            Value::Bool(_) => ty == "boolean",
            Value::Array(_) => ty.contains("[]"),
            Value::Object(_) => ty.chars().next().is_some_and(char::is_uppercase),
        };
        assert!(ok, "{interface_name}.{field}: {value} is not a {ty}");
    }
    object
}

#[test]
fn the_dataset_interfaces_match_the_json_dataset_returns() {
    let dataset: Value = serde_json::from_str(DATASET_JSON).unwrap();
    let d = check("Dataset", &dataset);
    check("Article", &d["article"]);
    for source in d["sources"].as_array().unwrap() {
        check("Source", source);
    }
    let share = check("PatentShare", &d["patentShare"]);
    for slice in share["slices"].as_array().unwrap() {
        check("ShareSlice", slice);
    }
    let gains = check("ProjectedGains", &d["projectedGains"]);
    check("Projection", &gains["headline"]);
    for related in gains["related"].as_array().unwrap() {
        check("Projection", related);
    }
    let (precisions, statuses) = (union("DatePrecision"), union("EventStatus"));
    for event in d["timeline"].as_array().unwrap() {
        let event = check("TimelineEvent", event);
        assert!(precisions.contains(&event["precision"].as_str().unwrap().to_owned()), "{}", event["precision"]);
        assert!(statuses.contains(&event["status"].as_str().unwrap().to_owned()), "{}", event["status"]);
    }
}

#[test]
fn the_citation_interface_matches_the_citations_rust_builds() {
    use apac_ai_charts::data::Gives;
    use apac_ai_charts::model::cite::cite;
    use apac_ai_charts::Lang;
    // One citation with every optional field set, one with none.
    let full = cite(Lang::En, "undp-release", &[Gives::Event, Gives::Date]).unwrap();
    let bare = cite(Lang::ZhHans, "msit-ai-basic-act", &[]).unwrap();
    assert!(full.gives.is_some() && full.read_via.is_some() && bare.gives.is_none() && bare.read_via.is_none());
    for c in [full, bare] {
        check("Citation", &serde_json::to_value(&c).unwrap());
    }
    let datum: std::collections::BTreeMap<String, String> = interface("Datum").into_iter().collect();
    assert_eq!(datum["sources"], "Citation[]");
}
