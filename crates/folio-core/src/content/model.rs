//! The content as Folio uses it, after decoding and checking: every URL in here has an
//! allowed scheme, every date is a real day, every slug follows the rule.

use super::date::Date;
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq)]
pub struct Site {
    pub name: String,
    pub default_language: String,
    pub languages: Vec<String>,
    pub canonical_base: Option<String>,
    pub share: Vec<String>,
    pub people_heading: BTreeMap<String, String>,
    pub kinds: BTreeMap<String, BTreeMap<String, String>>,
    /// Topic labels per language (`topics` in site.json, a Folio extension).
    pub topics: BTreeMap<String, BTreeMap<String, String>>,
    pub date_style: DateStyle,
    /// How many recommended cards follow an article (`recommended_cards`, a Folio
    /// extension; 4 when absent).
    pub recommended: usize,
}

/// Every share channel Folio knows, in the default order (site.json's `share` when absent).
pub const SHARE_CHANNELS: [&str; 11] = [
    "native", "email", "x", "facebook", "linkedin", "whatsapp", "telegram", "bluesky", "mastodon", "reddit", "copy",
];

/// Recommended cards under an article when site.json does not say.
pub const RECOMMENDED_CARDS: usize = 4;
/// The most recommended cards a site may ask for.
pub const MAX_RECOMMENDED_CARDS: usize = 12;

/// How dates are written (`date_style` in site.json, a Folio extension of the contract).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DateStyle {
    /// The reader's language's long form, from the browser's `Intl` (`7 February 2017`).
    #[default]
    Long,
    /// Day.month.year with leading zeros (`07.02.2017`).
    Numeric,
}

impl Site {
    pub fn has_language(&self, lang: &str) -> bool {
        self.languages.iter().any(|l| l == lang)
    }

    /// The site's label for a topic in a language, else the topic's code.
    pub fn topic_label<'a>(&'a self, topic: &'a str, lang: &str) -> &'a str {
        self.topics
            .get(topic)
            .and_then(|l| l.get(lang))
            .map(String::as_str)
            .unwrap_or(topic)
    }

    /// The site's own label for a kind in a language, if it has one.
    pub fn kind_label(&self, kind: &str, lang: &str) -> Option<&str> {
        self.kinds.get(kind)?.get(lang).map(String::as_str)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Image {
    pub src: String,
    pub alt: String,
    pub credit: Option<String>,
    pub caption: Option<String>,
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// The same picture at other widths and in other formats (`folio-cli images`), for
    /// the browser to choose from; only those with an allowed source and a known type.
    pub variants: Vec<Variant>,
    /// The point of the picture to keep in view where it is cropped (cards).
    pub focus: Option<Focus>,
}

/// One file of an image's variants.
#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    pub src: String,
    pub width: u32,
    /// A MIME type of `IMAGE_TYPES`.
    pub mime: String,
}

/// The image types a variant may have.
pub const IMAGE_TYPES: [&str; 4] = ["image/avif", "image/webp", "image/jpeg", "image/png"];

/// A point of a picture, each coordinate from 0 (left, top) to 1 (right, bottom).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Focus {
    pub x: f64,
    pub y: f64,
}

/// A run of text; `link` is already checked.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Inline {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    pub link: Option<String>,
    /// Code, a file name or a command, in a fixed-width font.
    pub code: bool,
    /// Raised (`1st`, a footnote mark) or lowered (`CO₂`); raised wins when both are set.
    pub sup: bool,
    pub sub: bool,
}

pub type Text = Vec<Inline>;

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Paragraph(Text),
    /// Levels 2 to 6; the article title is the only `h1`.
    Heading {
        level: u8,
        text: Text,
    },
    Quote {
        text: Text,
        cite: Option<String>,
    },
    List(List),
    Image(Image),
    Divider,
    Video(Video),
    Audio(Audio),
    /// Files to download, as a list in the body (`document` blocks).
    Documents(Vec<Document>),
    Table(Table),
    /// Two or more pictures shown as a set.
    Gallery(Gallery),
    /// Text shown exactly as written: code, or a poem's lines.
    Code(Code),
}

/// The deepest a list may nest: deeper items are kept at this level.
pub const LIST_DEPTH: usize = 4;

/// A bulleted or numbered list; an item may hold a list of its own.
#[derive(Clone, Debug, PartialEq)]
pub struct List {
    pub ordered: bool,
    pub items: Vec<ListItem>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ListItem {
    pub text: Text,
    pub list: Option<List>,
}

/// Rows of cells; the first row and the first column may be headers.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub caption: Option<String>,
    pub header_row: bool,
    pub header_column: bool,
    pub rows: Vec<Vec<Cell>>,
}

/// The most columns or rows a cell may span.
pub const MAX_SPAN: u16 = 100;

