//! The browser glue: the only file that names `wasm_bindgen`, `web_sys`, `js_sys` and
//! `plotters_canvas`. Each export reads and checks its JS arguments, calls the pure core, and turns
//! a [`ChartError`] into a JS `Error` whose message names the function, argument and value.
//! Nothing here panics: a panic would poison the wasm instance and kill every chart on the page.

use std::cell::{Cell, RefCell};

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::error::ChartError;
use crate::model::text::{CachedWidth, Font, TextMeasure, WidthCache};
use crate::charts::{ChartId, ChartSpec};
use crate::model::hit::DatumInfo;
use crate::model::{self, MAX_BACKING_SIDE};
use crate::numfmt::num;
use crate::options::{ChartOptions, PIXEL_RATIO_RANGE};
use crate::render::{theme::Palette, Resolution};

#[wasm_bindgen]
extern "C" {
    // `catch` bindings: a JS exception (a Proxy's trap, a revoked Proxy) comes back as `Err`
    // instead of unwinding through the wasm, which would leak its stack and poison the module.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Object, js_name = getPrototypeOf)]
    fn prototype_of(value: &JsValue) -> Result<JsValue, JsValue>;
}

/// A JS `Error` whose message names the function, and whose `code` property is the error's
/// stable code (`www/chart-meta.js` exports the list as `ERROR_CODES`).
fn js_error(function: &str, e: &ChartError) -> JsValue {
    let error = js_sys::Error::new(&format!("{function}: {e}"));
    let _ = js_sys::Reflect::set(&error, &"code".into(), &e.code().into());
    error.into()
}

/// A short, safe description of any JS value for error messages (never throws).
fn describe(value: &JsValue) -> String {
    if let Some(s) = value.as_string() {
        let mut short: String = s.chars().take(60).collect();
        if s.chars().count() > 60 {
            short.push('…');
        }
        return format!("{short:?}");
    }
    if let Some(n) = value.as_f64() {
        return format!("the number {}", num(n));
    }
    if let Some(b) = value.as_bool() {
        return format!("{b}");
    }
    if value.is_null() {
        return "null".into();
    }
    if value.is_undefined() {
        return "undefined".into();
    }
    match is_array(value) {
        Ok(true) => return "an array".into(),
        Ok(false) => {}
        Err(_) => return "an object that throws when inspected (a revoked Proxy?)".into(),
    }
    let name = js_sys::Reflect::get(value, &JsValue::from_str("constructor"))
        .ok()
        .and_then(|c| js_sys::Reflect::get(&c, &JsValue::from_str("name")).ok())
        .and_then(|n| n.as_string())
        .filter(|n| !n.is_empty());
    match name {
        Some(n) => format!("a {n}"),
        None => format!("a value of type {}", value.js_typeof().as_string().unwrap_or_default()),
    }
}

/// `charts()`: `[{ id, title }]` for the three charts.
#[wasm_bindgen]
pub fn charts() -> Result<JsValue, JsValue> {
    let list = js_sys::Array::new();
    for chart in ChartId::ALL {
        let entry = js_sys::Object::new();
        for (key, value) in [("id", chart.as_str()), ("title", chart.title())] {
            js_sys::Reflect::set(&entry, &key.into(), &value.into()).map_err(|e| js_error("charts()", &ChartError::Drawing(describe(&e))))?;
        }
        list.push(&entry);
    }
    Ok(list.into())
}

/// `dataset()`: the bundled dataset as a plain object (camelCase keys), with every source.
/// A fresh object each call, so callers may change it freely.
#[wasm_bindgen]
pub fn dataset() -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(crate::DATASET_JSON).map_err(|e| js_error("dataset()", &ChartError::Drawing(describe(&e))))
}

