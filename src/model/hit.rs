//! Hit-testing and the data behind each mark, computed from the layout (never from pixels): what
//! a tooltip, a keyboard focus or a screen reader announcement says about a point. Pure.

use super::gains::GainsDatum;
use super::geom::Rect;
use super::share::percent_label;
use super::timeline::event_date;
use super::ChartSpec;
use crate::data::{self, Precision, DATASET};
use crate::i18n::{punct, unmark, Lang};

/// A string in `lang` as readers get it (without line-break marks).
fn tr(lang: Lang, en: &str) -> String {
    unmark(crate::i18n::tr(lang, en)).into_owned()
}

/// One data point of a chart: the area that answers to the pointer, in CSS px.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub area: Rect,
    pub datum: Datum,
}

/// Which datum of the dataset a point shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Datum {
    /// Index into `patent_share.slices`.
    Slice(usize),
    Gains(GainsDatum),
    /// Index into `timeline`.
    Event(usize),
}

/// The points of a chart in reading (and keyboard) order.
pub fn points(spec: &ChartSpec) -> Vec<Point> {
    match spec {
        ChartSpec::PatentShare(s) => s
            .bars
            .iter()
            .map(|b| {
                // The row from label to value, as tall as the bar (or the text, if taller): the
                // gaps between rows answer to nothing.
                let left = b.label.bounds().x.min(b.rect.x).min(b.value.bounds().x);
                let right = b.label.bounds().right().max(b.rect.right()).max(b.value.bounds().right());
                let h = b.rect.h.max(b.label.font.line_height());
                let area = Rect::new(left, b.rect.y + b.rect.h / 2.0 - h / 2.0, right - left, h);
                Point { area, datum: Datum::Slice(b.slice) }
            })
            .collect(),
        ChartSpec::ProjectedGains(s) => s.blocks.iter().map(|b| Point { area: b.area, datum: Datum::Gains(b.datum) }).collect(),
        ChartSpec::InitiativeTimeline(s) => s.rows.iter().map(|r| Point { area: r.area, datum: Datum::Event(r.event) }).collect(),
    }
}

/// Index (into [`points`]) of the point under (x, y) CSS px, if any.
pub fn hit_test(spec: &ChartSpec, x: f64, y: f64) -> Option<usize> {
    if !(x.is_finite() && y.is_finite()) {
        return None;
    }
    points(spec).iter().position(|p| p.area.contains((x, y)))
}

/// What a reader is told about a datum, in their language.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DatumInfo {
    pub label: String,
    /// The value as printed ("69.7%", "nearly US$1 trillion").
    pub value: Option<String>,
    /// The exact value and its unit, for data tables and exports.
    pub number: Option<f64>,
    pub unit: Option<String>,
    pub date: Option<String>,
    /// "day" or "month", translated.
    pub precision: Option<String>,
    pub status: Option<String>,
    pub place: Option<String>,
    pub note: Option<String>,
    pub source_title: String,
    pub source_url: String,
}

impl DatumInfo {
    /// One sentence for screen readers: "China: 69.7%. Source: …" (in the language's punctuation).
    pub fn announcement(&self, lang: Lang) -> String {
        let p = punct(lang);
        let mut parts = vec![match &self.value {
            Some(v) => format!("{}{}{v}", self.label, p.colon),
            None => self.label.clone(),
        }];
        parts.extend([&self.date, &self.place, &self.status].into_iter().flatten().cloned());
        parts.push(format!("{}{}{}", tr(lang, "Source"), p.colon, self.source_title));
        let mut sentence = parts.join(p.stop);
        sentence.push_str(p.stop.trim_end());
        sentence
    }
}

fn with_source(mut info: DatumInfo, source_id: &str) -> DatumInfo {
    if let Some(s) = data::source(source_id) {
        info.source_title = s.title.trim_matches(['[', ']']).to_owned();
        info.source_url = s.url.to_owned();
    }
    info
}

