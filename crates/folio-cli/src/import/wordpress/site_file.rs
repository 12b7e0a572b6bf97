//! site.json after an import: created from the export's channel when the tree has none,
//! else merged (languages, kind and topic labels added; nothing already there changed).

use super::wxr::Channel;
use crate::disk::failure::Stop;
use crate::disk::write::write as write_file;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::path::Path;

/// Code → language → label.
pub type LabelSet = BTreeMap<String, BTreeMap<String, String>>;

/// Labels met in the posts: kinds from the kind taxonomy, topics from tags.
#[derive(Debug, Default)]
pub struct Labels {
    pub kinds: LabelSet,
    pub topics: LabelSet,
}

impl Labels {
    pub fn kind(&mut self, code: &str, lang: &str, label: &str) {
        add(&mut self.kinds, code, lang, label);
    }

    pub fn topic(&mut self, code: &str, lang: &str, label: &str) {
        add(&mut self.topics, code, lang, label);
    }
}

fn add(set: &mut LabelSet, code: &str, lang: &str, label: &str) {
    if !label.is_empty() {
        set.entry(code.to_string())
            .or_default()
            .entry(lang.to_string())
            .or_insert_with(|| label.to_string());
    }
}

/// A labels file (`--kinds`): `{ "code": { "en": "Label" } }`.
pub fn read_labels(path: &Path) -> Result<LabelSet, String> {
    let name = path.display();
    let text = std::fs::read_to_string(path).map_err(|e| format!("{name}: {e}"))?;
    let value: Value = serde_json::from_str(&text).map_err(|e| format!("{name}: {e}"))?;
    let mut set = LabelSet::new();
    for (code, labels) in value
        .as_object()
        .ok_or(format!("{name}: expected an object of kinds"))?
    {
        let labels = labels
            .as_object()
            .ok_or(format!("{name}: {code}: expected an object of labels by language"))?;
        for (lang, label) in labels {
            let label = label.as_str().ok_or(format!("{name}: {code}.{lang}: expected text"))?;
            set.entry(code.clone())
                .or_default()
                .insert(lang.clone(), label.to_string());
        }
    }
    Ok(set)
}

fn merge_labels(site: &mut Map<String, Value>, key: &str, labels: &LabelSet) {
    if labels.is_empty() {
        return;
    }
    let entry = site.entry(key.to_string()).or_insert_with(|| json!({}));
    let Some(codes) = entry.as_object_mut() else { return };
    for (code, by_lang) in labels {
        let Some(existing) = codes.entry(code.clone()).or_insert_with(|| json!({})).as_object_mut() else {
            continue;
        };
        for (lang, label) in by_lang {
            existing.entry(lang.clone()).or_insert_with(|| json!(label));
        }
    }
}

/// Writes `DIR/site.json`, creating or merging.
pub fn write(dir: &Path, channel: &Channel, languages: &[String], labels: &Labels) -> Result<(), Stop> {
    let path = dir.join("site.json");
    let mut site = match std::fs::read_to_string(&path) {
        Ok(text) => match serde_json::from_str::<Value>(&text) {
            Ok(Value::Object(o)) => o,
            _ => {
                return Err(Stop::Other(format!(
                    "{}: not a JSON object; site.json was left as it is",
                    path.display()
                )))
            }
        },
        Err(_) => {
            let primary = channel.language.split('-').next().unwrap_or("").to_ascii_lowercase();
            let default = languages
                .iter()
                .find(|l| l.eq_ignore_ascii_case(&channel.language) || **l == primary)
                .or(languages.first())
                .cloned()
                .unwrap_or_else(|| "en".into());
            let name = Some(super::body::plain_text(&channel.title)).filter(|n| !n.is_empty());
            let mut o = Map::new();
            o.insert("version".into(), json!(1));
            o.insert("name".into(), json!(name.unwrap_or_else(|| "Imported site".into())));
            o.insert("default_language".into(), json!(default));
            o.insert("languages".into(), json!([default]));
            o
        }
    };
    let listed = site.entry("languages").or_insert_with(|| json!([]));
    if let Some(list) = listed.as_array_mut() {
        for lang in languages {
            if !list.iter().any(|l| l == lang) {
                list.push(json!(lang));
            }
        }
    }
    merge_labels(&mut site, "kinds", &labels.kinds);
    merge_labels(&mut site, "topics", &labels.topics);
    let text = serde_json::to_string_pretty(&Value::Object(site)).map_err(|e| e.to_string())? + "\n";
    write_file(&path, text).map_err(|e| {
        let left = "The articles were written, each whole; site.json is as it was and the indexes were not rewritten. Run the same command again with room to finish.";
        Stop::write(e, left.into())
    })
}
