//! `patent-share`: the share of AI patents granted in 2023, by location of the granting office,
//! as sorted horizontal bars on a 0–100 % axis. Its scene is laid out in `layout.rs`; here what
//! each bar says and the chart's description.

mod layout;

pub use layout::percent_label;

use super::{Chart, Tip};
use crate::data::DATASET;
use crate::i18n::{punct, tr, Lang};
use crate::model::describe::{columns, source_cells, Description, Sources};
use crate::model::hit::{cited, DatumInfo};
use crate::model::scene::{LayoutError, Scene};
use crate::model::text::TextMeasure;
use crate::numfmt::fixed2;

/// The `patent-share` chart.
pub struct PatentShare;

impl Chart for PatentShare {
    /// Index into the dataset's `patent_share.slices`.
    type Datum = layout::Slice;

    const ID: &'static str = "patent-share";
    const TITLE: &'static str = "AI patent share";
    const TIP: Tip = Tip::Row;
    const LANGS: &'static [Lang] = &[Lang::En, Lang::ZhHans, Lang::Ur];

    fn preferred_height(m: &dyn TextMeasure, width: f64, lang: Lang) -> f64 {
        layout::preferred_height(m, &DATASET.patent_share, width, lang)
    }

    fn layout(m: &dyn TextMeasure, size: (f64, f64), lang: Lang) -> Result<Scene<usize>, LayoutError> {
        layout::layout(m, &DATASET.patent_share, size, lang)
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
}
