//! Draws a [`ProjectedGainsSpec`]: the headline figure and the related figures, each with its
//! accent strip (no bar: see `model::gains`).

use plotters::prelude::DrawingBackend;

use super::layout::{GainsDatum, ProjectedGainsSpec};
use crate::error::ChartError;
use crate::render::paint::Painter;

pub fn draw_projected_gains<DB: DrawingBackend>(p: &Painter<DB>, spec: &ProjectedGainsSpec) -> Result<(), ChartError> {
    for block in &spec.blocks {
        let strip = if block.datum == GainsDatum::Headline { p.palette.accent } else { p.palette.accent2 };
        p.rect(block.strip, strip)?;
        p.texts(&block.texts)?;
    }
    Ok(())
}
