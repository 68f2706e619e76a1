//! Native tier 2: each chart rendered to SVG by the same drawing code the browser uses, compared
//! with committed goldens (`tests/golden/`, also the README's pictures), plus structural checks.
//! Re-bless after an intended change: `BLESS=1 cargo test --test svg_golden`, then look at the
//! SVGs before committing them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use apac_ai_charts::model::text::ApproxMetrics;
use apac_ai_charts::{render_svg, render_svg_box, ChartId, Fit, Locale, Theme};

const WIDTHS: [u32; 3] = [320, 640, 1280];

fn golden_path(chart: ChartId, theme: Theme, width: u32) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(format!(
        "{}-{}-{width}.svg",
        chart.as_str(),
        theme.as_str()
    ))
}

#[test]
fn svgs_match_goldens() {
    let bless = std::env::var_os("BLESS").is_some();
    let mut mismatched = Vec::new();
    for &chart in ChartId::ALL {
        for theme in [Theme::Light, Theme::Dark] {
            for width in WIDTHS {
                let svg = render_svg(chart, theme, width).unwrap();
                let path = golden_path(chart, theme, width);
                if bless {
                    std::fs::write(&path, &svg).unwrap();
                    continue;
                }
                let golden = std::fs::read_to_string(&path).unwrap_or_default();
                if golden != svg {
                    let actual = path.with_extension("actual.svg");
                    std::fs::write(&actual, &svg).unwrap();
                    mismatched.push(format!("{} (see {})", path.display(), actual.display()));
                }
            }
        }
    }
    assert!(mismatched.is_empty(), "SVG differs from golden; if intended, run BLESS=1:\n{}", mismatched.join("\n"));
}

/// Fixed boxes a CMS gives (16:10 and its half), each chart fitted into them as the canvas would be.
const BOXES: [(u32, u32); 2] = [(640, 400), (320, 200)];

