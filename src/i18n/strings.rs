//! The strings the charts draw and describe, in each language: `tr` looks one up. Natively the
//! compiled table (`translations.rs`, each translation's break opportunities marked once by
//! `breaks`); in the browser, the pairs a language module gives at run time (`register`). English
//! is compiled in everywhere, with the break marks build.rs finds.

use super::Lang;
#[cfg(not(target_arch = "wasm32"))]
use super::{breaks, translations};

// The English strings whose break opportunities are not just their spaces, marked by build.rs:
// `EN_MARKED: &[(u64, &str)]`, (FNV-1a hash of the clean string, the marked string).
include!(concat!(env!("OUT_DIR"), "/en_marked.rs"));

/// The English string with its break marks (the compiled English table), or `en` as it is.
fn marked_en(en: &str) -> &str {
    let hash = crate::hash::fnv1a(0, en.as_bytes());
    EN_MARKED.iter().find(|(h, _)| *h == hash).map_or(en, |(_, marked)| marked)
}

/// The string in `lang`, or the English one where no translation exists, with its line-break
/// marks (see [`super::unmark`]).
pub fn tr(lang: Lang, en: &str) -> &str {
    if lang == Lang::En {
        return marked_en(en);
    }
    lookup(lang, en).unwrap_or_else(|| marked_en(en))
}

/// The table with each translation's break opportunities marked, computed once.
#[cfg(not(target_arch = "wasm32"))]
fn marked_table() -> &'static [(&'static str, String, String)] {
    static TABLE: std::sync::OnceLock<Vec<(&'static str, String, String)>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        translations::TABLE.iter().map(|(en, zh, ur)| (*en, breaks::mark(zh), breaks::mark(ur))).collect()
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn lookup(lang: Lang, en: &str) -> Option<&'static str> {
    marked_table()
        .iter()
        .find(|(e, ..)| *e == en)
        .map(|(_, zh, ur)| match lang {
            Lang::ZhHans => zh.as_str(),
            Lang::Ur => ur.as_str(),
            Lang::En => "",
        })
        .filter(|t| !t.is_empty())
}

/// Every English key of the table (tests check each one's marks).
#[cfg(not(target_arch = "wasm32"))]
pub fn keys() -> impl Iterator<Item = &'static str> {
    translations::TABLE.iter().map(|(en, ..)| *en)
}

/// Every (English, translation) pair for `lang`, as `www/i18n/<lang>.js` exports them: the
/// translation with its line-break marks, so the wasm needs no line-breaking code.
#[cfg(not(target_arch = "wasm32"))]
pub fn pairs(lang: Lang) -> Vec<(&'static str, &'static str)> {
    translations::TABLE.iter().filter_map(|(en, ..)| lookup(lang, en).map(|t| (*en, t))).collect()
}

/// True when `en` has a translation for `lang` (tests use it to find gaps).
#[cfg(not(target_arch = "wasm32"))]
pub fn has(lang: Lang, en: &str) -> bool {
    lang == Lang::En || lookup(lang, en).is_some()
}

/// A language's (English, translation) pairs.
#[cfg(target_arch = "wasm32")]
type Pairs = Vec<(&'static str, &'static str)>;

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// Languages registered at run time, with their pairs.
    static REGISTERED: std::cell::RefCell<Vec<(Lang, Pairs)>> = const { std::cell::RefCell::new(Vec::new()) };
}

#[cfg(target_arch = "wasm32")]
fn lookup(lang: Lang, en: &str) -> Option<&'static str> {
    REGISTERED.with(|r| {
        let r = r.try_borrow().ok()?;
        let (_, pairs) = r.iter().find(|(l, _)| *l == lang)?;
        pairs.iter().find(|(e, _)| *e == en).map(|(_, t)| *t)
    })
}

/// Gives the browser build `lang`'s strings: the (English, translation) pairs exported by
/// `www/i18n/<lang>.js` as `chartStrings`. The first registration of a language stands for the
/// page's lifetime (its strings are never freed, so this is bounded by the number of languages);
/// later ones change nothing and return false.
#[cfg(target_arch = "wasm32")]
pub fn register(lang: Lang, pairs: Vec<(String, String)>) -> bool {
    if lang == Lang::En || is_loaded(lang) {
        return false;
    }
    let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    // An empty translation falls back to English, as the compiled table's empty cells do.
    let pairs = pairs
        .into_iter()
        .filter(|(en, t)| !en.is_empty() && !t.is_empty())
        .map(|(en, t)| (leak(en), leak(t)))
        .collect();
    REGISTERED.with(|r| r.try_borrow_mut().map(|mut r| r.push((lang, pairs))).is_ok())
}

/// True when the charts can be drawn in `lang`: English always; natively every language; in the
/// browser, languages given by `register`.
pub fn is_loaded(lang: Lang) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        lang == Lang::En || REGISTERED.with(|r| r.try_borrow().is_ok_and(|r| r.iter().any(|(l, _)| *l == lang)))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = lang;
        true
    }
}
