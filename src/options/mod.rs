//! What a caller may ask for: which chart, and the options object passed to `render`.
//! Pure: must not import `wasm_bindgen`, `web_sys` or plotters.
//!
//! Options are read one key at a time through [`ChartOptions::set`], from any [`OptionValue`] (a
//! JS value in the browser, a JSON value natively): an unknown key or a bad value is an error that
//! names the key and the value. No serde here: its error messages format floats and quote strings
//! with `core::fmt`, which the wasm does not otherwise need.

mod font_family;
pub use font_family::FontFamily;

use crate::color::Rgba;
use crate::error::ChartError;
use crate::i18n::{Lang, Locale};
use crate::numfmt::num;

/// A value an options object holds, as [`ChartOptions::set`] reads it: `src/web/args.rs`
/// implements it for JS values, and this module for JSON values (natively, for the tests).
pub trait OptionValue: Sized {
    /// `undefined` or `null`: the option keeps its default.
    fn is_nullish(&self) -> bool;
    /// The value if it is a string.
    fn string(&self) -> Option<String>;
    /// The value if it is a number.
    fn number(&self) -> Option<f64>;
    /// An object's (key, value) pairs, in order; `None` for anything else.
    fn entries(&self) -> Option<Vec<(String, Self)>>;
    /// A short description for messages: `"blue"` (quoted), `the number 7`, `an array`…
    fn describe(&self) -> String;
}

#[cfg(any(test, not(target_arch = "wasm32")))]
impl OptionValue for serde_json::Value {
    fn is_nullish(&self) -> bool {
        self.is_null()
    }
    fn string(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn entries(&self) -> Option<Vec<(String, Self)>> {
        self.as_object().map(|o| o.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
    }
    fn describe(&self) -> String {
        match self {
            Self::String(s) => crate::numfmt::quoted(s),
            Self::Number(_) => ["the number ", &num(self.as_f64().unwrap_or(f64::NAN))].concat(),
            Self::Bool(b) => b.to_string(),
            Self::Null => "null".into(),
            Self::Array(_) => "an array".into(),
            Self::Object(_) => "an Object".into(),
        }
    }
}

/// Colour theme. Default: light.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Dark text on white.
    #[default]
    Light,
    /// Light text on near-black.
    Dark,
}

impl Theme {
    /// The name used in options, attributes and static picture file names.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }
}

/// Smallest and largest accepted `pixelRatio`.
pub const PIXEL_RATIO_RANGE: (f64, f64) = (0.25, 8.0);

/// Colours a page may override (the embed reads them from CSS custom properties such as
/// `--apac-chart-accent`). Unset ones keep the theme's.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ColorOverrides {
    pub background: Option<Rgba>,
    pub foreground: Option<Rgba>,
    pub muted: Option<Rgba>,
    pub accent: Option<Rgba>,
    pub accent2: Option<Rgba>,
    pub grid: Option<Rgba>,
}

impl ColorOverrides {
    /// The keys of `options.colors`.
    pub const FIELDS: &'static [&'static str] = &["background", "foreground", "muted", "accent", "accent2", "grid"];

    fn slot(&mut self, name: &str) -> Option<&mut Option<Rgba>> {
        Some(match name {
            "background" => &mut self.background,
            "foreground" => &mut self.foreground,
            "muted" => &mut self.muted,
            "accent" => &mut self.accent,
            "accent2" => &mut self.accent2,
            "grid" => &mut self.grid,
            _ => return None,
        })
    }
}

/// The options object of `render(canvas, id, options)`. Every field is optional.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ChartOptions {
    /// `theme: 'light' | 'dark'`. Default `'light'`.
    pub theme: Theme,
    /// `pixelRatio`: device pixels per CSS pixel for the backing store. Default: the window's
    /// `devicePixelRatio`, read at each draw (so moving between screens is picked up by `draw()`).
    /// Set it to export at a fixed resolution. Range 0.25 to 8.
    pub pixel_ratio: Option<f64>,
    /// `colors: { background, foreground, muted, accent, accent2, grid }`: CSS colours
    /// (`#rrggbb`, `#rgb`, `rgb()`, `rgba()`) replacing the theme's. Default: none.
    pub colors: ColorOverrides,
    /// `lang`: a BCP 47 tag. `zh-Hans` (and `zh`, `zh-CN`, `zh-SG`) draw in Simplified Chinese,
    /// `ur` draws the timeline in Urdu (translation awaiting review); anything else in English.
    pub lang: Lang,
    /// `dir: 'ltr' | 'rtl'`: right to left mirrors the chart. Default: the language's direction.
    pub rtl: Option<bool>,
    /// `font`: a CSS font-family list. Default `sans-serif`.
    pub font: FontFamily,
}

