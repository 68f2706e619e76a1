//! The structured values the API returns (`charts()`, `dataset()`, `point()`/`hitTest()`):
//! plain objects with the keys and types `api.d.ts` declares, `null` for a missing value.

use apac_ai_charts::{charts, dataset, render, ChartId};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

use super::support::canvas;

#[wasm_bindgen_test]
fn charts_lists_every_registered_chart_with_its_title() {
    let list: js_sys::Array = charts().unwrap().dyn_into().unwrap();
    let get = |c: &JsValue, k: &str| js_sys::Reflect::get(c, &k.into()).unwrap().as_string().unwrap();
    let listed: Vec<(String, String)> = list.iter().map(|c| (get(&c, "id"), get(&c, "title"))).collect();
    let registered: Vec<(String, String)> =
        ChartId::ALL.iter().map(|c| (c.as_str().to_owned(), c.title().to_owned())).collect();
    assert_eq!(listed, registered);
}

#[wasm_bindgen_test]
fn dataset_is_a_plain_object_with_sources_and_camel_case_keys() {
    let data = dataset().unwrap();
    let get = |v: &JsValue, k: &str| js_sys::Reflect::get(v, &k.into()).unwrap();
    assert_eq!(get(&data, "asOf").as_string().as_deref(), Some("2025-12-28"));
    let slices: js_sys::Array = get(&get(&data, "patentShare"), "slices").dyn_into().unwrap();
    let sum: f64 = slices.iter().map(|s| get(&s, "percent").as_f64().unwrap()).sum();
    assert!((sum - 100.0).abs() < 0.01, "{sum}");
    let timeline: js_sys::Array = get(&data, "timeline").dyn_into().unwrap();
    assert!(timeline.length() >= 11);
    assert!(get(&timeline.get(0), "sourceId").is_string());
    let sources: js_sys::Array = get(&data, "sources").dyn_into().unwrap();
    assert!(get(&sources.get(0), "url").as_string().unwrap().starts_with("https://"));
}

/// `(field, type)` of each field of `export interface <name>` in src/web/api.d.ts.
fn declared_fields(name: &str) -> Vec<(&'static str, &'static str)> {
    let types = include_str!("../../src/web/api.d.ts");
    let body = &types[types.find(&format!("export interface {name} {{")).unwrap()..];
    let body = &body[body.find('{').unwrap() + 1..body.find("\n}").unwrap()];
    body.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("/**") && !l.starts_with('*'))
        .map(|l| l.trim_end_matches(';').split_once(": ").unwrap())
        .collect()
}

/// `object` has exactly the fields `declared`, each of its declared type (strings, numbers,
/// booleans, `| null`, and arrays of another interface, checked in turn).
fn assert_typed(object: &JsValue, declared: &[(&str, &str)], what: &str) {
    let keys: Vec<String> = js_sys::Reflect::own_keys(object).unwrap().iter().map(|k| k.as_string().unwrap()).collect();
    let mut names: Vec<&str> = declared.iter().map(|(name, _)| *name).collect();
    let mut keys: Vec<&str> = keys.iter().map(String::as_str).collect();
    names.sort_unstable();
    keys.sort_unstable();
    assert_eq!(keys, names, "{what}: keys vs its interface");
    for (name, ty) in declared {
        let value = js_sys::Reflect::get(object, &(*name).into()).unwrap();
        if let Some(element) = ty.strip_suffix("[]") {
            let items = js_sys::Array::from(&value);
            assert!(js_sys::Array::is_array(&value) && items.length() > 0, "{what}: {name} = {value:?} is not a {ty}");
            for item in items.iter() {
                assert_typed(&item, &declared_fields(element), &format!("{what}: {name}"));
            }
            continue;
        }
        let ok = (value.is_null() && ty.ends_with("| null"))
            || (value.as_string().is_some() && ty.starts_with("string"))
            || (value.as_f64().is_some() && ty.starts_with("number"))
            || (value.as_bool().is_some() && *ty == "boolean");
        assert!(ok, "{what}: {name} = {value:?} is not a {ty}");
    }
}

#[wasm_bindgen_test]
fn every_datum_has_the_fields_and_types_its_typescript_interface_declares() {
    // `interface Datum` (and `Citation`, of its sources) in src/web/api.d.ts, written into the
    // generated apac_ai_charts.d.ts.
    let declared = declared_fields("Datum");
    assert!(declared.len() > 10, "{declared:?}");
    for &id in ChartId::IDS {
        let chart = render(canvas(640, 480).into(), id.into(), JsValue::UNDEFINED).unwrap();
        assert!(chart.point_count() > 0, "{id}");
        for i in 0..chart.point_count() {
            let datum = chart.point(JsValue::from(i)).unwrap();
            assert_typed(&datum, &declared, &format!("{id} point {i}"));
        }
    }
}
