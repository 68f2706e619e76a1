//! The browser boundary: the only module that names `wasm_bindgen`, `web_sys`, `js_sys`,
//! `plotters_backend`, `plotters_canvas` and `serde_wasm_bindgen`. This file holds the exports, each
//! a thin call through [`export`]: read the JS arguments (`args.rs`), call the pure core, return
//! structured values through [`to_js`] (serde-wasm-bindgen), and turn a [`ChartError`] into a JS
//! `Error` whose message names the function, argument and value and whose `code` is stable.
//! Nothing here panics: a panic would poison the wasm instance and kill every chart on the page.
//!
//! - `args.rs`: reading and checking JS values, through calls that catch;
//! - `measure.rs`: text widths from the canvas, and their cache;
//! - `backend.rs`: the canvas drawing backend (plotters-canvas, wrapped for device pixels and text);
//! - `handle.rs`: `Chart`, the handle `render()` returns.

mod args;
mod backend;
mod handle;
mod measure;

use wasm_bindgen::prelude::*;

pub use handle::Chart;

use crate::charts::ChartId;
use crate::error::ChartError;
use crate::model::text::ApproxMetrics;

/// The TypeScript types the exports' signatures name (`ChartOptions`, `Datum`, `Dataset`…),
/// written into the generated `apac_ai_charts.d.ts` (`api.d.ts`).
#[wasm_bindgen(typescript_custom_section)]
const API_TYPES: &str = include_str!("api.d.ts");

/// `export type ChartId = 'a' | 'b' …;`: the union of the registry's ids, built at compile time,
/// so the declarations list exactly the charts this build has.
#[wasm_bindgen(typescript_custom_section)]
const CHART_ID_TYPE: &str = chart_id_type::TEXT;

/// The `ChartId` declaration, written by a `const fn` from [`ChartId::IDS`]: an index out of
/// bounds here fails the build, never the wasm. (wasm-bindgen's macro reads `TEXT` into a custom
/// section that rustc's dead-code pass does not see, hence the `allow`.)
#[allow(clippy::indexing_slicing, dead_code)]
mod chart_id_type {
    use crate::charts::ChartId;

    const HEAD: &str = "/** A chart id; `charts()` lists them with their titles. Any other string throws \
                        `UNKNOWN_CHART`. */\nexport type ChartId = ";
    const LEN: usize = length(ChartId::IDS);
    const BYTES: [u8; LEN] = bytes(ChartId::IDS);
    /// The declaration's text.
    pub const TEXT: &str = match core::str::from_utf8(&BYTES) {
        Ok(text) => text,
        Err(_) => "",
    };

    /// `HEAD`, then `'id'` for each id joined by ` | ` (or `never` for none), then `;` and a newline.
    const fn length(ids: &[&str]) -> usize {
        let mut len = HEAD.len() + 2;
        if ids.is_empty() {
            len += "never".len();
        }
        let mut i = 0;
        while i < ids.len() {
            len += ids[i].len() + 2 + if i > 0 { 3 } else { 0 };
            i += 1;
        }
        len
    }

    const fn bytes<const N: usize>(ids: &[&str]) -> [u8; N] {
        let mut out = [0u8; N];
        let mut at = 0;
        at = put(&mut out, at, HEAD.as_bytes());
        if ids.is_empty() {
            at = put(&mut out, at, b"never");
        }
        let mut i = 0;
        while i < ids.len() {
            if i > 0 {
                at = put(&mut out, at, b" | ");
            }
            at = put(&mut out, at, b"'");
            at = put(&mut out, at, ids[i].as_bytes());
            at = put(&mut out, at, b"'");
            i += 1;
        }
        put(&mut out, at, b";\n");
        out
    }

    const fn put<const N: usize>(out: &mut [u8; N], at: usize, bytes: &[u8]) -> usize {
        let mut i = 0;
        while i < bytes.len() {
            out[at + i] = bytes[i];
            i += 1;
        }
        at + bytes.len()
    }
}

/// Runs an export's body: a [`ChartError`] becomes a JS `Error` whose message starts with the
/// function's name and whose `code` property is the error's stable code (`www/chart-meta.js`
/// exports the list as `ERROR_CODES`).
fn export<T>(function: &str, body: impl FnOnce() -> Result<T, ChartError>) -> Result<T, JsValue> {
    body().map_err(|e| {
        let error = js_sys::Error::new(&[function, ": ", &e.message()].concat());
        let _ = js_sys::Reflect::set(&error, &"code".into(), &e.code().into());
        error.into()
    })
}

