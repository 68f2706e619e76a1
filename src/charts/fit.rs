//! Fitting a chart into whatever box the host gives: any box of at least [`MIN_BOX`] CSS px draws
//! the whole chart, readable, with nothing clipped. Pure.
//!
//! - **natural**: the chart's own layout fits the box (layouts are elastic between their minimum and
//!   preferred heights), drawn at scale 1;
//! - **scaled**: otherwise the natural layout of a larger box, at the width (up to 1600 px) that
//!   lets it be scaled down least, scaled uniformly and centred; the background fills the rest.
//!
//! A compact layout (tighter type, fewer lines) would come between the two; no chart has one yet,
//! so [`Fit::Compact`] is never chosen today (the handle and the JS types already name it).

use super::{ChartId, ChartSpec};
use crate::error::ChartError;
use crate::i18n::Locale;
use crate::model::text::TextMeasure;
use crate::model::{MAX_CSS_SIDE, MIN_WIDTH};

/// The smallest box drawn, CSS px: below it a chart would be a smudge, and `render()` throws.
pub const MIN_BOX: (f64, f64) = (120.0, 80.0);

/// How a chart was fitted into its box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Its own layout, at scale 1.
    Natural,
    /// A tighter layout of the chart, at scale 1.
    Compact,
    /// The natural layout of a larger box, scaled down uniformly.
    Scaled,
}

impl Fit {
    /// The name `chart.fit` returns.
    pub fn as_str(self) -> &'static str {
        match self {
            Fit::Natural => "natural",
            Fit::Compact => "compact",
            Fit::Scaled => "scaled",
        }
    }
}

/// A chart laid out for a box: the spec (in its own CSS px), and how it maps onto the box.
#[derive(Debug, Clone)]
pub struct Fitted {
    /// The layout, in layout px.
    pub spec: ChartSpec,
    /// How it was fitted.
    pub fit: Fit,
    /// Box CSS px per layout px (1 unless scaled).
    pub scale: f64,
    /// Where the layout's (0, 0) lands in the box, CSS px.
    pub offset: (f64, f64),
}

impl Fitted {
    /// A point of the box (CSS px) in layout px.
    pub fn to_layout(&self, (x, y): (f64, f64)) -> (f64, f64) {
        ((x - self.offset.0) / self.scale, (y - self.offset.1) / self.scale)
    }

    /// A rectangle in layout px, in the box's CSS px.
    pub fn to_box(&self, r: crate::model::geom::Rect) -> crate::model::geom::Rect {
        crate::model::geom::Rect::new(
            r.x * self.scale + self.offset.0,
            r.y * self.scale + self.offset.1,
            r.w * self.scale,
            r.h * self.scale,
        )
    }
}

/// Largest number of tries at a scale before giving up (each is one layout).
const MAX_TRIES: usize = 4;
/// The widest layout a scaled chart is drawn from, CSS px (wider, lines get too long to read).
const MAX_FIT_WIDTH: f64 = 1600.0;
/// Bisection steps for the scaled layout's width between the box's width and `MAX_FIT_WIDTH`
/// (1600 − 120 px in 2⁶ parts: within 24 px of the best).
const SEARCH_STEPS: u32 = 6;

impl ChartId {
    /// Lays the chart out for a `width` × `height` CSS px box: natural if it fits, else scaled
    /// (see the module docs). Only a box below [`MIN_BOX`], or not finite, is an error.
    pub fn fit(self, m: &dyn TextMeasure, (width, height): (f64, f64), loc: Locale) -> Result<Fitted, ChartError> {
        let too_small = || ChartError::CanvasTooSmall {
            chart: self.as_str(),
            width,
            height,
            min_width: MIN_BOX.0,
            min_height: MIN_BOX.1,
        };
        if !(width.is_finite() && height.is_finite()) || width < MIN_BOX.0 || height < MIN_BOX.1 {
            return Err(too_small());
        }
        if width >= MIN_WIDTH {
            match self.layout(m, (width, height), loc) {
                Ok(spec) => return Ok(Fitted { spec, fit: Fit::Natural, scale: 1.0, offset: (0.0, 0.0) }),
                Err(ChartError::CanvasTooSmall { .. }) => {}
                Err(other) => return Err(other),
            }
        }
        // Scaled: among layout widths from the box's own (at least MIN_WIDTH) to the widest a
        // chart reads well at, pick the one that lets the largest scale fit both ways; the layout
        // box then has the canvas's height at that scale (the chart is elastic vertically) and is
        // centred across. The width bound `width / w` falls as the layout widens and the height
        // bound `height / preferred_height(w)` rises (wider, fewer lines), so the best width is
        // where they cross: bisected in SEARCH_STEPS preferred-height calls, keeping the best
        // width seen in case a chart's height is not monotonic in its width. Then one layout.
        let from = width.max(MIN_WIDTH);
        let to = width.max(MAX_FIT_WIDTH);
        let bounds = |w: f64| (width / w, height / self.preferred_height(m, w, loc));
        let scale_of = |(by_width, by_height): (f64, f64)| by_width.min(by_height).min(1.0);
        let first = bounds(from);
        let mut best = (scale_of(first), from);
        if first.1 < first.0 && to > from {
            // The height binds at `from`: the crossing lies wider.
            let (mut narrow, mut wide) = (from, to);
            for _ in 0..SEARCH_STEPS {
                let w = (narrow + wide) / 2.0;
                let at = bounds(w);
                if scale_of(at) > best.0 + 1e-6 {
                    best = (scale_of(at), w);
                }
                if at.1 < at.0 {
                    narrow = w;
                } else {
                    wide = w;
                }
            }
        }
        let (mut scale, layout_w) = best;
        for _ in 0..MAX_TRIES {
            let layout_h = (height / scale).min(MAX_CSS_SIDE);
            if let Ok(spec) = self.layout(m, (layout_w, layout_h), loc) {
                let offset = ((width - layout_w * scale) / 2.0, (height - layout_h * scale) / 2.0);
                return Ok(Fitted { spec, fit: Fit::Scaled, scale, offset });
            }
            scale *= 0.9;
        }
        Err(too_small())
    }
}
