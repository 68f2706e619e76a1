//! `test-events-per-year`: a fourth chart compiled only with the `test-chart` feature, by the
//! tests, to prove that ARCHITECTURE.md's "How to add a chart" works: it was added as one module
//! (this folder) and one registry line, and draws through the registry natively and in the
//! browser. Its data is derived from the bundled timeline (events counted per year), so it
//! invents nothing; it has no translations.

mod draw;
mod layout;

use plotters::prelude::DrawingBackend;

pub use layout::EventsPerYearSpec;

use super::{Chart, Tip};
use crate::data::DATASET;
use crate::error::ChartError;
use crate::i18n::Lang;
use crate::model::describe::{Description, Sources};
use crate::model::frame::Frame;
use crate::model::geom::Mirror;
use crate::model::hit::{DatumInfo, Point};
use crate::model::text::{TextBox, TextMeasure};
use crate::render::paint::Painter;

/// The `test-events-per-year` chart.
pub struct TestEventsPerYear;

impl Chart for TestEventsPerYear {
    type Spec = EventsPerYearSpec;
    /// The calendar year.
    type Datum = u32;

    const ID: &'static str = "test-events-per-year";
    const TITLE: &'static str = "Timeline events per year (test chart)";
    const TIP: Tip = Tip::Column;
    const LANGS: &'static [Lang] = &[Lang::En];

    fn preferred_height(m: &dyn TextMeasure, width: f64, _lang: Lang) -> f64 {
        layout::preferred_height(m, width)
    }

    fn layout(m: &dyn TextMeasure, size: (f64, f64), _lang: Lang) -> Result<EventsPerYearSpec, ChartError> {
        layout::layout(m, DATASET.timeline, size)
    }

    fn frame(spec: &EventsPerYearSpec) -> &Frame {
        &spec.frame
    }

    fn texts_mut(s: &mut EventsPerYearSpec) -> Vec<&mut TextBox> {
        s.frame.texts.iter_mut().chain(s.columns.iter_mut().flat_map(|c| [&mut c.label, &mut c.value])).collect()
    }

    fn mirror_marks(s: &mut EventsPerYearSpec, width: f64) {
        s.frame.mirror_marks(width);
        s.baseline.mirror(width);
        for column in &mut s.columns {
            column.rect.mirror(width);
        }
    }

    fn points(s: &EventsPerYearSpec) -> Vec<Point<u32>> {
        s.columns.iter().map(|c| Point { area: c.rect, datum: c.year }).collect()
    }

    fn info(year: u32, _lang: Lang) -> Option<DatumInfo> {
        let (_, count) = layout::counts(DATASET.timeline).into_iter().find(|&(y, _)| y == year)?;
        Some(DatumInfo {
            label: year.to_string(),
            value: Some(count.to_string()),
            number: Some(count as f64),
            unit: Some("events".into()),
            ..Default::default()
        })
    }

    fn describe(_lang: Lang) -> Description {
        let text = layout::frame_text();
        let mut sources = Sources::new(Lang::En);
        for e in DATASET.timeline {
            sources.add(e.source_id);
        }
        let rows: Vec<Vec<String>> =
            layout::counts(DATASET.timeline).iter().map(|(y, n)| vec![y.to_string(), n.to_string()]).collect();
        let spoken: Vec<String> = rows.iter().map(|r| r.join(": ")).collect();
        Description {
            summary: format!("{}: {}.", text.title, spoken.join(", ")),
            title: text.title,
            columns: vec!["Year".into(), "Events".into()],
            rows,
            notes: text.notes,
            sources: sources.into_vec(),
        }
    }

    fn draw<DB: DrawingBackend>(p: &Painter<DB>, spec: &EventsPerYearSpec) -> Result<(), ChartError> {
        draw::draw_events_per_year(p, spec)
    }
}
