//! The charts, one module each behind one trait, and the one registry that lists them.
//!
//! Each chart module (`patent_share/`, `projected_gains/`, `initiative_timeline/`) owns everything
//! about its chart: `layout.rs` (pure layout: dataset and size to a spec in CSS px), `draw.rs`
//! (the spec to pixels, generic over plotters' `DrawingBackend`) and `mod.rs` (its [`Chart`]
//! implementation: id, title, texts, mirroring, points, datum info, description).
//!
//! Everything else reaches a chart through [`ChartId`] and [`ChartSpec`], which the
//! [`registry!`] invocation below generates. Adding a chart is one module and one registry line
//! (ARCHITECTURE.md, "How to add a chart"). Layers: this module sits above `model/` (shared pure
//! layout) and `render/` (shared drawing primitives); neither of those imports it, and it never
//! imports `web`.

mod fit;
mod initiative_timeline;
mod patent_share;
mod projected_gains;
#[cfg(feature = "test-chart")]
mod test_events_per_year;

use plotters::prelude::DrawingBackend;

pub use fit::{Fit, Fitted, MIN_BOX};

use crate::error::ChartError;
use crate::i18n::{Lang, Locale};
use crate::model::describe::Description;
use crate::model::frame::Frame;
use crate::model::geom::{Mirror, Rect};
use crate::model::hit::{DatumInfo, Point};
use crate::model::text::{TextBox, TextMeasure};
use crate::model::{MAX_CSS_SIDE, MIN_WIDTH};
use crate::render::paint::Painter;
use crate::render::{theme::Palette, Resolution};

/// Where a tooltip sits against a point's area (the element reads it from `chart-meta.js`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tip {
    /// Aligned with the start of a horizontal row (bars, timeline rows).
    Row,
    /// Centred over the point (stacked figures).
    Column,
}

impl Tip {
    /// The name `chart-meta.js` uses.
    pub fn as_str(self) -> &'static str {
        match self {
            Tip::Row => "row",
            Tip::Column => "column",
        }
    }
}

/// One chart: what each chart module implements. The registry turns these into [`ChartId`] and
/// [`ChartSpec`] with static dispatch (no trait objects, so drawing stays generic).
pub trait Chart {
    /// The laid-out chart, CSS px.
    type Spec: std::fmt::Debug + Clone;
    /// Which datum of the dataset one point shows.
    type Datum: std::fmt::Debug + Copy + PartialEq;

    /// The id pages use (`render(canvas, 'patent-share')`, `chart="…"`).
    const ID: &'static str;
    /// Short English title, as listed by `charts()` and `chart-meta.js`.
    const TITLE: &'static str;
    /// Where the element puts a tooltip.
    const TIP: Tip;
    /// The languages whose strings cover every text of this chart; others draw in English.
    const LANGS: &'static [Lang];

    /// The height, CSS px, at which the chart reads best at `width`.
    fn preferred_height(m: &dyn TextMeasure, width: f64, lang: Lang) -> f64;
    /// Lays the chart out in a `width` × `height` CSS px box, left to right.
    fn layout(m: &dyn TextMeasure, size: (f64, f64), lang: Lang) -> Result<Self::Spec, ChartError>;
    /// The chrome (title, notes, footer) around the plot.
    fn frame(spec: &Self::Spec) -> &Frame;
    /// Every text the chart draws, chrome included: the one walk over the spec's text fields,
    /// behind mirroring, the overlap test and the canvas-vs-SVG checks. A text field missing here
    /// is missing everywhere, and the tests that walk it fail.
    fn texts_mut(spec: &mut Self::Spec) -> Vec<&mut TextBox>;
    /// Mirrors every mark that is not a text (rectangles, points, the frame's rule and plot).
    fn mirror_marks(spec: &mut Self::Spec, width: f64);
    /// The data points in reading (and keyboard) order, with the area that answers the pointer.
    fn points(spec: &Self::Spec) -> Vec<Point<Self::Datum>>;
    /// What a reader is told about a datum, in their language.
    fn info(datum: Self::Datum, lang: Lang) -> Option<DatumInfo>;
    /// The summary, data table, notes and sources for readers who cannot see the canvas.
    fn describe(lang: Lang) -> Description;
    /// Draws the marks and texts inside the frame (the frame itself is drawn by [`ChartSpec::draw`]).
    fn draw<DB: DrawingBackend>(p: &Painter<DB>, spec: &Self::Spec) -> Result<(), ChartError>;
}

