//! Native tier 1: the bundled dataset's integrity and its honesty rules (shared/facts.md §5).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg(not(target_arch = "wasm32"))]

use apac_ai_charts::data::{self, Gives, Precision, Status, DATASET};
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
    // Precision: month where the day is not confirmed (facts.md §5.5), the year where no
    // record listed states the month.
    for id in ["bcg-apac-report", "apec-2026-leaders"] {
        assert_eq!(find(id).precision, Precision::Month, "{id}");
    }
    assert_eq!(find("qwen-sea-lion-v4").precision, Precision::Year);
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

/// The digits of `text` that lie inside no occurrence of any of `stated` in it, as the runs of
/// digits and number punctuation they belong to.
fn unstated_numbers(text: &str, stated: &[&str]) -> Vec<String> {
    let mut covered = vec![false; text.len()];
    for phrase in stated.iter().filter(|p| !p.is_empty()) {
        for (at, _) in text.match_indices(phrase) {
            covered[at..at + phrase.len()].iter_mut().for_each(|c| *c = true);
        }
    }
    let mut out: Vec<String> = Vec::new();
    let mut run = String::new();
    let mut run_bad = false;
    for (i, c) in text.char_indices() {
        if c.is_ascii_alphanumeric() || "%.,+–-$".contains(c) {
            run.push(c);
            run_bad |= c.is_ascii_digit() && !covered[i];
            continue;
        }
        if run_bad {
            out.push(run.trim_end_matches(['.', ',']).to_owned());
        }
        run.clear();
        run_bad = false;
    }
    if run_bad {
        out.push(run.trim_end_matches(['.', ',']).to_owned());
    }
    out
}

#[test]
fn the_stated_check_catches_numbers_no_record_states() {
    assert_eq!(unstated_numbers("Nov 2025 in Gyeongju", &["2026-11"]), ["2025"]);
    assert_eq!(unstated_numbers("78% of staff (72% globally)", &["78%"]), ["72%"]);
    assert_eq!(
        unstated_numbers("on 1 Nov, at 31 Oct–1 Nov 2025", &["1 Nov", "31 Oct–1 Nov 2025"]),
        Vec::<String>::new()
    );
    assert_eq!(unstated_numbers("10,600+ employees", &["4,500+"]), ["10,600+"]);
    assert!(unstated_numbers("no digits here", &[]).is_empty());
}

/// What the records cited by a datum state, with what the article itself states.
fn stated_by(ids: &[&str]) -> Vec<&'static str> {
    let mut stated: Vec<&'static str> = data::stated("article").to_vec();
    for id in ids {
        assert!(data::source(id).is_some(), "source {id:?} not in the source list");
        stated.extend(data::stated(id));
    }
    stated
}

#[test]
fn every_record_says_what_it_states_once() {
    let ids: Vec<&str> = data::STATED.iter().map(|(id, _)| *id).collect();
    let expected: Vec<&str> = std::iter::once("article").chain(DATASET.sources.iter().map(|s| s.id)).collect();
    assert_eq!(ids, expected, "one entry per record, in the records' order");
    assert!(data::STATED.iter().all(|(_, stated)| !stated.is_empty()));
}

