//! `import`: an article from Markdown. A YAML front-matter header between `---` lines
//! holds the article's fields (slug, kind, date, title, subtitle, summary, image, people,
//! topics, translations, updated); the Markdown below becomes the contract's blocks:
//!
//! | Markdown | block |
//! | --- | --- |
//! | paragraph with `**bold**`, `*italic*`, `` `code` ``, `[links](…)`, `^sup^` and `~sub~` (as words of their own) or `<sup>`/`<sub>` (inside a word: `CO<sub>2</sub>`) | `paragraph` |
//! | `## Heading` … `###### Heading` (`#` counts as level 2) | `heading` |
//! | `> quote`, with a last line `— Name` | `quote` with `cite` |
//! | `- item` / `1. item`, indented items nesting lists | `list` (items with their own `list`) |
//! | a GFM table (`| a | b |`, the `|---|` line under the header row) | `table` with `header_row` |
//! | a fenced code block (```` ```rust ````) or an indented one | `code` (the fence's word as its `language`) |
//! | `![alt](src "caption | credit")` alone in its paragraph | `image` |
//! | `---` | `divider` |
//! | `[Title](video page or .mp4/.webm "3:07")` alone in its paragraph | `video` (`media_links` says which addresses; the link's title, when m:ss or h:mm:ss, is its length) |
//! | the same, after `![alt](poster.jpg)` on the line before, in one paragraph | `video` with that `poster` |
//! | `[Title](file.mp3 "1:05")` (`.mp3 .ogg .oga .opus .m4a .wav`) alone in its paragraph | `audio` |
//! | `[Title](file.pdf)` (`.pdf`, office, OpenDocument, `.epub`, `.csv`, `.zip` …) alone in its paragraph | `document`; paragraphs of such links one after another make one list |
//!
//! Raw HTML is refused, `<sup>` and `<sub>` aside: the contract carries text, never markup.

use crate::import::media_links::media_block;
use crate::import::runs::{run_json, same_style};
use crate::index::cards::image_json;
use folio_core::content::model::Inline;
use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde_json::{json, Value};

/// Why a Markdown file cannot become an article, with its line when there is one.
#[derive(Debug, PartialEq)]
pub struct ImportError(pub String);

fn line_of(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

/// Splits `---\nYAML\n---\nMarkdown`; returns the YAML, the Markdown and its first line.
fn split_front_matter(text: &str) -> Result<(&str, &str, usize), ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rest = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
        .ok_or_else(|| {
            ImportError("line 1: the file must start with a front-matter header between --- lines".into())
        })?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let body = &rest[offset + line.len()..];
            let first_line = line_of(text, text.len() - body.len());
            return Ok((&rest[..offset], body, first_line));
        }
        offset += line.len();
    }
    Err(ImportError("the front-matter header has no closing --- line".into()))
}

/// The run styles Markdown marks, by their contract names: `**bold**`, `*italic*`,
/// `` `code` ``, `^sup^`, `~sub~`.
const STYLES: [&str; 5] = ["bold", "italic", "code", "sup", "sub"];

/// Inline runs being collected, with the styles open at this point (how deep each of
/// `STYLES` is open) and the links.
#[derive(Default)]
struct Runs {
    runs: Vec<Inline>,
    open: [usize; 5],
    link: Vec<String>,
}

impl Runs {
    fn style(&mut self, name: &str, opens: bool) {
        if let Some(i) = STYLES.iter().position(|s| *s == name) {
            self.open[i] = if opens {
                self.open[i] + 1
            } else {
                self.open[i].saturating_sub(1)
            };
        }
    }

    /// The style open at this point, as a run without text.
    fn current(&self) -> Inline {
        let on = |i: usize| self.open[i] > 0;
        Inline {
            bold: on(0),
            italic: on(1),
            code: on(2),
            sup: on(3),
            sub: on(4),
            link: self.link.last().cloned(),
            ..Inline::default()
        }
    }

    fn push(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let style = self.current();
        // Joins onto the previous run when it has the same style.
        match self.runs.last_mut() {
            Some(last) if same_style(last, &style) => last.text.push_str(text),
            _ => self.runs.push(Inline {
                text: text.to_string(),
                ..style
            }),
        }
    }

    fn take(&mut self) -> Vec<Value> {
        std::mem::take(&mut self.runs).iter().map(run_json).collect()
    }
}

/// The runs of a list item: the item itself, or its `text` once it holds a list.
fn item_text(item: &mut Value) -> Option<&mut Vec<Value>> {
    match item {
        Value::Array(runs) => Some(runs),
        Value::Object(o) => o.get_mut("text").and_then(Value::as_array_mut),
        _ => None,
    }
}

