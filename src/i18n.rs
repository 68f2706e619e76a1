//! Languages: English (the source), Simplified Chinese, and Urdu (right to left, translations
//! awaiting review). Every string the charts draw or announce goes through [`tr`],
//! keyed by its English text (`i18n/strings.rs`); dates and months are formatted per language
//! (`i18n/dates.rs`). Pure.

/// How a BCP 47 tag maps to a language we ship: its primary subtag, substrings of the lower-cased
/// tag that rule it out (Traditional Chinese), and the language. Anything else is English.
/// `www/chart-meta.js` exports the same table as `langFromTag`, so the page and the wasm agree.
pub const TAG_RULES: &[(&str, &[&str], Lang)] =
    &[("zh", &["hant", "-tw", "-hk", "-mo"], Lang::ZhHans), ("ur", &[], Lang::Ur)];

/// A language the charts are drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// English, the source language: always loaded, and what any other tag falls back to.
    #[default]
    En,
    /// Simplified Chinese (`zh`, `zh-Hans`, `zh-CN`, `zh-SG`; Traditional Chinese tags are English).
    ZhHans,
    /// Urdu: every chart's texts are translated (marked for review).
    Ur,
}

impl Lang {
    /// Parses a BCP 47 tag: `zh`, `zh-Hans`, `zh-CN`, `zh-SG` → Simplified Chinese; `ur…` → Urdu;
    /// anything else → English (the documented fallback).
    pub fn from_tag(tag: &str) -> Lang {
        let t = tag.trim().to_ascii_lowercase();
        let primary = t.split(['-', '_']).next().unwrap_or("");
        TAG_RULES
            .iter()
            .find(|(p, unless, _)| *p == primary && !unless.iter().any(|u| find(&t, u).is_some()))
            .map_or(Lang::En, |&(_, _, lang)| lang)
    }

    /// The language's BCP 47 tag as we write it: in `lang` attributes, file names
    /// (`i18n/<tag>.js`, `static/<chart>-<theme>-<width>.<tag>.svg`) and the language modules.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
            Lang::Ur => "ur",
        }
    }

    /// The language's natural writing direction.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ur
    }

    /// Translations not yet checked by a native speaker.
    pub fn needs_review(self) -> bool {
        self == Lang::Ur
    }
}

/// True when `text` has Arabic-script or Hebrew letters: it must be shaped and ordered right to left.
pub fn is_rtl_text(text: &str) -> bool {
    text.chars().any(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF))
}

/// Language and direction a chart is laid out in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Locale {
    /// The language every string is drawn and announced in.
    pub lang: Lang,
    /// Right to left: the whole chart is mirrored (title, legend and footer aligned right, bars
    /// growing leftwards, the timeline's axis on the right).
    pub rtl: bool,
}

impl Locale {
    /// `lang` in its natural direction (right to left for Urdu).
    pub fn new(lang: Lang) -> Self {
        Self { lang, rtl: lang.is_rtl() }
    }
}

/// Two sentences joined as the language writes them (Chinese puts no space after "。", and marks
/// the line-break opportunity there instead).
pub fn sentences(lang: Lang, first: &str, second: &str) -> String {
    let space = if lang == Lang::ZhHans { "\u{200B}" } else { " " };
    [first, space, second].concat()
}

/// "As of 28 Dec 2025." in `lang`, the date kept on one line.
pub fn as_of(lang: Lang) -> String {
    fill(tr(lang, "As of {date}."), "{date}", &unbreakable(&date(lang, crate::data::AS_OF, None, false)))
}

/// `template` with its first `placeholder` replaced by `value` (a template without it is returned
/// as it is).
pub fn fill(template: &str, placeholder: &str, value: &str) -> String {
    match find(template, placeholder) {
        Some(at) => {
            let (before, after) = (template.get(..at), template.get(at + placeholder.len()..));
            [before.unwrap_or(""), value, after.unwrap_or("")].concat()
        }
        None => template.into(),
    }
}

/// Where `needle` first occurs in `haystack`, by bytes. `str::find` and `str::replace` with a
/// string pattern bring core's two-way searcher, whose slicing panic formats `char` and `Range`
/// with `Debug`: some 5 KB of wasm for a handful of short searches.
fn find(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    if needle.is_empty() {
        return Some(0);
    }
    haystack.as_bytes().windows(needle.len()).position(|w| w == needle)
}

// ---- line-break marks --------------------------------------------------------------------
// Strings carry their line-break opportunities with them (UAX #14 with the Chinese rules,
// computed natively by `breaks.rs`): the wrapper in `model::wrap` breaks at spaces and at
// `BREAK`, never at `NO_BREAK_SPACE`. What `tr` returns is marked; texts leave the crate clean
// (`unmark`): drawn text, tooltips, summaries, tables.

/// A line may break here (drawn as nothing).
pub const BREAK: char = '\u{200B}';
/// A space at which no line may break (drawn as a space).
pub const NO_BREAK_SPACE: char = '\u{00A0}';

