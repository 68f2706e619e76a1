//! Shared by the native and browser tests: the line-breaking rules a chart's lines must follow.

/// Closing punctuation never starts a line; opening punctuation never ends one.
const CLOSING: &str = "，。、；：！？）》」』”%";
const OPENING: &str = "（《「『“";
/// Units and measure words that follow a number.
const UNITS: &str = "年月日个%页章节";

/// Where consecutive lines `lines` break against the Chinese line-start and line-end rules: closing
/// punctuation at a line start, opening punctuation at a line end, a number split from its unit,
/// a numeric range split after its dash.
pub fn kinsoku_violations<S: AsRef<str>>(lines: &[S]) -> Vec<String> {
    let mut bad = Vec::new();
    for pair in lines.windows(2) {
        let (a, b) = (pair[0].as_ref(), pair[1].as_ref());
        let (end, start) = (a.chars().last().unwrap_or(' '), b.chars().next().unwrap_or(' '));
        if CLOSING.contains(start) {
            bad.push(format!("{b:?} starts with closing {start}"));
        }
        if OPENING.contains(end) {
            bad.push(format!("{a:?} ends with opening {end}"));
        }
        if end.is_ascii_digit() && UNITS.contains(start) {
            bad.push(format!("{a:?} | {b:?} splits a number from its unit"));
        }
        if matches!(end, '–' | '-')
            && start.is_ascii_digit()
            && a.chars().rev().nth(1).is_some_and(|c| c.is_ascii_digit())
        {
            bad.push(format!("{a:?} | {b:?} splits a range after its dash"));
        }
    }
    bad
}

/// Units and currencies that never start a line after a number, and the second words of
/// two-word units ("امریکی ڈالر", "فیصدی پوائنٹس", "percentage points").
const UNIT_STARTS: &[&str] = &[
    "trillion",
    "billion",
    "million",
    "percentage",
    "points",
    "万",
    "亿",
    "元",
    "美元",
    "个百分点",
    "百分点",
    "فیصد",
    "فیصدی",
    "پوائنٹس",
    "ٹریلین",
    "ڈالر",
    "ارب",
];
/// Words that never end a line before their number ("p." / "44").
const NUMBER_LABELS: &[&str] = &["p.", "pp.", "Ch.", "Fig.", "باب", "صفحہ", "شکل"];
/// First words of two-word units, which never end a line before their second word.
const UNIT_FIRST_WORDS: &[&str] = &["امریکی", "فیصدی", "percentage", "美"];

/// Where consecutive lines `lines` of one text split a number from its unit or currency ("nearly
/// US$1" / "trillion", "近1万亿美" / "元GDP", "تقریباً 70" / "فیصد"), a label from its number ("p."
/// / "44;", "(باب" / "1،"), or a two-word unit ("امریکی" / "ڈالر").
pub fn unit_violations<S: AsRef<str>>(lines: &[S]) -> Vec<String> {
    let mut bad = Vec::new();
    for pair in lines.windows(2) {
        let (a, b) = (pair[0].as_ref().trim_end(), pair[1].as_ref().trim_start());
        let last = a.rsplit(' ').next().unwrap_or("").trim_start_matches(['(', '（', '"', '“']);
        let first =
            b.split(' ').next().unwrap_or("").trim_end_matches(|c: char| c.is_ascii_punctuation() || "،؛۔".contains(c));
        let ends_in_number = a.trim_end_matches(['万', '亿']).ends_with(|c: char| c.is_ascii_digit());
        let starts_with_unit = UNIT_STARTS.iter().any(|u| first.starts_with(u) && (first == *u || !u.is_ascii()));
        if ends_in_number && starts_with_unit {
            bad.push(format!("{a:?} | {b:?} splits a number from its unit"));
        }
        if NUMBER_LABELS.contains(&last) && b.starts_with(|c: char| c.is_ascii_digit()) {
            bad.push(format!("{a:?} | {b:?} splits a label from its number"));
        }
        if UNIT_FIRST_WORDS.iter().any(|w| last.ends_with(w)) && starts_with_unit {
            bad.push(format!("{a:?} | {b:?} splits a unit"));
        }
    }
    bad
}

/// Fewest letters on the last line of a wrapped Urdu text: one short word alone ("کیے") reads as
/// a mistake.
pub const MIN_URDU_LAST_LINE: usize = 6;

/// The last line of `lines` (one wrapped Urdu text) if it is a single word of fewer than
/// [`MIN_URDU_LAST_LINE`] characters.
pub fn lone_last_word<S: AsRef<str>>(lines: &[S]) -> Option<String> {
    let [.., _, last] = lines else { return None };
    let last = last.as_ref().trim();
    let short = !last.contains(' ') && last.chars().filter(|c| !c.is_whitespace()).count() < MIN_URDU_LAST_LINE;
    short.then(|| last.to_owned())
}

/// The drawn lines grouped into the texts they were wrapped from: consecutive lines with the same
/// anchor `x` whose tops are one `line_height` apart. Each line is (text, x, y, line height).
pub fn paragraphs(lines: &[(String, f64, f64, f64)]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut prev: Option<&(String, f64, f64, f64)> = None;
    for line in lines {
        let follows =
            prev.is_some_and(|p| (p.1 - line.1).abs() < 0.01 && (line.2 - p.2 - p.3).abs() < 0.01 && p.3 == line.3);
        match out.last_mut() {
            Some(paragraph) if follows => paragraph.push(line.0.clone()),
            _ => out.push(vec![line.0.clone()]),
        }
        prev = Some(line);
    }
    out
}

/// Latin words an Urdu chart may draw: proper names, acronyms and units that stay as they are.
pub const URDU_LATIN_ALLOWED: &[&str] = &[
    "AI",
    "Index",
    "APEC",
    "BCG",
    "UNDP",
    "HAI",
    "PATSTAT",
    "GDP",
    "WAICO",
    "WAIC",
    "Qwen",
    "SEA",
    "LION",
    "v",
    "Singapore",
    "Nvidia",
    "H",
    "AMD",
    "Intel",
    "TASS",
    "MSIT",
    "The",
    "Next",
    "Great",
    "Divergence",
    "Mirage",
    "News",
    "ckhq",
    "net",
    "ciplawyer",
    "com",
    "b",
    "news",
    "worldtradescanner",
    "Korea",
    "B",
];

/// The Latin words of `text` that are not in `allowed`.
pub fn latin_words_outside<'a>(text: &'a str, allowed: &[&str]) -> Vec<&'a str> {
    text.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty() && !allowed.contains(w)).collect()
}
