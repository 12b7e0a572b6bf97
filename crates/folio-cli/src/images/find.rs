//! The image objects of an article's JSON (lead image, figures, people's photos, the
//! cards of its own recommended list): any object with a `src` and an `alt`. Found to
//! know which pictures to make variants of; filled in with their size and variants.

use super::make::Variants;
use crate::check::problem::{at, join};
use crate::check::tree::{local_file, slash_path};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// An image object's field path in its file (`image`, `body[3].image`) and the
/// tree-relative path of its picture.
pub type Found = (String, String);

/// Whether a tree path names a picture `images` reads (SVG and the rest pass through).
pub fn is_raster(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    [".jpg", ".jpeg", ".png", ".webp"].iter().any(|e| lower.ends_with(e))
}

/// The raster pictures the JSON's image objects name, relative to the tree.
pub fn images(v: &Value) -> Vec<Found> {
    let mut found = Vec::new();
    walk(v, "", &mut found);
    found
}

fn picture_of(o: &Map<String, Value>) -> Option<String> {
    o.get("alt")?;
    let path = slash_path(&local_file(o.get("src")?.as_str()?)?);
    Some(path).filter(|p| is_raster(p))
}

fn walk(v: &Value, field: &str, found: &mut Vec<Found>) {
    match v {
        Value::Object(o) => {
            if let Some(picture) = picture_of(o) {
                found.push((field.to_string(), picture));
            }
            for (k, child) in o {
                walk(child, &join(field, k), found);
            }
        }
        Value::Array(list) => {
            for (i, child) in list.iter().enumerate() {
                walk(child, &at(field, i), found);
            }
        }
        _ => {}
    }
}

/// Writes each picture's size and variants into the image objects that name it,
/// keeping their other fields; whether anything changed.
pub fn fill(v: &mut Value, made: &BTreeMap<String, Variants>) -> bool {
    match v {
        Value::Object(o) => {
            let mut changed = false;
            if let Some(variants) = picture_of(o).and_then(|p| made.get(&p)) {
                let list: Vec<Value> = variants
                    .made
                    .iter()
                    .map(|m| json!({ "src": m.src, "width": m.width, "type": m.mime }))
                    .collect();
                for (k, value) in [
                    ("width", json!(variants.width)),
                    ("height", json!(variants.height)),
                    ("variants", Value::Array(list)),
                ] {
                    if o.get(k) != Some(&value) {
                        o.insert(k.into(), value);
                        changed = true;
                    }
                }
            }
            for child in o.values_mut() {
                changed |= fill(child, made);
            }
            changed
        }
        Value::Array(list) => list.iter_mut().fold(false, |c, child| fill(child, made) | c),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::make::Made;
    use super::*;

    #[test]
    fn finds_every_raster_image_object_and_fills_it() {
        let mut article = json!({
            "image": { "src": "img/lead.jpg", "alt": "Lead", "credit": "R" },
            "body": [
                { "type": "image", "image": { "src": "img/map.svg", "alt": "" } },
                { "type": "image", "image": { "src": "https://cdn.example.org/x.jpg", "alt": "" } },
                { "type": "paragraph", "text": [{ "text": "see", "link": "img/lead.jpg" }] }
            ],
            "people": [{ "name": "A", "photo": { "src": "img/./people/a.PNG", "alt": "A" } }]
        });
        assert_eq!(
            images(&article),
            vec![
                ("image".to_string(), "img/lead.jpg".to_string()),
                ("people[0].photo".to_string(), "img/people/a.PNG".to_string())
            ]
        );
        let variants = Variants {
            width: 2400,
            height: 1600,
            made: vec![Made {
                src: "variants/img/lead.jpg/320.webp".into(),
                width: 320,
                mime: "image/webp",
            }],
            written: 1,
        };
        let made = BTreeMap::from([("img/lead.jpg".to_string(), variants)]);
        assert!(fill(&mut article, &made));
        assert_eq!(article["image"]["width"], 2400);
        assert_eq!(article["image"]["credit"], "R", "other fields kept");
        assert_eq!(article["image"]["variants"][0]["type"], "image/webp");
        assert!(!fill(&mut article, &made), "filled already: nothing changes");
    }
}
