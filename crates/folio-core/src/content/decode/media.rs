//! Video, audio and document blocks, and an article's documents, read from JSON values
//! by both paths (the one-pass path keeps these blocks' fields as values). A block that
//! breaks a rule is skipped, with a warning in the browser's console naming why; the
//! rest of the article renders. `folio-cli validate` names the same faults.

use super::read::{image, number, string, text, Object};
use super::{is_blank, is_valid_language, non_empty};
use crate::content::media::{is_mime, source};
use crate::content::model::{Audio, Block, Document, Track, Video, VideoSource};
use crate::content::url::{checked, UrlUse};
use serde_json::Value;

/// The block types this module reads.
pub(super) const KINDS: [&str; 3] = ["video", "audio", "document"];

/// The fields only these blocks use: the one-pass path (native only) keeps them as values.
#[cfg(not(target_arch = "wasm32"))]
pub(super) const FIELDS: [&str; 13] = [
    "provider",
    "id",
    "origin",
    "src",
    "title",
    "poster",
    "duration",
    "caption",
    "credit",
    "start",
    "captions",
    "transcript",
    "documents",
];

/// Says why a block was skipped, in the browser's console.
fn warn(what: &str, why: &str) {
    #[cfg(target_arch = "wasm32")]
    web_sys::console::warn_1(&format!("Folio skipped a {what} block: {why}").into());
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (what, why);
}

/// The block of a media type (`KINDS`), or `None`, with a warning, when it breaks a
/// rule; `None` without one for any other type.
pub(super) fn block(kind: &str, o: &Object) -> Option<Block> {
    let made = match kind {
        "video" => video(o).map(Block::Video),
        "audio" => audio(o).map(Block::Audio),
        "document" => match documents(o.get("documents")) {
            list if list.is_empty() => Err("no document with an `href` and a `title`".into()),
            list => Ok(Block::Documents(list)),
        },
        _ => return None,
    };
    made.map_err(|why| warn(kind, &why)).ok()
}

fn title(o: &Object) -> Result<String, String> {
    non_empty(string(o, "title")).ok_or_else(|| "missing `title`".to_string())
}

fn file(o: &Object, name: &str) -> Result<String, String> {
    let raw = string(o, name).ok_or_else(|| format!("missing `{name}`"))?;
    checked(&raw, UrlUse::File).ok_or_else(|| format!("`{name}` \"{raw}\" is not an http(s) or relative address"))
}

/// A video, checked by its provider's rules (`content::media`).
pub fn video(o: &Object) -> Result<Video, String> {
    let provider = string(o, "provider").ok_or("missing `provider`")?;
    let title = title(o)?;
    let source = match provider.as_str() {
        "file" => VideoSource::File(file(o, "src")?),
        p => source(
            p,
            o.get("id").and_then(Value::as_str),
            o.get("origin").and_then(Value::as_str),
        )?,
    };
    Ok(Video {
        source,
        title,
        poster: o.get("poster").and_then(image),
        duration: number(o, "duration"),
        caption: non_empty(string(o, "caption")),
        credit: non_empty(string(o, "credit")),
        start: number(o, "start"),
        captions: o
            .get("captions")
            .and_then(Value::as_array)
            .map(|list| list.iter().filter_map(Value::as_object).filter_map(track).collect())
            .unwrap_or_default(),
    })
}

/// A captions track needs a file, a language code and a label.
fn track(o: &Object) -> Option<Track> {
    Some(Track {
        src: file(o, "src").ok()?,
        lang: string(o, "lang").filter(|l| is_valid_language(l))?,
        label: non_empty(string(o, "label"))?,
    })
}

pub fn audio(o: &Object) -> Result<Audio, String> {
    Ok(Audio {
        src: file(o, "src")?,
        title: title(o)?,
        duration: number(o, "duration"),
        transcript: o.get("transcript").map(text).filter(|t| !is_blank(t)),
    })
}

/// The documents of a list that have an allowed `href` and a title; a wrong type, size
/// or language is dropped alone.
pub fn documents(list: Option<&Value>) -> Vec<Document> {
    let Some(list) = list.and_then(Value::as_array) else {
        return Vec::new();
    };
    list.iter().filter_map(Value::as_object).filter_map(document).collect()
}

fn document(o: &Object) -> Option<Document> {
    Some(Document {
        href: file(o, "href").ok()?,
        title: title(o).ok()?,
        mime: string(o, "type").filter(|m| is_mime(m)),
        size: number(o, "size"),
        lang: string(o, "lang").filter(|l| is_valid_language(l)),
    })
}