/// The registry: one line per chart, `Variant => module::Type`, in the article's order. It
/// generates [`ChartId`], [`ChartSpec`] and [`Datum`], and every dispatch over them.
macro_rules! registry {
    ($( $(#[$attr:meta])* $variant:ident => $module:ident :: $chart:ident ),* $(,)?) => {
        /// A chart, by the id pages use.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ChartId {
            $( $(#[$attr])* #[doc = concat!("`", stringify!($module), "`")] $variant, )*
        }

        /// A laid-out chart, ready to draw and to hit-test.
        #[derive(Debug, Clone)]
        pub enum ChartSpec {
            $( $(#[$attr])* #[doc = concat!("A laid-out `", stringify!($module), "`.")] $variant(<$module::$chart as Chart>::Spec), )*
        }

        /// Which datum of the dataset a point shows.
        #[derive(Debug, Clone, Copy, PartialEq)]
        pub enum Datum {
            $( $(#[$attr])* #[doc = concat!("A datum of `", stringify!($module), "`.")] $variant(<$module::$chart as Chart>::Datum), )*
        }

        impl ChartId {
            /// Every chart, in the order the article uses them.
            pub const ALL: &'static [ChartId] = &[ $( $(#[$attr])* ChartId::$variant, )* ];

            /// The id used in JS and in `chart="…"` attributes.
            pub fn as_str(self) -> &'static str {
                match self { $( $(#[$attr])* ChartId::$variant => <$module::$chart as Chart>::ID, )* }
            }

            /// Short English title, as listed by `charts()`.
            pub fn title(self) -> &'static str {
                match self { $( $(#[$attr])* ChartId::$variant => <$module::$chart as Chart>::TITLE, )* }
            }

            /// Where the element puts a tooltip.
            pub fn tip(self) -> Tip {
                match self { $( $(#[$attr])* ChartId::$variant => <$module::$chart as Chart>::TIP, )* }
            }

            /// The languages this chart is drawn in (others fall back to English).
            pub fn langs(self) -> &'static [Lang] {
                match self { $( $(#[$attr])* ChartId::$variant => <$module::$chart as Chart>::LANGS, )* }
            }

            /// The height, CSS px, at which the chart reads best at `width` (clamped to the
            /// sizes drawn), rounded up.
            pub fn preferred_height(self, m: &dyn TextMeasure, width: f64, loc: Locale) -> f64 {
                let width = width.clamp(MIN_WIDTH, MAX_CSS_SIDE);
                let lang = self.lang_for(loc.lang);
                let h = match self {
                    $( $(#[$attr])* ChartId::$variant => <$module::$chart as Chart>::preferred_height(m, width, lang), )*
                };
                h.ceil()
            }

            /// Lays the chart out in a `width` × `height` CSS px box, mirrored for right-to-left.
            pub fn layout(self, m: &dyn TextMeasure, (width, height): (f64, f64), loc: Locale) -> Result<ChartSpec, ChartError> {
                if !(width.is_finite() && height.is_finite()) || width < MIN_WIDTH || height < 1.0 {
                    return Err(ChartError::CanvasTooSmall {
                        chart: self.as_str(),
                        width,
                        height,
                        min_width: MIN_WIDTH,
                        min_height: self.preferred_height(m, MIN_WIDTH, loc),
                    });
                }
                let lang = self.lang_for(loc.lang);
                let mut spec = match self {
                    $( $(#[$attr])* ChartId::$variant => ChartSpec::$variant(<$module::$chart as Chart>::layout(m, (width, height), lang)?), )*
                };
                if loc.rtl {
                    spec.mirror(width);
                }
                Ok(spec)
            }

            /// The summary, data table, notes and sources in `lang` (or English, where this chart
            /// is not translated).
            pub fn describe(self, lang: Lang) -> Description {
                let lang = self.lang_for(lang);
                // Readers get the texts without the line-break marks the drawing uses.
                match self { $( $(#[$attr])* ChartId::$variant => <$module::$chart as Chart>::describe(lang).unmarked(), )* }
            }
        }

        impl ChartSpec {
            /// Which chart this is.
            pub fn id(&self) -> ChartId {
                match self { $( $(#[$attr])* ChartSpec::$variant(_) => ChartId::$variant, )* }
            }

            /// The chrome around the plot.
            pub fn frame(&self) -> &Frame {
                match self { $( $(#[$attr])* ChartSpec::$variant(s) => <$module::$chart as Chart>::frame(s), )* }
            }

            fn texts_mut(&mut self) -> Vec<&mut TextBox> {
                match self { $( $(#[$attr])* ChartSpec::$variant(s) => <$module::$chart as Chart>::texts_mut(s), )* }
            }

            fn mirror_marks(&mut self, width: f64) {
                match self { $( $(#[$attr])* ChartSpec::$variant(s) => <$module::$chart as Chart>::mirror_marks(s, width), )* }
            }

            /// The points in reading order: their areas (CSS px) and data.
            pub fn points(&self) -> Vec<Point<Datum>> {
                match self {
                    $( $(#[$attr])* ChartSpec::$variant(s) => <$module::$chart as Chart>::points(s)
                        .into_iter()
                        .map(|p| Point { area: p.area, datum: Datum::$variant(p.datum) })
                        .collect(), )*
                }
            }

            fn draw_marks<DB: DrawingBackend>(&self, p: &Painter<DB>) -> Result<(), ChartError> {
                match self { $( $(#[$attr])* ChartSpec::$variant(s) => <$module::$chart as Chart>::draw(p, s), )* }
            }
        }

        impl Datum {
            /// What a reader is told about this datum, in their language.
            pub fn info(self, lang: Lang) -> Option<DatumInfo> {
                match self {
                    $( $(#[$attr])* Datum::$variant(d) => {
                        let lang = ChartId::$variant.lang_for(lang);
                        <$module::$chart as Chart>::info(d, lang).map(DatumInfo::unmarked)
                    } )*
                }
            }
        }
    };
}

registry! {
    PatentShare => patent_share::PatentShare,
    ProjectedGains => projected_gains::ProjectedGains,
    InitiativeTimeline => initiative_timeline::InitiativeTimeline,
    #[cfg(feature = "test-chart")]
    TestEventsPerYear => test_events_per_year::TestEventsPerYear,
}

impl ChartId {
    /// Parses a chart id; the error lists the valid ids.
    pub fn parse(id: &str) -> Result<Self, ChartError> {
        Self::ALL
            .iter()
            .copied()
            .find(|c| c.as_str() == id)
            .ok_or_else(|| ChartError::UnknownChart { given: id.to_owned() })
    }

    /// The language this chart's texts are really in when `lang` is asked for.
    pub fn lang_for(self, lang: Lang) -> Lang {
        if self.langs().contains(&lang) {
            lang
        } else {
            Lang::En
        }
    }
}

impl Mirror for ChartSpec {
    fn mirror(&mut self, width: f64) {
        for text in self.texts_mut() {
            text.mirror(width);
        }
        self.mirror_marks(width);
    }
}

impl ChartSpec {
    /// Every text the chart draws, chrome included (copies, from the same walk as mirroring).
    pub fn texts(&self) -> Vec<TextBox> {
        let mut copy = self.clone();
        copy.texts_mut().into_iter().map(|t| t.clone()).collect()
    }

    /// Index (into [`ChartSpec::points`]) of the point under (x, y) CSS px, if any.
    pub fn hit_test(&self, x: f64, y: f64) -> Option<usize> {
        if !(x.is_finite() && y.is_finite()) {
            return None;
        }
        self.points().iter().position(|p| p.area.contains((x, y)))
    }

    /// Pairs of texts whose boxes overlap, and texts that leave the `width` × `height` box.
    /// Empty for every layout this crate produces (tested natively and with real browser fonts).
    pub fn text_collisions(&self, width: f64, height: f64) -> Vec<String> {
        let texts = self.texts();
        let page = Rect::new(0.0, 0.0, width, height);
        let mut out = Vec::new();
        for (i, a) in texts.iter().enumerate() {
            if !page.encloses(&a.bounds(), 0.5) {
                out.push(format!("{:?} leaves the canvas", a.text));
            }
            for b in texts.iter().skip(i + 1) {
                if a.bounds().overlaps(&b.bounds()) {
                    out.push(format!("{:?} overlaps {:?}", a.text, b.text));
                }
            }
        }
        out
    }

    /// Draws the chart (CSS px) onto `backend` at the given resolution, with a focus ring
    /// around `focus` (the hovered or keyboard-focused point's area) if given.
    pub fn draw<DB: DrawingBackend>(
        &self,
        backend: DB,
        palette: &Palette,
        res: Resolution,
        focus: Option<Rect>,
    ) -> Result<(), ChartError> {
        crate::render::draw_framed(backend, self.frame(), palette, res, focus, |p| self.draw_marks(p))
    }
}

/// The line-breaking and script rules the tests share with the SVG and browser tiers.
#[cfg(test)]
#[allow(dead_code)] // these tests use the script rules only
#[path = "../../tests/support/lines.rs"]
mod test_lines;

#[cfg(test)]
mod tests;
