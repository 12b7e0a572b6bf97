//! The structure of a post that maps onto the contract's structured blocks: tables
//! (block and classic, with their caption, header row and column, spans), lists nested
//! as they are, definition lists (a list with each term in bold), galleries (the block
//! editor's and `[gallery]`'s figure, each picture with its own caption), and
//! preformatted text (code, `wp:preformatted`, `wp:verse`) kept as written.

use super::body::{caption_of, class_has, Converter};
use super::runs::{Runs, Style};
use ego_tree::NodeRef;
use scraper::node::Element;
use scraper::Node;
use serde_json::{json, Value};

fn element(node: NodeRef<'_, Node>) -> Option<&Element> {
    node.value().as_element()
}

fn named<'a>(node: NodeRef<'a, Node>, names: &'a [&str]) -> impl Iterator<Item = NodeRef<'a, Node>> + 'a {
    node.children()
        .filter(move |c| element(*c).is_some_and(|e| names.contains(&e.name())))
}

fn cells_of(row: NodeRef<'_, Node>) -> Vec<NodeRef<'_, Node>> {
    named(row, &["td", "th"]).collect()
}

/// A span attribute as the contract takes it (1 when absent or not a number).
fn span(el: &Element, name: &str) -> Option<u64> {
    el.attr(name)
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(|n| n.clamp(1, u64::from(folio_core::content::model::MAX_SPAN)))
        .filter(|n| *n > 1)
}

/// The text of a `<pre>` as written: its text, a `<br>` a line break.
fn pre_text(node: NodeRef<Node>, out: &mut String) {
    for child in node.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) if e.name() == "br" => out.push('\n'),
            Node::Element(_) => pre_text(child, out),
            _ => {}
        }
    }
}

