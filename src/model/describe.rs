//! Text alternatives generated from the same dataset the charts draw: the one-paragraph summary
//! (`aria-label`, `alt`), the data table that follows the canvas for screen readers (and is the CSV
//! behind "Get the data"), and the caveats and sources printed under each chart. Pure.

use super::hit::{self, Datum};
use super::gains::GainsDatum;
use super::share::{drawing_order, percent_label};
use super::timeline::event_date;
use crate::data::{self, Precision, DATASET};
use crate::i18n::{as_of, punct, tr, unmark, Lang};
use crate::numfmt::num;
use crate::options::ChartId;

/// Everything a reader who cannot see the canvas gets, in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Description {
    pub title: String,
    pub summary: String,
    pub columns: Vec<String>,
    /// One row per datum, in the chart's reading order; numbers as exact plain decimals.
    pub rows: Vec<Vec<String>>,
    pub notes: Vec<String>,
    /// (title, URL) of every source the chart uses.
    pub sources: Vec<(String, String)>,
}

fn source_cells(id: &str) -> [String; 2] {
    data::source(id).map_or_else(|| [id.to_owned(), String::new()], |s| [s.title.trim_matches(['[', ']']).to_owned(), s.url.to_owned()])
}

fn columns(lang: Lang, names: &[&str]) -> Vec<String> {
    names.iter().map(|n| tr(lang, n).to_owned()).collect()
}

