//! Native benchmarks of the pure core: layout and fitting of each chart, hit-testing, and layout + drawing to
//! SVG (the same drawing code the canvas uses). Run on demand: `cargo bench --bench layout`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;

    use apac_ai_charts::i18n::{Lang, Locale};
    use apac_ai_charts::model::text::ApproxMetrics;
    use apac_ai_charts::{render_svg_in, ChartId, Theme};
    use criterion::Criterion;

    fn loc_en() -> Locale {
        Locale::default()
    }

    pub fn benches(c: &mut Criterion) {
        for &chart in ChartId::ALL {
            for width in [360.0, 1280.0] {
                let loc = Locale::default();
                let height = chart.preferred_height(&ApproxMetrics, width, loc);
                c.bench_function(&format!("layout/{}/{width}", chart.as_str()), |b| {
                    b.iter(|| black_box(chart).layout(&ApproxMetrics, (black_box(width), height), loc).unwrap())
                });
            }
            // A whole `fit()` at a new size: the preferred height at 640 (natural) against 16:10
            // boxes (scaled where below the chart's minimum); the name ends with the fit.
            let natural = (640.0, chart.preferred_height(&ApproxMetrics, 640.0, loc_en()));
            for size in [natural, (640.0, 400.0), (320.0, 200.0)] {
                let fit = chart.fit(&ApproxMetrics, size, loc_en()).unwrap().fit.as_str();
                c.bench_function(&format!("fit/{}/{}x{}/{fit}", chart.as_str(), size.0, size.1), |b| {
                    b.iter(|| black_box(chart).fit(&ApproxMetrics, black_box(size), loc_en()).unwrap())
                });
            }
            let zh = Locale::new(Lang::ZhHans);
            let height = chart.preferred_height(&ApproxMetrics, 640.0, zh);
            c.bench_function(&format!("layout/{}/640/zh-Hans", chart.as_str()), |b| {
                b.iter(|| black_box(chart).layout(&ApproxMetrics, (640.0, height), zh).unwrap())
            });
            let spec = chart.layout(&ApproxMetrics, (640.0, 1200.0), Locale::default()).unwrap();
            c.bench_function(&format!("hit-test/{}", chart.as_str()), |b| {
                b.iter(|| spec.hit_test(black_box(320.0), black_box(300.0)))
            });
            c.bench_function(&format!("layout+svg/{}/640", chart.as_str()), |b| {
                b.iter(|| render_svg_in(black_box(chart), Theme::Light, 640, Locale::default()).unwrap())
            });
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_group!(benches, native::benches);
#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
