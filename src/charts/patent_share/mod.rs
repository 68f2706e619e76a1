//! `patent-share`: the share of AI patents granted in 2023, by location of the granting office,
//! as sorted horizontal bars on a 0–100 % axis. Layout in `layout.rs`, drawing in `draw.rs`; here
//! its texts and mirroring, its points, what each point says and its description.

mod draw;
mod layout;

use plotters::prelude::DrawingBackend;

pub use layout::{percent_label, PatentShareSpec};

use super::{Chart, Tip};
use crate::data::DATASET;
use crate::error::ChartError;
use crate::i18n::{punct, tr, Lang};
use crate::model::describe::{columns, source_cells, Description, Sources};
use crate::model::frame::Frame;
use crate::model::geom::{Mirror, Rect};
use crate::model::hit::{cited, DatumInfo, Point};
use crate::model::text::{TextBox, TextMeasure};
use crate::numfmt::fixed2;
use crate::render::paint::Painter;

/// The `patent-share` chart.
pub struct PatentShare;

impl Chart for PatentShare {
    type Spec = PatentShareSpec;
    /// Index into the dataset's `patent_share.slices`.
    type Datum = usize;

    const ID: &'static str = "patent-share";
    const TITLE: &'static str = "AI patent share";
    const TIP: Tip = Tip::Row;
    const LANGS: &'static [Lang] = &[Lang::En, Lang::ZhHans, Lang::Ur];

    fn preferred_height(m: &dyn TextMeasure, width: f64, lang: Lang) -> f64 {
        layout::preferred_height(m, &DATASET.patent_share, width, lang)
    }

    fn layout(m: &dyn TextMeasure, size: (f64, f64), lang: Lang) -> Result<PatentShareSpec, ChartError> {
        layout::layout(m, &DATASET.patent_share, size, lang)
    }

    fn frame(spec: &PatentShareSpec) -> &Frame {
        &spec.frame
    }

    fn texts_mut(s: &mut PatentShareSpec) -> Vec<&mut TextBox> {
        s.frame
            .texts
            .iter_mut()
            .chain(s.bars.iter_mut().flat_map(|b| [&mut b.label, &mut b.value]))
            .chain(s.ticks.iter_mut().map(|t| &mut t.label))
            .collect()
    }

    fn mirror_marks(s: &mut PatentShareSpec, width: f64) {
        s.frame.mirror_marks(width);
        for bar in &mut s.bars {
            bar.rect.mirror(width);
        }
        for tick in &mut s.ticks {
            tick.line.mirror(width);
        }
        s.axis_x = (width - s.axis_x.0, width - s.axis_x.1);
    }

    fn points(s: &PatentShareSpec) -> Vec<Point<usize>> {
        s.bars
            .iter()
            .map(|b| {
                // The row from label to value, as tall as the bar (or the text, if taller): the
                // gaps between rows answer to nothing.
                let left = b.label.bounds().x.min(b.rect.x).min(b.value.bounds().x);
                let right = b.label.bounds().right().max(b.rect.right()).max(b.value.bounds().right());
                let h = b.rect.h.max(b.label.font.line_height());
                let area = Rect::new(left, b.rect.y + b.rect.h / 2.0 - h / 2.0, right - left, h);
                Point { area, datum: b.slice }
            })
            .collect()
    }

    fn info(i: usize, lang: Lang) -> Option<DatumInfo> {
        let d = &DATASET.patent_share;
        let s = d.slices.get(i)?;
        let info = DatumInfo {
            label: tr(lang, s.label).to_owned(),
            value: Some(percent_label(s.percent)),
            number: Some(s.percent),
            unit: Some("%".into()),
            date: Some(crate::numfmt::int(d.year.into()) + if lang == Lang::ZhHans { "年" } else { "" }),
            note: Some(tr(lang, "Share of AI patents granted in 2023").to_owned()),
            ..Default::default()
        };
        Some(cited(info, lang, &[(d.source_id, &[])]))
    }

    fn describe(lang: Lang) -> Description {
        let d = &DATASET.patent_share;
        let frame = layout::frame_text(d, lang);
        let mut sources = Sources::new(lang);
        sources.add(d.source_id);
        let p = punct(lang);
        let space = if lang == Lang::ZhHans { "" } else { " " };
        let order = layout::drawing_order(d);
        let slices = || order.iter().filter_map(|&i| d.slices.get(i));
        let values: Vec<String> =
            slices().map(|s| [tr(lang, s.label), space, &percent_label(s.percent)].concat()).collect();
        let citation = Self::info(0, lang).and_then(|i| i.sources.into_iter().next());
        let rows = slices()
            .map(|s| {
                let [source, url] = source_cells(citation.as_ref());
                // As the source prints it, two decimals: "69.70" beside "14.16", not "69.7".
                vec![tr(lang, s.label).to_owned(), fixed2(s.percent), source, url]
            })
            .collect();
        let summary =
            [tr(lang, "Share of AI patents granted in 2023"), p.colon, &values.join(p.comma), p.stop, &frame.footer]
                .concat();
        Description {
            title: frame.title,
            summary,
            columns: columns(lang, &["Area", "Share of AI patents granted in 2023 (%)", "Source", "Source URL"]),
            rows,
            notes: frame.notes,
            sources: sources.into_vec(),
        }
    }

    fn draw<DB: DrawingBackend>(p: &Painter<DB>, spec: &PatentShareSpec) -> Result<(), ChartError> {
        draw::draw_patent_share(p, spec)
    }
}
