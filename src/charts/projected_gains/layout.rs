//! Layout of the `projected-gains` chart: UNDP's headline as one annotated figure for the decade
//! (no yearly or per-country series exists, so none is drawn), with the release's two other
//! figures beside it in their own units. No bar: a single value has no scale to draw it against,
//! and a bar or bracket spanning the chart would read as a quantity or a time axis. Pure.

use crate::data::{self, ProjectedGains};
use crate::i18n::{as_of, date, fill, sentences, tr, Lang};
use crate::model::frame::{self, FrameText};
use crate::model::geom::Rect;
use crate::model::scene::{LayoutError, Scene, Shape};
use crate::model::text::{Align, Font, Ink, TextBox, TextMeasure};
use crate::model::wrap::stack;

/// Which figure a block shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GainsDatum {
    Headline,
    /// Index into `related`.
    Related(usize),
}

/// One figure: its area, its accent strip and its texts.
#[derive(Debug, Clone)]
struct StatBlock {
    datum: GainsDatum,
    area: Rect,
    strip: Rect,
    texts: Vec<TextBox>,
}

pub fn frame_text(d: &ProjectedGains, lang: Lang) -> FrameText {
    // The release's date and the copy it was read in, from its source record.
    let record = data::source(d.source_id);
    let published = record.and_then(|s| s.published).unwrap_or("");
    let via = record.and_then(|s| s.read_via).map_or("", |via| tr(lang, via));
    let source =
        tr(lang, "Source: UNDP press release of {date} on its report \"The Next Great Divergence\" (read via {via}).");
    let source = fill(&fill(source, "{date}", &date(lang, published, None, false)), "{via}", via);
    FrameText {
        title: tr(lang, "AI could add nearly US$1 trillion to ASEAN economies").into(),
        subtitle: tr(
            lang,
            &[
                "UNDP projection for ",
                d.headline.scope,
                " ",
                d.headline.period.unwrap_or(""),
                ": what AI \"could\" bring, not a forecast",
            ]
            .concat(),
        )
        .into(),
        notes: vec![tr(
            lang,
            "The article says \"across Asia\"; UNDP's release says ASEAN economies. \
             UNDP publishes no start year and no yearly or per-country breakdown, so none is drawn.",
        )
        .into()]
        .into_iter()
        // Translations not yet checked by a native speaker say so in the chart itself.
        .chain(lang.needs_review().then(|| tr(lang, "Urdu translation awaiting review.").to_owned()))
        .collect(),
        footer: sentences(lang, &source, &as_of(lang)),
    }
}

fn fonts(width: f64) -> (Font, Font, Font, Font) {
    let narrow = width < 480.0;
    (
        Font::bold(if narrow { 26.0 } else { 34.0 }),    // headline value
        Font::regular(if narrow { 13.0 } else { 14.0 }), // headline description
        Font::bold(if narrow { 19.0 } else { 22.0 }),    // related values
        Font::regular(if narrow { 12.0 } else { 13.0 }), // small labels
    )
}

/// Space below the figures at the preferred height, CSS px.
const BOTTOM_MARGIN: f64 = 4.0;

/// Height added to each gap between the figures, and below the last, at most: a box taller than
/// the chart needs (the page reserves heights from fixed metrics, wider than most fonts) spaces
/// the figures out instead of leaving the space between the last one and the notes.
const MAX_EXTRA_GAP: f64 = 48.0;

/// Lays the content out from the plot's top, with `extra` px added to each gap between figures;
/// returns the spec parts and the content's bottom y.
fn place(
    m: &dyn TextMeasure,
    d: &ProjectedGains,
    plot: Rect,
    width: f64,
    lang: Lang,
    extra: f64,
) -> (Vec<StatBlock>, f64) {
    let (big, desc, mid, small) = fonts(width);
    let x = plot.x + 12.0;
    let inner = plot.w - 12.0;

    let mut texts = Vec::new();
    let (value, y) = stack(m, tr(lang, d.headline.display), big, Ink::Accent, (x, plot.y), Align::Left, inner);
    texts.extend(value);
    let description =
        ["in additional GDP that ", d.headline.scope, " could see ", d.headline.period.unwrap_or("")].concat();
    let (lines, y) = stack(m, tr(lang, &description), desc, Ink::Strong, (x, y + 2.0), Align::Left, inner);
    texts.extend(lines);

    let head_area = Rect::new(plot.x, plot.y, plot.w, y - plot.y);
    let mut blocks = vec![StatBlock {
        datum: GainsDatum::Headline,
        area: head_area,
        strip: Rect::new(plot.x, plot.y + 4.0, 4.0, y - plot.y - 4.0),
        texts,
    }];

    // Related figures: side by side when there is room, else stacked.
    let top = y + 18.0 + extra;
    let n = d.related.len().max(1);
    let per_row = if width >= 480.0 { n } else { 1 };
    let columns = per_row as f64;
    let col_w = (plot.w - 16.0 * (columns - 1.0)) / columns;
    let mut bottom = top;
    let mut row_top = top;
    for (i, r) in d.related.iter().enumerate() {
        // Integer remainder: a float `%` would pull libm's fmod into the wasm.
        let col = (i % per_row) as f64;
        if col == 0.0 && i > 0 {
            row_top = bottom + 14.0 + extra;
        }
        let bx = plot.x + col * (col_w + 16.0);
        let mut texts = Vec::new();
        let (v, y) = stack(m, tr(lang, r.display), mid, Ink::Strong, (bx + 12.0, row_top), Align::Left, col_w - 12.0);
        texts.extend(v);
        let label = [r.label, ", ", r.scope].concat();
        let (l, y) = stack(m, tr(lang, &label), small, Ink::Muted, (bx + 12.0, y + 1.0), Align::Left, col_w - 12.0);
        texts.extend(l);
        let area = Rect::new(bx, row_top, col_w, y - row_top);
        blocks.push(StatBlock {
            datum: GainsDatum::Related(i),
            area,
            strip: Rect::new(bx, row_top + 3.0, 4.0, area.h - 3.0),
            texts,
        });
        bottom = bottom.max(y);
    }
    (blocks, bottom)
}

