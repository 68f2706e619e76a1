//! The crate's one error type. Pure: no `JsValue` here; `web.rs` turns these into JS `Error`s.
//! Every message names the bad argument or field and the value that was given.

use std::fmt;

use crate::numfmt::num;

/// Everything that can go wrong between a caller's input and pixels.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartError {
    /// A chart id that is not one of [`crate::options::ChartId::ALL`].
    UnknownChart { given: String },
    /// A function argument of the wrong type or out of range.
    BadArgument { arg: &'static str, expected: &'static str, got: String },
    /// An options key the widget does not know (typos must not be silently ignored).
    UnknownOption { name: String, valid: &'static [&'static str] },
    /// An options key with a value of the wrong type or out of range.
    BadOption { name: &'static str, detail: String },
    /// The canvas is smaller than the chart can be drawn legibly in.
    CanvasTooSmall { chart: &'static str, width: f64, height: f64, min_width: f64, min_height: f64 },
    /// The backing store would exceed what browsers can allocate.
    CanvasTooLarge { width: f64, height: f64, max_side: f64 },
    /// The drawing backend failed (for example a lost 2D context).
    Drawing(String),
}

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownChart { given } => write!(
                f,
                "unknown chart id {given:?}; valid ids are {}",
                crate::options::ChartId::ALL.map(|c| c.as_str()).join(", ")
            ),
            Self::BadArgument { arg, expected, got } => {
                write!(f, "argument `{arg}` must be {expected}, got {got}")
            }
            Self::UnknownOption { name, valid } => write!(
                f,
                "unknown option {name:?}; valid options are {}",
                valid.join(", ")
            ),
            Self::BadOption { name, detail } => write!(f, "option `{name}`: {detail}"),
            Self::CanvasTooSmall { chart, width, height, min_width, min_height } => write!(
                f,
                "canvas is {}×{} CSS px; the {chart} chart needs at least {}×{} CSS px at this width \
                 (is the canvas hidden, or its height not set?)",
                num(*width),
                num(*height),
                num(*min_width),
                num(*min_height)
            ),
            Self::CanvasTooLarge { width, height, max_side } => write!(
                f,
                "canvas backing store would be {}×{} px; the largest side drawn is {} px \
                 (lower the CSS size or `pixelRatio`)",
                num(*width),
                num(*height),
                num(*max_side)
            ),
            Self::Drawing(detail) => write!(f, "drawing failed: {detail}"),
        }
    }
}

impl std::error::Error for ChartError {}
