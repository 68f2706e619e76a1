//! Property test of every option path natively: arbitrary JSON values for every option key (and
//! unknown keys), arbitrary sizes and chart ids → options → layout → SVG. No input may panic or
//! hang; every rejection is a `ChartError` whose message names what was wrong.
//!
//! Short run (the test command): 3,000 cases. Long run (CONTRIBUTING.md, "Long runs"):
//! `PROPTEST_CASES=1000000 cargo test --release --test fuzz_options`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg(not(target_arch = "wasm32"))]

use apac_ai_charts::model::{self, text::ApproxMetrics};
use apac_ai_charts::render::{theme::Palette, Resolution};
use apac_ai_charts::{ChartError, ChartId, ChartOptions};
use proptest::prelude::*;
use serde_json::Value;

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        any::<i64>().prop_map(|i| Value::Number(i.into())),
        prop_oneof![
            Just("light".to_owned()),
            Just("dark".to_owned()),
            Just("zh-Hans".to_owned()),
            Just("ur".to_owned()),
            Just("rtl".to_owned()),
            Just("ltr".to_owned()),
            Just("#1a56a0".to_owned()),
            Just("rgb(1, 2, 3)".to_owned()),
            Just("rgba(10,20,30,0.5)".to_owned()),
            Just("#fff".to_owned()),
            ".*",
            "\\PC{0,40}",
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("accent".to_owned()),
                    Just("background".to_owned()),
                    Just("grid".to_owned()),
                    "[a-z]{1,8}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn option_key() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("theme".to_owned()),
        Just("pixelRatio".to_owned()),
        Just("colors".to_owned()),
        Just("lang".to_owned()),
        Just("dir".to_owned()),
        Just("font".to_owned()),
        "[a-zA-Z]{0,12}",
    ]
}

fn size() -> impl Strategy<Value = f64> {
    prop_oneof![
        200.0..1400.0f64,
        0.0..300.0f64,
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(-1.0),
        Just(0.0),
        Just(1e9),
        Just(240.0),
        Just(8192.0),
    ]
}

/// A registered chart id as often as each of them, or any short string.
fn chart_id() -> impl Strategy<Value = String> {
    let registered = ChartId::IDS.len() as u32;
    prop_oneof![registered => prop::sample::select(ChartId::IDS).prop_map(str::to_owned), 1 => ".{0,20}"]
}

proptest! {
    #![proptest_config(ProptestConfig {
        // PROPTEST_CASES overrides the short run's 3,000 (the long run uses 1,000,000).
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(3000),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_option_path_either_draws_or_names_the_problem(
        fields in prop::collection::vec((option_key(), json_value()), 0..5),
        chart in chart_id(),
        width in size(),
        height in size(),
    ) {
        let chart = match ChartId::parse(&chart) {
            Ok(c) => c,
            Err(e) => {
                prop_assert!(e.to_string().contains("valid ids are"), "{e}");
                return Ok(());
            }
        };
        let mut options = ChartOptions::default();
        for (key, value) in &fields {
            if let Err(e) = options.set(key, value.clone()) {
                let msg = e.to_string();
                let named = msg.contains(key.as_str()) || (key == "colors" && msg.contains("colors"));
                prop_assert!(named, "error for {key:?} does not name it: {msg}");
                return Ok(());
            }
        }
        let loc = options.locale();
        match chart.layout(&ApproxMetrics, (width, height), loc) {
            Err(ChartError::CanvasTooSmall { .. }) => {}
            Err(other) => prop_assert!(false, "unexpected error {other}"),
            Ok(spec) => {
                prop_assert!(width.is_finite() && height.is_finite() && width >= model::MIN_WIDTH);
                // Draw what could be drawn (capped so a 1e9 px canvas does not allocate gigabytes of SVG).
                if width <= 2000.0 && height <= 4000.0 {
                    let mut svg = String::new();
                    {
                        let backend = plotters::backend::SVGBackend::with_string(&mut svg, (width as u32, height as u32));
                        let palette = Palette::with_overrides(options.theme, &options.colors);
                        let focus = spec.points.first().map(|p| p.area);
                        spec.draw(backend, &palette, Resolution::svg(), focus).unwrap();
                    }
                    prop_assert!(svg.starts_with("<svg"));
                    // Hit-testing at any point answers without panicking.
                    let _ = spec.hit_test(width / 2.0, height / 2.0);
                }
            }
        }
    }
}
