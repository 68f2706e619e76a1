//! Pure layout shared by every chart: text measuring and wrapping, geometry, the frame (title,
//! notes, footer), dates, the display list a layout returns (`scene`), and the types a chart's
//! points and description are given in. Each chart's own layout lives in its module
//! (`charts/<chart>`).
//! Must not import plotters, `render`, `charts`, `wasm_bindgen` or `web_sys`: the same specs are
//! drawn to a canvas in the browser and to SVG natively, and are hit-tested.

pub mod cite;
pub mod dates;
pub mod describe;
pub mod frame;
pub mod geom;
pub mod hit;
pub mod scene;
pub mod text;
pub mod width_cache;
pub mod wrap;

/// Narrowest box drawn, CSS px.
pub const MIN_WIDTH: f64 = 240.0;
/// Widest (and tallest) box a chart is laid out in, CSS px.
pub const MAX_CSS_SIDE: f64 = 8192.0;
/// Largest side of a canvas backing store drawn, device px (browsers fail to allocate more).
pub const MAX_BACKING_SIDE: f64 = 8192.0;
