//! Pure layout: from the dataset and a size to positioned marks and texts, in CSS px.
//! Must not import plotters, `wasm_bindgen` or `web_sys`: the same specs are drawn to a canvas
//! in the browser and to SVG natively, and will be hit-tested.

pub mod dates;
pub mod describe;
pub mod frame;
pub mod gains;
pub mod hit;
pub mod geom;
pub mod share;
pub mod text;
pub mod timeline;

pub use crate::error::ChartError;
use crate::data::DATASET;
use crate::i18n::Locale;
use crate::options::ChartId;
use geom::Mirror;
use text::TextMeasure;

/// A laid-out chart, ready to draw.
#[derive(Debug, Clone)]
pub enum ChartSpec {
    PatentShare(share::PatentShareSpec),
    ProjectedGains(gains::ProjectedGainsSpec),
    InitiativeTimeline(timeline::TimelineSpec),
}

/// Smallest and largest CSS sizes accepted, and the largest backing-store side.
pub const MIN_WIDTH: f64 = 240.0;
pub const MAX_CSS_SIDE: f64 = 8192.0;

/// Lays out `chart` in a `width` × `height` CSS px box, in the locale's language, mirrored for
/// right-to-left.
pub fn layout(chart: ChartId, m: &dyn TextMeasure, (width, height): (f64, f64), loc: Locale) -> Result<ChartSpec, ChartError> {
    if !(width.is_finite() && height.is_finite()) || width < MIN_WIDTH || height < 1.0 {
        return Err(ChartError::CanvasTooSmall {
            chart: chart.as_str(),
            width,
            height,
            min_width: MIN_WIDTH,
            min_height: preferred_height(chart, m, MIN_WIDTH, loc).ceil(),
        });
    }
    let size = (width, height);
    let lang = loc.lang;
    let mut spec = match chart {
        ChartId::PatentShare => ChartSpec::PatentShare(share::layout(m, &DATASET.patent_share, size, lang)?),
        ChartId::ProjectedGains => ChartSpec::ProjectedGains(gains::layout(m, &DATASET.projected_gains, size, lang)?),
        ChartId::InitiativeTimeline => ChartSpec::InitiativeTimeline(timeline::layout(m, DATASET.timeline, size, lang)?),
    };
    if loc.rtl {
        spec.mirror(width);
    }
    Ok(spec)
}

impl geom::Mirror for ChartSpec {
    fn mirror(&mut self, width: f64) {
        match self {
            ChartSpec::PatentShare(s) => s.mirror(width),
            ChartSpec::ProjectedGains(s) => s.mirror(width),
            ChartSpec::InitiativeTimeline(s) => s.mirror(width),
        }
    }
}

impl ChartSpec {
    /// Every text the chart draws, chrome included.
    pub fn texts(&self) -> Vec<&text::TextBox> {
        match self {
            ChartSpec::PatentShare(s) => s
                .frame
                .texts
                .iter()
                .chain(s.bars.iter().flat_map(|b| [&b.label, &b.value]))
                .chain(s.ticks.iter().map(|t| &t.label))
                .collect(),
            ChartSpec::ProjectedGains(s) => s
                .frame
                .texts
                .iter()
                .chain(s.blocks.iter().flat_map(|b| &b.texts))
                .collect(),
            ChartSpec::InitiativeTimeline(s) => s
                .frame
                .texts
                .iter()
                .chain(s.rows.iter().flat_map(|r| &r.texts))
                .chain(&s.year_labels)
                .chain(&s.article_label)
                .chain(s.legend.iter().map(|l| &l.label))
                .collect(),
        }
    }

    /// Pairs of texts whose boxes overlap, and texts that leave the `width` × `height` box.
    /// Empty for every layout this crate produces (tested natively and with real browser fonts).
    pub fn text_collisions(&self, width: f64, height: f64) -> Vec<String> {
        let texts = self.texts();
        let page = geom::Rect::new(0.0, 0.0, width, height);
        let mut out = Vec::new();
        for (i, a) in texts.iter().enumerate() {
            if !page.encloses(&a.bounds(), 0.5) {
                out.push(format!("{:?} leaves the canvas", a.text));
            }
            for b in texts.iter().skip(i + 1) {
                if a.bounds().overlaps(&b.bounds()) {
                    out.push(format!("{:?} overlaps {:?}", a.text, b.text));
                }
            }
        }
        out
    }
}

