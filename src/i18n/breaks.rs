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

/// Fewest characters on the last line of a Chinese text.
const MIN_LAST_LINE: usize = 4;

/// Closing punctuation, which never starts a line, and opening punctuation, which never ends one
/// (the Chinese rules; UAX #14 already keeps most of these, this is the safety net).
const CLOSING: &str = "，。、；：！？）》」』】〕〉”’%％·";
const OPENING: &str = "（《「『【〔〈“‘";

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
pub fn mark(text: &str) -> String {
    // In Chinese, a last line of one to three characters (a lone "予", "（%）") reads as a
    // mistake: no break leaves fewer than `MIN_LAST_LINE` characters after it.
    let cjk = text.chars().any(is_ideograph);
    let last_line = |i: usize| text.get(i..).map_or(0, |rest| rest.chars().filter(|c| !c.is_whitespace()).count());
    let allowed: Vec<usize> = linebreaks(text)
        .filter(|&(i, kind)| kind == BreakOpportunity::Allowed && i < text.len())
        .map(|(i, _)| i)
        .filter(|&i| !(cjk && last_line(i) < MIN_LAST_LINE))
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
