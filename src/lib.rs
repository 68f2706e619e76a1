//! apac-ai-charts: news charts on the Asia-Pacific and AI (each listed once, by the registry in
//! `charts/mod.rs`; [`ChartId::ALL`]), compiled to WebAssembly and drawn onto a `<canvas>` by
//! plotters, with their sourced dataset bundled in.
//!
//! Data flows one way: [`data`] → `options` ([`ChartOptions`]) → [`model`] (pure layout, CSS px)
//! → [`render`](mod@render) (plotters, generic over `DrawingBackend`) → canvas (`web/`, wasm
//! only: plotters-canvas under our backend wrapper) or SVG (native tests and static pictures).

#![warn(missing_docs)]

mod charts;
mod color;
mod error;
mod hash;
mod numfmt;
mod options;
#[cfg(target_arch = "wasm32")]
mod web;

// The layers below are public for this crate's own tests, benchmarks and `render-static`, and
// documented like the rest; the API that semver covers is the JavaScript one (CHANGELOG.md).
pub mod data;
pub mod i18n;
pub mod model;
pub mod render;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_site;

pub use charts::{ChartId, Fit, Fitted, MIN_BOX};
pub use error::{ChartError, ERROR_CODES};
pub use i18n::{Lang, Locale};
pub use options::{ChartOptions, Theme};
#[cfg(target_arch = "wasm32")]
pub use web::{add_translations, charts, dataset, preferred_height, render, Chart};

/// The bundled dataset as JSON (camelCase keys), serialised from [`data::DATASET`] by `build.rs`:
/// natively only, for the tests that hold `api.d.ts` and the dataset to each other (the wasm's
/// `dataset()` serialises the same static with serde-wasm-bindgen).
#[cfg(not(target_arch = "wasm32"))]
pub const DATASET_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/dataset.json"));

/// Renders `chart` to an SVG document natively, at `width` × its preferred height (CSS px),
/// with fixed text metrics so the output does not depend on installed fonts.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_svg(chart: ChartId, theme: Theme, width: u32) -> Result<String, ChartError> {
    render_svg_in(chart, theme, width, i18n::Locale::default())
}

/// [`render_svg`] in a given language and direction.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_svg_in(chart: ChartId, theme: Theme, width: u32, loc: i18n::Locale) -> Result<String, ChartError> {
    use model::text::ApproxMetrics;
    let height = chart.preferred_height(&ApproxMetrics, f64::from(width), loc);
    let spec = chart.layout(&ApproxMetrics, (f64::from(width), height), loc)?;
    let mut svg = String::new();
    {
        let backend = plotters::backend::SVGBackend::with_string(&mut svg, (width, height as u32));
        spec.draw(backend, &render::theme::Palette::of(theme), render::Resolution::svg(), None)?;
    }
    Ok(right_to_left_texts(&svg))
}

/// Renders `chart` to an SVG document natively in a `width` × `height` CSS px box, fitted as the
/// canvas would fit it ([`ChartId::fit`]), and how it was fitted.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_svg_box(
    chart: ChartId,
    theme: Theme,
    (width, height): (u32, u32),
    loc: Locale,
) -> Result<(String, charts::Fitted), ChartError> {
    use model::text::ApproxMetrics;
    let fitted = chart.fit(&ApproxMetrics, (f64::from(width), f64::from(height)), loc)?;
    let mut svg = String::new();
    {
        let backend = plotters::backend::SVGBackend::with_string(&mut svg, (width, height));
        let res = render::Resolution::svg().fitted(fitted.scale, fitted.offset);
        fitted.spec.draw(backend, &render::theme::Palette::of(theme), res, None)?;
    }
    Ok((right_to_left_texts(&svg), fitted))
}

/// plotters-svg writes every `<text>` left to right; give Urdu (Arabic-script) texts
/// `direction="rtl"` so they are ordered right to left, swapping `start`/`end` anchors so they
/// keep their place (as the canvas adapter does with `ctx.direction`).
#[cfg(not(target_arch = "wasm32"))]
fn right_to_left_texts(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(start) = rest.find("<text ") {
        let (before, from) = rest.split_at(start);
        out.push_str(before);
        let Some(end) = from.find("</text>") else { break };
        let (element, after) = from.split_at(end);
        if i18n::is_rtl_text(element) {
            let swapped = element
                .replacen("text-anchor=\"start\"", "text-anchor=\"§\"", 1)
                .replacen("text-anchor=\"end\"", "text-anchor=\"start\"", 1)
                .replacen("text-anchor=\"§\"", "text-anchor=\"end\"", 1)
                .replacen("<text ", "<text direction=\"rtl\" ", 1);
            out.push_str(&swapped);
        } else {
            out.push_str(element);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}
