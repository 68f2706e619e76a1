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
    "EU",
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
