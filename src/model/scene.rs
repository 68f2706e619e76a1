//! The display list a chart's layout returns: every mark it draws, in drawing order, each with the
//! ink it is painted in and the datum it shows, and the points that answer the pointer. Mirroring,
//! the overlap check and hit-testing are written once, here, for every chart; drawing is
//! `render::draw_scene`. Pure: CSS px, no plotters.

use super::frame::Frame;
use super::geom::{Mirror, Rect};
use super::hit::Point;
use super::text::{Ink, TextBox};

/// What a mark is: a filled shape or a line of text, in CSS px.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A filled rectangle (at least one device pixel each way).
    Rect(Rect),
    /// A filled circle.
    Circle {
        /// Its centre.
        center: (f64, f64),
        /// Its radius.
        radius: f64,
    },
    /// A filled polygon through these points.
    Polygon(Vec<(f64, f64)>),
    /// A line `width` wide through these points.
    Line {
        /// The points it passes through, in order.
        points: Vec<(f64, f64)>,
        /// Its width.
        width: f64,
    },
    /// One line of text.
    Text(TextBox),
}

/// One mark of a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark<D> {
    /// What is drawn.
    pub shape: Shape,
    /// What it is painted with (a text's own ink).
    pub ink: Ink,
    /// The datum it shows, if it shows one.
    pub datum: Option<D>,
}

/// A chart laid out: its marks in drawing order and its points in reading (and keyboard) order.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene<D> {
    /// Every mark, the frame's first, in the order they are painted.
    pub marks: Vec<Mark<D>>,
    /// The data points, with the area that answers the pointer.
    pub points: Vec<Point<D>>,
}

/// Why a layout could not be made.
#[derive(Debug, Clone, PartialEq)]
pub enum LayoutError {
    /// The box is too small for the chart; it needs at least this height, CSS px, at this width
    /// (the registry names the chart and the box in the error callers get).
    TooSmall {
        /// The least height that would do.
        min_height: f64,
    },
    /// A datum could not be read (a dataset bug, caught by the tests).
    BadData(String),
}

impl<D> Scene<D> {
    /// A scene that starts with the chart's frame: its rule, then its texts.
    pub fn framed(frame: &Frame) -> Self {
        let mut scene = Self { marks: Vec::new(), points: Vec::new() };
        scene.fill(Shape::Rect(frame.rule), Ink::Grid);
        scene.texts_of(frame.texts.iter().cloned());
        scene
    }

    /// Adds a filled shape in `ink`.
    pub fn fill(&mut self, shape: Shape, ink: Ink) {
        self.marks.push(Mark { shape, ink, datum: None });
    }

    /// Adds a filled shape in `ink` that shows `datum`.
    pub fn fill_datum(&mut self, shape: Shape, ink: Ink, datum: D) {
        self.marks.push(Mark { shape, ink, datum: Some(datum) });
    }

    /// Adds a text, in its own ink.
    pub fn text(&mut self, text: TextBox) {
        self.marks.push(Mark { ink: text.ink, shape: Shape::Text(text), datum: None });
    }

    /// Adds texts, in their own inks.
    pub fn texts_of(&mut self, texts: impl IntoIterator<Item = TextBox>) {
        texts.into_iter().for_each(|t| self.text(t));
    }

    /// Adds a data point: the area that answers the pointer, and its datum.
    pub fn point(&mut self, area: Rect, datum: D) {
        self.points.push(Point { area, datum });
    }

    /// Every text the chart draws, frame included, in drawing order.
    pub fn texts(&self) -> impl Iterator<Item = &TextBox> {
        self.marks.iter().filter_map(|m| match &m.shape {
            Shape::Text(t) => Some(t),
            _ => None,
        })
    }

    /// Index (into `points`) of the point under (x, y) CSS px, if any.
    pub fn hit_test(&self, x: f64, y: f64) -> Option<usize> {
        if !(x.is_finite() && y.is_finite()) {
            return None;
        }
        self.points.iter().position(|p| p.area.contains((x, y)))
    }

    /// Pairs of texts whose boxes overlap, and texts that leave the `width` × `height` box.
    /// Empty for every layout this crate produces (tested natively and with real browser fonts).
    pub fn text_collisions(&self, width: f64, height: f64) -> Vec<String> {
        let texts: Vec<&TextBox> = self.texts().collect();
        let page = Rect::new(0.0, 0.0, width, height);
        let mut out = Vec::new();
        for (i, a) in texts.iter().enumerate() {
            if !page.encloses(&a.bounds(), 0.5) {
                out.push(["\"", &a.text, "\" leaves the canvas"].concat());
            }
            for b in texts.iter().skip(i + 1) {
                if a.bounds().overlaps(&b.bounds()) {
                    out.push(["\"", &a.text, "\" overlaps \"", &b.text, "\""].concat());
                }
            }
        }
        out
    }

