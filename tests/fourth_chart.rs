//! The registry proof, native: a fourth chart (`test-events-per-year`, behind the `test-chart`
//! feature, never shipped) added by following CONTRIBUTING.md's "How to add a chart" (one file,
//! one registry line) is listed, parsed, laid out, hit-tested, described and drawn to SVG through
//! the registry alone, and goes through every generated list of charts: its pictures, the chart
//! ids of `chart-meta.js` and its types, the element's manifest, the docs' table and the page of
//! every chart.
//! Run by the test command as `cargo test --features test-chart --test fourth_chart`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg(all(not(target_arch = "wasm32"), feature = "test-chart"))]

#[path = "support/svg.rs"]
mod svg;

use apac_ai_charts::data::DATASET;
use apac_ai_charts::i18n::Locale;
use apac_ai_charts::model::geom::Mirror;
use apac_ai_charts::model::text::ApproxMetrics;
use apac_ai_charts::{render_svg, ChartId, Theme};

const ID: &str = "test-events-per-year";

/// Events per year counted straight from the dataset, independently of the chart's code.
fn expected_counts() -> Vec<(String, usize)> {
    let mut years: Vec<String> = DATASET.timeline.iter().map(|e| e.date[..4].to_owned()).collect();
    years.sort();
    years.dedup();
    years
        .iter()
        .map(|y| (y.clone(), DATASET.timeline.iter().filter(|e| e.date.starts_with(y.as_str())).count()))
        .collect()
}

#[test]
fn the_fourth_chart_is_in_the_registry() {
    let chart = ChartId::parse(ID).unwrap();
    assert_eq!(ChartId::ALL.last(), Some(&chart), "registered last, after the shipped charts");
    assert_eq!(ChartId::IDS.last(), Some(&ID));
    assert_eq!(chart.as_str(), ID);
    assert!(chart.title().contains("test chart"));
}

#[test]
fn it_draws_its_counts_to_svg_through_the_registry() {
    let chart = ChartId::parse(ID).unwrap();
    let expected = expected_counts();
    assert!(expected.len() >= 2 && expected.iter().map(|(_, n)| n).sum::<usize>() == DATASET.timeline.len());
    for width in [320, 640, 1280] {
        let svg = render_svg(chart, Theme::Light, width).unwrap();
        let texts = svg::texts(&svg);
        assert!(texts.iter().any(|t| t == "Timeline events per year"), "{texts:?}");
        for (year, count) in &expected {
            let at =
                texts.iter().position(|t| t == year).unwrap_or_else(|| panic!("{year} missing at {width}: {texts:?}"));
            assert_eq!(texts.get(at + 1), Some(&count.to_string()), "{year}'s count follows its label at {width}");
        }
        // One accent-filled column per year.
        assert_eq!(svg.matches(r##"fill="#1A56A0""##).count(), expected.len(), "columns at {width}");
    }
}

#[test]
fn its_layout_hit_test_description_and_mirroring_come_from_its_module() {
    let chart = ChartId::parse(ID).unwrap();
    let expected = expected_counts();
    for width in [240.0, 320.0, 640.0, 1280.0] {
        let h = chart.preferred_height(&ApproxMetrics, width, Locale::default());
        let spec = chart.layout(&ApproxMetrics, (width, h), Locale::default()).unwrap();
        assert_eq!(spec.text_collisions(width, h), Vec::<String>::new(), "{width}");
        let points = &spec.points;
        assert_eq!(points.len(), expected.len());
        // Column heights are proportional to the counts.
        let per_event: Vec<f64> = points.iter().zip(&expected).map(|(p, (_, n))| p.area.h / *n as f64).collect();
        assert!(per_event.iter().all(|r| (r - per_event[0]).abs() < 1e-9), "{per_event:?}");
        for (i, (p, (year, count))) in points.iter().zip(&expected).enumerate() {
            let (cx, cy) = (p.area.x + p.area.w / 2.0, p.area.y + p.area.h / 2.0);
            assert_eq!(spec.hit_test(cx, cy), Some(i));
            let info = p.datum.info(apac_ai_charts::i18n::Lang::En).unwrap();
            assert_eq!((info.label.as_str(), info.value.as_deref()), (year.as_str(), Some(count.to_string().as_str())));
        }
        let mut mirrored = spec.clone();
        mirrored.mirror(width);
        let (a, b) = (spec.points[0].area, mirrored.points[0].area);
        assert!((b.right() - (width - a.x)).abs() < 1e-9, "the first column moves to the right");
    }
    assert!(chart.layout(&ApproxMetrics, (640.0, 100.0), Locale::default()).is_err(), "too short");
    let d = chart.describe(apac_ai_charts::i18n::Lang::En);
    let rows: Vec<(String, usize)> = d.rows.iter().map(|r| (r[0].clone(), r[1].parse().unwrap())).collect();
    assert_eq!(rows, expected);
    assert!(!d.sources.is_empty());
}

#[test]
fn every_generated_list_of_charts_has_the_fourth_chart() {
    let files = apac_ai_charts::static_site::files().unwrap();
    let file = |name: &str| -> &str {
        files.iter().find(|(n, _)| n == name).map(|(_, c)| c.as_str()).unwrap_or_else(|| panic!("{name} not generated"))
    };
    // Its pictures: both themes at every width (English only: it has no translations).
    for theme in ["light", "dark"] {
        for width in apac_ai_charts::static_site::STATIC_WIDTHS {
            let name = format!("www/static/{ID}-{theme}-{width}.svg");
            // (At the narrowest width the title wraps: its words are in separate lines.)
            assert!(svg::texts(file(&name)).join(" ").contains("per year"), "{name}");
        }
    }
    assert!(file("www/chart-meta.js").contains(&format!("'{ID}': {{")), "chart-meta.js's CHARTS");
    assert!(file("www/chart-meta.d.ts").contains(&format!("| '{ID}';")), "chart-meta.d.ts's ChartId");
    let manifest: serde_json::Value = serde_json::from_str(file("custom-elements.json")).unwrap();
    let chart_type = manifest["modules"][0]["declarations"][0]["attributes"][0]["type"]["text"].as_str().unwrap();
    assert!(chart_type.ends_with(&format!("| '{ID}'")), "the manifest's chart attribute: {chart_type}");
    assert!(file("docs/charts.md").contains(&format!("| `{ID}` |")), "docs/charts.md");
    assert!(file("www/pages/languages.html").contains(&format!("<apac-ai-chart chart=\"{ID}\">")), "the page");
    assert!(file("www/i18n/en.js").contains(&format!("'{ID}': {{")), "the English reader texts");
}
