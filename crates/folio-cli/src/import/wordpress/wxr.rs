//! Reading a WordPress eXtended RSS export as a stream: one `Item` at a time, so a
//! 200 MB export is never in memory whole. Only the fields the importer uses are kept.

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::Event;
use quick_xml::{Reader, XmlVersion};
use std::collections::HashMap;
use std::io::BufRead;

/// A `<category>` of an item: its taxonomy (`category`, `post_tag`, `language`,
/// `post_translations`, …), its code and its label.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Term {
    pub domain: String,
    pub nicename: String,
    pub label: String,
}

/// One `<item>`: a post, a page, an attachment or anything else WordPress exports.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Item {
    pub title: String,
    pub id: u64,
    pub name: String,
    pub post_type: String,
    pub status: String,
    pub date: String,
    pub date_gmt: String,
    pub modified_gmt: String,
    /// `pubDate`, RFC 822 (`Tue, 07 Feb 2017 10:37:00 +0000`).
    pub pub_date: String,
    /// `wp:post_password`: a post only readers with the password may see.
    pub password: String,
    pub creator: String,
    pub content: String,
    pub excerpt: String,
    pub attachment_url: String,
    pub terms: Vec<Term>,
    pub meta: Vec<(String, String)>,
}

impl Item {
    pub fn meta(&self, key: &str) -> Option<&str> {
        self.meta.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    pub fn terms<'a>(&'a self, domain: &'a str) -> impl Iterator<Item = &'a Term> + 'a {
        self.terms.iter().filter(move |t| t.domain == domain)
    }
}

/// What the channel says about the site and its authors.
#[derive(Clone, Debug, Default)]
pub struct Channel {
    pub title: String,
    /// The site's address (`wp:base_site_url`, else the channel's link).
    pub base_url: String,
    pub language: String,
    /// Author login → display name.
    pub authors: Vec<(String, String)>,
    /// Polylang's translation groups: each `post_translations` term's slug → its
    /// description, the serialized map of language → post id. WordPress writes every
    /// term once, at the top of the export (`<wp:term>`), and names a post's group by
    /// its slug (`<category domain="post_translations" nicename="pll_…">`).
    pub translation_groups: HashMap<String, String>,
}

/// A `<wp:term>` of the channel, as it is read: taxonomy, slug, description.
#[derive(Default)]
struct ChannelTerm {
    taxonomy: String,
    slug: String,
    description: String,
}

