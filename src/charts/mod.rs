//! The charts, one module each behind one trait, and the one registry that lists them.
//!
//! A chart is its folder or file (`patent_share/`, `projected_gains/`, `initiative_timeline/`): its
//! [`Chart`] implementation, whose layout returns a scene (`model::scene`: every mark in painting
//! order, and the points that answer the pointer), what each datum says and its description. Its
//! strings are in `i18n/translations.rs`. Drawing, mirroring, the overlap check, hit-testing and
//! the focus ring are written once, for every chart (`model::scene`, `render/`).
//!
//! Everything else reaches a chart through [`ChartId`] and [`Datum`], which the `registry!`
//! invocation below generates, and [`ChartSpec`], a scene of registry datums. Adding a chart is its
//! module, one registry line and its strings (CONTRIBUTING.md, "How to add a chart"). Layers: this
//! module sits above `model/` and `render/`; neither imports it, and it never imports `web`.

mod fit;

use plotters::prelude::DrawingBackend;

pub use fit::{Fit, Fitted, MIN_BOX};

use crate::error::ChartError;
use crate::i18n::{Lang, Locale};
use crate::model::describe::Description;
use crate::model::geom::{Mirror, Rect};
use crate::model::hit::DatumInfo;
use crate::model::scene::{LayoutError, Scene};
use crate::model::text::TextMeasure;
use crate::model::{MAX_CSS_SIDE, MIN_WIDTH};
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
/// [`Datum`] with static dispatch.
pub trait Chart {
    /// Which datum of the dataset one point (and each mark that shows it) stands for.
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
    /// Lays the chart out in a `width` × `height` CSS px box, left to right: every mark, in
    /// painting order (the frame first), and the data points in reading (and keyboard) order.
    fn layout(m: &dyn TextMeasure, size: (f64, f64), lang: Lang) -> Result<Scene<Self::Datum>, LayoutError>;
    /// What a reader is told about a datum, in their language.
    fn info(datum: Self::Datum, lang: Lang) -> Option<DatumInfo>;
    /// The summary, data table, notes and sources for readers who cannot see the canvas.
    fn describe(lang: Lang) -> Description;
}

/// A laid-out chart, ready to draw and to hit-test: a scene whose datums are the registry's.
pub type ChartSpec = Scene<Datum>;

/// The registry: one line per chart, `Variant => module::Type`, in the article's order. It
/// declares each chart's module (`src/charts/<module>.rs` or `<module>/mod.rs`) and generates
/// [`ChartId`] and [`Datum`], and every dispatch over them.
macro_rules! registry {
    ($( $(#[$attr:meta])* $variant:ident => $module:ident :: $chart:ident ),* $(,)?) => {
        $( $(#[$attr])* mod $module; )*

        /// A chart, by the id pages use.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ChartId {
            $( $(#[$attr])* #[doc = concat!("`", stringify!($module), "`")] $variant, )*
        }

        /// Which datum of the dataset a point shows.
        #[derive(Debug, Clone, Copy, PartialEq)]
        pub enum Datum {
            $( $(#[$attr])* #[doc = concat!("A datum of `", stringify!($module), "`.")] $variant(<$module::$chart as Chart>::Datum), )*
        }

        impl ChartId {
            /// Every chart, in the order the article uses them.
            pub const ALL: &'static [ChartId] = &[ $( $(#[$attr])* ChartId::$variant, )* ];

            /// Every chart's id, in the same order.
            pub const IDS: &'static [&'static str] = &[ $( $(#[$attr])* <$module::$chart as Chart>::ID, )* ];

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

            fn natural_height(self, m: &dyn TextMeasure, width: f64, lang: Lang) -> f64 {
                match self { $( $(#[$attr])* ChartId::$variant => <$module::$chart as Chart>::preferred_height(m, width, lang), )* }
            }

            fn scene(self, m: &dyn TextMeasure, size: (f64, f64), lang: Lang) -> Result<ChartSpec, LayoutError> {
                match self {
                    $( $(#[$attr])* ChartId::$variant => <$module::$chart as Chart>::layout(m, size, lang).map(|s| s.map_datum(Datum::$variant)), )*
                }
            }

            /// The summary, data table, notes and sources in `lang` (or English, where this chart
            /// is not translated).
            pub fn describe(self, lang: Lang) -> Description {
                let lang = self.lang_for(lang);
                // Readers get the texts without the line-break marks the drawing uses.
                match self { $( $(#[$attr])* ChartId::$variant => <$module::$chart as Chart>::describe(lang).unmarked(), )* }
            }
        }

        impl Datum {
            /// Which chart this datum belongs to.
            pub fn chart(self) -> ChartId {
                match self { $( $(#[$attr])* Datum::$variant(_) => ChartId::$variant, )* }
            }

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
            .ok_or_else(|| ChartError::UnknownChart { given: id.to_owned(), valid: Self::IDS })
    }

    /// The language this chart's texts are really in when `lang` is asked for.
    pub fn lang_for(self, lang: Lang) -> Lang {
        if self.langs().contains(&lang) {
            lang
        } else {
            Lang::En
        }
    }

    /// The height, CSS px, at which the chart reads best at `width` (clamped to the sizes
    /// drawn), rounded up.
    pub fn preferred_height(self, m: &dyn TextMeasure, width: f64, loc: Locale) -> f64 {
        let width = width.clamp(MIN_WIDTH, MAX_CSS_SIDE);
        self.natural_height(m, width, self.lang_for(loc.lang)).ceil()
    }

    /// Lays the chart out in a `width` × `height` CSS px box, mirrored for right-to-left.
    pub fn layout(
        self,
        m: &dyn TextMeasure,
        (width, height): (f64, f64),
        loc: Locale,
    ) -> Result<ChartSpec, ChartError> {
        let too_small = |min_height: f64| ChartError::CanvasTooSmall {
            chart: self.as_str(),
            width,
            height,
            min_width: MIN_WIDTH,
            min_height,
        };
        if !(width.is_finite() && height.is_finite()) || width < MIN_WIDTH || height < 1.0 {
            return Err(too_small(self.preferred_height(m, MIN_WIDTH, loc)));
        }
        let mut scene = self.scene(m, (width, height), self.lang_for(loc.lang)).map_err(|e| match e {
            LayoutError::TooSmall { min_height } => too_small(min_height),
            LayoutError::BadData(what) => ChartError::Drawing(what),
        })?;
        if loc.rtl {
            scene.mirror(width);
        }
        Ok(scene)
    }
}

impl ChartSpec {
    /// Draws the chart (CSS px) onto `backend` at the given resolution, with a focus ring
    /// around `focus` (the hovered or keyboard-focused point's area) if given.
    pub fn draw<DB: DrawingBackend>(
        &self,
        backend: DB,
        palette: &Palette,
        res: Resolution,
        focus: Option<Rect>,
    ) -> Result<(), ChartError> {
        crate::render::draw_scene(backend, self, palette, res, focus)
    }
}

/// The line-breaking and script rules the tests share with the SVG and browser tiers.
#[cfg(test)]
#[allow(dead_code)] // these tests use the script rules only
#[path = "../../tests/support/lines.rs"]
mod test_lines;

#[cfg(test)]
mod tests;
