//! Device pixels at the ratios phones and screens use (1, 1.75, 2, 3): the backing store is the
//! CSS size × the ratio, every bar is a crisp rectangle of whole device pixels (no column at its
//! edges blended with the background, as a context transform would leave at 1.75), and each bar's
//! length in device pixels is its share of the axis.

use apac_ai_charts::render;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

use super::support::*;

const RATIOS: [f64; 4] = [1.0, 1.75, 2.0, 3.0];
/// The light theme's other bars and remainder group (`render/theme.rs`).
const NEUTRAL: [u8; 3] = [120, 134, 153];
const REMAINDER: [u8; 3] = [190, 198, 208];

/// One bar found on the canvas: its rows and its columns `[start, end)`, device px, the same on
/// every row.
#[derive(Debug)]
struct Bar {
    rows: std::ops::Range<usize>,
    start: usize,
    end: usize,
}

/// The bars of colour `c`, top to bottom: runs of rows whose longest run of `c` is at least
/// `min_len` columns and starts at the same column (a label in the bar's colour beside it has no
/// such run).
fn bars(px: &Pixels, c: [u8; 3], min_len: usize) -> Vec<Bar> {
    let mut found: Vec<Bar> = Vec::new();
    for y in 0..px.height {
        let (start, len) = px.longest_run(y, c);
        if len < min_len {
            continue;
        }
        match found.last_mut() {
            Some(bar) if bar.rows.end == y && bar.start == start && bar.end == start + len => bar.rows.end = y + 1,
            _ => found.push(Bar { rows: y..y + 1, start, end: start + len }),
        }
    }
    found.retain(|b| b.rows.len() >= 3);
    found
}

#[wasm_bindgen_test]
fn bars_are_whole_device_pixels_at_every_ratio() {
    // The dataset's shares, in the chart's order: China (highlighted), the other offices, then
    // the remainder group.
    let share = |label: &str| -> f64 {
        let data = apac_ai_charts::dataset().unwrap();
        let get = |v: &JsValue, k: &str| js_sys::Reflect::get(v, &k.into()).unwrap();
        let slices = js_sys::Array::from(&get(&get(&data, "patentShare"), "slices"));
        let slice = slices.iter().find(|s| get(s, "label").as_string().as_deref() == Some(label)).unwrap();
        get(&slice, "percent").as_f64().unwrap()
    };
    for ratio in RATIOS {
        let (css_w, css_h) = (640, 420);
        let c = canvas(css_w, css_h);
        let opts = js_sys::JSON::parse(&format!(r#"{{"pixelRatio": {ratio}}}"#)).unwrap();
        render(c.clone().into(), "patent-share".into(), opts).unwrap();
        let expected = ((f64::from(css_w) * ratio).round() as u32, (f64::from(css_h) * ratio).round() as u32);
        assert_eq!((c.width(), c.height()), expected, "backing store at ratio {ratio}");

        let px = Pixels::of(&c);
        let min_len = ratio.ceil() as usize;
        let china = bars(&px, ACCENT, px.width / 4);
        let others = bars(&px, NEUTRAL, min_len);
        let rest = bars(&px, REMAINDER, min_len);
        assert_eq!((china.len(), others.len(), rest.len()), (1, 3, 1), "ratio {ratio}: {china:?} {others:?} {rest:?}");
        let all: Vec<(&Bar, [u8; 3])> = china
            .iter()
            .map(|b| (b, ACCENT))
            .chain(others.iter().map(|b| (b, NEUTRAL)))
            .chain(rest.iter().map(|b| (b, REMAINDER)))
            .collect();

        for (bar, colour) in &all {
            // Every bar starts at the axis.
            assert_eq!(bar.start, china[0].start, "ratio {ratio}: {bar:?} does not start at the axis");
            for y in bar.rows.clone() {
                // No blended column on either side: the pixel just outside is the background or a
                // gridline, exactly, never a mix with the bar.
                for x in [bar.start - 1, bar.end] {
                    assert!(
                        px.is(x, y, LIGHT_BG) || px.is(x, y, GRID),
                        "ratio {ratio}: column {x} beside a bar at row {y} is {:?}, a blend",
                        px.at(x, y)
                    );
                }
            }
            // The rows just above and below hold none of the bar's colour in its columns.
            for y in [bar.rows.start - 1, bar.rows.end] {
                assert!(
                    (bar.start..bar.end).all(|x| !px.is(x, y, *colour)),
                    "ratio {ratio}: a blended row at {y} beside {bar:?}"
                );
            }
        }

        // Lengths: each bar is its share of China's, to the device pixel (each end is rounded
        // once, so two bars' lengths may differ from exact proportion by one pixel).
        let china_len = (china[0].end - china[0].start) as f64;
        let china_share = share("China");
        for (bar, label) in
            others.iter().zip(["United States", "Europe", "India"]).chain(rest.iter().zip(["Rest of world"]))
        {
            let len = (bar.end - bar.start) as f64;
            let want = (china_len * share(label) / china_share).max(1.0);
            assert!((len - want).abs() <= 1.0, "ratio {ratio}: {label} is {len} device px, want {want:.2}");
        }
        // And China's is its share of the axis, from the bars' start to the middle of the 100 %
        // gridline (the right-most grid column on its row).
        let y = china[0].rows.start + china[0].rows.len() / 2;
        let right = (0..px.width).rev().find(|&x| px.is(x, y, GRID)).expect("100% gridline");
        let left = (0..=right).rev().take_while(|&x| px.is(x, y, GRID)).last().unwrap_or(right);
        let axis = (left + right + 1) as f64 / 2.0 - china[0].start as f64;
        let want = axis * china_share / 100.0;
        assert!(
            (china_len - want).abs() <= 1.5,
            "ratio {ratio}: China is {china_len} device px of {axis}, want {want:.2}"
        );
    }
}
