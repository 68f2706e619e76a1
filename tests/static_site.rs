//! Native: the committed generated files (`www/static/*.svg`, `www/chart-meta.js` and its types,
//! `www/i18n/*.js`, `custom-elements.json`, `docs/charts.md`, `www/pages/languages.html`) are
//! exactly what the current code renders, so the no-JS image, the reserved heights and every list
//! of charts match the registry. Refresh with `cargo run --bin render-static`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

#[test]
fn static_files_are_current() {
    use apac_ai_charts::static_site::{LANGS, STATIC_WIDTHS};
    use apac_ai_charts::ChartId;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = apac_ai_charts::static_site::files().unwrap();
    let pictures: usize = LANGS
        .iter()
        .map(|&l| ChartId::ALL.iter().filter(|c| c.lang_for(l) == l).count() * 2 * STATIC_WIDTHS.len())
        .sum();
    let pictures_found = files.iter().filter(|(name, _)| name.starts_with("www/static/")).count();
    assert_eq!(pictures_found, pictures, "every chart in every language it has, both themes, every width");
    let stale: Vec<&str> = files
        .iter()
        .filter(|(name, contents)| std::fs::read_to_string(root.join(name)).ok().as_deref() != Some(contents.as_str()))
        .map(|(name, _)| name.as_str())
        .collect();
    assert!(stale.is_empty(), "stale or missing (run `cargo run --bin render-static`): {stale:?}");
}

#[test]
fn chart_meta_reserves_a_drawable_height_at_every_listed_width() {
    use apac_ai_charts::model::text::ApproxMetrics;
    use apac_ai_charts::ChartId;
    let meta = apac_ai_charts::static_site::chart_meta();
    for &chart in ChartId::ALL {
        let entry = meta.split(&format!("'{}': {{", chart.as_str())).nth(1).unwrap();
        let heights = entry.split("heights: [").nth(1).unwrap().split("],\n").next().unwrap();
        let pairs: Vec<(f64, f64)> = heights
            .split("], [")
            .map(|p| {
                let nums: Vec<f64> = p.trim_matches(['[', ']']).split(", ").map(|n| n.parse().unwrap()).collect();
                (nums[0], nums[1])
            })
            .collect();
        let (first, last) = apac_ai_charts::static_site::HEIGHT_WIDTHS;
        assert_eq!(pairs.len(), (first..=last).step_by(apac_ai_charts::static_site::HEIGHT_STEP).count(), "{chart:?}");
        for (w, h) in pairs {
            assert!(
                chart.layout(&ApproxMetrics, (w, h), apac_ai_charts::i18n::Locale::default()).is_ok(),
                "{chart:?} does not fit {w}×{h}"
            );
        }
    }
}

#[test]
fn interface_strings_are_translated() {
    use apac_ai_charts::i18n::{has, Lang};
    for key in apac_ai_charts::static_site::UI_STRINGS {
        assert!(has(Lang::ZhHans, key), "{key:?} has no Chinese");
        assert!(has(Lang::Ur, key), "{key:?} has no Urdu");
    }
}

#[test]
fn the_pages_say_what_readers_can_check() {
    let pages = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/pages");
    let index = std::fs::read_to_string(pages.join("index.html")).unwrap();
    let notes = index.split("<aside class=\"notes\"").nth(1).unwrap().split("</aside>").next().unwrap();
    // Partly confirmed claims of the article are listed as such.
    assert!(
        notes.contains("durians is partly confirmed")
            && notes.contains("“cloud-based early warning systems” are partly confirmed")
    );
    // Nothing points readers at what they cannot see.
    assert!(!index.contains("fact check"), "the page points at a fact check readers cannot see");
    // An English sentence in the Urdu section is marked English, left to right.
    let languages = std::fs::read_to_string(pages.join("languages.html")).unwrap();
    let urdu = languages.split("<section lang=\"ur\"").nth(1).unwrap().split("</section>").next().unwrap();
    for paragraph in urdu.split("<p").skip(1) {
        let text = paragraph.split_once('>').unwrap().1.split("</p>").next().unwrap();
        if text.chars().any(|c| c.is_ascii_alphabetic())
            && !text.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c))
        {
            assert!(paragraph.starts_with(" lang=\"en\" dir=\"ltr\""), "English in the Urdu section: {text}");
        }
    }
}
