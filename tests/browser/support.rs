//! What the browser tests share: canvases in the page, the theme's colours, pixels read back,
//! the JS errors a page receives, the languages' strings as the embed gives them, and text
//! widths from this browser's fonts.

use apac_ai_charts::model::text::{Font, TextMeasure};
use apac_ai_charts::{add_translations, Chart, Lang};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

// The themes' colours (`render/theme.rs`), as the pixel checks look for them.
pub const LIGHT_BG: [u8; 3] = [255, 255, 255];
pub const DARK_BG: [u8; 3] = [18, 20, 24];
pub const ACCENT: [u8; 3] = [26, 86, 160];
pub const GRID: [u8; 3] = [214, 218, 224];
pub const ACCENT2: [u8; 3] = [176, 84, 0];

/// A canvas in the page with the given CSS size.
pub fn canvas(css_w: u32, css_h: u32) -> HtmlCanvasElement {
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
pub fn chart_strings(module: &str) -> JsValue {
    let array = module.split("export const chartStrings = ").nth(1).unwrap().trim_end().trim_end_matches(';');
    js_sys::Function::new_no_args(&format!("return {array};")).call0(&JsValue::NULL).unwrap()
}

/// The generated language modules the wasm needs strings from (English is compiled in).
pub const LANGUAGE_MODULES: [(Lang, &str); 2] =
    [(Lang::ZhHans, include_str!("../../www/i18n/zh-Hans.js")), (Lang::Ur, include_str!("../../www/i18n/ur.js"))];

/// Loads Chinese and Urdu the way the embed does: `addTranslations(lang, chartStrings)` with the
/// generated modules' pairs. Idempotent (a second call changes nothing).
pub fn load_languages() {
    for (lang, module) in LANGUAGE_MODULES {
        add_translations(lang.tag().into(), chart_strings(module)).unwrap();
    }
}

pub fn options(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

pub struct Pixels {
    pub width: usize,
    pub height: usize,
    pub data: Vec<u8>,
}

impl Pixels {
    pub fn of(canvas: &HtmlCanvasElement) -> Self {
        let ctx: CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
        let (w, h) = (canvas.width(), canvas.height());
        let data = ctx.get_image_data(0.0, 0.0, f64::from(w), f64::from(h)).unwrap().data().0;
        Self { width: w as usize, height: h as usize, data }
    }
    pub fn at(&self, x: usize, y: usize) -> [u8; 3] {
        let i = (y * self.width + x) * 4;
        [self.data[i], self.data[i + 1], self.data[i + 2]]
    }
    pub fn is(&self, x: usize, y: usize, c: [u8; 3]) -> bool {
        let p = self.at(x, y);
        (0..3).all(|k| p[k].abs_diff(c[k]) <= 3)
    }
    /// Longest run of colour `c` in row `y`: (start, length).
    pub fn longest_run(&self, y: usize, c: [u8; 3]) -> (usize, usize) {
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
    pub fn count(&self, c: [u8; 3]) -> usize {
        (0..self.height).flat_map(|y| (0..self.width).map(move |x| (x, y))).filter(|&(x, y)| self.is(x, y, c)).count()
    }
    pub fn inked_share(&self, background: [u8; 3]) -> f64 {
        let total = self.width * self.height;
        (total - self.count(background)) as f64 / total as f64
    }
}

/// The JS `Error` a page would receive, and its message.
pub fn error_message(result: Result<Chart, JsValue>) -> String {
    error_with_code(result).0
}

/// The JS `Error` a page would receive: its message and its `code` (which must be one of the codes
/// `chart-meta.js` exports).
pub fn error_with_code<T>(result: Result<T, JsValue>) -> (String, String) {
    let Err(value) = result else { panic!("expected an error") };
    let code = js_sys::Reflect::get(&value, &"code".into()).unwrap().as_string().expect("error.code is a string");
    assert!(apac_ai_charts::ERROR_CODES.contains(&code.as_str()), "unknown code {code}");
    let error: js_sys::Error = value.dyn_into().expect("a JS Error object");
    (error.message().into(), code)
}

/// Text widths from this browser's own fonts, as the widget measures them.
/// (Cached: layouts at many widths measure the same words, and a test that keeps the page busy
/// for long makes the runner's WebDriver calls time out.)
pub struct BrowserFonts(
    pub CanvasRenderingContext2d,
    std::cell::RefCell<std::collections::HashMap<(String, u64, bool), f64>>,
);

impl BrowserFonts {
    pub fn new(ctx: CanvasRenderingContext2d) -> Self {
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
