//! Tests of every chart through the registry: layout at every width, hit-testing, descriptions,
//! translations and right-to-left mirroring. Native, with fixed text metrics.

use super::*;
use crate::data::DATASET;
use crate::i18n::{Lang, Locale};
use crate::model::describe::columns;
use crate::model::text::ApproxMetrics;
use crate::model::MIN_WIDTH;

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
        assert_eq!(initiative_timeline::event_date(e, Lang::En), e.date_label, "{}", e.id);
    }
}

#[test]
fn every_chart_lays_out_at_its_preferred_height_and_rejects_tiny_boxes() {
    for &chart in ChartId::ALL {
        for width in [240.0, 320.0, 360.0, 640.0, 1280.0, 4000.0] {
            let h = chart.preferred_height(&ApproxMetrics, width, Locale::default());
            let spec = chart.layout(&ApproxMetrics, (width, h), Locale::default()).unwrap();
            assert_eq!(spec.text_collisions(width, h), Vec::<String>::new(), "{chart:?} at {width}×{h}");
        }
        for size in [(1.0, 1.0), (239.0, 900.0), (640.0, 40.0), (f64::NAN, 300.0), (f64::INFINITY, 300.0)] {
            let e = chart.layout(&ApproxMetrics, size, Locale::default()).unwrap_err();
            assert!(matches!(e, ChartError::CanvasTooSmall { .. }), "{chart:?} {size:?}: {e}");
        }
    }
}

/// Latin words that stay as they are in every language (names, acronyms, units).
const UNTRANSLATED: &[&str] = &[
    "AI",
    "APEC",
    "WAICO",
    "WAIC",
    "UNDP",
    "BCG",
    "US",
    "Qwen",
    "SEA",
    "LION",
    "v",
    "Nvidia",
    "H",
    "PATSTAT",
    "HAI",
    "EU",
    "MSIT",
    "MFA",
    "TASS",
    "Pandaily",
    "AsianFin",
    "Singapore",
    "Mirage",
    "News",
    "The",
    "Next",
    "Great",
    "Divergence",
    "GDP",
    "Ch",
    "Fig",
    "p",
    "data",
    "Stanford",
    "ckhq",
    "net",
    "ciplawyer",
    "com",
    "b",
    "news",
    "worldtradescanner",
    "ISO",
    "URL",
    "CSV",
    "Intel",
    "AMD",
    "Omnibus",
    "Annex",
    "Korea",
    "MI",
    "Alibaba",
    "B",
    "Ma",
    "Zhaoxu",
    "I",
    "Index",
    "TechNode",
    "Meta",
    "AP",
];

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x303F | 0x3400..=0x9FFF | 0xFF00..=0xFFEF)
}
fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Translated into the language written in `script`: every Latin word in it is a name or acronym
/// that stays as it is (so a single Chinese character cannot hide an English phrase next to it),
/// every other letter is of the language's script (no string left in a third language), and a
/// text with letters has at least one of that script unless all its words are such names.
fn translated(text: &str, script: fn(char) -> bool) -> bool {
    let mut latin = text.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).peekable();
    let only_names = latin.clone().all(|w| UNTRANSLATED.contains(&w));
    let has_latin = latin.peek().is_some();
    let other_letters_in_script = text.chars().filter(|c| c.is_alphabetic() && !c.is_ascii()).all(script);
    let has_script = text.chars().any(script);
    only_names && other_letters_in_script && (has_script || has_latin || !text.chars().any(char::is_alphabetic))
}

#[test]
fn the_translation_check_catches_what_it_is_for() {
    assert!(translated("中国：69.7%", is_cjk));
    assert!(translated("APEC", is_cjk), "names stay Latin");
    assert!(translated("2023", is_arabic), "numbers alone are fine");
    assert!(translated("امریکہ", is_arabic));
    assert!(!translated("Share 份额", is_cjk), "an English word next to Chinese");
    assert!(!translated("中国", is_arabic), "Chinese in an Urdu chart");
    assert!(!translated("امریکہ", is_cjk), "Urdu in a Chinese chart");
    assert!(!translated("United States", is_arabic), "English left in");
}

/// A language, a chart, and the script the language is written in.
type Case = (Lang, ChartId, fn(char) -> bool);

