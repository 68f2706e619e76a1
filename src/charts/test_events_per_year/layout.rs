//! Layout of the test-only `test-events-per-year` chart: one column per calendar year of the
//! initiative timeline, as tall as the number of events dated in that year. Pure.

use crate::data::TimelineEvent;
use crate::error::ChartError;
use crate::model::frame::{self, Frame, FrameText};
use crate::model::geom::Rect;
use crate::model::text::{Align, Font, Ink, TextBox, TextMeasure};

/// One year's column: its mark, its year label, its count label.
#[derive(Debug, Clone)]
pub struct Column {
    /// The calendar year.
    pub year: u32,
    /// How many events of the timeline fall in it.
    pub count: usize,
    pub rect: Rect,
    pub label: TextBox,
    pub value: TextBox,
}

/// Everything `draw_events_per_year` needs, in CSS px.
#[derive(Debug, Clone)]
pub struct EventsPerYearSpec {
    pub frame: Frame,
    pub columns: Vec<Column>,
    /// The baseline under the columns.
    pub baseline: Rect,
}

const PLOT_H: f64 = 160.0;
const MIN_PLOT_H: f64 = 80.0;

/// The years of the timeline, in order, with how many events each has.
pub fn counts(events: &[TimelineEvent]) -> Vec<(u32, usize)> {
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
pub fn frame_text() -> FrameText {
    FrameText {
        title: "Timeline events per year".into(),
        subtitle: "Events in the initiative timeline, by the year of their date".into(),
        notes: vec![
            "A test-only chart, never shipped: it proves that a fourth chart draws through the registry.".into()
        ],
        footer: "Counted from the initiative timeline's dataset.".into(),
    }
}

/// Height this chart wants at `width`.
pub fn preferred_height(m: &dyn TextMeasure, width: f64) -> f64 {
    frame::chrome_height(m, width, &frame_text()) + PLOT_H
}

/// Lays the chart out in a `width` × `height` CSS px box.
pub fn layout(
    m: &dyn TextMeasure,
    events: &[TimelineEvent],
    (width, height): (f64, f64),
) -> Result<EventsPerYearSpec, ChartError> {
    let frame = frame::layout(m, width, height, &frame_text());
    let plot = frame.plot;
    if plot.h < MIN_PLOT_H {
        return Err(ChartError::CanvasTooSmall {
            chart: "test-events-per-year",
            width,
            height,
            min_width: crate::model::MIN_WIDTH,
            min_height: (height - plot.h + MIN_PLOT_H).ceil(),
        });
    }
    let font = Font::regular(13.0);
    let bold = Font::bold(13.0);
    let counts = counts(events);
    let most = counts.iter().map(|&(_, n)| n).max().unwrap_or(1).max(1) as f64;
    let slot = plot.w / counts.len().max(1) as f64;
    let base_y = plot.bottom() - font.line_height() - 4.0;
    let scale = (base_y - plot.y - bold.line_height() - 4.0) / most;
    let columns = counts
        .iter()
        .enumerate()
        .map(|(i, &(year, count))| {
            let cx = plot.x + slot * (i as f64 + 0.5);
            let w = (slot * 0.5).min(80.0);
            let h = count as f64 * scale;
            let rect = Rect::new(cx - w / 2.0, base_y - h, w, h);
            let label = TextBox::new(m, year.to_string(), font, Ink::Muted).at(cx, base_y + 4.0, Align::Center);
            let value = TextBox::new(m, count.to_string(), bold, Ink::Strong).at(
                cx,
                rect.y - 4.0 - bold.line_height(),
                Align::Center,
            );
            Column { year, count, rect, label, value }
        })
        .collect();
    let baseline = Rect::new(plot.x, base_y, plot.w, 1.0);
    Ok(EventsPerYearSpec { frame, columns, baseline })
}
