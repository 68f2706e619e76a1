//! The canvas drawing backend: plotters' `DrawingBackend` over a canvas 2D context, drawing at the
//! backing store's size (plotters-canvas reported the CSS size: plotters issue #164). Every canvas
//! property (fill and stroke colour as `#rrggbbaa`, line width, text state) is set only when it
//! changes, and no float is formatted to draw anything.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontTransform,
};
use wasm_bindgen::prelude::*;
use web_sys::CanvasRenderingContext2d;

use super::args::describe;
use super::measure::css_font;
use crate::options::FontFamily;

/// Draws on a canvas whose backing store is `size` device px, through its 2D context.
pub struct BackingStore {
    context: CanvasRenderingContext2d,
    size: (u32, u32),
    state: CanvasState,
    /// What the drawing code's `sans-serif` becomes: the `font` option.
    family: FontFamily,
}

/// The canvas state last set, so each property is set only when it changes (`None`: not known
/// yet). Colours are compared as (r, g, b, alpha bits) before their CSS string is built.
#[derive(Default)]
struct CanvasState {
    rtl: Option<bool>,
    align: Option<&'static str>,
    baseline: Option<&'static str>,
    fill: Option<((u8, u8, u8), u64)>,
    stroke: Option<((u8, u8, u8), u64)>,
    line_width: Option<u32>,
    font: Option<String>,
}

impl BackingStore {
    /// Draws through `context`, whose canvas's backing store is `size` device px, with text in
    /// `family` (which `CanvasMeasure` measured with).
    pub fn new(context: CanvasRenderingContext2d, size: (u32, u32), family: FontFamily) -> Self {
        Self { context, size, state: CanvasState::default(), family }
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

type DrawResult = Result<(), DrawingErrorKind<JsDrawError>>;

/// A canvas call that threw, as a drawing error.
fn failed(e: JsValue) -> DrawingErrorKind<JsDrawError> {
    DrawingErrorKind::DrawingError(JsDrawError(describe(&e)))
}

/// A device-px coordinate as the canvas takes it.
fn xy((x, y): BackendCoord) -> (f64, f64) {
    (f64::from(x), f64::from(y))
}

impl BackingStore {
    fn set_fill(&mut self, color: BackendColor) {
        let key = (color.rgb, color.alpha.to_bits());
        if self.state.fill != Some(key) {
            self.context.set_fill_style_str(&css_color(color));
            self.state.fill = Some(key);
        }
    }

    fn set_stroke<S: BackendStyle>(&mut self, style: &S) {
        let color = style.color();
        let key = (color.rgb, color.alpha.to_bits());
        if self.state.stroke != Some(key) {
            self.context.set_stroke_style_str(&css_color(color));
            self.state.stroke = Some(key);
        }
        let width = style.stroke_width();
        if self.state.line_width != Some(width) {
            self.context.set_line_width(f64::from(width));
            self.state.line_width = Some(width);
        }
    }

    /// Traces `path` as the canvas's current path (closed when `close`).
    fn trace(&self, path: impl IntoIterator<Item = BackendCoord>, close: bool) {
        self.context.begin_path();
        let mut path = path.into_iter();
        if let Some(start) = path.next() {
            let (x, y) = xy(start);
            self.context.move_to(x, y);
            for next in path {
                let (x, y) = xy(next);
                self.context.line_to(x, y);
            }
            if close {
                self.context.close_path();
            }
        }
    }

    fn set_text_state<S: BackendTextStyle>(&mut self, style: &S, rtl: bool) {
        if self.state.rtl != Some(rtl) {
            let _ = js_sys::Reflect::set(&self.context, &"direction".into(), &(if rtl { "rtl" } else { "ltr" }).into());
            self.state.rtl = Some(rtl);
        }
        let anchor = style.anchor();
        // Absolute alignments: under either direction, `left` puts the text's left edge at x.
        let align = match anchor.h_pos {
            HPos::Left => "left",
            HPos::Right => "right",
            HPos::Center => "center",
        };
        if self.state.align != Some(align) {
            self.context.set_text_align(align);
            self.state.align = Some(align);
        }
        let baseline = match anchor.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        if self.state.baseline != Some(baseline) {
            self.context.set_text_baseline(baseline);
            self.state.baseline = Some(baseline);
        }
        self.set_fill(style.color());
        // The drawing code names the reader's `sans-serif`; the `font` option replaces it.
        let named = style.family();
        let family = if named.as_str() == "sans-serif" { self.family.as_str() } else { named.as_str() };
        let font = css_font(style.style().as_str(), style.size(), family);
        if self.state.font.as_deref() != Some(font.as_str()) {
            self.context.set_font(&font);
            self.state.font = Some(font);
        }
    }
}

impl DrawingBackend for BackingStore {
    type ErrorType = JsDrawError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> DrawResult {
        Ok(())
    }
    fn present(&mut self) -> DrawResult {
        Ok(())
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> DrawResult {
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.set_fill(color);
        let (x, y) = xy(point);
        self.context.fill_rect(x, y, 1.0, 1.0);
        Ok(())
    }
    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> DrawResult {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        // A horizontal or vertical line of odd width sits on pixel centres, as plotters-canvas drew it.
        let (mut from, mut to) = (xy(from), xy(to));
        if from.0 == to.0 {
            (from.0, to.0) = (from.0 - 0.5, to.0 - 0.5);
        }
        if from.1 == to.1 {
            (from.1, to.1) = (from.1 - 0.5, to.1 - 0.5);
        }
        self.set_stroke(style);
        self.context.begin_path();
        self.context.move_to(from.0, from.1);
        self.context.line_to(to.0, to.1);
        self.context.stroke();
        Ok(())
    }
    fn draw_rect<S: BackendStyle>(&mut self, ul: BackendCoord, br: BackendCoord, style: &S, fill: bool) -> DrawResult {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let ((x0, y0), (x1, y1)) = (xy(ul), xy(br));
        if fill {
            self.set_fill(style.color());
            self.context.fill_rect(x0, y0, x1 - x0, y1 - y0);
        } else {
            self.set_stroke(style);
            self.context.stroke_rect(x0, y0, x1 - x0, y1 - y0);
        }
        Ok(())
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> DrawResult {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.set_stroke(style);
        self.trace(path, false);
        self.context.stroke();
        Ok(())
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> DrawResult {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.set_fill(style.color());
        self.trace(path, true);
        self.context.fill();
        Ok(())
    }
    fn draw_circle<S: BackendStyle>(&mut self, center: BackendCoord, radius: u32, style: &S, fill: bool) -> DrawResult {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        if fill {
            self.set_fill(style.color());
        } else {
            self.set_stroke(style);
        }
        let (x, y) = xy(center);
        self.context.begin_path();
        self.context.arc(x, y, f64::from(radius), 0.0, std::f64::consts::TAU).map_err(failed)?;
        if fill {
            self.context.fill();
        } else {
            self.context.stroke();
        }
        Ok(())
    }
    /// Each text property is set only when it changes; the direction is set per string, so that a
    /// `dir="rtl"` page cannot flip left-to-right labels and Urdu is shaped and ordered right to left.
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
        let (x, y) = xy(pos);
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

/// A canvas call that threw while drawing, described.
#[derive(Debug)]
pub struct JsDrawError(String);

impl std::fmt::Display for JsDrawError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for JsDrawError {}