/// The reader-facing facts about `datum`.
pub fn info(datum: Datum, lang: Lang) -> Option<DatumInfo> {
    Some(match datum {
        Datum::Slice(i) => {
            let d = &DATASET.patent_share;
            let s = d.slices.get(i)?;
            with_source(
                DatumInfo {
                    label: tr(lang, s.label),
                    value: Some(percent_label(s.percent)),
                    number: Some(s.percent),
                    unit: Some("%".into()),
                    date: Some(if lang == Lang::ZhHans { format!("{}年", d.year) } else { d.year.to_string() }),
                    note: Some(tr(lang, "Share of AI patents granted in 2023")),
                    ..Default::default()
                },
                d.source_id,
            )
        }
        Datum::Gains(g) => {
            let d = &DATASET.projected_gains;
            let p = match g {
                GainsDatum::Headline => &d.headline,
                GainsDatum::Related(i) => d.related.get(i)?,
            };
            let label = match p.period {
                Some(period) => format!("{}, {}, {period}", p.label, p.scope),
                None => format!("{}, {}", p.label, p.scope),
            };
            with_source(
                DatumInfo {
                    label: tr(lang, &label),
                    value: Some(tr(lang, p.display)),
                    number: Some(p.value),
                    unit: Some(p.unit.to_owned()),
                    // The source's own words; not translated (a translated quote is no quote).
                    note: (lang == Lang::En).then(|| p.quote.to_owned()),
                    ..Default::default()
                },
                d.source_id,
            )
        }
        Datum::Event(i) => {
            let e = DATASET.timeline.get(i)?;
            with_source(
                DatumInfo {
                    label: tr(lang, e.label),
                    date: Some(event_date(e, lang)),
                    precision: Some(tr(lang, if e.precision == Precision::Day { "day" } else { "month" })),
                    status: Some(tr(lang, e.status.label())),
                    place: Some(tr(lang, e.place)),
                    note: e.note.map(|n| tr(lang, n)),
                    ..Default::default()
                },
                e.source_id,
            )
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;
    use crate::model::{layout, preferred_height, text::ApproxMetrics};
    use crate::options::ChartId;

    fn spec(chart: ChartId, width: f64, loc: Locale) -> ChartSpec {
        let h = preferred_height(chart, &ApproxMetrics, width, loc);
        layout(chart, &ApproxMetrics, (width, h), loc).unwrap()
    }

    #[test]
    fn the_centre_of_every_mark_hits_its_datum_and_gaps_hit_nothing() {
        for loc in [Locale::default(), Locale { lang: Lang::En, rtl: true }, Locale::new(Lang::ZhHans)] {
            for chart in ChartId::ALL {
                for width in [320.0, 640.0, 1280.0] {
                    let s = spec(chart, width, loc);
                    let pts = points(&s);
                    assert!(pts.len() >= 3, "{chart:?}");
                    for (i, p) in pts.iter().enumerate() {
                        let (cx, cy) = (p.area.x + p.area.w / 2.0, p.area.y + p.area.h / 2.0);
                        assert_eq!(hit_test(&s, cx, cy), Some(i), "{chart:?} {width} point {i}");
                        // Just above the first and below every mark: nothing.
                        assert_eq!(hit_test(&s, cx, p.area.bottom() + 1.5), None, "{chart:?} {width} below {i}");
                        assert_eq!(hit_test(&s, cx, p.area.y - 1.5), None, "{chart:?} {width} above {i}");
                    }
                    assert_eq!(hit_test(&s, 1.0, 1.0), None, "the title is not a datum");
                    assert_eq!(hit_test(&s, f64::NAN, 10.0), None);
                }
            }
        }
    }

    #[test]
    fn marks_point_at_the_right_data() {
        let s = spec(ChartId::PatentShare, 640.0, Locale::default());
        let china = points(&s)[0];
        let info = info(china.datum, Lang::En).unwrap();
        assert_eq!((info.label.as_str(), info.value.as_deref(), info.number), ("China", Some("69.7%"), Some(69.70)));
        assert!(info.source_url.starts_with("https://hai-production"));
        let zh = info_of(&s, 0, Lang::ZhHans);
        assert_eq!(zh.label, "中国");

        let t = spec(ChartId::InitiativeTimeline, 640.0, Locale::default());
        let last = info_of(&t, points(&t).len() - 1, Lang::En);
        assert_eq!(last.date.as_deref(), Some("2 Aug 2027"));
        assert_eq!(last.status.as_deref(), Some("statutory date, changes proposed"));
        assert!(last.announcement(Lang::En).contains("Source: EU AI Act timeline"), "{}", last.announcement(Lang::En));
        let zh = super::info(points(&s)[0].datum, Lang::ZhHans).unwrap().announcement(Lang::ZhHans);
        assert_eq!(zh, "中国：69.7%。2023年。来源：Artificial Intelligence Index Report 2025。");

        let g = spec(ChartId::ProjectedGains, 640.0, Locale::default());
        let head = info_of(&g, 0, Lang::En);
        assert_eq!(head.value.as_deref(), Some("nearly US$1 trillion"));
        assert_eq!(head.label, "Additional GDP, ASEAN economies, over the next decade");
    }

    fn info_of(s: &ChartSpec, i: usize, lang: Lang) -> DatumInfo {
        info(points(s)[i].datum, lang).unwrap()
    }
}