impl ChartOptions {
    /// The keys an options object may have.
    pub const FIELDS: &'static [&'static str] = &["theme", "pixelRatio", "colors", "lang", "dir", "font"];

    /// The language and direction to lay out in.
    pub fn locale(&self) -> Locale {
        Locale { lang: self.lang, rtl: self.rtl.unwrap_or(self.lang.is_rtl()) }
    }

    /// Sets one option from a JS (or JSON) value. `undefined` and `null` leave the default.
    pub fn set<V: OptionValue>(&mut self, name: &str, value: V) -> Result<(), ChartError> {
        // A string option: `None` when nullish, an error naming the value when not a string.
        let string = |name: &'static str, expected: &str| -> Result<Option<String>, ChartError> {
            if value.is_nullish() {
                return Ok(None);
            }
            value.string().map(Some).ok_or_else(|| bad(name, [expected, ", got ", &value.describe()].concat()))
        };
        match name {
            "theme" => {
                const EXPECTED: &str = "must be \"light\" or \"dark\"";
                self.theme = match string("theme", EXPECTED)?.as_deref() {
                    None | Some("light") => Theme::Light,
                    Some("dark") => Theme::Dark,
                    Some(_) => return Err(bad("theme", [EXPECTED, ", got ", &value.describe()].concat())),
                };
            }
            "pixelRatio" => {
                let (lo, hi) = PIXEL_RATIO_RANGE;
                let expected = || ["must be a finite number from ", &num(lo), " to ", &num(hi)].concat();
                self.pixel_ratio = match value.number() {
                    None if value.is_nullish() => None,
                    Some(r) if (lo..=hi).contains(&r) => Some(r),
                    _ => return Err(bad("pixelRatio", [&expected(), ", got ", &value.describe()].concat())),
                };
            }
            "colors" => {
                let given = if value.is_nullish() { Some(Vec::new()) } else { value.entries() };
                let given = given.ok_or_else(|| {
                    bad(
                        "colors",
                        [
                            "must be an object of CSS colour strings such as { accent: '#1a56a0' }, got ",
                            &value.describe(),
                        ]
                        .concat(),
                    )
                })?;
                let mut colors = ColorOverrides::default();
                for (key, css) in given {
                    let slot = colors.slot(&key).ok_or_else(|| ChartError::UnknownOption {
                        name: ["colors.", &key].concat(),
                        valid: ColorOverrides::FIELDS,
                    })?;
                    let text = if css.is_nullish() { Some(String::new()) } else { css.string() };
                    let not_colour = || {
                        bad(
                            "colors",
                            [&key, ": ", &css.describe(), " is not a colour; use #rrggbb, #rgb, rgb() or rgba()"]
                                .concat(),
                        )
                    };
                    *slot = match text.as_deref().map(str::trim) {
                        None => return Err(not_colour()),
                        Some("") => None,
                        Some(text) => Some(Rgba::parse(text).ok_or_else(not_colour)?),
                    };
                }
                self.colors = colors;
            }
            "lang" => {
                let given = string("lang", "must be a language tag such as \"en\" or \"zh-Hans\"")?;
                self.lang = given.as_deref().map_or(Lang::En, Lang::from_tag);
            }
            "dir" => {
                const EXPECTED: &str = "must be \"ltr\" or \"rtl\"";
                self.rtl = match string("dir", EXPECTED)?.as_deref() {
                    None | Some("auto") => None,
                    Some("ltr") => Some(false),
                    Some("rtl") => Some(true),
                    Some(_) => return Err(bad("dir", [EXPECTED, ", got ", &value.describe()].concat())),
                };
            }
            "font" => {
                const EXPECTED: &str = "must be a CSS font-family list such as \"Georgia, serif\" \
                    (at most 255 bytes, none of ; { } / \\ ( ) < >)";
                self.font = match string("font", EXPECTED)?.as_deref().map(str::trim) {
                    None | Some("") => FontFamily::default(),
                    Some(text) => FontFamily::parse(text)
                        .ok_or_else(|| bad("font", [EXPECTED, ", got ", &value.describe()].concat()))?,
                };
            }
            other => return Err(ChartError::UnknownOption { name: other.to_owned(), valid: Self::FIELDS }),
        }
        Ok(())
    }
}

