//! Draws a [`PatentShareSpec`]: gridlines, bars, labels.

use plotters::prelude::DrawingBackend;

use super::layout::PatentShareSpec;
use crate::error::ChartError;
use crate::render::paint::Painter;

pub fn draw_patent_share<DB: DrawingBackend>(p: &Painter<DB>, spec: &PatentShareSpec) -> Result<(), ChartError> {
    for tick in &spec.ticks {
        p.rect(tick.line, p.palette.grid)?;
        p.text(&tick.label)?;
    }
    for bar in &spec.bars {
        let fill = if bar.highlight {
            p.palette.accent
        } else if bar.remainder {
            p.palette.remainder
        } else {
            p.palette.neutral
        };
        p.rect(bar.rect, fill)?;
        p.text(&bar.label)?;
        p.text(&bar.value)?;
    }
    Ok(())
}
