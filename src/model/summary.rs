//! Text alternatives generated from the same dataset the charts draw: the `aria-label` /
//! `alt` of each chart. Pure.

use super::format_date;
use super::share::{drawing_order, percent_label};
use crate::data::DATASET;
use crate::options::ChartId;

/// One paragraph saying what the chart shows, with every value, for screen readers and `alt`.
pub fn summary(chart: ChartId) -> String {
    match chart {
        ChartId::PatentShare => {
            let d = &DATASET.patent_share;
            let values: Vec<String> = drawing_order(d)
                .into_iter()
                .filter_map(|i| d.slices.get(i))
                .map(|s| format!("{} {}", s.label, percent_label(s.percent)))
                .collect();
            format!(
                "Bar chart: share of AI patents {}. {}. Source: Stanford HAI, AI Index Report 2025. As of {}.",
                d.measure,
                values.join(", "),
                format_date(DATASET.as_of)
            )
        }
        ChartId::ProjectedGains => {
            let g = &DATASET.projected_gains;
            let related: Vec<String> = g.related.iter().map(|r| format!("{}, {}: {}", r.label, r.scope, r.display)).collect();
            format!(
                "UNDP projection: {} could see {} in additional GDP {}, shown as one total with no yearly or per-country breakdown. {}. Source: UNDP, December 2025.",
                g.headline.scope,
                g.headline.display,
                g.headline.period.unwrap_or(""),
                related.join("; ")
            )
        }
        ChartId::InitiativeTimeline => {
            let events: Vec<String> = DATASET
                .timeline
                .iter()
                .map(|e| format!("{}: {} ({}, {})", e.date_label, e.label, e.place, e.status.label()))
                .collect();
            format!("Timeline of AI initiatives, 2025 to 2027. {}. As of {}.", events.join("; "), format_date(DATASET.as_of))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_carry_every_value() {
        let patents = summary(ChartId::PatentShare);
        assert!(patents.starts_with("Bar chart: share of AI patents granted in 2023"));
        assert!(patents.contains("China 69.7%, United States 14.2%, Europe 2.8%, India 0.4%, Rest of world 13.0%"), "{patents}");
        let gains = summary(ChartId::ProjectedGains);
        assert!(gains.contains("ASEAN economies could see nearly US$1 trillion") && gains.contains("up to 5%"), "{gains}");
        let timeline = summary(ChartId::InitiativeTimeline);
        for e in DATASET.timeline {
            assert!(timeline.contains(e.label) && timeline.contains(e.date_label), "{} missing", e.id);
        }
    }
}