fn bad(name: &'static str, detail: String) -> ChartError {
    ChartError::BadOption { name, detail }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn font_is_a_family_list_checked_for_length_and_characters() {
        let mut o = ChartOptions::default();
        assert_eq!(o.font.as_str(), "sans-serif");
        o.set("font", json!("  Georgia, \"Times New Roman\", serif ")).unwrap();
        assert_eq!(o.font.as_str(), "Georgia, \"Times New Roman\", serif");
        o.set("font", json!("")).unwrap();
        assert_eq!(o.font.as_str(), "sans-serif", "empty: the default");
        o.set("font", json!("Noto Sans CJK SC, 思源黑体, sans-serif")).unwrap();
        assert_eq!(o.font.as_str(), "Noto Sans CJK SC, 思源黑体, sans-serif");
        for bad_value in ["Arial; color: red", "a{b}", "x/y", "url(evil)", "\u{7}bell", "<b>"] {
            let e = ChartOptions::default().set("font", json!(bad_value)).unwrap_err();
            assert_eq!(e.code(), "BAD_OPTION", "{bad_value}");
            assert!(e.to_string().contains("font") && e.to_string().contains("font-family"), "{e}");
        }
        assert!(ChartOptions::default().set("font", json!("a".repeat(255))).is_ok());
        assert!(ChartOptions::default().set("font", json!("a".repeat(256))).is_err());
        assert!(ChartOptions::default().set("font", json!(12)).is_err());
    }

    #[test]
    fn options_read_known_fields_and_reject_the_rest() {
        let mut o = ChartOptions::default();
        o.set("theme", json!("dark")).unwrap();
        o.set("pixelRatio", json!(2.0)).unwrap();
        assert_eq!(o, ChartOptions { theme: Theme::Dark, pixel_ratio: Some(2.0), ..Default::default() });
        o.set("colors", json!({ "accent": "#ff0000", "grid": "" })).unwrap();
        assert_eq!(o.colors.accent, Some(Rgba(255, 0, 0, 1.0)));
        assert_eq!(o.colors.grid, None);
        let e = o.set("colors", json!({ "acent": "#ff0000" })).unwrap_err().to_string();
        assert!(e.contains("colors.acent") && e.contains("accent2"), "{e}");
        let e = o.set("colors", json!({ "accent": "blue" })).unwrap_err().to_string();
        assert!(e.contains("accent") && e.contains("\"blue\""), "{e}");
        let e = o.set("colors", json!("red")).unwrap_err().to_string();
        assert!(e.contains("colors") && e.contains("red"), "{e}");
        o.set("theme", json!(null)).unwrap();
        assert_eq!(o.theme, Theme::Light);

        let e = o.set("colour", json!("red")).unwrap_err().to_string();
        assert!(e.contains("\"colour\"") && e.contains("theme, pixelRatio, colors, lang, dir"), "{e}");
        let e = o.set("theme", json!("blue")).unwrap_err().to_string();
        assert!(e.contains("theme") && e.contains("\"blue\""), "{e}");
        let e = o.set("theme", json!(3)).unwrap_err().to_string();
        assert!(e.contains("theme") && e.contains('3'), "{e}");
        let e = o.set("pixelRatio", json!(100.0)).unwrap_err().to_string();
        assert!(e.contains("pixelRatio") && e.contains("100"), "{e}");
        o.set("lang", json!("zh-CN")).unwrap();
        o.set("dir", json!("rtl")).unwrap();
        assert_eq!(o.locale(), Locale { lang: Lang::ZhHans, rtl: true });
        o.set("dir", json!(null)).unwrap();
        o.set("lang", json!("ur")).unwrap();
        assert!(o.locale().rtl, "Urdu is right to left by default");
        o.set("lang", json!("fr")).unwrap();
        assert_eq!(o.locale(), Locale::default(), "unknown languages fall back to English");
        assert!(o.set("dir", json!("down")).unwrap_err().to_string().contains("\"down\""));
        assert!(o.set("lang", json!(5)).unwrap_err().to_string().contains("lang"));
        let e = o.set("pixelRatio", json!(1e-300)).unwrap_err().to_string();
        assert!(e.contains("1e-300") && e.len() < 120, "{e}");
        let e = o.set("pixelRatio", json!("2")).unwrap_err().to_string();
        assert!(e.contains("pixelRatio") && e.contains("\"2\""), "{e}");
    }
}
