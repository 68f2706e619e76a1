//! Native tier 1: the bundled dataset's integrity and its honesty rules (shared/facts.md §5).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg(not(target_arch = "wasm32"))]

use apac_ai_charts::data::{self, Precision, Status, DATASET};
use apac_ai_charts::model::dates::parse_span;

#[test]
fn patent_shares_sum_to_100_and_match_the_source_chart() {
    let slices = DATASET.patent_share.slices;
    let sum: f64 = slices.iter().map(|s| s.percent).sum();
    assert!((sum - 100.0).abs() <= 0.01, "shares sum to {sum}");
    let expected =
        [("China", 69.70), ("United States", 14.16), ("Europe", 2.77), ("India", 0.37), ("Rest of world", 13.00)];
    assert_eq!(slices.len(), expected.len());
    for (label, percent) in expected {
        let s = slices.iter().find(|s| s.label == label).unwrap_or_else(|| panic!("{label} missing"));
        assert_eq!(s.percent, percent, "{label}");
    }
    assert_eq!(DATASET.patent_share.year, 2023);
    assert!(DATASET.patent_share.measure.contains("granted in 2023"));
    assert!(DATASET.patent_share.caveat.contains("interpreted with caution"));
    // No invented Japan or Korea slices (facts.md §1.2).
    assert!(!slices.iter().any(|s| s.label.contains("Japan") || s.label.contains("Korea")));
}

#[test]
fn every_datum_resolves_to_a_source_with_an_http_url() {
    let mut ids: Vec<&str> = vec![
        DATASET.patent_share.source_id,
        DATASET.projected_gains.source_id,
        DATASET.projected_gains.report_source_id,
    ];
    ids.extend(DATASET.timeline.iter().map(|e| e.source_id));
    for id in ids {
        assert!(data::source(id).is_some(), "source {id:?} not in the source list");
    }
    for (i, s) in DATASET.sources.iter().enumerate() {
        assert!(s.url.starts_with("https://") || s.url.starts_with("http://"), "{}: {}", s.id, s.url);
        assert!(!s.title.is_empty() && !s.publisher.is_empty(), "{}", s.id);
        assert!(DATASET.sources[i + 1..].iter().all(|o| o.id != s.id), "duplicate source id {}", s.id);
        if let Some(p) = s.published {
            let precision = if p.len() == 7 { Precision::Month } else { Precision::Day };
            parse_span(p, precision).unwrap_or_else(|e| panic!("{}: {e}", s.id));
        }
    }
}

#[test]
fn every_source_is_used_and_every_note_source_resolves() {
    let mut used: Vec<&str> = vec![
        DATASET.patent_share.source_id,
        DATASET.projected_gains.source_id,
        DATASET.projected_gains.report_source_id,
    ];
    for e in DATASET.timeline {
        used.push(e.source_id);
        if let Some(id) = e.note_source_id {
            assert!(data::source(id).is_some(), "{}: note source {id:?} unknown", e.id);
            used.push(id);
        }
    }
    for s in DATASET.sources {
        assert!(used.contains(&s.id), "source {} is referenced by no datum", s.id);
    }
}

#[test]
fn timeline_dates_parse_at_their_precision_and_are_in_order() {
    let mut last = i64::MIN;
    for e in DATASET.timeline {
        let (start, _) = parse_span(e.date, e.precision).unwrap_or_else(|err| panic!("{}: {err}", e.id));
        if let Some(end) = e.end_date {
            let (end, _) = parse_span(end, Precision::Day).unwrap_or_else(|err| panic!("{}: {err}", e.id));
            assert!(end > start, "{} ends before it starts", e.id);
        }
        assert!(start >= last, "{} is out of date order", e.id);
        last = start;
        assert!(!e.label.is_empty() && !e.short_label.is_empty() && !e.place.is_empty(), "{}", e.id);
        assert!(e.short_label.len() <= e.label.len(), "{}: short label longer than label", e.id);
    }
    assert_eq!(DATASET.as_of, "2025-12-28");
}

#[test]
fn timeline_covers_the_articles_events_with_honest_status_and_precision() {
    let find = |id: &str| DATASET.timeline.iter().find(|e| e.id == id).unwrap_or_else(|| panic!("{id} missing"));
    for id in [
        "waico-proposed",
        "bcg-apac-report",
        "apec-ai-initiative",
        "apec-2026-announced",
        "qwen-sea-lion-v4",
        "undp-report",
        "us-chip-exports",
        "apec-isom-shenzhen",
        "korea-ai-basic-act",
        "eu-ai-act-annex-i",
        "apec-2026-leaders",
    ] {
        find(id);
    }
    // Precision: month where the day is not confirmed (facts.md §5.5).
    for id in ["bcg-apac-report", "qwen-sea-lion-v4", "apec-2026-leaders"] {
        assert_eq!(find(id).precision, Precision::Month, "{id}");
    }
    assert_eq!(find("korea-ai-basic-act").date, "2026-01-22");
    assert_eq!(find("eu-ai-act-annex-i").date, "2027-08-02");
    // Status wording (facts.md §5.6).
    assert_eq!(find("waico-proposed").status, Status::Proposed);
    assert_eq!(find("eu-ai-act-annex-i").status, Status::StatutoryChangesProposed);
    assert_eq!(find("apec-2026-leaders").status, Status::Scheduled);
    // Unconfirmed claims are not charted as fact (facts.md §5.7, §5.8).
    for e in DATASET.timeline {
        let text = format!("{} {} {}", e.label, e.short_label, e.place);
        for banned in ["established", "$6 billion", "one-third", "workshop", "Guangxi", "Vietnamese officials"] {
            assert!(!text.contains(banned), "{}: {banned:?} charted as fact", e.id);
        }
    }
}

#[test]
fn projected_gains_follow_undp_scope_without_a_breakdown() {
    let g = &DATASET.projected_gains;
    assert_eq!(g.headline.scope, "ASEAN economies");
    assert_eq!(g.headline.qualifier, "nearly");
    assert_eq!(g.headline.value, 1.0e12);
    assert_eq!(g.headline.period, Some("over the next decade"));
    assert!(g.headline.quote.contains("could"), "the hedge must be kept");
    assert!(g.breakdown.is_none(), "no breakdown exists; none may be invented");
    assert!(g.related.iter().any(|r| r.qualifier == "around" && r.value == 2.0 && r.scope == "Asia-Pacific region"));
    assert!(g.related.iter().any(|r| r.qualifier == "up to" && r.value == 5.0));
    assert!(g.caveats.iter().any(|c| c.contains("across Asia")), "the article/source discrepancy is stated");
}

#[test]
fn dataset_serializes_with_the_documented_camel_case_keys() {
    let v: serde_json::Value = serde_json::from_str(apac_ai_charts::DATASET_JSON).unwrap();
    assert_eq!(v, serde_json::to_value(&DATASET).unwrap(), "the bundled JSON is the dataset the charts draw");
    for key in ["asOf", "sources", "patentShare", "projectedGains", "timeline"] {
        assert!(v.get(key).is_some(), "{key} missing");
    }
    assert!(v["patentShare"]["slices"][0].get("percent").is_some());
    assert!(v["patentShare"].get("sourceId").is_some());
    assert!(v["timeline"][0].get("sourceId").is_some() && v["timeline"][0].get("dateLabel").is_some());
    assert!(v["sources"][0].get("published").is_some());
}
