//! JSON → checked content. Required fields must be right or the file is refused with a
//! message; everything optional is forgiving: a malformed block, card, person or optional
//! field is dropped and the rest of the file is kept. Unknown fields are ignored.
//!
//! Two paths: natively (`folio-cli`, large trees), well-formed articles and indexes are
//! read in one typed pass (`one_pass`, and `StrictIndex` here); anything irregular, and
//! site.json, is read through `serde_json::Value` by the `forgiving` path. Both build
//! through the constructors here, so they give the same content (a property test holds
//! them to it). The browser build reads every file through the forgiving path alone:
//! the typed passes were 11–14 KB of its module (brotli) for decoding only 20–35 % faster,
//! which shows only in files of thousands of blocks or cards (docs/size.md).

use crate::content::date::{is_rfc3339, Date};
use crate::content::model::*;
use crate::content::slug::is_valid_slug;
use crate::content::url::{checked, UrlUse};
use serde::de::Error as _;
use serde::Deserialize;
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

fn non_empty(s: Option<String>) -> Option<String> {
    s.filter(|s| !s.trim().is_empty())
}

// ---- shared pieces ----

/// An image's fields as a decoder found them.
pub(super) struct ImageFields<'a> {
    pub src: &'a str,
    pub alt: Option<String>,
    pub credit: Option<String>,
    pub caption: Option<String>,
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// `(src, width, type)` of each variant.
    pub variants: Vec<(String, u32, String)>,
    pub focus: Option<(f64, f64)>,
}

/// An image is shown only with an allowed source; a refused one renders nothing. A
/// variant is kept only with an allowed source, a width and a known type; a focus only
/// inside the picture.
fn make_image(f: ImageFields) -> Option<Image> {
    Some(Image {
        src: checked(f.src, UrlUse::Image)?,
        alt: f.alt.unwrap_or_default(),
        credit: non_empty(f.credit),
        caption: non_empty(f.caption),
        width: f.width.filter(|n| *n > 0),
        height: f.height.filter(|n| *n > 0),
        variants: f
            .variants
            .into_iter()
            .filter(|(_, width, mime)| *width > 0 && IMAGE_TYPES.contains(&mime.as_str()))
            .filter_map(|(src, width, mime)| {
                Some(Variant {
                    src: checked(&src, UrlUse::Image)?,
                    width,
                    mime,
                })
            })
            .collect(),
        focus: f
            .focus
            .filter(|(x, y)| (0.0..=1.0).contains(x) && (0.0..=1.0).contains(y))
            .map(|(x, y)| Focus { x, y }),
    })
}

