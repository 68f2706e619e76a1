//! Text alternatives generated from the same dataset the charts draw: the one-paragraph summary
//! (`aria-label`, `alt`), the data table that follows the canvas for screen readers (and is the CSV
//! behind "Get the data"), and the caveats and sources printed under each chart. Each chart
//! builds its own (`charts/<chart>/mod.rs`); this is the shape and the shared helpers. Pure.

use crate::data;
use crate::i18n::{tr, Lang};

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

impl Description {
    /// The description as readers get it: without the line-break marks `tr` strings carry for
    /// drawing.
    pub fn unmarked(self) -> Self {
        let clean = |s: String| crate::i18n::unmark(&s).into_owned();
        Description {
            title: clean(self.title),
            summary: clean(self.summary),
            columns: self.columns.into_iter().map(clean).collect(),
            rows: self.rows.into_iter().map(|r| r.into_iter().map(clean).collect()).collect(),
            notes: self.notes.into_iter().map(clean).collect(),
            sources: self.sources,
        }
    }
}

/// A source's title (without brackets) and URL, as table cells; the id itself if unknown.
pub fn source_cells(id: &str) -> [String; 2] {
    data::source(id).map_or_else(
        || [id.to_owned(), String::new()],
        |s| [s.title.trim_matches(['[', ']']).to_owned(), s.url.to_owned()],
    )
}

/// Column headings in `lang`.
pub fn columns(lang: Lang, names: &[&str]) -> Vec<String> {
    names.iter().map(|n| tr(lang, n).to_owned()).collect()
}

/// The (title, URL) list of a description's sources, each listed once.
#[derive(Debug, Default)]
pub struct Sources(Vec<(String, String)>);

impl Sources {
    /// Adds the source with this id, unless its URL is listed already.
    pub fn add(&mut self, id: &str) {
        let [title, url] = source_cells(id);
        if !self.0.iter().any(|(_, u)| *u == url) {
            self.0.push((title, url));
        }
    }

    /// The list, in the order added.
    pub fn into_vec(self) -> Vec<(String, String)> {
        self.0
    }
}