/// The runs of the last item of the innermost open list.
fn open_item(lists: &mut [(bool, Vec<Value>)]) -> Option<&mut Vec<Value>> {
    lists.last_mut()?.1.last_mut().and_then(item_text)
}

/// A finished list: a block, or the list of the item it sits in.
fn close_list(lists: &mut [(bool, Vec<Value>)], blocks: &mut Vec<Value>, ordered: bool, items: Vec<Value>) {
    let list = json!({ "ordered": ordered, "items": items });
    match lists.last_mut().and_then(|(_, items)| items.last_mut()) {
        Some(parent) => {
            let text = item_text(parent).map(std::mem::take).unwrap_or_default();
            *parent = json!({ "text": text, "list": list });
        }
        None => {
            let mut block = list;
            block["type"] = json!("list");
            blocks.push(block);
        }
    }
}

/// `<sup>`, `</sup>`, `<sub>` or `</sub>` (any case) as a style and whether it opens.
fn sup_or_sub(tag: &str) -> Option<(&'static str, bool)> {
    match tag.trim().to_ascii_lowercase().as_str() {
        "<sup>" => Some(("sup", true)),
        "</sup>" => Some(("sup", false)),
        "<sub>" => Some(("sub", true)),
        "</sub>" => Some(("sub", false)),
        _ => None,
    }
}

/// A table being read: its rows of cells, and whether the first is the header.
#[derive(Default)]
struct TableRows {
    rows: Vec<Vec<Value>>,
    header: bool,
}

/// The text of runs, for a quote's attribution line.
fn plain(runs: &[Value]) -> String {
    runs.iter()
        .map(|r| match r {
            Value::String(s) => s.clone(),
            other => other.get("text").and_then(Value::as_str).unwrap_or("").to_string(),
        })
        .collect()
}

/// The link of a paragraph that holds one link and nothing else: `(href, text)`.
fn lone_link(runs: &[Value]) -> Option<(&str, &str)> {
    let mut shown = runs.iter().filter(|r| !r.as_str().is_some_and(|s| s.trim().is_empty()));
    let run = shown.next()?;
    if shown.next().is_some() {
        return None;
    }
    Some((run.get("link")?.as_str()?, run.get("text")?.as_str()?))
}

/// `m:ss` or `h:mm:ss` as seconds.
fn length(text: &str) -> Option<u32> {
    let parts: Vec<u32> = text.trim().split(':').map(|p| p.parse().ok()).collect::<Option<_>>()?;
    match parts.as_slice() {
        [m, s] if *s < 60 => Some(m * 60 + s),
        [h, m, s] if *m < 60 && *s < 60 => Some(h * 3600 + m * 60 + s),
        _ => None,
    }
}

/// A paragraph that is a link to a video, an audio or a document, as its block; with
/// the link's title as the length, and the one image before it as a video's poster.
fn media_paragraph(runs: &[Value], title: &str, images: &[Value]) -> Option<Value> {
    let (href, text) = lone_link(runs)?;
    let mut block = media_block(href, text)?;
    let kind = block["type"].as_str().unwrap_or_default().to_string();
    if let Some(seconds) = length(title).filter(|_| kind != "document") {
        block["duration"] = json!(seconds);
    }
    match images {
        [] => {}
        [image] if kind == "video" => block["poster"] = image["image"].clone(),
        _ => return None,
    }
    Some(block)
}

/// Appends a block; a document block right after another joins its list.
fn push_block(blocks: &mut Vec<Value>, block: Value) {
    if block["type"] == "document" {
        if let Some(last) = blocks.last_mut().filter(|b| b["type"] == "document") {
            if let (Some(list), Some(more)) = (last["documents"].as_array_mut(), block["documents"].as_array()) {
                list.extend(more.iter().cloned());
                return;
            }
        }
    }
    blocks.push(block);
}

