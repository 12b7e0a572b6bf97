//! JSON → checked content. Required fields must be right or the file is refused with a
//! message; everything optional is forgiving: a malformed block, card, person or optional
//! field is dropped and the rest of the file is kept. Unknown fields are ignored.

use super::date::{is_rfc3339, Date};
use super::model::*;
use super::slug::is_valid_slug;
use super::url::{checked, UrlUse};
use serde::de::{DeserializeOwned, Deserializer};
use serde::Deserialize;
use serde_json::value::RawValue;
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

/// A value kept when it decodes as `T` and dropped (as `None`) when it does not.
struct Lenient<T>(Option<T>);

impl<T> Default for Lenient<T> {
    fn default() -> Self {
        Lenient(None)
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = Box::<RawValue>::deserialize(d)?;
        Ok(Lenient(serde_json::from_str(raw.get()).ok()))
    }
}

/// The elements of a list that decode; a list of the wrong type counts as empty.
fn kept<T>(list: Lenient<Vec<Lenient<T>>>) -> impl Iterator<Item = T> {
    list.0.into_iter().flatten().filter_map(|x| x.0)
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

// ---- site.json ----

/// Labels by language, each dropped alone when it is not a string.
type Labels = BTreeMap<String, Lenient<String>>;

#[derive(Deserialize)]
struct WireSite {
    name: String,
    default_language: String,
    languages: Vec<Lenient<String>>,
    #[serde(default)]
    canonical_base: Lenient<String>,
    #[serde(default)]
    share: Lenient<Vec<Lenient<String>>>,
    #[serde(default)]
    people_heading: Lenient<Labels>,
    #[serde(default)]
    kinds: Lenient<BTreeMap<String, Lenient<Labels>>>,
    #[serde(default)]
    topics: Lenient<BTreeMap<String, Lenient<Labels>>>,
    #[serde(default)]
    date_style: Lenient<String>,
}

pub fn decode_site(json: &str) -> Result<Site, DecodeError> {
    let w: WireSite = serde_json::from_str(json)?;
    let languages: Vec<String> = w
        .languages
        .into_iter()
        .filter_map(|l| l.0)
        .filter(|l| is_valid_language(l))
        .collect();
    let Some(first) = languages.first().cloned() else {
        return Err(DecodeError("languages: the site names no valid language code".into()));
    };
    let default_language = if languages.contains(&w.default_language) {
        w.default_language
    } else {
        first
    };
    let canonical_base = w
        .canonical_base
        .0
        .filter(|b| matches!(super::url::scheme_of(b).as_deref(), Some("http" | "https")))
        .map(|b| b.trim_end_matches('/').to_string());
    let share = match w.share.0 {
        Some(list) => list.into_iter().filter_map(|c| c.0).collect(),
        None => crate::share::CHANNELS.iter().map(|c| c.to_string()).collect(),
    };
    let labels =
        |m: Labels| -> BTreeMap<String, String> { m.into_iter().filter_map(|(k, v)| Some((k, v.0?))).collect() };
    Ok(Site {
        name: w.name,
        default_language,
        languages,
        canonical_base,
        share,
        people_heading: w.people_heading.0.map(labels).unwrap_or_default(),
        kinds: label_sets(w.kinds, labels),
        topics: label_sets(w.topics, labels),
        date_style: match w.date_style.0.as_deref() {
            Some("numeric") => DateStyle::Numeric,
            _ => DateStyle::Long,
        },
    })
}

/// Labels per code per language, dropping what is not a string.
fn label_sets(
    sets: Lenient<BTreeMap<String, Lenient<Labels>>>,
    labels: impl Fn(Labels) -> BTreeMap<String, String>,
) -> BTreeMap<String, BTreeMap<String, String>> {
    sets.0
        .unwrap_or_default()
        .into_iter()
        .filter_map(|(code, l)| Some((code, labels(l.0?))))
        .collect()
}

// ---- shared pieces ----

#[derive(Deserialize)]
struct WireImage {
    src: String,
    #[serde(default)]
    alt: Lenient<String>,
    #[serde(default)]
    credit: Lenient<String>,
    #[serde(default)]
    caption: Lenient<String>,
    #[serde(default)]
    width: Lenient<u32>,
    #[serde(default)]
    height: Lenient<u32>,
}

/// An image is shown only with an allowed source; a refused one renders nothing.
fn image(w: WireImage) -> Option<Image> {
    Some(Image {
        src: checked(&w.src, UrlUse::Image)?,
        alt: w.alt.0.unwrap_or_default(),
        credit: non_empty(w.credit.0),
        caption: non_empty(w.caption.0),
        width: w.width.0.filter(|n| *n > 0),
        height: w.height.0.filter(|n| *n > 0),
    })
}

fn opt_image(w: Lenient<WireImage>) -> Option<Image> {
    w.0.and_then(image)
}

fn non_empty(s: Option<String>) -> Option<String> {
    s.filter(|s| !s.trim().is_empty())
}

/// Inline text: an array of runs (strings or `{text, bold, italic, link}`); a bare
/// string is taken as one run.
struct WireText(Text);

#[derive(Deserialize)]
struct WireRun {
    text: String,
    #[serde(default)]
    bold: Lenient<bool>,
    #[serde(default)]
    italic: Lenient<bool>,
    #[serde(default)]
    link: Lenient<String>,
}

fn run(raw: &RawValue) -> Option<Inline> {
    if let Ok(text) = serde_json::from_str::<String>(raw.get()) {
        return Some(Inline {
            text,
            ..Inline::default()
        });
    }
    let r: WireRun = serde_json::from_str(raw.get()).ok()?;
    Some(Inline {
        text: r.text,
        bold: r.bold.0.unwrap_or(false),
        italic: r.italic.0.unwrap_or(false),
        // A refused link keeps its text, without the link.
        link: r.link.0.and_then(|l| checked(&l, UrlUse::Link)),
    })
}

impl<'de> Deserialize<'de> for WireText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = Box::<RawValue>::deserialize(d)?;
        let runs = match serde_json::from_str::<Vec<Box<RawValue>>>(raw.get()) {
            Ok(items) => items.iter().filter_map(|r| run(r)).collect(),
            Err(_) => run(&raw).into_iter().collect(),
        };
        Ok(WireText(runs))
    }
}

