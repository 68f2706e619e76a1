//! Colours of the two themes. Text colours meet WCAG AA (4.5:1) on their background; marks use a
//! blue/orange pair that stays distinct under the common colour-vision deficiencies, and every
//! status is also told apart by shape, never by colour alone.

use crate::options::Theme;

/// An sRGB colour with alpha 0–1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgba(pub u8, pub u8, pub u8, pub f64);

/// What each kind of ink and mark is painted with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub background: Rgba,
    /// Main text.
    pub strong: Rgba,
    /// Secondary text.
    pub muted: Rgba,
    /// Highlighted mark and its label text (meets 4.5:1, so usable as text).
    pub accent: Rgba,
    /// Text on accent-filled marks.
    pub on_accent: Rgba,
    /// Other bars.
    pub neutral: Rgba,
    /// Remainder groups.
    pub remainder: Rgba,
    /// Gridlines, rules, connectors.
    pub grid: Rgba,
    /// Second mark colour (timeline scheduled/statutory, the gains total).
    pub accent2: Rgba,
}

impl Palette {
    pub fn of(theme: Theme) -> Self {
        match theme {
            Theme::Light => Self {
                background: Rgba(255, 255, 255, 1.0),
                strong: Rgba(26, 26, 26, 1.0),
                muted: Rgba(85, 85, 85, 1.0),
                accent: Rgba(26, 86, 160, 1.0),
                on_accent: Rgba(255, 255, 255, 1.0),
                neutral: Rgba(120, 134, 153, 1.0),
                remainder: Rgba(190, 198, 208, 1.0),
                grid: Rgba(214, 218, 224, 1.0),
                accent2: Rgba(176, 84, 0, 1.0),
            },
            Theme::Dark => Self {
                background: Rgba(18, 20, 24, 1.0),
                strong: Rgba(240, 240, 240, 1.0),
                muted: Rgba(178, 182, 190, 1.0),
                accent: Rgba(110, 168, 254, 1.0),
                on_accent: Rgba(10, 20, 40, 1.0),
                neutral: Rgba(136, 150, 170, 1.0),
                remainder: Rgba(84, 92, 104, 1.0),
                grid: Rgba(58, 64, 74, 1.0),
                accent2: Rgba(245, 158, 66, 1.0),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn luminance(c: Rgba) -> f64 {
        let ch = |v: u8| {
            let s = f64::from(v) / 255.0;
            if s <= 0.039_28 { s / 12.92 } else { ((s + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * ch(c.0) + 0.7152 * ch(c.1) + 0.0722 * ch(c.2)
    }

    fn contrast(a: Rgba, b: Rgba) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn text_inks_meet_wcag_aa_in_both_themes() {
        for theme in [Theme::Light, Theme::Dark] {
            let p = Palette::of(theme);
            for (name, ink) in [("strong", p.strong), ("muted", p.muted), ("accent", p.accent)] {
                let c = contrast(ink, p.background);
                assert!(c >= 4.5, "{theme:?} {name}: {c:.2}:1");
            }
            assert!(contrast(p.on_accent, p.accent) >= 4.5, "{theme:?} on_accent");
        }
    }
}