#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub text: Text,
    /// 1 to `MAX_SPAN`.
    pub colspan: u16,
    pub rowspan: u16,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Gallery {
    pub images: Vec<Image>,
    pub caption: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Code {
    pub text: String,
    /// What the code is written in (`Rust`, `HTML`), shown above it.
    pub language: Option<String>,
    /// A poem or verse: the lines kept, in the body's font.
    pub verse: bool,
}

/// Who plays a video. Each is checked before it is kept (`content::media`).
#[derive(Clone, Debug, PartialEq)]
pub enum VideoSource {
    YouTube(String),
    Vimeo(String),
    Dailymotion(String),
    /// A PeerTube server's `https://` origin, and the video's id there.
    PeerTube {
        origin: String,
        id: String,
    },
    /// A self-hosted MP4 or WebM file, played by the browser's own `<video>`.
    File(String),
}

/// A video, shown as its poster and a play button until the reader asks for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Video {
    pub source: VideoSource,
    /// The button's and the player's accessible name.
    pub title: String,
    /// From the publisher's own tree, never fetched from the provider.
    pub poster: Option<Image>,
    /// In seconds.
    pub duration: Option<u32>,
    pub caption: Option<String>,
    pub credit: Option<String>,
    /// Where playing starts, in seconds.
    pub start: Option<u32>,
    /// WebVTT caption tracks, for a `File` video.
    pub captions: Vec<Track>,
}

/// A WebVTT captions file in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Track {
    pub src: String,
    pub lang: String,
    pub label: String,
}

/// An audio recording (MP3, Ogg, M4A, WAV), played by the browser's own `<audio>`.
#[derive(Clone, Debug, PartialEq)]
pub struct Audio {
    pub src: String,
    pub title: String,
    /// In seconds.
    pub duration: Option<u32>,
    /// Shown in a disclosure under the player.
    pub transcript: Option<Text>,
}

/// A file to download: a position paper, a study, a letter.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub href: String,
    pub title: String,
    /// Its MIME type, when the content gives one.
    pub mime: Option<String>,
    /// In bytes.
    pub size: Option<u64>,
    /// The document's language, when the content gives one.
    pub lang: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    pub name: String,
    pub role: Option<String>,
    pub photo: Option<Image>,
    pub url: Option<String>,
}

/// An article as it appears in a listing or among the recommended.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    pub slug: String,
    pub kind: String,
    pub date: Date,
    pub title: String,
    pub summary: Option<String>,
    pub image: Option<Image>,
    pub topics: Vec<String>,
}

/// A language's `index.json`: every card (the single form), or the newest cards and what
/// the listing needs to know of the rest (the split form, `archive`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Index {
    pub articles: Vec<Card>,
    pub archive: Option<Archive>,
    /// The language has a search index under `{lang}/search/` (its format's number).
    pub search: Option<u32>,
}

/// Codes (kinds or topics) with how many articles carry each.
pub type Counts = BTreeMap<String, usize>;

/// The rest of a split index: its pieces, newest first, and the language's totals.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Archive {
    /// Every article of the language, those in `index.json` included.
    pub total: usize,
    pub kinds: Counts,
    pub topics: Counts,
    pub pieces: Vec<Piece>,
}

/// One file of a split index, `{lang}/index/{number}.json`, as `index.json` describes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    /// 1 for the oldest articles, counting up.
    pub number: u32,
    pub count: usize,
    pub newest: Date,
    pub oldest: Date,
    pub kinds: Counts,
    pub topics: Counts,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    pub slug: String,
    pub language: String,
    pub kind: String,
    pub date: Date,
    pub updated: Option<String>,
    pub title: String,
    pub subtitle: Option<String>,
    pub summary: Option<String>,
    pub image: Option<Image>,
    pub body: Vec<Block>,
    pub people: Vec<Person>,
    pub recommended: Option<Vec<Card>>,
    pub translations: BTreeMap<String, String>,
    pub topics: Vec<String>,
    /// Files to download, shown after the body.
    pub documents: Vec<Document>,
}

/// A language's `search/terms.json`: how many articles the search index numbers, how
/// many cards each docs file holds, and the first key of each shard, in key order.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchTerms {
    pub docs: u32,
    pub per_file: u32,
    pub shards: Vec<String>,
}

/// One key of a shard (`search/t/{i}.json`): a folded stem (or `#k:kind`, `#t:topic`),
/// the folded words that gave it (empty: the key itself), the articles that hold it
/// (numbered from the oldest, ascending) and each one's weight.
#[derive(Clone, Debug, PartialEq)]
pub struct TermEntry {
    pub key: String,
    pub words: Vec<String>,
    pub ids: Vec<u32>,
    pub weights: Vec<u32>,
}
