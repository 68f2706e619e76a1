//! Host values that run code when the wasm looks at them (throwing getters, Proxy traps,
//! `toString`, typed arrays, a Proxy around a canvas), thousands of times each: every call ends in
//! a coded `Error`, and every chart still draws.

use apac_ai_charts::{preferred_height, render, ChartId};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

use super::support::*;

/// Host values that run code when the wasm looks at them, each built by `js` in the page.
const HOSTILE_OPTIONS: [(&str, &str); 12] = [
    ("a throwing getter in colors", "({ colors: { get accent() { throw 1; } } })"),
    ("a throwing getter at the top", "({ get theme() { throw new Error('host'); } })"),
    ("a Proxy whose get trap throws", "new Proxy({ theme: 'dark' }, { get() { throw 1; } })"),
    ("a Proxy whose ownKeys trap throws", "new Proxy({}, { ownKeys() { throw 1; } })"),
    ("a Proxy whose getPrototypeOf trap throws", "new Proxy({}, { getPrototypeOf() { throw 1; } })"),
    ("a Proxy as colors", "({ colors: new Proxy({}, { ownKeys() { throw 1; } }) })"),
    ("a value whose toString throws", "({ theme: { toString() { throw 1; } } })"),
    ("a throwing Symbol.toStringTag", "({ theme: { get [Symbol.toStringTag]() { throw 1; } } })"),
    ("a typed array as colors", "({ colors: new Uint8Array(4) })"),
    ("a typed array as options", "new Float64Array(2)"),
    ("a function as a colour", "({ colors: { accent() { return '#000'; } } })"),
    ("colors nested too deep", "({ colors: { accent: { deeper: {} } } })"),
];

#[wasm_bindgen_test]
fn hostile_host_values_end_in_coded_errors_and_every_chart_still_draws() {
    let c = canvas(640, 480);
    let js = |source: &str| js_sys::eval(source).unwrap();
    for (what, source) in HOSTILE_OPTIONS {
        let value = js(source);
        for i in 0..3000 {
            // Many times each: an exception unwinding through the wasm would leak its stack and, a few
            // hundred calls later, leave the module dead for every chart on the page.
            let (message, code) = error_with_code(render(c.clone().into(), "patent-share".into(), value.clone()));
            if i == 0 {
                assert!(
                    code == "BAD_OPTION" || code == "BAD_ARGUMENT" || code == "UNKNOWN_OPTION",
                    "{what}: {code} {message}"
                );
                assert!(
                    message.contains("options") || message.contains("theme") || message.contains("colors"),
                    "{what}: {message}"
                );
                assert!(!message.contains("host"), "{what}: the thrown value is described, not passed on: {message}");
            }
            let (_, code) = error_with_code(preferred_height("patent-share".into(), JsValue::from(640), value.clone()));
            assert!(!code.is_empty());
        }
    }
    // Canvases that are not: a Proxy around a real canvas, a typed array, a throwing Proxy.
    let real = canvas(640, 480);
    let wrapped = js_sys::Proxy::new(&real, &js_sys::Object::new());
    for value in
        [JsValue::from(wrapped), js("new Uint8Array(8)"), js("new Proxy({}, { getPrototypeOf() { throw 1; } })")]
    {
        for _ in 0..3000 {
            let (message, code) = error_with_code(render(value.clone(), "patent-share".into(), JsValue::UNDEFINED));
            assert_eq!(code, "BAD_ARGUMENT", "{message}");
            assert!(message.contains("canvas"), "{message}");
        }
    }
    // The module is intact: every chart still draws, in light and dark.
    for &id in ChartId::IDS {
        let c = canvas(640, 800);
        render(c.clone().into(), id.into(), options(r#"{"pixelRatio": 1, "theme": "dark"}"#)).unwrap();
        assert!(Pixels::of(&c).inked_share(DARK_BG) > 0.02, "{id} blank after hostile calls");
    }
}