/// `addTranslations(lang, chartStrings)`: gives the charts a language's strings, the
/// `[english, translation]` pairs that `www/i18n/<lang>.js` exports as `chartStrings`, so the
/// wasm carries English only. Needed once per page before drawing in that language; returns
/// false when the language was already loaded (the first strings stand).
/// More pairs than any language needs (the table has about 120): a bound, not a budget.
const MAX_TRANSLATIONS: u32 = 10_000;

#[wasm_bindgen(js_name = addTranslations)]
pub fn add_translations(lang: JsValue, pairs: JsValue) -> Result<bool, JsValue> {
    let f = "addTranslations()";
    let bad = |arg: &'static str, expected: &'static str, got: &JsValue| js_error(f, &ChartError::BadArgument { arg, expected, got: describe(got) });
    let tag = lang.as_string().ok_or_else(|| bad("lang", "a language tag string such as 'zh-Hans'", &lang))?;
    let parsed = crate::i18n::Lang::from_tag(&tag);
    if parsed == crate::i18n::Lang::En {
        return Err(bad("lang", "a language the charts are translated into ('zh-Hans' or 'ur'; English needs none)", &lang));
    }
    if !matches!(is_array(&pairs), Ok(true)) {
        return Err(bad("chartStrings", "an array of [english, translation] string pairs", &pairs));
    }
    // Read through Reflect, which catches: a Proxy or a getter that throws must give an Error, not
    // unwind through the wasm. The length is bounded before anything is allocated.
    let read_error = |_| bad("chartStrings", "an array that can be read without throwing", &pairs);
    let length = js_sys::Reflect::get(&pairs, &"length".into()).map_err(read_error)?.as_f64().unwrap_or(0.0);
    if !(1.0..=f64::from(MAX_TRANSLATIONS)).contains(&length) {
        return Err(js_error(f, &ChartError::BadArgument {
            arg: "chartStrings",
            expected: "an array of 1 to 10000 [english, translation] string pairs",
            got: format!("an array of {} items", num(length)),
        }));
    }
    let item = |value: &JsValue, i: u32| js_sys::Reflect::get_u32(value, i).ok();
    let mut read = Vec::new();
    for i in 0..length as u32 {
        let pair = item(&pairs, i).unwrap_or(JsValue::UNDEFINED);
        let is_pair = matches!(is_array(&pair), Ok(true))
            && js_sys::Reflect::get(&pair, &"length".into()).ok().and_then(|l| l.as_f64()) == Some(2.0);
        let strings = is_pair.then(|| Some((item(&pair, 0)?.as_string()?, item(&pair, 1)?.as_string()?))).flatten();
        let Some(strings) = strings else {
            return Err(js_error(f, &ChartError::BadArgument {
                arg: "chartStrings",
                expected: "an array of [english, translation] string pairs",
                got: format!("{} at index {i}", describe(&pair)),
            }));
        };
        read.push(strings);
    }
    Ok(crate::i18n::register(parsed, read))
}

fn parse_chart_id(value: &JsValue) -> Result<ChartId, ChartError> {
    let id = value.as_string().ok_or_else(|| ChartError::BadArgument {
        arg: "chart",
        expected: "a chart id string such as 'patent-share'",
        got: describe(value),
    })?;
    ChartId::parse(&id)
}

/// `preferredHeight(chart, cssWidth, options?)`: the CSS height at which `chart` reads best at
/// that width (in `options.lang`). Pages set the canvas height with it (the timeline needs more
/// height on phones).
#[wasm_bindgen(js_name = preferredHeight)]
pub fn preferred_height(chart: JsValue, css_width: JsValue, options: JsValue) -> Result<f64, JsValue> {
    let f = "preferredHeight()";
    let chart = parse_chart_id(&chart).map_err(|e| js_error(f, &e))?;
    let width = css_width.as_f64().filter(|w| w.is_finite() && *w > 0.0).ok_or_else(|| {
        js_error(f, &ChartError::BadArgument { arg: "cssWidth", expected: "a positive number of CSS px", got: describe(&css_width) })
    })?;
    let loc = read_options(&options).map_err(|e| js_error(f, &e))?.locale();
    let measure = MEASURE_CONTEXT.with(|m| m.borrow().clone());
    Ok(match measure {
        Some(ctx) => chart.preferred_height(&CanvasMeasure::new(ctx), width, loc),
        None => chart.preferred_height(&model::text::ApproxMetrics, width, loc),
    })
}

