//! Reading JS values: every argument and option an export receives is checked here, through calls
//! that catch (a getter, a Proxy trap or a `toString` that throws gives a [`ChartError`], never an
//! exception unwinding through the wasm, which would leak its stack and poison the module).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::charts::ChartId;
use crate::error::ChartError;
use crate::i18n::Lang;
use crate::numfmt::{int, num, quoted};
use crate::options::{ChartOptions, OptionValue};

#[wasm_bindgen]
extern "C" {
    // `catch` bindings: a JS exception (a Proxy's trap, a revoked Proxy) comes back as `Err`
    // instead of unwinding through the wasm, which would leak its stack and poison the module.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Object, js_name = getPrototypeOf)]
    fn prototype_of(value: &JsValue) -> Result<JsValue, JsValue>;
}

/// A short, safe description of any JS value for error messages (never throws, never long).
pub fn describe(value: &JsValue) -> String {
    if let Some(s) = value.as_string() {
        return quoted(&s); // cut at numfmt::ECHO_CHARS, with its length
    }
    if let Some(n) = value.as_f64() {
        return ["the number ", &num(n)].concat();
    }
    if let Some(b) = value.as_bool() {
        return if b { "true" } else { "false" }.into();
    }
    if value.is_null() {
        return "null".into();
    }
    if value.is_undefined() {
        return "undefined".into();
    }
    match is_array(value) {
        Ok(true) => return "an array".into(),
        Ok(false) => {}
        Err(_) => return "an object that throws when inspected (a revoked Proxy?)".into(),
    }
    let name = js_sys::Reflect::get(value, &JsValue::from_str("constructor"))
        .ok()
        .and_then(|c| js_sys::Reflect::get(&c, &JsValue::from_str("name")).ok())
        .and_then(|n| n.as_string())
        .filter(|n| !n.is_empty());
    match name {
        Some(n) => ["a ", &n].concat(),
        None => ["a value of type ", &value.js_typeof().as_string().unwrap_or_default()].concat(),
    }
}

