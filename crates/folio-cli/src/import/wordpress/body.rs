//! A post's HTML (block editor markup with its `<!-- wp:... -->` comments, or the classic
//! editor's paragraphs separated by blank lines) → the contract's blocks, through a real
//! HTML parser (html5ever, via scraper). Only text and the contract's own structure come
//! out: no markup, attribute or refused URL scheme from the export reaches the JSON.
//! A YouTube or Vimeo embed (block editor, or an iframe) with a caption or a `title`
//! becomes a two-click `video` block; without one, a link to the video. An `<audio>` or
//! `<video>` of a file (the block editor's audio and video blocks, the `[audio]` and
//! `[video]` shortcodes) becomes an `audio` or a file `video` block, titled by its caption
//! or else its file's name. Tables, lists, definition lists, galleries and preformatted
//! text go through `structure`. What does not fit (forms, scripts, foreign iframes,
//! unknown shortcodes) is dropped or reduced to its text, and said in `reduced`.

use super::runs::{Runs, Style};
use super::shortcode::{expand_shortcodes, Picture};
use ego_tree::NodeRef;
use folio_core::content::model::Image;
use folio_core::content::url::{checked, UrlUse};
use scraper::{Html, Node};
use serde_json::{json, Value};

/// The blocks of one post, and what was reduced on the way (one line each).
#[derive(Debug, Default)]
pub struct Body {
    pub blocks: Vec<Value>,
    pub reduced: Vec<String>,
    /// What a reader saw of the post in the export (`losses`).
    pub source: super::losses::Seen,
}

/// A URL from the post made absolute against the site's address (`base`): a relative
/// link or image in WordPress points into the WordPress site, not into the content tree.
pub fn absolute(url: &str, base: &str) -> String {
    if folio_core::content::url::scheme_of(url).is_some() || base.is_empty() {
        return url.to_string();
    }
    let base = base.trim_end_matches('/');
    let origin_end = base
        .find("://")
        .map(|i| i + 3)
        .map_or(0, |s| base[s..].find('/').map_or(base.len(), |e| s + e));
    let scheme = base.find("://").map_or("https:", |i| &base[..=i]);
    if let Some(rest) = url.strip_prefix("//") {
        format!("{scheme}//{rest}")
    } else if url.starts_with('/') {
        format!("{}{url}", &base[..origin_end])
    } else if url.starts_with('#') {
        url.to_string()
    } else {
        format!("{base}/{url}")
    }
}

/// Image and media sources go through `media` (copied into the tree, or left as they
/// are); relative URLs are read against the site's address, `base`; `pictures` finds an
/// attachment's picture by its id (for `[gallery]`).
pub fn convert(
    html: &str,
    base: &str,
    media: &mut dyn FnMut(&str) -> String,
    pictures: &dyn Fn(u64) -> Option<Picture>,
) -> Body {
    let mut reduced = dynamic_blocks(html);
    let html = expand_shortcodes(html, &mut reduced, pictures);
    let html = if html.contains("<!-- wp:") {
        html
    } else {
        paragraphs(&html)
    };
    let doc = Html::parse_fragment(&html);
    if !doc.errors.is_empty() {
        reduced.push(format!(
            "malformed HTML repaired by the parser ({} problem(s)); what it kept is imported",
            doc.errors.len()
        ));
    }
    let mut c = Converter {
        body: Body {
            blocks: Vec::new(),
            reduced,
            source: super::losses::in_export(&doc),
        },
        loose: Runs::default(),
        media,
        base,
    };
    c.blocks_of(doc.tree.root());
    c.flush();
    c.body
}

/// The block editor's blocks that saved no content of their own (a self-closing
/// comment, `<!-- wp:latest-posts {"postsToShow":3} /-->`: WordPress renders them when it
/// shows the page, from what the site holds then): latest posts, archives, calendar,
/// categories, search, tag cloud, RSS, comments, a reusable block's reference. Left
/// out, each kind said once.
fn dynamic_blocks(html: &str) -> Vec<String> {
    let mut said: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<!-- wp:") {
        let after = &rest[at + "<!-- wp:".len()..];
        let Some(end) = after.find("-->") else { break };
        let comment = &after[..end];
        if comment.trim_end().ends_with('/') {
            // `core/latest-posts` in older exports, `latest-posts` since.
            let body = comment.trim_start_matches("core/");
            let name = body
                .split(char::is_whitespace)
                .next()
                .unwrap_or("")
                .trim_end_matches('/');
            let what = format!("a dynamic block ({name}) left out: it has no content of its own");
            if !name.is_empty() && !said.contains(&what) {
                said.push(what);
            }
        }
        rest = &after[end..];
    }
    said
}

