//! Lists, tables and galleries, read from JSON values by both paths (the one-pass path
//! keeps these blocks' fields as values): a list's items may hold lists, a table's rows
//! hold cells of rich text, a gallery holds image objects. What does not decode is
//! dropped alone (a cell keeps its place as an empty one, so the columns stay aligned);
//! a block left with nothing to show is skipped.

use super::read::{image, number, string, text, Object};
use super::{is_blank, non_empty};
use crate::content::model::{Block, Cell, Gallery, List, ListItem, Table, LIST_DEPTH, MAX_SPAN};
use serde_json::Value;

/// The block types this module reads.
pub(super) const KINDS: [&str; 3] = ["list", "table", "gallery"];

/// The fields only these blocks use: the one-pass path (native only) keeps them as values.
#[cfg(not(target_arch = "wasm32"))]
pub(super) const FIELDS: [&str; 6] = ["items", "ordered", "rows", "header_row", "header_column", "images"];

/// The block of a type of `KINDS`, or `None` when it has nothing to show.
pub(super) fn block(kind: &str, o: &Object) -> Option<Block> {
    match kind {
        "list" => list(o, 1).map(Block::List),
        "table" => table(o).map(Block::Table),
        "gallery" => gallery(o),
        _ => None,
    }
}

/// A list at a depth (1 for a block's own), or `None` when no item has text or a list.
fn list(o: &Object, depth: usize) -> Option<List> {
    let mut items = Vec::new();
    for v in o.get("items")?.as_array()? {
        item(v, depth, &mut items);
    }
    (!items.is_empty()).then(|| List {
        ordered: o.get("ordered").and_then(Value::as_bool).unwrap_or(false),
        items,
    })
}

/// One item, pushed when it has text or a list: rich text, or `{ text, list }` (an
/// object with `list` is an item; any other object is a run). At the deepest level a
/// nested list's items follow the item at that level, so no word is lost.
fn item(v: &Value, depth: usize, items: &mut Vec<ListItem>) {
    let (words, nested) = match v.as_object().filter(|o| o.contains_key("list")) {
        Some(o) => (
            o.get("text").map(text).unwrap_or_default(),
            o.get("list").and_then(Value::as_object),
        ),
        None => (text(v), None),
    };
    let deeper = nested.and_then(|l| list(l, depth + 1));
    let flat = depth >= LIST_DEPTH;
    let (list, after) = match deeper {
        Some(l) if flat => (None, l.items),
        other => (other, Vec::new()),
    };
    if !is_blank(&words) || list.is_some() {
        items.push(ListItem { text: words, list });
    }
    items.extend(after);
}

fn span(o: &Object, name: &str) -> u16 {
    number::<u16>(o, name).map_or(1, |n| n.clamp(1, MAX_SPAN))
}

/// A cell: rich text, or `{ text, colspan, rowspan }` (an object with either span is a
/// cell; any other object is a run). A cell that does not decode is an empty one.
fn cell(v: &Value) -> Cell {
    match v
        .as_object()
        .filter(|o| o.contains_key("colspan") || o.contains_key("rowspan"))
    {
        Some(o) => Cell {
            text: o.get("text").map(text).unwrap_or_default(),
            colspan: span(o, "colspan"),
            rowspan: span(o, "rowspan"),
        },
        None => Cell {
            text: text(v),
            colspan: 1,
            rowspan: 1,
        },
    }
}

/// A table with at least one row of cells; a row that is not an array is dropped.
fn table(o: &Object) -> Option<Table> {
    let rows: Vec<Vec<Cell>> = o
        .get("rows")?
        .as_array()?
        .iter()
        .filter_map(Value::as_array)
        .filter(|r| !r.is_empty())
        .map(|r| r.iter().map(cell).collect())
        .collect();
    let flag = |name| o.get(name).and_then(Value::as_bool).unwrap_or(false);
    let has_text = rows.iter().flatten().any(|c| !is_blank(&c.text));
    has_text.then(|| Table {
        caption: non_empty(string(o, "caption")),
        header_row: flag("header_row"),
        header_column: flag("header_column"),
        rows,
    })
}

/// A gallery of its pictures with an allowed source; one left is an image block.
fn gallery(o: &Object) -> Option<Block> {
    let mut images: Vec<_> = o.get("images")?.as_array()?.iter().filter_map(image).collect();
    match images.len() {
        0 => None,
        1 => images.pop().map(Block::Image),
        _ => Some(Block::Gallery(Gallery {
            images,
            caption: non_empty(string(o, "caption")),
        })),
    }
}
