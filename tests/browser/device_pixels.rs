//! Device pixels at the ratios phones and screens use (1, 1.75, 2, 3): the backing store is the
//! CSS size × the ratio, and every bar covers exactly the device pixels its layout rectangle rounds
//! to, with no column at its edges blended with the background (as a context transform would leave
//! at 1.75). The bars' rectangles come from the chart's own scene, laid out with this browser's
//! fonts as the canvas lays it out.

use apac_ai_charts::i18n::Locale;
use apac_ai_charts::model::geom::Rect;
use apac_ai_charts::model::scene::Shape;
use apac_ai_charts::model::text::Ink;
use apac_ai_charts::{render, ChartId};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::CanvasRenderingContext2d;

use super::support::*;

const RATIOS: [f64; 4] = [1.0, 1.75, 2.0, 3.0];
/// The light theme's other bars and remainder group (`render/theme.rs`).
const NEUTRAL: [u8; 3] = [120, 134, 153];
const REMAINDER: [u8; 3] = [190, 198, 208];

/// The columns `[start, end)` of the run of colour `c` in row `y` that contains column `x`.
fn run_at(px: &Pixels, y: usize, x: usize, c: [u8; 3]) -> (usize, usize) {
    let start = (0..=x).rev().take_while(|&i| px.is(i, y, c)).last().unwrap_or(x);
    let end = (x..px.width).take_while(|&i| px.is(i, y, c)).last().map_or(x, |i| i + 1);
    (start, end)
}

#[wasm_bindgen_test]
fn bars_cover_exactly_their_device_pixels_at_every_ratio() {
    let (css_w, css_h) = (640, 420);
    let ctx: CanvasRenderingContext2d = canvas(10, 10).get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let scene =
        ChartId::PatentShare.layout(&BrowserFonts::new(ctx), (css_w.into(), css_h.into()), Locale::default()).unwrap();
    let bars: Vec<(Rect, [u8; 3])> = scene
        .marks
        .iter()
        .filter(|m| m.datum.is_some())
        .filter_map(|m| match (&m.shape, m.ink) {
            (Shape::Rect(r), Ink::Accent) => Some((*r, ACCENT)),
            (Shape::Rect(r), Ink::Neutral) => Some((*r, NEUTRAL)),
            (Shape::Rect(r), Ink::Remainder) => Some((*r, REMAINDER)),
            _ => None,
        })
        .collect();
    assert_eq!(bars.len(), scene.points.len(), "one bar per datum");

    for ratio in RATIOS {
        let c = canvas(css_w, css_h);
        let opts = js_sys::JSON::parse(&format!(r#"{{"pixelRatio": {ratio}}}"#)).unwrap();
        let chart = render(c.clone().into(), "patent-share".into(), opts).unwrap();
        assert_eq!(chart.fit(), "natural", "drawn at scale 1, as laid out here");
        let expected = ((f64::from(css_w) * ratio).round() as u32, (f64::from(css_h) * ratio).round() as u32);
        assert_eq!((c.width(), c.height()), expected, "backing store at ratio {ratio}");

        let px = Pixels::of(&c);
        for (bar, colour) in &bars {
            // The painter rounds each edge to a whole device pixel, and draws at least one.
            let x0 = (bar.x * ratio).round() as usize;
            let x1 = ((bar.right() * ratio).round() as usize).max(x0 + 1);
            let (y0, y1) = ((bar.y * ratio).round() as usize, (bar.bottom() * ratio).round() as usize);
            for y in [y0, (y0 + y1) / 2, y1 - 1] {
                assert_eq!(
                    run_at(&px, y, x0, *colour),
                    (x0, x1),
                    "ratio {ratio}: the bar {bar:?} on device row {y} is not columns {x0}..{x1}"
                );
                // No blended column on either side: the pixel just outside is the background or
                // a gridline, exactly, never a mix with the bar.
                for x in [x0 - 1, x1] {
                    assert!(
                        px.is(x, y, LIGHT_BG) || px.is(x, y, GRID),
                        "ratio {ratio}: column {x} beside {bar:?} at row {y} is {:?}, a blend",
                        px.at(x, y)
                    );
                }
            }
            // Nor a blended row above or below.
            for y in [y0 - 1, y1] {
                assert!(
                    (x0..x1).all(|x| px.is(x, y, LIGHT_BG) || px.is(x, y, GRID)),
                    "ratio {ratio}: row {y} beside {bar:?} is not the background"
                );
            }
        }
    }
}
