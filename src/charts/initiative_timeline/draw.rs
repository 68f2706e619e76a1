//! Draws a [`TimelineSpec`]: axis, date marks, connectors, status glyphs, rows, legend.

use plotters::prelude::DrawingBackend;

use super::layout::{Glyph, TimelineSpec};
use crate::data::{Precision, Status};
use crate::error::ChartError;
use crate::model::geom::Rect;
use crate::render::paint::Painter;

/// Glyph radius, CSS px.
const R: f64 = 5.0;

/// Status shapes: filled circle (confirmed), ring (proposed), hollow diamond (scheduled),
/// half-filled diamond (statutory date with changes proposed).
pub fn draw_glyph<DB: DrawingBackend>(p: &Painter<DB>, glyph: Glyph, (x, y): (f64, f64)) -> Result<(), ChartError> {
    let diamond = |r: f64| [(x, y - r), (x + r, y), (x, y + r), (x - r, y)];
    match glyph {
        Glyph::Status(Status::Confirmed) => p.circle((x, y), R, p.palette.accent),
        Glyph::Status(Status::Proposed) => {
            p.circle((x, y), R, p.palette.accent)?;
            p.circle((x, y), R - 2.0, p.palette.background)
        }
        Glyph::Status(Status::Scheduled) => {
            p.polygon(&diamond(R + 1.0), p.palette.accent2)?;
            p.polygon(&diamond(R - 1.5), p.palette.background)
        }
        Glyph::Status(Status::StatutoryChangesProposed) => {
            p.polygon(&diamond(R + 1.0), p.palette.accent2)?;
            p.polygon(&diamond(R - 1.5), p.palette.background)?;
            p.polygon(&[(x, y - R + 1.5), (x, y + R - 1.5), (x - R + 1.5, y)], p.palette.accent2)
        }
        Glyph::MonthSpan => p.rect(Rect::new(x - 3.0, y - R, 6.0, 2.0 * R), p.palette.neutral),
        Glyph::ArticleLine => {
            p.rect(Rect::new(x - R, y - 0.75, 3.0, 1.5), p.palette.muted)?;
            p.rect(Rect::new(x + R - 3.0, y - 0.75, 3.0, 1.5), p.palette.muted)
        }
    }
}

pub fn draw_initiative_timeline<DB: DrawingBackend>(p: &Painter<DB>, spec: &TimelineSpec) -> Result<(), ChartError> {
    p.rect(spec.axis, p.palette.grid)?;
    for tick in &spec.year_ticks {
        p.rect(*tick, p.palette.muted)?;
    }
    p.texts(&spec.year_labels)?;
    for dash in &spec.article_dashes {
        p.rect(*dash, p.palette.muted)?;
    }
    p.texts(&spec.article_label)?;

    for row in &spec.rows {
        p.polyline(&row.connector, 1.0, p.palette.grid)?;
        match row.precision {
            Precision::Day if row.span.h <= 6.0 => {
                p.circle((row.span.x + row.span.w / 2.0, row.span.y + row.span.h / 2.0), 3.0, p.palette.strong)?
            }
            _ => p.rect(row.span, p.palette.neutral)?,
        }
        draw_glyph(p, Glyph::Status(row.status), row.bullet)?;
        p.texts(&row.texts)?;
    }
    for entry in &spec.legend {
        draw_glyph(p, entry.glyph, entry.at)?;
        p.text(&entry.label)?;
    }
    Ok(())
}
