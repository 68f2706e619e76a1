//! `test-events-per-year`: a fourth chart compiled only with the `test-chart` feature, by the
//! tests, to prove that a chart is one file, one registry line and its strings (CONTRIBUTING.md,
//! "How to add a chart"): nothing else was edited to add it, and it goes through every list the
//! registry generates (pictures, types, the element's manifest, a page). Its data is derived from
//! the bundled timeline (events counted per year), so it invents nothing; it has no translations.

use super::{Chart, Tip};
use crate::data::{TimelineEvent, DATASET};
use crate::i18n::Lang;
use crate::model::describe::{Description, Sources};
use crate::model::frame::{self, FrameText};
use crate::model::geom::Rect;
use crate::model::hit::DatumInfo;
use crate::model::scene::{LayoutError, Scene, Shape};
use crate::model::text::{Align, Font, Ink, TextBox, TextMeasure};
use crate::numfmt::int;

/// The `test-events-per-year` chart.
pub struct TestEventsPerYear;

const PLOT_H: f64 = 160.0;
const MIN_PLOT_H: f64 = 80.0;

/// The years of the timeline, in order, with how many events each has.
fn counts(events: &[TimelineEvent]) -> Vec<(u32, usize)> {
    let mut out: Vec<(u32, usize)> = Vec::new();
    for e in events {
        let Some(year) = e.date.get(..4).and_then(|y| y.parse().ok()) else { continue };
        match out.iter_mut().find(|(y, _)| *y == year) {
            Some((_, n)) => *n += 1,
            None => out.push((year, 1)),
        }
    }
    out.sort_unstable();
    out
}

/// The chart's chrome texts (English only: a test chart has no translations).
fn frame_text() -> FrameText {
    FrameText {
        title: "Timeline events per year".into(),
        subtitle: "Events in the initiative timeline, by the year of their date".into(),
        notes: vec![
            "A test-only chart, never shipped: it proves that a fourth chart draws through the registry.".into()
        ],
        footer: "Counted from the initiative timeline's dataset.".into(),
    }
}

impl Chart for TestEventsPerYear {
    /// The calendar year.
    type Datum = u32;

    const ID: &'static str = "test-events-per-year";
    const TITLE: &'static str = "Timeline events per year (test chart)";
    const TIP: Tip = Tip::Column;
    const LANGS: &'static [Lang] = &[Lang::En];

    fn preferred_height(m: &dyn TextMeasure, width: f64, _lang: Lang) -> f64 {
        frame::chrome_height(m, width, &frame_text()) + PLOT_H
    }

    /// One column per year, as tall as its count, on a baseline, with its year and count.
    fn layout(m: &dyn TextMeasure, (width, height): (f64, f64), _lang: Lang) -> Result<Scene<u32>, LayoutError> {
        let frame = frame::layout(m, width, height, &frame_text());
        let plot = frame.plot;
        if plot.h < MIN_PLOT_H {
            return Err(LayoutError::TooSmall { min_height: (height - plot.h + MIN_PLOT_H).ceil() });
        }
        let (font, bold) = (Font::regular(13.0), Font::bold(13.0));
        let counts = counts(DATASET.timeline);
        let most = counts.iter().map(|&(_, n)| n).max().unwrap_or(1).max(1) as f64;
        let slot = plot.w / counts.len().max(1) as f64;
        let base_y = plot.bottom() - font.line_height() - 4.0;
        let scale = (base_y - plot.y - bold.line_height() - 4.0) / most;
        let mut scene = Scene::framed(&frame);
        scene.fill(Shape::Rect(Rect::new(plot.x, base_y, plot.w, 1.0)), Ink::Grid);
        for (i, &(year, count)) in counts.iter().enumerate() {
            let cx = plot.x + slot * (i as f64 + 0.5);
            let w = (slot * 0.5).min(80.0);
            let h = count as f64 * scale;
            let rect = Rect::new(cx - w / 2.0, base_y - h, w, h);
            scene.fill_datum(Shape::Rect(rect), Ink::Accent, year);
            scene.text(TextBox::new(m, int(year.into()), font, Ink::Muted).at(cx, base_y + 4.0, Align::Center));
            let value = TextBox::new(m, int(count as i64), bold, Ink::Strong);
            scene.text(value.at(cx, rect.y - 4.0 - bold.line_height(), Align::Center));
            scene.point(rect, year);
        }
        Ok(scene)
    }

    fn info(year: u32, _lang: Lang) -> Option<DatumInfo> {
        let (_, count) = counts(DATASET.timeline).into_iter().find(|&(y, _)| y == year)?;
        Some(DatumInfo {
            label: int(year.into()),
            value: Some(int(count as i64)),
            number: Some(count as f64),
            unit: Some("events".into()),
            ..Default::default()
        })
    }

    fn describe(_lang: Lang) -> Description {
        let text = frame_text();
        let mut sources = Sources::new(Lang::En);
        for e in DATASET.timeline {
            sources.add(e.source_id);
        }
        let rows: Vec<Vec<String>> =
            counts(DATASET.timeline).iter().map(|&(y, n)| vec![int(y.into()), int(n as i64)]).collect();
        let spoken: Vec<String> = rows.iter().map(|r| r.join(": ")).collect();
        Description {
            summary: [&text.title, ": ", &spoken.join(", "), "."].concat(),
            title: text.title,
            columns: vec!["Year".into(), "Events".into()],
            rows,
            notes: text.notes,
            sources: sources.into_vec(),
        }
    }
}