/// Every (language, chart, script) the registry says is translated.
fn translated_cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for &chart in ChartId::ALL {
        for &lang in chart.langs() {
            match lang {
                Lang::En => {}
                Lang::ZhHans => cases.push((lang, chart, is_cjk as fn(char) -> bool)),
                Lang::Ur => cases.push((lang, chart, is_arabic as fn(char) -> bool)),
            }
        }
    }
    cases
}

#[test]
fn every_string_drawn_is_translated_and_fits() {
    let cases = translated_cases();
    assert!(cases.len() >= 2 * ChartId::ALL.len(), "Chinese and Urdu for every chart: {}", cases.len());
    for &(lang, chart, script) in &cases {
        {
            for width in [320.0, 640.0, 1280.0] {
                let loc = Locale::new(lang);
                let h = chart.preferred_height(&ApproxMetrics, width, loc);
                let spec = chart.layout(&ApproxMetrics, (width, h), loc).unwrap();
                for t in spec.texts() {
                    assert!(translated(&t.text, script), "{lang:?} {chart:?} {width}: {:?} untranslated", t.text);
                }
                assert_eq!(spec.text_collisions(width, h), Vec::<String>::new(), "{lang:?} {chart:?} {width}");
            }
        }
    }
    // Tooltips, announcements, summaries, data tables and notes too (source titles and URLs
    // are names of English documents and stay as they are).
    for &(lang, chart, script) in &cases {
        {
            let spec = chart.layout(&ApproxMetrics, (640.0, 1200.0), Locale::new(lang)).unwrap();
            for p in spec.points {
                let info = p.datum.info(lang).unwrap();
                let texts = [
                    Some(&info.label),
                    info.value.as_ref(),
                    info.date.as_ref(),
                    info.status.as_ref(),
                    info.place.as_ref(),
                    info.note.as_ref(),
                ];
                for text in texts.into_iter().flatten() {
                    assert!(translated(text, script), "{lang:?} tooltip {text:?} untranslated");
                }
                assert!(!info.sources.is_empty(), "{lang:?} {chart:?}: a datum without a source");
                for c in &info.sources {
                    assert_citation_translated(lang, c, script);
                }
            }
            let d = chart.describe(lang);
            // Citations are checked as citations (below); their URLs are addresses.
            let source_columns: Vec<String> =
                columns(lang, &["Source", "Source URL", "Second source", "Second source URL"])
                    .into_iter()
                    .map(|c| crate::i18n::unmark(&c).into_owned())
                    .collect();
            let cells = d
                .rows
                .iter()
                .flat_map(|r| {
                    r.iter().zip(&d.columns).filter(|(_, c)| !source_columns.contains(c)).map(|(cell, _)| cell)
                })
                .filter(|c| !c.contains('-') || !c.starts_with("20"));
            for text in [&d.title].into_iter().chain(&d.columns).chain(&d.notes).chain(cells) {
                assert!(translated(text, script), "{lang:?} {chart:?} table/notes {text:?} untranslated");
            }
            for c in &d.sources {
                assert_citation_translated(lang, c, script);
            }
        }
    }
}

/// A citation in a translated chart: what it gives, its date (or "undated"), where it was read
/// and our own description of the document are in the language; the publisher has an entry in
/// the table (a name may stay as it is); a published title stays in its own language.
fn assert_citation_translated(lang: Lang, c: &crate::model::cite::Citation, script: fn(char) -> bool) {
    // Our description may quote a document's own title ("… 'AI at Work: …' survey"): as published.
    let unquoted = |t: &str| {
        let mut out = String::new();
        let mut quoted = false;
        for ch in t.chars() {
            if matches!(ch, '“' | '”' | '\'') {
                quoted = !quoted;
            } else if !quoted {
                out.push(ch);
            }
        }
        out
    };
    let ours = c.title_is_ours.then(|| unquoted(&c.title));
    for text in [c.gives.clone(), Some(c.published.clone()), ours].into_iter().flatten() {
        let text = &text;
        assert!(translated(text, script), "{lang:?} citation {text:?} untranslated in {:?}", c.text);
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let source = crate::data::SOURCES.iter().find(|s| s.url == c.url).unwrap();
        let has = |en: &str| crate::i18n::has(lang, en);
        assert!(has(source.publisher), "{lang:?}: publisher {:?} has no translation", source.publisher);
        if let Some(via) = source.read_via {
            assert!(has(via) && has("read via {via}"), "{lang:?}: {via:?}");
        }
    }
    assert!(c.text.contains(&c.title) && c.text.contains(&c.published), "{:?}", c.text);
}

