//! Browser tier: the exported API drawing into real canvases in headless Chromium and Firefox
//! (`wasm-pack test --headless --chrome --firefox -- --test browser`). Assertions read pixels
//! back from the canvas, and errors are checked as the JS `Error` objects pages receive.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg(target_arch = "wasm32")]

use apac_ai_charts::i18n::{Lang, Locale};
use apac_ai_charts::model::text::{Font, TextMeasure};
use apac_ai_charts::ChartId;
use apac_ai_charts::{add_translations, charts, dataset, preferred_height, render, Chart};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

const LIGHT_BG: [u8; 3] = [255, 255, 255];
const DARK_BG: [u8; 3] = [18, 20, 24];
const ACCENT: [u8; 3] = [26, 86, 160];
const GRID: [u8; 3] = [214, 218, 224];
const ACCENT2: [u8; 3] = [176, 84, 0];

/// A canvas in the page with the given CSS size.
fn canvas(css_w: u32, css_h: u32) -> HtmlCanvasElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let canvas: HtmlCanvasElement = document.create_element("canvas").unwrap().dyn_into().unwrap();
    let style = canvas.style();
    style.set_property("display", "block").unwrap();
    style.set_property("width", &format!("{css_w}px")).unwrap();
    style.set_property("height", &format!("{css_h}px")).unwrap();
    document.body().unwrap().append_child(&canvas).unwrap();
    canvas
}

/// The `chartStrings` a generated `www/i18n/<lang>.js` exports: the translations with their
/// line-break marks, exactly as the page gets them (the wasm itself holds English only).
fn chart_strings(module: &str) -> JsValue {
    let array = module.split("export const chartStrings = ").nth(1).unwrap().trim_end().trim_end_matches(';');
    js_sys::Function::new_no_args(&format!("return {array};")).call0(&JsValue::NULL).unwrap()
}

/// Loads Chinese and Urdu the way the embed does: `addTranslations(lang, chartStrings)` with the
/// generated modules' pairs. Idempotent (a second call changes nothing).
fn load_languages() {
    add_translations("zh-Hans".into(), chart_strings(include_str!("../www/i18n/zh-Hans.js"))).unwrap();
    add_translations("ur".into(), chart_strings(include_str!("../www/i18n/ur.js"))).unwrap();
}