/// The height, CSS px, at which `chart` is drawn best at `width` (pages size canvases with it).
pub fn preferred_height(chart: ChartId, m: &dyn TextMeasure, width: f64, loc: Locale) -> f64 {
    let width = width.clamp(MIN_WIDTH, MAX_CSS_SIDE);
    let h = match chart {
        ChartId::PatentShare => share::preferred_height(m, &DATASET.patent_share, width, loc.lang),
        ChartId::ProjectedGains => gains::preferred_height(m, &DATASET.projected_gains, width, loc.lang),
        ChartId::InitiativeTimeline => timeline::preferred_height(m, DATASET.timeline, width, loc.lang),
    };
    h.ceil()
}


/// The line-breaking and script rules the tests share with the SVG and browser tiers.
#[cfg(test)]
#[allow(dead_code)] // the model tests use the script rules only
#[path = "../../tests/support/lines.rs"]
mod test_lines;

#[cfg(test)]
mod tests {
    use super::*;
    use text::ApproxMetrics;

    use crate::i18n::Lang;

    fn format_date(iso: &str) -> String {
        crate::i18n::date(Lang::En, iso, None, false)
    }

    #[test]
    fn dates_format_for_readers() {
        assert_eq!(format_date("2025-12-28"), "28 Dec 2025");
        assert_eq!(format_date("2025-04"), "Apr 2025");
        assert_eq!(format_date("2025"), "2025");
        assert_eq!(format_date("2025-13-01"), "2025-13-01");
        for e in DATASET.timeline {
            assert_eq!(timeline::event_date(e, Lang::En), e.date_label, "{}", e.id);
        }
    }

    #[test]
    fn every_chart_lays_out_at_its_preferred_height_and_rejects_tiny_boxes() {
        for chart in ChartId::ALL {
            for width in [240.0, 320.0, 360.0, 640.0, 1280.0, 4000.0] {
                let h = preferred_height(chart, &ApproxMetrics, width, Locale::default());
                let spec = layout(chart, &ApproxMetrics, (width, h), Locale::default()).unwrap();
                assert_eq!(spec.text_collisions(width, h), Vec::<String>::new(), "{chart:?} at {width}×{h}");
            }
            for size in [(1.0, 1.0), (239.0, 900.0), (640.0, 40.0), (f64::NAN, 300.0), (f64::INFINITY, 300.0)] {
                let e = layout(chart, &ApproxMetrics, size, Locale::default()).unwrap_err();
                assert!(matches!(e, ChartError::CanvasTooSmall { .. }), "{chart:?} {size:?}: {e}");
            }
        }
    }

    /// Latin words that stay as they are in every language (names, acronyms, units).
    const UNTRANSLATED: &[&str] = &[
        "AI", "APEC", "WAICO", "WAIC", "UNDP", "BCG", "US", "Qwen", "SEA", "LION", "v", "Nvidia", "H", "PATSTAT", "HAI",
        "EU", "MSIT", "MFA", "TASS", "Pandaily", "AsianFin", "Singapore", "Mirage", "News", "The", "Next", "Great", "Divergence",
        "GDP", "Ch", "Fig", "p", "data", "Stanford", "ckhq", "net", "ciplawyer", "com", "b", "news", "worldtradescanner",
        "ISO", "URL", "CSV", "Intel", "AMD", "Omnibus", "Annex", "Korea", "MI", "Alibaba", "B", "Ma", "Zhaoxu", "I", "Index",
    ];

    fn is_cjk(c: char) -> bool {
        matches!(c as u32, 0x3000..=0x303F | 0x3400..=0x9FFF | 0xFF00..=0xFFEF)
    }
    fn is_arabic(c: char) -> bool {
        matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
    }

