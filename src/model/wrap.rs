//! Wrapping text into lines at its break opportunities, and stacking the lines as text boxes.
//! Pure: widths come from a [`TextMeasure`].

use super::text::{Align, Font, Ink, TextBox, TextMeasure};
use crate::i18n::{unmark, BREAK, NO_BREAK_SPACE};

/// Breaks `text` into lines no wider than `max_width` at its break opportunities: its spaces and
/// the marks `tr` strings carry (UAX #14 with the Chinese line-start and line-end rules, computed
/// natively: see `i18n::BREAK`; never at a no-break space). A piece wider than a line is broken
/// between characters, so nothing leaves the line. The lines come back clean (no marks).
pub fn wrap(m: &dyn TextMeasure, text: &str, font: Font, max_width: f64) -> Vec<String> {
    wrap_measured(m, text, font, max_width).into_iter().map(|(line, _)| line).collect()
}

/// [`wrap`], with each line's width. A line's width is the sum of its words' and spaces' widths:
/// each word is measured once, however many candidate lines it is tried in, so the browser's
/// width cache serves the same words at every chart width (kerning across a space is ignored).
/// A word that does not fit the rest of a line fills it up to its last break opportunity that
/// fits (greedy, as browsers break lines).
pub fn wrap_measured(m: &dyn TextMeasure, text: &str, font: Font, max_width: f64) -> Vec<(String, f64)> {
    let mut lines =
        Lines { m, font, max_width, space: m.width(" ", font), done: Vec::new(), line: String::new(), width: 0.0 };
    for word in text.split([' ', '\t', '\n']).filter(|w| !w.is_empty()) {
        let whole = unmark(word);
        let width = m.width(&whole, font);
        // Words held together by no-break spaces ("US$1 trillion") that are wider than a whole
        // line, and have no other break opportunity, break at those spaces (with a space).
        // (`contains(BREAK)` would search for the character as a string, bringing in core's
        // two-way searcher and its formatted panics: some 10 KB of wasm.)
        let held = width > max_width && !word.chars().any(|c| c == BREAK);
        let pieces: Vec<&str> =
            word.split(if held { NO_BREAK_SPACE } else { BREAK }).filter(|p| !p.is_empty()).collect();
        if lines.fits(width, true) || pieces.len() < 2 {
            lines.put(whole.into_owned(), width, true);
            continue;
        }
        // The pieces of a word join without a space; those of a held one with one.
        for (k, piece) in pieces.into_iter().enumerate() {
            let piece = unmark(piece);
            let width = m.width(&piece, font);
            lines.put(piece.into_owned(), width, k == 0 || held);
        }
    }
    lines.finish()
}

/// Lines being filled, greedily.
struct Lines<'a> {
    m: &'a dyn TextMeasure,
    font: Font,
    max_width: f64,
    space: f64,
    done: Vec<(String, f64)>,
    line: String,
    width: f64,
}

impl Lines<'_> {
    /// True when a piece `width` wide fits on the current line (after a space if `spaced`).
    fn fits(&self, width: f64, spaced: bool) -> bool {
        let gap = if spaced && !self.line.is_empty() { self.space } else { 0.0 };
        self.width + gap + width <= self.max_width
    }

    /// Adds a piece to the current line, or starts a new one with it; a piece wider than a whole
    /// line is broken between characters.
    fn put(&mut self, piece: String, width: f64, spaced: bool) {
        if !self.line.is_empty() && self.fits(width, spaced) {
            if spaced {
                self.line.push(' ');
                self.width += self.space;
            }
            self.line.push_str(&piece);
            self.width += width;
            return;
        }
        if !self.line.is_empty() {
            self.done.push((std::mem::take(&mut self.line), self.width));
        }
        let mut parts = hard_break(self.m, piece, width, self.font, self.max_width);
        (self.line, self.width) = parts.pop().unwrap_or_default();
        self.done.extend(parts);
    }

    fn finish(mut self) -> Vec<(String, f64)> {
        if !self.line.is_empty() {
            self.done.push((self.line, self.width));
        }
        self.done
    }
}