fn is_blank(text: &Text) -> bool {
    text.iter().all(|r| r.text.trim().is_empty())
}

// ---- cards and index.json ----

#[derive(Deserialize)]
struct WireCard {
    slug: String,
    kind: String,
    date: String,
    title: String,
    #[serde(default)]
    summary: Lenient<String>,
    #[serde(default)]
    image: Lenient<WireImage>,
    #[serde(default)]
    topics: Lenient<Vec<Lenient<String>>>,
}

/// A card with a bad slug or date cannot link or sort, so it is dropped.
fn card(w: WireCard) -> Option<Card> {
    if !is_valid_slug(&w.slug) {
        return None;
    }
    Some(Card {
        date: Date::parse(&w.date)?,
        slug: w.slug,
        kind: w.kind,
        title: w.title,
        summary: non_empty(w.summary.0),
        image: opt_image(w.image),
        topics: kept(w.topics).collect(),
    })
}

#[derive(Deserialize)]
struct WireIndex {
    articles: Vec<Lenient<WireCard>>,
}

/// A well-formed index in one pass. Lenient decoding reads each card twice (once to
/// find it, once to decode it) and each optional field again; an index of thousands of
/// cards is worth the fast path, with the forgiving one behind it.
#[derive(Deserialize)]
struct StrictIndex {
    articles: Vec<StrictCard>,
}

#[derive(Deserialize)]
struct StrictCard {
    slug: String,
    kind: String,
    date: String,
    title: String,
    summary: Option<String>,
    image: Option<StrictImage>,
    topics: Option<Vec<String>>,
}

#[derive(Deserialize)]
struct StrictImage {
    src: String,
    alt: Option<String>,
    credit: Option<String>,
    caption: Option<String>,
    width: Option<u32>,
    height: Option<u32>,
}

impl From<StrictImage> for WireImage {
    fn from(i: StrictImage) -> WireImage {
        WireImage {
            src: i.src,
            alt: Lenient(i.alt),
            credit: Lenient(i.credit),
            caption: Lenient(i.caption),
            width: Lenient(i.width),
            height: Lenient(i.height),
        }
    }
}

impl From<StrictCard> for WireCard {
    fn from(c: StrictCard) -> WireCard {
        WireCard {
            slug: c.slug,
            kind: c.kind,
            date: c.date,
            title: c.title,
            summary: Lenient(c.summary),
            image: Lenient(c.image.map(WireImage::from)),
            topics: Lenient(c.topics.map(|t| t.into_iter().map(|t| Lenient(Some(t))).collect())),
        }
    }
}

pub fn decode_index(json: &str) -> Result<Index, DecodeError> {
    if let Ok(strict) = serde_json::from_str::<StrictIndex>(json) {
        return Ok(Index {
            articles: strict
                .articles
                .into_iter()
                .map(WireCard::from)
                .filter_map(card)
                .collect(),
        });
    }
    let w: WireIndex = serde_json::from_str(json)?;
    Ok(Index {
        articles: w.articles.into_iter().filter_map(|c| c.0).filter_map(card).collect(),
    })
}

// ---- articles ----

#[derive(Deserialize)]
struct WireBlockType {
    #[serde(rename = "type")]
    kind: String,
}

#[derive(Deserialize)]
struct WireTextBlock {
    text: WireText,
    #[serde(default)]
    level: Lenient<u8>,
    #[serde(default)]
    cite: Lenient<String>,
}

#[derive(Deserialize)]
struct WireList {
    items: Vec<Lenient<WireText>>,
    #[serde(default)]
    ordered: Lenient<bool>,
}

