//! Colours of the two themes. Text colours meet WCAG AA (4.5:1) on their background; marks use a
//! blue/orange pair that stays distinct under the common colour-vision deficiencies, and every
//! status is also told apart by shape, never by colour alone.

pub use crate::color::Rgba;
use crate::options::{ColorOverrides, Theme};

/// What each kind of ink and mark is painted with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub(crate) background: Rgba,
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
    /// The theme's palette with the page's overrides (CSS custom properties) applied. Text on
    /// accent-filled marks switches to black or white, whichever contrasts more with the accent.
    pub fn with_overrides(theme: Theme, o: &ColorOverrides) -> Self {
        let mut p = Self::of(theme);
        p.background = o.background.unwrap_or(p.background);
        p.strong = o.foreground.unwrap_or(p.strong);
        p.muted = o.muted.unwrap_or(p.muted);
        p.accent = o.accent.unwrap_or(p.accent);
        p.accent2 = o.accent2.unwrap_or(p.accent2);
        p.grid = o.grid.unwrap_or(p.grid);
        if o.accent.is_some() {
            let (white, black) = (Rgba(255, 255, 255, 1.0), Rgba(0, 0, 0, 1.0));
            p.on_accent = if white.contrast(p.accent) >= black.contrast(p.accent) { white } else { black };
        }
        p
    }

    pub(crate) fn of(theme: Theme) -> Self {
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

    fn contrast(a: Rgba, b: Rgba) -> f64 {
        a.contrast(b)
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

    #[test]
    fn overrides_replace_colours_and_keep_text_on_accent_readable() {
        let o = ColorOverrides {
            accent: Some(Rgba(250, 220, 60, 1.0)),
            background: Some(Rgba(0, 0, 0, 1.0)),
            ..Default::default()
        };
        let p = Palette::with_overrides(Theme::Light, &o);
        assert_eq!(p.background, Rgba(0, 0, 0, 1.0));
        assert_eq!(p.on_accent, Rgba(0, 0, 0, 1.0), "dark text on a yellow accent");
        assert_eq!(p.strong, Palette::of(Theme::Light).strong, "unset colours keep the theme's");
        assert_eq!(Palette::with_overrides(Theme::Dark, &ColorOverrides::default()), Palette::of(Theme::Dark));
    }

    /// Colour-vision deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1.0) on
    /// linear RGB.
    fn simulate(c: Rgba, m: [[f64; 3]; 3]) -> [f64; 3] {
        let lin = |v: u8| {
            let s = f64::from(v) / 255.0;
            if s <= 0.040_45 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        let rgb = [lin(c.0), lin(c.1), lin(c.2)];
        let mut out = [0.0; 3];
        for (o, row) in out.iter_mut().zip(m) {
            *o = (row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]).clamp(0.0, 1.0);
        }
        out
    }

    fn relative_luminance(rgb: [f64; 3]) -> f64 {
        0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
    }

    #[test]
    fn marks_stay_distinct_under_common_colour_vision_deficiencies() {
        const PROTAN: [[f64; 3]; 3] = [
            [0.152_286, 1.052_583, -0.204_868],
            [0.114_503, 0.786_281, 0.099_216],
            [-0.003_882, -0.048_116, 1.051_998],
        ];
        const DEUTAN: [[f64; 3]; 3] =
            [[0.367_322, 0.860_646, -0.227_968], [0.280_085, 0.672_501, 0.047_413], [-0.011_820, 0.042_940, 0.968_881]];
        const TRITAN: [[f64; 3]; 3] = [
            [1.255_528, -0.076_749, -0.178_779],
            [-0.078_411, 0.930_809, 0.147_602],
            [0.004_733, 0.691_367, 0.303_900],
        ];
        for theme in [Theme::Light, Theme::Dark] {
            let p = Palette::of(theme);
            // The pairs a reader must tell apart: the highlighted bar from the others, the
            // confirmed (accent) glyphs from the scheduled (accent2) ones, marks from background.
            let pairs = [
                ("accent/neutral", p.accent, p.neutral),
                ("accent/accent2", p.accent, p.accent2),
                ("accent/background", p.accent, p.background),
                ("neutral/remainder", p.neutral, p.remainder),
            ];
            for (name, m) in [("protanopia", PROTAN), ("deuteranopia", DEUTAN), ("tritanopia", TRITAN)] {
                for (pair, a, b) in pairs {
                    assert!(distinct(a, b, m), "{theme:?} {name}: {pair} look alike");
                }
            }
        }
        // The check itself tells a classic confusable pair apart from a distinct one.
        assert!(
            !distinct(Rgba(213, 94, 0, 1.0), Rgba(0, 158, 115, 1.0), DEUTAN),
            "vermillion vs bluish green under deuteranopia"
        );
    }

    /// Distinct under a simulated deficiency: luminance contrast ≥ 1.5 or a colour distance ≥ 0.3.
    fn distinct(a: Rgba, b: Rgba, m: [[f64; 3]; 3]) -> bool {
        let (sa, sb) = (simulate(a, m), simulate(b, m));
        let (la, lb) = (relative_luminance(sa), relative_luminance(sb));
        let ratio = (la.max(lb) + 0.05) / (la.min(lb) + 0.05);
        let distance = sa.iter().zip(sb).map(|(x, y)| (x - y).powi(2)).sum::<f64>().sqrt();
        ratio >= 1.5 || distance >= 0.3
    }
}
