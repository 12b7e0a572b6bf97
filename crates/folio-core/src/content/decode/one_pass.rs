//! One pass over a well-formed article: every field read once, straight into its type,
//! with no intermediate copies of blocks or runs. The first irregularity (a wrong type,
//! a duplicate field, a malformed run) abandons the pass and the `forgiving` path reads
//! the file instead; both build through the constructors in `mod.rs`, so they always
//! give the same result (a property test holds them to it). A 10,000-block article spends most of its decoding here.

use super::{finish_block, make_person, plain, ArticleParts, BlockParts, DecodeError, StrictCard, StrictImage};
use crate::content::model::{Article, Inline, Text};
use crate::content::url::{checked, UrlUse};
use serde::de::{Error, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use std::collections::BTreeMap;
use std::fmt;

/// `Some` with the outcome when the file is well-formed; `None`: use the forgiving path.
pub(crate) fn article(json: &str) -> Option<Result<Article, DecodeError>> {
    let a: FastArticle = serde_json::from_str(json).ok()?;
    let parts = ArticleParts {
        slug: a.slug,
        language: a.language,
        kind: a.kind,
        date: a.date,
        title: a.title,
        updated: a.updated,
        subtitle: a.subtitle,
        summary: a.summary,
        image: a.image.and_then(StrictImage::checked),
        body: a.body.into_iter().filter_map(|b| b.0).collect(),
        people: a
            .people
            .unwrap_or_default()
            .into_iter()
            .map(|p| make_person(p.name, p.role, p.photo.and_then(StrictImage::checked), p.url))
            .collect(),
        recommended: a
            .recommended
            .map(|list| list.into_iter().filter_map(StrictCard::checked).collect()),
        translations: a.translations.unwrap_or_default(),
        topics: a.topics.unwrap_or_default(),
        documents: super::media::documents(a.documents.as_ref()),
    };
    Some(parts.into_article())
}

#[derive(Deserialize)]
struct FastArticle {
    slug: String,
    language: String,
    kind: String,
    date: String,
    title: String,
    body: Vec<FastBlock>,
    updated: Option<String>,
    subtitle: Option<String>,
    summary: Option<String>,
    image: Option<StrictImage>,
    people: Option<Vec<FastPerson>>,
    recommended: Option<Vec<StrictCard>>,
    translations: Option<BTreeMap<String, String>>,
    topics: Option<Vec<String>>,
    documents: Option<serde_json::Value>,
}

#[derive(Deserialize)]
struct FastPerson {
    name: String,
    role: Option<String>,
    photo: Option<StrictImage>,
    url: Option<String>,
}

/// Rich text: a string (one plain run), one run object, or an array of runs.
struct FastText(Text);

/// One run: a string, or `{text, bold?, italic?, link?, code?, sup?, sub?}`.
struct FastRun(Inline);

/// Reads a field once; a second occurrence is an irregularity.
fn once<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    slot: &mut Option<T>,
    map: &mut A,
    name: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(A::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

fn run_from_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<Inline, A::Error> {
    let (mut text, mut link) = (None::<String>, None::<Option<String>>);
    // bold, italic, code, sup, sub
    let mut flags: [Option<Option<bool>>; 5] = [None; 5];
    while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
        match key.as_ref() {
            "text" => once(&mut text, &mut map, "text")?,
            "link" => once(&mut link, &mut map, "link")?,
            "bold" => once(&mut flags[0], &mut map, "bold")?,
            "italic" => once(&mut flags[1], &mut map, "italic")?,
            "code" => once(&mut flags[2], &mut map, "code")?,
            "sup" => once(&mut flags[3], &mut map, "sup")?,
            "sub" => once(&mut flags[4], &mut map, "sub")?,
            _ => {
                map.next_value::<IgnoredAny>()?;
            }
        }
    }
    let on = |i: usize| flags[i].flatten().unwrap_or(false);
    Ok(Inline {
        text: text.ok_or_else(|| A::Error::missing_field("text"))?,
        bold: on(0),
        italic: on(1),
        // A refused link keeps its text, without the link (as in the forgiving path).
        link: link.flatten().and_then(|l| checked(&l, UrlUse::Link)),
        code: on(2),
        sup: on(3),
        sub: on(4),
    })
}

impl<'de> Deserialize<'de> for FastRun {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = FastRun;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or a text run")
            }
            fn visit_str<E: Error>(self, v: &str) -> Result<FastRun, E> {
                Ok(FastRun(plain(v)))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<FastRun, A::Error> {
                run_from_map(map).map(FastRun)
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for FastText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = FastText;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("rich text")
            }
            fn visit_str<E: Error>(self, v: &str) -> Result<FastText, E> {
                Ok(FastText(vec![plain(v)]))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<FastText, A::Error> {
                Ok(FastText(vec![run_from_map(map)?]))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<FastText, A::Error> {
                let mut runs = Vec::with_capacity(seq.size_hint().unwrap_or(4));
                while let Some(FastRun(run)) = seq.next_element()? {
                    runs.push(run);
                }
                Ok(FastText(runs))
            }
        }
        d.deserialize_any(V)
    }
}

/// A block, already checked: `None` where the forgiving path would skip it too.
struct FastBlock(Option<crate::content::model::Block>);

impl<'de> Deserialize<'de> for FastBlock {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = FastBlock;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a body block")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FastBlock, A::Error> {
                let mut kind = None::<String>;
                let mut text = None::<FastText>;
                let mut level = None::<Option<u8>>;
                let mut cite = None::<Option<String>>;
                let mut image = None::<StrictImage>;
                let mut language = None::<Option<String>>;
                let mut verse = None::<Option<bool>>;
                // The fields of media, lists, tables and galleries, as values for
                // `media::block` and `structure::block`.
                let mut values = serde_json::Map::new();
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    match key.as_ref() {
                        "type" => once(&mut kind, &mut map, "type")?,
                        "text" => once(&mut text, &mut map, "text")?,
                        "level" => once(&mut level, &mut map, "level")?,
                        "cite" => once(&mut cite, &mut map, "cite")?,
                        "image" => once(&mut image, &mut map, "image")?,
                        "language" => once(&mut language, &mut map, "language")?,
                        "verse" => once(&mut verse, &mut map, "verse")?,
                        k if super::media::FIELDS.contains(&k) || super::structure::FIELDS.contains(&k) => {
                            let key = k.to_string();
                            if values.contains_key(&key) {
                                return Err(A::Error::duplicate_field("a block field"));
                            }
                            values.insert(key, map.next_value()?);
                        }
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                let kind = kind.ok_or_else(|| A::Error::missing_field("type"))?;
                if super::media::KINDS.contains(&kind.as_str()) {
                    return Ok(FastBlock(super::media::block(&kind, &values)));
                }
                if super::structure::KINDS.contains(&kind.as_str()) {
                    return Ok(FastBlock(super::structure::block(&kind, &values)));
                }
                // What the forgiving path requires of each type, it requires here.
                let needs = match kind.as_str() {
                    "paragraph" | "heading" | "quote" | "code" => text.is_some(),
                    "image" => image.is_some(),
                    _ => true,
                };
                if !needs {
                    return Err(A::Error::custom("a block without its content"));
                }
                Ok(FastBlock(finish_block(BlockParts {
                    kind,
                    text: text.map(|t| t.0),
                    level: level.flatten(),
                    cite: cite.flatten(),
                    image: image.and_then(StrictImage::checked),
                    language: language.flatten(),
                    verse: verse.flatten(),
                })))
            }
        }
        d.deserialize_map(V)
    }
}