    /// The same scene with every datum mapped by `f` (a chart's own datum into the registry's).
    pub fn map_datum<E>(self, f: impl Fn(D) -> E) -> Scene<E> {
        Scene {
            marks: self
                .marks
                .into_iter()
                .map(|m| Mark { shape: m.shape, ink: m.ink, datum: m.datum.map(&f) })
                .collect(),
            points: self.points.into_iter().map(|p| Point { area: p.area, datum: f(p.datum) }).collect(),
        }
    }
}

impl Mirror for Shape {
    fn mirror(&mut self, width: f64) {
        match self {
            Shape::Rect(r) => r.mirror(width),
            Shape::Circle { center, .. } => center.mirror(width),
            Shape::Polygon(points) | Shape::Line { points, .. } => points.mirror(width),
            Shape::Text(t) => t.mirror(width),
        }
    }
}

/// Right to left: every mark and every point's area reflected about the chart's centre line.
impl<D> Mirror for Scene<D> {
    fn mirror(&mut self, width: f64) {
        self.marks.iter_mut().for_each(|m| m.shape.mirror(width));
        self.points.iter_mut().for_each(|p| p.area.mirror(width));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::text::{Align, ApproxMetrics, Font};

    fn sample() -> Scene<u8> {
        let frame = Frame {
            texts: vec![TextBox::new(&ApproxMetrics, "Title", Font::bold(20.0), Ink::Strong).at(
                10.0,
                10.0,
                Align::Left,
            )],
            rule: Rect::new(10.0, 90.0, 180.0, 1.0),
            plot: Rect::new(10.0, 40.0, 180.0, 40.0),
        };
        let mut scene = Scene::framed(&frame);
        scene.fill_datum(Shape::Rect(Rect::new(10.0, 50.0, 60.0, 10.0)), Ink::Accent, 7);
        scene.fill(Shape::Circle { center: (150.0, 55.0), radius: 3.0 }, Ink::Muted);
        scene.point(Rect::new(10.0, 48.0, 100.0, 14.0), 7);
        scene
    }

    #[test]
    fn the_frame_comes_first_and_texts_keep_their_ink() {
        let scene = sample();
        assert_eq!(
            scene.marks[0],
            Mark { shape: Shape::Rect(Rect::new(10.0, 90.0, 180.0, 1.0)), ink: Ink::Grid, datum: None }
        );
        assert_eq!(scene.marks[1].ink, Ink::Strong);
        assert_eq!(scene.texts().map(|t| t.text.as_str()).collect::<Vec<_>>(), ["Title"]);
    }

    #[test]
    fn mirroring_reflects_every_mark_and_point_and_twice_is_the_identity() {
        let mut scene = sample();
        scene.mirror(200.0);
        assert_eq!(scene.marks[2].shape, Shape::Rect(Rect::new(130.0, 50.0, 60.0, 10.0)));
        assert_eq!(scene.marks[3].shape, Shape::Circle { center: (50.0, 55.0), radius: 3.0 });
        assert_eq!(scene.points[0].area, Rect::new(90.0, 48.0, 100.0, 14.0));
        let Shape::Text(title) = &scene.marks[1].shape else { panic!("the title") };
        assert_eq!((title.x, title.align), (190.0, Align::Right));
        scene.mirror(200.0);
        assert_eq!(scene, sample());
    }

    #[test]
    fn hit_tests_find_points_and_datums_map_through() {
        let scene = sample();
        assert_eq!(scene.hit_test(20.0, 55.0), Some(0));
        assert_eq!(scene.hit_test(20.0, 20.0), None);
        assert_eq!(scene.hit_test(f64::NAN, 55.0), None);
        let mapped = scene.map_datum(|d| u32::from(d) * 2);
        assert_eq!(mapped.points[0].datum, 14);
        assert_eq!(mapped.marks[2].datum, Some(14));
    }

    #[test]
    fn collisions_name_overlapping_and_escaping_texts() {
        let mut scene = sample();
        assert!(scene.text_collisions(200.0, 100.0).is_empty());
        scene.text(TextBox::new(&ApproxMetrics, "Overlap", Font::bold(20.0), Ink::Muted).at(12.0, 12.0, Align::Left));
        scene.text(TextBox::new(&ApproxMetrics, "Off", Font::regular(12.0), Ink::Muted).at(199.0, 5.0, Align::Left));
        let found = scene.text_collisions(200.0, 100.0);
        assert!(found.contains(&"\"Title\" overlaps \"Overlap\"".to_owned()), "{found:?}");
        assert!(found.contains(&"\"Off\" leaves the canvas".to_owned()), "{found:?}");
    }
}