/// A run of plain text.
fn plain(text: &str) -> Inline {
    Inline {
        text: text.to_string(),
        ..Inline::default()
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

/// A well-formed index in one pass; a file with anything irregular is read again by
/// the forgiving path. An index of thousands of cards is worth it natively.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Deserialize)]
struct StrictIndex {
    articles: Vec<StrictCard>,
    total: Option<usize>,
    #[serde(default)]
    kinds: Counts,
    #[serde(default)]
    topics: Counts,
    pieces: Option<Vec<PieceFields>>,
    search: Option<u32>,
}

/// What a split index adds to the cards (all optional: a single index has none of it).
#[derive(Deserialize, Default)]
pub(super) struct SplitFields {
    total: Option<usize>,
    #[serde(default)]
    kinds: Counts,
    #[serde(default)]
    topics: Counts,
    pieces: Option<Vec<PieceFields>>,
    search: Option<u32>,
}

#[derive(Deserialize)]
pub(super) struct PieceFields {
    number: u32,
    count: usize,
    newest: String,
    oldest: String,
    #[serde(default)]
    kinds: Counts,
    #[serde(default)]
    topics: Counts,
}

impl PieceFields {
    /// A piece that cannot be requested or placed (number 0, a bad date) is dropped.
    fn checked(self) -> Option<Piece> {
        Some(Piece {
            number: Some(self.number).filter(|n| *n > 0)?,
            count: self.count,
            newest: Date::parse(&self.newest)?,
            oldest: Date::parse(&self.oldest)?,
            kinds: self.kinds,
            topics: self.topics,
        })
    }
}

/// The index from its cards and the split fields, through one constructor for both paths.
pub(super) fn make_index(articles: Vec<Card>, rest: SplitFields) -> Index {
    let archive = rest.pieces.map(|pieces| {
        let pieces: Vec<Piece> = pieces.into_iter().filter_map(PieceFields::checked).collect();
        Archive {
            total: rest
                .total
                .unwrap_or_else(|| articles.len() + pieces.iter().map(|p| p.count).sum::<usize>()),
            kinds: rest.kinds,
            topics: rest.topics,
            pieces,
        }
    });
    Index {
        articles,
        archive,
        search: rest.search,
    }
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
    // Objects only (serde's derive would also take an array): a variant or focus that
    // is not one sends the file to the forgiving path, which drops it alone.
    variants: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    focus: Option<serde_json::Map<String, serde_json::Value>>,
}

/// A variant's `(src, width, type)`, when each is there with its type (both paths).
pub(super) fn variant_of(o: &serde_json::Map<String, serde_json::Value>) -> Option<(String, u32, String)> {
    let width = u32::try_from(o.get("width")?.as_u64()?).ok()?;
    Some((o.get("src")?.as_str()?.into(), width, o.get("type")?.as_str()?.into()))
}

/// A focus's `(x, y)`, when both are numbers (both paths).
pub(super) fn focus_of(o: &serde_json::Map<String, serde_json::Value>) -> Option<(f64, f64)> {
    Some((o.get("x")?.as_f64()?, o.get("y")?.as_f64()?))
}

impl StrictImage {
    fn checked(self) -> Option<Image> {
        make_image(ImageFields {
            src: &self.src,
            alt: self.alt,
            credit: self.credit,
            caption: self.caption,
            width: self.width,
            height: self.height,
            variants: self
                .variants
                .unwrap_or_default()
                .iter()
                .filter_map(variant_of)
                .collect(),
            focus: self.focus.as_ref().and_then(focus_of),
        })
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
    // Natively, a well-formed index in one pass; the browser reads it forgivingly.
    #[cfg(not(target_arch = "wasm32"))]
    if let Ok(strict) = serde_json::from_str::<StrictIndex>(json) {
        let cards = strict.articles.into_iter().filter_map(StrictCard::checked).collect();
        let rest = SplitFields {
            total: strict.total,
            kinds: strict.kinds,
            topics: strict.topics,
            pieces: strict.pieces,
            search: strict.search,
        };
        return Ok(make_index(cards, rest));
    }
    forgiving::index(json)
}

/// A piece of a split index: its cards (a piece is an index file of its own).
pub fn decode_piece(json: &str) -> Result<Vec<Card>, DecodeError> {
    decode_index(json).map(|i| i.articles)
}

// ---- the search index ----

#[derive(Deserialize)]
struct TermsFile {
    docs: u32,
    per_file: u32,
    shards: Vec<String>,
}

pub fn decode_search_terms(json: &str) -> Result<SearchTerms, DecodeError> {
    let t: TermsFile = serde_json::from_str(json)?;
    if t.per_file == 0 {
        return Err(DecodeError("per_file: must be at least 1".into()));
    }
    Ok(SearchTerms {
        docs: t.docs,
        per_file: t.per_file,
        shards: t.shards,
    })
}

/// A shard's keys, their gaps summed into article numbers. Weights that do not match
/// the articles one to one count as 1 each.
pub fn decode_shard(json: &str) -> Result<Vec<TermEntry>, DecodeError> {
    type Raw = (String, Vec<String>, Vec<u32>, Vec<u32>);
    let raw: Vec<Raw> = serde_json::from_str(json)?;
    Ok(raw
        .into_iter()
        .map(|(key, words, gaps, weights)| {
            let mut at = 0u32;
            let ids: Vec<u32> = gaps
                .into_iter()
                .map(|g| {
                    at = at.saturating_add(g);
                    at
                })
                .collect();
            let weights = if weights.len() == ids.len() {
                weights
            } else {
                Vec::new()
            };
            TermEntry {
                key,
                words,
                ids,
                weights,
            }
        })
        .collect())
}

/// A docs file's cards in article-number order; a card that does not decode keeps its
/// place as `None`, so the numbers after it still match.
pub fn decode_docs(json: &str) -> Result<Vec<Option<Card>>, DecodeError> {
    #[derive(Deserialize)]
    struct Docs {
        articles: Vec<serde_json::Value>,
    }
    let docs: Docs = serde_json::from_str(json)?;
    Ok(docs
        .articles
        .into_iter()
        .map(|v| {
            serde_json::from_value::<StrictCard>(v)
                .ok()
                .and_then(StrictCard::checked)
        })
        .collect())
}

// ---- articles ----

/// A block's fields once read, whichever way: what `finish_block` turns into a block.
#[derive(Default)]
struct BlockParts {
    kind: String,
    text: Option<Text>,
    level: Option<u8>,
    cite: Option<String>,
    image: Option<Image>,
    language: Option<String>,
    verse: Option<bool>,
}

/// The block its type calls for, or `None` for an unknown type, blank text or an image
/// with a refused source. A code block keeps its text exactly, spaces and line breaks
/// included.
fn finish_block(p: BlockParts) -> Option<Block> {
    let text = p.text.filter(|t| !is_blank(t));
    if p.kind == "code" {
        return Some(Block::Code(Code {
            text: text?.into_iter().map(|r| r.text).collect(),
            language: non_empty(p.language),
            verse: p.verse.unwrap_or(false),
        }));
    }
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
        "image" => Some(Block::Image(p.image?)),
        "divider" => Some(Block::Divider),
        _ => None,
    }
}

fn make_person(name: String, role: Option<String>, photo: Option<Image>, url: Option<String>) -> Person {
    Person {
        name,
        role: non_empty(role),
        photo,
        url: url.and_then(|u| checked(&u, UrlUse::Link)),
    }
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
    documents: Vec<Document>,
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
            documents: w.documents,
        })
    }
}

pub fn decode_site(json: &str) -> Result<Site, DecodeError> {
    forgiving::site(json)
}

pub fn decode_article(json: &str) -> Result<Article, DecodeError> {
    // Natively, a well-formed article in one pass; anything irregular (and everything
    // in the browser) takes the forgiving path.
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(article) = one_pass::article(json) {
        return article;
    }
    decode_article_lenient(json)
}

/// Body blocks as a reader gets them: each decoded on its own, those that do not
/// decode left out (the import counts what its articles keep).
#[cfg(not(target_arch = "wasm32"))]
pub fn decode_blocks(values: &[serde_json::Value]) -> Vec<Block> {
    values.iter().filter_map(forgiving::block).collect()
}

/// The forgiving path alone, the reference the one-pass path is tested against.
pub fn decode_article_lenient(json: &str) -> Result<Article, DecodeError> {
    forgiving::article(json)
}

mod forgiving;
pub mod media;
#[cfg(not(target_arch = "wasm32"))]
pub(crate) mod one_pass;
mod read;
mod structure;

// Native logic tests: both paths, and sample files read from disk.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