use super::test_lines as lines;

/// Every text box of a right-to-left chart: Latin words only from the allow-list (names,
/// acronyms), and wholly on the canvas; also for English text in a chart mirrored right to left,
/// and for Chinese.
#[test]
fn right_to_left_charts_draw_no_stray_latin_and_keep_every_text_on_the_canvas() {
    for &chart in ChartId::ALL {
        for width in [240.0, 320.0, 360.0, 480.0, 640.0, 1280.0] {
            for loc in [Locale::new(Lang::Ur), Locale { lang: Lang::En, rtl: true }, Locale::new(Lang::ZhHans)] {
                let h = chart.preferred_height(&ApproxMetrics, width, loc);
                let spec = chart.layout(&ApproxMetrics, (width, h), loc).unwrap();
                let page = Rect::new(0.0, 0.0, width, h);
                for t in spec.texts() {
                    assert!(
                        page.encloses(&t.bounds(), 0.0),
                        "{chart:?} {loc:?} at {width}: {:?} leaves the canvas ({:?})",
                        t.text,
                        t.bounds()
                    );
                    if loc.lang == Lang::Ur && chart.langs().contains(&Lang::Ur) {
                        let stray = lines::latin_words_outside(&t.text, lines::URDU_LATIN_ALLOWED);
                        assert!(stray.is_empty(), "{chart:?} at {width}: Latin {stray:?} in {:?}", t.text);
                    }
                }
            }
        }
    }
    // The test can fail: an English word in an Urdu chart, a box past the left edge.
    assert_eq!(lines::latin_words_outside("ذریعہ: Source", lines::URDU_LATIN_ALLOWED), ["Source"]);
    let spec = ChartId::PatentShare.layout(&ApproxMetrics, (640.0, 600.0), Locale::new(Lang::Ur)).unwrap();
    let mut off = spec.texts().next().unwrap().clone();
    off.x = off.width - 1.0;
    off.align = crate::model::text::Align::Right;
    assert!(!Rect::new(0.0, 0.0, 640.0, 600.0).encloses(&off.bounds(), 0.0));
}

/// The lines of a laid-out chart, grouped into the texts they were wrapped from.
fn wrapped_texts(spec: &ChartSpec) -> Vec<Vec<String>> {
    let lines: Vec<(String, f64, f64, f64)> =
        spec.texts().map(|t| (t.text.clone(), t.x, t.y, t.font.line_height())).collect();
    lines::paragraphs(&lines)
}

#[test]
fn no_line_splits_a_number_from_its_unit_and_no_urdu_text_ends_in_one_short_word() {
    for &chart in ChartId::ALL {
        for &lang in chart.langs() {
            for width in [320.0, 360.0, 640.0, 1280.0] {
                let loc = Locale::new(lang);
                let h = chart.preferred_height(&ApproxMetrics, width, loc);
                let spec = chart.layout(&ApproxMetrics, (width, h), loc).unwrap();
                for text in wrapped_texts(&spec) {
                    let bad = lines::unit_violations(&text);
                    assert!(bad.is_empty(), "{chart:?} {lang:?} at {width}: {bad:?}");
                    if lang == Lang::Ur {
                        let lone = lines::lone_last_word(&text);
                        assert!(lone.is_none(), "{chart:?} at {width}: {lone:?} alone on the last line of {text:?}");
                    }
                }
            }
        }
    }
    // The checks catch the splits the audit found.
    assert_eq!(lines::unit_violations(&["AI could add nearly US$1", "trillion to ASEAN"]).len(), 1);
    assert_eq!(lines::unit_violations(&["(Ch. 1, §1.2, Fig. 1.2.3, p.", "44; data: PATSTAT)."]).len(), 1);
    assert_eq!(lines::unit_violations(&["AI或为东盟经济体新增近1万亿美", "元GDP"]).len(), 1);
    assert_eq!(lines::unit_violations(&["تقریباً 70", "فیصد AI پیٹنٹ"]).len(), 1);
    assert_eq!(lines::unit_violations(&["1 ٹریلین امریکی", "ڈالر کا اضافہ"]).len(), 1);
    assert_eq!(lines::unit_violations(&["تقریباً 2 فیصدی", "پوائنٹس"]).len(), 1);
    assert_eq!(lines::unit_violations(&["AI Index رپورٹ 2025 (باب", "1، §1.2"]).len(), 1);
    assert_eq!(lines::lone_last_word(&["چین کے پیٹنٹ دفتر نے پیٹنٹ عطا", "کیے"]).as_deref(), Some("کیے"));
    assert!(lines::unit_violations(&["granted in 2023", "by location"]).is_empty());
    let grouped = lines::paragraphs(&[
        ("a".into(), 10.0, 0.0, 15.0),
        ("b".into(), 10.0, 15.0, 15.0),
        ("c".into(), 10.0, 40.0, 15.0),
    ]);
    assert_eq!(grouped, [vec!["a", "b"], vec!["c"]]);
}