thread_local! {
    /// A detached canvas context used to measure text when no chart canvas is at hand.
    static MEASURE_CONTEXT: RefCell<Option<CanvasRenderingContext2d>> = RefCell::new(
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("canvas").ok())
            .and_then(|c| c.dyn_into::<HtmlCanvasElement>().ok())
            .and_then(|c| context_2d(&c).ok())
    );
}

fn context_2d(canvas: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, ChartError> {
    canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
        .ok_or_else(|| ChartError::Drawing("the canvas has no 2D context (is it already used for WebGL?)".into()))
}

/// Text widths from the canvas's own `measureText`: no DOM, no reflow, no inline styles.
/// Widths are cached for the page's lifetime, shared by every chart and draw: the same labels are
/// measured again on every resize otherwise.
struct CanvasMeasure {
    ctx: CanvasRenderingContext2d,
}

thread_local! {
    static WIDTHS: RefCell<WidthCache> = RefCell::new(WidthCache::default());
}

impl CanvasMeasure {
    fn new(ctx: CanvasRenderingContext2d) -> Self {
        Self { ctx }
    }
}

impl TextMeasure for CanvasMeasure {
    fn width(&self, text: &str, font: Font) -> f64 {
        let font_key = (font.size.to_bits(), font.bold);
        let hash = model::text::fnv1a(font_key.0 ^ u64::from(font_key.1), text.as_bytes());
        let cached = WIDTHS.with(|c| c.try_borrow().ok()?.get(hash, text, font_key));
        if let Some(w) = cached {
            return w;
        }
        // The same font string `BackingStore::draw_text` sets when it draws.
        self.ctx.set_font(&css_font(if font.bold { "bold" } else { "normal" }, font.size, "sans-serif"));
        let width = self
            .ctx
            .measure_text(text)
            .map(|m| m.width())
            .ok()
            .filter(|w| w.is_finite())
            .unwrap_or_else(|| model::text::ApproxMetrics.width(text, font));
        WIDTHS.with(|c| {
            if let Ok(mut cache) = c.try_borrow_mut() {
                cache.insert(hash, CachedWidth { text: text.into(), font: font_key, width });
            }
        });
        width
    }
}

/// plotters-canvas reports the canvas's CSS size as the drawing size (plotters issue #164); this
/// wrapper reports the backing store's size instead, so the whole device-pixel canvas is drawn.
/// Shapes go to plotters-canvas; text is drawn here (see `draw_text`).
struct BackingStore {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
    size: (u32, u32),
    text_state: TextState,
}

/// The canvas text state `draw_text` last set, so each property is set only when it changes
/// (`None`: not known yet). plotters-canvas's shapes set the fill style themselves and clear it.
#[derive(Default)]
struct TextState {
    rtl: Option<bool>,
    align: Option<&'static str>,
    baseline: Option<&'static str>,
    /// Colour as (r, g, b, alpha bits), compared before its CSS string is built.
    fill: Option<((u8, u8, u8), u64)>,
    font: Option<String>,
}

/// `#rrggbbaa`, built without float formatting (alpha is rounded to 1/255).
fn css_color(color: BackendColor) -> String {
    let alpha = (color.alpha.clamp(0.0, 1.0) * 255.0).round() as u8;
    let (r, g, b) = color.rgb;
    let mut out = String::with_capacity(9);
    out.push('#');
    for byte in [r, g, b, alpha] {
        out.push(char::from_digit(u32::from(byte >> 4), 16).unwrap_or('0'));
        out.push(char::from_digit(u32::from(byte & 15), 16).unwrap_or('0'));
    }
    out
}

/// A CSS font shorthand, as both measuring and drawing set it (they must match exactly).
fn css_font(style: &str, size: f64, family: &str) -> String {
    format!("{style} {}px {family}", num(size))
}

/// plotters-canvas does not export its error type by name.
type CanvasError = <CanvasBackend as DrawingBackend>::ErrorType;

impl BackingStore {
    fn set_text_state<S: BackendTextStyle>(&mut self, style: &S, rtl: bool) {
        let ctx = &self.context;
        let state = &mut self.text_state;
        if state.rtl != Some(rtl) {
            let _ = js_sys::Reflect::set(ctx, &"direction".into(), &(if rtl { "rtl" } else { "ltr" }).into());
            state.rtl = Some(rtl);
        }
        let anchor = style.anchor();
        // Absolute alignments: under either direction, `left` puts the text's left edge at x.
        let align = match anchor.h_pos {
            HPos::Left => "left",
            HPos::Right => "right",
            HPos::Center => "center",
        };
        if state.align != Some(align) {
            ctx.set_text_align(align);
            state.align = Some(align);
        }
        let baseline = match anchor.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        if state.baseline != Some(baseline) {
            ctx.set_text_baseline(baseline);
            state.baseline = Some(baseline);
        }
        let color = style.color();
        let fill = (color.rgb, color.alpha.to_bits());
        if state.fill != Some(fill) {
            ctx.set_fill_style_str(&css_color(color));
            state.fill = Some(fill);
        }
        let font = css_font(style.style().as_str(), style.size(), style.family().as_str());
        if state.font.as_deref() != Some(font.as_str()) {
            ctx.set_font(&font);
            state.font = Some(font);
        }
    }
}

impl DrawingBackend for BackingStore {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.ensure_prepared()
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.present()
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.text_state.fill = None;
        self.inner.draw_pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_line(from, to, style)
    }
    fn draw_rect<S: BackendStyle>(&mut self, ul: BackendCoord, br: BackendCoord, style: &S, fill: bool) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.text_state.fill = None;
        self.inner.draw_rect(ul, br, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_path(path, style)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.text_state.fill = None;
        self.inner.fill_polygon(path, style)
    }
    fn draw_circle<S: BackendStyle>(&mut self, center: BackendCoord, radius: u32, style: &S, fill: bool) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.text_state.fill = None;
        self.inner.draw_circle(center, radius, style, fill)
    }
    /// Text is drawn here rather than by plotters-canvas, which sets every property (and formats
    /// a float into the font and colour strings) for every string. Each property is set only when
    /// it changes; the direction is set per string, so that a `dir="rtl"` page cannot flip
    /// left-to-right labels and Urdu is shaped and ordered right to left.
    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, pos: BackendCoord) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.set_text_state(style, crate::i18n::is_rtl_text(text));
        let quarter_turns = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 1.0,
            FontTransform::Rotate180 => 2.0,
            FontTransform::Rotate270 => 3.0,
        };
        let failed = |e: JsValue| DrawingErrorKind::FontError(Box::new(JsDrawError(describe(&e))));
        if quarter_turns == 0.0 {
            return self.context.fill_text(text, f64::from(pos.0), f64::from(pos.1)).map_err(failed);
        }
        // State is set before save(), so it survives restore() and the cache stays true.
        self.context.save();
        let drawn = self
            .context
            .translate(f64::from(pos.0), f64::from(pos.1))
            .and_then(|()| self.context.rotate(quarter_turns * std::f64::consts::FRAC_PI_2))
            .and_then(|()| self.context.fill_text(text, 0.0, 0.0));
        self.context.restore();
        drawn.map_err(failed)
    }
}

