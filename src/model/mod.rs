//! Pure layout: from the dataset and a size to positioned marks and texts, in CSS px.
//! Must not import plotters, `wasm_bindgen` or `web_sys`: the same specs are drawn to a canvas
//! in the browser and to SVG natively, and will be hit-tested.

pub mod dates;
pub mod frame;
pub mod gains;
pub mod geom;
pub mod share;
pub mod summary;
pub mod text;
pub mod timeline;

pub use crate::error::ChartError;
use crate::data::DATASET;
use crate::options::ChartId;
use text::TextMeasure;

/// A laid-out chart, ready to draw.
#[derive(Debug, Clone)]
pub enum ChartSpec {
    PatentShare(share::PatentShareSpec),
    ProjectedGains(gains::ProjectedGainsSpec),
    InitiativeTimeline(timeline::TimelineSpec),
}

/// Smallest and largest CSS sizes accepted, and the largest backing-store side.
pub const MIN_WIDTH: f64 = 240.0;
pub const MAX_CSS_SIDE: f64 = 8192.0;

/// Lays out `chart` in a `width` × `height` CSS px box.
pub fn layout(chart: ChartId, m: &dyn TextMeasure, (width, height): (f64, f64)) -> Result<ChartSpec, ChartError> {
    if !(width.is_finite() && height.is_finite()) || width < MIN_WIDTH || height < 1.0 {
        return Err(ChartError::CanvasTooSmall {
            chart: chart.as_str(),
            width,
            height,
            min_width: MIN_WIDTH,
            min_height: preferred_height(chart, m, MIN_WIDTH).ceil(),
        });
    }
    let size = (width, height);
    Ok(match chart {
        ChartId::PatentShare => ChartSpec::PatentShare(share::layout(m, &DATASET.patent_share, size)?),
        ChartId::ProjectedGains => ChartSpec::ProjectedGains(gains::layout(m, &DATASET.projected_gains, size)?),
        ChartId::InitiativeTimeline => ChartSpec::InitiativeTimeline(timeline::layout(m, DATASET.timeline, size)?),
    })
}

impl ChartSpec {
    /// Every text the chart draws, chrome included.
    pub fn texts(&self) -> Vec<&text::TextBox> {
        match self {
            ChartSpec::PatentShare(s) => s
                .frame
                .texts
                .iter()
                .chain(s.bars.iter().flat_map(|b| [&b.label, &b.value]))
                .chain(s.ticks.iter().map(|t| &t.label))
                .collect(),
            ChartSpec::ProjectedGains(s) => s
                .frame
                .texts
                .iter()
                .chain(s.blocks.iter().flat_map(|b| &b.texts))
                .chain(&s.bracket_label)
                .collect(),
            ChartSpec::InitiativeTimeline(s) => s
                .frame
                .texts
                .iter()
                .chain(s.rows.iter().flat_map(|r| &r.texts))
                .chain(&s.year_labels)
                .chain(&s.article_label)
                .chain(s.legend.iter().map(|l| &l.label))
                .collect(),
        }
    }

    /// Pairs of texts whose boxes overlap, and texts that leave the `width` × `height` box.
    /// Empty for every layout this crate produces (tested natively and with real browser fonts).
    pub fn text_collisions(&self, width: f64, height: f64) -> Vec<String> {
        let texts = self.texts();
        let page = geom::Rect::new(0.0, 0.0, width, height);
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
}

/// The height, CSS px, at which `chart` is drawn best at `width` (pages size canvases with it).
pub fn preferred_height(chart: ChartId, m: &dyn TextMeasure, width: f64) -> f64 {
    let width = width.clamp(MIN_WIDTH, MAX_CSS_SIDE);
    let h = match chart {
        ChartId::PatentShare => share::preferred_height(m, &DATASET.patent_share, width),
        ChartId::ProjectedGains => gains::preferred_height(m, &DATASET.projected_gains, width),
        ChartId::InitiativeTimeline => timeline::preferred_height(m, DATASET.timeline, width),
    };
    h.ceil()
}

/// "2025-12-28" → "28 Dec 2025"; "2025-04" → "Apr 2025"; anything else is returned as given.
pub fn format_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let parts: Vec<&str> = iso.split('-').collect();
    let month = parts.get(1).and_then(|m| m.parse::<usize>().ok()).and_then(|m| MONTHS.get(m.wrapping_sub(1)));
    match (parts.as_slice(), month) {
        ([y, _, d], Some(m)) => format!("{} {m} {y}", d.trim_start_matches('0')),
        ([y, _], Some(m)) => format!("{m} {y}"),
        _ => iso.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use text::ApproxMetrics;

    #[test]
    fn dates_format_for_readers() {
        assert_eq!(format_date("2025-12-28"), "28 Dec 2025");
        assert_eq!(format_date("2025-04"), "Apr 2025");
        assert_eq!(format_date("2025"), "2025");
        assert_eq!(format_date("2025-13-01"), "2025-13-01");
    }

    #[test]
    fn every_chart_lays_out_at_its_preferred_height_and_rejects_tiny_boxes() {
        for chart in ChartId::ALL {
            for width in [240.0, 320.0, 360.0, 640.0, 1280.0, 4000.0] {
                let h = preferred_height(chart, &ApproxMetrics, width);
                let spec = layout(chart, &ApproxMetrics, (width, h)).unwrap();
                assert_eq!(spec.text_collisions(width, h), Vec::<String>::new(), "{chart:?} at {width}×{h}");
            }
            for size in [(1.0, 1.0), (239.0, 900.0), (640.0, 40.0), (f64::NAN, 300.0), (f64::INFINITY, 300.0)] {
                let e = layout(chart, &ApproxMetrics, size).unwrap_err();
                assert!(matches!(e, ChartError::CanvasTooSmall { .. }), "{chart:?} {size:?}: {e}");
            }
        }
    }
}