#[test]
fn every_date_place_and_number_names_a_record_that_states_it() {
    for e in DATASET.timeline {
        let ids: Vec<&str> = std::iter::once(e.source_id).chain(e.note_source_id).collect();
        let stated = stated_by(&ids);
        // The date at the precision drawn, its end, and the place: each stated as it is.
        for iso in std::iter::once(e.date).chain(e.end_date) {
            assert!(stated.contains(&iso), "{}: date {iso} is stated by none of {ids:?}", e.id);
        }
        assert!(stated.contains(&e.place), "{}: place {:?} is stated by none of {ids:?}", e.id, e.place);
        // Every number in what the chart and its tooltip say (`date_label` is `date` as
        // readers see it: the charts' `dates_format_for_readers` holds it to `date`).
        for text in [e.label, e.short_label, e.note.unwrap_or("")] {
            let unstated = unstated_numbers(text, &stated);
            assert!(unstated.is_empty(), "{}: {unstated:?} in {text:?} is stated by none of {ids:?}", e.id);
        }
    }

    let p = &DATASET.patent_share;
    let mut stated = stated_by(&[p.source_id]);
    // Two numbers are our arithmetic, not a record's: the sums of the shares as published and as
    // the chart rounds them. They are recomputed here, so they can only be right.
    let published_sum = format!("{:.2}%", p.slices.iter().map(|s| s.percent).sum::<f64>());
    let rounded_sum = format!("{:.1}%", p.slices.iter().map(|s| (s.percent * 10.0).round() / 10.0).sum::<f64>());
    stated.extend([published_sum.as_str(), rounded_sum.as_str()]);
    assert!(stated.contains(&p.year.to_string().as_str()), "patent share: year {} unstated", p.year);
    for s in p.slices {
        let percent = format!("{:.2}", s.percent);
        assert!(stated.contains(&percent.as_str()), "patent share: {} {percent} unstated", s.label);
        assert!(unstated_numbers(s.label, &stated).is_empty(), "{}", s.label);
    }
    for text in [p.measure, p.unit, p.locator, p.caveat].iter().chain(p.notes) {
        let unstated = unstated_numbers(text, &stated);
        assert!(unstated.is_empty(), "patent share: {unstated:?} in {text:?}");
    }

    let g = &DATASET.projected_gains;
    let stated = stated_by(&[g.source_id]);
    for f in std::iter::once(&g.headline).chain(g.related) {
        for text in [f.label, f.scope, f.display, f.quote, f.unit, f.period.unwrap_or("")] {
            let unstated = unstated_numbers(text, &stated);
            assert!(unstated.is_empty(), "projected gains: {unstated:?} in {text:?}");
        }
    }
    for text in g.caveats {
        assert!(unstated_numbers(text, &stated).is_empty(), "projected gains: {text:?}");
    }

    // A title we wrote ourselves ([in brackets]) says only what its record states.
    for s in DATASET.sources.iter().filter(|s| s.title.starts_with('[')) {
        let unstated = unstated_numbers(s.title, data::stated(s.id));
        assert!(unstated.is_empty(), "{}: {unstated:?} in our title {:?}", s.id, s.title);
    }
}

/// A datum with two sources says which gives what, and says it truly: a source is said to give
/// the date or the place exactly when it states them.
#[test]
fn a_datum_with_two_sources_says_which_gives_what() {
    for e in DATASET.timeline {
        let Some(second) = e.note_source_id else {
            assert!(
                e.source_gives.is_empty() && e.note_source_gives.is_empty(),
                "{}: one source, nothing to divide",
                e.id
            );
            continue;
        };
        assert!(e.source_gives.contains(&Gives::Event), "{}: its own source gives the event", e.id);
        assert!(!e.note_source_gives.is_empty(), "{}: what does {second} give?", e.id);
        let pairs = [(e.source_id, e.source_gives), (second, e.note_source_gives)];
        for (id, gives) in pairs {
            let states = data::stated(id);
            assert_eq!(
                gives.contains(&Gives::Date),
                states.contains(&e.date),
                "{}: {id} and the date {}",
                e.id,
                e.date
            );
            assert_eq!(gives.contains(&Gives::Place), states.contains(&e.place), "{}: {id} and {}", e.id, e.place);
        }
        assert!(pairs.iter().any(|(_, g)| g.contains(&Gives::Date)), "{}: no source gives the date", e.id);
        assert!(pairs.iter().any(|(_, g)| g.contains(&Gives::Place)), "{}: no source gives the place", e.id);
    }
}

/// A drawn label quotes one figure: figures from different surveys side by side read as one
/// comparison. A second figure goes to the note, which says where it comes from.
#[test]
fn every_timeline_label_quotes_at_most_one_figure() {
    for e in DATASET.timeline {
        for label in [e.label, e.short_label] {
            assert!(label.matches('%').count() <= 1, "{}: {label:?} sets figures side by side", e.id);
        }
    }
    let bcg = DATASET.timeline.iter().find(|e| e.id == "bcg-apac-report").unwrap();
    assert!(bcg.label.contains("78%") && !bcg.label.contains("72%"), "{}", bcg.label);
    assert!(bcg.note.is_some_and(|n| n.contains("72% globally") && n.contains("different survey")));
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
