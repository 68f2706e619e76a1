//! Text: fonts, measuring and positioned text boxes (wrapping is `wrap.rs`, the browser's width
//! cache `width_cache.rs`). Pure: the browser's measurer is plugged in from `web/measure.rs`
//! through [`TextMeasure`]; natively [`ApproxMetrics`] stands in.

use super::geom::{Mirror, Rect};
use crate::i18n::{unmark, BREAK, NO_BREAK_SPACE};

/// A font's size (CSS px) and weight; the family is the chart's (`options.font`, by default the
/// reader's `sans-serif`), applied where text is measured and drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Font {
    /// Font size, CSS px.
    pub size: f64,
    /// Bold weight; regular when false.
    pub bold: bool,
}

impl Font {
    pub(crate) const fn regular(size: f64) -> Self {
        Self { size, bold: false }
    }
    pub(crate) const fn bold(size: f64) -> Self {
        Self { size, bold: true }
    }
    /// Height of one line of this font, CSS px.
    pub fn line_height(self) -> f64 {
        (self.size * 1.25).ceil()
    }
}

/// Measures the advance width of a string in CSS px.
pub trait TextMeasure {
    /// The advance width of `text` set in `font`, CSS px.
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
        BREAK => 0.0,
        NO_BREAK_SPACE => 0.32,
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
    /// `x` is the line's left end.
    Left,
    /// `x` is the line's centre.
    Center,
    /// `x` is the line's right end.
    Right,
}

/// What a mark or a text is, so the theme can colour it (`render::theme::Palette` holds the
/// colour of each).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    /// The chart's background (the hollow inside of a glyph).
    Background,
    /// Main text.
    Strong,
    /// Secondary text: subtitles, axis labels, notes, footers; minor marks.
    Muted,
    /// The highlighted datum, and text that names it.
    Accent,
    /// Text drawn on an accent-filled mark.
    OnAccent,
    /// Other bars and spans.
    Neutral,
    /// Remainder groups ("Rest of world").
    Remainder,
    /// Gridlines, rules, connectors.
    Grid,
    /// The second mark colour (scheduled and statutory events, related figures).
    Accent2,
}

/// One line of text, positioned: `x` is the anchor (per `align`), `y` the top of the line box.
#[derive(Debug, Clone, PartialEq)]
pub struct TextBox {
    /// The text as drawn, without line-break marks.
    pub text: String,
    /// The anchor, CSS px: the line's left end, centre or right end, per `align`.
    pub x: f64,
    /// Top of the line box, CSS px.
    pub y: f64,
    pub(crate) width: f64,
    /// The size and weight it is set in.
    pub font: Font,
    pub(crate) align: Align,
    pub(crate) ink: Ink,
}

impl TextBox {
    /// A box for `text` (its line-break marks removed).
    pub fn new(m: &dyn TextMeasure, text: impl Into<String>, font: Font, ink: Ink) -> Self {
        let text: String = text.into();
        let text = if text.contains([BREAK, NO_BREAK_SPACE]) { unmark(&text).into_owned() } else { text };
        let width = m.width(&text, font);
        Self { text, x: 0.0, y: 0.0, width, font, align: Align::Left, ink }
    }

    pub(crate) fn at(mut self, x: f64, y: f64, align: Align) -> Self {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metrics_grow_with_size_weight_and_width() {
        let m = ApproxMetrics;
        assert!(m.width("China", Font::bold(12.0)) > m.width("China", Font::regular(12.0)));
        assert!(m.width("China", Font::regular(24.0)) > m.width("China", Font::regular(12.0)));
        assert!(m.width("中国", Font::regular(12.0)) >= 24.0);
        assert_eq!(m.width("", Font::regular(12.0)), 0.0);
    }
}
