//! The picture every snippet carries inside `<apac-ai-chart>`: the chart's own static SVG, drawn
//! natively by the same code as the canvas, shown from the first paint and replaced by the live
//! chart in the same box. Art-directed: a `<source>` per layout width, chosen by the viewport's
//! width so that the layout is never wider than a typical column at that width (the picture is
//! scaled up to its column, never down much, so its text is no smaller than the live chart's),
//! each with its `width` and `height`, so the box is reserved before anything loads. With the
//! theme `auto`, a dark `<source>` before each light one follows `prefers-color-scheme`.
//!
//! The markup is written here for the pages and docs render-static writes, and as data for the
//! JavaScript (`chart-meta.js`'s `PICTURES` and `pictureHtml`, written by [`pictures_js`] below),
//! which writes the same markup for the embed code the element copies and the pages the build
//! fills; `tests/e2e/static-first.test.mjs` holds the README's snippet to the generated one.

use super::static_name;
use crate::charts::ChartId;
use crate::i18n::{Lang, Locale};
use crate::model::text::ApproxMetrics;
use crate::options::Theme;

/// The layout widths a picture offers, CSS px, each with the widest viewport that chooses it
/// (`None`: every wider one). A column is assumed at most 40 px narrower than its viewport, so a
/// layout is chosen only where its column is at least as wide as it.
pub const PICTURE_LAYOUTS: [(u32, Option<u32>); 5] =
    [(240, Some(319)), (280, Some(399)), (360, Some(519)), (480, Some(719)), (640, None)];

/// How a picture follows the theme: `auto` carries a dark source for `prefers-color-scheme: dark`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PictureTheme {
    /// Light, with dark where the reader prefers it (the element's default).
    Auto,
    /// Always this theme.
    Fixed(Theme),
}

/// One layout of a chart's picture: its width and height, CSS px (the static SVG's size).
pub fn layouts(chart: ChartId, lang: Lang) -> Vec<(u32, u32, Option<u32>)> {
    let loc = Locale::new(chart.lang_for(lang));
    PICTURE_LAYOUTS
        .iter()
        .map(|&(w, max)| (w, chart.preferred_height(&ApproxMetrics, f64::from(w), loc) as u32, max))
        .collect()
}

/// `<picture>…</picture>` for `chart` in `lang`, its files under `base` (`""` for a page beside the
/// deploy, `/charts/` for a site), with `alt` (escaped here); one tag a line, the inner ones
/// indented two spaces deeper than `indent`, the picture's own lines at `indent` (its first
/// line is not indented: it goes where the caller puts it).
pub fn picture_html(chart: ChartId, lang: Lang, theme: PictureTheme, base: &str, alt: &str, indent: &str) -> String {
    let file = |theme: Theme, width: u32| [base, &static_name(chart, theme, width, chart.lang_for(lang))].concat();
    let (light, dark) = match theme {
        PictureTheme::Auto => (Theme::Light, Some(Theme::Dark)),
        PictureTheme::Fixed(t) => (t, None),
    };
    let mut tags = Vec::new();
    let all = layouts(chart, lang);
    for &(w, h, max) in &all {
        let media = |dark: bool| match (max, dark) {
            (Some(max), true) => format!("(max-width: {max}px) and (prefers-color-scheme: dark)"),
            (Some(max), false) => format!("(max-width: {max}px)"),
            (None, true) => "(prefers-color-scheme: dark)".to_owned(),
            (None, false) => String::new(),
        };
        if let Some(dark) = dark {
            tags.push(format!(
                "<source media=\"{}\" srcset=\"{}\" width=\"{w}\" height=\"{h}\">",
                media(true),
                file(dark, w)
            ));
        }
        if max.is_some() {
            tags.push(format!(
                "<source media=\"{}\" srcset=\"{}\" width=\"{w}\" height=\"{h}\">",
                media(false),
                file(light, w)
            ));
        } else {
            let alt = super::attr_escape(alt);
            tags.push(format!("<img src=\"{}\" width=\"{w}\" height=\"{h}\" alt=\"{alt}\">", file(light, w)));
        }
    }
    let inner = format!("\n{indent}  ");
    ["<picture>", &inner, &tags.join(&inner), "\n", indent, "</picture>"].concat()
}

