//! Any box draws: the preferred height at every width, and boxes of any shape fitted natural or
//! scaled, with every point inside the canvas and answering the pointer.

use apac_ai_charts::{preferred_height, render, ChartId};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

use super::support::*;

#[wasm_bindgen_test]
fn preferred_height_gives_a_drawable_size_from_phone_to_desktop() {
    for &id in ChartId::IDS {
        for width in [320, 640, 1280] {
            let h = preferred_height(id.into(), JsValue::from(width), JsValue::UNDEFINED).unwrap();
            let c = canvas(width, h.ceil() as u32);
            render(c.into(), id.into(), options(r#"{"pixelRatio": 1}"#))
                .unwrap_or_else(|_| panic!("{id} at {width}×{h} did not draw"));
        }
    }
}

#[wasm_bindgen_test]
fn any_box_draws_the_whole_chart_and_says_how_it_was_fitted() {
    // A 16:10 CMS slot, a phone-sized half of it, and a tall narrow column.
    for (w, h) in [(640, 400), (320, 200), (150, 600)] {
        for &id in ChartId::IDS {
            let c = canvas(w, h);
            let chart = render(c.clone().into(), id.into(), options(r#"{"pixelRatio": 2}"#)).unwrap();
            assert_eq!((c.width(), c.height()), (w * 2, h * 2), "{id} {w}×{h}: the backing store is the box");
            let fit = chart.fit();
            assert!(fit == "natural" || fit == "scaled", "{id} {w}×{h}: {fit}");
            assert!(chart.scale() > 0.0 && chart.scale() <= 1.0);
            assert_eq!(fit == "natural", chart.scale() == 1.0, "{id} {w}×{h}");
            let px = Pixels::of(&c);
            assert!(px.count(ACCENT) > 20, "{id} {w}×{h}: nothing drawn in the accent colour");
            assert!(
                px.is(0, 0, LIGHT_BG) && px.is(px.width - 1, px.height - 1, LIGHT_BG),
                "{id}: background fills the box"
            );
            // Every point is inside the canvas and answers to the pointer at its centre.
            for i in 0..chart.point_count() {
                let p = chart.point(JsValue::from(i)).unwrap();
                let num = |k: &str| js_sys::Reflect::get(&p, &k.into()).unwrap().as_f64().unwrap();
                let (x, y, pw, ph) = (num("x"), num("y"), num("width"), num("height"));
                assert!(
                    x >= 0.0 && y >= 0.0 && x + pw <= f64::from(w) + 0.5 && y + ph <= f64::from(h) + 0.5,
                    "{id} point {i}"
                );
                let hit = chart.hit_test(JsValue::from(x + pw / 2.0), JsValue::from(y + ph / 2.0)).unwrap();
                assert_eq!(
                    js_sys::Reflect::get(&hit, &"index".into()).unwrap().as_f64(),
                    Some(f64::from(i)),
                    "{id} {w}×{h}"
                );
            }
        }
    }
    // The timeline at 640×400 cannot keep its natural layout: scaled, but not shrunk more than needed.
    let chart =
        render(canvas(640, 400).into(), ChartId::InitiativeTimeline.as_str().into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(chart.fit(), "scaled");
    assert!(chart.scale() > 0.6, "scale {}", chart.scale());
    // Below 120×80 there is nothing readable to draw: a coded error.
    let (message, code) = error_with_code(render(canvas(100, 60).into(), "patent-share".into(), JsValue::UNDEFINED));
    assert_eq!(code, "CANVAS_TOO_SMALL");
    assert!(message.contains("100×60") && message.contains("120×80"), "{message}");
}