/// Reads the export, calling `each` for every item; returns the channel's details. An
/// error names what is wrong and where (byte offset), and how many items were read.
pub fn read<R: BufRead>(source: R, mut each: impl FnMut(Item)) -> Result<Channel, String> {
    let mut reader = Reader::from_reader(source);
    let mut buf = Vec::new();
    let mut path: Vec<String> = Vec::new();
    let mut text = String::new();
    let mut channel = Channel::default();
    let mut item: Option<Item> = None;
    let mut term = Term::default();
    let mut meta = (String::new(), String::new());
    let mut author = (String::new(), String::new());
    let mut channel_term = ChannelTerm::default();
    let (mut is_wxr, mut closed, mut items) = (false, false, 0usize);
    loop {
        let at = reader.buffer_position();
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| format!("not well-formed XML near byte {at} ({e}); {items} item(s) were read before it"))?;
        match event {
            Event::Start(e) => {
                let name = e.name().as_ref().to_string();
                if path.is_empty() && name != "rss" {
                    return Err(format!(
                        "this is not a WordPress export: the document is <{name}>, not <rss>"
                    ));
                }
                match name.as_str() {
                    "item" => item = Some(Item::default()),
                    "category" if item.is_some() => {
                        term = Term::default();
                        for a in e.attributes().flatten() {
                            let value = a
                                .normalized_value(XmlVersion::Implicit1_0)
                                .map(|v| v.into_owned())
                                .unwrap_or_default();
                            match a.key.as_ref() {
                                "domain" => term.domain = value,
                                "nicename" => term.nicename = value,
                                _ => {}
                            }
                        }
                    }
                    _ => {}
                }
                path.push(name);
                text.clear();
            }
            Event::Text(t) => text.push_str(&t.xml10_content()),
            Event::CData(t) => text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) => {
                let name = r.xml10_content();
                match r.resolve_char_ref() {
                    Ok(Some(c)) => text.push(c),
                    _ => match resolve_predefined_entity(&name) {
                        Some(s) => text.push_str(s),
                        None => return Err(format!("an unknown entity &{name}; near byte {at}")),
                    },
                }
            }
            Event::End(_) => {
                let name = path.pop().unwrap_or_default();
                let value = std::mem::take(&mut text);
                let parent = path.last().map(String::as_str).unwrap_or("");
                match (parent, name.as_str()) {
                    ("channel", "title") => channel.title = value.trim().to_string(),
                    ("channel", "language") => channel.language = value.trim().to_string(),
                    ("channel", "wp:wxr_version") => is_wxr = true,
                    ("channel", "link") if channel.base_url.is_empty() => channel.base_url = value.trim().to_string(),
                    ("channel", "wp:base_site_url") => channel.base_url = value.trim().to_string(),
                    ("wp:author", "wp:author_login") => author.0 = value,
                    ("wp:author", "wp:author_display_name") => author.1 = value,
                    ("channel", "wp:author") => channel.authors.push(std::mem::take(&mut author)),
                    ("wp:term", "wp:term_taxonomy") => channel_term.taxonomy = value.trim().to_string(),
                    ("wp:term", "wp:term_slug") => channel_term.slug = value.trim().to_string(),
                    ("wp:term", "wp:term_description") => channel_term.description = value.trim().to_string(),
                    ("channel", "wp:term") => {
                        let t = std::mem::take(&mut channel_term);
                        if t.taxonomy == "post_translations" && !t.slug.is_empty() {
                            channel.translation_groups.insert(t.slug, t.description);
                        }
                    }
                    ("channel", "item") => {
                        if let Some(done) = item.take() {
                            items += 1;
                            each(done);
                        }
                    }
                    ("rss", "channel") => closed = true,
                    ("wp:postmeta", "wp:meta_key") => meta.0 = value,
                    ("wp:postmeta", "wp:meta_value") => meta.1 = value,
                    ("item", field) => {
                        if let Some(it) = item.as_mut() {
                            fill(it, field, value, &mut term, &mut meta);
                        }
                    }
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if !is_wxr {
        return Err("this is not a WordPress export: the channel has no <wp:wxr_version>".into());
    }
    if !closed {
        return Err(format!(
            "the export ends before </channel>: it is truncated ({items} item(s) were read; nothing was written)"
        ));
    }
    Ok(channel)
}

/// One field of an item, when its element closes.
fn fill(it: &mut Item, field: &str, value: String, term: &mut Term, meta: &mut (String, String)) {
    match field {
        "title" => it.title = value.trim().to_string(),
        "wp:post_id" => it.id = value.trim().parse().unwrap_or(0),
        "wp:post_name" => it.name = value.trim().to_string(),
        "wp:post_type" => it.post_type = value.trim().to_string(),
        "wp:status" => it.status = value.trim().to_string(),
        "wp:post_date" => it.date = value.trim().to_string(),
        "wp:post_date_gmt" => it.date_gmt = value.trim().to_string(),
        "wp:post_modified_gmt" => it.modified_gmt = value.trim().to_string(),
        "pubDate" => it.pub_date = value.trim().to_string(),
        "wp:post_password" => it.password = value,
        "dc:creator" => it.creator = value.trim().to_string(),
        "content:encoded" => it.content = value,
        "excerpt:encoded" => it.excerpt = value,
        "wp:attachment_url" => it.attachment_url = value.trim().to_string(),
        "category" => {
            term.label = value.trim().to_string();
            it.terms.push(std::mem::take(term));
        }
        "wp:postmeta" => it.meta.push(std::mem::take(meta)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXPORT: &str = r#"<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Harbour &amp; Hill</title>
  <language>en-GB</language>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:author><wp:author_login><![CDATA[ana]]></wp:author_login><wp:author_display_name><![CDATA[Ana Kirk]]></wp:author_display_name></wp:author>
  <wp:term>
    <wp:term_id>15</wp:term_id>
    <wp:term_taxonomy><![CDATA[post_translations]]></wp:term_taxonomy>
    <wp:term_slug><![CDATA[pll_58a1f0c2d3e4b]]></wp:term_slug>
    <wp:term_parent><![CDATA[]]></wp:term_parent>
    <wp:term_name><![CDATA[pll_58a1f0c2d3e4b]]></wp:term_name>
    <wp:term_description><![CDATA[a:2:{s:2:"en";i:12;s:2:"de";i:13;}]]></wp:term_description>
  </wp:term>
  <wp:term>
    <wp:term_id>2</wp:term_id>
    <wp:term_taxonomy><![CDATA[language]]></wp:term_taxonomy>
    <wp:term_slug><![CDATA[en]]></wp:term_slug>
    <wp:term_parent><![CDATA[]]></wp:term_parent>
    <wp:term_name><![CDATA[English]]></wp:term_name>
    <wp:term_description><![CDATA[a:3:{s:6:"locale";s:5:"en_US";s:3:"rtl";b:0;s:9:"flag_code";s:2:"us";}]]></wp:term_description>
  </wp:term>
  <item>
    <title><![CDATA[Ferries &amp; boats]]></title>
    <dc:creator><![CDATA[ana]]></dc:creator>
    <content:encoded><![CDATA[<p>Hello <b>there</b></p>]]></content:encoded>
    <excerpt:encoded><![CDATA[]]></excerpt:encoded>
    <wp:post_id>12</wp:post_id>
    <pubDate>Tue, 07 Feb 2017 10:37:00 +0000</pubDate>
    <wp:post_date_gmt><![CDATA[2017-02-07 10:37:00]]></wp:post_date_gmt>
    <wp:post_name><![CDATA[ferries]]></wp:post_name>
    <wp:post_password><![CDATA[]]></wp:post_password>
    <wp:status><![CDATA[publish]]></wp:status>
    <wp:post_type><![CDATA[post]]></wp:post_type>
    <category domain="category" nicename="news"><![CDATA[News &#8211; daily]]></category>
    <wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[30]]></wp:meta_value></wp:postmeta>
  </item>
</channel>
</rss>"#;

    #[test]
    fn reads_items_terms_and_meta() {
        let mut items = Vec::new();
        let channel = read(EXPORT.as_bytes(), |i| items.push(i)).unwrap();
        assert_eq!(channel.title, "Harbour & Hill");
        assert_eq!(channel.authors, vec![("ana".to_string(), "Ana Kirk".to_string())]);
        let item = &items[0];
        // CDATA is taken as it stands: an entity inside it is text.
        assert_eq!(item.title, "Ferries &amp; boats");
        assert_eq!(item.id, 12);
        assert_eq!(item.content, "<p>Hello <b>there</b></p>");
        assert_eq!(item.terms[0].nicename, "news");
        assert_eq!(item.meta("_thumbnail_id"), Some("30"));
        assert_eq!(item.pub_date, "Tue, 07 Feb 2017 10:37:00 +0000");
        assert_eq!(item.password, "");
        // Only the translation groups among the terms, by slug.
        assert_eq!(channel.translation_groups.len(), 1);
        assert_eq!(
            channel.translation_groups["pll_58a1f0c2d3e4b"],
            r#"a:2:{s:2:"en";i:12;s:2:"de";i:13;}"#
        );
    }

    #[test]
    fn a_truncated_or_foreign_file_is_refused_with_a_reason() {
        let cut = &EXPORT[..EXPORT.find("</item>").unwrap()];
        let err = read(cut.as_bytes(), |_| {}).unwrap_err();
        assert!(err.contains("truncated") || err.contains("not well-formed"), "{err}");
        let err = read("<html><body>Not found</body></html>".as_bytes(), |_| {}).unwrap_err();
        assert!(err.contains("not a WordPress export"), "{err}");
        let err = read(r#"<rss><channel><title>x</title></channel></rss>"#.as_bytes(), |_| {}).unwrap_err();
        assert!(err.contains("wxr_version"), "{err}");
        let err = read("<rss><channel>&bogus;</channel></rss>".as_bytes(), |_| {}).unwrap_err();
        assert!(err.contains("bogus"), "{err}");
        assert!(read(&b"\xff\xfe<rss>"[..], |_| {}).is_err());
    }
}
