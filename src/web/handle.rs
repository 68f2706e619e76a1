//! `Chart`, the handle `render()` returns: it owns its canvas, options, last layout and focus,
//! redraws at the canvas's current size, and answers hit tests and point queries.

use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use super::args;
use super::backend::BackingStore;
use super::measure::{context_2d, CanvasMeasure};
use super::{export, to_js};
use crate::charts::{ChartId, Fitted};
use crate::error::ChartError;
use crate::model::hit::DatumInfo;
use crate::model::MAX_BACKING_SIDE;
use crate::numfmt::num;
use crate::options::{ChartOptions, PIXEL_RATIO_RANGE};
use crate::render::{theme::Palette, Resolution};

/// A datum as `Chart.hitTest` and `Chart.point` return it: its place in reading order, what a
/// reader is told about it, and its box (CSS px from the canvas's top-left corner).
#[derive(serde::Serialize)]
struct DatumView<'a> {
    index: usize,
    #[serde(flatten)]
    info: &'a DatumInfo,
    announcement: String,
    x: f64,
    y: f64,
    width: f64,
    height: f64,
}

/// A chart drawn on a canvas: `draw()` redraws it at the canvas's current size, `free()` releases it.
#[wasm_bindgen]
pub struct Chart {
    pub(super) canvas: HtmlCanvasElement,
    pub(super) chart: ChartId,
    pub(super) options: ChartOptions,
    /// CSS size used while the canvas is not laid out (detached or `display: none`).
    pub(super) fallback_css: (f64, f64),
    /// The layout last drawn and how it was fitted into the canvas: hit-testing reads it.
    pub(super) spec: RefCell<Option<Fitted>>,
    /// What `spec` was laid out for: the CSS size (as bits) and the fonts the canvas resolved
    /// ([`CanvasMeasure::fonts`]). A draw for the same is drawn from `spec` without laying out
    /// again (a theme change, a new pixel ratio, a focus ring, a redraw at the size it has).
    pub(super) laid_out_for: Cell<Option<(u64, u64, u64)>>,
    /// The point drawn with a focus ring, if any.
    pub(super) focus: Cell<Option<usize>>,
}

#[wasm_bindgen]
impl Chart {
    /// Redraws at the canvas's current CSS size × pixel ratio. Call it after a resize.
    pub fn draw(&self) -> Result<(), JsValue> {
        export("draw()", || self.draw_now())
    }

    /// The chart's id.
    #[wasm_bindgen(getter, unchecked_return_type = "ChartId")]
    pub fn id(&self) -> String {
        self.chart.as_str().to_owned()
    }

    /// How the last draw fitted the chart into the canvas: `'natural'` (its own layout),
    /// `'compact'` (a tighter layout) or `'scaled'` (the natural layout scaled down to fit).
    #[wasm_bindgen(getter, unchecked_return_type = "ChartFit")]
    pub fn fit(&self) -> String {
        let fit = self.spec.try_borrow().ok().and_then(|s| s.as_ref().map(|f| f.fit));
        fit.unwrap_or(crate::charts::Fit::Natural).as_str().to_owned()
    }

    /// Canvas CSS px per layout px in the last draw: 1 unless `fit` is `'scaled'`.
    #[wasm_bindgen(getter)]
    pub fn scale(&self) -> f64 {
        self.spec.try_borrow().ok().and_then(|s| s.as_ref().map(|f| f.scale)).unwrap_or(1.0)
    }

    /// Number of data points (bars, figures, events), in reading and keyboard order.
    #[wasm_bindgen(getter, js_name = pointCount)]
    pub fn point_count(&self) -> u32 {
        self.spec.try_borrow().ok().and_then(|s| s.as_ref().map(|s| s.spec.points.len() as u32)).unwrap_or(0)
    }

    /// `hitTest(x, y)`: the datum under a point given in CSS px from the canvas's top-left
    /// corner, or `null`: `{ index, label, value, number, unit, date, precision, status, place,
    /// note, sourceTitle, sourceUrl, sources, announcement, x, y, width, height }`.
    #[wasm_bindgen(js_name = hitTest, unchecked_return_type = "Datum | null")]
    pub fn hit_test(
        &self,
        #[wasm_bindgen(unchecked_param_type = "number")] x: JsValue,
        #[wasm_bindgen(unchecked_param_type = "number")] y: JsValue,
    ) -> Result<JsValue, JsValue> {
        export("hitTest()", || {
            let (x, y) = (args::coordinate(&x, "x")?, args::coordinate(&y, "y")?);
            let index = self.spec.try_borrow().ok().and_then(|s| {
                let fitted = s.as_ref()?;
                let (x, y) = fitted.to_layout((x, y));
                fitted.spec.hit_test(x, y)
            });
            index.map_or(Ok(JsValue::NULL), |i| self.point_object(i))
        })
    }

    /// `point(index)`: the datum of point `index` (0 ≤ index < `pointCount`), as `hitTest`.
    #[wasm_bindgen(unchecked_return_type = "Datum | null")]
    pub fn point(&self, #[wasm_bindgen(unchecked_param_type = "number")] index: JsValue) -> Result<JsValue, JsValue> {
        export("point()", || self.point_object(args::point_index(&index, self.point_count())?))
    }