/// Height this chart wants at `width`.
pub fn preferred_height(m: &dyn TextMeasure, d: &ProjectedGains, width: f64, lang: Lang) -> f64 {
    let chrome = frame::chrome_height(m, width, &frame_text(d, lang));
    let plot = Rect::new(frame::padding(width), 0.0, width - 2.0 * frame::padding(width), 0.0);
    let (.., bottom) = place(m, d, plot, width, lang, 0.0);
    chrome + bottom + BOTTOM_MARGIN
}

pub fn layout(
    m: &dyn TextMeasure,
    d: &ProjectedGains,
    (width, height): (f64, f64),
    lang: Lang,
) -> Result<Scene<GainsDatum>, LayoutError> {
    let frame = frame::layout(m, width, height, &frame_text(d, lang));
    let (blocks, bottom) = place(m, d, frame.plot, width, lang, 0.0);
    if bottom > frame.plot.bottom() || frame.plot.w < 200.0 {
        return Err(LayoutError::TooSmall { min_height: (height + bottom - frame.plot.bottom()).ceil() });
    }
    // Spare height goes to the gaps between the figures' rows and below the last, equally.
    let rows = blocks.iter().zip(blocks.iter().skip(1)).filter(|(a, b)| b.area.y > a.area.y).count();
    // (The 4 px below the figures that `preferred_height` leaves stay where they are.)
    let extra = ((frame.plot.bottom() - BOTTOM_MARGIN - bottom) / (rows + 1) as f64).min(MAX_EXTRA_GAP);
    let (blocks, _) = if extra > 0.5 { place(m, d, frame.plot, width, lang, extra) } else { (blocks, bottom) };
    let mut scene = Scene::framed(&frame);
    for block in blocks {
        // The headline in the accent, the related figures (other scopes, other units) in the second colour.
        let ink = if block.datum == GainsDatum::Headline { Ink::Accent } else { Ink::Accent2 };
        scene.fill_datum(Shape::Rect(block.strip), ink, block.datum);
        scene.texts_of(block.texts);
        scene.point(block.area, block.datum);
    }
    Ok(scene)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::PROJECTED_GAINS;
    use crate::model::text::ApproxMetrics;

    #[test]
    fn one_total_and_two_related_figures_without_overlap() {
        let m = ApproxMetrics;
        for width in [320.0, 480.0, 640.0, 1280.0] {
            let h = preferred_height(&m, &PROJECTED_GAINS, width, Lang::En);
            let scene = layout(&m, &PROJECTED_GAINS, (width, h), Lang::En).unwrap();
            let figures: Vec<GainsDatum> = scene.points.iter().map(|p| p.datum).collect();
            assert_eq!(figures, [GainsDatum::Headline, GainsDatum::Related(0), GainsDatum::Related(1)]);
            let joined: String = scene.texts().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" ");
            for needle in ["nearly US$1 trillion", "ASEAN", "could", "around +2 percentage points", "up to 5%", "UNDP"]
            {
                assert!(joined.contains(needle), "{needle:?} missing at {width}: {joined}");
            }
            assert_eq!(scene.text_collisions(width, h), Vec::<String>::new(), "at {width}");
        }
    }

    /// Fonts narrower than the fixed metrics the page reserves heights with, as most are.
    struct Narrower;

    impl TextMeasure for Narrower {
        fn width(&self, text: &str, font: Font) -> f64 {
            ApproxMetrics.width(text, font) * 0.85
        }
    }

    /// Space between the lowest figure and the rule above the notes (the scene's first mark).
    fn gap_above_notes(scene: &Scene<GainsDatum>) -> f64 {
        let lowest = scene.points.iter().map(|p| p.area.bottom()).fold(0.0, f64::max);
        let Shape::Rect(rule) = scene.marks[0].shape else { panic!("the frame's rule comes first") };
        rule.y - lowest
    }

    #[test]
    fn spare_height_spaces_the_figures_out_instead_of_pooling_above_the_notes() {
        let m = ApproxMetrics;
        // The height the page reserves at a width (chart-meta.js's table, every 40 px, the larger
        // of the two entries around it), laid out with narrower fonts: a phone's 328 px column.
        let table = |w: f64| preferred_height(&m, &PROJECTED_GAINS, w, Lang::En);
        for width in (240..=1600).step_by(8).map(f64::from) {
            let (below, above) = ((width / 40.0).floor() * 40.0, (width / 40.0).ceil() * 40.0);
            let reserved = table(below).max(table(above));
            let spec = layout(&Narrower, &PROJECTED_GAINS, (width, reserved), Lang::En).unwrap();
            let gap = gap_above_notes(&spec);
            assert!(gap <= MAX_EXTRA_GAP + 24.0, "{gap} px between the figures and the notes at {width}");
            for pair in spec.points.windows(2) {
                assert!(!pair[0].area.overlaps(&pair[1].area), "figures overlap at {width}");
            }
        }
        // At its own preferred height nothing is added.
        let h = table(640.0);
        let natural = layout(&m, &PROJECTED_GAINS, (640.0, h), Lang::En).unwrap();
        assert!(gap_above_notes(&natural) < 24.0, "{}", gap_above_notes(&natural));
    }
}