#[test]
fn right_to_left_mirrors_the_whole_chart() {
    let rtl = Locale { lang: Lang::En, rtl: true };
    let width = 640.0;
    let ltr_spec = ChartId::PatentShare.layout(&ApproxMetrics, (width, 500.0), Locale::default()).unwrap();
    let rtl_spec = ChartId::PatentShare.layout(&ApproxMetrics, (width, 500.0), rtl).unwrap();
    // The first bar (the first mark that shows a datum) grows leftwards from the right.
    let first_bar = |s: &ChartSpec| {
        s.marks.iter().find_map(|m| match (&m.shape, m.datum) {
            (crate::model::scene::Shape::Rect(r), Some(_)) => Some(*r),
            _ => None,
        })
    };
    let (l, r) = (first_bar(&ltr_spec).unwrap(), first_bar(&rtl_spec).unwrap());
    assert!((r.right() - (width - l.x)).abs() < 1e-9, "bars grow leftwards from the right");
    let title = rtl_spec.texts().next().unwrap();
    assert_eq!(title.align, crate::model::text::Align::Right, "title aligned right");
    assert!((title.bounds().right() - (width - crate::model::frame::padding(width))).abs() < 1e-9);
    for &chart in ChartId::ALL {
        for width in [320.0, 1280.0] {
            let h = chart.preferred_height(&ApproxMetrics, width, rtl);
            let spec = chart.layout(&ApproxMetrics, (width, h), rtl).unwrap();
            assert_eq!(spec.text_collisions(width, h), Vec::<String>::new(), "{chart:?} rtl {width}");
        }
    }
}

// ---- points and what they say

fn spec(chart: ChartId, width: f64, loc: Locale) -> ChartSpec {
    let h = chart.preferred_height(&ApproxMetrics, width, loc);
    chart.layout(&ApproxMetrics, (width, h), loc).unwrap()
}

#[test]
fn the_centre_of_every_mark_hits_its_datum_and_gaps_hit_nothing() {
    for loc in [Locale::default(), Locale { lang: Lang::En, rtl: true }, Locale::new(Lang::ZhHans)] {
        for &chart in ChartId::ALL {
            for width in [320.0, 640.0, 1280.0] {
                let s = spec(chart, width, loc);
                let pts = &s.points;
                assert!(pts.len() >= 3, "{chart:?}");
                for (i, p) in pts.iter().enumerate() {
                    let (cx, cy) = (p.area.x + p.area.w / 2.0, p.area.y + p.area.h / 2.0);
                    assert_eq!(s.hit_test(cx, cy), Some(i), "{chart:?} {width} point {i}");
                    // Just above the first and below every mark: nothing.
                    assert_eq!(s.hit_test(cx, p.area.bottom() + 1.5), None, "{chart:?} {width} below {i}");
                    assert_eq!(s.hit_test(cx, p.area.y - 1.5), None, "{chart:?} {width} above {i}");
                }
                assert_eq!(s.hit_test(1.0, 1.0), None, "the title is not a datum");
                assert_eq!(s.hit_test(f64::NAN, 10.0), None);
            }
        }
    }
}