/// The classic editor: blank lines separate paragraphs (WordPress adds the `<p>` tags
/// only when it shows the post).
fn paragraphs(html: &str) -> String {
    const BLOCK: [&str; 14] = [
        "<p",
        "<h1",
        "<h2",
        "<h3",
        "<h4",
        "<h5",
        "<h6",
        "<ul",
        "<ol",
        "<blockquote",
        "<figure",
        "<hr",
        "<div",
        "<table",
    ];
    html.replace("\r\n", "\n")
        .split("\n\n")
        .map(str::trim)
        .filter(|chunk| !chunk.is_empty())
        .map(|chunk| {
            let lower = chunk.to_ascii_lowercase();
            if BLOCK.iter().any(|b| lower.starts_with(b)) {
                chunk.to_string()
            } else {
                format!("<p>{chunk}</p>")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub(super) struct Converter<'m> {
    pub(super) body: Body,
    /// Text met between blocks (the classic editor's loose lines), a paragraph to be.
    loose: Runs,
    pub(super) media: &'m mut dyn FnMut(&str) -> String,
    pub(super) base: &'m str,
}

pub(super) fn class_has(el: &scraper::node::Element, word: &str) -> bool {
    el.attr("class")
        .is_some_and(|c| c.split_whitespace().any(|w| w.contains(word)))
}

/// The text of a node and everything in it.
/// The last segment of a URL's path: a file's name.
fn file_name(url: &str) -> &str {
    let path = url.split(['?', '#']).next().unwrap_or("");
    path.rsplit('/').next().unwrap_or("")
}

/// The text of a figure's own `<figcaption>`, when it has one.
pub(super) fn caption_of(node: NodeRef<Node>) -> Option<String> {
    node.children()
        .find(|c| c.value().as_element().is_some_and(|e| e.name() == "figcaption"))
        .map(text_of)
        .filter(|c| !c.is_empty())
}

pub(super) fn text_of(node: NodeRef<Node>) -> String {
    let mut out = String::new();
    for d in node.descendants() {
        if let Node::Text(t) = d.value() {
            out.push_str(t);
            out.push(' ');
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A video on YouTube or Vimeo: the address to link to.
fn video_link(src: &str) -> Option<String> {
    let normal = checked(src, UrlUse::Link)?;
    let lower = normal.to_ascii_lowercase();
    let known = ["youtube.com/", "youtube-nocookie.com/", "youtu.be/", "vimeo.com/"];
    (lower.starts_with("http") && known.iter().any(|k| lower.contains(k))).then_some(normal)
}

impl<'m> Converter<'m> {
    pub(super) fn reduce(&mut self, what: impl Into<String>) {
        let what = what.into();
        if !self.body.reduced.contains(&what) {
            self.body.reduced.push(what);
        }
    }

    pub(super) fn push(&mut self, block: Value) {
        self.flush();
        self.body.blocks.push(block);
    }

    /// The loose text so far, as a paragraph.
    fn flush(&mut self) {
        if !self.loose.is_blank() {
            let text = self.loose.take();
            self.body.blocks.push(json!({ "type": "paragraph", "text": text }));
        }
        self.loose = Runs::default();
    }

    pub(super) fn blocks_of(&mut self, node: NodeRef<Node>) {
        for child in node.children() {
            match child.value() {
                Node::Text(t) => {
                    let mut loose = std::mem::take(&mut self.loose);
                    loose.push(t, &Style::default());
                    self.loose = loose;
                }
                Node::Element(el) => self.block(child, el),
                _ => {}
            }
        }
    }

    fn block(&mut self, node: NodeRef<Node>, el: &scraper::node::Element) {
        if self.social(node, el) {
            return;
        }
        let name = el.name();
        match name {
            "p" => self.paragraph(node),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let level = name[1..].parse::<u8>().unwrap_or(2).max(2);
                let mut runs = Runs::default();
                self.inline(node, &Style::default(), &mut runs);
                if !runs.is_blank() {
                    self.push(json!({ "type": "heading", "level": level, "text": runs.take() }));
                }
            }
            "blockquote" => self.quote(node),
            "ul" | "ol" => self.list(node, name == "ol"),
            "figure" => self.figure(node, el),
            "img" => self.image(el, None),
            "hr" => self.push(json!({ "type": "divider" })),
            "iframe" => match el.attr("src").and_then(video_link) {
                Some(link) => self.video(&link, el.attr("title").map(str::to_string)),
                None => self.reduce("an iframe from elsewhere dropped"),
            },
            "table" => self.table(node, None),
            "pre" => self.pre(node, el),
            "dl" => self.definitions(node),
            "audio" | "video" => self.player(node, el, None),
            "script" | "style" | "noscript" | "template" | "object" | "embed" | "applet" | "form" | "input"
            | "button" | "select" | "textarea" | "svg" | "math" | "canvas" | "link" | "meta" => {
                self.reduce(format!("a <{name}> element dropped"));
            }
            "div" | "section" | "article" | "main" | "header" | "footer" | "aside" | "center" | "html" | "body" => {
                if class_has(el, "wp-block-embed__wrapper") {
                    self.embed_text(node, None);
                } else if el
                    .attr("class")
                    .is_some_and(|c| c.split_whitespace().any(|w| w == "wp-block-button"))
                {
                    // One button of a row of buttons: its link, a paragraph of its own.
                    self.paragraph(node);
                } else if class_has(el, "wp-block-file") {
                    self.file(node);
                } else {
                    self.blocks_of(node);
                }
            }
            "br" => {
                let mut loose = std::mem::take(&mut self.loose);
                loose.push(" ", &Style::default());
                self.loose = loose;
            }
            // Inline content between blocks: part of a loose paragraph.
            "a" | "strong" | "b" | "em" | "i" | "span" | "u" | "small" | "sub" | "sup" | "mark" | "abbr" | "cite"
            | "code" | "q" | "time" | "s" | "del" | "ins" | "kbd" | "var" => {
                let mut loose = std::mem::take(&mut self.loose);
                self.inline_element(node, el, &Style::default(), &mut loose);
                self.loose = loose;
            }
            other => {
                self.reduce(format!("an unknown element <{other}> reduced to its content"));
                self.blocks_of(node);
            }
        }
    }

    pub(super) fn paragraph(&mut self, node: NodeRef<Node>) {
        self.flush();
        let mut runs = Runs::default();
        self.inline(node, &Style::default(), &mut runs);
        if runs.is_blank() {
            return;
        }
        // An address alone on its line (WordPress embeds it when it shows the post): a link.
        let text = runs.plain();
        let lone = !text.contains(char::is_whitespace) && !runs.has_link();
        match checked(&text, UrlUse::Link).filter(|l| lone && l.starts_with("http")) {
            Some(link) => {
                self.reduce("an address alone on its line (an embed) written as a link");
                self.body
                    .blocks
                    .push(json!({ "type": "paragraph", "text": [{ "text": text, "link": link }] }));
            }
            None => self
                .body
                .blocks
                .push(json!({ "type": "paragraph", "text": runs.take() })),
        }
    }

    fn link_paragraph(&mut self, link: &str) {
        self.reduce("a video embed written as a link");
        self.push(json!({ "type": "paragraph", "text": [{ "text": link, "link": link }] }));
    }

    /// A video: a two-click `video` block when it has a title (the embed's caption, the
    /// iframe's `title`) and an address Folio's rules accept; else a link to it.
    fn video(&mut self, link: &str, title: Option<String>) {
        let block = title.and_then(|t| crate::import::media_links::media_block(link, &t));
        match block.filter(|b| b["type"] == "video") {
            Some(block) => self.push(block),
            None => self.link_paragraph(link),
        }
    }

    /// The block editor's embed: its wrapper holds the address as text; the figure's
    /// caption, if any, is the video's title.
    fn embed_text(&mut self, node: NodeRef<Node>, caption: Option<String>) {
        let wrapper = node.descendants().find(|d| {
            d.value()
                .as_element()
                .is_some_and(|e| class_has(e, "wp-block-embed__wrapper"))
        });
        let url = text_of(wrapper.unwrap_or(node));
        match video_link(&url) {
            Some(link) => self.video(&link, caption),
            None => match checked(&url, UrlUse::Link).filter(|u| u.starts_with("http")) {
                Some(link) => {
                    self.reduce("an embed written as a link");
                    self.push(json!({ "type": "paragraph", "text": [{ "text": link, "link": link }] }));
                }
                None => self.reduce("an embed dropped"),
            },
        }
    }

    pub(super) fn inline(&mut self, node: NodeRef<Node>, style: &Style, runs: &mut Runs) {
        for child in node.children() {
            match child.value() {
                Node::Text(t) => runs.push(t, style),
                Node::Element(el) => self.inline_element(child, el, style, runs),
                _ => {}
            }
        }
    }

    pub(super) fn inline_element(
        &mut self,
        node: NodeRef<Node>,
        el: &scraper::node::Element,
        style: &Style,
        runs: &mut Runs,
    ) {
        if self.social_in_paragraph(node, el, runs) {
            return;
        }
        let mut s = style.clone();
        match el.name() {
            "strong" | "b" => s.bold = true,
            "em" | "i" => s.italic = true,
            "code" | "kbd" | "samp" | "tt" => s.code = true,
            "sup" => s.sup = true,
            "sub" => s.sub = true,
            "a" => match el.attr("href").and_then(|h| checked(h, UrlUse::Link)) {
                Some(href) => s.link = Some(absolute(&href, self.base)),
                None if el.attr("href").is_some() => self.reduce("a link with a refused address left as text"),
                None => {}
            },
            "br" => return runs.push(" ", style),
            "img" => {
                // An image inside a paragraph: the paragraph so far, then the image.
                if !runs.is_blank() {
                    let text = runs.take();
                    self.push(json!({ "type": "paragraph", "text": text }));
                }
                return self.image(el, None);
            }
            "audio" | "video" => {
                // A player inside a paragraph: the paragraph so far, then its block.
                if !runs.is_blank() {
                    let text = runs.take();
                    self.push(json!({ "type": "paragraph", "text": text }));
                }
                return self.player(node, el, None);
            }
            "script" | "style" | "noscript" | "template" | "object" | "embed" | "iframe" | "form" | "input"
            | "button" | "select" | "textarea" | "svg" | "math" | "canvas" => {
                return self.reduce(format!("a <{}> element dropped", el.name()));
            }
            _ => {}
        }
        self.inline(node, &s, runs);
    }

    fn quote(&mut self, node: NodeRef<Node>) {
        let mut runs = Runs::default();
        let mut cite = None;
        for child in node.children() {
            match child.value() {
                Node::Element(el) if el.name() == "cite" || el.name() == "footer" => {
                    cite = Some(text_of(child)).filter(|c| !c.is_empty());
                }
                Node::Element(el) => {
                    if !runs.is_blank() {
                        runs.push(" ", &Style::default());
                    }
                    self.inline_element(child, el, &Style::default(), &mut runs);
                }
                Node::Text(t) => runs.push(t, &Style::default()),
                _ => {}
            }
        }
        if runs.is_blank() {
            return;
        }
        let mut block = json!({ "type": "quote", "text": runs.take() });
        if let Some(c) = cite {
            block["cite"] = json!(c.trim_start_matches(['—', '–', '-', ' ']).to_string());
        }
        self.push(block);
    }

    fn figure(&mut self, node: NodeRef<Node>, el: &scraper::node::Element) {
        let caption = caption_of(node);
        // The block editor's table: the figure's caption is the table's.
        let table = node
            .children()
            .find(|c| c.value().as_element().is_some_and(|e| e.name() == "table"));
        if let Some(table) = table {
            return self.table(table, caption);
        }
        let imgs = node
            .descendants()
            .filter(|d| d.value().as_element().is_some_and(|e| e.name() == "img"))
            .count();
        if class_has(el, "wp-block-gallery") || imgs > 1 {
            return self.gallery(node, caption);
        }
        let img = node
            .descendants()
            .find_map(|d| d.value().as_element().filter(|e| e.name() == "img"));
        if let Some(img) = img {
            return self.image(img, caption);
        }
        let player = node.descendants().find(|d| {
            d.value()
                .as_element()
                .is_some_and(|e| matches!(e.name(), "audio" | "video"))
        });
        if let Some((p, e)) = player.and_then(|p| p.value().as_element().map(|e| (p, e))) {
            return self.player(p, e, caption);
        }
        if class_has(el, "wp-block-embed") {
            return self.embed_text(node, caption);
        }

        // A pull quote, a table block, a group: what it holds.
        for child in node.children() {
            match child.value() {
                Node::Element(e) if e.name() == "figcaption" => {}
                Node::Element(e) => self.block(child, e),
                Node::Text(t) if !t.trim().is_empty() => {
                    let mut loose = std::mem::take(&mut self.loose);
                    loose.push(t, &Style::default());
                    self.loose = loose;
                }
                _ => {}
            }
        }
    }

    /// An `<audio>` or `<video>` of a file: an `audio` or file `video` block titled by
    /// its caption, else its file's name; one Folio cannot play is said and dropped.
    fn player(&mut self, node: NodeRef<Node>, el: &scraper::node::Element, caption: Option<String>) {
        let source = el.attr("src").map(str::to_string).or_else(|| {
            node.descendants()
                .filter_map(|d| d.value().as_element())
                .find(|e| e.name() == "source")
                .and_then(|e| e.attr("src"))
                .map(str::to_string)
        });
        let Some(src) = source.and_then(|s| checked(s.trim(), UrlUse::File)) else {
            return self.reduce(format!("an <{}> without an allowed address dropped", el.name()));
        };
        let src = absolute(&src, self.base);
        let title = caption.unwrap_or_else(|| file_name(&src).to_string());
        match crate::import::media_links::media_block(&src, &title) {
            Some(mut block) if block["type"] == "audio" || block["provider"] == "file" => {
                block["src"] = json!((self.media)(&src));
                // A video's poster: its picture, from the site like the others.
                let poster = el.attr("poster").and_then(|p| checked(p.trim(), UrlUse::Image));
                if let Some(poster) = poster.filter(|_| block["type"] == "video") {
                    let poster = absolute(&poster, self.base);
                    block["poster"] = json!({ "src": (self.media)(&poster), "alt": "" });
                }
                self.push(block);
            }
            _ => self.reduce(format!("an <{}> of a file type Folio does not play dropped", el.name())),
        }
    }

    /// The block editor's file block: its first link (the file's name) as a document
    /// the reader downloads; a file of a type Folio does not list, a link.
    fn file(&mut self, node: NodeRef<Node>) {
        let link = node.descendants().find_map(|d| {
            let e = d
                .value()
                .as_element()
                .filter(|e| e.name() == "a" && !class_has(e, "wp-block-file__button"))?;
            Some((e.attr("href")?.trim().to_string(), text_of(d)))
        });
        let Some((href, name)) = link else {
            return self.reduce("a file block without a link dropped");
        };
        let Some(href) = checked(&href, UrlUse::File) else {
            return self.reduce("a file block without an allowed address dropped");
        };
        let href = absolute(&href, self.base);
        let title = if name.is_empty() {
            file_name(&href).to_string()
        } else {
            name
        };
        match crate::import::media_links::media_block(&href, &title) {
            Some(mut block) if block["type"] == "document" => {
                if let Some(d) = block["documents"].get_mut(0) {
                    d["href"] = json!((self.media)(&href));
                }
                self.push(block);
            }
            _ => {
                self.reduce("a file block written as a link");
                self.push(json!({ "type": "paragraph", "text": [{ "text": title, "link": href }] }));
            }
        }
    }

    fn image(&mut self, el: &scraper::node::Element, caption: Option<String>) {
        if let Some(image) = self.image_json(el, caption) {
            self.push(json!({ "type": "image", "image": image }));
        }
    }

    /// An `<img>` as the contract's image object, its file through `media`; `None`, said,
    /// without an allowed address.
    pub(super) fn image_json(&mut self, el: &scraper::node::Element, caption: Option<String>) -> Option<Value> {
        let Some(src) = el.attr("src").and_then(|s| checked(s, UrlUse::Image)) else {
            self.reduce("an image without an allowed address dropped");
            return None;
        };
        let src = absolute(&src, self.base);
        let size = |name| {
            el.attr(name)
                .and_then(|v| v.trim().parse::<u32>().ok())
                .filter(|n| *n > 0)
        };
        Some(crate::index::cards::image_json(&Image {
            src: (self.media)(&src),
            alt: el.attr("alt").unwrap_or("").trim().to_string(),
            credit: None,
            caption,
            width: size("width"),
            height: size("height"),
            variants: Vec::new(),
            focus: None,
        }))
    }
}

/// The text of a paragraph-sized piece of HTML (an excerpt), or of the first paragraph.
pub fn plain_text(html: &str) -> String {
    let doc = Html::parse_fragment(html);
    let mut runs = Runs::default();
    for d in doc.tree.root().descendants() {
        if let Node::Text(t) = d.value() {
            let skip = d
                .parent()
                .and_then(|p| p.value().as_element().map(|e| matches!(e.name(), "script" | "style")))
                .unwrap_or(false);
            if !skip {
                runs.push(t, &Style::default());
            }
        }
    }
    runs.plain()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(html: &str) -> Vec<Value> {
        convert(html, "https://example.org/blog", &mut |u| u.to_string(), &|_| None).blocks
    }

    #[test]
    fn inline_runs_keep_their_style_and_collapse_whitespace() {
        let b = blocks("<p>  One <strong>two <em>three</em></strong>\n <a href='/about'>four</a>  </p>");
        assert_eq!(
            b[0]["text"],
            json!(["One ", { "text": "two ", "bold": true }, { "text": "three", "bold": true, "italic": true }, " ", { "text": "four", "link": "https://example.org/about" }])
        );
    }

    #[test]
    fn loose_text_and_classic_paragraphs() {
        let b = blocks("First line\nsame paragraph.\n\nSecond <i>one</i>.\n\n<h4>Head</h4>");
        assert_eq!(b.len(), 3);
        assert_eq!(b[0]["text"], json!(["First line same paragraph."]));
        assert_eq!(b[2], json!({ "type": "heading", "level": 4, "text": ["Head"] }));
    }

    #[test]
    fn nothing_is_left_of_what_cannot_be_text() {
        let body = convert(
            "<p>a<script>x()</script><svg onload=x()></svg><img src='javascript:x' alt=z></p><object data=x></object>",
            "",
            &mut |u| u.to_string(),
            &|_| None,
        );
        assert_eq!(body.blocks, vec![json!({ "type": "paragraph", "text": ["a"] })]);
        assert_eq!(body.reduced.len(), 4, "{:?}", body.reduced);
    }

    #[test]
    fn malformed_html_is_repaired_and_said() {
        let body = convert(
            "<p>Misnested <b>bold <i>and</b> more</i></p></div>",
            "",
            &mut |u| u.to_string(),
            &|_| None,
        );
        assert!(
            body.reduced.iter().any(|r| r.starts_with("malformed HTML repaired")),
            "{:?}",
            body.reduced
        );
        let text: String = body.blocks[0]["text"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().or(r["text"].as_str()).unwrap_or(""))
            .collect();
        assert_eq!(text, "Misnested bold and more");
    }

    #[test]
    fn absolute_against_the_site() {
        assert_eq!(absolute("/a.png", "https://e.org/blog/"), "https://e.org/a.png");
        assert_eq!(absolute("a.png", "https://e.org/blog"), "https://e.org/blog/a.png");
        assert_eq!(absolute("//cdn.e.org/a.png", "http://e.org"), "http://cdn.e.org/a.png");
        assert_eq!(absolute("https://x.org/a", "https://e.org"), "https://x.org/a");
        assert_eq!(absolute("a.png", ""), "a.png");
    }
}
