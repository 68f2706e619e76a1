//! Text: fonts, measuring, wrapping and positioned text boxes. Pure: the browser's measurer is
//! plugged in from `web.rs` through [`TextMeasure`]; natively [`ApproxMetrics`] stands in.

use super::geom::{Mirror, Rect};

/// A font: the family is always the reader's `sans-serif`; size in CSS px.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Font {
    pub size: f64,
    pub bold: bool,
}

impl Font {
    pub const fn regular(size: f64) -> Self {
        Self { size, bold: false }
    }
    pub const fn bold(size: f64) -> Self {
        Self { size, bold: true }
    }
    /// Height of one line of this font, CSS px.
    pub fn line_height(self) -> f64 {
        (self.size * 1.25).ceil()
    }
}

/// Measures the advance width of a string in CSS px.
pub trait TextMeasure {
    fn width(&self, text: &str, font: Font) -> f64;
}

/// Fixed per-character metrics: Helvetica-like proportions scaled up to the widest common
/// sans-serif (DejaVu Sans, Debian's default), so layouts computed with them hold with the real
/// fonts of most machines. Used natively (SVG goldens do not
/// depend on installed fonts) and as the browser's fallback.
#[derive(Debug, Clone, Copy, Default)]
pub struct ApproxMetrics;

impl TextMeasure for ApproxMetrics {
    fn width(&self, text: &str, font: Font) -> f64 {
        let em: f64 = text.chars().map(char_em).sum();
        em * font.size * if font.bold { 1.26 } else { 1.18 }
    }
}

fn char_em(c: char) -> f64 {
    match c {
        'i' | 'j' | 'l' | '\'' | '|' | '.' | ',' | ':' | ';' | '!' => 0.25,
        ' ' | 'f' | 't' | 'I' | '(' | ')' | '[' | ']' | '-' | '/' => 0.32,
        'r' | '"' => 0.36,
        'm' | 'w' | 'M' | 'W' | '%' | '@' | '—' => 0.86,
        'A'..='Z' => 0.69,
        '0'..='9' | '$' | '+' | '±' | '×' | '–' => 0.57,
        'a'..='z' => 0.54,
        c if is_wide(c) => 1.0,
        _ => 0.6,
    }
}

/// CJK ideographs, kana, Hangul and full-width forms take a full em.
fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

/// Horizontal anchoring of a text box at its `x`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// What a piece of text is, so the theme can colour it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    /// Main text.
    Strong,
    /// Secondary text: subtitles, axis labels, notes, footers.
    Muted,
    /// Text that names the highlighted datum.
    Accent,
    /// Text drawn on an accent-filled mark.
    OnAccent,
}

/// One line of text, positioned: `x` is the anchor (per `align`), `y` the top of the line box.
#[derive(Debug, Clone, PartialEq)]
pub struct TextBox {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub font: Font,
    pub align: Align,
    pub ink: Ink,
}

impl TextBox {
    pub fn new(m: &dyn TextMeasure, text: impl Into<String>, font: Font, ink: Ink) -> Self {
        let text = text.into();
        let width = m.width(&text, font);
        Self { text, x: 0.0, y: 0.0, width, font, align: Align::Left, ink }
    }

    pub fn at(mut self, x: f64, y: f64, align: Align) -> Self {
        self.x = x;
        self.y = y;
        self.align = align;
        self
    }

    /// The box the text occupies.
    pub fn bounds(&self) -> Rect {
        let left = match self.align {
            Align::Left => self.x,
            Align::Center => self.x - self.width / 2.0,
            Align::Right => self.x - self.width,
        };
        Rect::new(left, self.y, self.width, self.font.line_height())
    }
}

impl Mirror for TextBox {
    fn mirror(&mut self, width: f64) {
        self.x = width - self.x;
        self.align = match self.align {
            Align::Left => Align::Right,
            Align::Center => Align::Center,
            Align::Right => Align::Left,
        };
    }
}