    /// Translated: every Latin word in it is a name or acronym that stays as it is (so a single
    /// Chinese character cannot hide an English phrase next to it).
    fn translated(text: &str, _script: fn(char) -> bool) -> bool {
        text.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).all(|w| UNTRANSLATED.contains(&w))
    }

    #[test]
    fn every_string_drawn_is_translated_and_fits() {
        type Case<'a> = (Lang, &'a [ChartId], fn(char) -> bool);
        let cases: [Case; 2] = [(Lang::ZhHans, &ChartId::ALL, is_cjk), (Lang::Ur, &ChartId::ALL, is_arabic)];
        for (lang, charts, script) in cases {
            for &chart in charts {
                for width in [320.0, 640.0, 1280.0] {
                    let loc = Locale::new(lang);
                    let h = preferred_height(chart, &ApproxMetrics, width, loc);
                    let spec = layout(chart, &ApproxMetrics, (width, h), loc).unwrap();
                    for t in spec.texts() {
                        assert!(translated(&t.text, script), "{lang:?} {chart:?} {width}: {:?} untranslated", t.text);
                    }
                    assert_eq!(spec.text_collisions(width, h), Vec::<String>::new(), "{lang:?} {chart:?} {width}");
                }
            }
        }
        // Tooltips, announcements, summaries, data tables and notes too (source titles and URLs
        // are names of English documents and stay as they are).
        for (lang, charts, script) in cases {
            for &chart in charts {
                let spec = layout(chart, &ApproxMetrics, (640.0, 1200.0), Locale::new(lang)).unwrap();
                for p in hit::points(&spec) {
                    let info = hit::info(p.datum, lang).unwrap();
                    let texts = [Some(&info.label), info.value.as_ref(), info.date.as_ref(), info.status.as_ref(), info.place.as_ref(), info.note.as_ref()];
                    for text in texts.into_iter().flatten() {
                        assert!(translated(text, script), "{lang:?} tooltip {text:?} untranslated");
                    }
                }
                let d = describe::describe(chart, lang);
                let source_cols = 2; // source title and URL, last
                let cells = d.rows.iter().flat_map(|r| r.iter().take(r.len() - source_cols)).filter(|c| !c.contains('-') || !c.starts_with("20"));
                for text in [&d.title].into_iter().chain(&d.columns).chain(&d.notes).chain(cells) {
                    assert!(translated(text, script), "{lang:?} {chart:?} table/notes {text:?} untranslated");
                }
            }
        }
    }

    use super::test_lines as lines;

    /// Every text box of a right-to-left chart: Latin words only from the allow-list (names,
    /// acronyms), and wholly on the canvas; also for English text in a chart mirrored right to left.
    #[test]
    fn right_to_left_charts_draw_no_stray_latin_and_keep_every_text_on_the_canvas() {
        for chart in ChartId::ALL {
            for width in [240.0, 320.0, 360.0, 480.0, 640.0, 1280.0] {
                for loc in [Locale::new(Lang::Ur), Locale { lang: Lang::En, rtl: true }, Locale::new(Lang::ZhHans)] {
                    let h = preferred_height(chart, &ApproxMetrics, width, loc);
                    let spec = layout(chart, &ApproxMetrics, (width, h), loc).unwrap();
                    let page = geom::Rect::new(0.0, 0.0, width, h);
                    for t in spec.texts() {
                        assert!(page.encloses(&t.bounds(), 0.0), "{chart:?} {loc:?} at {width}: {:?} leaves the canvas ({:?})", t.text, t.bounds());
                        if loc.lang == Lang::Ur {
                            let stray = lines::latin_words_outside(&t.text, lines::URDU_LATIN_ALLOWED);
                            assert!(stray.is_empty(), "{chart:?} at {width}: Latin {stray:?} in {:?}", t.text);
                        }
                    }
                }
            }
        }
        // The test can fail: an English word in an Urdu chart, a box past the left edge.
        assert_eq!(lines::latin_words_outside("ذریعہ: Source", lines::URDU_LATIN_ALLOWED), ["Source"]);
        let spec = layout(ChartId::PatentShare, &ApproxMetrics, (640.0, 600.0), Locale::new(Lang::Ur)).unwrap();
        let mut off = spec.texts()[0].clone();
        off.x = off.width - 1.0;
        off.align = text::Align::Right;
        assert!(!geom::Rect::new(0.0, 0.0, 640.0, 600.0).encloses(&off.bounds(), 0.0));
    }

    #[test]
    fn right_to_left_mirrors_the_whole_chart() {
        let rtl = Locale { lang: Lang::En, rtl: true };
        let width = 640.0;
        let ltr_spec = layout(ChartId::PatentShare, &ApproxMetrics, (width, 500.0), Locale::default()).unwrap();
        let rtl_spec = layout(ChartId::PatentShare, &ApproxMetrics, (width, 500.0), rtl).unwrap();
        let (ChartSpec::PatentShare(l), ChartSpec::PatentShare(r)) = (&ltr_spec, &rtl_spec) else { panic!() };
        assert!((r.bars[0].rect.right() - (width - l.bars[0].rect.x)).abs() < 1e-9, "bars grow leftwards from the right");
        assert_eq!(r.frame.texts[0].align, text::Align::Right, "title aligned right");
        assert!((r.frame.texts[0].bounds().right() - (width - frame::padding(width))).abs() < 1e-9);
        for chart in ChartId::ALL {
            for width in [320.0, 1280.0] {
                let h = preferred_height(chart, &ApproxMetrics, width, rtl);
                let spec = layout(chart, &ApproxMetrics, (width, h), rtl).unwrap();
                assert_eq!(spec.text_collisions(width, h), Vec::<String>::new(), "{chart:?} rtl {width}");
            }
        }
    }
}