/// `text` with its marks removed, as it is drawn and read.
pub fn unmark(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains([BREAK, NO_BREAK_SPACE]) {
        text.chars()
            .filter(|&c| c != BREAK)
            .map(|c| if c == NO_BREAK_SPACE { ' ' } else { c })
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

/// `text` (a date, a name) kept on one line: its spaces made no-break.
pub fn unbreakable(text: &str) -> String {
    text.replace(' ', "\u{00A0}")
}

#[cfg(not(target_arch = "wasm32"))]
pub mod breaks;

/// Punctuation between parts of generated sentences: Chinese uses full-width forms.
#[derive(Debug, Clone, Copy)]
pub struct Punct {
    /// "label: value"
    pub colon: &'static str,
    /// "a, b"
    pub comma: &'static str,
    /// "a; b"
    pub semicolon: &'static str,
    /// "Sentence. Next"
    pub stop: &'static str,
    /// "(…)"
    pub open: &'static str,
    pub(crate) close: &'static str,
    /// "a, b and c": between items of a list, and before its last.
    pub list: &'static str,
    pub(crate) and: &'static str,
}

pub(crate) fn punct(lang: Lang) -> Punct {
    match lang {
        Lang::ZhHans => Punct {
            colon: "：",
            comma: "，",
            semicolon: "；",
            stop: "。",
            open: "（",
            close: "）",
            list: "、",
            and: "和",
        },
        Lang::Ur => Punct {
            colon: ": ",
            comma: "، ",
            semicolon: "؛ ",
            stop: "۔ ",
            open: " (",
            close: ")",
            list: "، ",
            and: " اور ",
        },
        Lang::En => Punct {
            colon: ": ",
            comma: ", ",
            semicolon: "; ",
            stop: ". ",
            open: " (",
            close: ")",
            list: ", ",
            and: " and ",
        },
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod translations;

// The strings in each language: `i18n/strings.rs`.
mod strings;
#[cfg(target_arch = "wasm32")]
pub use strings::register;
#[cfg(not(target_arch = "wasm32"))]
pub use strings::{has, keys, pairs};
pub use strings::{is_loaded, tr};

// Dates in each language: `i18n/dates.rs`.
mod dates;
pub use dates::date;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_the_first_placeholder_by_bytes_and_keeps_templates_without_one() {
        assert_eq!(fill("As of {date}.", "{date}", "28 Dec 2025"), "As of 28 Dec 2025.");
        assert_eq!(fill("{n} events", "{n}", "12"), "12 events");
        assert_eq!(fill("截至{date}", "{date}", "2025年12月28日"), "截至2025年12月28日");
        assert_eq!(fill("{a}{a}", "{a}", "x"), "x{a}", "the first only");
        assert_eq!(fill("no placeholder", "{date}", "x"), "no placeholder");
        assert_eq!(fill("", "{date}", "x"), "");
        assert_eq!(find("zh-hant-tw", "-tw"), Some(7));
        assert_eq!(find("zh", "-tw"), None);
    }

    #[test]
    fn tags_map_to_languages_with_english_fallback() {
        assert_eq!(Lang::from_tag("zh-Hans"), Lang::ZhHans);
        assert_eq!(Lang::from_tag("zh-CN"), Lang::ZhHans);
        assert_eq!(Lang::from_tag("zh"), Lang::ZhHans);
        assert_eq!(Lang::from_tag("zh-Hant-TW"), Lang::En);
        assert_eq!(Lang::from_tag("ur-PK"), Lang::Ur);
        assert_eq!(Lang::from_tag("fr"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn keys_are_unique() {
        let table = translations::TABLE;
        for (i, (en, ..)) in table.iter().enumerate() {
            assert!(table[i + 1..].iter().all(|(other, ..)| other != en), "{en:?} twice");
        }
    }

    /// The wording the native reviewers asked for, held in every string of the table.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn translations_keep_the_reviewers_wording() {
        let year_range_with_hyphen = |t: &str| {
            t.as_bytes()
                .windows(9)
                .any(|w| w[4] == b'-' && w.iter().enumerate().all(|(i, b)| i == 4 || b.is_ascii_digit()))
        };
        for (en, zh, ur) in translations::TABLE {
            // Urdu: "بمطابق" is "corresponding to" (Hijri to Gregorian), not "as of"; the first of a
            // month is "یکم"; "یورپی یونین", not "EU"; "AI" as everywhere else; en dashes in ranges.
            assert!(!ur.contains("بمطابق"), "{en:?}: {ur}");
            assert!(!ur.contains("1 نومبر") && !ur.contains("1 دسمبر"), "{en:?}: {ur}");
            assert!(!ur.split(|c: char| !c.is_ascii_alphabetic()).any(|w| w == "EU"), "{en:?}: {ur}");
            assert!(!ur.contains("مصنوعی ذہانت"), "{en:?}: {ur}");
            assert!(!year_range_with_hyphen(ur), "{en:?}: {ur}");
            // Chinese: 原文 (the article), not 本文 (this text); no awkward "每个事件各一".
            assert!(!zh.contains("本文") && !zh.contains("各一"), "{en:?}: {zh}");
        }
        // The tooltip's "Date precision: day" says 精确 once.
        let precision = [tr(Lang::ZhHans, "Date precision:"), tr(Lang::ZhHans, "day")].concat();
        assert_eq!(precision.matches("精确").count(), 1, "{precision}");
        assert_eq!(unmark(&as_of(Lang::Ur)), "28 دسمبر 2025 تک کی صورتِ حال۔");
        assert!(year_range_with_hyphen("2025-2027") && !year_range_with_hyphen("2025–2027"));
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn lookups_fall_back_to_english() {
        assert_eq!(tr(Lang::ZhHans, "China"), "中国", "too short to break");
        assert_eq!(
            tr(Lang::ZhHans, "Rest of world"),
            "世\u{200B}界\u{200B}其他地区",
            "break opportunities marked; none leaves fewer than four characters"
        );
        assert_eq!(tr(Lang::Ur, "China"), "چین", "Urdu covers every chart");
        assert_eq!(tr(Lang::ZhHans, "no such string"), "no such string");
        assert!(translations::TABLE.iter().all(|(en, zh, ur)| !en.is_empty()
            && !ur.is_empty()
            && (!zh.is_empty() || *en == "Urdu translation awaiting review.")));
    }
}
