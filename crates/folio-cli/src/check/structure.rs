//! The contract's checks for lists (nested ones too), tables, galleries and code, each
//! rule named at its field.

use crate::check::fields::{image, object, optional_bool, optional_string, required, string, text, type_name};
use crate::check::problem::{at, join, Report};
use folio_core::content::model::{LIST_DEPTH, MAX_SPAN};
use serde_json::{Map, Value};

type Object = Map<String, Value>;

/// A required array that is not empty, or `None` with the error at its field.
fn items<'v>(r: &mut Report, o: &'v Object, parent: &str, name: &str) -> Option<&'v Vec<Value>> {
    let field = join(parent, name);
    match required(r, o, parent, name)? {
        Value::Array(list) if list.is_empty() => r.error(&field, "is empty"),
        Value::Array(list) => return Some(list),
        other => r.error(&field, format!("must be an array, not {}", type_name(other))),
    }
    None
}

/// A list block, or the list of an item at `depth` (1 for the block's own).
pub fn list(r: &mut Report, field: &str, o: &Object, depth: usize) {
    optional_bool(r, o, field, "ordered");
    let Some(list) = items(r, o, field, "items") else {
        return;
    };
    let items_field = join(field, "items");
    for (i, item) in list.iter().enumerate() {
        let field = at(&items_field, i);
        match item.as_object().filter(|o| o.contains_key("list")) {
            Some(o) => nested_item(r, &field, o, depth),
            None => text(r, &field, item),
        }
    }
}

/// `{ text, list }`: an item holding a list, no deeper than `LIST_DEPTH` in all.
fn nested_item(r: &mut Report, field: &str, o: &Object, depth: usize) {
    if let Some(t) = o.get("text") {
        text(r, &join(field, "text"), t);
    }
    let list_field = join(field, "list");
    let Some(nested) = o.get("list").and_then(|v| object(r, &list_field, v)) else {
        return;
    };
    if depth + 1 > LIST_DEPTH {
        r.warning(
            &list_field,
            format!("lists nest at most {LIST_DEPTH} deep: readers see this list's items at level {LIST_DEPTH}"),
        );
    }
    list(r, &list_field, nested, depth + 1);
}

pub fn table(r: &mut Report, field: &str, o: &Object) {
    optional_string(r, o, field, "caption");
    optional_bool(r, o, field, "header_row");
    optional_bool(r, o, field, "header_column");
    let Some(rows) = items(r, o, field, "rows") else { return };
    let rows_field = join(field, "rows");
    for (i, row) in rows.iter().enumerate() {
        let row_field = at(&rows_field, i);
        match row {
            Value::Array(cells) if cells.is_empty() => r.error(&row_field, "has no cell"),
            Value::Array(cells) => {
                for (j, c) in cells.iter().enumerate() {
                    cell(r, &at(&row_field, j), c);
                }
            }
            other => r.error(
                &row_field,
                format!("must be an array of cells, not {}", type_name(other)),
            ),
        }
    }
}

/// A cell: rich text (it may be blank), or `{ text, colspan, rowspan }`.
fn cell(r: &mut Report, field: &str, v: &Value) {
    let Some(o) = v
        .as_object()
        .filter(|o| o.contains_key("colspan") || o.contains_key("rowspan"))
    else {
        return blank_allowed(r, field, v);
    };
    if let Some(t) = o.get("text") {
        blank_allowed(r, &join(field, "text"), t);
    }
    for name in ["colspan", "rowspan"] {
        if let Some(n) = o.get(name) {
            if !n.as_u64().is_some_and(|n| (1..=u64::from(MAX_SPAN)).contains(&n)) {
                r.error(
                    &join(field, name),
                    format!("must be a whole number from 1 to {MAX_SPAN}"),
                );
            }
        }
    }
}

/// Rich text where blank is allowed (an empty cell): only its runs are checked.
fn blank_allowed(r: &mut Report, field: &str, v: &Value) {
    let blank = match v {
        Value::String(s) => s.trim().is_empty(),
        Value::Array(list) => list.iter().all(|x| x.as_str().is_some_and(|s| s.trim().is_empty())),
        _ => false,
    };
    if !blank {
        text(r, field, v);
    }
}

pub fn gallery(r: &mut Report, field: &str, o: &Object) {
    optional_string(r, o, field, "caption");
    let Some(images) = items(r, o, field, "images") else {
        return;
    };
    let images_field = join(field, "images");
    if images.len() < 2 {
        r.error(&images_field, "must hold two or more images (one is an image block)");
    }
    for (i, img) in images.iter().enumerate() {
        image(r, &at(&images_field, i), img);
    }
}

pub fn code(r: &mut Report, field: &str, o: &Object) {
    let text_field = join(field, "text");
    if let Some(t) = required(r, o, field, "text").and_then(|t| string(r, &text_field, t)) {
        if t.trim().is_empty() {
            r.error(&text_field, "is empty");
        }
    }
    optional_string(r, o, field, "language");
    optional_bool(r, o, field, "verse");
}
