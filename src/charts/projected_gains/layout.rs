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
    let published = data::source(d.source_id).and_then(|s| s.published).unwrap_or("");
    let source = fill(
        tr(
            lang,
            "Source: UNDP press release of {date} on its report \"The Next Great Divergence\" (read via Mirage News).",
        ),
        "{date}",
        &date(lang, published, None, false),
    );
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

/// Lays the content out from `top`; returns the spec parts and the content's bottom y.
fn place(m: &dyn TextMeasure, d: &ProjectedGains, plot: Rect, width: f64, lang: Lang) -> (Vec<StatBlock>, f64) {
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
    let top = y + 18.0;
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
            row_top = bottom + 14.0;
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
    let (.., bottom) = place(m, d, plot, width, lang);
    chrome + bottom + 4.0
}

pub fn layout(
    m: &dyn TextMeasure,
    d: &ProjectedGains,
    (width, height): (f64, f64),
    lang: Lang,
) -> Result<Scene<GainsDatum>, LayoutError> {
    let frame = frame::layout(m, width, height, &frame_text(d, lang));
    let (blocks, bottom) = place(m, d, frame.plot, width, lang);
    if bottom > frame.plot.bottom() || frame.plot.w < 200.0 {
        return Err(LayoutError::TooSmall { min_height: (height + bottom - frame.plot.bottom()).ceil() });
    }
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
}
