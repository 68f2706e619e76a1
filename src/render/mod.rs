//! Drawing: specs from `model/` to pixels, generic over plotters' `DrawingBackend`, so the same
//! code renders to a browser canvas and to SVG. Must not import `wasm_bindgen` or `web_sys`.

pub mod gains;
pub mod paint;
pub mod share;
pub mod theme;
pub mod timeline;

use plotters::prelude::{DrawingBackend, IntoDrawingArea};

use crate::error::ChartError;
use crate::model::ChartSpec;
use paint::Painter;
use theme::Palette;

/// How CSS px map to the backend's units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Resolution {
    /// Device px per CSS px (the canvas's `devicePixelRatio`; 1 for SVG).
    pub pixel_ratio: f64,
    /// Multiplier on font sizes: plotters-svg writes `font-size` as size ÷ 1.24 while
    /// plotters-canvas writes it as is, so SVG text is asked 1.24× larger to come out the same.
    pub font_factor: f64,
}

impl Resolution {
    pub fn canvas(pixel_ratio: f64) -> Self {
        Self { pixel_ratio, font_factor: 1.0 }
    }
    pub fn svg() -> Self {
        Self { pixel_ratio: 1.0, font_factor: 1.24 }
    }
}

/// Draws `spec` (CSS px) onto `backend` at the given resolution.
pub fn draw<DB: DrawingBackend>(backend: DB, spec: &ChartSpec, palette: &Palette, res: Resolution) -> Result<(), ChartError> {
    let area = backend.into_drawing_area();
    let p = Painter { area: &area, scale: res.pixel_ratio, font_factor: res.font_factor, palette };
    p.clear()?;
    let frame = match spec {
        ChartSpec::PatentShare(s) => &s.frame,
        ChartSpec::ProjectedGains(s) => &s.frame,
        ChartSpec::InitiativeTimeline(s) => &s.frame,
    };
    p.rect(frame.rule, palette.grid)?;
    p.texts(&frame.texts)?;
    match spec {
        ChartSpec::PatentShare(s) => share::draw_patent_share(&p, s)?,
        ChartSpec::ProjectedGains(s) => gains::draw_projected_gains(&p, s)?,
        ChartSpec::InitiativeTimeline(s) => timeline::draw_initiative_timeline(&p, s)?,
    }
    area.present().map_err(|e| ChartError::Drawing(e.to_string()))
}