/// A canvas call that threw while drawing text.
#[derive(Debug)]
struct JsDrawError(String);

impl std::fmt::Display for JsDrawError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for JsDrawError {}

fn read_options(value: &JsValue) -> Result<ChartOptions, ChartError> {
    let mut options = ChartOptions::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    let not_plain = || ChartError::BadArgument {
        arg: "options",
        expected: "a plain object such as { theme: 'dark' }",
        got: describe(value),
    };
    if !value.is_object() || !is_plain_object(value) {
        return Err(not_plain());
    }
    let keys = js_sys::Reflect::own_keys(value.unchecked_ref()).map_err(|_| not_plain())?;
    for key in keys.iter() {
        let Some(name) = key.as_string() else { continue }; // symbol keys are not options
        let threw = |e: JsValue| ChartError::BadOption { name: "options", detail: format!("reading {name:?} threw {}", describe(&e)) };
        let field = js_sys::Reflect::get(value, &key).map_err(threw)?;
        // Nested objects (colors) are read by serde-wasm-bindgen with plain JS calls: check first
        // that inspecting them cannot throw.
        if field.is_object() && (!is_plain_object(&field) || js_sys::Reflect::own_keys(field.unchecked_ref()).is_err()) {
            return Err(ChartError::BadOption { name: "options", detail: format!("{name:?} must be a plain value or object, got {}", describe(&field)) });
        }
        options.set(&name, serde_wasm_bindgen::Deserializer::from(field))?;
    }
    if !crate::i18n::is_loaded(options.lang) {
        return Err(ChartError::LangNotLoaded { lang: options.lang.tag() });
    }
    Ok(options)
}