#[test]
fn marks_point_at_the_right_data() {
    let s = spec(ChartId::PatentShare, 640.0, Locale::default());
    let china = s.points[0];
    let info = china.datum.info(Lang::En).unwrap();
    assert_eq!((info.label.as_str(), info.value.as_deref(), info.number), ("China", Some("69.7%"), Some(69.70)));
    assert!(info.source_url.starts_with("https://hai-production"));
    let zh = info_of(&s, 0, Lang::ZhHans);
    assert_eq!(zh.label, "中国");

    let t = spec(ChartId::InitiativeTimeline, 640.0, Locale::default());
    let last = info_of(&t, t.points.len() - 1, Lang::En);
    assert_eq!(last.date.as_deref(), Some("2 Aug 2027"));
    assert_eq!(last.status.as_deref(), Some("statutory date, changes proposed"));
    // Two sources: each cited in full, with what it gives.
    assert_eq!(
        last.announcement(Lang::En),
        "EU AI Act: rules for high-risk AI in regulated products apply. 2 Aug 2027. European Union. \
         statutory date, changes proposed. Sources: Event, date and place: aipmo.co, [EU AI Act timeline], \
         undated. Note: OneTrust, [EU Digital Omnibus proposes delay of AI compliance deadlines], undated."
    );
    let zh = s.points[0].datum.info(Lang::ZhHans).unwrap().announcement(Lang::ZhHans);
    assert_eq!(
        zh,
        "中国：69.7%。2023年。来源：斯坦福大学以人为本人工智能研究院（HAI），\
         《Artificial Intelligence Index Report 2025》，2025年4月；经报告的文本副本阅读。"
    );

    let g = spec(ChartId::ProjectedGains, 640.0, Locale::default());
    let head = info_of(&g, 0, Lang::En);
    assert_eq!(head.value.as_deref(), Some("nearly US$1 trillion"));
    assert_eq!(head.label, "Additional GDP, ASEAN economies, over the next decade");
}

fn info_of(s: &ChartSpec, i: usize, lang: Lang) -> DatumInfo {
    s.points[i].datum.info(lang).unwrap()
}

// ---- descriptions

#[test]
fn summaries_and_tables_carry_every_value_with_its_source() {
    let p = ChartId::PatentShare.describe(Lang::En);
    assert!(
        p.summary.contains("China 69.7%, United States 14.2%, Europe 2.8%, India 0.4%, Rest of world 13.0%"),
        "{}",
        p.summary
    );
    assert_eq!(p.rows.len(), 5);
    assert_eq!(p.rows[0][..2], ["China".to_owned(), "69.70".to_owned()]);
    assert_eq!(p.rows[1][1], "14.16", "tables keep the exact published value");
    assert_eq!(p.rows[4][1], "13.00", "with the source's two decimals");
    assert!(p.rows.iter().all(|r| r[3].starts_with("https://")));
    let g = ChartId::ProjectedGains.describe(Lang::En);
    assert!(g.summary.contains("nearly US$1 trillion") && g.summary.contains("ASEAN"), "{}", g.summary);
    assert_eq!(g.rows[0][2], "1000000000000");
    let t = ChartId::InitiativeTimeline.describe(Lang::En);
    assert_eq!(t.rows.len(), DATASET.timeline.len());
    for (row, e) in t.rows.iter().zip(DATASET.timeline) {
        assert_eq!((row[0].as_str(), row[3].as_str()), (e.date_label, e.label));
        assert!(row[1].starts_with(e.date) && e.end_date.is_none_or(|end| row[1].ends_with(end)), "{row:?}");
    }
    let isom = t.rows.iter().find(|r| r[0] == "11–12 Dec 2025").unwrap();
    assert_eq!(isom[1], "2025-12-11/2025-12-12", "the ISO column keeps the end date");
    // Every chart's summary (the canvas's label, the pictures' alt text) names its source.
    for chart in ChartId::ALL.iter().filter(|c| !c.as_str().starts_with("test-")) {
        let summary = chart.describe(Lang::En).summary;
        assert!(summary.contains("Source"), "{chart:?}: {summary}");
    }
    assert!(t.sources.iter().any(|c| c.url.contains("onetrust")), "note sources are listed");
    let zh = ChartId::PatentShare.describe(Lang::ZhHans);
    assert_eq!(zh.rows[0][0], "中国");
    assert!(zh.summary.starts_with("2023年授权AI专利份额"), "{}", zh.summary);
}