fn options(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

struct Pixels {
    width: usize,
    height: usize,
    data: Vec<u8>,
}

impl Pixels {
    fn of(canvas: &HtmlCanvasElement) -> Self {
        let ctx: CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
        let (w, h) = (canvas.width(), canvas.height());
        let data = ctx.get_image_data(0.0, 0.0, f64::from(w), f64::from(h)).unwrap().data().0;
        Self { width: w as usize, height: h as usize, data }
    }
    fn at(&self, x: usize, y: usize) -> [u8; 3] {
        let i = (y * self.width + x) * 4;
        [self.data[i], self.data[i + 1], self.data[i + 2]]
    }
    fn is(&self, x: usize, y: usize, c: [u8; 3]) -> bool {
        let p = self.at(x, y);
        (0..3).all(|k| p[k].abs_diff(c[k]) <= 3)
    }
    /// Longest run of colour `c` in row `y`: (start, length).
    fn longest_run(&self, y: usize, c: [u8; 3]) -> (usize, usize) {
        let (mut best, mut start, mut len) = ((0, 0), 0, 0);
        for x in 0..self.width {
            if self.is(x, y, c) {
                if len == 0 {
                    start = x;
                }
                len += 1;
                if len > best.1 {
                    best = (start, len);
                }
            } else {
                len = 0;
            }
        }
        best
    }
    fn count(&self, c: [u8; 3]) -> usize {
        (0..self.height).flat_map(|y| (0..self.width).map(move |x| (x, y))).filter(|&(x, y)| self.is(x, y, c)).count()
    }
    fn inked_share(&self, background: [u8; 3]) -> f64 {
        let total = self.width * self.height;
        (total - self.count(background)) as f64 / total as f64
    }
}

/// The JS `Error` a page would receive, and its message.
fn error_message(result: Result<Chart, JsValue>) -> String {
    error_with_code(result).0
}

/// The JS `Error` a page would receive: its message and its `code` (which must be one of the codes
/// `chart-meta.js` exports).
fn error_with_code<T>(result: Result<T, JsValue>) -> (String, String) {
    let Err(value) = result else { panic!("expected an error") };
    let code = js_sys::Reflect::get(&value, &"code".into()).unwrap().as_string().expect("error.code is a string");
    assert!(apac_ai_charts::ERROR_CODES.contains(&code.as_str()), "unknown code {code}");
    let error: js_sys::Error = value.dyn_into().expect("a JS Error object");
    (error.message().into(), code)
}

#[wasm_bindgen_test]
fn charts_lists_the_three_ids_with_titles() {
    let list: js_sys::Array = charts().unwrap().dyn_into().unwrap();
    let ids: Vec<String> =
        list.iter().map(|c| js_sys::Reflect::get(&c, &"id".into()).unwrap().as_string().unwrap()).collect();
    assert_eq!(ids, ["patent-share", "projected-gains", "initiative-timeline"]);
    let title = js_sys::Reflect::get(&list.get(0), &"title".into()).unwrap().as_string().unwrap();
    assert_eq!(title, "AI patent share");
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
    render(c.clone().into(), "projected-gains".into(), options(r#"{"pixelRatio": 1}"#)).unwrap();
    let px = Pixels::of(&c);
    // The accent is the headline's strip and its figure's text: nothing spans the chart.
    let widest = (0..px.height).map(|y| px.longest_run(y, ACCENT).1).max().unwrap();
    assert!(widest > 10 && (widest as f64) < px.width as f64 * 0.5, "an accent mark {widest} px wide");
    assert!(px.count(ACCENT) > 200, "headline strip and figure missing");
    assert!(px.count(ACCENT2) > 100, "related figures' strips missing");
}

#[wasm_bindgen_test]
fn timeline_draws_in_dark_theme_with_status_glyphs() {
    let h = preferred_height("initiative-timeline".into(), JsValue::from(360), JsValue::UNDEFINED).unwrap();
    let c = canvas(360, h as u32);
    render(c.clone().into(), "initiative-timeline".into(), options(r#"{"theme": "dark", "pixelRatio": 1}"#)).unwrap();
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
fn bad_input_throws_errors_that_name_the_argument_and_value() {
    let c = canvas(640, 480);
    let document = web_sys::window().unwrap().document().unwrap();
    let div: JsValue = document.create_element("div").unwrap().into();
    let cases: Vec<(Result<Chart, JsValue>, &[&str])> = vec![
        (render(JsValue::NULL, "patent-share".into(), JsValue::UNDEFINED), &["canvas", "HTMLCanvasElement", "null"]),
        (render(div, "patent-share".into(), JsValue::UNDEFINED), &["canvas", "HTMLDivElement"]),
        (render("#chart".into(), "patent-share".into(), JsValue::UNDEFINED), &["canvas", "\"#chart\""]),
        (
            render(c.clone().into(), "pie".into(), JsValue::UNDEFINED),
            &["\"pie\"", "patent-share, projected-gains, initiative-timeline"],
        ),
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
        (
            render(canvas(10, 10).into(), "initiative-timeline".into(), JsValue::UNDEFINED),
            &["10×10", "initiative-timeline"],
        ),
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
        (render(canvas(10, 10).into(), "initiative-timeline".into(), JsValue::UNDEFINED), "CANVAS_TOO_SMALL"),
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
    for id in ["patent-share", "projected-gains", "initiative-timeline"] {
        let c = canvas(640, 760);
        render(c.clone().into(), id.into(), options(r#"{"pixelRatio": 1}"#)).unwrap();
        assert!(Pixels::of(&c).inked_share(LIGHT_BG) > 0.02, "{id} blank after errors");
    }
}

#[wasm_bindgen_test]
fn preferred_height_gives_a_drawable_size_from_phone_to_desktop() {
    for id in ["patent-share", "projected-gains", "initiative-timeline"] {
        for width in [320, 640, 1280] {
            let h = preferred_height(id.into(), JsValue::from(width), JsValue::UNDEFINED).unwrap();
            let c = canvas(width, h.ceil() as u32);
            render(c.into(), id.into(), options(r#"{"pixelRatio": 1}"#))
                .unwrap_or_else(|_| panic!("{id} at {width}×{h} did not draw"));
        }
    }
}

/// Text widths from this browser's own fonts, as the widget measures them.
/// (Cached: layouts at many widths measure the same words, and a test that keeps the page busy
/// for long makes the runner's WebDriver calls time out.)
struct BrowserFonts(CanvasRenderingContext2d, std::cell::RefCell<std::collections::HashMap<(String, u64, bool), f64>>);

impl BrowserFonts {
    fn new(ctx: CanvasRenderingContext2d) -> Self {
        Self(ctx, Default::default())
    }
}

impl TextMeasure for BrowserFonts {
    fn width(&self, text: &str, font: Font) -> f64 {
        let key = (text.to_owned(), font.size.to_bits(), font.bold);
        if let Some(w) = self.1.borrow().get(&key) {
            return *w;
        }
        self.0.set_font(&format!("{} {}px sans-serif", if font.bold { "bold" } else { "normal" }, font.size));
        let w = self.0.measure_text(text).unwrap().width();
        self.1.borrow_mut().insert(key, w);
        w
    }
}

#[wasm_bindgen_test]
fn no_text_overlaps_with_this_browsers_fonts_from_320_to_1280_px() {
    load_languages();
    let ctx: CanvasRenderingContext2d = canvas(10, 10).get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let fonts = BrowserFonts::new(ctx);
    for &chart in ChartId::ALL {
        for width in (320..=1280).step_by(80).map(f64::from) {
            for loc in [Locale::default(), Locale::new(Lang::ZhHans), Locale { lang: Lang::En, rtl: true }] {
                let height = chart.preferred_height(&fonts, width, loc);
                let spec = chart.layout(&fonts, (width, height), loc).unwrap();
                assert_eq!(
                    spec.text_collisions(width, height),
                    Vec::<String>::new(),
                    "{chart:?} at {width}×{height} {loc:?}"
                );
            }
            let loc = Locale::new(Lang::Ur);
            let height = chart.preferred_height(&fonts, width, loc);
            let spec = chart.layout(&fonts, (width, height), loc).unwrap();
            assert_eq!(spec.text_collisions(width, height), Vec::<String>::new(), "{chart:?} at {width}×{height}");
        }
    }
}

#[path = "support/lines.rs"]
mod lines;

#[wasm_bindgen_test]
fn chinese_lines_follow_the_rules_with_this_browsers_fonts() {
    load_languages();
    let ctx: CanvasRenderingContext2d = canvas(10, 10).get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let fonts = BrowserFonts::new(ctx);
    let loc = Locale::new(Lang::ZhHans);
    for &chart in ChartId::ALL {
        for width in (240..=1280).step_by(80).map(f64::from) {
            let height = chart.preferred_height(&fonts, width, loc);
            let spec = chart.layout(&fonts, (width, height), loc).unwrap();
            let texts: Vec<String> = spec.texts().into_iter().map(|t| t.text).collect();
            assert_eq!(lines::kinsoku_violations(&texts), Vec::<String>::new(), "{chart:?} at {width}: {texts:?}");
            assert!(texts.iter().all(|t| !t.ends_with('（') && !t.starts_with('–')), "{chart:?} at {width}: {texts:?}");
            assert!(
                texts.iter().any(|t| t.contains("2025年12月28日")),
                "{chart:?} at {width}: the as-of date split: {texts:?}"
            );
            assert!(texts.iter().all(|t| !t.contains(['\u{200B}', '\u{a0}'])), "marks drawn: {texts:?}");
        }
    }
    // English: the timeline's article date stays on one line.
    for width in (240..=1280).step_by(80).map(f64::from) {
        let loc = Locale::default();
        let height = ChartId::InitiativeTimeline.preferred_height(&fonts, width, loc);
        let spec = ChartId::InitiativeTimeline.layout(&fonts, (width, height), loc).unwrap();
        assert!(spec.texts().iter().any(|t| t.text.ends_with("28 Dec 2025")), "{width}");
    }
}

#[wasm_bindgen_test]
fn numbers_keep_their_units_in_every_language_with_this_browsers_fonts() {
    load_languages();
    let ctx: CanvasRenderingContext2d = canvas(10, 10).get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let fonts = BrowserFonts::new(ctx);
    for &chart in ChartId::ALL {
        for &lang in chart.langs() {
            for width in [320.0, 360.0, 640.0, 1280.0] {
                let loc = Locale::new(lang);
                let height = chart.preferred_height(&fonts, width, loc);
                let spec = chart.layout(&fonts, (width, height), loc).unwrap();
                let drawn: Vec<(String, f64, f64, f64)> =
                    spec.texts().into_iter().map(|t| (t.text, t.x, t.y, t.font.line_height())).collect();
                for text in lines::paragraphs(&drawn) {
                    let bad = lines::unit_violations(&text);
                    assert!(bad.is_empty(), "{chart:?} {lang:?} at {width}: {bad:?}");
                    if lang == Lang::Ur {
                        let lone = lines::lone_last_word(&text);
                        assert!(lone.is_none(), "{chart:?} at {width}: {lone:?} alone on the last line of {text:?}");
                    }
                }
            }
        }
    }
}

#[wasm_bindgen_test]
fn right_to_left_charts_draw_no_stray_latin_and_nothing_past_the_edges() {
    load_languages();
    let ctx: CanvasRenderingContext2d = canvas(10, 10).get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let fonts = BrowserFonts::new(ctx);
    for &chart in ChartId::ALL {
        for width in (240..=1280).step_by(80).map(f64::from) {
            for loc in [Locale::new(Lang::Ur), Locale { lang: Lang::En, rtl: true }] {
                let height = chart.preferred_height(&fonts, width, loc);
                let spec = chart.layout(&fonts, (width, height), loc).unwrap();
                assert_eq!(spec.text_collisions(width, height), Vec::<String>::new(), "{chart:?} at {width} {loc:?}");
                if loc.lang == Lang::Ur {
                    for t in spec.texts() {
                        let stray = lines::latin_words_outside(&t.text, lines::URDU_LATIN_ALLOWED);
                        assert!(stray.is_empty(), "{chart:?} at {width}: {stray:?} in {:?}", t.text);
                    }
                }
            }
        }
    }
    // On a real canvas in a right-to-left page: no ink in the outermost columns, where clipped text
    // would show (the mirrored note once lost its first letter at the left edge).
    // Chinese charts first, as on languages.html: their canvases measure "2023", "AI" and the
    // like with Chinese fallback fonts, which must not be the widths the Urdu charts draw with.
    let document = web_sys::window().unwrap().document().unwrap();
    let zh: web_sys::HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    zh.set_attribute("lang", "zh-Hans").unwrap();
    document.body().unwrap().append_child(&zh).unwrap();
    for chart in ["patent-share", "projected-gains", "initiative-timeline"] {
        for width in [640, 320] {
            let opts = options(r#"{"pixelRatio": 1, "lang": "zh-Hans"}"#);
            let h = preferred_height(chart.into(), JsValue::from(width), opts.clone()).unwrap();
            let c = canvas(width, h.ceil() as u32);
            zh.append_child(&c).unwrap();
            render(c.into(), chart.into(), opts).unwrap();
        }
    }
    let rtl: web_sys::HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    rtl.set_attribute("dir", "rtl").unwrap();
    rtl.set_attribute("lang", "ur").unwrap();
    document.body().unwrap().append_child(&rtl).unwrap();
    for chart in ["patent-share", "projected-gains", "initiative-timeline"] {
        for (lang, width) in [("ur", 668), ("ur", 640), ("ur", 560), ("ur", 388), ("ur", 320), ("en", 668), ("en", 640)]
        {
            let opts = options(&format!(r#"{{"pixelRatio": 1, "lang": "{lang}", "dir": "rtl"}}"#));
            let h = preferred_height(chart.into(), JsValue::from(width), opts.clone()).unwrap();
            let c = canvas(width, h.ceil() as u32);
            rtl.append_child(&c).unwrap();
            render(c.clone().into(), chart.into(), opts).unwrap();
            let px = Pixels::of(&c);
            for x in [0, 1, 2, px.width - 3, px.width - 2, px.width - 1] {
                let inked = (0..px.height).filter(|&y| !px.is(x, y, LIGHT_BG)).count();
                assert_eq!(inked, 0, "{chart} {lang} at {width}: ink in column {x}, at the canvas's edge");
            }
        }
    }
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

#[path = "support/svg.rs"]
mod svg;

/// The words of an SVG's `<text>` elements, in order.
fn svg_words(svg: &str) -> Vec<String> {
    svg::texts(svg).iter().flat_map(|t| t.split_whitespace().map(str::to_owned).collect::<Vec<_>>()).collect()
}

#[wasm_bindgen_test]
fn static_svgs_say_what_the_canvas_says() {
    // The no-JS pictures are rendered natively; the canvas lays out with this browser's fonts.
    // Lines may break differently, but the words, in order, must be the same.
    let ctx: CanvasRenderingContext2d = canvas(10, 10).get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let fonts = BrowserFonts::new(ctx);
    load_languages();
    let (en, zh, ur) = (Locale::default(), Locale::new(Lang::ZhHans), Locale::new(Lang::Ur));
    let statics = [
        (ChartId::PatentShare, en, include_str!("../www/static/patent-share-light-640.svg")),
        (ChartId::ProjectedGains, en, include_str!("../www/static/projected-gains-light-640.svg")),
        (ChartId::InitiativeTimeline, en, include_str!("../www/static/initiative-timeline-light-640.svg")),
        // Translations given at run time draw the same words as the natively compiled table.
        (ChartId::PatentShare, zh, include_str!("../www/static/patent-share-light-640.zh-Hans.svg")),
        (ChartId::ProjectedGains, zh, include_str!("../www/static/projected-gains-light-640.zh-Hans.svg")),
        (ChartId::InitiativeTimeline, zh, include_str!("../www/static/initiative-timeline-light-640.zh-Hans.svg")),
        (ChartId::PatentShare, ur, include_str!("../www/static/patent-share-light-640.ur.svg")),
        (ChartId::ProjectedGains, ur, include_str!("../www/static/projected-gains-light-640.ur.svg")),
        (ChartId::InitiativeTimeline, ur, include_str!("../www/static/initiative-timeline-light-640.ur.svg")),
    ];
    for (chart, loc, svg) in statics {
        let height = chart.preferred_height(&fonts, 640.0, loc);
        let spec = chart.layout(&fonts, (640.0, height), loc).unwrap();
        let mut canvas_words: Vec<String> = spec
            .texts()
            .iter()
            .flat_map(|t| t.text.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
            .collect();
        let mut static_words = svg_words(svg);
        // Draw order differs slightly between runs of the same code only in text boxes' order
        // within a mark; compare as sorted multisets.
        if loc.lang == Lang::ZhHans {
            // No spaces to split at: compare the characters, since lines break elsewhere.
            let chars = |words: &[String]| words.concat().chars().map(String::from).collect::<Vec<_>>();
            (canvas_words, static_words) = (chars(&canvas_words), chars(&static_words));
        }
        canvas_words.sort();
        static_words.sort();
        assert_eq!(
            canvas_words, static_words,
            "{chart:?} {loc:?}: the static picture's words differ from the canvas's"
        );
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
            let (_, code) =
                error_with_code(preferred_height("initiative-timeline".into(), JsValue::from(640), value.clone()));
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
    for id in ["patent-share", "projected-gains", "initiative-timeline"] {
        let c = canvas(640, 800);
        render(c.clone().into(), id.into(), options(r#"{"pixelRatio": 1, "theme": "dark"}"#)).unwrap();
        assert!(Pixels::of(&c).inked_share(DARK_BG) > 0.02, "{id} blank after hostile calls");
    }
}

#[wasm_bindgen_test]
fn any_box_draws_the_whole_chart_and_says_how_it_was_fitted() {
    // A 16:10 CMS slot, a phone-sized half of it, and a tall narrow column.
    for (w, h) in [(640, 400), (320, 200), (150, 600)] {
        for id in ["patent-share", "projected-gains", "initiative-timeline"] {
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
    let chart = render(canvas(640, 400).into(), "initiative-timeline".into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(chart.fit(), "scaled");
    assert!(chart.scale() > 0.6, "scale {}", chart.scale());
    // Below 120×80 there is nothing readable to draw: a coded error.
    let (message, code) = error_with_code(render(canvas(100, 60).into(), "patent-share".into(), JsValue::UNDEFINED));
    assert_eq!(code, "CANVAS_TOO_SMALL");
    assert!(message.contains("100×60") && message.contains("120×80"), "{message}");
}

/// `(field, type)` of each field of `export interface <name>` in src/web/api.d.ts.
fn declared_fields(name: &str) -> Vec<(&'static str, &'static str)> {
    let types = include_str!("../src/web/api.d.ts");
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
    for id in ["patent-share", "projected-gains", "initiative-timeline"] {
        let chart = render(canvas(640, 480).into(), id.into(), JsValue::UNDEFINED).unwrap();
        assert!(chart.point_count() > 0, "{id}");
        for i in 0..chart.point_count() {
            let datum = chart.point(JsValue::from(i)).unwrap();
            assert_typed(&datum, &declared, &format!("{id} point {i}"));
        }
    }
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
    let c = canvas(640, 300); // shorter than the chart: the scaled path, whose layout costs most
    let chart = render(c.clone().into(), "initiative-timeline".into(), options(r#"{"pixelRatio": 1}"#)).unwrap();
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