    /// `highlight(index)`: redraws with a focus ring around point `index`; `-1`, `null` or no index
    /// clears it.
    pub fn highlight(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "number | null")] index: JsValue,
    ) -> Result<(), JsValue> {
        export("highlight()", || {
            let focus = if index.is_null() || index.is_undefined() || index.as_f64() == Some(-1.0) {
                None
            } else {
                Some(args::point_index(&index, self.point_count())?)
            };
            if self.focus.replace(focus) != focus {
                self.draw_now()?;
            }
            Ok(())
        })
    }
}

impl Chart {
    /// A handle for `chart` on `canvas`, not drawn yet.
    pub(super) fn new(canvas: HtmlCanvasElement, chart: ChartId, options: ChartOptions) -> Self {
        let fallback_css = (f64::from(canvas.width()), f64::from(canvas.height()));
        Self {
            canvas,
            chart,
            options,
            fallback_css,
            spec: RefCell::new(None),
            laid_out_for: Cell::new(None),
            focus: Cell::new(None),
        }
    }

    fn point_object(&self, i: usize) -> Result<JsValue, ChartError> {
        let lang = self.options.lang;
        let found = self.spec.try_borrow().ok().and_then(|s| {
            let fitted = s.as_ref()?;
            let point = fitted.spec.points.get(i).copied()?;
            Some((fitted.to_box(point.area), point.datum.info(lang)?))
        });
        let Some((area, info)) = found else { return Ok(JsValue::NULL) };
        let announcement = info.announcement(lang);
        to_js(&DatumView { index: i, info: &info, announcement, x: area.x, y: area.y, width: area.w, height: area.h })
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
                .and_then(|v| crate::color::parse_decimal(v.strip_suffix("px").unwrap_or(&v)))
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

    pub(super) fn draw_now(&self) -> Result<(), ChartError> {
        let (css_w, css_h) = self.css_size();
        let ratio = self.pixel_ratio();
        let (bw, bh) = ((css_w * ratio).round(), (css_h * ratio).round());
        if bw > MAX_BACKING_SIDE || bh > MAX_BACKING_SIDE {
            return Err(ChartError::CanvasTooLarge { width: bw, height: bh, max_side: MAX_BACKING_SIDE });
        }
        let ctx = context_2d(&self.canvas)?;
        // Lay out before touching the canvas: on error the previous drawing stays. The last
        // layout is reused when it was made for this size with these fonts.
        let measure = CanvasMeasure::new(ctx.clone(), self.options.font)?;
        let key = (css_w.to_bits(), css_h.to_bits(), measure.fonts());
        let reused = if self.laid_out_for.get() == Some(key) {
            self.spec.try_borrow_mut().ok().and_then(|mut stored| stored.take())
        } else {
            None
        };
        let fitted = match reused {
            Some(fitted) => fitted,
            None => self.chart.fit(&measure, (css_w, css_h), self.options.locale())?,
        };
        let painted = self.paint(&fitted, ctx, ratio, (bw as u32, bh as u32), (css_w, css_h));
        if let Ok(mut stored) = self.spec.try_borrow_mut() {
            *stored = Some(fitted);
            self.laid_out_for.set(Some(key));
        }
        painted
    }

    /// Draws `fitted` onto the canvas, resizing its backing store to `(bw, bh)` device px first.
    fn paint(
        &self,
        fitted: &Fitted,
        ctx: web_sys::CanvasRenderingContext2d,
        ratio: f64,
        (bw, bh): (u32, u32),
        (css_w, css_h): (f64, f64),
    ) -> Result<(), ChartError> {
        if self.canvas.width() != bw || self.canvas.height() != bh {
            self.canvas.set_width(bw);
            self.canvas.set_height(bh);
            self.keep_css_size(css_w, css_h);
        }
        ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0).map_err(|e| ChartError::Drawing(args::describe(&e)))?;
        let palette = Palette::with_overrides(self.options.theme, &self.options.colors);
        let focus = self.focus.get().and_then(|i| fitted.spec.points.get(i).map(|p| p.area));
        let backend = BackingStore::new(self.canvas.clone(), ctx, (bw, bh), self.options.font)?;
        let res = Resolution::canvas(ratio).fitted(fitted.scale, fitted.offset);
        fitted.spec.draw(backend, &palette, res, focus)
    }

    /// A canvas without CSS size takes its size from the backing store; pin it so that a larger
    /// backing store never makes the canvas grow on the page (no resize loops).
    fn keep_css_size(&self, css_w: f64, css_h: f64) {
        if self.canvas.client_width() <= 0 {
            return; // not laid out: nothing to keep
        }
        let style = self.canvas.style();
        if f64::from(self.canvas.client_width()) != css_w {
            let _ = style.set_property("width", &[&num(css_w), "px"].concat());
        }
        if f64::from(self.canvas.client_height()) != css_h {
            let _ = style.set_property("height", &[&num(css_h), "px"].concat());
        }
    }
}
