//! The painter: a scene's marks, CSS px in, device px out (× `scale`, rounded to whole device
//! pixels), through plotters' `DrawingArea` so any `DrawingBackend` works. Everything is filled
//! (rectangles, polygons, circles, lines as quadrilaterals, text): canvas and SVG backends then
//! agree on line weights.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::theme::{Palette, Rgba};
use crate::error::ChartError;
use crate::model::geom::Rect;
use crate::model::scene::{Mark, Shape};
use crate::model::text::{Align, Ink, TextBox};

/// Draws CSS-px shapes onto a device-px drawing area.
pub struct Painter<'a, DB: DrawingBackend> {
    pub(crate) area: &'a DrawingArea<DB, Shift>,
    pub(crate) scale: f64,
    /// Where CSS (0, 0) lands, device px.
    pub origin: (f64, f64),
    /// See [`super::Resolution::font_factor`].
    pub font_factor: f64,
    pub(crate) palette: &'a Palette,
}

fn color(c: Rgba) -> RGBAColor {
    RGBAColor(c.0, c.1, c.2, c.3)
}

fn failed<E: std::fmt::Display>(e: E) -> ChartError {
    ChartError::Drawing(e.to_string())
}

impl<DB: DrawingBackend> Painter<'_, DB> {
    fn pt(&self, (x, y): (f64, f64)) -> (i32, i32) {
        ((x * self.scale + self.origin.0).round() as i32, (y * self.scale + self.origin.1).round() as i32)
    }

    fn ink(&self, ink: Ink) -> Rgba {
        let p = self.palette;
        match ink {
            Ink::Background => p.background,
            Ink::Strong => p.strong,
            Ink::Muted => p.muted,
            Ink::Accent => p.accent,
            Ink::OnAccent => p.on_accent,
            Ink::Neutral => p.neutral,
            Ink::Remainder => p.remainder,
            Ink::Grid => p.grid,
            Ink::Accent2 => p.accent2,
        }
    }

    /// One mark of a scene, in its ink.
    pub fn mark<D>(&self, mark: &Mark<D>) -> Result<(), ChartError> {
        let fill = self.ink(mark.ink);
        match &mark.shape {
            Shape::Rect(r) => self.rect(*r, fill),
            Shape::Circle { center, radius } => self.circle(*center, *radius, fill),
            Shape::Polygon(points) => self.polygon(points, fill),
            Shape::Line { points, width } => self.polyline(points, *width, fill),
            Shape::Text(t) => self.text(t, fill),
        }
    }

    pub(crate) fn clear(&self) -> Result<(), ChartError> {
        self.area.fill(&color(self.palette.background)).map_err(failed)
    }

    /// A filled rectangle, at least one device pixel in each direction.
    pub fn rect(&self, r: Rect, fill: Rgba) -> Result<(), ChartError> {
        let (x0, y0) = self.pt((r.x, r.y));
        let (mut x1, mut y1) = self.pt((r.right(), r.bottom()));
        if x1 <= x0 {
            x1 = x0 + 1;
        }
        if y1 <= y0 {
            y1 = y0 + 1;
        }
        self.area.draw(&Rectangle::new([(x0, y0), (x1, y1)], color(fill).filled())).map_err(failed)
    }

    fn polygon(&self, points: &[(f64, f64)], fill: Rgba) -> Result<(), ChartError> {
        let pts: Vec<(i32, i32)> = points.iter().map(|&p| self.pt(p)).collect();
        self.area.draw(&Polygon::new(pts, color(fill).filled())).map_err(failed)
    }

    fn circle(&self, center: (f64, f64), radius: f64, fill: Rgba) -> Result<(), ChartError> {
        let r = (radius * self.scale).round().max(1.0) as i32;
        self.area.draw(&Circle::new(self.pt(center), r, color(fill).filled())).map_err(failed)
    }

    /// A polyline `width` CSS px wide (drawn as one quadrilateral per segment).
    pub fn polyline(&self, points: &[(f64, f64)], width: f64, fill: Rgba) -> Result<(), ChartError> {
        for seg in points.windows(2) {
            let (&(x0, y0), &(x1, y1)) = match seg {
                [a, b] => (a, b),
                _ => continue,
            };
            // Not `hypot`, which brings libm's into the wasm; CSS px cannot overflow here.
            let len = ((x1 - x0) * (x1 - x0) + (y1 - y0) * (y1 - y0)).sqrt();
            if len == 0.0 {
                continue;
            }
            let (nx, ny) = (-(y1 - y0) / len * width / 2.0, (x1 - x0) / len * width / 2.0);
            self.polygon(&[(x0 + nx, y0 + ny), (x1 + nx, y1 + ny), (x1 - nx, y1 - ny), (x0 - nx, y0 - ny)], fill)?;
        }
        Ok(())
    }

    fn text(&self, t: &TextBox, fill: Rgba) -> Result<(), ChartError> {
        let style = if t.font.bold { FontStyle::Bold } else { FontStyle::Normal };
        let h = match t.align {
            Align::Left => HPos::Left,
            Align::Center => HPos::Center,
            Align::Right => HPos::Right,
        };
        let font = FontDesc::new(FontFamily::SansSerif, t.font.size * self.scale * self.font_factor, style);
        let ink = color(fill);
        let text_style = TextStyle::from(font).color(&ink).pos(Pos::new(h, VPos::Center));
        // Anchor at the vertical centre of the line box: the same on canvas and in SVG.
        let pos = self.pt((t.x, t.y + t.font.line_height() / 2.0));
        self.area.draw_text(&t.text, &text_style, pos).map_err(failed)
    }
}
