//! Draws an [`EventsPerYearSpec`]: the baseline, the columns and their labels.

use plotters::prelude::DrawingBackend;

use super::layout::EventsPerYearSpec;
use crate::error::ChartError;
use crate::render::paint::Painter;

/// Draws the marks and their texts (the frame is drawn by the registry).
pub fn draw_events_per_year<DB: DrawingBackend>(p: &Painter<DB>, spec: &EventsPerYearSpec) -> Result<(), ChartError> {
    p.rect(spec.baseline, p.palette.grid)?;
    for column in &spec.columns {
        p.rect(column.rect, p.palette.accent)?;
        p.text(&column.label)?;
        p.text(&column.value)?;
    }
    Ok(())
}
