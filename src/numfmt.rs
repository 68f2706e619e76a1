//! Small number formatting for labels, CSS values and error messages, with integer arithmetic:
//! `format!("{:.1}")` and `{:e}` on floats pull ~10 KB of formatting code into the wasm, and
//! `core::fmt` itself (`format!`, `to_string()`, `{:?}`) is not needed for any of these.

/// One decimal place, as the charts print shares: 69.7, 0.4, 13.0.
pub fn fixed1(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64;
    let mut out = if tenths < 0 { "-".to_owned() } else { String::new() };
    push_int(&mut out, (tenths / 10).unsigned_abs());
    out.push('.');
    push_int(&mut out, (tenths % 10).unsigned_abs());
    out
}

/// Two decimal places, as the AI Index prints its shares: 69.70, 13.00.
pub fn fixed2(v: f64) -> String {
    let hundredths = (v * 100.0).round() as i64;
    let mut out = if hundredths < 0 { "-".to_owned() } else { String::new() };
    push_int(&mut out, (hundredths / 100).unsigned_abs());
    out.push('.');
    let frac = (hundredths % 100).unsigned_abs();
    if frac < 10 {
        out.push('0');
    }
    push_int(&mut out, frac);
    out
}

/// An integer in decimal, as `to_string()` would print it (without `core::fmt`).
pub fn int(v: i64) -> String {
    let mut out = if v < 0 { "-".to_owned() } else { String::new() };
    push_int(&mut out, v.unsigned_abs());
    out
}

/// Appends `v` in decimal.
fn push_int(out: &mut String, v: u64) {
    let mut digits = [0u8; 20];
    let (mut rest, mut start) = (v, digits.len());
    for slot in digits.iter_mut().rev() {
        *slot = b'0' + (rest % 10) as u8;
        start -= 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    out.extend(digits.iter().skip(start).map(|&d| char::from(d)));
}

/// The most characters of a given value a message echoes: enough to recognise it, never so many
/// that a message grows with its input (a 1 MiB chart id must not make a 1 MiB message).
pub const ECHO_CHARS: usize = 80;

/// `text`, or its first [`ECHO_CHARS`] characters and `…` when it is longer, and whether it was.
pub fn clip(text: &str) -> (&str, bool) {
    match text.char_indices().nth(ECHO_CHARS) {
        Some((end, _)) => (text.get(..end).unwrap_or(text), true),
        None => (text, false),
    }
}

/// A string in double quotes, as messages show a value given (`"blue"`): quotes, backslashes and
/// control characters escaped as in JSON. A value longer than [`ECHO_CHARS`] characters is cut
/// there, with an ellipsis and its length: `"aaaa…" (1048576 characters)`.
pub fn quoted(text: &str) -> String {
    let (shown, cut) = clip(text);
    let mut out = String::with_capacity(shown.len() + 2);
    out.push('"');
    for c in shown.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                out.push_str("\\u");
                for shift in [12, 8, 4, 0] {
                    out.push(char::from_digit((u32::from(c) >> shift) & 15, 16).unwrap_or('0'));
                }
            }
            c => out.push(c),
        }
    }
    if cut {
        out.push('…');
    }
    out.push('"');
    if cut {
        out.push_str(" (");
        push_int(&mut out, text.chars().count() as u64);
        out.push_str(" characters)");
    }
    out
}

/// A number as JS would print it in a message or a CSS length: integers plainly, others with up to
/// three decimals, very small or large ones as `1.5e-7`, and NaN / ±Infinity by name.
pub fn num(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    let mut out = if v < 0.0 { "-".to_owned() } else { String::new() };
    let a = v.abs();
    if a == 0.0 || (1e-3..1e15).contains(&a) {
        let thousandths = (a * 1000.0).round() as u64;
        push_int(&mut out, thousandths / 1000);
        let frac = thousandths % 1000;
        if frac != 0 {
            out.push('.');
            let digits = [frac / 100, frac / 10 % 10, frac % 10];
            let used = if frac.is_multiple_of(100) {
                1
            } else if frac.is_multiple_of(10) {
                2
            } else {
                3
            };
            out.extend(digits.iter().take(used).map(|&d| char::from(b'0' + d as u8)));
        }
        return out;
    }
    // Scientific: scale into [1, 10) by powers of ten.
    let (mut m, mut e) = (a, 0i64);
    while m >= 10.0 {
        m /= 10.0;
        e += 1;
    }
    while m < 1.0 {
        m *= 10.0;
        e -= 1;
    }
    // Repeated scaling can leave 9.9999…: it prints as "10", which is 1 × 10 more.
    match num(m).as_str() {
        "10" => out.push('1'),
        m => {
            out.push_str(m);
            e -= 1;
        }
    }
    out.push('e');
    out.push_str(&int(e + 1));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_one_decimal_rounds_half_away() {
        assert_eq!(fixed1(69.70), "69.7");
        assert_eq!(fixed1(14.16), "14.2");
        assert_eq!(fixed1(0.37), "0.4");
        assert_eq!(fixed1(13.0), "13.0");
        assert_eq!(fixed1(100.0), "100.0");
        assert_eq!(fixed1(-2.25), "-2.3");
    }

    #[test]
    fn fixed_two_decimals_keep_their_zeros() {
        assert_eq!(fixed2(69.70), "69.70");
        assert_eq!(fixed2(13.0), "13.00");
        assert_eq!(fixed2(0.37), "0.37");
        assert_eq!(fixed2(2.05), "2.05");
    }

    #[test]
    fn numbers_read_like_js() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.5), "12.5");
        assert_eq!(num(0.25), "0.25");
        assert_eq!(num(-1.0), "-1");
        assert_eq!(num(1000.0), "1000");
        assert_eq!(num(1e-300), "1e-300");
        assert_eq!(num(2.5e20), "2.5e20");
        assert_eq!(num(f64::NAN), "NaN");
        assert_eq!(num(f64::NEG_INFINITY), "-Infinity");
        assert_eq!(num(0.0), "0");
        assert_eq!(num(0.05), "0.05");
        assert_eq!(num(1.001), "1.001");
        assert_eq!(num(-0.5), "-0.5");
        assert_eq!(num(9.9999999999e20), "1e21");
    }

    #[test]
    fn integers_and_quotes_print_like_rust() {
        for v in [0, 7, -7, 10, 1234567890, i64::MIN, i64::MAX] {
            assert_eq!(int(v), v.to_string());
        }
        for text in ["blue", "", "a\"b\\c", "tab\there\n", "\u{1}", "中文 ur", &"x".repeat(ECHO_CHARS)] {
            assert_eq!(quoted(text), serde_json::to_string(text).unwrap(), "{text:?}");
        }
    }

    #[test]
    fn long_values_are_cut_with_their_length() {
        let long = "é".repeat(1 << 20);
        let q = quoted(&long);
        assert_eq!(q, ["\"", &"é".repeat(ECHO_CHARS), "…\" (1048576 characters)"].concat());
        assert!(q.chars().count() < 120);
        let (shown, cut) = clip("short");
        assert_eq!((shown, cut), ("short", false));
    }
}
