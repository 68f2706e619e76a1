//! The crate's one error type. Pure: no `JsValue` here; `web/` turns these into JS `Error`s.
//! Every message names the bad argument or field and the value that was given. Imports nothing
//! above it: the charts' ids come in the error, from the registry that raised it.

use std::fmt;

use crate::numfmt::{num, quoted};

/// Everything that can go wrong between a caller's input and pixels.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartError {
    /// A chart id that is not one of the registry's.
    UnknownChart {
        /// The id given.
        given: String,
        /// The ids there are.
        valid: &'static [&'static str],
    },
    /// A function argument of the wrong type or out of range.
    BadArgument {
        /// The argument's name, as the JS API documents it.
        arg: &'static str,
        /// What it must be.
        expected: &'static str,
        /// What was given, described safely.
        got: String,
    },
    /// An options key the widget does not know (typos must not be silently ignored).
    UnknownOption {
        /// The key given.
        name: String,
        /// The keys there are.
        valid: &'static [&'static str],
    },
    /// An options key with a value of the wrong type or out of range.
    BadOption {
        /// The key.
        name: &'static str,
        /// What is wrong with its value, naming the value.
        detail: String,
    },
    /// The canvas is smaller than the chart can be drawn legibly in.
    CanvasTooSmall {
        /// The chart's id.
        chart: &'static str,
        /// The canvas's CSS width.
        width: f64,
        /// The canvas's CSS height.
        height: f64,
        /// The narrowest width drawn, CSS px.
        min_width: f64,
        /// The height needed at the narrowest width, CSS px.
        min_height: f64,
    },
    /// The backing store would exceed what browsers can allocate.
    CanvasTooLarge {
        /// The backing store's width, device px.
        width: f64,
        /// The backing store's height, device px.
        height: f64,
        /// The largest side drawn, device px.
        max_side: f64,
    },
    /// Drawing in a language whose strings were not given with `addTranslations`.
    LangNotLoaded {
        /// The language's tag.
        lang: &'static str,
    },
    /// The drawing backend failed (for example a lost 2D context).
    Drawing(String),
}

/// Every [`ChartError::code`], in one list: `www/chart-meta.js` exports it as `ERROR_CODES`, so
/// the JavaScript side compares codes and never reads a message. The last two are raised by the
/// JavaScript around the wasm (`www/src/instance.js`), and no `ChartError` has them:
/// `INSTANCE_LOST` when the instance has trapped (or before `init()`), `CHART_FREED` for a call on
/// a chart handle after its `free()`.
pub const ERROR_CODES: [&str; 10] = [
    "UNKNOWN_CHART",
    "BAD_ARGUMENT",
    "UNKNOWN_OPTION",
    "BAD_OPTION",
    "CANVAS_TOO_SMALL",
    "CANVAS_TOO_LARGE",
    "LANG_NOT_LOADED",
    "DRAWING_FAILED",
    "INSTANCE_LOST",
    "CHART_FREED",
];

impl ChartError {
    /// The stable code a JS `Error` carries as `error.code` (one of [`ERROR_CODES`]).
    pub fn code(&self) -> &'static str {
        match self {
            Self::UnknownChart { .. } => "UNKNOWN_CHART",
            Self::BadArgument { .. } => "BAD_ARGUMENT",
            Self::UnknownOption { .. } => "UNKNOWN_OPTION",
            Self::BadOption { .. } => "BAD_OPTION",
            Self::CanvasTooSmall { .. } => "CANVAS_TOO_SMALL",
            Self::CanvasTooLarge { .. } => "CANVAS_TOO_LARGE",
            Self::LangNotLoaded { .. } => "LANG_NOT_LOADED",
            Self::Drawing(_) => "DRAWING_FAILED",
        }
    }
}

