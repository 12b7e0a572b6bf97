//! What a reader loses in an import, post by post: the words of the post's visible text
//! and its pictures in the export, against those in the article. Words are compared as
//! bags (how many times each word appears on each side, case folded), so order and the
//! way runs are cut do not count; pictures by number. The report sums them
//! ("kept 99.1 % of a reader's words and 97 % of pictures") and lists each post that lost
//! any.

use folio_core::content::decode::decode_blocks;
use folio_core::content::visible::{each_text, pictures};
use scraper::{Html, Node};
use serde_json::Value;
use std::collections::HashMap;

/// The words (each with how often it appears) and the pictures of one side.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Seen {
    pub words: HashMap<String, usize>,
    pub pictures: usize,
}

impl Seen {
    fn add_text(&mut self, text: &str) {
        for w in text.split_whitespace() {
            let w: String = w
                .chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect();
            if !w.is_empty() {
                *self.words.entry(w).or_default() += 1;
            }
        }
    }

    pub fn word_count(&self) -> usize {
        self.words.values().sum()
    }
}

/// What a reader of the post on the old site sees: the text outside scripts, styles and
/// templates, as a browser lays it out (the text of inline elements runs on, so `m<sup>2</sup>`
/// is one word; a block or a line break parts words), and the `<img>`s (a parsed post, its
/// shortcodes already expanded).
pub fn in_export(doc: &Html) -> Seen {
    let mut seen = Seen::default();
    let mut text = String::new();
    shown(doc.tree.root(), &mut text, &mut seen.pictures);
    seen.add_text(&text);
    seen
}

/// Elements whose text is not shown, and the inline ones whose text runs on.
const HIDDEN: [&str; 4] = ["script", "style", "noscript", "template"];
const INLINE: [&str; 28] = [
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s",
    "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var",
];

fn shown(node: ego_tree::NodeRef<Node>, text: &mut String, pictures: &mut usize) {
    for child in node.children() {
        match child.value() {
            Node::Text(t) => text.push_str(t),
            Node::Element(e) if HIDDEN.contains(&e.name()) => {}
            Node::Element(e) => {
                if e.name() == "img" {
                    *pictures += 1;
                }
                let inline = INLINE.contains(&e.name());
                if !inline {
                    text.push(' ');
                }
                shown(child, text, pictures);
                if !inline {
                    text.push(' ');
                }
            }
            _ => {}
        }
    }
}

/// What a reader of the article sees of its body: the blocks as Folio decodes them
/// (one it would leave out shows nothing), their texts and pictures (`content::visible`).
pub fn in_article(blocks: &[Value]) -> Seen {
    let mut seen = Seen::default();
    for b in decode_blocks(blocks) {
        each_text(&b, &mut |t| seen.add_text(t));
        seen.pictures += pictures(&b);
    }
    seen
}

/// One post's words and pictures in the export, and how many of each the article keeps.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Kept {
    pub words: usize,
    pub words_kept: usize,
    pub pictures: usize,
    pub pictures_kept: usize,
}

impl Kept {
    pub fn of(export: &Seen, article: &Seen) -> Kept {
        let words_kept = export
            .words
            .iter()
            .map(|(w, n)| (*n).min(article.words.get(w).copied().unwrap_or(0)))
            .sum();
        Kept {
            words: export.word_count(),
            words_kept,
            pictures: export.pictures,
            pictures_kept: article.pictures.min(export.pictures),
        }
    }

    pub fn lost_any(&self) -> bool {
        self.words_kept < self.words || self.pictures_kept < self.pictures
    }

    pub fn add(&mut self, other: Kept) {
        self.words += other.words;
        self.words_kept += other.words_kept;
        self.pictures += other.pictures;
        self.pictures_kept += other.pictures_kept;
    }
}

/// `kept` of `all` as a percentage, one decimal (100 when there was nothing).
pub fn percent(kept: usize, all: usize) -> f64 {
    if all == 0 {
        100.0
    } else {
        (kept as f64 * 1000.0 / all as f64).floor() / 10.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn words_as_bags_and_pictures_by_number() {
        let doc = Html::parse_fragment(
            r#"<p>From Monday the <b>ferries</b> sail.</p><script>var hidden = 1;</script><figure><img src="a.jpg" alt="Not text"><figcaption>The pier</figcaption></figure><img src="b.jpg">"#,
        );
        let export = in_export(&doc);
        assert_eq!(export.word_count(), 7);
        assert_eq!(export.pictures, 2);
        let blocks = [
            json!({ "type": "paragraph", "text": ["From Monday the ", { "text": "ferries", "bold": true }, " sail."] }),
            json!({ "type": "image", "image": { "src": "a.jpg", "alt": "Not text", "caption": "The pier" } }),
        ];
        let kept = Kept::of(&export, &in_article(&blocks));
        assert_eq!(
            kept,
            Kept {
                words: 7,
                words_kept: 7,
                pictures: 2,
                pictures_kept: 1
            }
        );
        assert!(kept.lost_any());
        assert_eq!(percent(1, 2), 50.0);
        assert_eq!(percent(991, 1000), 99.1);
        assert_eq!(percent(0, 0), 100.0);
    }
}
