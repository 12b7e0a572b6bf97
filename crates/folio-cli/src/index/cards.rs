//! Cards as folio-cli writes them into index files, pieces and the search index's docs
//! files: an article's card, their order, and their JSON (compact, one file a line).

use folio_core::content::model::{Article, Card, Image};
use serde_json::{json, Map, Value};

/// An article's card, as its language's index lists it.
pub fn card_of(a: &Article) -> Card {
    Card {
        slug: a.slug.clone(),
        kind: a.kind.clone(),
        date: a.date,
        title: a.title.clone(),
        summary: a.summary.clone(),
        image: a.image.clone(),
        topics: a.topics.clone(),
    }
}

/// Newest first; on the same day, by slug, so the order never depends on the disk.
pub fn newest_first(cards: &mut [Card]) {
    cards.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug)));
}

pub fn image_json(i: &Image) -> Value {
    let mut o = Map::new();
    o.insert("src".into(), json!(i.src));
    o.insert("alt".into(), json!(i.alt));
    for (k, v) in [("credit", &i.credit), ("caption", &i.caption)] {
        if let Some(v) = v {
            o.insert(k.into(), json!(v));
        }
    }
    for (k, v) in [("width", i.width), ("height", i.height)] {
        if let Some(v) = v {
            o.insert(k.into(), json!(v));
        }
    }
    if !i.variants.is_empty() {
        let variants: Vec<Value> = i
            .variants
            .iter()
            .map(|v| json!({ "src": v.src, "width": v.width, "type": v.mime }))
            .collect();
        o.insert("variants".into(), Value::Array(variants));
    }
    if let Some(f) = i.focus {
        o.insert("focus".into(), json!({ "x": f.x, "y": f.y }));
    }
    Value::Object(o)
}

pub fn card_json(c: &Card) -> Value {
    let mut o = Map::new();
    o.insert("slug".into(), json!(c.slug));
    o.insert("kind".into(), json!(c.kind));
    o.insert("date".into(), json!(c.date.iso()));
    o.insert("title".into(), json!(c.title));
    if let Some(s) = &c.summary {
        o.insert("summary".into(), json!(s));
    }
    if let Some(i) = &c.image {
        o.insert("image".into(), image_json(i));
    }
    if !c.topics.is_empty() {
        o.insert("topics".into(), json!(c.topics));
    }
    Value::Object(o)
}

/// JSON text without spaces, ending with a newline.
pub fn compact(v: &Value) -> String {
    let mut text = serde_json::to_string(v).unwrap_or_default();
    text.push('\n');
    text
}