#[test]
fn charts_fitted_into_fixed_boxes_match_goldens_and_keep_every_text() {
    let bless = std::env::var_os("BLESS").is_some();
    let mut mismatched = Vec::new();
    for &chart in ChartId::ALL {
        let natural_points = {
            let h = chart.preferred_height(&ApproxMetrics, 640.0, Locale::default());
            chart.layout(&ApproxMetrics, (640.0, h), Locale::default()).unwrap().points.len()
        };
        for (w, h) in BOXES {
            let (svg, fitted) = render_svg_box(chart, Theme::Light, (w, h), Locale::default()).unwrap();
            let fit = fitted.fit;
            assert_ne!(fit, Fit::Compact, "no chart has a compact layout yet");
            assert!(svg.contains(&format!(r#"width="{w}" height="{h}""#)), "{chart:?} {w}×{h}: the SVG is the box");
            // The whole chart: every data point, every text of its layout drawn, none overlapping
            // another or leaving the layout box, which the scale maps onto the canvas.
            assert_eq!(fitted.spec.points.len(), natural_points, "{chart:?} {w}×{h}");
            let drawn = texts(&svg);
            for t in fitted.spec.texts() {
                assert!(drawn.contains(&t.text), "{chart:?} {w}×{h}: {:?} not drawn", t.text);
            }
            let (lw, lh) = (f64::from(w) - 2.0 * fitted.offset.0, f64::from(h) - 2.0 * fitted.offset.1);
            let collisions = fitted.spec.text_collisions(lw / fitted.scale, lh / fitted.scale);
            assert_eq!(collisions, Vec::<String>::new(), "{chart:?} {w}×{h} ({fit:?})");
            let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("tests/golden")
                .join(format!("{}-light-{w}x{h}.svg", chart.as_str()));
            if bless {
                std::fs::write(&path, &svg).unwrap();
            } else if std::fs::read_to_string(&path).unwrap_or_default() != svg {
                std::fs::write(path.with_extension("actual.svg"), &svg).unwrap();
                mismatched.push(path.display().to_string());
            }
        }
    }
    assert!(
        mismatched.is_empty(),
        "fitted SVG differs from golden; if intended, run BLESS=1:\n{}",
        mismatched.join("\n")
    );
}

#[path = "support/svg.rs"]
mod svg;
use svg::texts;

/// Filled rectangles of an SVG: (x, width, fill).
fn rects(svg: &str) -> Vec<(f64, f64, String)> {
    let attr = |el: &str, name: &str| -> Option<String> {
        let start = el.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(el[start..].split('"').next()?.to_owned())
    };
    svg.split("<rect")
        .skip(1)
        .filter_map(|el| {
            let el = el.split('>').next()?;
            Some((attr(el, "x")?.parse().ok()?, attr(el, "width")?.parse().ok()?, attr(el, "fill")?))
        })
        .collect()
}

#[test]
fn patent_share_svg_has_five_sorted_bars_with_values() {
    let svg = render_svg(ChartId::PatentShare, Theme::Light, 640).unwrap();
    let t = texts(&svg);
    let order: Vec<usize> = ["China", "United States", "Europe", "India", "Rest of world"]
        .iter()
        .map(|label| t.iter().position(|x| x == label).unwrap_or_else(|| panic!("{label} missing")))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "bar labels out of order: {order:?}");
    for value in ["69.7%", "14.2%", "2.8%", "0.4%", "13.0%"] {
        assert!(t.iter().any(|x| x == value), "value {value} missing");
    }
    assert!(t.iter().any(|x| x.contains("granted in 2023")), "measure missing from subtitle");
    assert!(t.iter().any(|x| x.contains("28 Dec 2025")), "as-of date missing");
    assert!(!t.iter().any(|x| x == "Japan" || x == "South Korea" || x == "Korea"), "no Japan or Korea bar may exist");
    // The accent bar (China) is 69.7 % as long as the 0–100 % gridline span.
    let accent = "#1A56A0";
    let china: Vec<_> = rects(&svg).into_iter().filter(|r| r.2.eq_ignore_ascii_case(accent)).collect();
    assert_eq!(china.len(), 1, "exactly one highlighted bar");
    let grid: Vec<f64> =
        rects(&svg).into_iter().filter(|r| r.2.eq_ignore_ascii_case("#D6DAE0") && r.1 <= 2.0).map(|r| r.0).collect();
    let (x0, x100) = (grid.iter().cloned().fold(f64::MAX, f64::min), grid.iter().cloned().fold(f64::MIN, f64::max));
    let ratio = china[0].1 / (x100 - x0);
    assert!((ratio - 0.697).abs() < 0.01, "China bar is {ratio:.3} of the axis");
    // Five bars: the accent one, three neutral ones, the lighter remainder.
    let bars = rects(&svg)
        .into_iter()
        .filter(|r| ["#1A56A0", "#788699", "#BEC6D0"].contains(&r.2.to_uppercase().as_str()))
        .count();
    assert_eq!(bars, 5, "bar count");
}

#[test]
fn projected_gains_svg_states_scope_hedge_and_no_series() {
    let svg = render_svg(ChartId::ProjectedGains, Theme::Light, 640).unwrap();
    let all = texts(&svg).join(" ");
    for needle in [
        "nearly US$1 trillion",
        "ASEAN",
        "could",
        "not a forecast",
        "around +2 percentage points",
        "up to 5%",
        "UNDP",
        "across Asia",
    ] {
        assert!(all.contains(needle), "{needle:?} missing: {all}");
    }
    for invented in ["2035", "2030", "per year:", "$900"] {
        assert!(!all.contains(invented), "{invented:?} must not appear");
    }
}

#[test]
fn timeline_svg_lists_every_event_with_its_date_label() {
    let svg = render_svg(ChartId::InitiativeTimeline, Theme::Light, 1280).unwrap();
    let t = texts(&svg);
    for e in apac_ai_charts::data::TIMELINE {
        assert!(t.iter().any(|x| x == e.date_label), "{} date missing", e.id);
        assert!(t.iter().any(|x| x == e.label), "{} label missing", e.id);
    }
    for legend in ["confirmed", "proposed", "scheduled", "statutory date, changes proposed", "article date"] {
        assert!(t.iter().any(|x| x == legend), "legend {legend:?} missing");
    }
    assert!(
        !t.iter().any(|x| x.contains("WAICO established") || x.contains("establishes")),
        "WAICO is not established"
    );
    // Narrow: short labels replace the long ones that would wrap.
    let narrow = texts(&render_svg(ChartId::InitiativeTimeline, Theme::Light, 320).unwrap());
    assert!(narrow.iter().any(|x| x == "WAICO proposed"), "{narrow:?}");
}

// The line rules by line of text: the unit and last-line rules need the lines grouped into texts
// (their positions), which the native charts test and the browser test check.
#[allow(dead_code)]
#[path = "support/lines.rs"]
mod lines;

use apac_ai_charts::render_svg_in;
use apac_ai_charts::Lang;

const LINE_WIDTHS: [u32; 6] = [240, 320, 360, 480, 640, 1280];

#[test]
fn chinese_svgs_break_lines_only_where_the_rules_allow() {
    for &chart in ChartId::ALL {
        for width in LINE_WIDTHS {
            let t = texts(&render_svg_in(chart, Theme::Light, width, Locale::new(Lang::ZhHans)).unwrap());
            assert_eq!(lines::kinsoku_violations(&t), Vec::<String>::new(), "{chart:?} at {width}: {t:?}");
            // The cases the audit found: "（" ending a line, "–2027年）" starting one, "予" alone on
            // the title's last line, "28 / 日" in the footer.
            assert!(t.iter().all(|x| !x.ends_with('（') && !x.starts_with('–')), "{chart:?} at {width}: {t:?}");
            assert!(
                t.iter().all(|x| x.chars().count() > 1 || !x.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))),
                "{chart:?} at {width}: a lone character {t:?}"
            );
            assert!(t.iter().any(|x| x.contains("2025年12月28日")), "{chart:?} at {width}: the as-of date split {t:?}");
        }
    }
    let patent = texts(&render_svg_in(ChartId::PatentShare, Theme::Light, 640, Locale::new(Lang::ZhHans)).unwrap());
    assert!(patent.iter().any(|x| x.contains("《人工智能指数报告2025》（第1章")), "{patent:?}");
    let timeline =
        texts(&render_svg_in(ChartId::InitiativeTimeline, Theme::Light, 360, Locale::new(Lang::ZhHans)).unwrap());
    assert!(timeline.iter().any(|x| x.contains("（2025–2027年）")), "{timeline:?}");
}

