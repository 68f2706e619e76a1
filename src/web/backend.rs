//! The canvas drawing backend: plotters-canvas for shapes, wrapped so that the drawing size is the
//! backing store's (plotters issue #164) and text is drawn here, each canvas text property set
//! only when it changes.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontTransform,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use web_sys::CanvasRenderingContext2d;

use super::args::describe;
use super::measure::css_font;
use crate::options::FontFamily;

/// plotters-canvas reports the canvas's CSS size as the drawing size (plotters issue #164); this
/// wrapper reports the backing store's size instead, so the whole device-pixel canvas is drawn.
/// Shapes go to plotters-canvas; text is drawn here (see `draw_text`).
pub struct BackingStore {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
    size: (u32, u32),
    text_state: TextState,
    /// What the drawing code's `sans-serif` becomes: the `font` option.
    family: FontFamily,
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

impl BackingStore {
    /// Draws on `canvas` through `context`, whose backing store is `size` device px, with text in
    /// `family` (which `CanvasMeasure` measured with).
    pub fn new(inner: CanvasBackend, context: CanvasRenderingContext2d, size: (u32, u32), family: FontFamily) -> Self {
        Self { inner, context, size, text_state: TextState::default(), family }
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

/// plotters-canvas does not export its error type by name.
type CanvasError = <CanvasBackend as DrawingBackend>::ErrorType;

impl BackingStore {
    fn set_text_state<S: BackendTextStyle>(&mut self, style: &S, rtl: bool) {
        let family = self.family;
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
        // The drawing code names the reader's `sans-serif`; the `font` option replaces it.
        let named = style.family();
        let family = if named.as_str() == "sans-serif" { family.as_str() } else { named.as_str() };
        let font = css_font(style.style().as_str(), style.size(), family);
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
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_line(from, to, style)
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        ul: BackendCoord,
        br: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.text_state.fill = None;
        self.inner.draw_rect(ul, br, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_path(path, style)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.text_state.fill = None;
        self.inner.fill_polygon(path, style)
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.text_state.fill = None;
        self.inner.draw_circle(center, radius, style, fill)
    }
    /// Text is drawn here rather than by plotters-canvas, which sets every property (and formats
    /// a float into the font and colour strings) for every string. Each property is set only when
    /// it changes; the direction is set per string, so that a `dir="rtl"` page cannot flip
    /// left-to-right labels and Urdu is shaped and ordered right to left.
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
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