/// Every structured value the API returns goes through this one serializer, serde-wasm-bindgen's
/// JSON-compatible one: structs and maps become plain objects (never `Map`s) and a missing value
/// `null` (never `undefined`), as `api.d.ts` promises.
pub(crate) fn to_js<T: serde::Serialize + ?Sized>(value: &T) -> Result<JsValue, ChartError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| ChartError::Drawing(args::describe(&e.into())))
}

/// One chart as `charts()` lists it.
#[derive(serde::Serialize)]
struct ChartInfo {
    id: &'static str,
    title: &'static str,
}

/// `charts()`: `[{ id, title }]` for every chart.
#[wasm_bindgen(unchecked_return_type = "ChartInfo[]")]
pub fn charts() -> Result<JsValue, JsValue> {
    export("charts()", || {
        let list: Vec<ChartInfo> =
            ChartId::ALL.iter().map(|c| ChartInfo { id: c.as_str(), title: c.title() }).collect();
        to_js(&list)
    })
}

/// `dataset()`: the bundled dataset as a plain object (camelCase keys), with every source.
/// A fresh object each call, so callers may change it freely.
#[wasm_bindgen(unchecked_return_type = "Dataset")]
pub fn dataset() -> Result<JsValue, JsValue> {
    export("dataset()", || to_js(&crate::data::DATASET))
}

/// `addTranslations(lang, chartStrings)`: gives the charts a language's strings, the
/// `[english, translation]` pairs that `www/i18n/<lang>.js` exports as `chartStrings`, so the
/// wasm carries English only. Needed once per page before drawing in that language; returns
/// false when the language was already loaded (the first strings stand).
#[wasm_bindgen(js_name = addTranslations)]
pub fn add_translations(
    #[wasm_bindgen(unchecked_param_type = "LangTag")] lang: JsValue,
    #[wasm_bindgen(js_name = chartStrings, unchecked_param_type = "ReadonlyArray<readonly [string, string]>")]
    pairs: JsValue,
) -> Result<bool, JsValue> {
    export("addTranslations()", || {
        let (lang, pairs) = args::translation_pairs(&lang, &pairs)?;
        Ok(crate::i18n::register(lang, pairs))
    })
}

/// `preferredHeight(chart, cssWidth, options?)`: the CSS height at which `chart` reads best at
/// that width (in `options.lang`). Pages set the canvas height with it (the timeline needs more
/// height on phones).
#[wasm_bindgen(js_name = preferredHeight)]
pub fn preferred_height(
    #[wasm_bindgen(unchecked_param_type = "ChartId")] chart: JsValue,
    #[wasm_bindgen(js_name = cssWidth, unchecked_param_type = "number")] css_width: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ChartOptions | null")] options: JsValue,
) -> Result<f64, JsValue> {
    export("preferredHeight()", || {
        let chart = args::chart_id(&chart)?;
        let width = args::css_length(&css_width, "cssWidth")?;
        let options = args::options(&options)?;
        let loc = options.locale();
        let context = measure::MEASURE_CONTEXT.with(|m| m.borrow().clone());
        Ok(match context {
            Some(ctx) => chart.preferred_height(&measure::CanvasMeasure::new(ctx, options.font)?, width, loc),
            None => chart.preferred_height(&ApproxMetrics, width, loc),
        })
    })
}

/// `render(canvas, chart, options?)`: draws `chart` on `canvas` at once and returns its handle.
#[wasm_bindgen]
pub fn render(
    #[wasm_bindgen(unchecked_param_type = "HTMLCanvasElement")] canvas: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ChartId")] chart: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ChartOptions | null")] options: JsValue,
) -> Result<Chart, JsValue> {
    export("render()", || {
        let handle = Chart::new(args::canvas(&canvas)?, args::chart_id(&chart)?, args::options(&options)?);
        handle.draw_now()?;
        Ok(handle)
    })
}

/// `forceTrap()`: traps this wasm instance (an `unreachable` instruction), as a bug or a host
/// exception unwinding through the wasm could. Only in builds with the `test-trap` feature, for the
/// tests of the element's recovery.
#[cfg(feature = "test-trap")]
#[wasm_bindgen(js_name = forceTrap)]
pub fn force_trap() {
    core::arch::wasm32::unreachable()
}
