//! Optional fields read from a `serde_json::Value`, each `None` (or left out) when absent
//! or of another type: what the forgiving path, and the media, list, table and gallery
//! readers beside it, build their fields from.

use super::{checked, focus_of, make_image, plain, variant_of, ImageFields, UrlUse};
use crate::content::model::{Image, Inline, Text};
use serde_json::{Map, Value};

pub(super) type Object = Map<String, Value>;

/// An optional string: `None` when absent or of another type.
pub(super) fn string(o: &Object, name: &str) -> Option<String> {
    o.get(name)?.as_str().map(str::to_string)
}

pub(super) fn flag(o: &Object, name: &str) -> Option<bool> {
    o.get(name)?.as_bool()
}

pub(super) fn number<T: TryFrom<u64>>(o: &Object, name: &str) -> Option<T> {
    T::try_from(o.get(name)?.as_u64()?).ok()
}

/// The strings of an optional array (other elements dropped); `None` when it is not one.
pub(super) fn strings(o: &Object, name: &str) -> Option<Vec<String>> {
    let list = o.get(name)?.as_array()?;
    Some(list.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
}

pub(super) fn image(v: &Value) -> Option<Image> {
    let o = v.as_object()?;
    make_image(ImageFields {
        src: o.get("src")?.as_str()?,
        alt: string(o, "alt"),
        credit: string(o, "credit"),
        caption: string(o, "caption"),
        width: number(o, "width"),
        height: number(o, "height"),
        variants: o
            .get("variants")
            .and_then(Value::as_array)
            .map(|list| {
                list.iter()
                    .filter_map(Value::as_object)
                    .filter_map(variant_of)
                    .collect()
            })
            .unwrap_or_default(),
        focus: o.get("focus").and_then(Value::as_object).and_then(focus_of),
    })
}

/// A run: a string, or `{text, bold?, italic?, link?, code?, sup?, sub?}`; a refused
/// link keeps its text.
fn run(v: &Value) -> Option<Inline> {
    if let Some(text) = v.as_str() {
        return Some(plain(text));
    }
    let o = v.as_object()?;
    let on = |name| flag(o, name).unwrap_or(false);
    Some(Inline {
        text: o.get("text")?.as_str()?.to_string(),
        bold: on("bold"),
        italic: on("italic"),
        link: string(o, "link").and_then(|l| checked(&l, UrlUse::Link)),
        code: on("code"),
        sup: on("sup"),
        sub: on("sub"),
    })
}

/// Inline text: an array of runs (those that decode); anything else is taken as one run.
pub(super) fn text(v: &Value) -> Text {
    match v.as_array() {
        Some(runs) => runs.iter().filter_map(run).collect(),
        None => run(v).into_iter().collect(),
    }
}