#[derive(Deserialize)]
struct WireImageBlock {
    image: WireImage,
}

/// A block's fields once read, whichever way: what `finish_block` turns into a block.
#[derive(Default)]
struct BlockParts {
    kind: String,
    text: Option<Text>,
    level: Option<u8>,
    cite: Option<String>,
    items: Option<Vec<Text>>,
    ordered: Option<bool>,
    image: Option<WireImage>,
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
        "image" => Some(Block::Image(image(p.image?)?)),
        "divider" => Some(Block::Divider),
        _ => None,
    }
}

/// One body block, or `None` for an unknown type or a block that does not decode. Only
/// the fields its type uses are read, each forgiving.
fn block(raw: &RawValue) -> Option<Block> {
    let json = raw.get();
    let kind = serde_json::from_str::<WireBlockType>(json).ok()?.kind;
    let mut parts = BlockParts::default();
    match kind.as_str() {
        "paragraph" | "heading" | "quote" => {
            let b: WireTextBlock = serde_json::from_str(json).ok()?;
            (parts.text, parts.level, parts.cite) = (Some(b.text.0), b.level.0, b.cite.0);
        }
        "list" => {
            let l: WireList = serde_json::from_str(json).ok()?;
            parts.items = Some(l.items.into_iter().filter_map(|i| i.0).map(|t| t.0).collect());
            parts.ordered = l.ordered.0;
        }
        "image" => parts.image = Some(serde_json::from_str::<WireImageBlock>(json).ok()?.image),
        _ => {}
    }
    parts.kind = kind;
    finish_block(parts)
}

#[derive(Deserialize)]
struct WirePerson {
    name: String,
    #[serde(default)]
    role: Lenient<String>,
    #[serde(default)]
    photo: Lenient<WireImage>,
    #[serde(default)]
    url: Lenient<String>,
}

#[derive(Deserialize)]
struct WireArticle {
    slug: String,
    language: String,
    kind: String,
    date: String,
    title: String,
    body: Vec<Box<RawValue>>,
    #[serde(default)]
    updated: Lenient<String>,
    #[serde(default)]
    subtitle: Lenient<String>,
    #[serde(default)]
    summary: Lenient<String>,
    #[serde(default)]
    image: Lenient<WireImage>,
    #[serde(default)]
    people: Lenient<Vec<Lenient<WirePerson>>>,
    #[serde(default)]
    recommended: Lenient<Vec<Lenient<WireCard>>>,
    #[serde(default)]
    translations: Lenient<BTreeMap<String, Lenient<String>>>,
    #[serde(default)]
    topics: Lenient<Vec<Lenient<String>>>,
}

pub fn decode_article(json: &str) -> Result<Article, DecodeError> {
    // A well-formed article in one pass; anything irregular takes the forgiving path.
    if let Some(article) = fast::article(json) {
        return article;
    }
    decode_article_lenient(json)
}

/// The forgiving path alone: each block, person and optional field decoded on its own,
/// and dropped when it does not decode. The reference the fast path is tested against.
pub fn decode_article_lenient(json: &str) -> Result<Article, DecodeError> {
    let w: WireArticle = serde_json::from_str(json)?;
    let body = w.body.iter().filter_map(|b| block(b)).collect();
    w.into_article(body)
}

impl WireArticle {
    /// The checked article, with its body already decoded.
    fn into_article(self, body: Vec<Block>) -> Result<Article, DecodeError> {
        let w = self;
        if !is_valid_slug(&w.slug) {
            return Err(DecodeError(format!("slug: {:?} is not a valid slug", w.slug)));
        }
        let Some(date) = Date::parse(&w.date) else {
            return Err(DecodeError(format!("date: {:?} is not a date (YYYY-MM-DD)", w.date)));
        };
        let person = |p: WirePerson| Person {
            name: p.name,
            role: non_empty(p.role.0),
            photo: opt_image(p.photo),
            url: p.url.0.and_then(|u| checked(&u, UrlUse::Link)),
        };
        Ok(Article {
            slug: w.slug,
            language: w.language,
            kind: w.kind,
            date,
            updated: w.updated.0.filter(|u| is_rfc3339(u)),
            title: w.title,
            subtitle: non_empty(w.subtitle.0),
            summary: non_empty(w.summary.0),
            image: opt_image(w.image),
            body,
            people: kept(w.people).map(person).collect(),
            recommended: w
                .recommended
                .0
                .map(|list| list.into_iter().filter_map(|c| c.0).filter_map(card).collect()),
            translations: w
                .translations
                .0
                .unwrap_or_default()
                .into_iter()
                .filter_map(|(lang, slug)| Some((lang, slug.0?)))
                .filter(|(lang, slug)| is_valid_language(lang) && is_valid_slug(slug))
                .collect(),
            topics: kept(w.topics).collect(),
        })
    }
}

#[path = "decode_fast.rs"]
pub(crate) mod fast;
