//! Bad input ends in a JS `Error` that names the function, argument and value, with a stable
//! `code`, and the module draws every chart afterwards.

use apac_ai_charts::{add_translations, preferred_height, render, Chart, ChartId};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

use super::support::*;

#[wasm_bindgen_test]
fn bad_input_throws_errors_that_name_the_argument_and_value() {
    let c = canvas(640, 480);
    let document = web_sys::window().unwrap().document().unwrap();
    let div: JsValue = document.create_element("div").unwrap().into();
    let valid_ids = ChartId::IDS.join(", ");
    let unknown_chart = ["\"pie\"", valid_ids.as_str()];
    let cases: Vec<(Result<Chart, JsValue>, &[&str])> = vec![
        (render(JsValue::NULL, "patent-share".into(), JsValue::UNDEFINED), &["canvas", "HTMLCanvasElement", "null"]),
        (render(div, "patent-share".into(), JsValue::UNDEFINED), &["canvas", "HTMLDivElement"]),
        (render("#chart".into(), "patent-share".into(), JsValue::UNDEFINED), &["canvas", "\"#chart\""]),
        (render(c.clone().into(), "pie".into(), JsValue::UNDEFINED), &unknown_chart),
        (render(c.clone().into(), JsValue::from(42), JsValue::UNDEFINED), &["chart", "42"]),
        (render(c.clone().into(), JsValue::UNDEFINED, JsValue::UNDEFINED), &["chart", "undefined"]),
        (render(c.clone().into(), "patent-share".into(), "dark".into()), &["options", "\"dark\""]),
        (render(c.clone().into(), "patent-share".into(), options("[1]")), &["options", "array"]),
        (
            render(c.clone().into(), "patent-share".into(), options(r#"{"colour": "red"}"#)),
            &["\"colour\"", "theme, pixelRatio"],
        ),
        (render(c.clone().into(), "patent-share".into(), options(r#"{"theme": "blue"}"#)), &["theme", "\"blue\""]),
        (render(c.clone().into(), "patent-share".into(), options(r#"{"theme": 7}"#)), &["theme", "7"]),
        (render(c.clone().into(), "patent-share".into(), options(r#"{"pixelRatio": 1000}"#)), &["pixelRatio", "1000"]),
        (render(c.clone().into(), "patent-share".into(), options(r#"{"pixelRatio": -1}"#)), &["pixelRatio", "-1"]),
        (render(canvas(10, 10).into(), "patent-share".into(), JsValue::UNDEFINED), &["10×10", "patent-share"]),
        (
            render(canvas(2000, 2000).into(), "patent-share".into(), options(r#"{"pixelRatio": 8}"#)),
            &["16000", "pixelRatio"],
        ),
    ];
    for (i, (result, needles)) in cases.into_iter().enumerate() {
        let message = error_message(result);
        assert!(message.starts_with("render(): "), "case {i}: {message}");
        for needle in needles {
            assert!(message.contains(needle), "case {i}: {needle:?} not in {message:?}");
        }
    }
    // Each kind of failure has its own stable code: pages compare codes, never messages.
    let codes = [
        (render(c.clone().into(), "pie".into(), JsValue::UNDEFINED), "UNKNOWN_CHART"),
        (render(JsValue::NULL, "patent-share".into(), JsValue::UNDEFINED), "BAD_ARGUMENT"),
        (render(c.clone().into(), "patent-share".into(), options(r#"{"colour": "red"}"#)), "UNKNOWN_OPTION"),
        (render(c.clone().into(), "patent-share".into(), options(r#"{"theme": "blue"}"#)), "BAD_OPTION"),
        (render(canvas(10, 10).into(), "patent-share".into(), JsValue::UNDEFINED), "CANVAS_TOO_SMALL"),
        (render(canvas(2000, 2000).into(), "patent-share".into(), options(r#"{"pixelRatio": 8}"#)), "CANVAS_TOO_LARGE"),
    ];
    for (i, (result, code)) in codes.into_iter().enumerate() {
        assert_eq!(error_with_code(result).1, code, "case {i}");
    }
    assert_eq!(
        error_with_code(preferred_height("nope".into(), JsValue::from(300), JsValue::UNDEFINED)).1,
        "UNKNOWN_CHART"
    );
    // NaN cannot be written in JSON: build it in JS.
    let nan = js_sys::Object::new();
    js_sys::Reflect::set(&nan, &"pixelRatio".into(), &JsValue::from(f64::NAN)).unwrap();
    assert!(error_message(render(c.clone().into(), "patent-share".into(), nan.into())).contains("NaN"));
    let e: JsValue = preferred_height("nope".into(), JsValue::from(300), JsValue::UNDEFINED).unwrap_err();
    assert!(e.dyn_into::<js_sys::Error>().unwrap().message().as_string().unwrap().contains("\"nope\""));

    // The module still works for every chart after all of that.
    for &id in ChartId::IDS {
        let c = canvas(640, 760);
        render(c.clone().into(), id.into(), options(r#"{"pixelRatio": 1}"#)).unwrap();
        assert!(Pixels::of(&c).inked_share(LIGHT_BG) > 0.02, "{id} blank after errors");
    }
}

#[wasm_bindgen_test]
fn add_translations_rejects_bad_input_with_errors_that_name_it() {
    let message = |r: Result<bool, JsValue>| -> String { error_with_code(r).0 };
    let pair = |a: &str, b: &str| JsValue::from(js_sys::Array::of2(&a.into(), &b.into()));
    let good: JsValue = js_sys::Array::of1(&pair("China", "中国")).into();
    let e = message(add_translations(JsValue::from(5), good.clone()));
    assert!(e.contains("addTranslations()") && e.contains("`lang`") && e.contains("5"), "{e}");
    let e = message(add_translations("fr".into(), good.clone()));
    assert!(e.contains("`lang`") && e.contains("\"fr\""), "{e}");
    let e = message(add_translations("en".into(), good));
    assert!(e.contains("English needs none"), "{e}");
    let e = message(add_translations("zh-Hans".into(), JsValue::from("China=中国")));
    assert!(e.contains("`chartStrings`") && e.contains("\"China=中国\""), "{e}");
    let e = message(add_translations("zh-Hans".into(), js_sys::Array::new().into()));
    assert!(e.contains("1 to 10000") && e.contains("0 items"), "{e}");
    // A huge length is refused before anything is allocated (a panic would poison the module).
    let e = message(add_translations("zh-Hans".into(), js_sys::Array::new_with_length(100_000_000).into()));
    assert!(e.contains("100000000 items"), "{e}");
    // An array whose reads throw (a Proxy with a throwing `get`): an Error, not an exception
    // unwinding through the wasm. Many times, as a leaked stack would show.
    let handler = js_sys::Object::new();
    js_sys::Reflect::set(&handler, &"get".into(), &js_sys::Function::new_no_args("throw new Error('boom')")).unwrap();
    let hostile = js_sys::Proxy::new(&js_sys::Array::new(), &handler);
    for _ in 0..2000 {
        assert!(message(add_translations("zh-Hans".into(), hostile.clone().into())).contains("without throwing"));
    }
    let bad = js_sys::Array::of3(&pair("China", "中国"), &pair("India", "印度"), &js_sys::Array::of1(&"Europe".into()));
    let e = message(add_translations("zh-Hans".into(), bad.into()));
    assert!(e.contains("index 2") && e.contains("an array"), "{e}");
    let bad = js_sys::Array::of1(&js_sys::Array::of2(&"China".into(), &JsValue::from(7)));
    assert!(message(add_translations("ur".into(), bad.into())).contains("index 0"));
}

#[wasm_bindgen_test]
fn options_that_are_not_plain_objects_or_that_throw_are_rejected_cleanly() {
    let c = canvas(640, 480);
    let map: JsValue = js_sys::Map::new().into();
    assert!(error_message(render(c.clone().into(), "patent-share".into(), map)).contains("plain object"));
    let date: JsValue = js_sys::Date::new_0().into();
    assert!(error_message(render(c.clone().into(), "patent-share".into(), date)).contains("a Date"));
    // A revoked Proxy throws on every inspection: the error must still be a clean JS Error.
    let revocable = js_sys::Proxy::revocable(&js_sys::Object::new(), &js_sys::Object::new());
    let proxy = js_sys::Reflect::get(&revocable, &"proxy".into()).unwrap();
    let revoke: js_sys::Function = js_sys::Reflect::get(&revocable, &"revoke".into()).unwrap().dyn_into().unwrap();
    revoke.call0(&JsValue::NULL).unwrap();
    for _ in 0..3000 {
        // Many times: an exception unwinding through wasm would leak its stack and break the module.
        assert!(error_message(render(c.clone().into(), "patent-share".into(), proxy.clone())).contains("options"));
        assert!(error_message(render(proxy.clone(), "patent-share".into(), JsValue::UNDEFINED)).contains("canvas"));
    }
    render(c.clone().into(), "patent-share".into(), options(r#"{"pixelRatio": 1}"#)).unwrap();
    assert!(Pixels::of(&c).inked_share(LIGHT_BG) > 0.02);
}

#[wasm_bindgen_test]
fn an_own_proto_key_is_an_unknown_option_and_no_message_grows_with_its_input() {
    let c = canvas(640, 480);
    let js = |source: &str| js_sys::eval(source).unwrap();
    // What JSON.parse makes of a "__proto__" key: an own key, rejected like any unknown one.
    for (source, key) in [
        (r#"JSON.parse('{"__proto__": {"theme": "dark"}}')"#, "__proto__"),
        (r##"JSON.parse('{"colors": {"__proto__": "#000"}}')"##, "__proto__"),
        ("({ constructor: 1 })", "constructor"),
    ] {
        let (message, code) = error_with_code(render(c.clone().into(), "patent-share".into(), js(source)));
        assert_eq!(code, "UNKNOWN_OPTION", "{source}: {message}");
        assert!(message.contains(&format!("{key}\"")), "{source}: {message}");
    }
    // A 1 MiB value, wherever it is given, is echoed cut, with its length.
    let huge = "x".repeat(1 << 20);
    let huge_js = JsValue::from_str(&huge);
    let options = |json: String| js_sys::JSON::parse(&json).unwrap();
    let results: Vec<(&str, Result<Chart, JsValue>)> = vec![
        ("chart id", render(c.clone().into(), huge_js.clone(), JsValue::UNDEFINED)),
        ("canvas", render(huge_js.clone(), "patent-share".into(), JsValue::UNDEFINED)),
        ("option key", render(c.clone().into(), "patent-share".into(), options(format!(r#"{{"{huge}": 1}}"#)))),
        ("theme", render(c.clone().into(), "patent-share".into(), options(format!(r#"{{"theme": "{huge}"}}"#)))),
        (
            "colour key",
            render(c.clone().into(), "patent-share".into(), options(format!(r#"{{"colors": {{"{huge}": "red"}}}}"#))),
        ),
        (
            "colour",
            render(
                c.clone().into(),
                "patent-share".into(),
                options(format!(r#"{{"colors": {{"accent": "{huge}"}}}}"#)),
            ),
        ),
        ("font", render(c.clone().into(), "patent-share".into(), options(format!(r#"{{"font": "{huge}"}}"#)))),
    ];
    for (what, result) in results {
        let (message, _) = error_with_code(result);
        assert!(message.len() < 400, "{what}: a {}-byte message", message.len());
        assert!(message.contains(" characters)"), "{what}: {message}");
    }
    let (message, _) = error_with_code(add_translations(huge_js.clone(), js_sys::Array::new().into()));
    assert!(message.len() < 400 && message.contains("1048576 characters"), "{message}");
    let (message, _) = error_with_code(preferred_height(huge_js, JsValue::from(640), JsValue::UNDEFINED));
    assert!(message.len() < 400 && message.contains("1048576 characters"), "{message}");
}
