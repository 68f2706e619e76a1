//! The timeline's parts as a scene, in painting order: axis, year ticks and labels, the article's
//! date, then each row (connector, date mark, status glyph, texts), then the legend. The status
//! glyphs are drawn from filled shapes only, so the canvas and the SVG agree.

use super::layout::{Glyph, TimelineSpec};
use crate::data::{Precision, Status};
use crate::model::geom::Rect;
use crate::model::scene::{Scene, Shape};
use crate::model::text::Ink;

/// Glyph radius, CSS px.
const R: f64 = 5.0;

/// Status shapes: filled circle (confirmed), ring (proposed), hollow diamond (scheduled),
/// half-filled diamond (statutory date with changes proposed); a month span and the article's
/// dashes for the legend.
fn glyph(scene: &mut Scene<usize>, glyph: Glyph, (x, y): (f64, f64), datum: Option<usize>) {
    let diamond = |r: f64| Shape::Polygon(vec![(x, y - r), (x + r, y), (x, y + r), (x - r, y)]);
    let circle = |radius: f64| Shape::Circle { center: (x, y), radius };
    let mut put = |shape: Shape, ink: Ink| match datum {
        Some(d) => scene.fill_datum(shape, ink, d),
        None => scene.fill(shape, ink),
    };
    match glyph {
        Glyph::Status(Status::Confirmed) => put(circle(R), Ink::Accent),
        Glyph::Status(Status::Proposed) => {
            put(circle(R), Ink::Accent);
            put(circle(R - 2.0), Ink::Background);
        }
        Glyph::Status(Status::Scheduled) => {
            put(diamond(R + 1.0), Ink::Accent2);
            put(diamond(R - 1.5), Ink::Background);
        }
        Glyph::Status(Status::StatutoryChangesProposed) => {
            put(diamond(R + 1.0), Ink::Accent2);
            put(diamond(R - 1.5), Ink::Background);
            put(Shape::Polygon(vec![(x, y - R + 1.5), (x, y + R - 1.5), (x - R + 1.5, y)]), Ink::Accent2);
        }
        Glyph::MonthSpan => put(Shape::Rect(Rect::new(x - 3.0, y - R, 6.0, 2.0 * R)), Ink::Neutral),
        Glyph::ArticleLine => {
            put(Shape::Rect(Rect::new(x - R, y - 0.75, 3.0, 1.5)), Ink::Muted);
            put(Shape::Rect(Rect::new(x + R - 3.0, y - 0.75, 3.0, 1.5)), Ink::Muted);
        }
    }
}

/// The scene of a laid-out timeline.
pub fn scene(spec: &TimelineSpec) -> Scene<usize> {
    let mut scene = Scene::framed(&spec.frame);
    scene.fill(Shape::Rect(spec.axis), Ink::Grid);
    for tick in &spec.year_ticks {
        scene.fill(Shape::Rect(*tick), Ink::Muted);
    }
    scene.texts_of(spec.year_labels.iter().cloned());
    for dash in &spec.article_dashes {
        scene.fill(Shape::Rect(*dash), Ink::Muted);
    }
    scene.texts_of(spec.article_label.iter().cloned());

    for row in &spec.rows {
        let event = row.event;
        scene.fill_datum(Shape::Line { points: row.connector.to_vec(), width: 1.0 }, Ink::Grid, event);
        match row.precision {
            // A single day: a dot on the axis.
            Precision::Day if row.span.h <= 6.0 => {
                let center = (row.span.x + row.span.w / 2.0, row.span.y + row.span.h / 2.0);
                scene.fill_datum(Shape::Circle { center, radius: 3.0 }, Ink::Strong, event);
            }
            _ => scene.fill_datum(Shape::Rect(row.span), Ink::Neutral, event),
        }
        glyph(&mut scene, Glyph::Status(row.status), row.bullet, Some(event));
        scene.texts_of(row.texts.iter().cloned());
        scene.point(row.area, event);
    }
    for entry in &spec.legend {
        glyph(&mut scene, entry.glyph, entry.at, None);
        scene.text(entry.label.clone());
    }
    scene
}