fn hard_break(m: &dyn TextMeasure, line: String, width: f64, font: Font, max_width: f64) -> Vec<(String, f64)> {
    if width <= max_width {
        return vec![(line, width)];
    }
    let mut out = Vec::new();
    let (mut cur, mut cur_width) = (String::new(), 0.0);
    let mut buf = [0u8; 4];
    for c in line.chars() {
        let w = m.width(c.encode_utf8(&mut buf), font);
        if !cur.is_empty() && cur_width + w > max_width {
            out.push((std::mem::take(&mut cur), cur_width));
            cur_width = 0.0;
        }
        cur.push(c);
        cur_width += w;
    }
    out.push((cur, cur_width));
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
    let boxes = wrap_measured(m, text, font, max_width)
        .into_iter()
        .map(|(text, width)| {
            let b = TextBox { text, x: 0.0, y: 0.0, width, font, align, ink }.at(x, y, align);
            y += font.line_height();
            b
        })
        .collect();
    (boxes, y)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::text::ApproxMetrics;

    #[test]
    fn wrap_keeps_lines_within_width_and_all_words() {
        let m = ApproxMetrics;
        let f = Font::regular(12.0);
        let text = "Share of AI patents granted in 2023, by location of the granting office";
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

    /// Records every string it is asked to measure.
    struct Recording(std::cell::RefCell<std::collections::BTreeSet<String>>);

    impl TextMeasure for Recording {
        fn width(&self, text: &str, font: Font) -> f64 {
            self.0.borrow_mut().insert(text.to_owned());
            ApproxMetrics.width(text, font)
        }
    }

    #[test]
    fn wrapping_measures_words_not_lines_and_sums_widths_exactly_enough() {
        let text = "Proposed, with headquarters tentatively in Shanghai; promoted by Xi at APEC on 1 Nov 2025.";
        let m = Recording(Default::default());
        let f = Font::regular(13.0);
        for width in [120.0, 140.0, 233.0, 480.0] {
            for (line, w) in wrap_measured(&m, text, f, width) {
                assert!((w - ApproxMetrics.width(&line, f)).abs() < 1e-9, "{line:?}: summed {w}");
                assert!(w <= width, "{line:?} wider than {width}");
            }
        }
        // Whatever the width, only the words and a space were measured: the browser's width cache
        // answers the next resize without calling measureText.
        let words: std::collections::BTreeSet<String> =
            text.split(' ').map(str::to_owned).chain([" ".to_owned()]).collect();
        assert_eq!(*m.0.borrow(), words);
    }

    // Marking runs natively only (it is not in the wasm).
    #[cfg(not(target_arch = "wasm32"))]
    use crate::i18n::breaks::mark;

    /// Chinese lines: no closing punctuation at a line start, no opening punctuation at a line end,
    /// no break between a number and its unit or inside a numeric range.
    #[cfg(not(target_arch = "wasm32"))]
    fn kinsoku_violations(lines: &[String]) -> Vec<String> {
        let mut bad = Vec::new();
        for pair in lines.windows(2) {
            let (end, start) = (pair[0].chars().last().unwrap_or(' '), pair[1].chars().next().unwrap_or(' '));
            if "，。、；：！？）》」』”%".contains(start) {
                bad.push(format!("{:?} starts with closing {start}", pair[1]));
            }
            if "（《「『“".contains(end) {
                bad.push(format!("{:?} ends with opening {end}", pair[0]));
            }
            if end.is_ascii_digit()
                && (start.is_ascii_digit() || ('\u{4e00}'..='\u{9fff}').contains(&start) || start == '–')
            {
                bad.push(format!("{:?} | {:?} splits a number from its unit", pair[0], pair[1]));
            }
            if end == '–' && start.is_ascii_digit() {
                bad.push(format!("{:?} | {:?} splits a range", pair[0], pair[1]));
            }
        }
        bad
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn chinese_lines_follow_the_line_start_and_line_end_rules() {
        let m = ApproxMetrics;
        let f = Font::regular(13.0);
        let cases = [
            // The patent source note: "（" may not end a line, "–2027年）" may not start one.
            "来源：斯坦福大学以人为本人工智能研究院（HAI），《人工智能指数报告2025》（第1章第1.2节，图1.2.3，第44页；数据：PATSTAT）。",
            "AI倡议与关键节点（2025–2027年）",
            // Dates and numbers stay with their units.
            "截至2025年12月28日。",
            "2023年全球近70%的AI专利由中国国家知识产权局授予",
            "约2个百分点",
        ];
        for text in cases {
            let marked = mark(text);
            // Narrower than its widest unbreakable piece, a line must break inside it: from there up.
            let widest = marked.split([BREAK, ' ']).map(|p| m.width(&unmark(p), f)).fold(0.0, f64::max);
            for width in (widest.ceil() as u32..400).map(f64::from) {
                let lines = wrap(&m, &marked, f, width);
                assert_eq!(lines.concat(), text, "{text} at {width}: all characters, in order, no spaces added");
                assert_eq!(kinsoku_violations(&lines), Vec::<String>::new(), "{lines:?} at {width}");
                if m.width("2025年12月28日。", f) <= width {
                    assert!(
                        lines.iter().all(|l| !l.contains("2025年12月") || l.contains("2025年12月28日")),
                        "{lines:?}: the date split"
                    );
                }
            }
        }
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn pieces_of_one_word_never_get_a_space() {
        let m = ApproxMetrics;
        let f = Font::regular(13.0);
        for width in (40..240).map(f64::from) {
            for text in
                ["Qwen-SEA-LION-v4", "基于Qwen3-32B", "AI Singapore releases Qwen-SEA-LION-v4, built on Alibaba's Qwen"]
            {
                let lines = wrap(&m, &mark(text), f, width);
                assert_eq!(lines.join(" ").replace(' ', ""), text.replace(' ', ""), "{text} at {width}");
                assert!(lines.iter().all(|l| !l.contains("- ")), "{lines:?} at {width}");
            }
        }
    }

    #[test]
    fn no_break_spaces_hold_and_are_drawn_as_spaces() {
        let m = ApproxMetrics;
        let f = Font::regular(11.0);
        let text = format!("Article {}", crate::i18n::unbreakable("28 Dec 2025"));
        for width in (80..300).map(f64::from) {
            let lines = wrap(&m, &text, f, width);
            assert!(lines.iter().any(|l| l.ends_with("28 Dec 2025")), "{lines:?} at {width}");
            assert!(lines.iter().all(|l| !l.contains('\u{a0}')), "{lines:?}");
        }
    }

    #[test]
    fn words_held_by_no_break_spaces_break_there_only_when_wider_than_a_line() {
        let m = ApproxMetrics;
        let f = Font::regular(12.0);
        let held = "nearly US$1\u{a0}trillion\u{a0}dollars";
        let whole = m.width("US$1 trillion dollars", f);
        assert_eq!(wrap(&m, held, f, whole + 1.0), ["nearly", "US$1 trillion dollars"]);
        // Narrower: broken at its no-break spaces, never inside a word.
        let narrow = wrap(&m, held, f, whole - 1.0);
        assert_eq!(narrow.join(" "), "nearly US$1 trillion dollars", "{narrow:?}");
        assert!(narrow.len() == 2 && narrow.iter().all(|l| m.width(l, f) < whole), "{narrow:?}");
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn long_words_break_after_hyphens_then_anywhere() {
        let m = ApproxMetrics;
        let f = Font::regular(12.0);
        let lines = wrap(&m, &mark("Qwen-SEA-LION-v4"), f, 70.0);
        assert!(lines.len() > 1 && lines[0].ends_with('-'), "{lines:?}");
        assert_eq!(lines.concat(), "Qwen-SEA-LION-v4");
        let lines = wrap(&m, "Supercalifragilistic", f, 40.0);
        assert!(lines.iter().all(|l| m.width(l, f) <= 40.0), "{lines:?}");
        assert_eq!(lines.concat(), "Supercalifragilistic");
    }
}
