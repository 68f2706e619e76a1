//! `initiative-timeline`: AI initiatives and deadlines, 2025–2027, each event in its own row joined
//! to its date on a proportional axis. Laid out in `layout.rs` and painted, in order, as a scene by
//! `marks.rs`; here what each event says and the chart's description.

mod layout;
mod marks;

pub use layout::event_date;

use super::{Chart, Tip};
use crate::data::{Precision, TimelineEvent, DATASET};
use crate::i18n::{fill, punct, sentences, tr, Lang};
use crate::model::describe::{columns, source_cells, Description, Sources};
use crate::model::hit::{cited, DatumInfo};
use crate::model::scene::{LayoutError, Scene};
use crate::model::text::TextMeasure;

/// The `initiative-timeline` chart.
pub struct InitiativeTimeline;

fn precision_word(p: Precision) -> &'static str {
    match p {
        Precision::Day => "day",
        Precision::Month => "month",
        Precision::Year => "year",
    }
}

impl Chart for InitiativeTimeline {
    /// Index into the dataset's `timeline`.
    type Datum = usize;

    const ID: &'static str = "initiative-timeline";
    const TITLE: &'static str = "Initiative timeline";
    const TIP: Tip = Tip::Row;
    const LANGS: &'static [Lang] = &[Lang::En, Lang::ZhHans, Lang::Ur];

    fn preferred_height(m: &dyn TextMeasure, width: f64, lang: Lang) -> f64 {
        layout::preferred_height(m, DATASET.timeline, width, lang)
    }

    fn layout(m: &dyn TextMeasure, size: (f64, f64), lang: Lang) -> Result<Scene<usize>, LayoutError> {
        layout::layout(m, DATASET.timeline, size, lang)
    }

    fn info(i: usize, lang: Lang) -> Option<DatumInfo> {
        let e = DATASET.timeline.get(i)?;
        let info = DatumInfo {
            label: tr(lang, e.label).to_owned(),
            date: Some(event_date(e, lang)),
            precision: Some(tr(lang, precision_word(e.precision)).to_owned()),
            status: Some(tr(lang, e.status.label()).to_owned()),
            place: Some(tr(lang, e.place).to_owned()),
            note: e.note.map(|n| tr(lang, n).to_owned()),
            ..Default::default()
        };
        let second = e.note_source_id.map(|id| (id, e.note_source_gives));
        let sources: Vec<(&str, &[crate::data::Gives])> =
            std::iter::once((e.source_id, e.source_gives)).chain(second).collect();
        Some(cited(info, lang, &sources))
    }

    fn describe(lang: Lang) -> Description {
        let frame = layout::frame_text(lang);
        let mut sources = Sources::new(lang);
        let p = punct(lang);
        let mut rows = Vec::new();
        for (i, e) in DATASET.timeline.iter().enumerate() {
            sources.add(e.source_id);
            if let Some(id) = e.note_source_id {
                sources.add(id);
            }
            let Some(info) = Self::info(i, lang) else { continue };
            let [source, url] = source_cells(info.sources.first());
            let [second, second_url] = source_cells(info.sources.get(1));
            rows.push(vec![
                event_date(e, lang),
                // An ISO 8601 interval for a multi-day event: "2025-12-11/2025-12-12".
                e.end_date.map_or_else(|| e.date.to_owned(), |end| [e.date, "/", end].concat()),
                tr(lang, precision_word(e.precision)).to_owned(),
                info.label,
                info.place.unwrap_or_default(),
                info.status.unwrap_or_default(),
                info.note.unwrap_or_default(),
                source,
                url,
                second,
                second_url,
            ]);
        }
        // Twelve events are too many to read out on every focus: say how many and the span;
        // the table after the chart has them all.
        let (first, last) = (DATASET.timeline.first(), DATASET.timeline.last());
        let label = |e: Option<&TimelineEvent>| {
            e.map(|e| [&event_date(e, lang), p.open, tr(lang, e.short_label), p.close].concat()).unwrap_or_default()
        };
        let span = tr(lang, "{n} events, from {first} to {last}. The table after the chart lists them all.");
        let span = fill(span, "{n}", &crate::numfmt::int(DATASET.timeline.len() as i64));
        let span = fill(&fill(&span, "{first}", &label(first)), "{last}", &label(last));
        let summary = [&frame.title, p.stop, &sentences(lang, &span, &frame.footer)].concat();
        let cols = [
            "Date",
            "ISO date",
            "Precision",
            "Event",
            "Place",
            "Status",
            "Note",
            "Source",
            "Source URL",
            "Second source",
            "Second source URL",
        ];
        Description {
            title: frame.title,
            summary,
            columns: columns(lang, &cols),
            rows,
            notes: frame.notes,
            sources: sources.into_vec(),
        }
    }
}
