//! Draws a [`ProjectedGainsSpec`]: the headline total, its decade bracket, the related figures.

use plotters::prelude::DrawingBackend;

use crate::render::paint::Painter;
use crate::error::ChartError;
use super::layout::{GainsDatum, ProjectedGainsSpec};

pub fn draw_projected_gains<DB: DrawingBackend>(p: &Painter<DB>, spec: &ProjectedGainsSpec) -> Result<(), ChartError> {
    for block in &spec.blocks {
        let strip = if block.datum == GainsDatum::Headline { p.palette.accent } else { p.palette.accent2 };
        p.rect(block.strip, strip)?;
        p.texts(&block.texts)?;
    }
    p.rect(spec.total_bar, p.palette.accent)?;
    for part in &spec.bracket {
        p.rect(*part, p.palette.muted)?;
    }
    p.texts(&spec.bracket_label)
}