/// A datum as a plain JS object (see `Chart.hitTest`).
fn datum_object(index: usize, info: &DatumInfo, area: crate::model::geom::Rect, announcement: &str) -> JsValue {
    let obj = js_sys::Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = js_sys::Reflect::set(&obj, &key.into(), &value);
    };
    let text = |v: &Option<String>| v.as_deref().map_or(JsValue::NULL, JsValue::from_str);
    set("index", JsValue::from(index as u32));
    set("label", info.label.as_str().into());
    set("value", text(&info.value));
    set("number", info.number.map_or(JsValue::NULL, JsValue::from));
    set("unit", text(&info.unit));
    set("date", text(&info.date));
    set("precision", text(&info.precision));
    set("status", text(&info.status));
    set("place", text(&info.place));
    set("note", text(&info.note));
    set("sourceTitle", info.source_title.as_str().into());
    set("sourceUrl", info.source_url.as_str().into());
    set("announcement", announcement.into());
    for (key, v) in [("x", area.x), ("y", area.y), ("width", area.w), ("height", area.h)] {
        set(key, JsValue::from(v));
    }
    obj.into()
}

/// True for `{…}` and `Object.create(null)`; false for arrays, Maps, Dates, class instances,
/// DOM objects and anything whose prototype cannot be read.
fn is_plain_object(value: &JsValue) -> bool {
    match prototype_of(value) {
        Ok(proto) if proto.is_null() => true,
        Ok(proto) => prototype_of(&proto).is_ok_and(|p| p.is_null()) && !matches!(is_array(value), Ok(true) | Err(_)),
        Err(_) => false,
    }
}

/// A chart drawn on a canvas: `draw()` redraws it at the canvas's current size, `free()` releases it.
#[wasm_bindgen]
pub struct Chart {
    canvas: HtmlCanvasElement,
    chart: ChartId,
    options: ChartOptions,
    /// CSS size used while the canvas is not laid out (detached or `display: none`).
    fallback_css: (f64, f64),
    /// The layout last drawn: hit-testing reads it.
    spec: RefCell<Option<ChartSpec>>,
    /// The point drawn with a focus ring, if any.
    focus: Cell<Option<usize>>,
}

