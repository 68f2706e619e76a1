//! Files generated natively from the registry, the dataset, and the same layout and drawing code
//! the browser runs; every list of charts outside the registry is one of these:
//! - `www/static/*.svg`: every chart × theme × width × language (no-JS fallback, social previews,
//!   the embed's error state, "Download SVG");
//! - `www/chart-meta.js` and its types `www/chart-meta.d.ts` (`meta.rs`): the chart ids, heights the
//!   embed reserves before the wasm loads, titles, `alt`s, error codes, language rules;
//! - `www/i18n/<lang>.js` (`lang_module.rs`): per language, each chart's summary, data table,
//!   caveats and sources, the embed's interface strings and the strings the wasm draws;
//! - `custom-elements.json`, `docs/charts.md` and `www/pages/languages.html` (`catalogue.rs`): the
//!   element's manifest, the table of charts the docs point to, and the page of every chart in
//!   every language.
//!
//! Paths are relative to the repository's root. Written by `cargo run --bin render-static`;
//! `tests/static_site.rs` checks they are current.

mod catalogue;
mod lang_module;
mod meta;
mod picture;

pub use catalogue::{charts_md, custom_elements_json, languages_page};
pub use lang_module::lang_module;
pub use meta::{chart_meta, chart_meta_dts};
pub use picture::{embed_snippet, picture_html, PictureTheme, PICTURE_LAYOUTS};

use crate::charts::ChartId;
use crate::i18n::{Lang, Locale};
use crate::options::Theme;
use crate::{render_svg_in, ChartError};

/// Widths of the static SVGs, CSS px.
pub const STATIC_WIDTHS: [u32; 6] = [240, 280, 360, 480, 640, 1280];
/// The heights table covers these widths, every `HEIGHT_STEP` px.
pub const HEIGHT_WIDTHS: (u32, u32) = (240, 1600);
/// Step between the widths of the heights table, CSS px.
pub const HEIGHT_STEP: usize = 40;
/// Languages with an interface file.
pub const LANGS: [Lang; 3] = [Lang::En, Lang::ZhHans, Lang::Ur];
/// The embed's interface strings (English keys, translated per language).
pub const UI_STRINGS: [&str; 20] = [
    "Get the data (CSV)",
    "Download PNG",
    "Download SVG",
    "Sources:",
    "Source:",
    "Loading chart…",
    "Data shown in the chart:",
    "Use the arrow keys to move between data points; Enter opens the source; Escape closes the details.",
    "Close",
    "Date precision:",
    "This chart needs a wider space; here is a picture of it.",
    "The chart could not be loaded; here is a picture of it.",
    "Source",
    "Copy embed code",
    "Embed code copied.",
    "Copy this code to embed the chart:",
    "Sources ({n})",
    "Sources and data",
    "The live chart could not be shown; this is its picture.",
    "Titles in [square brackets] are our descriptions of the documents, not their own titles.",
];

/// Path under `www/` of a static picture: English ones have no language suffix.
pub fn static_name(chart: ChartId, theme: Theme, width: u32, lang: Lang) -> String {
    let suffix = if lang == Lang::En { String::new() } else { format!(".{}", lang.tag()) };
    format!("static/{}-{}-{width}{suffix}.svg", chart.as_str(), theme.as_str())
}

/// Every generated file: its path from the repository's root and its contents.
pub fn files() -> Result<Vec<(String, String)>, ChartError> {
    let mut out = Vec::new();
    for lang in LANGS {
        for chart in ChartId::ALL.iter().copied().filter(|&c| c.lang_for(lang) == lang) {
            for theme in [Theme::Light, Theme::Dark] {
                for width in STATIC_WIDTHS {
                    out.push((
                        ["www/", &static_name(chart, theme, width, lang)].concat(),
                        render_svg_in(chart, theme, width, Locale::new(lang))?,
                    ));
                }
            }
        }
    }
    out.push(("www/chart-meta.js".into(), chart_meta()));
    out.push(("www/chart-meta.d.ts".into(), chart_meta_dts()));
    for lang in LANGS {
        out.push((format!("www/i18n/{}.js", lang.tag()), lang_module(lang)));
    }
    out.push(("custom-elements.json".into(), custom_elements_json()));
    out.push(("docs/charts.md".into(), charts_md()));
    out.push(("www/pages/languages.html".into(), languages_page()));
    Ok(out)
}

/// A JS string literal.
fn js_string(s: &str) -> String {
    // Rust's debug form of a string is a valid JS string literal.
    format!("{s:?}")
}

/// A JS array literal of `items`, each written by `each`.
fn js_array<T>(items: &[T], each: impl Fn(&T) -> String) -> String {
    format!("[{}]", items.iter().map(each).collect::<Vec<_>>().join(", "))
}

/// An HTML attribute value, escaped.
pub fn attr_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}
