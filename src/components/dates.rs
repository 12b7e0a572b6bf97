//! Dates in the reader's language: the 24 EU languages from `i18n::dates` (the same
//! text as published pages, and no wait for `Intl`'s start-up on a first visit), any
//! other code or regional form through the browser's `Intl`.

use crate::content::date::Date;
use crate::content::model::DateStyle;
use crate::i18n::dates::long_date;
use js_sys::{Array, Function, Object, Reflect};
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::{JsCast, JsValue};

/// `7 February 2017` (en, as in en-GB), `7. Februar 2017` (de), `February 7, 2017`
/// (en-US, from `Intl`), or `07.02.2017` for the numeric style.
/// Falls back to `2017-02-07` if `Intl` refuses the language code.
pub fn format_date(date: Date, lang: &str, style: DateStyle) -> String {
    match style {
        DateStyle::Numeric => date.numeric(),
        DateStyle::Long => long_date(date, lang)
            .or_else(|| intl_long(date, lang))
            .unwrap_or_else(|| date.iso()),
    }
}

thread_local! {
    /// One `Intl.DateTimeFormat` per language: making one costs far more than using it,
    /// and a listing formats many dates.
    static FORMATTERS: RefCell<HashMap<String, Option<(JsValue, Function)>>> = RefCell::new(HashMap::new());
}

/// A long-date formatter for a language, or `None` if `Intl` refuses the code.
fn formatter(lang: &str) -> Option<(JsValue, Function)> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let ctor: Function = Reflect::get(&intl, &"DateTimeFormat".into()).ok()?.dyn_into().ok()?;
    let options = Object::new();
    Reflect::set(&options, &"dateStyle".into(), &"long".into()).ok()?;
    // The date is a calendar day, not an instant: format it in UTC so no zone shifts it.
    Reflect::set(&options, &"timeZone".into(), &"UTC".into()).ok()?;
    // Folio speaks to European readers: plain `en` is British English, as in `og_locale`.
    let locale = if lang.eq_ignore_ascii_case("en") { "en-GB" } else { lang };
    // Construct through Reflect: an odd language code throws a RangeError we can catch.
    let formatter = Reflect::construct(&ctor, &Array::of2(&JsValue::from_str(locale), &options)).ok()?;
    let format: Function = Reflect::get(&formatter, &"format".into()).ok()?.dyn_into().ok()?;
    Some((formatter, format))
}

/// The long form as the browser's `Intl` writes it (public for the test that holds
/// `i18n::dates` to it).
pub fn intl_long(date: Date, lang: &str) -> Option<String> {
    let (formatter, format) = FORMATTERS.with(|f| {
        f.borrow_mut()
            .entry(lang.to_string())
            .or_insert_with(|| formatter(lang))
            .clone()
    })?;
    let instant = js_sys::Date::new(&JsValue::from_str(&date.iso()));
    format.call1(&formatter, &instant).ok()?.as_string()
}

/// The date as a `<time datetime="YYYY-MM-DD">`.
#[component]
pub fn DateText(date: Date, lang: String, style: DateStyle) -> impl IntoView {
    view! { <time datetime=date.iso()>{format_date(date, &lang, style)}</time> }
}