/// The Markdown body as contract blocks.
pub fn blocks(markdown: &str, first_line: usize) -> Result<Vec<Value>, ImportError> {
    let mut blocks = Vec::new();
    let mut runs = Runs::default();
    let mut quote: Option<Vec<Vec<Value>>> = None;
    let mut list: Vec<(bool, Vec<Value>)> = Vec::new();
    let mut table: Option<TableRows> = None;
    let mut code: Option<(String, String)> = None;
    let mut image: Option<(String, String, String)> = None;
    let mut paragraph_images: Vec<Value> = Vec::new();
    let mut link_title = String::new();
    let at = |offset: usize| format!("line {}", first_line + line_of(markdown, offset) - 1);
    let options = Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TABLES
        | Options::ENABLE_SUPERSCRIPT
        | Options::ENABLE_SUBSCRIPT;
    for (event, range) in Parser::new_ext(markdown, options).into_offset_iter() {
        // A code block's text is kept as written, line breaks and all.
        if let (Some((_, text)), Event::Text(t)) = (code.as_mut(), &event) {
            text.push_str(t);
            continue;
        }
        match event {
            // `<sup>` and `<sub>`: pulldown-cmark reads `^sup^` and `~sub~` only at word
            // boundaries, so `CO<sub>2</sub>` and `1<sup>st</sup>` are how a word takes them.
            Event::InlineHtml(tag) if sup_or_sub(&tag).is_some() => {
                if let Some((name, opens)) = sup_or_sub(&tag) {
                    runs.style(name, opens);
                }
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                return Err(ImportError(format!(
                    "{}: raw HTML is not allowed (the contract carries text; use Markdown for emphasis and links)",
                    at(range.start)
                )))
            }
            Event::Start(Tag::Heading { .. }) | Event::Start(Tag::Paragraph) => {}
            Event::Start(Tag::Item) => {
                if let Some((_, items)) = list.last_mut() {
                    items.push(Value::Array(Vec::new()));
                }
            }
            Event::End(TagEnd::Heading(level)) => {
                let level = match level {
                    HeadingLevel::H1 | HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    HeadingLevel::H4 => 4,
                    HeadingLevel::H5 => 5,
                    HeadingLevel::H6 => 6,
                };
                blocks.push(json!({ "type": "heading", "level": level, "text": runs.take() }));
            }
            Event::End(TagEnd::Paragraph) => {
                let text = runs.take();
                let blank = text.iter().all(|r| r.as_str().is_some_and(|s| s.trim().is_empty()));
                let outside = quote.is_none() && list.is_empty();
                if let Some(block) = outside
                    .then(|| media_paragraph(&text, &link_title, &paragraph_images))
                    .flatten()
                {
                    paragraph_images.clear();
                    push_block(&mut blocks, block);
                } else if !paragraph_images.is_empty() {
                    if !blank || quote.is_some() || !list.is_empty() {
                        return Err(ImportError(format!(
                            "{}: an image must stand alone in its paragraph, outside quotes and lists",
                            at(range.start)
                        )));
                    }
                    blocks.append(&mut paragraph_images);
                } else if let Some(q) = quote.as_mut() {
                    q.push(text);
                } else if let Some(item) = open_item(&mut list) {
                    // Paragraphs of one loose item join with a space.
                    if !item.is_empty() {
                        item.push(json!(" "));
                    }
                    item.extend(text);
                } else {
                    blocks.push(json!({ "type": "paragraph", "text": text }));
                }
            }
            Event::Start(Tag::BlockQuote(_)) => {
                if quote.is_some() {
                    return Err(ImportError(format!(
                        "{}: a quote inside a quote has no block in the contract",
                        at(range.start)
                    )));
                }
                quote = Some(Vec::new());
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                let mut paragraphs = quote.take().unwrap_or_default();
                let cite = match paragraphs.last().map(|p| plain(p)) {
                    Some(last) if paragraphs.len() > 1 && (last.starts_with('—') || last.starts_with("--")) => {
                        paragraphs.pop();
                        Some(last.trim_start_matches(['—', '-']).trim().to_string())
                    }
                    _ => None,
                };
                // Paragraphs of one quote join with a space: a quote block holds one text.
                let mut text: Vec<Value> = Vec::new();
                for (i, p) in paragraphs.into_iter().enumerate() {
                    if i > 0 {
                        text.push(json!(" "));
                    }
                    text.extend(p);
                }
                let mut block = json!({ "type": "quote", "text": text });
                if let Some(c) = cite {
                    block["cite"] = json!(c);
                }
                blocks.push(block);
            }
            Event::Start(Tag::List(start)) => {
                // A tight item's text before its own list arrives without a paragraph.
                let text = runs.take();
                if let Some(item) = open_item(&mut list) {
                    item.extend(text);
                }
                list.push((start.is_some(), Vec::new()));
            }
            Event::End(TagEnd::Item) => {
                // A tight item's text arrives without a paragraph around it.
                let text = runs.take();
                if let Some(item) = open_item(&mut list) {
                    item.extend(text);
                }
            }
            Event::End(TagEnd::List(_)) => {
                if let Some((ordered, items)) = list.pop() {
                    close_list(&mut list, &mut blocks, ordered, items);
                }
            }
            Event::Start(Tag::Table(_)) => table = Some(TableRows::default()),
            Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => {
                if let Some(t) = table.as_mut() {
                    t.rows.push(Vec::new());
                }
            }
            Event::End(TagEnd::TableHead) => {
                if let Some(t) = table.as_mut() {
                    t.header = true;
                }
            }
            Event::End(TagEnd::TableCell) => {
                let text = runs.take();
                if let Some(row) = table.as_mut().and_then(|t| t.rows.last_mut()) {
                    row.push(Value::Array(text));
                }
            }
            Event::End(TagEnd::Table) => {
                if let Some(t) = table.take() {
                    blocks.push(json!({ "type": "table", "header_row": t.header, "rows": t.rows }));
                }
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let language = match kind {
                    CodeBlockKind::Fenced(info) => info.split_whitespace().next().unwrap_or("").to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                code = Some((language, String::new()));
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some((language, text)) = code.take() {
                    let mut block = json!({ "type": "code", "text": text.trim_end_matches('\n') });
                    if !language.is_empty() {
                        block["language"] = json!(language);
                    }
                    blocks.push(block);
                }
            }
            Event::Start(Tag::Strong) => runs.style("bold", true),
            Event::End(TagEnd::Strong) => runs.style("bold", false),
            Event::Start(Tag::Emphasis) => runs.style("italic", true),
            Event::End(TagEnd::Emphasis) => runs.style("italic", false),
            Event::Start(Tag::Superscript) => runs.style("sup", true),
            Event::End(TagEnd::Superscript) => runs.style("sup", false),
            Event::Start(Tag::Subscript) => runs.style("sub", true),
            Event::End(TagEnd::Subscript) => runs.style("sub", false),
            Event::Start(Tag::Link { dest_url, title, .. }) => {
                runs.link.push(dest_url.to_string());
                link_title = title.to_string();
            }
            Event::End(TagEnd::Link) => {
                runs.link.pop();
            }
            Event::Start(Tag::Image { dest_url, title, .. }) => {
                image = Some((dest_url.to_string(), String::new(), title.to_string()));
            }
            Event::End(TagEnd::Image) => {
                if let Some((src, alt, title)) = image.take() {
                    let (caption, credit) = match title.split_once(" | ") {
                        Some((c, cr)) => (c.trim().to_string(), cr.trim().to_string()),
                        None => (title.trim().to_string(), String::new()),
                    };
                    let image = folio_core::content::model::Image {
                        src,
                        alt,
                        credit: (!credit.is_empty()).then_some(credit),
                        caption: (!caption.is_empty()).then_some(caption),
                        width: None,
                        height: None,
                        variants: Vec::new(),
                        focus: None,
                    };
                    paragraph_images.push(json!({ "type": "image", "image": image_json(&image) }));
                }
            }
            Event::Text(t) => match image.as_mut() {
                Some((_, alt, _)) => alt.push_str(&t),
                None => runs.push(&t),
            },
            Event::Code(t) => match image.as_mut() {
                Some((_, alt, _)) => alt.push_str(&t),
                None => {
                    runs.style("code", true);
                    runs.push(&t);
                    runs.style("code", false);
                }
            },
            Event::SoftBreak | Event::HardBreak => runs.push(" "),
            Event::Rule => blocks.push(json!({ "type": "divider" })),
            Event::Start(Tag::FootnoteDefinition(_)) => {
                return Err(ImportError(format!(
                    "{}: this Markdown has no block in the contract",
                    at(range.start)
                )))
            }
            _ => {}
        }
    }
    if !paragraph_images.is_empty() {
        return Err(ImportError(
            "an image must stand alone in its paragraph, outside quotes and lists".into(),
        ));
    }
    Ok(blocks)
}

/// The article JSON for a Markdown file in a language. The result still goes through
/// the contract's checks (`check::article`) before it is written.
pub fn import(text: &str, lang: &str) -> Result<Value, ImportError> {
    let (yaml, markdown, first_line) = split_front_matter(text)?;
    let front: Value = serde_yaml_ng::from_str(yaml).map_err(|e| ImportError(format!("front matter: {e}")))?;
    let Value::Object(mut article) = front else {
        return Err(ImportError(
            "front matter: must be a map of fields (slug: …, title: …)".into(),
        ));
    };
    for key in ["language", "body"] {
        if article.contains_key(key) {
            return Err(ImportError(format!(
                "front matter: {key} comes from {}, not from the header",
                if key == "body" { "the Markdown" } else { "--lang" }
            )));
        }
    }
    // YAML reads an unquoted 2017-02-07 as text, but a number-like slug as a number.
    for key in ["slug", "date", "updated", "kind"] {
        if let Some(v @ Value::Number(_)) = article.get_mut(key) {
            *v = json!(v.to_string());
        }
    }
    article.insert("language".into(), json!(lang));
    article.insert("body".into(), Value::Array(blocks(markdown, first_line)?));
    Ok(Value::Object(article))
}
