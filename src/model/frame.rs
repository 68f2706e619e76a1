//! The chrome every chart shares: title, subtitle, notes and source footer around a plot area.

use super::geom::Rect;
use super::text::{Align, Font, Ink, TextBox, TextMeasure};
use super::wrap::stack;

/// Outer padding, CSS px: tighter on phones.
pub fn padding(width: f64) -> f64 {
    if width < 480.0 {
        10.0
    } else {
        16.0
    }
}

/// The texts around a chart, before layout.
#[derive(Debug, Clone)]
pub struct FrameText {
    pub(crate) title: String,
    pub(crate) subtitle: String,
    /// Caveats, one paragraph each, printed above the footer.
    pub notes: Vec<String>,
    /// Source line(s) and the "as of" date.
    pub footer: String,
}

/// Laid-out chrome and the plot area left for the chart's marks.
#[derive(Debug, Clone)]
pub struct Frame {
    pub(crate) texts: Vec<TextBox>,
    /// Thin rule between plot and notes.
    pub rule: Rect,
    pub(crate) plot: Rect,
}

// The type scale, shared by every chart: eight fonts below 480 px and nine above (regular
// 11/12/13 and 11/12/13/14 px, plus bold). Every distinct font costs the browser a font lookup and
// a glyph cache on first use, so sizes stay on this short list (docs/performance.md, "Speed steps").
fn title_font(width: f64) -> Font {
    Font::bold(if width < 480.0 { 17.0 } else { 20.0 })
}
fn subtitle_font(width: f64) -> Font {
    Font::regular(if width < 480.0 { 12.0 } else { 14.0 })
}
/// Font of notes and footer.
pub fn small_font(width: f64) -> Font {
    Font::regular(if width < 480.0 { 11.0 } else { 12.0 })
}

/// Space the chrome takes at this width (header + gaps + notes + footer), CSS px.
pub fn chrome_height(m: &dyn TextMeasure, width: f64, text: &FrameText) -> f64 {
    let probe = layout(m, width, 0.0, text);
    -probe.plot.h
}

/// Lays out the chrome in a `width` × `height` box; the plot area is what remains (its height
/// can be negative when the box is too short: callers check it against their minimum).
pub fn layout(m: &dyn TextMeasure, width: f64, height: f64, text: &FrameText) -> Frame {
    let pad = padding(width);
    let inner = width - 2.0 * pad;
    let mut texts = Vec::new();

    let (title, y) = stack(m, &text.title, title_font(width), Ink::Strong, (pad, pad), Align::Left, inner);
    texts.extend(title);
    let (subtitle, y) = stack(m, &text.subtitle, subtitle_font(width), Ink::Muted, (pad, y + 2.0), Align::Left, inner);
    texts.extend(subtitle);
    let plot_top = y + 12.0;

    // Notes and footer are stacked bottom-up: lay them out from 0, then shift to the bottom.
    let small = small_font(width);
    let mut below = Vec::new();
    let mut by = 0.0;
    for note in &text.notes {
        let (lines, next) = stack(m, note, small, Ink::Muted, (pad, by), Align::Left, inner);
        below.extend(lines);
        by = next + 2.0;
    }
    let (footer, by) = stack(m, &text.footer, Font::bold(small.size), Ink::Muted, (pad, by + 2.0), Align::Left, inner);
    below.extend(footer);
    let below_top = height - pad - by;
    for b in &mut below {
        b.y += below_top;
    }
    texts.extend(below);

    let rule = Rect::new(pad, below_top - 8.0, inner, 1.0);
    let plot = Rect::new(pad, plot_top, inner, rule.y - 10.0 - plot_top);
    Frame { texts, rule, plot }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::text::ApproxMetrics;

    fn sample() -> FrameText {
        FrameText {
            title: "Where AI patents were granted in 2023".into(),
            subtitle: "Share of AI patents granted in 2023, by location of the granting office".into(),
            notes: vec!["Patent standards differ between countries.".into()],
            footer: "Source: Stanford HAI, AI Index Report 2025. As of 28 Dec 2025.".into(),
        }
    }

    #[test]
    fn chrome_never_overlaps_plot_and_stays_inside() {
        let m = ApproxMetrics;
        for width in [320.0, 480.0, 640.0, 1280.0] {
            let h = chrome_height(&m, width, &sample()) + 200.0;
            let f = layout(&m, width, h, &sample());
            assert!((f.plot.h - 200.0).abs() < 1e-9, "plot height {} at {width}", f.plot.h);
            let page = Rect::new(0.0, 0.0, width, h);
            for t in &f.texts {
                assert!(!t.bounds().overlaps(&f.plot), "{:?} overlaps plot", t.text);
                assert!(page.encloses(&t.bounds(), 0.5), "{:?} outside at {width}", t.text);
            }
        }
    }
}
