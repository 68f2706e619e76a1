//! What each chart draws on a real canvas, read back as pixels: bars to scale, figures, glyphs,
//! themes, fonts, and redraws after a resize or at the same size.

use apac_ai_charts::{preferred_height, render, ChartId};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::support::*;

#[wasm_bindgen_test]
fn patent_share_china_bar_is_69_7_percent_of_the_axis_at_2x() {
    let c = canvas(640, 420);
    let chart = render(c.clone().into(), "patent-share".into(), options(r#"{"pixelRatio": 2}"#)).unwrap();
    assert_eq!((c.width(), c.height()), (1280, 840), "backing store is CSS size × 2");
    let px = Pixels::of(&c);
    assert!(px.is(2, 2, LIGHT_BG));
    // The China bar: the rows whose longest accent run is a quarter of the width or more.
    let rows: Vec<usize> = (0..px.height).filter(|&y| px.longest_run(y, ACCENT).1 > px.width / 4).collect();
    assert!(rows.len() >= 20, "China bar not found ({} rows)", rows.len());
    let y = rows[rows.len() / 2];
    let (x0, len) = px.longest_run(y, ACCENT);
    // The 100 % gridline is the right-most grid-coloured pixel on the bar's row.
    let x100 = (0..px.width).rev().find(|&x| px.is(x, y, GRID)).expect("100% gridline");
    let ratio = len as f64 / (x100 as f64 - x0 as f64);
    assert!((ratio - 0.697).abs() < 0.01, "China bar is {ratio:.4} of the axis");
    chart.draw().unwrap();
    assert_eq!(c.width(), 1280, "redraw keeps the backing store");
}

#[wasm_bindgen_test]
fn projected_gains_draws_its_figures_with_strips_and_no_unscaled_bar() {
    let c = canvas(640, 480);
    render(c.clone().into(), ChartId::ProjectedGains.as_str().into(), options(r#"{"pixelRatio": 1}"#)).unwrap();
    let px = Pixels::of(&c);
    // The accent is the headline's strip and its figure's text: nothing spans the chart.
    let widest = (0..px.height).map(|y| px.longest_run(y, ACCENT).1).max().unwrap();
    assert!(widest > 10 && (widest as f64) < px.width as f64 * 0.5, "an accent mark {widest} px wide");
    assert!(px.count(ACCENT) > 200, "headline strip and figure missing");
    assert!(px.count(ACCENT2) > 100, "related figures' strips missing");
}

#[wasm_bindgen_test]
fn timeline_draws_in_dark_theme_with_status_glyphs() {
    let timeline = ChartId::InitiativeTimeline.as_str();
    let h = preferred_height(timeline.into(), JsValue::from(360), JsValue::UNDEFINED).unwrap();
    let c = canvas(360, h as u32);
    render(c.clone().into(), timeline.into(), options(r#"{"theme": "dark", "pixelRatio": 1}"#)).unwrap();
    let px = Pixels::of(&c);
    assert!(px.is(1, 1, DARK_BG), "dark background: {:?}", px.at(1, 1));
    assert!(px.inked_share(DARK_BG) > 0.03, "timeline looks blank");
    assert!(px.count([245, 158, 66]) > 20, "scheduled/statutory glyphs (dark accent2) missing");
    assert!(px.count([110, 168, 254]) > 100, "confirmed glyphs (dark accent) missing");
}

#[wasm_bindgen_test]
fn redraw_follows_a_resize_and_never_grows_an_unsized_canvas() {
    let c = canvas(800, 500);
    let chart = render(c.clone().into(), "patent-share".into(), options(r#"{"pixelRatio": 1}"#)).unwrap();
    c.style().set_property("width", "400px").unwrap();
    chart.draw().unwrap();
    assert_eq!(c.width(), 400);

    // A canvas sized only by its attributes: a 2× backing store must not double its CSS size.
    let document = web_sys::window().unwrap().document().unwrap();
    let bare: HtmlCanvasElement = document.create_element("canvas").unwrap().dyn_into().unwrap();
    bare.set_width(600);
    bare.set_height(450);
    document.body().unwrap().append_child(&bare).unwrap();
    let chart = render(bare.clone().into(), "patent-share".into(), options(r#"{"pixelRatio": 2}"#)).unwrap();
    for _ in 0..5 {
        chart.draw().unwrap();
    }
    assert_eq!((bare.client_width(), bare.client_height()), (600, 450));
    assert_eq!(bare.width(), 1200);
}

#[wasm_bindgen_test]
fn the_font_option_draws_every_text_in_that_family_and_refuses_what_the_canvas_would_not_take() {
    // The same chart in the default sans-serif and in monospace: the text pixels differ, the bars
    // (drawn from the data) stay; the layout measured the family it drew.
    let default = canvas(640, 460);
    render(default.clone().into(), "patent-share".into(), options(r#"{"pixelRatio": 1}"#)).unwrap();
    let mono = canvas(640, 460);
    let chart =
        render(mono.clone().into(), "patent-share".into(), options(r#"{"pixelRatio": 1, "font": "monospace"}"#));
    let chart = chart.unwrap();
    let (a, b) = (Pixels::of(&default), Pixels::of(&mono));
    let differing = a.data.chunks(4).zip(b.data.chunks(4)).filter(|(p, q)| p != q).count();
    assert!(differing > 2_000, "monospace text differs from sans-serif: {differing} pixels");
    let ctx: CanvasRenderingContext2d = mono.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    assert!(ctx.font().ends_with("monospace"), "the last text was set in the option's family: {}", ctx.font());
    chart.draw().unwrap();
    // A list the canvas refuses (a size is not a family), and one the option refuses outright.
    for (font, expect) in
        [("12px", "is not a font-family list the browser's canvas accepts"), ("Arial; x", "font-family")]
    {
        let (message, code) = error_with_code(render(
            canvas(640, 460).into(),
            "patent-share".into(),
            options(&format!(r#"{{"font": "{font}"}}"#)),
        ));
        assert_eq!(code, "BAD_OPTION", "{font}");
        assert!(message.contains("font") && message.contains(expect), "{message}");
    }
    let (message, code) =
        error_with_code(preferred_height("patent-share".into(), 640.into(), options(r#"{"font": "12px"}"#)));
    assert_eq!(code, "BAD_OPTION");
    assert!(message.contains("font"), "{message}");
    // A family with Chinese and quoted names is fine, and so is the height asked for with it.
    let h = preferred_height(
        "patent-share".into(),
        640.into(),
        options(r#"{"font": "\"Noto Sans CJK SC\", 思源黑体, serif"}"#),
    )
    .unwrap();
    assert!(h > 200.0);
}

#[wasm_bindgen_test]
fn a_redraw_at_the_same_size_draws_the_same_chart_from_the_kept_layout_and_a_new_size_lays_out_again() {
    // The timeline, shorter than it wants to be: the scaled path, whose layout costs most.
    let c = canvas(640, 300);
    let chart =
        render(c.clone().into(), ChartId::InitiativeTimeline.as_str().into(), options(r#"{"pixelRatio": 1}"#)).unwrap();
    assert_eq!(chart.fit(), "scaled");
    let first = Pixels::of(&c).data;
    let hit = chart.point(0.into()).unwrap();
    chart.highlight(0.into()).unwrap();
    chart.highlight((-1).into()).unwrap();
    chart.draw().unwrap();
    assert!(Pixels::of(&c).data == first, "same size, same pixels");
    c.style().set_property("height", "900px").unwrap();
    chart.draw().unwrap();
    assert_eq!(chart.fit(), "natural", "a new size is laid out again");
    c.style().set_property("height", "300px").unwrap();
    chart.draw().unwrap();
    assert!(Pixels::of(&c).data == first, "back to the first size, the first drawing");
    let again = chart.point(0.into()).unwrap();
    for key in ["x", "y", "width", "height"] {
        let get = |v: &JsValue| js_sys::Reflect::get(v, &key.into()).unwrap().as_f64().unwrap();
        assert_eq!(get(&hit), get(&again), "{key}");
    }
}
