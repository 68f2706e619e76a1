//! Layout of the `patent-share` chart: sorted horizontal bars on a 0–100 % axis, as a scene:
//! gridlines and their labels, then each bar with its label and value. Pure.

use crate::data::{self, PatentShare};
use crate::i18n::{as_of, sentences, tr, Lang};
use crate::model::frame::{self, FrameText};
use crate::model::geom::Rect;
use crate::model::scene::{LayoutError, Scene, Shape};
use crate::model::text::{Align, Font, Ink, TextBox, TextMeasure};

/// A bar's datum: its index into the dataset's `slices`.
pub type Slice = usize;

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
) -> Result<Scene<Slice>, LayoutError> {
    let text = frame_text(d, lang);
    let frame = frame::layout(m, width, height, &text);
    let plot = frame.plot;
    let n = d.slices.len() as f64;
    let min_body = n * MIN_BAND + AXIS_H;
    if plot.h < min_body || plot.w < 200.0 {
        return Err(LayoutError::TooSmall { min_height: (height - plot.h + min_body).ceil() });
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
    let mut scene = Scene::framed(&frame);

    // Gridlines and their labels first, under the bars.
    let bars_bottom = plot.y + band * n;
    let tick_font = Font::regular(font.size - 1.0);
    let quarter = (x100 - x0) / 4.0;
    // Which ticks are shown is decided with fixed metrics, so canvas and static pictures agree.
    let ticks = if quarter > crate::model::text::ApproxMetrics.width("100%", tick_font) + 8.0 {
        &TICKS[..]
    } else {
        &SPARSE_TICKS[..]
    };
    for &p in ticks {
        let x = x0 + p * scale;
        scene.fill(Shape::Rect(Rect::new(x - 0.5, plot.y, 1.0, bars_bottom - plot.y)), Ink::Grid);
        let label = [crate::numfmt::num(p), "%".into()].concat();
        scene.text(TextBox::new(m, label, tick_font, Ink::Muted).at(x, bars_bottom + 4.0, Align::Center));
    }

    for (rank, &i) in order.iter().enumerate() {
        let Some(s) = d.slices.get(i) else { continue };
        let cy = plot.y + band * (rank as f64 + 0.5);
        let rect = Rect::new(x0, cy - thickness / 2.0, s.percent * scale, thickness);
        let highlight = s.percent == max;
        let label = TextBox::new(m, tr(lang, s.label), font, if highlight { Ink::Accent } else { Ink::Strong }).at(
            plot.x,
            cy - font.line_height() / 2.0,
            Align::Left,
        );
        let value = TextBox::new(m, percent_label(s.percent), value_font, Ink::Strong);
        let ty = cy - value_font.line_height() / 2.0;
        let value = if rect.right() + 5.0 + value.width <= plot.right() {
            value.at(rect.right() + 5.0, ty, Align::Left)
        } else {
            TextBox { ink: Ink::OnAccent, ..value }.at(rect.right() - 5.0, ty, Align::Right)
        };
        // The row from label to value answers the pointer, as tall as the bar (or the text, if
        // taller): the gaps between rows answer to nothing.
        let left = label.bounds().x.min(rect.x).min(value.bounds().x);
        let right = label.bounds().right().max(rect.right()).max(value.bounds().right());
        let h = rect.h.max(label.font.line_height());
        scene.point(Rect::new(left, rect.y + rect.h / 2.0 - h / 2.0, right - left, h), i);
        let fill = if highlight {
            Ink::Accent
        } else if s.is_remainder {
            Ink::Remainder
        } else {
            Ink::Neutral
        };
        scene.fill_datum(Shape::Rect(rect), fill, i);
        scene.text(label);
        scene.text(value);
    }
    Ok(scene)
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
            let scene = layout(&m, &PATENT_SHARE, (width, h), Lang::En).unwrap();
            let labels: Vec<&str> =
                scene.points.iter().filter_map(|p| PATENT_SHARE.slices.get(p.datum)).map(|s| s.label).collect();
            assert_eq!(labels, ["China", "United States", "Europe", "India", "Rest of world"]);
            let bars: Vec<(Rect, Ink)> = scene
                .marks
                .iter()
                .filter(|mark| mark.datum.is_some())
                .filter_map(|mark| match mark.shape {
                    Shape::Rect(r) => Some((r, mark.ink)),
                    _ => None,
                })
                .collect();
            let gridlines: Vec<Rect> = scene
                .marks
                .iter()
                .filter(|mark| mark.ink == Ink::Grid)
                .filter_map(|mark| match mark.shape {
                    Shape::Rect(r) if r.w == 1.0 => Some(r),
                    _ => None,
                })
                .collect();
            let (x0, x100) = (gridlines[0].x + 0.5, gridlines[gridlines.len() - 1].x + 0.5);
            assert!(((bars[0].0.w / (x100 - x0)) - 0.697).abs() < 1e-9);
            assert_eq!((bars[0].1, bars[4].1), (Ink::Accent, Ink::Remainder));
            let texts: Vec<&str> = scene.texts().map(|t| t.text.as_str()).collect();
            for value in ["69.7%", "14.2%", "0.4%"] {
                assert!(texts.contains(&value), "{value} at {width}: {texts:?}");
            }
            assert_eq!(scene.text_collisions(width, h), Vec::<String>::new(), "at {width}");
        }
    }

    #[test]
    fn too_small_says_the_height_needed() {
        let Err(LayoutError::TooSmall { min_height }) = layout(&ApproxMetrics, &PATENT_SHARE, (300.0, 120.0), Lang::En)
        else {
            panic!("a 300×120 box is too small")
        };
        assert!(min_height > 120.0, "{min_height}");
    }
}