/// Options are read from the plain copy [`snapshot`] makes, so no read here runs host code.
impl OptionValue for JsValue {
    fn is_nullish(&self) -> bool {
        self.is_null() || self.is_undefined()
    }
    fn string(&self) -> Option<String> {
        self.as_string()
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn entries(&self) -> Option<Vec<(String, Self)>> {
        if !self.is_object() || !matches!(is_array(self), Ok(false)) {
            return None;
        }
        let keys = js_sys::Reflect::own_keys(self.unchecked_ref()).ok()?;
        let mut pairs = Vec::new();
        for key in keys.iter() {
            let Some(name) = key.as_string() else { continue }; // symbol keys are not options
            pairs.push((name, js_sys::Reflect::get(self, &key).ok()?));
        }
        Some(pairs)
    }
    fn describe(&self) -> String {
        describe(self)
    }
}

/// More `addTranslations` pairs than any language needs (the table has about 120): a bound
/// checked before anything is allocated, not a budget.
const MAX_TRANSLATIONS: u32 = 10_000;

/// The arguments of `addTranslations(lang, chartStrings)`: a language we ship other than English,
/// and its `[english, translation]` string pairs.
pub fn translation_pairs(lang: &JsValue, pairs: &JsValue) -> Result<(Lang, Vec<(String, String)>), ChartError> {
    let bad = |arg: &'static str, expected: &'static str, got: &JsValue| ChartError::BadArgument {
        arg,
        expected,
        got: describe(got),
    };
    let tag = lang.as_string().ok_or_else(|| bad("lang", "a language tag string such as 'zh-Hans'", lang))?;
    let parsed = Lang::from_tag(&tag);
    if parsed == Lang::En {
        return Err(bad(
            "lang",
            "a language the charts are translated into ('zh-Hans' or 'ur'; English needs none)",
            lang,
        ));
    }
    if !matches!(is_array(pairs), Ok(true)) {
        return Err(bad("chartStrings", "an array of [english, translation] string pairs", pairs));
    }
    // Read through Reflect, which catches. The length is bounded before anything is allocated.
    let read_error = |_| bad("chartStrings", "an array that can be read without throwing", pairs);
    let length = js_sys::Reflect::get(pairs, &"length".into()).map_err(read_error)?.as_f64().unwrap_or(0.0);
    if !(1.0..=f64::from(MAX_TRANSLATIONS)).contains(&length) {
        return Err(ChartError::BadArgument {
            arg: "chartStrings",
            expected: "an array of 1 to 10000 [english, translation] string pairs",
            got: ["an array of ", &num(length), " items"].concat(),
        });
    }
    let item = |value: &JsValue, i: u32| js_sys::Reflect::get_u32(value, i).ok();
    let mut read = Vec::new();
    for i in 0..length as u32 {
        let pair = item(pairs, i).unwrap_or(JsValue::UNDEFINED);
        let is_pair = matches!(is_array(&pair), Ok(true))
            && js_sys::Reflect::get(&pair, &"length".into()).ok().and_then(|l| l.as_f64()) == Some(2.0);
        let strings = is_pair.then(|| Some((item(&pair, 0)?.as_string()?, item(&pair, 1)?.as_string()?))).flatten();
        let Some(strings) = strings else {
            return Err(ChartError::BadArgument {
                arg: "chartStrings",
                expected: "an array of [english, translation] string pairs",
                got: [&describe(&pair), " at index ", &int(i64::from(i))].concat(),
            });
        };
        read.push(strings);
    }
    Ok((parsed, read))
}

pub fn chart_id(value: &JsValue) -> Result<ChartId, ChartError> {
    let id = value.as_string().ok_or_else(|| ChartError::BadArgument {
        arg: "chart",
        expected: "a chart id string such as 'patent-share'",
        got: describe(value),
    })?;
    ChartId::parse(&id)
}

/// A width or height argument: a positive, finite number of CSS px.
pub fn css_length(value: &JsValue, arg: &'static str) -> Result<f64, ChartError> {
    value.as_f64().filter(|w| w.is_finite() && *w > 0.0).ok_or_else(|| ChartError::BadArgument {
        arg,
        expected: "a positive number of CSS px",
        got: describe(value),
    })
}

/// A coordinate argument, CSS px.
pub fn coordinate(value: &JsValue, arg: &'static str) -> Result<f64, ChartError> {
    value.as_f64().ok_or_else(|| ChartError::BadArgument { arg, expected: "a number of CSS px", got: describe(value) })
}

/// A point index argument: an integer from 0 to `count` - 1.
pub fn point_index(value: &JsValue, count: u32) -> Result<usize, ChartError> {
    value.as_f64().filter(|i| i.fract() == 0.0 && *i >= 0.0 && *i < f64::from(count)).map(|i| i as usize).ok_or_else(
        || ChartError::BadArgument {
            arg: "index",
            expected: "an integer index from 0 to pointCount - 1",
            got: describe(value),
        },
    )
}

/// The `options` argument: `undefined`, `null` or a plain object of known options.
pub fn options(value: &JsValue) -> Result<ChartOptions, ChartError> {
    let mut options = ChartOptions::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    let not_plain = || ChartError::BadArgument {
        arg: "options",
        expected: "a plain object such as { theme: 'dark' }",
        got: describe(value),
    };
    if !value.is_object() || !is_plain_object(value) {
        return Err(not_plain());
    }
    // Host code runs only inside `snapshot`, whose every read catches: `ChartOptions::set` then
    // reads plain data objects that cannot run anything.
    let fields = snapshot(value, "options", 0)?;
    let keys = js_sys::Reflect::own_keys(fields.unchecked_ref()).map_err(|_| not_plain())?;
    for key in keys.iter() {
        let Some(name) = key.as_string() else { continue };
        let field = js_sys::Reflect::get(&fields, &key).map_err(|_| not_plain())?;
        options.set(&name, field)?;
    }
    if !crate::i18n::is_loaded(options.lang) {
        return Err(ChartError::LangNotLoaded { lang: options.lang.tag() });
    }
    Ok(options)
}

/// Most keys read from one options object (the widget has five options and six colours).
const MAX_KEYS: u32 = 64;

/// The option's name as the error names it: a known option's own name, else "options".
fn option_name(path: &str) -> &'static str {
    let top = path.split('.').nth(1).unwrap_or("");
    ChartOptions::FIELDS.iter().copied().find(|f| *f == top).unwrap_or("options")
}

