//! Layout of the `patent-share` chart: sorted horizontal bars on a 0–100 % axis. Pure.

use crate::data::{self, PatentShare};
use crate::error::ChartError;
use crate::i18n::{as_of, sentences, tr, Lang};
use crate::model::frame::{self, Frame, FrameText};
use crate::model::geom::Rect;
use crate::model::text::{Align, Font, Ink, TextBox, TextMeasure};

/// One bar: its mark, its category label, its value label.
#[derive(Debug, Clone)]
pub struct Bar {
    /// Index into the dataset's `slices`.
    pub slice: usize,
    pub rect: Rect,
    pub label: TextBox,
    pub value: TextBox,
    /// The largest share is drawn in the accent colour.
    pub highlight: bool,
    /// Remainder groups ("Rest of world") are drawn in a lighter tone.
    pub remainder: bool,
}

/// A gridline at a percentage, with its tick label.
#[derive(Debug, Clone)]
pub struct Tick {
    pub percent: f64,
    pub line: Rect,
    pub label: TextBox,
}

/// Everything `draw_patent_share` needs, in CSS px.
#[derive(Debug, Clone)]
pub struct PatentShareSpec {
    pub frame: Frame,
    pub bars: Vec<Bar>,
    pub ticks: Vec<Tick>,
    /// x of 0 % and of 100 %.
    pub axis_x: (f64, f64),
}

const TICKS: [f64; 5] = [0.0, 25.0, 50.0, 75.0, 100.0];
/// On narrow axes, where quarter ticks' labels would touch.
const SPARSE_TICKS: [f64; 3] = [0.0, 50.0, 100.0];
const MIN_BAND: f64 = 22.0;
const IDEAL_BAND: f64 = 40.0;
const AXIS_H: f64 = 20.0;

/// Formats a share the way the chart prints it: one decimal and a percent sign.
pub fn percent_label(p: f64) -> String {
    [crate::numfmt::fixed1(p), "%".into()].concat()
}

fn label_font(width: f64) -> Font {
    Font::regular(if width < 480.0 { 12.0 } else { 13.0 })
}

pub fn frame_text(d: &PatentShare, lang: Lang) -> FrameText {
    let source = data::source(d.source_id).map_or(d.source_id, |s| s.title);
    let footer = ["Source: Stanford HAI, ", source, " (", d.locator, ")."].concat();
    FrameText {
        title: tr(lang, "China's patent office granted nearly 70% of AI patents in 2023").into(),
        subtitle: tr(lang, &["Share of AI patents ", d.measure, " (%)"].concat()).into(),
        notes: vec![tr(
            lang,
            "Counts one year's grants by the office of first grant, not all patents held or inventors' nationality; \
             Japan and South Korea are inside \"Rest of world\". Rounded to one decimal, the shares sum to 100.1%. \
             The source warns: patent standards differ between countries.",
        )
        .into()]
        .into_iter()
        // Translations not yet checked by a native speaker say so in the chart itself.
        .chain(lang.needs_review().then(|| tr(lang, "Urdu translation awaiting review.").to_owned()))
        .collect(),
        footer: sentences(lang, tr(lang, &footer), &as_of(lang)),
    }
}

/// Slices in drawing order: largest first, remainder groups last.
pub fn drawing_order(d: &PatentShare) -> Vec<usize> {
    // Insertion sort: a handful of slices, and far less wasm than `sort_by`.
    let before = |a: &data::ShareSlice, b: &data::ShareSlice| {
        (!a.is_remainder && b.is_remainder) || (a.is_remainder == b.is_remainder && a.percent > b.percent)
    };
    let mut order: Vec<usize> = Vec::with_capacity(d.slices.len());
    for (i, slice) in d.slices.iter().enumerate() {
        let at = order
            .iter()
            .position(|&j| d.slices.get(j).is_some_and(|other| before(slice, other)))
            .unwrap_or(order.len());
        order.insert(at, i);
    }
    order
}

/// Height this chart wants at `width`.
pub fn preferred_height(m: &dyn TextMeasure, d: &PatentShare, width: f64, lang: Lang) -> f64 {
    frame::chrome_height(m, width, &frame_text(d, lang)) + d.slices.len() as f64 * IDEAL_BAND + AXIS_H
}

