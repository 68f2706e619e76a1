//! Citations: for each source of a datum, who published it, when (or "undated"), under what title
//! (as published, in its own language, or our description of it, marked as ours), where a copy
//! was read, and, for a datum with two sources, what each gives. In the reader's language, built
//! from the dataset's source records for tooltips, announcements, the data table and CSV, and the
//! caption under each chart. Pure.

use serde::Serialize;

use crate::data::{self, Gives};
use crate::i18n::{date, fill, punct, tr, unmark, Lang};

/// One source of a datum, as a reader is told it.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Citation {
    /// What this source gives the datum ("Event and date"), where the datum cites two; else `None`.
    pub gives: Option<String>,
    publisher: String,
    /// The document's title as published (in the document's language), or, when `title_is_ours`,
    /// our own description of it (in the reader's language).
    pub title: String,
    /// True when `title` is our description of the document, not its title: it is shown in
    /// square brackets, and the caption says what they mean.
    pub title_is_ours: bool,
    /// The date it was published, as readers of the language write it, or "undated".
    pub published: String,
    /// "read via …", where the text was read in a copy.
    pub read_via: Option<String>,
    pub(crate) url: String,
    /// The whole citation as one sentence, with `title` in it once, in quotes or brackets:
    /// `Event and date: UNDP, [press release: …], 2 Dec 2025; read via Mirage News's verbatim copy.`
    pub text: String,
}

/// `title` as the reader's language sets a title: a published one in quotation marks (《》 in
/// Chinese), ours in square brackets.
fn shown_title(lang: Lang, title: &str, ours: bool) -> String {
    let (open, close) = match (lang, ours) {
        (Lang::ZhHans, true) => ("［", "］"),
        (Lang::ZhHans, false) => ("《", "》"),
        (_, true) => ("[", "]"),
        (_, false) => ("\"", "\""),
    };
    [open, title, close].concat()
}

/// "Event, date and place" in `lang`.
fn gives_label(lang: Lang, gives: &[Gives]) -> Option<String> {
    let p = punct(lang);
    let words: Vec<String> = gives.iter().map(|g| unmark(tr(lang, g.word())).into_owned()).collect();
    let (last, rest) = words.split_last()?;
    let mut label = if rest.is_empty() { last.clone() } else { [&rest.join(p.list), p.and, last].concat() };
    // "Event and date": a capital where the language has them (ASCII only: no `char` encoding).
    if let Some(first) = label.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    Some(label)
}

/// The citation of source `source_id` in `lang`, saying what it `gives` (nothing for a datum's
/// only source); `None` for an unknown id.
pub fn cite(lang: Lang, source_id: &str, gives: &[Gives]) -> Option<Citation> {
    let s = data::source(source_id)?;
    let p = punct(lang);
    let text_in = |en: &str| unmark(tr(lang, en)).into_owned();
    let (title, ours) = match s.title.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
        Some(description) => (text_in(description), true),
        None => (s.title.to_owned(), false),
    };
    let published = s.published.map_or_else(|| text_in("undated"), |iso| date(lang, iso, None, false));
    let read_via = s.read_via.map(|via| unmark(&fill(tr(lang, "read via {via}"), "{via}", &text_in(via))).into_owned());
    let gives = gives_label(lang, gives);
    let publisher = text_in(s.publisher);
    let mut text = gives.as_ref().map(|g| [g, p.colon].concat()).unwrap_or_default();
    text.push_str(&[&publisher, p.comma, &shown_title(lang, &title, ours), p.comma, &published].concat());
    if let Some(via) = &read_via {
        text.push_str(&[p.semicolon, via].concat());
    }
    text.push_str(p.stop.trim_end());
    Some(Citation { gives, publisher, title, title_is_ours: ours, published, read_via, url: s.url.to_owned(), text })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_citation_names_publisher_title_date_and_copy() {
        let c = cite(Lang::En, "undp-release", &[]).unwrap();
        assert_eq!(
            c.text,
            "UNDP, [Press release: AI may widen global development gaps], 2 Dec 2025; read via Mirage News's verbatim copy."
        );
        assert!(c.title_is_ours && c.url.contains("miragenews"));
        let c = cite(Lang::En, "ai-index-2025", &[]).unwrap();
        assert!(!c.title_is_ours);
        assert!(
            c.text.contains("\"Artificial Intelligence Index Report 2025\", Apr 2025; read via a text copy"),
            "{}",
            c.text
        );
        let undated = cite(Lang::En, "msit-ai-basic-act", &[Gives::Event, Gives::Place]).unwrap();
        assert_eq!(undated.published, "undated");
        assert!(undated.text.starts_with("Event and place: Ministry of Science and ICT"), "{}", undated.text);
        assert_eq!(
            gives_label(Lang::En, &[Gives::Event, Gives::Date, Gives::Place]).as_deref(),
            Some("Event, date and place")
        );
        assert_eq!(cite(Lang::En, "no-such-source", &[]), None);
    }
}
