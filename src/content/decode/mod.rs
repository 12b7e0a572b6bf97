//! JSON → checked content. Required fields must be right or the file is refused with a
//! message; everything optional is forgiving: a malformed block, card, person or optional
//! field is dropped and the rest of the file is kept. Unknown fields are ignored.
//!
//! Well-formed articles and indexes are read in one typed pass (`one_pass.rs`, and
//! `StrictIndex` here); anything irregular is read again through `serde_json::Value` by
//! the forgiving functions below. Walking a `Value` by hand costs far less wasm than a
//! derived decoder per shape, and only malformed files pay its speed.

use crate::content::date::{is_rfc3339, Date};
use crate::content::model::*;
use crate::content::slug::is_valid_slug;
use crate::content::url::{checked, UrlUse};
use serde::de::{Error as _, Unexpected};
use serde::Deserialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::fmt;

/// Why a file is not valid content, in words a site developer can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError(pub String);

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<serde_json::Error> for DecodeError {
    fn from(e: serde_json::Error) -> Self {
        DecodeError(e.to_string())
    }
}

/// A BCP 47-like code: `en`, `pt-BR`, `sr-Latn-RS`. Codes become URL path segments, so
/// nothing else is accepted.
pub fn is_valid_language(code: &str) -> bool {
    let mut parts = code.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

// ---- reading a Value forgivingly ----

type Object = Map<String, Value>;

/// serde's wording for a value of the wrong type ("invalid type: integer `3`, expected
/// a string"), without formatting floats (that would ship float printing).
fn wrong_type(v: &Value, expected: &str) -> DecodeError {
    let unexpected = match v {
        Value::Null => Unexpected::Other("null"),
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Unexpected::Unsigned(u),
            (_, Some(i)) => Unexpected::Signed(i),
            _ => Unexpected::Other("floating point number"),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    };
    DecodeError(serde_json::Error::invalid_type(unexpected, &expected).to_string())
}

fn parse_object(json: &str) -> Result<Object, DecodeError> {
    match serde_json::from_str::<Value>(json)? {
        Value::Object(o) => Ok(o),
        other => Err(wrong_type(&other, "an object")),
    }
}

fn required<'v>(o: &'v Object, name: &str) -> Result<&'v Value, DecodeError> {
    o.get(name)
        .ok_or_else(|| DecodeError(format!("missing field `{name}`")))
}

fn required_string(o: &Object, name: &str) -> Result<String, DecodeError> {
    let v = required(o, name)?;
    v.as_str().map(str::to_string).ok_or_else(|| wrong_type(v, "a string"))
}

/// An optional string: `None` when absent or of another type.
fn string(o: &Object, name: &str) -> Option<String> {
    o.get(name)?.as_str().map(str::to_string)
}

fn flag(o: &Object, name: &str) -> Option<bool> {
    o.get(name)?.as_bool()
}

fn number<T: TryFrom<u64>>(o: &Object, name: &str) -> Option<T> {
    T::try_from(o.get(name)?.as_u64()?).ok()
}

/// The strings of an optional array (other elements dropped); `None` when it is not one.
fn strings(o: &Object, name: &str) -> Option<Vec<String>> {
    let list = o.get(name)?.as_array()?;
    Some(list.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
}

fn non_empty(s: Option<String>) -> Option<String> {
    s.filter(|s| !s.trim().is_empty())
}

// ---- site.json ----

/// Labels by language, each dropped alone when it is not a string.
fn labels(v: &Value) -> Option<BTreeMap<String, String>> {
    let o = v.as_object()?;
    Some(map_of(
        o.iter().filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string()))),
    ))
}

/// A map built by inserting: `collect()` into a `BTreeMap` sorts first, and each sort
/// instance costs the module about 4 KB.
fn map_of<V>(items: impl Iterator<Item = (String, V)>) -> BTreeMap<String, V> {
    let mut map = BTreeMap::new();
    map.extend(items);
    map
}

/// Labels per code per language, dropping what is not an object or a string.
fn label_sets(o: &Object, name: &str) -> BTreeMap<String, BTreeMap<String, String>> {
    let Some(sets) = o.get(name).and_then(Value::as_object) else {
        return BTreeMap::new();
    };
    map_of(sets.iter().filter_map(|(code, l)| Some((code.clone(), labels(l)?))))
}