pub fn describe(chart: ChartId, lang: Lang) -> Description {
    let frame = match chart {
        ChartId::PatentShare => super::share::frame_text(&DATASET.patent_share, lang),
        ChartId::ProjectedGains => super::gains::frame_text(&DATASET.projected_gains, lang),
        ChartId::InitiativeTimeline => super::timeline::frame_text(lang),
    };
    let mut sources: Vec<(String, String)> = Vec::new();
    let mut add_source = |id: &str| {
        let [title, url] = source_cells(id);
        if !sources.iter().any(|(_, u)| *u == url) {
            sources.push((title, url));
        }
    };
    let p = punct(lang);
    let space = if lang == Lang::ZhHans { "" } else { " " };
    let (summary, columns, rows) = match chart {
        ChartId::PatentShare => {
            let d = &DATASET.patent_share;
            add_source(d.source_id);
            let order = drawing_order(d);
            let values: Vec<String> =
                order.iter().filter_map(|&i| d.slices.get(i)).map(|s| format!("{}{space}{}", tr(lang, s.label), percent_label(s.percent))).collect();
            let rows = order
                .iter()
                .filter_map(|&i| d.slices.get(i))
                .map(|s| {
                    let [title, url] = source_cells(d.source_id);
                    vec![tr(lang, s.label).to_owned(), num(s.percent), title, url]
                })
                .collect();
            let summary =
                format!("{}{}{}{}{}", tr(lang, "Share of AI patents granted in 2023"), p.colon, values.join(p.comma), p.stop, frame.footer);
            (summary, columns(lang, &["Area", "Share of AI patents granted in 2023 (%)", "Source", "Source URL"]), rows)
        }
        ChartId::ProjectedGains => {
            let d = &DATASET.projected_gains;
            add_source(d.source_id);
            add_source(d.report_source_id);
            let all = std::iter::once(GainsDatum::Headline).chain((0..d.related.len()).map(GainsDatum::Related));
            let mut rows = Vec::new();
            let mut spoken = Vec::new();
            for g in all {
                let (Some(info), Some(fig)) = (hit::info(Datum::Gains(g), lang), match g {
                    GainsDatum::Headline => Some(&d.headline),
                    GainsDatum::Related(i) => d.related.get(i),
                }) else {
                    continue;
                };
                spoken.push(format!("{}{}{}", info.label, p.colon, info.value.clone().unwrap_or_default()));
                let [title, url] = source_cells(d.source_id);
                rows.push(vec![
                    info.label,
                    info.value.unwrap_or_default(),
                    num(fig.value),
                    tr(lang, fig.unit).to_owned(),
                    tr(lang, fig.qualifier).to_owned(),
                    title,
                    url,
                ]);
            }
            let summary = format!("{}{}{}{}{}", frame.title, p.stop, spoken.join(p.semicolon), p.stop, frame.notes.join(space));
            (summary, columns(lang, &["Figure", "As published", "Value", "Unit", "Qualifier", "Source", "Source URL"]), rows)
        }
        ChartId::InitiativeTimeline => {
            let mut rows = Vec::new();
            for (i, e) in DATASET.timeline.iter().enumerate() {
                add_source(e.source_id);
                if let Some(id) = e.note_source_id {
                    add_source(id);
                }
                let Some(info) = hit::info(Datum::Event(i), lang) else { continue };
                let date = event_date(e, lang);
                let [title, url] = source_cells(e.source_id);
                let precision = tr(lang, if e.precision == Precision::Day { "day" } else { "month" }).to_owned();
                rows.push(vec![
                    date,
                    e.date.to_owned(),
                    precision,
                    info.label,
                    info.place.unwrap_or_default(),
                    info.status.unwrap_or_default(),
                    info.note.unwrap_or_default(),
                    title,
                    url,
                ]);
            }
            // Twelve events are too many to read out on every focus: say how many and the span;
            // the table after the chart has them all.
            let (first, last) = (DATASET.timeline.first(), DATASET.timeline.last());
            let label = |e: Option<&crate::data::TimelineEvent>| {
                e.map(|e| format!("{}{}{}{}", event_date(e, lang), p.open, tr(lang, e.short_label), p.close)).unwrap_or_default()
            };
            let span = tr(lang, "{n} events, from {first} to {last}. The table after the chart lists them all.")
                .replace("{n}", &DATASET.timeline.len().to_string())
                .replace("{first}", &label(first))
                .replace("{last}", &label(last));
            let summary = format!("{}{}{}", frame.title, p.stop, crate::i18n::sentences(lang, &span, &as_of(lang)));
            let cols = columns(lang, &["Date", "ISO date", "Precision", "Event", "Place", "Status", "Note", "Source", "Source URL"]);
            (summary, cols, rows)
        }
    };
    // Readers get the texts without the line-break marks the drawing uses.
    let clean = |s: String| unmark(&s).into_owned();
    Description {
        title: clean(frame.title),
        summary: clean(summary),
        columns: columns.into_iter().map(clean).collect(),
        rows: rows.into_iter().map(|r| r.into_iter().map(clean).collect()).collect(),
        notes: frame.notes.into_iter().map(clean).collect(),
        sources,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_and_tables_carry_every_value_with_its_source() {
        let p = describe(ChartId::PatentShare, Lang::En);
        assert!(p.summary.contains("China 69.7%, United States 14.2%, Europe 2.8%, India 0.4%, Rest of world 13.0%"), "{}", p.summary);
        assert_eq!(p.rows.len(), 5);
        assert_eq!(p.rows[0][..2], ["China".to_owned(), "69.7".to_owned()]);
        assert_eq!(p.rows[1][1], "14.16", "tables keep the exact published value");
        assert!(p.rows.iter().all(|r| r[3].starts_with("https://")));
        let g = describe(ChartId::ProjectedGains, Lang::En);
        assert!(g.summary.contains("nearly US$1 trillion") && g.summary.contains("ASEAN"), "{}", g.summary);
        assert_eq!(g.rows[0][2], "1000000000000");
        let t = describe(ChartId::InitiativeTimeline, Lang::En);
        assert_eq!(t.rows.len(), DATASET.timeline.len());
        for (row, e) in t.rows.iter().zip(DATASET.timeline) {
            assert_eq!((row[0].as_str(), row[1].as_str(), row[3].as_str()), (e.date_label, e.date, e.label));
        }
        assert!(t.sources.iter().any(|(_, url)| url.contains("onetrust")), "note sources are listed");
        let zh = describe(ChartId::PatentShare, Lang::ZhHans);
        assert_eq!(zh.rows[0][0], "中国");
        assert!(zh.summary.starts_with("2023年授权AI专利份额"), "{}", zh.summary);
    }
}
