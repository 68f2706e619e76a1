//! Layout of the `initiative-timeline` chart. Pure.
//!
//! Time runs down a proportional axis (2025–2027) on the left; each event has its own row on the
//! right, in date order, joined to its date on the axis by a connector. Rows and axis positions
//! are both monotonic in date, so connectors never cross each other or any label, and labels can
//! never overlap at any width: the clustered events of Nov–Dec 2025 fan out instead of stacking.

use super::marks;
use crate::data::{self, Precision, Status, TimelineEvent};
use crate::i18n::{as_of, date, sentences, tr, Lang};
use crate::model::dates::{parse_span, DayNumber};
use crate::model::frame::{self, Frame, FrameText};
use crate::model::geom::Rect;
use crate::model::scene::{LayoutError, Scene};
use crate::model::text::{Align, ApproxMetrics, Font, Ink, TextBox, TextMeasure};
use crate::model::wrap::{stack, wrap};

/// What a legend entry or a row's bullet draws.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Glyph {
    Status(Status),
    /// A thick span on the axis: the date is known to the month or the year only.
    MonthSpan,
    /// The dashed line of the article's date.
    ArticleLine,
}

/// One event's row.
#[derive(Debug, Clone)]
pub struct Row {
    /// Index into the dataset's `timeline`.
    pub event: usize,
    pub status: Status,
    pub precision: Precision,
    /// The date's extent on the axis (a dot's box for a single day).
    pub span: Rect,
    /// Polyline from the axis to the bullet.
    pub connector: [(f64, f64); 4],
    /// Centre of the status glyph.
    pub bullet: (f64, f64),
    pub texts: Vec<TextBox>,
    /// The whole row (bullet and texts).
    pub area: Rect,
}

/// The timeline's parts in CSS px, before they become a scene (`marks.rs` paints them in order).
#[derive(Debug, Clone)]
pub struct TimelineSpec {
    pub frame: Frame,
    /// The vertical axis line.
    pub axis: Rect,
    /// Short ticks at 1 January of each year.
    pub year_ticks: Vec<Rect>,
    pub year_labels: Vec<TextBox>,
    /// Dashes of the article-date marker and its label.
    pub article_dashes: Vec<Rect>,
    pub article_label: Vec<TextBox>,
    pub rows: Vec<Row>,
    pub legend: Vec<LegendEntry>,
}

/// One legend entry: a glyph centred at `at`, and its text.
#[derive(Debug, Clone)]
pub struct LegendEntry {
    pub glyph: Glyph,
    pub at: (f64, f64),
    pub label: TextBox,
}

/// First day and end (exclusive) of the axis: the three calendar years 2025–2027.
pub const AXIS_YEARS: (i64, i64) = (2025, 2028);
const GLYPH: f64 = 10.0;

struct Fonts {
    date: Font,
    label: Font,
    small: Font,
}

fn fonts(width: f64) -> Fonts {
    let narrow = width < 480.0;
    Fonts {
        date: Font::bold(if narrow { 11.0 } else { 12.0 }),
        label: Font::regular(if narrow { 12.0 } else { 13.0 }),
        small: Font::regular(11.0),
    }
}

pub fn frame_text(lang: Lang) -> FrameText {
    let mut notes = vec![tr(
        lang,
        "WAICO is a proposal: no source confirms it was established. The EU date is statutory; \
         a delay was proposed on 19 Nov 2025.",
    )
    .to_owned()];
    if lang.needs_review() {
        notes.push(tr(lang, "Urdu translation awaiting review.").to_owned());
    }
    FrameText {
        title: tr(lang, "AI initiatives and deadlines, 2025–2027").into(),
        subtitle: tr(lang, "Events the article covers, with dates as precise as the sources allow").into(),
        notes,
        footer: sentences(
            lang,
            tr(lang, "Sources: listed with each event in the data (APEC, UNDP, China's MFA, Xinhua, TASS, Korea's MSIT, Pandaily, AsianFin and others)."),
            &as_of(lang),
        ),
    }
}

/// A date that may take two lines: at its spaces, or in Chinese after the year and before "至".
fn breakable_date(date: &str) -> String {
    date.replacen('年', "年\u{200B}", 1).replacen('至', "\u{200B}至", 1)
}

/// The article's date as the label by the axis shows it: never broken in English or Urdu ("28 Dec
/// 2025" on one line), after the year in Chinese.
fn article_date(lang: Lang) -> String {
    let d = date(lang, data::AS_OF, None, false);
    if lang == Lang::ZhHans {
        breakable_date(&d)
    } else {
        crate::i18n::unbreakable(&d)
    }
}

/// An event's date as readers of `lang` write it, at the precision the sources support.
pub fn event_date(e: &TimelineEvent, lang: Lang) -> String {
    let end_day = e.end_date.and_then(|d| d.rsplit('-').next()).and_then(|d| d.parse().ok());
    date(lang, e.date, end_day, e.late_in_month)
}

