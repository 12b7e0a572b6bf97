//! Posts from X/Twitter, Facebook, Instagram and Mastodon as the export holds them: the
//! embed code their sites give, pasted into a post (a `<blockquote>` with the post's text,
//! then the network's script, which is never kept). A post whose text is in the export
//! becomes a quote of that text, attributed to its author, ending with a link to the post
//! (its date, as the embed wrote it); one whose text is not (Mastodon's embeds hold only
//! an address) a paragraph linking to it. Nothing is ever requested from the networks.

use super::body::{text_of, Converter};
use super::runs::{Runs, Style};
use ego_tree::NodeRef;
use folio_core::content::url::{checked, UrlUse};
use scraper::node::Element;
use scraper::Node;
use serde_json::{json, Value};

/// Which network's embed an element is, if any.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Network {
    X,
    Facebook,
    Instagram,
    Mastodon,
}

fn network(el: &Element) -> Option<Network> {
    let has = |word: &str| {
        el.attr("class")
            .is_some_and(|c| c.split_whitespace().any(|w| w == word))
    };
    if has("twitter-tweet") {
        Some(Network::X)
    } else if has("fb-xfbml-parse-ignore") {
        Some(Network::Facebook)
    } else if has("instagram-media") {
        Some(Network::Instagram)
    } else if has("mastodon-embed") {
        Some(Network::Mastodon)
    } else {
        None
    }
}

/// An address as a link Folio accepts: http(s) only, with the embed's tracking query
/// (`utm_…`, `ref_src`) taken off.
fn post_link(raw: &str) -> Option<String> {
    let link = checked(raw.trim(), UrlUse::Link).filter(|l| l.starts_with("http"))?;
    let Ok(mut url) = url::Url::parse(&link) else {
        return Some(link);
    };
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| !k.starts_with("utm_") && k != "ref_src")
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        url.set_query(None);
    } else {
        url.query_pairs_mut().clear().extend_pairs(kept);
    }
    Some(url.to_string())
}

fn elements<'a>(node: NodeRef<'a, Node>) -> impl Iterator<Item = (NodeRef<'a, Node>, &'a Element)> {
    node.descendants().filter_map(|d| Some((d, d.value().as_element()?)))
}

/// The post's own address, as each network's embed names it.
fn address(net: Network, node: NodeRef<Node>, el: &Element) -> Option<String> {
    let raw = match net {
        // The last link of a tweet is its date, pointing at the post.
        Network::X => elements(node)
            .filter(|(_, e)| e.name() == "a")
            .filter_map(|(_, e)| e.attr("href"))
            .filter(|h| h.contains("/status/"))
            .last()?
            .to_string(),
        Network::Facebook => el.attr("cite")?.to_string(),
        Network::Instagram => el.attr("data-instgrm-permalink")?.to_string(),
        Network::Mastodon => el
            .attr("data-embed-url")
            .or_else(|| el.attr("src"))?
            .trim_end_matches('/')
            .trim_end_matches("/embed")
            .to_string(),
    };
    post_link(&raw)
}

/// The text of a link to the post: the date the embed shows on it, if any.
fn date_text(net: Network, node: NodeRef<Node>, link: &str) -> Option<String> {
    let found = match net {
        Network::Instagram => elements(node)
            .find(|(_, e)| e.name() == "time")
            .map(|(d, _)| text_of(d)),
        _ => elements(node)
            .filter(|(_, e)| e.name() == "a")
            .filter(|(_, e)| e.attr("href").and_then(post_link).as_deref() == Some(link))
            .map(|(d, _)| text_of(d))
            .last(),
    };
    found.filter(|t| !t.is_empty())
}

/// The author, as the embed names them under the text.
fn author(net: Network, node: NodeRef<Node>) -> Option<String> {
    let text = match net {
        // `— Name (@handle) <a>date</a>`: the text between the post and its date.
        Network::X => node
            .children()
            .filter_map(|c| match c.value() {
                Node::Text(t) => Some(t.to_string()),
                _ => None,
            })
            .collect::<String>(),
        // `Posted by <a>Name</a> on <a>date</a>`: the first link outside the post's text.
        Network::Facebook => node
            .children()
            .find(|c| c.value().as_element().is_some_and(|e| e.name() == "a"))
            .map(text_of)?,
        // `A post shared by <a>Name</a> (@handle) on <time>…`: the last paragraph's words
        // before " on ".
        Network::Instagram => {
            let last = elements(node).filter(|(_, e)| e.name() == "p").last()?.0;
            let all = text_of(last);
            let all = all.strip_prefix("A post shared by ").unwrap_or(&all).to_string();
            all.rsplit_once(" on ").map_or(all.clone(), |(who, _)| who.to_string())
        }
        Network::Mastodon => return None,
    };
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = text.trim_start_matches(['—', '–', '-', ' ']).trim().to_string();
    (!text.is_empty()).then_some(text)
}

impl Converter<'_> {
    /// A network's post inside a paragraph: the paragraph so far, then the post; `true`
    /// when `el` is one.
    pub(super) fn social_in_paragraph(&mut self, node: NodeRef<Node>, el: &Element, runs: &mut Runs) -> bool {
        if network(el).is_none() {
            return false;
        }
        if !runs.is_blank() {
            let text = runs.take();
            self.push(json!({ "type": "paragraph", "text": text }));
        }
        self.social(node, el)
    }

    /// A network's post: `true` when `el` is one (and it is now in the body).
    pub(super) fn social(&mut self, node: NodeRef<Node>, el: &Element) -> bool {
        let Some(net) = network(el) else { return false };
        let Some(link) = address(net, node, el) else {
            self.reduce(format!("a {net:?} post without an address dropped"));
            return true;
        };
        let mut runs = Runs::default();
        if net != Network::Mastodon {
            // The post's words: its paragraphs (Instagram's first holds the caption).
            let paragraphs: Vec<NodeRef<Node>> = elements(node)
                .filter(|(_, e)| e.name() == "p")
                .map(|(d, _)| d)
                .collect();
            let take = if net == Network::Instagram { 1 } else { paragraphs.len() };
            for p in paragraphs.into_iter().take(take) {
                if !runs.is_blank() {
                    runs.push(" ", &Style::default());
                }
                // Instagram links its caption to the post: the words, without the link.
                let style = Style::default();
                if net == Network::Instagram {
                    runs.push(&text_of(p), &style);
                } else {
                    self.inline(p, &style, &mut runs);
                }
            }
        }
        let date = date_text(net, node, &link);
        if runs.is_blank() {
            let shown = match net {
                Network::Mastodon => elements(node)
                    .filter(|(_, e)| e.name() == "div")
                    .map(|(d, _)| text_of(d))
                    .find(|t| !t.is_empty())
                    .unwrap_or_else(|| link.clone()),
                _ => date.unwrap_or_else(|| link.clone()),
            };
            self.reduce(format!(
                "a {net:?} post whose text is not in the export written as a link to it"
            ));
            self.push(json!({ "type": "paragraph", "text": [{ "text": shown, "link": link }] }));
            return true;
        }
        let mut text = runs.take();
        text.push(json!(" "));
        text.push(json!({ "text": date.unwrap_or_else(|| link.clone()), "link": link }));
        let mut block = json!({ "type": "quote", "text": Value::Array(text) });
        if let Some(who) = author(net, node) {
            block["cite"] = json!(who);
        }
        self.push(block);
        true
    }
}
