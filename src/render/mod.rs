//! Drawing, generic over plotters' `DrawingBackend`, so the same code renders to a browser canvas
//! and to SVG: a chart's scene (its display list, `model::scene`) painted mark by mark, the
//! palettes, and the focus ring. No chart draws anything of its own.
//! Must not import `wasm_bindgen`, `web_sys`, `charts` or `web`.

pub mod paint;
pub mod theme;

use plotters::prelude::{DrawingBackend, IntoDrawingArea};

use crate::error::ChartError;
use crate::model::geom::Rect;
use crate::model::scene::Scene;
use paint::Painter;
use theme::Palette;

/// How CSS px map to the backend's units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Resolution {
    /// Device px per CSS px (the canvas's `devicePixelRatio`; 1 for SVG).
    pub pixel_ratio: f64,
    /// Multiplier on font sizes: plotters-svg writes `font-size` as size ÷ 1.24 while
    /// the canvas backend writes it as is, so SVG text is asked 1.24× larger to come out the same.
    pub font_factor: f64,
    /// Where the layout's (0, 0) lands, device px: a scaled chart is centred in its box.
    pub origin: (f64, f64),
}

impl Resolution {
    /// A canvas at `pixel_ratio` device px per CSS px.
    pub fn canvas(pixel_ratio: f64) -> Self {
        Self { pixel_ratio, font_factor: 1.0, origin: (0.0, 0.0) }
    }
    /// An SVG document, in CSS px.
    pub fn svg() -> Self {
        Self { pixel_ratio: 1.0, font_factor: 1.24, origin: (0.0, 0.0) }
    }
    /// The same output drawing a layout scaled by `scale` with its origin at `offset` CSS px.
    pub fn fitted(self, scale: f64, offset: (f64, f64)) -> Self {
        Self {
            pixel_ratio: self.pixel_ratio * scale,
            origin: (offset.0 * self.pixel_ratio, offset.1 * self.pixel_ratio),
            ..self
        }
    }
}

/// Draws a chart's scene (CSS px) onto `backend` at the given resolution: the background, every
/// mark in order, then a focus ring around `focus` (the hovered or keyboard-focused point's area)
/// if given.
pub fn draw_scene<DB: DrawingBackend, D>(
    backend: DB,
    scene: &Scene<D>,
    palette: &Palette,
    res: Resolution,
    focus: Option<Rect>,
) -> Result<(), ChartError> {
    let area = backend.into_drawing_area();
    let p = Painter { area: &area, scale: res.pixel_ratio, origin: res.origin, font_factor: res.font_factor, palette };
    p.clear()?;
    scene.marks.iter().try_for_each(|mark| p.mark(mark))?;
    if let Some(area) = focus {
        // A 2 px ring 3 px outside the point, in the main text colour: visible on any theme.
        let (x, y, w, h) = (area.x - 3.0, area.y - 3.0, area.w + 6.0, area.h + 6.0);
        for side in [
            Rect::new(x, y, w, 2.0),
            Rect::new(x, y + h - 2.0, w, 2.0),
            Rect::new(x, y, 2.0, h),
            Rect::new(x + w - 2.0, y, 2.0, h),
        ] {
            p.rect(side, palette.strong)?;
        }
    }
    area.present().map_err(|e| ChartError::Drawing(e.to_string()))
}