/// Texts of one row laid out at (0, 0); returns them and the row's height.
/// What a row shows (full or short label, the place or not) is decided with the fixed
/// [`ApproxMetrics`], never the reader's fonts, so the canvas and the static pictures say the same
/// thing; where it goes uses `m`.
fn row_texts(
    m: &dyn TextMeasure,
    e: &TimelineEvent,
    f: &Fonts,
    text_w: f64,
    date_col: Option<f64>,
    lang: Lang,
) -> (Vec<TextBox>, f64) {
    let date = TextBox::new(m, event_date(e, lang), f.date, Ink::Strong).at(0.0, 0.0, Align::Left);
    let place = TextBox::new(m, tr(lang, e.place), f.small, Ink::Muted);
    let (full, short) = (tr(lang, e.label), tr(lang, e.short_label));
    if let Some(col) = date_col {
        // One line: date column, label, then the place if it fits.
        let label = TextBox::new(m, full, f.label, Ink::Strong).at(col, 0.0, Align::Left);
        let mut texts = vec![date];
        let fits =
            col + ApproxMetrics.width(full, f.label) + 10.0 + ApproxMetrics.width(tr(lang, e.place), f.small) <= text_w;
        let place_x = col + label.width + 10.0;
        texts.push(label);
        if fits {
            texts.push(place.at(place_x, 1.0, Align::Left));
        }
        return (texts, f.label.line_height());
    }
    // Two or more lines: date (and place if it fits), then the label, short if the full one wraps.
    let mut texts = Vec::new();
    let place_x = date.width + 8.0;
    let date_w = ApproxMetrics.width(&event_date(e, lang), f.date);
    let place_fits = date_w + 8.0 + ApproxMetrics.width(tr(lang, e.place), f.small) <= text_w;
    let date_bottom = if date_w <= text_w {
        texts.push(date);
        f.date.line_height()
    } else {
        // On the narrowest charts a long date (Urdu, Chinese day ranges) takes two lines.
        let (lines, bottom) =
            stack(m, &breakable_date(&event_date(e, lang)), f.date, Ink::Strong, (0.0, 0.0), Align::Left, text_w);
        texts.extend(lines);
        bottom
    };
    if place_fits {
        texts.push(place.at(place_x, 1.0, Align::Left));
    }
    // The label goes below the date, and below the place (set 1 px lower) where it is shown.
    let y = date_bottom.max(if place_fits { 1.0 + f.small.line_height() } else { 0.0 });
    let label = if ApproxMetrics.width(full, f.label) <= text_w { full } else { short };
    let (lines, bottom) = stack(m, label, f.label, Ink::Strong, (0.0, y), Align::Left, text_w);
    texts.extend(lines);
    (texts, bottom)
}

struct Columns {
    left_w: f64,
    axis_x: f64,
    c1: f64,
    c2: f64,
    text_x: f64,
    text_w: f64,
    /// Width of the date column in one-line mode.
    date_col: Option<f64>,
}

fn columns(m: &dyn TextMeasure, events: &[TimelineEvent], plot: Rect, f: &Fonts, lang: Lang) -> Columns {
    let article = article_date(lang);
    let left_w = ["2025", tr(lang, "Article")]
        .into_iter()
        .chain(article.split('\u{200B}'))
        .map(|t| m.width(&crate::i18n::unmark(t), f.small))
        .fold(0.0, f64::max)
        + 8.0;
    let axis_x = plot.x + left_w + 4.0;
    let conn = if plot.w < 460.0 { 22.0 } else { 44.0 };
    let (c1, c2) = (axis_x + 8.0, axis_x + conn);
    let text_x = c2 + GLYPH + 8.0;
    let text_w = plot.right() - text_x;
    let widest = |pick: &dyn Fn(&TimelineEvent) -> f64| events.iter().map(pick).fold(0.0, f64::max);
    let date_w = widest(&|e| m.width(&event_date(e, lang), f.date)) + 12.0;
    // One-line rows or two: decided with fixed metrics (see `row_texts`).
    // Every label starts at the widest date's column, so the widest date and the widest label
    // must fit together (not each event's own date and label).
    let approx_date = widest(&|e| ApproxMetrics.width(&event_date(e, lang), f.date)) + 12.0;
    let approx_label = widest(&|e| ApproxMetrics.width(tr(lang, e.label), f.label));
    let date_col = (approx_date + approx_label <= text_w).then_some(date_w);
    Columns { left_w, axis_x, c1, c2, text_x, text_w, date_col }
}

