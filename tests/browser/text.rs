//! Text with this browser's fonts, in every language: no overlaps from 320 to 1280 px, Chinese
//! line-breaking rules, right-to-left charts with nothing past the edges, and the static pictures
//! saying what the canvas says.

use apac_ai_charts::i18n::{tr, Lang, Locale};
use apac_ai_charts::model::text::ApproxMetrics;
use apac_ai_charts::ChartId;
use apac_ai_charts::{preferred_height, render};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::CanvasRenderingContext2d;

use super::support::*;

#[path = "../support/lines.rs"]
mod lines;

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
            let texts: Vec<String> = spec.texts().map(|t| t.text.clone()).collect();
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
        assert!(spec.texts().any(|t| t.text.ends_with("28 Dec 2025")), "{width}");
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
                    spec.texts().map(|t| (t.text.clone(), t.x, t.y, t.font.line_height())).collect();
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
    for &chart in ChartId::IDS {
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
    for &chart in ChartId::IDS {
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
fn static_svgs_say_what_the_canvas_says() {
    // The no-JS pictures are laid out natively with fixed text metrics and the compiled
    // translations (`render-static`; tests/static_site.rs holds www/static/ to that rendering and
    // the language modules to that table); the canvas lays out with this browser's fonts and the
    // translations given at run time. Lines may break differently, but the words must be the same.
    // The wasm cannot read the pictures: it lays each chart out with the pictures' metrics too.
    let ctx: CanvasRenderingContext2d = canvas(10, 10).get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let fonts = BrowserFonts::new(ctx);
    load_languages();
    // Translations given at run time are used as given: the compiled table's strings.
    for (lang, module) in LANGUAGE_MODULES {
        let pairs: js_sys::Array = chart_strings(module).dyn_into().unwrap();
        assert!(pairs.length() > 10, "{lang:?}: {} pairs", pairs.length());
        for pair in pairs.iter() {
            let pair: js_sys::Array = pair.dyn_into().unwrap();
            let (en, given) = (pair.get(0).as_string().unwrap(), pair.get(1).as_string().unwrap());
            if !given.is_empty() {
                assert_eq!(tr(lang, &en), given, "{lang:?}: {en:?}");
            }
        }
    }
    let words = |m: &dyn apac_ai_charts::model::text::TextMeasure, chart: ChartId, loc: Locale| -> Vec<String> {
        let height = chart.preferred_height(m, 640.0, loc);
        let spec = chart.layout(m, (640.0, height), loc).unwrap();
        spec.texts().flat_map(|t| t.text.split_whitespace().map(str::to_owned).collect::<Vec<_>>()).collect()
    };
    for &chart in ChartId::ALL {
        for &lang in chart.langs() {
            let loc = Locale::new(lang);
            let (mut canvas_words, mut static_words) = (words(&fonts, chart, loc), words(&ApproxMetrics, chart, loc));
            // Draw order differs slightly between runs of the same code only in text boxes' order
            // within a mark; compare as sorted multisets.
            if lang == Lang::ZhHans {
                // No spaces to split at: compare the characters, since lines break elsewhere.
                let chars = |words: &[String]| words.concat().chars().map(String::from).collect::<Vec<_>>();
                (canvas_words, static_words) = (chars(&canvas_words), chars(&static_words));
            }
            canvas_words.sort();
            static_words.sort();
            assert!(!canvas_words.is_empty(), "{chart:?} {loc:?}: no words");
            assert_eq!(
                canvas_words, static_words,
                "{chart:?} {loc:?}: the static picture's words differ from the canvas's"
            );
        }
    }
}