pub fn decode_site(json: &str) -> Result<Site, DecodeError> {
    let o = parse_object(json)?;
    let name = required_string(&o, "name")?;
    let default_language = required_string(&o, "default_language")?;
    let listed = required(&o, "languages")?;
    let listed = listed.as_array().ok_or_else(|| wrong_type(listed, "a sequence"))?;
    let languages: Vec<String> = listed
        .iter()
        .filter_map(Value::as_str)
        .filter(|l| is_valid_language(l))
        .map(str::to_string)
        .collect();
    let Some(first) = languages.first().cloned() else {
        return Err(DecodeError("languages: the site names no valid language code".into()));
    };
    let default_language = if languages.contains(&default_language) {
        default_language
    } else {
        first
    };
    let canonical_base = string(&o, "canonical_base")
        .filter(|b| matches!(crate::content::url::scheme_of(b).as_deref(), Some("http" | "https")))
        .map(|b| b.trim_end_matches('/').to_string());
    let share = strings(&o, "share").unwrap_or_else(|| {
        crate::content::model::SHARE_CHANNELS
            .iter()
            .map(|c| c.to_string())
            .collect()
    });
    Ok(Site {
        name,
        default_language,
        languages,
        canonical_base,
        share,
        people_heading: o.get("people_heading").and_then(labels).unwrap_or_default(),
        kinds: label_sets(&o, "kinds"),
        topics: label_sets(&o, "topics"),
        date_style: match string(&o, "date_style").as_deref() {
            Some("numeric") => DateStyle::Numeric,
            _ => DateStyle::Long,
        },
        recommended: number::<usize>(&o, "recommended_cards")
            .map_or(RECOMMENDED_CARDS, |n| n.min(MAX_RECOMMENDED_CARDS)),
    })
}

// ---- shared pieces ----

/// An image is shown only with an allowed source; a refused one renders nothing.
fn make_image(
    src: &str,
    alt: Option<String>,
    credit: Option<String>,
    caption: Option<String>,
    width: Option<u32>,
    height: Option<u32>,
) -> Option<Image> {
    Some(Image {
        src: checked(src, UrlUse::Image)?,
        alt: alt.unwrap_or_default(),
        credit: non_empty(credit),
        caption: non_empty(caption),
        width: width.filter(|n| *n > 0),
        height: height.filter(|n| *n > 0),
    })
}

fn image(v: &Value) -> Option<Image> {
    let o = v.as_object()?;
    make_image(
        o.get("src")?.as_str()?,
        string(o, "alt"),
        string(o, "credit"),
        string(o, "caption"),
        number(o, "width"),
        number(o, "height"),
    )
}

/// A run of plain text.
fn plain(text: &str) -> Inline {
    Inline {
        text: text.to_string(),
        ..Inline::default()
    }
}

/// A run: a string, or `{text, bold?, italic?, link?}`; a refused link keeps its text.
fn run(v: &Value) -> Option<Inline> {
    if let Some(text) = v.as_str() {
        return Some(plain(text));
    }
    let o = v.as_object()?;
    Some(Inline {
        text: o.get("text")?.as_str()?.to_string(),
        bold: flag(o, "bold").unwrap_or(false),
        italic: flag(o, "italic").unwrap_or(false),
        link: string(o, "link").and_then(|l| checked(&l, UrlUse::Link)),
    })
}

/// Inline text: an array of runs (those that decode); anything else is taken as one run.
fn text(v: &Value) -> Text {
    match v.as_array() {
        Some(runs) => runs.iter().filter_map(run).collect(),
        None => run(v).into_iter().collect(),
    }
}

fn is_blank(text: &Text) -> bool {
    text.iter().all(|r| r.text.trim().is_empty())
}

// ---- cards and index.json ----

