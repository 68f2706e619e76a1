//! Small number formatting for labels, CSS values and error messages, with integer arithmetic:
//! `format!("{:.1}")` and `{:e}` on floats pull ~10 KB of formatting code into the wasm.

/// One decimal place, as the charts print shares: 69.7, 0.4, 13.0.
pub fn fixed1(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}", (tenths / 10).abs(), (tenths % 10).abs())
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
    let sign = if v < 0.0 { "-" } else { "" };
    let a = v.abs();
    if a == 0.0 || (1e-3..1e15).contains(&a) {
        let thousandths = (a * 1000.0).round() as i64;
        let (int, frac) = (thousandths / 1000, thousandths % 1000);
        return if frac == 0 {
            format!("{sign}{int}")
        } else {
            format!("{sign}{int}.{}", format!("{frac:03}").trim_end_matches('0'))
        };
    }
    // Scientific: scale into [1, 10) by powers of ten.
    let (mut m, mut e) = (a, 0i32);
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
        "10" => format!("{sign}1e{}", e + 1),
        m => format!("{sign}{m}e{e}"),
    }
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
    }
}