/// `render(canvas, chart, options?)`: draws `chart` on `canvas` at once and returns its handle.
#[wasm_bindgen]
pub fn render(canvas: JsValue, chart: JsValue, options: JsValue) -> Result<Chart, JsValue> {
    let f = "render()";
    let canvas: HtmlCanvasElement = canvas.dyn_into().map_err(|v| {
        js_error(f, &ChartError::BadArgument { arg: "canvas", expected: "an HTMLCanvasElement", got: describe(&v) })
    })?;
    let chart = parse_chart_id(&chart).map_err(|e| js_error(f, &e))?;
    let options = read_options(&options).map_err(|e| js_error(f, &e))?;
    let fallback_css = (f64::from(canvas.width()), f64::from(canvas.height()));
    let handle = Chart { canvas, chart, options, fallback_css, spec: RefCell::new(None), focus: Cell::new(None) };
    handle.draw_now().map_err(|e| js_error(f, &e))?;
    Ok(handle)
}

#[wasm_bindgen]
impl Chart {
    /// Redraws at the canvas's current CSS size × pixel ratio. Call it after a resize.
    pub fn draw(&self) -> Result<(), JsValue> {
        self.draw_now().map_err(|e| js_error("draw()", &e))
    }

    /// The chart's id.
    #[wasm_bindgen(getter)]
    pub fn id(&self) -> String {
        self.chart.as_str().to_owned()
    }

    /// Number of data points (bars, figures, events), in reading and keyboard order.
    #[wasm_bindgen(getter, js_name = pointCount)]
    pub fn point_count(&self) -> u32 {
        self.spec.try_borrow().ok().and_then(|s| s.as_ref().map(|s| s.points().len() as u32)).unwrap_or(0)
    }