/// A card with a bad slug or date cannot link or sort, so it is dropped.
fn make_card(
    slug: String,
    kind: String,
    date: &str,
    title: String,
    summary: Option<String>,
    image: Option<Image>,
    topics: Vec<String>,
) -> Option<Card> {
    if !is_valid_slug(&slug) {
        return None;
    }
    Some(Card {
        date: Date::parse(date)?,
        slug,
        kind,
        title,
        summary: non_empty(summary),
        image,
        topics,
    })
}

fn card(v: &Value) -> Option<Card> {
    let o = v.as_object()?;
    make_card(
        string(o, "slug")?,
        string(o, "kind")?,
        o.get("date")?.as_str()?,
        string(o, "title")?,
        string(o, "summary"),
        o.get("image").and_then(image),
        strings(o, "topics").unwrap_or_default(),
    )
}

/// A well-formed index in one pass; a file with anything irregular is read again by
/// the forgiving path. An index of thousands of cards is worth it.
#[derive(Deserialize)]
struct StrictIndex {
    articles: Vec<StrictCard>,
}

#[derive(Deserialize)]
pub(super) struct StrictCard {
    slug: String,
    kind: String,
    date: String,
    title: String,
    summary: Option<String>,
    image: Option<StrictImage>,
    topics: Option<Vec<String>>,
}

#[derive(Deserialize)]
pub(super) struct StrictImage {
    src: String,
    alt: Option<String>,
    credit: Option<String>,
    caption: Option<String>,
    width: Option<u32>,
    height: Option<u32>,
}

impl StrictImage {
    fn checked(self) -> Option<Image> {
        make_image(&self.src, self.alt, self.credit, self.caption, self.width, self.height)
    }
}

impl StrictCard {
    fn checked(self) -> Option<Card> {
        make_card(
            self.slug,
            self.kind,
            &self.date,
            self.title,
            self.summary,
            self.image.and_then(StrictImage::checked),
            self.topics.unwrap_or_default(),
        )
    }
}

pub fn decode_index(json: &str) -> Result<Index, DecodeError> {
    if let Ok(strict) = serde_json::from_str::<StrictIndex>(json) {
        return Ok(Index {
            articles: strict.articles.into_iter().filter_map(StrictCard::checked).collect(),
        });
    }
    let o = parse_object(json)?;
    let list = required(&o, "articles")?;
    let list = list.as_array().ok_or_else(|| wrong_type(list, "a sequence"))?;
    Ok(Index {
        articles: list.iter().filter_map(card).collect(),
    })
}

// ---- articles ----

/// A block's fields once read, whichever way: what `finish_block` turns into a block.
#[derive(Default)]
struct BlockParts {
    kind: String,
    text: Option<Text>,
    level: Option<u8>,
    cite: Option<String>,
    items: Option<Vec<Text>>,
    ordered: Option<bool>,
    image: Option<Image>,
}

/// The block its type calls for, or `None` for an unknown type, blank text, an empty
/// list or an image with a refused source.
fn finish_block(p: BlockParts) -> Option<Block> {
    let text = p.text.filter(|t| !is_blank(t));
    match p.kind.as_str() {
        "paragraph" => Some(Block::Paragraph(text?)),
        "heading" => Some(Block::Heading {
            level: p.level.unwrap_or(2).clamp(2, 6),
            text: text?,
        }),
        "quote" => Some(Block::Quote {
            text: text?,
            cite: non_empty(p.cite),
        }),
        "list" => {
            let items: Vec<Text> = p.items?.into_iter().filter(|t| !is_blank(t)).collect();
            (!items.is_empty()).then_some(Block::List {
                ordered: p.ordered.unwrap_or(false),
                items,
            })
        }
        "image" => Some(Block::Image(p.image?)),
        "divider" => Some(Block::Divider),
        _ => None,
    }
}

/// One body block, or `None` for an unknown type or a block that does not decode. Only
/// the fields its type uses are read.
fn block(v: &Value) -> Option<Block> {
    let o = v.as_object()?;
    let mut parts = BlockParts {
        kind: string(o, "type")?,
        ..BlockParts::default()
    };
    match parts.kind.as_str() {
        "paragraph" | "heading" | "quote" => {
            parts.text = Some(text(o.get("text")?));
            parts.level = number(o, "level");
            parts.cite = string(o, "cite");
        }
        "list" => {
            parts.items = Some(o.get("items")?.as_array()?.iter().map(text).collect());
            parts.ordered = flag(o, "ordered");
        }
        // A refused image source drops the block, as an image that does not decode.
        "image" => parts.image = Some(image(o.get("image")?)?),
        _ => {}
    }
    finish_block(parts)
}

