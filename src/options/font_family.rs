//! The `font` option: a CSS font-family list, kept inline so that options stay `Copy`. Pure.

/// `font`: the CSS font-family list every text of the chart is measured and drawn in (the element
/// passes the host page's font, or `--apac-chart-font`). Default `sans-serif`. Kept inline, at
/// most [`FontFamily::MAX`] bytes, so that options stay `Copy`. Checked here for its length and
/// characters; the browser's canvas checks the rest when a chart is drawn.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct FontFamily {
    len: u8,
    bytes: [u8; FontFamily::MAX],
}

impl FontFamily {
    /// Longest family list accepted, bytes of UTF-8.
    pub const MAX: usize = 255;

    /// `text`, trimmed, if it could be a CSS font-family list: not empty, at most [`Self::MAX`]
    /// bytes, with no character that would end the family list inside a `font` shorthand or a
    /// declaration (`;`, `{`, `}`, `/`, `\`, `(`, `)`, control characters).
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let forbidden = |c: char| c.is_control() || matches!(c, ';' | '{' | '}' | '/' | '\\' | '(' | ')' | '<' | '>');
        if text.is_empty() || text.len() > Self::MAX || text.chars().any(forbidden) {
            return None;
        }
        let mut bytes = [0; Self::MAX];
        bytes.get_mut(..text.len())?.copy_from_slice(text.as_bytes());
        Some(Self { len: u8::try_from(text.len()).ok()?, bytes })
    }

    /// The family list, as given (trimmed).
    pub fn as_str(&self) -> &str {
        self.bytes.get(..usize::from(self.len)).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or("sans-serif")
    }
}

impl Default for FontFamily {
    fn default() -> Self {
        Self::parse("sans-serif").unwrap_or(Self { len: 0, bytes: [0; Self::MAX] })
    }
}

impl std::fmt::Debug for FontFamily {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn family_lists_are_trimmed_bounded_and_cannot_end_the_declaration() {
        assert_eq!(
            FontFamily::parse("  Georgia, serif ").map(|f| f.as_str().to_owned()),
            Some("Georgia, serif".into())
        );
        assert_eq!(FontFamily::default().as_str(), "sans-serif");
        assert_eq!(format!("{:?}", FontFamily::default()), "\"sans-serif\"");
        let longest = "a".repeat(FontFamily::MAX);
        assert_eq!(FontFamily::parse(&longest).map(|f| f.as_str().len()), Some(FontFamily::MAX));
        assert!(FontFamily::parse(&[longest.as_str(), "a"].concat()).is_none(), "one byte too long");
        for bad in ["", "   ", "serif; color: red", "a{", "x}", "url(x)", "a/b", "a\\b", "<b>", "a\u{7}b"] {
            assert!(FontFamily::parse(bad).is_none(), "{bad:?}");
        }
        assert_eq!(
            FontFamily::parse("\"Noto Sans CJK SC\", 黑体").map(|f| f.as_str().to_owned()),
            Some("\"Noto Sans CJK SC\", 黑体".into())
        );
    }
}
