//! The registry proof, in real browsers: the test-only fourth chart (`test-chart` feature) draws
//! through the same exports as the shipped ones, and answers hit tests.
//! Run by the test command as `wasm-pack test --headless --chrome -- --features test-chart --test browser_fourth_chart`
//! (and --firefox).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg(all(target_arch = "wasm32", feature = "test-chart"))]

use apac_ai_charts::{charts, preferred_height, render};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

const ACCENT: [u8; 3] = [26, 86, 160];

fn get(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &key.into()).unwrap()
}

#[wasm_bindgen_test]
fn the_fourth_chart_draws_and_answers_through_the_exports() {
    let ids: Vec<String> =
        js_sys::Array::from(&charts().unwrap()).iter().map(|c| get(&c, "id").as_string().unwrap()).collect();
    assert_eq!(ids.last().map(String::as_str), Some("test-events-per-year"), "{ids:?}");

    let height = preferred_height("test-events-per-year".into(), JsValue::from(640), JsValue::UNDEFINED).unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let canvas: HtmlCanvasElement = document.create_element("canvas").unwrap().dyn_into().unwrap();
    canvas.style().set_property("display", "block").unwrap();
    canvas.style().set_property("width", "640px").unwrap();
    canvas.style().set_property("height", &format!("{height}px")).unwrap();
    document.body().unwrap().append_child(&canvas).unwrap();
    let options = js_sys::JSON::parse(r#"{"pixelRatio": 1}"#).unwrap();
    let chart = render(canvas.clone().into(), "test-events-per-year".into(), options).unwrap();

    // Accent pixels: the columns, one per year.
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let (w, h) = (canvas.width(), canvas.height());
    let data = ctx.get_image_data(0.0, 0.0, f64::from(w), f64::from(h)).unwrap().data();
    let accent = data.chunks(4).filter(|p| p[..3] == ACCENT).count();
    assert!(accent > 500, "columns not drawn: {accent} accent pixels");

    assert_eq!(chart.point_count(), 3);
    for i in 0..chart.point_count() {
        let point = chart.point(JsValue::from(i)).unwrap();
        let x = get(&point, "x").as_f64().unwrap() + get(&point, "width").as_f64().unwrap() / 2.0;
        let y = get(&point, "y").as_f64().unwrap() + get(&point, "height").as_f64().unwrap() / 2.0;
        let hit = chart.hit_test(JsValue::from(x), JsValue::from(y)).unwrap();
        assert_eq!(get(&hit, "index").as_f64(), Some(f64::from(i)));
        assert!(get(&hit, "label").as_string().unwrap().starts_with("202"), "a year");
    }
}