    /// `hitTest(x, y)`: the datum under a point given in CSS px from the canvas's top-left
    /// corner, or `null`: `{ index, label, value, number, unit, date, precision, status, place,
    /// note, sourceTitle, sourceUrl, announcement, x, y, width, height }`.
    #[wasm_bindgen(js_name = hitTest)]
    pub fn hit_test(&self, x: JsValue, y: JsValue) -> Result<JsValue, JsValue> {
        let f = "hitTest()";
        let coord = |v: &JsValue, arg: &'static str| {
            v.as_f64().ok_or_else(|| js_error(f, &ChartError::BadArgument { arg, expected: "a number of CSS px", got: describe(v) }))
        };
        let (x, y) = (coord(&x, "x")?, coord(&y, "y")?);
        let index = self.spec.try_borrow().ok().and_then(|s| s.as_ref().and_then(|s| s.hit_test(x, y)));
        Ok(index.map_or(JsValue::NULL, |i| self.point_object(i)))
    }

    /// `point(index)`: the datum of point `index` (0 ≤ index < `pointCount`), as `hitTest`.
    pub fn point(&self, index: JsValue) -> Result<JsValue, JsValue> {
        let i = self.index_arg("point()", &index)?;
        Ok(self.point_object(i))
    }

    /// `highlight(index)`: redraws with a focus ring around point `index`; `-1` or `null` clears it.
    pub fn highlight(&self, index: JsValue) -> Result<(), JsValue> {
        let focus = if index.is_null() || index.is_undefined() || index.as_f64() == Some(-1.0) {
            None
        } else {
            Some(self.index_arg("highlight()", &index)?)
        };
        if self.focus.replace(focus) != focus {
            self.draw_now().map_err(|e| js_error("highlight()", &e))?;
        }
        Ok(())
    }

    fn index_arg(&self, f: &str, index: &JsValue) -> Result<usize, JsValue> {
        let count = self.point_count();
        index
            .as_f64()
            .filter(|i| i.fract() == 0.0 && *i >= 0.0 && *i < f64::from(count))
            .map(|i| i as usize)
            .ok_or_else(|| {
                let expected = "an integer index from 0 to pointCount - 1";
                js_error(f, &ChartError::BadArgument { arg: "index", expected, got: describe(index) })
            })
    }

    fn point_object(&self, i: usize) -> JsValue {
        let lang = self.options.lang;
        let found = self.spec.try_borrow().ok().and_then(|s| {
            let point = s.as_ref().and_then(|s| s.points().get(i).copied())?;
            Some((point, point.datum.info(lang)?))
        });
        let Some((point, info)) = found else { return JsValue::NULL };
        datum_object(i, &info, point.area, &info.announcement(lang))
    }

    /// The canvas's content-box size in CSS px (its client size less padding), or the size it
    /// had at `render()` while it is not laid out.
    fn css_size(&self) -> (f64, f64) {
        let (w, h) = (self.canvas.client_width(), self.canvas.client_height());
        if w <= 0 || h <= 0 {
            return self.fallback_css;
        }
        let style = web_sys::window().and_then(|win| win.get_computed_style(&self.canvas).ok().flatten());
        let px = |name: &str| {
            style
                .as_ref()
                .and_then(|s| s.get_property_value(name).ok())
                .and_then(|v| crate::color::parse_decimal(v.trim_end_matches("px")))
                .filter(|v| v.is_finite() && *v > 0.0)
                .unwrap_or(0.0)
        };
        let w = f64::from(w) - px("padding-left") - px("padding-right");
        let h = f64::from(h) - px("padding-top") - px("padding-bottom");
        (w.max(0.0), h.max(0.0))
    }

    fn pixel_ratio(&self) -> f64 {
        let window_ratio = || web_sys::window().map(|w| w.device_pixel_ratio()).filter(|r| r.is_finite() && *r > 0.0);
        let (lo, hi) = PIXEL_RATIO_RANGE;
        self.options.pixel_ratio.or_else(window_ratio).unwrap_or(1.0).clamp(lo, hi)
    }

    fn draw_now(&self) -> Result<(), ChartError> {
        let (css_w, css_h) = self.css_size();
        let ratio = self.pixel_ratio();
        let (bw, bh) = ((css_w * ratio).round(), (css_h * ratio).round());
        if bw > MAX_BACKING_SIDE || bh > MAX_BACKING_SIDE {
            return Err(ChartError::CanvasTooLarge { width: bw, height: bh, max_side: MAX_BACKING_SIDE });
        }
        let ctx = context_2d(&self.canvas)?;
        // Lay out before touching the canvas: on error the previous drawing stays.
        let spec = self.chart.layout(&CanvasMeasure::new(ctx.clone()), (css_w, css_h), self.options.locale())?;
        let (bw, bh) = (bw as u32, bh as u32);
        if self.canvas.width() != bw || self.canvas.height() != bh {
            self.canvas.set_width(bw);
            self.canvas.set_height(bh);
            self.keep_css_size(css_w, css_h);
        }
        ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0).map_err(|e| ChartError::Drawing(describe(&e)))?;
        let inner = CanvasBackend::with_canvas_object(self.canvas.clone())
            .ok_or_else(|| ChartError::Drawing("plotters-canvas could not open the canvas".into()))?;
        let palette = Palette::with_overrides(self.options.theme, &self.options.colors);
        let focus = self.focus.get().and_then(|i| spec.points().get(i).map(|p| p.area));
        let backend = BackingStore { inner, context: ctx, size: (bw, bh), text_state: TextState::default() };
        spec.draw(backend, &palette, Resolution::canvas(ratio), focus)?;
        if let Ok(mut stored) = self.spec.try_borrow_mut() {
            *stored = Some(spec);
        }
        Ok(())
    }

    /// A canvas without CSS size takes its size from the backing store; pin it so that a larger
    /// backing store never makes the canvas grow on the page (no resize loops).
    fn keep_css_size(&self, css_w: f64, css_h: f64) {
        if self.canvas.client_width() <= 0 {
            return; // not laid out: nothing to keep
        }
        let style = self.canvas.style();
        if f64::from(self.canvas.client_width()) != css_w {
            let _ = style.set_property("width", &format!("{}px", num(css_w)));
        }
        if f64::from(self.canvas.client_height()) != css_h {
            let _ = style.set_property("height", &format!("{}px", num(css_h)));
        }
    }
}
