//! The contract's field rules, each naming the field it checks: types, required and
//! optional fields, URLs by their use, images with their variants and focus, rich text.
//! The checks of whole files (`check`) and of the media and structured blocks
//! (`check::media`, `check::structure`) are built from these.

use crate::check::problem::{at, join, Report};
use folio_core::content::model::IMAGE_TYPES;
use folio_core::content::url::{scheme_of, UrlUse};
use serde_json::{Map, Value};

/// The JSON type, in words for a message.
pub(super) fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

pub(super) fn object<'v>(r: &mut Report, field: &str, v: &'v Value) -> Option<&'v Map<String, Value>> {
    let o = v.as_object();
    if o.is_none() {
        r.error(field, format!("must be an object, not {}", type_name(v)));
    }
    o
}

pub(super) fn required<'v>(r: &mut Report, o: &'v Map<String, Value>, parent: &str, name: &str) -> Option<&'v Value> {
    let v = o.get(name);
    if v.is_none() {
        r.error(&join(parent, name), "is required");
    }
    v
}

pub(super) fn string<'v>(r: &mut Report, field: &str, v: &'v Value) -> Option<&'v str> {
    let s = v.as_str();
    if s.is_none() {
        r.error(field, format!("must be a string, not {}", type_name(v)));
    }
    s
}

/// A required string that is not blank.
pub(super) fn text_field<'v>(r: &mut Report, o: &'v Map<String, Value>, parent: &str, name: &str) -> Option<&'v str> {
    let field = join(parent, name);
    let v = required(r, o, parent, name)?;
    let s = string(r, &field, v)?;
    if s.trim().is_empty() {
        r.error(&field, "is empty");
    }
    Some(s)
}

pub(super) fn optional_string(r: &mut Report, o: &Map<String, Value>, parent: &str, name: &str) {
    if let Some(v) = o.get(name) {
        string(r, &join(parent, name), v);
    }
}

pub(super) fn optional_bool(r: &mut Report, o: &Map<String, Value>, parent: &str, name: &str) {
    if let Some(v) = o.get(name) {
        if !v.is_boolean() {
            r.error(
                &join(parent, name),
                format!("must be true or false, not {}", type_name(v)),
            );
        }
    }
}

/// A URL's scheme must be allowed for its use; what it says about relative files is
/// checked against the tree later (`cross`).
pub(super) fn url(r: &mut Report, field: &str, v: &Value, use_: UrlUse) {
    let Some(s) = string(r, field, v) else { return };
    if s.trim().is_empty() {
        r.error(field, "is empty");
        return;
    }
    if let Some(scheme) = scheme_of(s) {
        if !use_.allows(&scheme) {
            r.error(field, format!("scheme {scheme:?} is not allowed"));
        }
    }
}

pub(super) fn positive_integer(r: &mut Report, o: &Map<String, Value>, parent: &str, name: &str) {
    if let Some(v) = o.get(name) {
        if !v.as_u64().is_some_and(|n| (1..=u32::MAX as u64).contains(&n)) {
            r.error(&join(parent, name), "must be a whole number of pixels above 0");
        }
    }
}

pub fn image(r: &mut Report, field: &str, v: &Value) {
    let Some(o) = object(r, field, v) else { return };
    if let Some(src) = required(r, o, field, "src") {
        url(r, &join(field, "src"), src, UrlUse::Image);
    }
    match o.get("alt") {
        None => r.error(
            &join(field, "alt"),
            "missing alt text (describe the image for readers who cannot see it)",
        ),
        Some(alt) => {
            if string(r, &join(field, "alt"), alt).is_some_and(|a| a.trim().is_empty()) {
                r.warning(
                    &join(field, "alt"),
                    "empty alt text marks the image as decorative: screen readers skip it",
                );
            }
        }
    }
    for name in ["credit", "caption"] {
        optional_string(r, o, field, name);
    }
    for name in ["width", "height"] {
        positive_integer(r, o, field, name);
    }
    if let Some(v) = o.get("variants") {
        variants(r, &join(field, "variants"), v, o.get("width").and_then(Value::as_u64));
    }
    if let Some(v) = o.get("focus") {
        focus(r, &join(field, "focus"), v);
    }
}

/// An image's variants: each a file (`src`) at a width no wider than the original's
/// (`original`, when the image gives it), of a known type.
pub(super) fn variants(r: &mut Report, field: &str, v: &Value, original: Option<u64>) {
    let Some(list) = v.as_array() else {
        r.error(field, format!("must be a list of variants, not {}", type_name(v)));
        return;
    };
    for (i, item) in list.iter().enumerate() {
        let f = at(field, i);
        let Some(o) = object(r, &f, item) else { continue };
        if let Some(src) = required(r, o, &f, "src") {
            url(r, &join(&f, "src"), src, UrlUse::Image);
        }
        if required(r, o, &f, "width").is_some() {
            positive_integer(r, o, &f, "width");
        }
        let width = o.get("width").and_then(Value::as_u64);
        if let (Some(w), Some(original)) = (width, original) {
            if w > original {
                r.error(
                    &join(&f, "width"),
                    format!("{w} is wider than the image itself ({original}): a variant is never enlarged"),
                );
            }
        }
        if let Some(t) = required(r, o, &f, "type") {
            if !t.as_str().is_some_and(|t| IMAGE_TYPES.contains(&t)) {
                r.error(
                    &join(&f, "type"),
                    format!(
                        "{t} is not one of the types a variant may have: {}",
                        IMAGE_TYPES.join(", ")
                    ),
                );
            }
        }
    }
}

/// Where cards crop: `x` and `y`, each from 0 to 1.
pub(super) fn focus(r: &mut Report, field: &str, v: &Value) {
    let Some(o) = object(r, field, v) else { return };
    for name in ["x", "y"] {
        if let Some(n) = required(r, o, field, name) {
            if !n.as_f64().is_some_and(|n| (0.0..=1.0).contains(&n)) {
                r.error(&join(field, name), format!("{n} must be a number from 0 to 1"));
            }
        }
    }
}

pub(super) fn strings(r: &mut Report, field: &str, v: &Value) {
    match v.as_array() {
        Some(list) => {
            for (i, item) in list.iter().enumerate() {
                string(r, &at(field, i), item);
            }
        }
        None => r.error(field, format!("must be an array of strings, not {}", type_name(v))),
    }
}

/// Inline text: a string, or an array of strings and `{text, bold?, italic?, link?,
/// code?, sup?, sub?}` runs.
pub(super) fn text(r: &mut Report, field: &str, v: &Value) {
    let runs: Vec<(String, &Value)> = match v {
        Value::Array(list) => list.iter().enumerate().map(|(i, x)| (at(field, i), x)).collect(),
        other => vec![(field.to_string(), other)],
    };
    let mut blank = true;
    for (field, run) in runs {
        match run {
            Value::String(s) => blank &= s.trim().is_empty(),
            Value::Object(o) => {
                if let Some(s) = required(r, o, &field, "text").and_then(|t| string(r, &join(&field, "text"), t)) {
                    blank &= s.trim().is_empty();
                }
                for flag in ["bold", "italic", "code", "sup", "sub"] {
                    optional_bool(r, o, &field, flag);
                }
                if let Some(link) = o.get("link") {
                    url(r, &join(&field, "link"), link, UrlUse::Link);
                }
            }
            other => r.error(
                &field,
                format!("must be a string or a text run object, not {}", type_name(other)),
            ),
        }
    }
    if blank {
        r.error(field, "has no text");
    }
}
