//! Line-break opportunities, marked into the strings themselves so that the wasm needs no
//! line-breaking code: computed natively with the Unicode line-breaking algorithm (UAX #14, the
//! `unicode-linebreak` crate) and tailored with the Chinese line-start and line-end rules.
//! Compiled into `build.rs` (the English table in the wasm) and into native builds (the
//! translations shipped as `chartStrings`), never into the wasm. Must not import `crate::`.
//!
//! The marks (`crate::i18n::BREAK` and `NO_BREAK_SPACE`, which the wrapper in `model::wrap` reads):
//! - U+200B ZERO WIDTH SPACE: a line may break here (no space is drawn);
//! - U+00A0 NO-BREAK SPACE: a space at which a line must not break (drawn as a space);
//! - an ordinary space stays a break opportunity, as everywhere.

use unicode_linebreak::{linebreaks, BreakOpportunity};

/// A line may break here without a space.
pub const BREAK: char = '\u{200B}';
/// A space at which no line may break.
pub const NO_BREAK_SPACE: char = '\u{00A0}';

/// CJK ideographs (the units and measure words that follow numbers are ideographs).
fn is_ideograph(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}')
}

/// Arabic-script letters (Urdu).
fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Fewest characters on the last line of a Chinese text.
const MIN_LAST_LINE: usize = 4;
/// Fewest characters (spaces aside) on the last line of an Urdu text: a last line of one short
/// word (a lone "کیے", "ہے") reads as a mistake, as a lone character does in Chinese.
const MIN_LAST_LINE_URDU: usize = 6;

/// Closing punctuation, which never starts a line, and opening punctuation, which never ends one
/// (the Chinese rules; UAX #14 already keeps most of these, this is the safety net).
const CLOSING: &str = "，。、；：！？）》」』】〕〉”’%％·";
const OPENING: &str = "（《「『【〔〈“‘";

/// Units and currencies that follow a number, longest first: a number keeps them on its line.
/// Chinese ones follow the number directly (after its 万 or 亿, if any); the others after a space.
const UNITS: &[&str] = &[
    "ٹریلین امریکی ڈالر",
    "فیصدی پوائنٹس",
    "percentage points",
    "امریکی ڈالر",
    "ارب ڈالر",
    "个百分点",
    "trillion",
    "billion",
    "million",
    "ٹریلین",
    "فیصد",
    "ڈالر",
    "ارب",
    "美元",
    "元",
];
/// Chinese multipliers that belong to the number before them (1万亿).
const MULTIPLIERS: &str = "十百千万亿";
/// Words that name what the number after them counts, and keep it on their line ("p. 44").
const LABELS: &[&str] = &["p.", "pp.", "Ch.", "Fig.", "باب", "صفحہ", "شکل"];
/// Units of two words that are never split, with or without a number before them.
const PHRASES: &[&str] = &["امریکی ڈالر", "فیصدی پوائنٹس", "percentage points", "美元", "百分点"];

/// The byte ranges of `text` inside which no line may break (see [`mark`]): a number with its
/// multipliers and its unit, a label with its number, and the two-word units.
fn unbreakable_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for phrase in PHRASES {
        spans.extend(text.match_indices(phrase).map(|(at, p)| (at, at + p.len())));
    }
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let starts_number = c.is_ascii_digit() && !prev.is_some_and(|p| p.is_ascii_digit() || p == '.' || p == ',');
        prev = Some(c);
        if !starts_number {
            continue;
        }
        let (Some(before), Some(after)) = (text.get(..i), text.get(i..)) else { continue };
        // The number: digits, with "." and "," between digits; then its multipliers.
        let mut len = 0;
        let mut chars = after.chars().peekable();
        while let Some(c) = chars.next() {
            let inner = matches!(c, '.' | ',') && chars.peek().is_some_and(char::is_ascii_digit);
            if !(c.is_ascii_digit() || inner || (len > 0 && MULTIPLIERS.contains(c))) {
                break;
            }
            len += c.len_utf8();
        }
        let rest = after.get(len..).unwrap_or("");
        // Its unit: directly after it (Chinese) or after one space; a word unit ends its word
        // ("trillion", not "trillions").
        let unit = UNITS.iter().find_map(|u| {
            let at = match rest.strip_prefix(' ') {
                _ if rest.starts_with(u) => 0,
                Some(spaced) if spaced.starts_with(u) => 1,
                _ => return None,
            };
            let next = rest.get(at + u.len()..).and_then(|r| r.chars().next());
            let chinese = u.chars().any(is_ideograph);
            (chinese || next.is_none_or(|c| !c.is_alphabetic())).then_some(at + u.len())
        });
        // Its label: right before it, or one space before it, starting a word.
        let label_end = before.strip_suffix(' ').unwrap_or(before);
        let label = LABELS.iter().find_map(|l| {
            let start = label_end.strip_suffix(l)?;
            start.chars().next_back().is_none_or(|c| !c.is_alphabetic()).then_some(start.len())
        });
        spans.push((label.unwrap_or(i), i + len + unit.unwrap_or(0)));
    }
    spans
}