pub fn layout(
    m: &dyn TextMeasure,
    d: &PatentShare,
    (width, height): (f64, f64),
    lang: Lang,
) -> Result<PatentShareSpec, ChartError> {
    let text = frame_text(d, lang);
    let frame = frame::layout(m, width, height, &text);
    let plot = frame.plot;
    let n = d.slices.len() as f64;
    let min_body = n * MIN_BAND + AXIS_H;
    if plot.h < min_body || plot.w < 200.0 {
        return Err(ChartError::CanvasTooSmall {
            chart: "patent-share",
            width,
            height,
            min_width: 240.0,
            min_height: (height - plot.h + min_body).ceil(),
        });
    }

    let font = label_font(width);
    let value_font = Font::bold(font.size);
    let order = drawing_order(d);
    let label_w = order
        .iter()
        .filter_map(|&i| d.slices.get(i))
        .map(|s| m.width(tr(lang, s.label), font))
        .fold(0.0, f64::max)
        .min(plot.w * 0.4);
    let x0 = plot.x + label_w + 10.0;
    // Leave room right of 100 % for the last tick label's half width.
    let x100 = plot.right() - m.width("100%", Font::regular(font.size - 1.0)) / 2.0;
    let scale = (x100 - x0) / 100.0;
    let band = ((plot.h - AXIS_H) / n).min(IDEAL_BAND * 1.5);
    let thickness = (band * 0.62).min(30.0);
    let max = d.slices.iter().map(|s| s.percent).fold(f64::MIN, f64::max);

    let bars =
        order
            .iter()
            .enumerate()
            .filter_map(|(rank, &i)| d.slices.get(i).map(|s| (rank, i, s)))
            .map(|(rank, i, s)| {
                let cy = plot.y + band * (rank as f64 + 0.5);
                let rect = Rect::new(x0, cy - thickness / 2.0, s.percent * scale, thickness);
                let highlight = s.percent == max;
                let label = TextBox::new(m, tr(lang, s.label), font, if highlight { Ink::Accent } else { Ink::Strong })
                    .at(plot.x, cy - font.line_height() / 2.0, Align::Left);
                let value = TextBox::new(m, percent_label(s.percent), value_font, Ink::Strong);
                let ty = cy - value_font.line_height() / 2.0;
                let value = if rect.right() + 5.0 + value.width <= plot.right() {
                    value.at(rect.right() + 5.0, ty, Align::Left)
                } else {
                    TextBox { ink: Ink::OnAccent, ..value }.at(rect.right() - 5.0, ty, Align::Right)
                };
                Bar { slice: i, rect, label, value, highlight, remainder: s.is_remainder }
            })
            .collect::<Vec<_>>();

    let bars_bottom = plot.y + band * n;
    let tick_font = Font::regular(font.size - 1.0);
    let quarter = (x100 - x0) / 4.0;
    // Which ticks are shown is decided with fixed metrics, so canvas and static pictures agree.
    let ticks = if quarter > crate::model::text::ApproxMetrics.width("100%", tick_font) + 8.0 {
        &TICKS[..]
    } else {
        &SPARSE_TICKS[..]
    };
    let ticks = ticks
        .iter()
        .map(|&p| {
            let x = x0 + p * scale;
            let line = Rect::new(x - 0.5, plot.y, 1.0, bars_bottom - plot.y);
            let label = TextBox::new(m, [crate::numfmt::num(p), "%".into()].concat(), tick_font, Ink::Muted).at(
                x,
                bars_bottom + 4.0,
                Align::Center,
            );
            Tick { percent: p, line, label }
        })
        .collect();

    Ok(PatentShareSpec { frame, bars, ticks, axis_x: (x0, x100) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::PATENT_SHARE;
    use crate::model::text::ApproxMetrics;

    #[test]
    fn bars_are_sorted_with_remainder_last_and_scaled_to_the_axis() {
        let m = ApproxMetrics;
        for width in [320.0, 640.0, 1280.0] {
            let h = preferred_height(&m, &PATENT_SHARE, width, Lang::En);
            let spec = layout(&m, &PATENT_SHARE, (width, h), Lang::En).unwrap();
            let labels: Vec<&str> = spec.bars.iter().map(|b| b.label.text.as_str()).collect();
            assert_eq!(labels, ["China", "United States", "Europe", "India", "Rest of world"]);
            let (x0, x100) = spec.axis_x;
            let china = &spec.bars[0];
            assert!(((china.rect.w / (x100 - x0)) - 0.697).abs() < 1e-9);
            assert!(china.highlight && spec.bars[4].remainder);
            assert_eq!(spec.bars[0].value.text, "69.7%");
            assert_eq!(spec.bars[1].value.text, "14.2%");
            assert_eq!(spec.bars[3].value.text, "0.4%");
            let mut boxes: Vec<Rect> = spec.frame.texts.iter().map(|t| t.bounds()).collect();
            boxes.extend(spec.bars.iter().flat_map(|b| [b.label.bounds(), b.value.bounds()]));
            boxes.extend(spec.ticks.iter().map(|t| t.label.bounds()));
            let page = Rect::new(0.0, 0.0, width, h);
            for (i, a) in boxes.iter().enumerate() {
                assert!(page.encloses(a, 0.5), "text {i} outside the canvas at {width}");
                for b in &boxes[i + 1..] {
                    assert!(!a.overlaps(b), "texts overlap at {width}: {a:?} {b:?}");
                }
            }
        }
    }

    #[test]
    fn too_small_is_an_error_naming_the_needed_size() {
        let e = layout(&ApproxMetrics, &PATENT_SHARE, (300.0, 120.0), Lang::En).unwrap_err().to_string();
        assert!(e.contains("300×120") && e.contains("patent-share"), "{e}");
    }
}