impl ChartError {
    /// The message a JS `Error` carries, naming the bad argument or field and the value given.
    /// Built by concatenation, without `core::fmt`, which the wasm then does not need for errors.
    pub fn message(&self) -> String {
        match self {
            Self::UnknownChart { given, valid } => {
                ["unknown chart id ", &quoted(given), "; valid ids are ", &valid.join(", ")].concat()
            }
            Self::BadArgument { arg, expected, got } => {
                ["argument `", arg, "` must be ", expected, ", got ", got].concat()
            }
            Self::UnknownOption { name, valid } => {
                ["unknown option ", &quoted(name), "; valid options are ", &valid.join(", ")].concat()
            }
            Self::BadOption { name, detail } => ["option `", name, "`: ", detail].concat(),
            Self::CanvasTooSmall { chart, width, height, min_width, min_height } => [
                "canvas is ",
                &num(*width),
                "×",
                &num(*height),
                " CSS px; the ",
                chart,
                " chart needs at least ",
                &num(*min_width),
                "×",
                &num(*min_height),
                " CSS px at this width (is the canvas hidden, or its height not set?)",
            ]
            .concat(),
            Self::CanvasTooLarge { width, height, max_side } => [
                "canvas backing store would be ",
                &num(*width),
                "×",
                &num(*height),
                " px; the largest side drawn is ",
                &num(*max_side),
                " px (lower the CSS size or `pixelRatio`)",
            ]
            .concat(),
            Self::LangNotLoaded { lang } => [
                "option `lang`: the ",
                lang,
                " strings are not loaded: first call addTranslations('",
                lang,
                "', chartStrings) with the chartStrings that i18n/",
                lang,
                ".js exports (<apac-ai-chart> does this itself)",
            ]
            .concat(),
            Self::Drawing(detail) => ["drawing failed: ", detail].concat(),
        }
    }
}

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for ChartError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_listed_once() {
        let errors = [
            ChartError::UnknownChart { given: "pie".into(), valid: &["bars"] },
            ChartError::BadArgument { arg: "x", expected: "a number", got: "null".into() },
            ChartError::UnknownOption { name: "colour".into(), valid: &["theme"] },
            ChartError::BadOption { name: "theme", detail: "bad".into() },
            ChartError::CanvasTooSmall { chart: "bars", width: 1.0, height: 1.0, min_width: 240.0, min_height: 400.0 },
            ChartError::CanvasTooLarge { width: 9000.0, height: 1.0, max_side: 8192.0 },
            ChartError::LangNotLoaded { lang: "ur" },
            ChartError::Drawing("lost".into()),
        ];
        let codes: Vec<&str> = errors.iter().map(ChartError::code).collect();
        assert_eq!(codes, ERROR_CODES[..8], "one error per variant, in the order of ERROR_CODES");
        assert_eq!(ERROR_CODES[8..], ["INSTANCE_LOST", "CHART_FREED"], "raised by the JavaScript, listed last");
    }

    #[test]
    fn messages_name_the_field_and_the_value() {
        let cases = [
            (
                ChartError::UnknownChart { given: "p\"ie".into(), valid: &["bars", "dots"] },
                "unknown chart id \"p\\\"ie\"; valid ids are bars, dots",
            ),
            (
                ChartError::BadArgument { arg: "x", expected: "a number", got: "null".into() },
                "argument `x` must be a number, got null",
            ),
            (
                ChartError::UnknownOption { name: "colour".into(), valid: &["theme", "dir"] },
                "unknown option \"colour\"; valid options are theme, dir",
            ),
            (ChartError::BadOption { name: "theme", detail: "bad".into() }, "option `theme`: bad"),
            (
                ChartError::CanvasTooSmall {
                    chart: "bars",
                    width: 10.5,
                    height: 1.0,
                    min_width: 240.0,
                    min_height: 400.0,
                },
                "canvas is 10.5×1 CSS px; the bars chart needs at least 240×400 CSS px at this width \
                 (is the canvas hidden, or its height not set?)",
            ),
            (
                ChartError::CanvasTooLarge { width: 9000.0, height: 1.0, max_side: 8192.0 },
                "canvas backing store would be 9000×1 px; the largest side drawn is 8192 px (lower the CSS size or \
                 `pixelRatio`)",
            ),
            (
                ChartError::LangNotLoaded { lang: "ur" },
                "option `lang`: the ur strings are not loaded: first call addTranslations('ur', chartStrings) with \
                 the chartStrings that i18n/ur.js exports (<apac-ai-chart> does this itself)",
            ),
            (ChartError::Drawing("lost".into()), "drawing failed: lost"),
        ];
        for (error, message) in cases {
            assert_eq!(error.to_string(), message);
        }
    }
}
