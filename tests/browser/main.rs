//! Browser tier: the exported API drawing into real canvases in headless Chromium and Firefox
//! (`wasm-pack test --headless --chrome -- --test browser`, and `--firefox`). Assertions read pixels
//! back from the canvas, and errors are checked as the JS `Error` objects pages receive. One
//! module per subject; `support` holds what they share.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod api_values;
mod device_pixels;
mod drawing;
mod errors;
mod fitting;
mod hostile;
mod support;
mod text;
