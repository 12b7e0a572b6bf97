//! `index`: every `{lang}/index.json` written from the language's articles, newest first.

use super::tree::Tree;
use crate::content::model::{Article, Card, Image};
use serde_json::{json, Map, Value};
use std::fs;
use std::path::Path;

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

/// The index file of one language, as text.
pub fn index_json<'a>(articles: impl Iterator<Item = &'a Article>) -> String {
    cards_json(articles.map(card_of).collect())
}

/// An index of these cards, newest first, as text.
fn cards_json(mut cards: Vec<Card>) -> String {
    newest_first(&mut cards);
    let list: Vec<Value> = cards.iter().map(card_json).collect();
    let mut text = serde_json::to_string_pretty(&json!({ "articles": list })).unwrap_or_default();
    text.push('\n');
    text
}

/// Rewrites every language's index; returns `(lang, cards)` per file written.
pub fn write_indexes(tree: &Tree) -> Result<Vec<(String, usize)>, String> {
    let mut written = Vec::new();
    for (lang, language) in &tree.languages {
        let path = tree.root.join(lang).join("index.json");
        fs::write(&path, index_json(language.articles.values())).map_err(|e| format!("{}: {e}", path.display()))?;
        written.push((lang.clone(), language.articles.len()));
    }
    Ok(written)
}

/// The indexes written, `(lang, cards)`, and the files that did not decode.
pub type Rebuilt = (Vec<(String, usize)>, Vec<String>);

/// Rewrites the index of each of `languages` under `root` from its article files, read
/// one at a time (only the cards are kept, so memory follows the cards, not the
/// articles). A file that does not decode is left out and named in the second list.
pub fn write_indexes_from_files(root: &Path, languages: &[String]) -> Result<Rebuilt, String> {
    let mut written = Vec::new();
    let mut unreadable = Vec::new();
    for lang in languages {
        let dir = root.join(lang).join("articles");
        let mut cards = Vec::new();
        let entries = fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_none_or(|x| x != "json") {
                continue;
            }
            let decoded = fs::read_to_string(&path)
                .map_err(|e| e.to_string())
                .and_then(|text| crate::content::decode::decode_article(&text).map_err(|e| e.0));
            match decoded {
                Ok(article) => cards.push(card_of(&article)),
                Err(e) => unreadable.push(format!("{}: {e}", path.display())),
            }
        }
        let count = cards.len();
        let path = root.join(lang).join("index.json");
        fs::write(&path, cards_json(cards)).map_err(|e| format!("{}: {e}", path.display()))?;
        written.push((lang.clone(), count));
    }
    Ok((written, unreadable))
}
