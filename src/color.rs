//! Colours: an sRGB + alpha value and the CSS forms pages pass in (`#rgb`, `#rrggbb`,
//! `#rrggbbaa`, `rgb()`, `rgba()`, as a canvas's `fillStyle` normalises them). Pure.

/// An sRGB colour with alpha 0–1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgba(pub u8, pub u8, pub u8, pub f64);

/// `x^2.4` for `x` in [0.03, 1] (the sRGB curve's range above its linear toe), without `powf`,
/// which would pull libm's `pow` (2 KB of wasm) in for this one use: `x² · x^0.4`, with `x^0.4` the
/// root of `y⁵ = x²` by Newton's method from `√x` (within 1e-15 of `powf` after six steps).
fn pow_2_4(x: f64) -> f64 {
    let a = x * x;
    let mut y = x.sqrt();
    for _ in 0..6 {
        let y4 = (y * y) * (y * y);
        y = (4.0 * y + a / y4) / 5.0;
    }
    a * y
}

impl Rgba {
    /// Relative luminance (WCAG 2).
    pub fn luminance(self) -> f64 {
        let ch = |v: u8| {
            let s = f64::from(v) / 255.0;
            if s <= 0.039_28 {
                s / 12.92
            } else {
                pow_2_4((s + 0.055) / 1.055)
            }
        };
        0.2126 * ch(self.0) + 0.7152 * ch(self.1) + 0.0722 * ch(self.2)
    }

    /// WCAG 2 contrast ratio between two opaque colours.
    pub fn contrast(self, other: Rgba) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Parses a CSS colour in hex or `rgb()`/`rgba()` form; `None` for anything else.
    pub fn parse(css: &str) -> Option<Rgba> {
        let s = css.trim();
        if let Some(hex) = s.strip_prefix('#') {
            let digit = |i: usize| hex.get(i..=i).and_then(|d| u8::from_str_radix(d, 16).ok());
            let pair = |i: usize| hex.get(i..i + 2).and_then(|d| u8::from_str_radix(d, 16).ok());
            return match hex.len() {
                3 => Some(Rgba(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17, 1.0)),
                6 => Some(Rgba(pair(0)?, pair(2)?, pair(4)?, 1.0)),
                8 => Some(Rgba(pair(0)?, pair(2)?, pair(4)?, f64::from(pair(6)?) / 255.0)),
                _ => None,
            };
        }
        let inner = s.strip_prefix("rgba(").or_else(|| s.strip_prefix("rgb("))?.strip_suffix(')')?;
        let parts: Vec<&str> = inner.split([',', '/', ' ']).filter(|p| !p.is_empty()).collect();
        let channel = |p: &str| parse_decimal(p).filter(|v| (0.0..=255.0).contains(v)).map(|v| v.round() as u8);
        let alpha = match parts.get(3) {
            None => 1.0,
            Some(a) => parse_decimal(a).filter(|v| (0.0..=1.0).contains(v))?,
        };
        if parts.len() > 4 {
            return None;
        }
        Some(Rgba(channel(parts.first()?)?, channel(parts.get(1)?)?, channel(parts.get(2)?)?, alpha))
    }
}

/// Parses a plain decimal such as `12`, `0.5` or `.25` (no sign, no exponent): what CSS colours
/// and computed lengths contain. Kept small on purpose: `str::parse::<f64>` adds ~20 KB of wasm.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    if (int.is_empty() && frac.is_empty())
        || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
        || int.len() > 9
    {
        return None;
    }
    let whole = int.bytes().fold(0.0, |acc, b| acc * 10.0 + f64::from(b - b'0'));
    let (fraction, _) =
        frac.bytes().take(9).fold((0.0, 0.1), |(acc, place), b| (acc + f64::from(b - b'0') * place, place / 10.0));
    Some(whole + fraction)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pow_2_4_matches_powf_on_every_channel_value() {
        for v in 11..=255_u8 {
            let x = (f64::from(v) / 255.0 + 0.055) / 1.055;
            let (ours, std) = (pow_2_4(x), x.powf(2.4));
            assert!((ours - std).abs() <= 1e-15 * std, "{v}: {ours} vs {std}");
        }
        // WCAG's own example values: white on black 21:1, #777 on white just under 4.5:1.
        let white = Rgba(255, 255, 255, 1.0);
        assert!((white.contrast(Rgba(0, 0, 0, 1.0)) - 21.0).abs() < 1e-12);
        assert!((white.contrast(Rgba(0x77, 0x77, 0x77, 1.0)) - 4.478).abs() < 1e-3);
    }

    #[test]
    fn decimals() {
        assert_eq!(parse_decimal("12"), Some(12.0));
        assert_eq!(parse_decimal("0.5"), Some(0.5));
        assert_eq!(parse_decimal(".25"), Some(0.25));
        assert_eq!(parse_decimal("20."), Some(20.0));
        for bad in ["", ".", "-1", "1e3", "1.2.3", "12px", "９"] {
            assert_eq!(parse_decimal(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn parses_the_forms_canvas_normalises_to() {
        assert_eq!(Rgba::parse("#1a56a0"), Some(Rgba(26, 86, 160, 1.0)));
        assert_eq!(Rgba::parse(" #FFF "), Some(Rgba(255, 255, 255, 1.0)));
        assert_eq!(Rgba::parse("#00000080").map(|c| (c.0, (c.3 * 100.0).round())), Some((0, 50.0)));
        assert_eq!(Rgba::parse("rgba(10, 20, 30, 0.5)"), Some(Rgba(10, 20, 30, 0.5)));
        assert_eq!(Rgba::parse("rgb(10 20 30 / 1)"), Some(Rgba(10, 20, 30, 1.0)));
        for bad in ["blue", "#12", "#gggggg", "rgb(1,2)", "rgb(300,0,0)", "rgba(1,2,3,2)", "rgb(1,2,3,4,5)", "", "#ÿÿÿ"]
        {
            assert_eq!(Rgba::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn contrast_of_black_on_white_is_21() {
        assert!((Rgba(0, 0, 0, 1.0).contrast(Rgba(255, 255, 255, 1.0)) - 21.0).abs() < 1e-9);
    }
}
