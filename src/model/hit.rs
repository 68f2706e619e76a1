//! The data behind each mark, computed from the layout (never from pixels): the area that answers
//! the pointer, and what a tooltip, a keyboard focus or a screen reader announcement says about a
//! point. Each chart says which points it has and what each means (`charts/<chart>/mod.rs`). Pure.

use super::cite::{cite, Citation};
use super::geom::Rect;
use crate::data::Gives;
use crate::i18n::{punct, tr, unmark, Lang};

/// One data point of a chart: the area that answers to the pointer, in CSS px, and which datum
/// of the dataset it shows (`D` is the chart's own datum type).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point<D> {
    /// The area that answers the pointer, and that the focus ring surrounds, CSS px.
    pub area: Rect,
    /// Which datum of the dataset the point shows.
    pub datum: D,
}

/// What a reader is told about a datum, in their language (`hitTest()` and `point()` return it to
/// JavaScript with camelCase keys, `null` for a missing value).
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DatumInfo {
    /// What the datum is (the area, the figure with its scope, the event), as the chart labels it.
    pub label: String,
    /// The value as printed ("69.7%", "nearly US$1 trillion").
    pub value: Option<String>,
    /// The exact value and its unit, for data tables and exports.
    pub number: Option<f64>,
    pub(crate) unit: Option<String>,
    pub(crate) date: Option<String>,
    /// "day" or "month", translated.
    pub precision: Option<String>,
    pub(crate) status: Option<String>,
    pub(crate) place: Option<String>,
    pub(crate) note: Option<String>,
    /// The first source's title and URL (the one Enter opens); `sources` cites each in full.
    pub source_title: String,
    pub(crate) source_url: String,
    /// Every source of the datum, cited: publisher, date, title, "read via", and with two
    /// sources what each gives.
    pub sources: Vec<Citation>,
}

impl DatumInfo {
    /// What screen readers announce: "China: 69.7%. 2023. Source: Stanford …, Apr 2025; read via
    /// …." (in the language's punctuation), every source cited in full.
    pub fn announcement(&self, lang: Lang) -> String {
        let p = punct(lang);
        let mut parts = vec![match &self.value {
            Some(v) => [&self.label, p.colon, v].concat(),
            None => self.label.clone(),
        }];
        parts.extend([&self.date, &self.place, &self.status].into_iter().flatten().cloned());
        let mut sentence = parts.join(p.stop);
        sentence.push_str(p.stop);
        if !self.sources.is_empty() {
            let label = if self.sources.len() > 1 { "Sources" } else { "Source" };
            sentence.push_str(&[&unmark(tr(lang, label)), p.colon].concat());
            let space = if lang == Lang::ZhHans { "" } else { " " };
            sentence.push_str(&self.sources.iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join(space));
        }
        sentence.trim_end().to_owned()
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

/// `info` with its sources cited in `lang` from the dataset's source records: each (source id,
/// what it gives), what it gives said only where there are two or more.
pub fn cited(mut info: DatumInfo, lang: Lang, sources: &[(&str, &[Gives])]) -> DatumInfo {
    let several = sources.len() > 1;
    info.sources =
        sources.iter().filter_map(|&(id, gives)| cite(lang, id, if several { gives } else { &[] })).collect();
    if let Some(first) = info.sources.first() {
        info.source_title = first.title.clone();
        info.source_url = first.url.clone();
    }
    info
}