/// False where the tailoring forbids a break between `before` and `after` that UAX #14 allows:
/// - between a number and its unit or measure word (`28日`, `2个`, `1万亿`);
/// - between a date's 年 or 月 and the number after it (`2025年12月28日` stays whole);
/// - after the dash of a numeric range (`2025–2027`);
/// - before closing and after opening punctuation.
fn tailored(before2: Option<char>, before: char, after: char) -> bool {
    let number_unit = before.is_ascii_digit() && is_ideograph(after);
    let date = matches!(before, '年' | '月') && after.is_ascii_digit();
    let range = is_dash(before) && before2.is_some_and(|c| c.is_ascii_digit()) && after.is_ascii_digit();
    !(number_unit || date || range || CLOSING.contains(after) || OPENING.contains(before))
}

/// `text` with its break opportunities marked (see the module docs). Idempotent on clean text
/// only: never call it on marked text.
///
/// After UAX #14 and the Chinese tailoring, in every language: no break inside a number with its
/// unit or currency ("US$1 trillion", "1万亿美元", "70 فیصد"), between a label and its number
/// ("p. 44", "باب 1"), or inside a two-word unit ("امریکی ڈالر"); and no break leaves a last line
/// shorter than `MIN_LAST_LINE` characters in Chinese or `MIN_LAST_LINE_URDU` in Urdu.
pub fn mark(text: &str) -> String {
    let min_last_line = if text.chars().any(is_ideograph) {
        MIN_LAST_LINE
    } else if text.chars().any(is_arabic) {
        MIN_LAST_LINE_URDU
    } else {
        0
    };
    let last_line = |i: usize| text.get(i..).map_or(0, |rest| rest.chars().filter(|c| !c.is_whitespace()).count());
    let spans = unbreakable_spans(text);
    let inside_span = |i: usize| spans.iter().any(|&(start, end)| start < i && i < end);
    let allowed: Vec<usize> = linebreaks(text)
        .filter(|&(i, kind)| kind == BreakOpportunity::Allowed && i < text.len())
        .map(|(i, _)| i)
        .filter(|&i| last_line(i) >= min_last_line && !inside_span(i))
        .collect();
    let mut out = String::with_capacity(text.len() + 16);
    let mut before2: Option<char> = None;
    let mut before: Option<char> = None;
    for (i, c) in text.char_indices() {
        if let Some(b) = before {
            let may_break = allowed.binary_search(&i).is_ok() && tailored(before2, b, c);
            if may_break && !b.is_whitespace() {
                out.push(BREAK);
            }
            // A space is a break opportunity only when a line may start after it.
            if b == ' ' && !may_break {
                out.pop();
                out.push(NO_BREAK_SPACE);
            }
        }
        out.push(c);
        (before2, before) = (before, Some(c));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nbsp(s: &str) -> String {
        s.replace('_', "\u{a0}")
    }

    #[test]
    fn numbers_keep_their_units_and_labels_their_numbers() {
        assert_eq!(mark("AI could add nearly US$1 trillion"), nbsp("AI could add nearly US$1_trillion"));
        assert_eq!(mark("around +2 percentage points a year"), nbsp("around +2_percentage_points a year"));
        assert_eq!(mark("(Ch. 1, §1.2, Fig. 1.2.3, p. 44; data)"), nbsp("(Ch._1, §1.2, Fig._1.2.3, p._44; data)"));
        // Chinese: the number, its multipliers and its currency stay whole ("近1万亿美" / "元GDP").
        let zh = mark("AI或为东盟经济体新增近1万亿美元GDP");
        assert!(zh.contains("1万亿美元"), "{zh:?}");
        // Urdu: number and unit, and the currency's two words.
        let ur = mark("چین کے پیٹنٹ دفتر نے 2023 میں تقریباً 70 فیصد AI پیٹنٹ عطا کیے گئے ہیں");
        assert!(ur.contains(&nbsp("70_فیصد")), "{ur:?}");
        let ur = mark("تقریباً 1 ٹریلین امریکی ڈالر کا اضافہ اور تقریباً 2 فیصدی پوائنٹس کی بہتری");
        assert!(ur.contains(&nbsp("1_ٹریلین_امریکی_ڈالر")) && ur.contains(&nbsp("2_فیصدی_پوائنٹس")), "{ur:?}");
        assert!(mark("(باب 1، §1.2)").contains(&nbsp("باب_1")));
        // Not a unit or a label where it is part of another word.
        assert_eq!(mark("2 trillions of 4 millionaires"), "2 trillions of 4 millionaires");
        assert_eq!(mark("top. 44 was"), "top. 44 was");
    }

    #[test]
    fn urdu_last_lines_hold_more_than_one_short_word() {
        let ur = mark("چین کے پیٹنٹ دفتر نے پیٹنٹ عطا کیے");
        assert!(ur.ends_with(&nbsp("عطا_کیے")), "{ur:?}");
        // A long last word may stand alone.
        assert!(mark("ایک دو تین اطلاعات").ends_with(" اطلاعات"));
        // English is left as UAX #14 has it.
        assert_eq!(mark("granted in 2023 by it"), "granted in 2023 by it");
    }
}