#[test]
fn the_timeline_keeps_its_article_date_on_one_line_and_uses_en_dashes() {
    for width in LINE_WIDTHS {
        let t = texts(&render_svg(ChartId::InitiativeTimeline, Theme::Light, width).unwrap());
        assert!(t.iter().any(|x| x.ends_with("28 Dec 2025") && x.starts_with(['A', '2'])), "{width}: {t:?}");
        assert!(!t.iter().any(|x| x.ends_with("28 Dec") || x.ends_with("Article 28")), "{width}: {t:?}");
    }
    let t = texts(&render_svg(ChartId::InitiativeTimeline, Theme::Light, 1280).unwrap()).join(" ");
    assert!(t.contains("(2026–2030)") && !t.contains("2026-2030"), "{t}");
}

#[test]
fn the_gains_chart_draws_no_unscaled_bar_or_bracket() {
    for width in WIDTHS {
        let svg = render_svg(ChartId::ProjectedGains, Theme::Light, width).unwrap();
        // Marks are the figures' accent strips, 4 px wide: nothing spans the chart.
        // (The background and the thin rule above the notes, in the grid colour, are not marks.)
        let marks = rects(&svg).into_iter().filter(|r| !["#FFFFFF", "#D6DAE0"].contains(&r.2.to_uppercase().as_str()));
        let widest = marks.map(|r| r.1).fold(0.0, f64::max);
        assert!(widest < f64::from(width) * 0.5, "a mark {widest} px wide at {width}");
        let all = texts(&svg).join(" ");
        assert!(!all.contains("as one total"), "{all}");
    }
}

#[test]
fn urdu_svgs_are_in_urdu_and_stay_on_the_canvas() {
    for &chart in ChartId::ALL {
        for width in LINE_WIDTHS {
            let svg = render_svg_in(chart, Theme::Light, width, Locale::new(Lang::Ur)).unwrap();
            for t in texts(&svg) {
                let stray = lines::latin_words_outside(&t, lines::URDU_LATIN_ALLOWED);
                assert!(stray.is_empty(), "{chart:?} at {width}: {stray:?} in {t:?}");
            }
            assert!(svg.contains("direction=\"rtl\""), "{chart:?}: right to left");
        }
    }
}
