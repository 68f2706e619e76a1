//! `projected-gains`: UNDP's projection of what AI could bring ASEAN economies, as its headline
//! figure with the release's two other figures beside it in their own units (no yearly or
//! per-country series exists, so none is drawn). Its scene is laid out in `layout.rs`; here what
//! each figure says and the chart's description.

mod layout;

pub use layout::GainsDatum;

use super::{Chart, Tip};
use crate::data::DATASET;
use crate::i18n::{punct, tr, Lang};
use crate::model::describe::{columns, source_cells, Description, Sources};
use crate::model::hit::{cited, DatumInfo};
use crate::model::scene::{LayoutError, Scene};
use crate::model::text::TextMeasure;
use crate::numfmt::num;

/// The `projected-gains` chart.
pub struct ProjectedGains;

impl Chart for ProjectedGains {
    type Datum = GainsDatum;

    const ID: &'static str = "projected-gains";
    const TITLE: &'static str = "Projected economic gains";
    const TIP: Tip = Tip::Column;
    const LANGS: &'static [Lang] = &[Lang::En, Lang::ZhHans, Lang::Ur];

    fn preferred_height(m: &dyn TextMeasure, width: f64, lang: Lang) -> f64 {
        layout::preferred_height(m, &DATASET.projected_gains, width, lang)
    }

    fn layout(m: &dyn TextMeasure, size: (f64, f64), lang: Lang) -> Result<Scene<GainsDatum>, LayoutError> {
        layout::layout(m, &DATASET.projected_gains, size, lang)
    }

    fn info(g: GainsDatum, lang: Lang) -> Option<DatumInfo> {
        let d = &DATASET.projected_gains;
        let p = match g {
            GainsDatum::Headline => &d.headline,
            GainsDatum::Related(i) => d.related.get(i)?,
        };
        let label = match p.period {
            Some(period) => [p.label, ", ", p.scope, ", ", period].concat(),
            None => [p.label, ", ", p.scope].concat(),
        };
        let info = DatumInfo {
            label: tr(lang, &label).to_owned(),
            value: Some(tr(lang, p.display).to_owned()),
            number: Some(p.value),
            unit: Some(p.unit.to_owned()),
            // The source's own words; not translated (a translated quote is no quote).
            note: (lang == Lang::En).then(|| p.quote.to_owned()),
            ..Default::default()
        };
        Some(cited(info, lang, &[(d.source_id, &[])]))
    }

    fn describe(lang: Lang) -> Description {
        let d = &DATASET.projected_gains;
        let frame = layout::frame_text(d, lang);
        let mut sources = Sources::new(lang);
        sources.add(d.source_id);
        sources.add(d.report_source_id);
        let p = punct(lang);
        let space = if lang == Lang::ZhHans { "" } else { " " };
        let all = std::iter::once(GainsDatum::Headline).chain((0..d.related.len()).map(GainsDatum::Related));
        let mut rows = Vec::new();
        let mut spoken = Vec::new();
        for g in all {
            let figure = match g {
                GainsDatum::Headline => Some(&d.headline),
                GainsDatum::Related(i) => d.related.get(i),
            };
            let (Some(info), Some(fig)) = (Self::info(g, lang), figure) else { continue };
            spoken.push([&info.label, p.colon, info.value.as_deref().unwrap_or_default()].concat());
            let [source, url] = source_cells(info.sources.first());
            rows.push(vec![
                info.label,
                info.value.unwrap_or_default(),
                num(fig.value),
                tr(lang, fig.unit).to_owned(),
                tr(lang, fig.qualifier).to_owned(),
                source,
                url,
            ]);
        }
        let summary =
            [&frame.title, p.stop, &spoken.join(p.semicolon), p.stop, &frame.notes.join(space), space, &frame.footer]
                .concat();
        Description {
            title: frame.title,
            summary,
            columns: columns(lang, &["Figure", "As published", "Value", "Unit", "Qualifier", "Source", "Source URL"]),
            rows,
            notes: frame.notes,
            sources: sources.into_vec(),
        }
    }
}
