//! Text widths from the canvas's own `measureText`, cached for the page's lifetime in a
//! [`WidthCache`] shared by every chart and draw (the same labels are measured again on every
//! resize otherwise), and the detached canvas used when no chart canvas is at hand.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::error::ChartError;
use crate::hash::fnv1a;
use crate::model::text::{ApproxMetrics, Font, TextMeasure};
use crate::model::width_cache::{CachedWidth, WidthCache};
use crate::numfmt::{num, quoted};
use crate::options::FontFamily;

thread_local! {
    /// A detached canvas context used to measure text when no chart canvas is at hand.
    pub static MEASURE_CONTEXT: RefCell<Option<CanvasRenderingContext2d>> = RefCell::new(
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("canvas").ok())
            .and_then(|c| c.dyn_into::<HtmlCanvasElement>().ok())
            .and_then(|c| context_2d(&c).ok())
    );
}

/// The canvas's 2D context (an error if it has another kind of context).
pub fn context_2d(canvas: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, ChartError> {
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
pub struct CanvasMeasure {
    ctx: CanvasRenderingContext2d,
    /// The family list every text is measured (and drawn) in.
    family: FontFamily,
    /// Which fonts `sans-serif` resolves to on this canvas: the browser picks fallback
    /// fonts by the canvas's language, so "2023" or an English note measured on a Chinese canvas
    /// is narrower than on an Urdu one, and a width cached from one drew text past the other's
    /// edge. Part of the cache key: canvases that resolve fonts alike still share widths.
    fonts: u64,
}

thread_local! {
    static WIDTHS: RefCell<WidthCache> = RefCell::new(WidthCache::default());
}

impl CanvasMeasure {
    /// Measures with `ctx` in `family`; an error if the canvas does not accept `family` as a
    /// font-family list (it would keep its last font, and measuring and drawing would differ).
    pub fn new(ctx: CanvasRenderingContext2d, family: FontFamily) -> Result<Self, ChartError> {
        ctx.set_font("normal 1px serif");
        let before = ctx.font();
        // One measurement of digits and Latin, Chinese and Arabic letters tells the fonts apart
        // (families too: the cache key holds it).
        ctx.set_font(&css_font("normal", 50.0, family.as_str()));
        if ctx.font() == before {
            return Err(ChartError::BadOption {
                name: "font",
                detail: [&quoted(family.as_str()), " is not a font-family list the browser's canvas accepts"].concat(),
            });
        }
        let fonts = ctx.measure_text("09Ag%中文اردو").map(|m| m.width().to_bits()).unwrap_or(0);
        Ok(Self { ctx, family, fonts })
    }
}

impl CanvasMeasure {
    /// The fingerprint of the fonts this canvas resolves its family to (see `fonts`).
    pub fn fonts(&self) -> u64 {
        self.fonts
    }
}

impl TextMeasure for CanvasMeasure {
    fn width(&self, text: &str, font: Font) -> f64 {
        let font_key = (font.size.to_bits() ^ self.fonts, font.bold);
        let hash = fnv1a(font_key.0 ^ u64::from(font_key.1), text.as_bytes());
        let cached = WIDTHS.with(|c| c.try_borrow().ok()?.get(hash, text, font_key));
        if let Some(w) = cached {
            return w;
        }
        // The same font string `BackingStore::draw_text` sets when it draws.
        self.ctx.set_font(&css_font(if font.bold { "bold" } else { "normal" }, font.size, self.family.as_str()));
        let width = self
            .ctx
            .measure_text(text)
            .map(|m| m.width())
            .ok()
            .filter(|w| w.is_finite())
            .unwrap_or_else(|| ApproxMetrics.width(text, font));
        WIDTHS.with(|c| {
            if let Ok(mut cache) = c.try_borrow_mut() {
                cache.insert(hash, CachedWidth { text: text.into(), font: font_key, width });
            }
        });
        width
    }
}

/// A CSS font shorthand, as both measuring and drawing set it (they must match exactly).
pub fn css_font(style: &str, size: f64, family: &str) -> String {
    [style, " ", &num(size), "px ", family].concat()
}