/// The one-line embed for `chart`: the script, the stylesheet that sizes the picture before the
/// script runs, and the element with its picture. `base`: where the deploy is served (`/charts/`).
pub fn embed_snippet(chart: ChartId, lang: Lang, base: &str) -> String {
    let alt = crate::i18n::unmark(&chart.describe(lang).summary).into_owned();
    let lang_attr = if lang == Lang::En { String::new() } else { format!(" lang=\"{}\"", lang.tag()) };
    format!(
        "<script type=\"module\" src=\"{base}embed.min.js\"></script>\n\
         <link rel=\"stylesheet\" href=\"{base}embed.css\">\n\
         <apac-ai-chart chart=\"{}\"{lang_attr}>\n  {}\n</apac-ai-chart>",
        chart.as_str(),
        picture_html(chart, lang, PictureTheme::Auto, base, &alt, "  ")
    )
}

/// `chart-meta.js`'s picture data and functions: `PICTURES` (each chart's layouts per language:
/// `[width, height, widest viewport or null]`) and `pictureHtml` / `embedSnippet`, which write what
/// [`picture_html`] and [`embed_snippet`] write.
pub fn pictures_js() -> String {
    let mut js = String::from("// Each chart's picture layouts per language: [width, height, widest viewport that picks it, or null].\nexport const PICTURES = {\n");
    for &chart in ChartId::ALL {
        let per_lang: Vec<String> = super::LANGS
            .iter()
            .map(|&lang| {
                let rows: Vec<String> = layouts(chart, lang)
                    .iter()
                    .map(|(w, h, max)| format!("[{w}, {h}, {}]", max.map_or("null".into(), |m| m.to_string())))
                    .collect();
                format!("'{}': [{}]", lang.tag(), rows.join(", "))
            })
            .collect();
        js.push_str(&format!("  '{}': {{ {} }},\n", chart.as_str(), per_lang.join(", ")));
    }
    js.push_str("};\n");
    js.push_str(
        "const attr = (text) => String(text).replaceAll('&', '&amp;').replaceAll('\"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');\n\
         /** The <picture> of `chart` (Rust's static_site::picture_html): `theme` 'auto' (a dark source\n\
          *  before each light one), 'light' or 'dark'; files under `base`; its tags one a line. */\n\
         export function pictureHtml(chart, { lang = 'en', theme = 'auto', base = '', alt = '', indent = '' } = {}) {\n  \
           const shown = CHARTS[chart].langs.includes(lang) ? lang : 'en';\n  \
           const light = theme === 'dark' ? 'dark' : 'light';\n  \
           const dark = theme === 'auto' ? 'dark' : null;\n  \
           const file = (t, w) => `${base}${staticPicture(chart, t, w, shown)}`;\n  \
           const tags = [];\n  \
           for (const [w, h, max] of PICTURES[chart][lang] ?? PICTURES[chart].en) {\n    \
             const media = (isDark) => [max === null ? '' : `(max-width: ${max}px)`, isDark ? '(prefers-color-scheme: dark)' : ''].filter(Boolean).join(' and ');\n    \
             if (dark) tags.push(`<source media=\"${media(true)}\" srcset=\"${file(dark, w)}\" width=\"${w}\" height=\"${h}\">`);\n    \
             if (max !== null) tags.push(`<source media=\"${media(false)}\" srcset=\"${file(light, w)}\" width=\"${w}\" height=\"${h}\">`);\n    \
             else tags.push(`<img src=\"${file(light, w)}\" width=\"${w}\" height=\"${h}\" alt=\"${attr(alt)}\">`);\n  \
           }\n  \
           const inner = `\\n${indent}  `;\n  \
           return `<picture>${inner}${tags.join(inner)}\\n${indent}</picture>`;\n\
         }\n\
         /** The one-line embed for `chart` from the deploy at `base` (Rust's static_site::embed_snippet). */\n\
         export function embedSnippet(chart, base, { lang = 'en', alt = '' } = {}) {\n  \
           const langAttr = lang === 'en' ? '' : ` lang=\"${lang}\"`;\n  \
           return `<script type=\"module\" src=\"${base}embed.min.js\"></script>\\n<link rel=\"stylesheet\" href=\"${base}embed.css\">\\n`\n    \
             + `<apac-ai-chart chart=\"${chart}\"${langAttr}>\\n  ${pictureHtml(chart, { lang, base, alt, indent: '  ' })}\\n</apac-ai-chart>`;\n\
         }\n",
    );
    js
}
