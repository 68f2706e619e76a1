//! Calendar dates at the precision the sources support, as day numbers for axes. Pure.

use crate::data::Precision;

/// A day number: days since 1970-01-01 (proleptic Gregorian).
pub type DayNumber = i64;

/// Days since 1970-01-01 for a civil date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> DayNumber {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The span of days an ISO date at a precision covers: `[start, end)` in day numbers.
/// Errors say what was wrong with the text.
pub fn parse_span(iso: &str, precision: Precision) -> Result<(DayNumber, DayNumber), String> {
    let parts: Vec<&str> = iso.split('-').collect();
    let expected = match precision {
        Precision::Year => 1,
        Precision::Month => 2,
        Precision::Day => 3,
    };
    // Messages built without `core::fmt` (see `crate::numfmt`).
    let bad = |what: &str| ["date ", &crate::numfmt::quoted(iso), what].concat();
    if parts.len() != expected {
        return Err(bad(" does not match its precision (year, month or day)"));
    }
    let num = |i: usize| -> Result<i64, String> {
        parts.get(i).and_then(|p| p.parse::<i64>().ok()).ok_or_else(|| bad(" has a non-numeric part"))
    };
    let y = num(0)?;
    let month = |v: i64| u32::try_from(v).ok().filter(|m| (1..=12).contains(m));
    Ok(match precision {
        Precision::Year => (days_from_civil(y, 1, 1), days_from_civil(y + 1, 1, 1)),
        Precision::Month => {
            let m = month(num(1)?).ok_or_else(|| bad(" has no month 1-12"))?;
            let start = days_from_civil(y, m, 1);
            (start, start + i64::from(days_in_month(y, m)))
        }
        Precision::Day => {
            let m = month(num(1)?).ok_or_else(|| bad(" has no month 1-12"))?;
            let d = u32::try_from(num(2)?)
                .ok()
                .filter(|d| (1..=days_in_month(y, m)).contains(d))
                .ok_or_else(|| bad(" has no such day"))?;
            let start = days_from_civil(y, m, d);
            (start, start + 1)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_day_numbers() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(2025, 12, 28), 20_450);
    }

    #[test]
    fn spans_follow_precision() {
        let nov = parse_span("2025-11", Precision::Month).unwrap();
        assert_eq!(nov.1 - nov.0, 30);
        assert_eq!(parse_span("2024", Precision::Year).map(|s| s.1 - s.0), Ok(366));
        assert_eq!(parse_span("2025-11-01", Precision::Day).map(|s| s.0), Ok(nov.0));
        assert!(parse_span("2025-02-29", Precision::Day).is_err());
        assert!(parse_span("2025-13", Precision::Month).is_err());
        assert!(parse_span("2025-11", Precision::Day).is_err());
        assert!(parse_span("soon", Precision::Year).is_err());
    }
}