#[test]
fn chart_ids_round_trip_and_unknown_lists_valid() {
    for &id in ChartId::ALL {
        assert_eq!(ChartId::parse(id.as_str()), Ok(id));
    }
    let msg = ChartId::parse("pie").unwrap_err().to_string();
    assert!(msg.contains("\"pie\"") && msg.contains(&ChartId::IDS.join(", ")), "{msg}");
    // Own ids only: names every JS object has are not charts.
    for inherited in ["constructor", "toString", "__proto__", "hasOwnProperty", ""] {
        assert!(ChartId::parse(inherited).is_err(), "{inherited}");
    }
}

#[test]
fn any_box_from_120_by_80_draws_the_whole_chart_without_overlaps() {
    for &chart in ChartId::ALL {
        for loc in [Locale::default(), Locale::new(Lang::ZhHans)] {
            for width in [120.0, 160.0, 200.0, 240.0, 320.0, 480.0, 640.0, 1024.0, 1920.0] {
                for height in [80.0, 120.0, 200.0, 300.0, 400.0, 600.0, 1000.0] {
                    let f = chart.fit(&ApproxMetrics, (width, height), loc).unwrap();
                    assert!(f.scale > 0.0 && f.scale <= 1.0, "{chart:?} {width}×{height}: scale {}", f.scale);
                    // The layout box, scaled, is exactly the canvas: nothing drawn outside it.
                    let (lw, lh) = ((width - 2.0 * f.offset.0) / f.scale, (height - 2.0 * f.offset.1) / f.scale);
                    assert_eq!(f.spec.text_collisions(lw, lh), Vec::<String>::new(), "{chart:?} {width}×{height}");
                    let natural = width >= MIN_WIDTH && chart.layout(&ApproxMetrics, (width, height), loc).is_ok();
                    assert_eq!(f.fit == Fit::Natural, natural, "{chart:?} {width}×{height}: {:?}", f.fit);
                    // Hit-testing maps through the fit: the centre of every point, in canvas px, hits it.
                    for (i, p) in f.spec.points.iter().enumerate() {
                        let area = f.to_box(p.area);
                        let (x, y) = f.to_layout((area.x + area.w / 2.0, area.y + area.h / 2.0));
                        assert_eq!(f.spec.hit_test(x, y), Some(i));
                    }
                }
            }
        }
        for size in [(119.0, 400.0), (640.0, 79.0), (f64::NAN, 300.0), (300.0, f64::INFINITY)] {
            let e = chart.fit(&ApproxMetrics, size, Locale::default()).unwrap_err();
            assert_eq!(e.code(), "CANVAS_TOO_SMALL", "{size:?}");
            assert!(e.to_string().contains("120×80"), "{e}");
        }
    }
}

#[test]
fn a_scaled_chart_is_as_large_as_its_box_allows() {
    // A 16:10 CMS slot: the timeline needs more height than 400 px at 640 px, so it is scaled, but
    // laid out wide enough that it is not shrunk more than it must be.
    let f = ChartId::InitiativeTimeline.fit(&ApproxMetrics, (640.0, 400.0), Locale::default()).unwrap();
    assert_eq!(f.fit, Fit::Scaled);
    let wanted = ChartId::InitiativeTimeline.preferred_height(&ApproxMetrics, 640.0, Locale::default());
    assert!(f.scale > 400.0 / wanted + 0.1, "scale {} is hardly better than squeezing the 640 px layout", f.scale);
    // Boxes that fit the natural layout keep it.
    let h = ChartId::PatentShare.preferred_height(&ApproxMetrics, 640.0, Locale::default());
    let natural = ChartId::PatentShare.fit(&ApproxMetrics, (640.0, h), Locale::default()).unwrap();
    assert_eq!((natural.fit, natural.scale), (Fit::Natural, 1.0));
}
