//! Dates as readers of each language write them ("28 Dec 2025", "2025年12月28日",
//! "28 دسمبر 2025"). Pure.

use super::Lang;

const MONTHS_EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_UR: [&str; 12] =
    ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"];

/// A date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally a day range ending `end_day` in the same
/// month, optionally "late" in the month) as readers of `lang` write it:
/// "28 Dec 2025" / "2025年12月28日" / "28 دسمبر 2025", "late Nov 2025" / "2025年11月下旬".
pub fn date(lang: Lang, iso: &str, end_day: Option<u32>, late: bool) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let year = parts.first().copied().unwrap_or(iso);
    let month = parts.get(1).and_then(|m| m.parse::<usize>().ok()).filter(|m| (1..=12).contains(m));
    let day = parts.get(2).and_then(|d| d.parse::<u32>().ok());
    let Some(m) = month.filter(|_| year.len() == 4) else {
        // A year alone, as Chinese writes it ("2025年"); anything else as it is.
        let year_only = parts.len() == 1 && year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit());
        return if year_only && lang == Lang::ZhHans { [year, "年"].concat() } else { iso.to_owned() };
    };
    let days = match (day, end_day) {
        (Some(d), Some(e)) => Some([crate::numfmt::int(d.into()), "–".into(), crate::numfmt::int(e.into())].concat()),
        (Some(d), None) => Some(crate::numfmt::int(d.into())),
        _ => None,
    };
    let idx = m - 1;
    match lang {
        Lang::En => {
            let mon = MONTHS_EN.get(idx).copied().unwrap_or("");
            match (days, late) {
                (Some(d), _) => [&d, " ", mon, " ", year].concat(),
                (None, true) => ["late ", mon, " ", year].concat(),
                (None, false) => [mon, " ", year].concat(),
            }
        }
        Lang::ZhHans => {
            let month = [year, "年", &crate::numfmt::int(idx as i64 + 1), "月"].concat();
            match (day, end_day, late) {
                (Some(d), Some(e), _) => {
                    [&month, &crate::numfmt::int(d.into()), "日至", &crate::numfmt::int(e.into()), "日"].concat()
                }
                (Some(d), None, _) => [&month, &crate::numfmt::int(d.into()), "日"].concat(),
                (None, _, true) => [&month, "下旬"].concat(),
                (None, _, false) => month,
            }
        }
        Lang::Ur => {
            let mon = MONTHS_UR.get(idx).copied().unwrap_or("");
            // The first of a month is "یکم", as Urdu writes it ("یکم نومبر"), not "1".
            let days = if (day, end_day) == (Some(1), None) { Some("یکم".to_owned()) } else { days };
            match (days, late) {
                // A hyphen keeps a day range left to right inside Urdu text (an en dash between
                // two numbers is reordered by the bidirectional algorithm: "12–11").
                (Some(d), _) => [&d.replace('–', "-"), " ", mon, " ", year].concat(),
                (None, true) => [mon, " ", year, " کے آخر میں"].concat(),
                (None, false) => [mon, " ", year].concat(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_per_language() {
        assert_eq!(date(Lang::En, "2025-12-28", None, false), "28 Dec 2025");
        assert_eq!(date(Lang::En, "2025-12-11", Some(12), false), "11–12 Dec 2025");
        assert_eq!(date(Lang::En, "2025-11", None, true), "late Nov 2025");
        assert_eq!(date(Lang::ZhHans, "2025-11", None, false), "2025年11月");
        assert_eq!(date(Lang::ZhHans, "2025-11", None, true), "2025年11月下旬");
        assert_eq!(date(Lang::ZhHans, "2025-12-11", Some(12), false), "2025年12月11日至12日");
        assert_eq!(date(Lang::Ur, "2025-07-26", None, false), "26 جولائی 2025");
        assert_eq!(date(Lang::Ur, "2025-11-01", None, false), "یکم نومبر 2025");
        assert_eq!(date(Lang::En, "soon", None, false), "soon");
        assert_eq!(date(Lang::En, "2025", None, false), "2025");
        assert_eq!(date(Lang::ZhHans, "2025", None, false), "2025年");
        assert_eq!(date(Lang::Ur, "2025", None, false), "2025");
        assert_eq!(date(Lang::ZhHans, "soon", None, false), "soon");
    }
}