/// A copy of a host value made of plain data only: primitives as they are, plain objects (at most
/// two deep, `MAX_KEYS` keys each, string keys only) copied key by key through `Reflect`, which
/// catches. A getter, a Proxy trap or an inspection that throws, or any other kind of object
/// (arrays, typed arrays, Maps, class instances, DOM objects), is an error naming `path`; the value
/// thrown is described, never passed on.
fn snapshot(value: &JsValue, path: &str, depth: u32) -> Result<JsValue, ChartError> {
    if !value.is_object() && !value.is_function() {
        return Ok(value.clone());
    }
    let name = option_name(path);
    let bad = |detail: &[&str]| ChartError::BadOption { name, detail: ["`", path, "`: ", &detail.concat()].concat() };
    if value.is_function() || depth > 1 || !is_plain_object(value) {
        return Err(bad(&["must be a plain value or object, got ", &describe(value)]));
    }
    let keys = js_sys::Reflect::own_keys(value.unchecked_ref())
        .map_err(|e| bad(&["listing its keys threw ", &describe(&e)]))?;
    if keys.length() > MAX_KEYS {
        return Err(bad(&["has ", &int(keys.length().into()), " keys; at most ", &int(MAX_KEYS.into()), " are read"]));
    }
    // No prototype: every key, `__proto__` included, becomes an own key of the copy (on a plain
    // object, setting `__proto__` would run its setter and the key would vanish unchecked).
    let copy: js_sys::Object = js_sys::Object::create(JsValue::NULL.unchecked_ref());
    for key in keys.iter() {
        let Some(key_name) = key.as_string() else { continue }; // symbol keys are not options
        let (shown, cut) = crate::numfmt::clip(&key_name);
        let field_path = [path, ".", shown, if cut { "…" } else { "" }].concat();
        let field = js_sys::Reflect::get(value, &key)
            .map_err(|e| bad(&["reading ", &quoted(&key_name), " threw ", &describe(&e)]))?;
        let field = snapshot(&field, &field_path, depth + 1)?;
        js_sys::Reflect::set(&copy, &key, &field).map_err(|e| bad(&[&describe(&e)]))?;
    }
    Ok(copy.into())
}

/// The `canvas` argument: a real `HTMLCanvasElement`. Checked by calling the platform's own `width`
/// getter on it through `Reflect.apply`, which catches: it throws for anything else, a Proxy around
/// a canvas included, whose every later call would throw through the wasm.
pub fn canvas(value: &JsValue) -> Result<web_sys::HtmlCanvasElement, ChartError> {
    let not_canvas =
        || ChartError::BadArgument { arg: "canvas", expected: "an HTMLCanvasElement", got: describe(value) };
    if !value.is_object() {
        return Err(not_canvas());
    }
    let read = |target: &JsValue, key: &str| js_sys::Reflect::get(target, &key.into()).ok();
    let width_getter = read(&js_sys::global(), "HTMLCanvasElement")
        .and_then(|class| read(&class, "prototype"))
        .and_then(|proto| {
            js_sys::Reflect::get_own_property_descriptor(proto.unchecked_ref::<js_sys::Object>(), &"width".into()).ok()
        })
        .and_then(|descriptor| read(&descriptor, "get"))
        .and_then(|getter| getter.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(not_canvas)?;
    js_sys::Reflect::apply(&width_getter, value, &js_sys::Array::new()).map_err(|_| not_canvas())?;
    Ok(value.clone().unchecked_into())
}

/// True for `{…}` and `Object.create(null)`; false for arrays, Maps, Dates, class instances,
/// DOM objects and anything whose prototype cannot be read.
fn is_plain_object(value: &JsValue) -> bool {
    match prototype_of(value) {
        Ok(proto) if proto.is_null() => true,
        Ok(proto) => prototype_of(&proto).is_ok_and(|p| p.is_null()) && !matches!(is_array(value), Ok(true) | Err(_)),
        Err(_) => false,
    }
}