impl Converter<'_> {
    /// A table: the rows of its head, bodies and foot in order; the first row is the
    /// header row when it is in `<thead>` or all `<th>`, the first column the header
    /// column when every other row starts with a `<th>`.
    pub(super) fn table(&mut self, node: NodeRef<Node>, caption: Option<String>) {
        let mut rows: Vec<NodeRef<Node>> = Vec::new();
        let mut head_rows = 0;
        for part in named(node, &["thead", "tbody", "tfoot", "tr"]) {
            let is_head = element(part).is_some_and(|e| e.name() == "thead");
            if element(part).is_some_and(|e| e.name() == "tr") {
                rows.push(part);
                continue;
            }
            let before = rows.len();
            rows.extend(named(part, &["tr"]));
            if is_head && before == 0 {
                head_rows = rows.len();
            }
        }
        let is_th = |c: &NodeRef<Node>| element(*c).is_some_and(|e| e.name() == "th");
        let header_row = head_rows > 0
            || rows
                .first()
                .is_some_and(|r| !cells_of(*r).is_empty() && cells_of(*r).iter().all(is_th));
        let body = &rows[usize::from(header_row)..];
        let header_column = !body.is_empty() && body.iter().all(|r| cells_of(*r).first().is_some_and(is_th));
        let caption = caption
            .or_else(|| named(node, &["caption"]).next().map(super::body::text_of))
            .filter(|c| !c.is_empty());
        let mut out: Vec<Value> = Vec::new();
        for row in &rows {
            let cells: Vec<Value> = cells_of(*row).into_iter().map(|c| self.cell(c)).collect();
            if !cells.is_empty() {
                out.push(Value::Array(cells));
            }
        }
        let has_text = out
            .iter()
            .flat_map(|r| r.as_array().into_iter().flatten())
            .any(|c| c != &json!([]) && c.get("text") != Some(&json!([])));
        if !has_text {
            return self.reduce("a table without text dropped");
        }
        if head_rows > 1 {
            self.reduce("a table's second header row written as a row of its body");
        }
        let mut block = json!({ "type": "table", "rows": out });
        if header_row {
            block["header_row"] = json!(true);
        }
        if header_column {
            block["header_column"] = json!(true);
        }
        if let Some(c) = caption {
            block["caption"] = json!(c);
        }
        self.push(block);
    }

    /// A cell: its runs, or `{ text, colspan, rowspan }` when it spans.
    fn cell(&mut self, node: NodeRef<Node>) -> Value {
        let mut runs = Runs::default();
        self.inline(node, &Style::default(), &mut runs);
        let text = Value::Array(runs.take());
        let Some(el) = element(node) else { return text };
        let (colspan, rowspan) = (span(el, "colspan"), span(el, "rowspan"));
        if colspan.is_none() && rowspan.is_none() {
            return text;
        }
        let mut cell = json!({ "text": text });
        if let Some(n) = colspan {
            cell["colspan"] = json!(n);
        }
        if let Some(n) = rowspan {
            cell["rowspan"] = json!(n);
        }
        cell
    }

    pub(super) fn list(&mut self, node: NodeRef<Node>, ordered: bool) {
        let items = self.list_items(node);
        if !items.is_empty() {
            self.push(json!({ "type": "list", "ordered": ordered, "items": items }));
        }
    }

    /// The items of a list, each with the lists nested in it (a second nested list of
    /// one item joins the first's items).
    fn list_items(&mut self, node: NodeRef<Node>) -> Vec<Value> {
        let mut items = Vec::new();
        for li in named(node, &["li"]) {
            let mut runs = Runs::default();
            let mut nested: Option<(bool, Vec<Value>)> = None;
            for child in li.children() {
                match child.value() {
                    Node::Element(e) if e.name() == "ul" || e.name() == "ol" => {
                        let more = self.list_items(child);
                        match nested.as_mut() {
                            Some((_, items)) => items.extend(more),
                            None => nested = Some((e.name() == "ol", more)),
                        }
                    }
                    Node::Element(e) => self.inline_element(child, e, &Style::default(), &mut runs),
                    Node::Text(t) => runs.push(t, &Style::default()),
                    _ => {}
                }
            }
            let text = Value::Array(runs.take());
            match nested.filter(|(_, items)| !items.is_empty()) {
                Some((ordered, list)) => {
                    items.push(json!({ "text": text, "list": { "ordered": ordered, "items": list } }))
                }
                None if text != json!([]) => items.push(text),
                None => {}
            }
        }
        items
    }

    /// A definition list: an item per term, the term in bold, then its definitions.
    pub(super) fn definitions(&mut self, node: NodeRef<Node>) {
        let mut items: Vec<Runs> = Vec::new();
        for child in named(node, &["dt", "dd"]) {
            let is_term = element(child).is_some_and(|e| e.name() == "dt");
            if is_term || items.is_empty() {
                items.push(Runs::default());
            }
            let Some(runs) = items.last_mut() else { continue };
            let mut style = Style::default();
            if is_term {
                style.bold = true;
            } else if !runs.is_blank() {
                runs.push(": ", &Style::default());
            }
            let mut own = std::mem::take(runs);
            self.inline(child, &style, &mut own);
            *runs = own;
        }
        let items: Vec<Value> = items
            .into_iter()
            .filter(|r| !r.is_blank())
            .map(|mut r| Value::Array(r.take()))
            .collect();
        if !items.is_empty() {
            self.push(json!({ "type": "list", "items": items }));
        }
    }

    /// A gallery: a gallery block of its pictures, each with the caption of its own
    /// figure, and the set's caption; one picture left is an image block.
    pub(super) fn gallery(&mut self, node: NodeRef<Node>, caption: Option<String>) {
        let mut images = Vec::new();
        for d in node.descendants() {
            let Some(img) = element(d).filter(|e| e.name() == "img") else {
                continue;
            };
            let own = d
                .ancestors()
                .take_while(|a| a.id() != node.id())
                .find(|a| element(*a).is_some_and(|e| e.name() == "figure"))
                .and_then(caption_of);
            if let Some(image) = self.image_json(img, own) {
                images.push(image);
            }
        }
        match images.len() {
            0 => {}
            1 => {
                let image = images.pop().unwrap_or_default();
                self.push(json!({ "type": "image", "image": image }));
                if let Some(c) = caption {
                    self.push(json!({ "type": "paragraph", "text": [c] }));
                }
            }
            _ => {
                let mut block = json!({ "type": "gallery", "images": images });
                if let Some(c) = caption {
                    block["caption"] = json!(c);
                }
                self.push(block);
            }
        }
    }

    /// Preformatted text as written: a `code` block (`wp:code`, `wp:preformatted`, a
    /// classic `<pre>`), its language from a `language-…` class; `wp:verse` a verse.
    pub(super) fn pre(&mut self, node: NodeRef<Node>, el: &Element) {
        let mut text = String::new();
        pre_text(node, &mut text);
        let text = text.trim_end().trim_start_matches('\n').to_string();
        if text.trim().is_empty() {
            return;
        }
        let mut block = json!({ "type": "code", "text": text });
        if class_has(el, "wp-block-verse") {
            block["verse"] = json!(true);
        }
        let language = node
            .descendants()
            .filter_map(|d| element(d)?.attr("class"))
            .flat_map(str::split_whitespace)
            .find_map(|c| c.strip_prefix("language-").or_else(|| c.strip_prefix("lang-")))
            .filter(|l| !l.is_empty());
        if let Some(l) = language {
            block["language"] = json!(l);
        }
        self.push(block);
    }
}