fn legend_items(m: &dyn TextMeasure, f: &Fonts, lang: Lang) -> Vec<(Glyph, TextBox)> {
    let mut items: Vec<(Glyph, TextBox)> =
        [Status::Confirmed, Status::Proposed, Status::Scheduled, Status::StatutoryChangesProposed]
            .into_iter()
            .map(|s| (Glyph::Status(s), TextBox::new(m, tr(lang, s.label()), f.small, Ink::Muted)))
            .collect();
    items.push((Glyph::MonthSpan, TextBox::new(m, tr(lang, "month or year known, not day"), f.small, Ink::Muted)));
    items.push((Glyph::ArticleLine, TextBox::new(m, tr(lang, "article date"), f.small, Ink::Muted)));
    items
}

/// Legend laid out in wrapped rows from `top`; returns the entries and the bottom y.
fn place_legend(items: Vec<(Glyph, TextBox)>, plot: Rect, top: f64, f: &Fonts) -> (Vec<LegendEntry>, f64) {
    let line = f.small.line_height() + 4.0;
    let (mut x, mut y) = (plot.x, top);
    let mut out = Vec::new();
    for (glyph, text) in items {
        let w = GLYPH + 5.0 + text.width;
        if x > plot.x && x + w > plot.right() {
            x = plot.x;
            y += line;
        }
        let cy = y + f.small.line_height() / 2.0;
        out.push(LegendEntry { glyph, at: (x + GLYPH / 2.0, cy), label: text.at(x + GLYPH + 5.0, y, Align::Left) });
        x += w + 14.0;
    }
    (out, y + line)
}

/// Height this chart wants at `width`.
pub fn preferred_height(m: &dyn TextMeasure, events: &[TimelineEvent], width: f64, lang: Lang) -> f64 {
    let chrome = frame::chrome_height(m, width, &frame_text(lang));
    let pad = frame::padding(width);
    let plot = Rect::new(pad, 0.0, width - 2.0 * pad, 0.0);
    chrome + natural_body(m, events, plot, width, lang).0 * 1.15
}

/// Rows' natural height (with gaps) and the legend's height at this plot width.
fn natural_body(m: &dyn TextMeasure, events: &[TimelineEvent], plot: Rect, width: f64, lang: Lang) -> (f64, f64) {
    let f = fonts(width);
    let cols = columns(m, events, plot, &f, lang);
    let rows: f64 = events.iter().map(|e| row_texts(m, e, &f, cols.text_w, cols.date_col, lang).1 + gap(&cols)).sum();
    let (_, legend_bottom) = place_legend(legend_items(m, &f, lang), plot, 0.0, &f);
    (rows + 10.0 + legend_bottom, legend_bottom)
}

fn gap(cols: &Columns) -> f64 {
    if cols.date_col.is_some() {
        9.0
    } else {
        7.0
    }
}

/// Lays the timeline out in a `width` × `height` CSS px box, as a scene whose datums are indices
/// into `events`.
pub fn layout(
    m: &dyn TextMeasure,
    events: &[TimelineEvent],
    size: (f64, f64),
    lang: Lang,
) -> Result<Scene<usize>, LayoutError> {
    Ok(marks::scene(&parts(m, events, size, lang)?))
}

