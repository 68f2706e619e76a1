//! `projected-gains`: UNDP's projection of what AI could bring ASEAN economies, as its headline
//! figure with the release's two other figures beside it in their own units (no yearly or
//! per-country series exists, so none is drawn). Layout in `layout.rs`, drawing in `draw.rs`;
//! here its texts and mirroring, its points, what each point says and its description.

mod draw;
mod layout;

use plotters::prelude::DrawingBackend;

pub use layout::{GainsDatum, ProjectedGainsSpec};

use super::{Chart, Tip};
use crate::data::DATASET;
use crate::error::ChartError;
use crate::i18n::{punct, tr, Lang};
use crate::model::describe::{columns, source_cells, Description, Sources};
use crate::model::frame::Frame;
use crate::model::geom::Mirror;
use crate::model::hit::{cited, DatumInfo, Point};
use crate::model::text::{TextBox, TextMeasure};
use crate::numfmt::num;
use crate::render::paint::Painter;

/// The `projected-gains` chart.
pub struct ProjectedGains;

impl Chart for ProjectedGains {
    type Spec = ProjectedGainsSpec;
    type Datum = GainsDatum;

    const ID: &'static str = "projected-gains";
    const TITLE: &'static str = "Projected economic gains";
    const TIP: Tip = Tip::Column;
    const LANGS: &'static [Lang] = &[Lang::En, Lang::ZhHans, Lang::Ur];

    fn preferred_height(m: &dyn TextMeasure, width: f64, lang: Lang) -> f64 {
        layout::preferred_height(m, &DATASET.projected_gains, width, lang)
    }

    fn layout(m: &dyn TextMeasure, size: (f64, f64), lang: Lang) -> Result<ProjectedGainsSpec, ChartError> {
        layout::layout(m, &DATASET.projected_gains, size, lang)
    }

    fn frame(spec: &ProjectedGainsSpec) -> &Frame {
        &spec.frame
    }

    fn texts_mut(s: &mut ProjectedGainsSpec) -> Vec<&mut TextBox> {
        s.frame.texts.iter_mut().chain(s.blocks.iter_mut().flat_map(|b| &mut b.texts)).collect()
    }

    fn mirror_marks(s: &mut ProjectedGainsSpec, width: f64) {
        s.frame.mirror_marks(width);
        for block in &mut s.blocks {
            block.area.mirror(width);
            block.strip.mirror(width);
        }
    }

    fn points(s: &ProjectedGainsSpec) -> Vec<Point<GainsDatum>> {
        s.blocks.iter().map(|b| Point { area: b.area, datum: b.datum }).collect()
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

    fn draw<DB: DrawingBackend>(p: &Painter<DB>, spec: &ProjectedGainsSpec) -> Result<(), ChartError> {
        draw::draw_projected_gains(p, spec)
    }
}