fn make_person(name: String, role: Option<String>, photo: Option<Image>, url: Option<String>) -> Person {
    Person {
        name,
        role: non_empty(role),
        photo,
        url: url.and_then(|u| checked(&u, UrlUse::Link)),
    }
}

fn person(v: &Value) -> Option<Person> {
    let o = v.as_object()?;
    Some(make_person(
        string(o, "name")?,
        string(o, "role"),
        o.get("photo").and_then(image),
        string(o, "url"),
    ))
}

/// An article's fields, read either way, before the checks that refuse a file.
struct ArticleParts {
    slug: String,
    language: String,
    kind: String,
    date: String,
    title: String,
    updated: Option<String>,
    subtitle: Option<String>,
    summary: Option<String>,
    image: Option<Image>,
    body: Vec<Block>,
    people: Vec<Person>,
    recommended: Option<Vec<Card>>,
    translations: BTreeMap<String, String>,
    topics: Vec<String>,
}

impl ArticleParts {
    fn into_article(self) -> Result<Article, DecodeError> {
        let w = self;
        if !is_valid_slug(&w.slug) {
            return Err(DecodeError(format!("slug: \"{}\" is not a valid slug", w.slug)));
        }
        let Some(date) = Date::parse(&w.date) else {
            return Err(DecodeError(format!("date: \"{}\" is not a date (YYYY-MM-DD)", w.date)));
        };
        Ok(Article {
            slug: w.slug,
            language: w.language,
            kind: w.kind,
            date,
            updated: w.updated.filter(|u| is_rfc3339(u)),
            title: w.title,
            subtitle: non_empty(w.subtitle),
            summary: non_empty(w.summary),
            image: w.image,
            body: w.body,
            people: w.people,
            recommended: w.recommended,
            translations: {
                let mut t = w.translations;
                t.retain(|lang, slug| is_valid_language(lang) && is_valid_slug(slug));
                t
            },
            topics: w.topics,
        })
    }
}

pub fn decode_article(json: &str) -> Result<Article, DecodeError> {
    // A well-formed article in one pass; anything irregular takes the forgiving path.
    if let Some(article) = one_pass::article(json) {
        return article;
    }
    decode_article_lenient(json)
}

/// The forgiving path alone: each block, person and optional field read on its own,
/// and dropped when it does not decode. The reference the fast path is tested against.
pub fn decode_article_lenient(json: &str) -> Result<Article, DecodeError> {
    let o = parse_object(json)?;
    let (slug, language, kind, date, title) = (
        required_string(&o, "slug")?,
        required_string(&o, "language")?,
        required_string(&o, "kind")?,
        required_string(&o, "date")?,
        required_string(&o, "title")?,
    );
    let body = required(&o, "body")?;
    let body = body.as_array().ok_or_else(|| wrong_type(body, "a sequence"))?;
    let list = |name: &str| o.get(name).and_then(Value::as_array);
    ArticleParts {
        slug,
        language,
        kind,
        date,
        title,
        updated: string(&o, "updated"),
        subtitle: string(&o, "subtitle"),
        summary: string(&o, "summary"),
        image: o.get("image").and_then(image),
        body: body.iter().filter_map(block).collect(),
        people: list("people")
            .map(|p| p.iter().filter_map(person).collect())
            .unwrap_or_default(),
        recommended: list("recommended").map(|r| r.iter().filter_map(card).collect()),
        translations: o
            .get("translations")
            .and_then(Value::as_object)
            .map(|t| map_of(t.iter().filter_map(|(l, s)| Some((l.clone(), s.as_str()?.to_string())))))
            .unwrap_or_default(),
        topics: strings(&o, "topics").unwrap_or_default(),
    }
    .into_article()
}

pub(crate) mod one_pass;

#[cfg(test)]
mod tests;
