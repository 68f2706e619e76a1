//! The data behind each mark, computed from the layout (never from pixels): the area that answers
//! the pointer, and what a tooltip, a keyboard focus or a screen reader announcement says about a
//! point. Each chart says which points it has and what each means (`charts/<chart>/mod.rs`). Pure.

use super::geom::Rect;
use crate::data;
use crate::i18n::{punct, tr, unmark, Lang};

/// One data point of a chart: the area that answers to the pointer, in CSS px, and which datum
/// of the dataset it shows (`D` is the chart's own datum type).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point<D> {
    pub area: Rect,
    pub datum: D,
}

/// What a reader is told about a datum, in their language (`hitTest()` and `point()` return it to
/// JavaScript with camelCase keys, `null` for a missing value).
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[serde(rename_all = "camelCase")]
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
            Some(v) => [&self.label, p.colon, v].concat(),
            None => self.label.clone(),
        }];
        parts.extend([&self.date, &self.place, &self.status].into_iter().flatten().cloned());
        parts.push([&unmark(tr(lang, "Source")), p.colon, &self.source_title].concat());
        let mut sentence = parts.join(p.stop);
        sentence.push_str(p.stop.trim_end());
        sentence
    }
}

impl DatumInfo {
    /// The info as readers get it: without the line-break marks `tr` strings carry for drawing.
    pub fn unmarked(self) -> Self {
        let clean = |s: String| unmark(&s).into_owned();
        let opt = |s: Option<String>| s.map(clean);
        DatumInfo {
            label: clean(self.label),
            value: opt(self.value),
            unit: opt(self.unit),
            date: opt(self.date),
            precision: opt(self.precision),
            status: opt(self.status),
            place: opt(self.place),
            note: opt(self.note),
            ..self
        }
    }
}

/// `info` with its source's title and URL filled in from the dataset's source record.
pub fn with_source(mut info: DatumInfo, source_id: &str) -> DatumInfo {
    if let Some(s) = data::source(source_id) {
        info.source_title = s.title.trim_matches(['[', ']']).to_owned();
        info.source_url = s.url.to_owned();
    }
    info
}
