//! The canvas drawing backend: plotters' `DrawingBackend` over a canvas, in device pixels.
//! Every shape (rectangle, line, path, polygon, circle, pixel) goes to `plotters_canvas::
//! CanvasBackend`; this wrapper adds only what it lacks:
//! - **device pixels**: it reports the backing store's size (CSS size × pixel ratio) to plotters,
//!   and the painter (`render::paint`) hands it shapes already rounded to whole device pixels, so
//!   no context transform is used and no edge falls between two device pixels at any ratio;
//! - **text**: measured, bidi-aware text, drawn here with each text property set only when it
//!   changes (the font, alignment and direction stay as set across shapes, which never touch
//!   them; the fill colour is forgotten after each shape, since `CanvasBackend` sets its own).

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontTransform,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::args::describe;
use super::measure::css_font;
use crate::error::ChartError;
use crate::options::FontFamily;

/// plotters-canvas does not export its error type by name.
type CanvasError = <CanvasBackend as DrawingBackend>::ErrorType;
type DrawResult = Result<(), DrawingErrorKind<CanvasError>>;

/// Draws on a canvas whose backing store is `size` device px: shapes through plotters-canvas,
/// text through the same 2D context.
pub struct BackingStore {
    shapes: CanvasBackend,
    context: CanvasRenderingContext2d,
    size: (u32, u32),
    text: TextState,
    /// What the drawing code's `sans-serif` becomes: the `font` option.
    family: FontFamily,
}

/// The canvas text state `draw_text` last set, so each property is set only when it changes
/// (`None`: not known yet). The colour is compared as (r, g, b, alpha bits) before its CSS string
/// is built.
#[derive(Default)]
struct TextState {
    rtl: Option<bool>,
    align: Option<&'static str>,
    baseline: Option<&'static str>,
    fill: Option<((u8, u8, u8), u64)>,
    font: Option<String>,
}

impl BackingStore {
    /// Draws on `canvas` through `context` (its 2D context), whose backing store is `size` device
    /// px, with text in `family` (which `CanvasMeasure` measured with).
    pub fn new(
        canvas: HtmlCanvasElement,
        context: CanvasRenderingContext2d,
        size: (u32, u32),
        family: FontFamily,
    ) -> Result<Self, ChartError> {
        let shapes = CanvasBackend::with_canvas_object(canvas)
            .ok_or_else(|| ChartError::Drawing("the canvas has no 2D context for plotters-canvas".into()))?;
        Ok(Self { shapes, context, size, text: TextState::default(), family })
    }

    /// Hands a shape to plotters-canvas, which sets the fill (or stroke) itself: the text fill
    /// colour cached here is no longer the context's.
    fn shape(&mut self, draw: impl FnOnce(&mut CanvasBackend) -> DrawResult) -> DrawResult {
        self.text.fill = None;
        draw(&mut self.shapes)
    }
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

impl BackingStore {
    fn set_text_state<S: BackendTextStyle>(&mut self, style: &S, rtl: bool) {
        let (ctx, state) = (&self.context, &mut self.text);
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
        // The drawing code names the reader's `sans-serif`; the `font` option replaces it.
        let named = style.family();
        let family = if named.as_str() == "sans-serif" { self.family.as_str() } else { named.as_str() };
        let font = css_font(style.style().as_str(), style.size(), family);
        if state.font.as_deref() != Some(font.as_str()) {
            ctx.set_font(&font);
            state.font = Some(font);
        }
    }
}

impl DrawingBackend for BackingStore {
    type ErrorType = CanvasError;

    /// The backing store's size in device px: plotters lays its area over the whole of it.
    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> DrawResult {
        self.shapes.ensure_prepared()
    }
    fn present(&mut self) -> DrawResult {
        self.shapes.present()
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> DrawResult {
        self.shape(|s| s.draw_pixel(point, color))
    }
    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> DrawResult {
        self.shape(|s| s.draw_line(from, to, style))
    }
    fn draw_rect<S: BackendStyle>(&mut self, ul: BackendCoord, br: BackendCoord, style: &S, fill: bool) -> DrawResult {
        self.shape(|s| s.draw_rect(ul, br, style, fill))
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> DrawResult {
        self.shape(|s| s.draw_path(path, style))
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> DrawResult {
        self.shape(|s| s.fill_polygon(path, style))
    }
    fn draw_circle<S: BackendStyle>(&mut self, center: BackendCoord, radius: u32, style: &S, fill: bool) -> DrawResult {
        self.shape(|s| s.draw_circle(center, radius, style, fill))
    }
    /// Text is drawn here, not by plotters-canvas, which sets every text property for every string
    /// and aligns by `start`/`end` (flipped under `direction: rtl`). The direction is set per
    /// string, so that a `dir="rtl"` page cannot flip left-to-right labels and Urdu is shaped and
    /// ordered right to left.
    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, pos: BackendCoord) -> DrawResult {
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
        let (x, y) = (f64::from(pos.0), f64::from(pos.1));
        if quarter_turns == 0.0 {
            return self.context.fill_text(text, x, y).map_err(failed);
        }
        // State is set before save(), so it survives restore() and the cache stays true.
        self.context.save();
        let drawn = self
            .context
            .translate(x, y)
            .and_then(|()| self.context.rotate(quarter_turns * std::f64::consts::FRAC_PI_2))
            .and_then(|()| self.context.fill_text(text, 0.0, 0.0));
        self.context.restore();
        drawn.map_err(failed)
    }
}

/// A canvas call that threw while drawing text, described.
struct JsDrawError(String);

impl std::fmt::Display for JsDrawError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Written by hand, as the description itself: a derived `Debug` would quote and escape it, and
/// the error's trait object would bring `str`'s `Debug` (with Unicode's printable tables) into the
/// wasm for a message nobody reads.
impl std::fmt::Debug for JsDrawError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for JsDrawError {}