fn parts(
    m: &dyn TextMeasure,
    events: &[TimelineEvent],
    (width, height): (f64, f64),
    lang: Lang,
) -> Result<TimelineSpec, LayoutError> {
    let frame = frame::layout(m, width, height, &frame_text(lang));
    let plot = frame.plot;
    let f = fonts(width);
    let cols = columns(m, events, plot, &f, lang);
    let (natural, legend_h) = natural_body(m, events, plot, width, lang);
    if plot.h < natural || plot.w < 220.0 {
        return Err(LayoutError::TooSmall { min_height: (height - plot.h + natural).ceil() });
    }
    // Spare height goes to the gaps between rows, up to double.
    let rows_h = natural - 10.0 - legend_h;
    let extra = ((plot.h - natural) / events.len().max(1) as f64).min(gap(&cols) * 2.0);

    let (start, end) = (AXIS_YEARS.0, AXIS_YEARS.1);
    let d0 = crate::model::dates::days_from_civil(start, 1, 1);
    let d1 = crate::model::dates::days_from_civil(end, 1, 1);
    let axis_top = plot.y;
    let axis_bottom = plot.y + rows_h + extra * events.len() as f64;
    let y_of = |d: DayNumber| axis_top + (d - d0) as f64 / (d1 - d0) as f64 * (axis_bottom - axis_top);

    let mut rows = Vec::new();
    let mut y = plot.y;
    for (i, e) in events.iter().enumerate() {
        let (s, mut e_end) = parse_span(e.date, e.precision).map_err(LayoutError::BadData)?;
        if let Some(end) = e.end_date {
            e_end = parse_span(end, Precision::Day).map_err(LayoutError::BadData)?.1;
        }
        let (texts, h) = row_texts(m, e, &f, cols.text_w, cols.date_col, lang);
        let texts: Vec<TextBox> =
            texts.into_iter().map(|t| TextBox { x: t.x + cols.text_x, y: t.y + y, ..t }).collect();
        let (ys, ye) = (y_of(s), y_of(e_end));
        let anchor_y = (ys + ye) / 2.0;
        let span = if e.precision == Precision::Day && e_end - s <= 1 {
            Rect::new(cols.axis_x - 3.0, anchor_y - 3.0, 6.0, 6.0)
        } else {
            Rect::new(cols.axis_x - 3.0, ys, 6.0, (ye - ys).max(2.0))
        };
        let bullet = (cols.c2 + GLYPH / 2.0 + 2.0, y + f.date.line_height() / 2.0);
        let connector = [
            (cols.axis_x + 3.0, anchor_y),
            (cols.c1, anchor_y),
            (cols.c2 - 2.0, bullet.1),
            (bullet.0 - GLYPH / 2.0 - 1.0, bullet.1),
        ];
        let area = Rect::new(cols.c2, y - 2.0, plot.right() - cols.c2, h + 4.0);
        rows.push(Row { event: i, status: e.status, precision: e.precision, span, connector, bullet, texts, area });
        y += h + gap(&cols) + extra;
    }

    let axis = Rect::new(cols.axis_x - 0.75, axis_top, 1.5, axis_bottom - axis_top);
    let mut year_ticks = Vec::new();
    let mut year_labels = Vec::new();
    for year in start..=end {
        let ty = y_of(crate::model::dates::days_from_civil(year, 1, 1));
        year_ticks.push(Rect::new(cols.axis_x - 6.0, ty - 0.75, 6.0, 1.5));
        if year < end {
            let mid = y_of(crate::model::dates::days_from_civil(year, 7, 1));
            let label = TextBox::new(m, crate::numfmt::int(year), f.date, Ink::Muted);
            year_labels.push(label.at(cols.axis_x - 8.0, mid - f.date.line_height() / 2.0, Align::Right));
        }
    }

    let (as_of, _) = parse_span(data::AS_OF, Precision::Day).map_err(LayoutError::BadData)?;
    let ay = y_of(as_of);
    let article_dashes = (0..)
        .map(|k| plot.x + f64::from(k) * 6.0)
        .take_while(|&x| x < cols.c1)
        .map(|x| Rect::new(x, ay - 0.75, 3.0, 1.5))
        .collect();
    // The date stays on one line ("28 Dec 2025"), below "Article" if both do not fit.
    let label = [tr(lang, "Article"), " ", &article_date(lang)].concat();
    let lines = wrap(m, &label, f.small, cols.left_w - 6.0);
    let lh = f.small.line_height();
    let mut ly = ay - 2.0 - lh * lines.len() as f64;
    let article_label = lines
        .into_iter()
        .map(|l| {
            let b = TextBox::new(m, l, f.small, Ink::Muted).at(cols.axis_x - 8.0, ly, Align::Right);
            ly += lh;
            b
        })
        .collect();

    let (legend, _) = place_legend(legend_items(m, &f, lang), plot, plot.bottom() - legend_h, &f);
    Ok(TimelineSpec { frame, axis, year_ticks, year_labels, article_dashes, article_label, rows, legend })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::TIMELINE;
    use crate::model::text::ApproxMetrics;

    fn all_texts(spec: &TimelineSpec) -> Vec<&TextBox> {
        spec.frame
            .texts
            .iter()
            .chain(spec.rows.iter().flat_map(|r| &r.texts))
            .chain(&spec.year_labels)
            .chain(&spec.article_label)
            .chain(spec.legend.iter().map(|l| &l.label))
            .collect()
    }

    #[test]
    fn nothing_overlaps_from_320_to_1280_px() {
        let m = ApproxMetrics;
        for width in (320..=1280).step_by(40).map(f64::from) {
            let h = preferred_height(&m, TIMELINE, width, Lang::En);
            let spec = parts(&m, TIMELINE, (width, h), Lang::En).unwrap();
            assert_eq!(spec.rows.len(), TIMELINE.len());
            let texts = all_texts(&spec);
            let page = Rect::new(0.0, 0.0, width, h);
            for (i, a) in texts.iter().enumerate() {
                assert!(page.encloses(&a.bounds(), 0.5), "{:?} outside at {width}", a.text);
                for b in &texts[i + 1..] {
                    assert!(!a.bounds().overlaps(&b.bounds()), "{:?} overlaps {:?} at {width}", a.text, b.text);
                }
            }
            for w in spec.rows.windows(2) {
                assert!(w[0].area.bottom() <= w[1].area.y + 1e-9, "rows overlap at {width}");
                assert!(w[0].span.y <= w[1].span.y, "axis order broken at {width}");
            }
        }
    }
}
