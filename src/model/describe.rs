//! Text alternatives generated from the same dataset the charts draw: the one-paragraph summary
//! (`aria-label`, `alt`), the data table that follows the canvas for screen readers (and is the CSV
//! behind "Get the data"), and the caveats and sources printed under each chart. Each chart
//! builds its own (`charts/<chart>/mod.rs`); this is the shape and the shared helpers. Pure.

use super::cite::{cite, Citation};
use crate::i18n::{tr, Lang};

/// Everything a reader who cannot see the canvas gets, in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Description {
    pub(crate) title: String,
    pub(crate) summary: String,
    pub(crate) columns: Vec<String>,
    /// One row per datum, in the chart's reading order; numbers as exact plain decimals; each
    /// source as its citation and its URL.
    pub rows: Vec<Vec<String>>,
    pub(crate) notes: Vec<String>,
    /// Every source the chart uses, cited, each once.
    pub sources: Vec<Citation>,
}

impl Description {
    /// The description as readers get it: without the line-break marks `tr` strings carry for
    /// drawing (citations are built without them).
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

/// A source as two table cells, its citation and its URL; two empty cells for none.
pub fn source_cells(c: Option<&Citation>) -> [String; 2] {
    c.map_or_else(Default::default, |c| [c.text.clone(), c.url.clone()])
}

/// Column headings in `lang`.
pub fn columns(lang: Lang, names: &[&str]) -> Vec<String> {
    names.iter().map(|n| tr(lang, n).to_owned()).collect()
}

/// The sources of a description, cited in one language, each listed once.
#[derive(Debug)]
pub struct Sources {
    lang: Lang,
    list: Vec<Citation>,
}

impl Sources {
    pub(crate) fn new(lang: Lang) -> Self {
        Self { lang, list: Vec::new() }
    }

    /// Adds the source with this id, unless its URL is listed already.
    pub fn add(&mut self, id: &str) {
        if let Some(c) = cite(self.lang, id, &[]).filter(|c| !self.list.iter().any(|o| o.url == c.url)) {
            self.list.push(c);
        }
    }

    /// The list, in the order added.
    pub fn into_vec(self) -> Vec<Citation> {
        self.list
    }
}