/// Breaks `text` into lines no wider than `max_width` at spaces; a word wider than a line is
/// broken after its hyphens, and failing that between characters, so nothing leaves the line.
pub fn wrap(m: &dyn TextMeasure, text: &str, font: Font, max_width: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let words = text.split_whitespace().flat_map(|w| split_long_word(m, w, font, max_width));
    for word in words {
        let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
        if !line.is_empty() && m.width(&candidate, font) > max_width {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A word as pieces that each fit `max_width`: after hyphens first, then between characters.
fn split_long_word(m: &dyn TextMeasure, word: &str, font: Font, max_width: f64) -> Vec<String> {
    if m.width(word, font) <= max_width {
        return vec![word.to_owned()];
    }
    let mut pieces: Vec<String> = Vec::new();
    let mut current = String::new();
    for part in word.split_inclusive('-') {
        if !current.is_empty() && m.width(&format!("{current}{part}"), font) > max_width {
            pieces.push(std::mem::take(&mut current));
        }
        current.push_str(part);
    }
    pieces.push(current);
    // Pieces still too wide (no spaces, as in Chinese): break between characters, but never
    // inside a run of Latin letters and digits, and never before closing punctuation.
    pieces
        .into_iter()
        .flat_map(|piece| {
            if m.width(&piece, font) <= max_width {
                return vec![piece];
            }
            let mut out: Vec<String> = Vec::new();
            let mut cur = String::new();
            for token in tokens(&piece) {
                let candidate = format!("{cur}{token}");
                if cur.is_empty() || m.width(&candidate, font) <= max_width {
                    cur = candidate;
                    continue;
                }
                let closing = token.chars().all(|c| "，。、；：！？）》」』%".contains(c));
                if closing {
                    // Carry the last character down with the punctuation.
                    let last = cur.pop();
                    out.push(std::mem::take(&mut cur));
                    cur.extend(last);
                } else {
                    out.push(std::mem::take(&mut cur));
                }
                cur.push_str(&token);
            }
            out.push(cur);
            // A single token wider than the line (a very long Latin run): break it by characters.
            out.into_iter().flat_map(|line| hard_break(m, &line, font, max_width)).filter(|l| !l.is_empty()).collect()
        })
        .collect()
}

/// Break opportunities in text without spaces: each CJK character alone, Latin runs whole.
fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut latin = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || "-._/@$".contains(c) {
            latin.push(c);
        } else {
            if !latin.is_empty() {
                out.push(std::mem::take(&mut latin));
            }
            out.push(c.to_string());
        }
    }
    if !latin.is_empty() {
        out.push(latin);
    }
    out
}

fn hard_break(m: &dyn TextMeasure, line: &str, font: Font, max_width: f64) -> Vec<String> {
    if m.width(line, font) <= max_width {
        return vec![line.to_owned()];
    }
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in line.chars() {
        cur.push(c);
        if m.width(&cur, font) > max_width && cur.chars().count() > 1 {
            cur.pop();
            out.push(std::mem::take(&mut cur));
            cur.push(c);
        }
    }
    out.push(cur);
    out
}

/// Stacks wrapped lines from `y` down, each anchored at `x`; returns the boxes and the y below them.
pub fn stack(
    m: &dyn TextMeasure,
    text: &str,
    font: Font,
    ink: Ink,
    (x, y): (f64, f64),
    align: Align,
    max_width: f64,
) -> (Vec<TextBox>, f64) {
    let mut y = y;
    let boxes = wrap(m, text, font, max_width)
        .into_iter()
        .map(|line| {
            let b = TextBox::new(m, line, font, ink).at(x, y, align);
            y += font.line_height();
            b
        })
        .collect();
    (boxes, y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_lines_within_width_and_all_words() {
        let m = ApproxMetrics;
        let f = Font::regular(12.0);
        let text = "Share of AI patents granted in 2023, by granting patent office";
        for width in [60.0, 120.0, 200.0, 1000.0] {
            let lines = wrap(&m, text, f, width);
            assert_eq!(lines.join(" ").replace(' ', ""), text.replace(' ', ""));
            for l in &lines {
                assert!(m.width(l, f) <= width, "{l:?} wider than {width}");
            }
        }
        assert_eq!(wrap(&m, text, f, 1000.0).len(), 1);
        assert!(wrap(&m, text, f, 120.0).len() > 2);
    }

    #[test]
    fn long_words_break_after_hyphens_then_anywhere() {
        let m = ApproxMetrics;
        let f = Font::regular(12.0);
        let lines = wrap(&m, "Qwen-SEA-LION-v4", f, 70.0);
        assert!(lines.len() > 1 && lines[0].ends_with('-'), "{lines:?}");
        assert_eq!(lines.concat(), "Qwen-SEA-LION-v4");
        let lines = wrap(&m, "Supercalifragilistic", f, 40.0);
        assert!(lines.iter().all(|l| m.width(l, f) <= 40.0), "{lines:?}");
        assert_eq!(lines.concat(), "Supercalifragilistic");
    }

    #[test]
    fn metrics_grow_with_size_weight_and_width() {
        let m = ApproxMetrics;
        assert!(m.width("China", Font::bold(12.0)) > m.width("China", Font::regular(12.0)));
        assert!(m.width("China", Font::regular(24.0)) > m.width("China", Font::regular(12.0)));
        assert!(m.width("中国", Font::regular(12.0)) >= 24.0);
        assert_eq!(m.width("", Font::regular(12.0)), 0.0);
    }
}
