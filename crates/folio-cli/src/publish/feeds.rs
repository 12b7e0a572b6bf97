//! `sitemap.xml` with hreflang alternates, and one Atom feed per language.

use crate::check::meta::atom_time_of;
use crate::publish::html::esc;
use folio_core::content::model::{Article, Site};
use folio_core::i18n::words;
use std::fmt::Write;

/// Articles in a feed, newest first.
pub const FEED_SIZE: usize = 50;

/// One page of the sitemap: its URL and its versions in every language (itself included).
pub struct SitemapEntry {
    pub url: String,
    pub lastmod: String,
    pub alternates: Vec<(String, String)>,
}

pub fn sitemap(entries: &[SitemapEntry]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for e in entries {
        let _ = writeln!(
            out,
            "<url><loc>{}</loc><lastmod>{}</lastmod>",
            esc(&e.url),
            esc(&e.lastmod)
        );
        if e.alternates.len() > 1 {
            for (lang, href) in &e.alternates {
                let _ = writeln!(
                    out,
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    esc(lang),
                    esc(href)
                );
            }
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// An RFC 3339 time for Atom: `updated` when the article has one, else its date at midnight UTC.
pub fn atom_time(a: &Article) -> String {
    atom_time_of(a.updated.as_deref(), &a.date.iso())
}

/// An Atom feed (RFC 4287) of a language's newest articles (the first `FEED_SIZE` of
/// `articles`). `updated` is the latest time of all its articles (`atom_time`), `url_of`
/// gives an article's absolute URL; `listing` is the language's listing page; `self_url`
/// the feed's own.
pub fn atom(
    site: &Site,
    lang: &str,
    articles: &[&Article],
    updated: Option<String>,
    listing: &str,
    self_url: &str,
    url_of: &dyn Fn(&Article) -> String,
) -> String {
    let w = words(lang);
    let updated = updated.unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n<id>{}</id>\n<title>{}</title>\n<updated>{}</updated>\n<author><name>{}</name></author>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        esc(lang),
        esc(self_url),
        esc(&format!("{} – {}", site.name, w.articles_heading)),
        esc(&updated),
        esc(&site.name),
        esc(self_url),
        esc(listing)
    );
    for a in articles.iter().take(FEED_SIZE) {
        let url = url_of(a);
        let _ = write!(
            out,
            "<entry>\n<id>{}</id>\n<title>{}</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<published>{}T00:00:00Z</published>\n<updated>{}</updated>\n",
            esc(&url),
            esc(&a.title),
            esc(&url),
            a.date.iso(),
            esc(&atom_time(a))
        );
        for p in &a.people {
            let _ = writeln!(out, "<author><name>{}</name></author>", esc(&p.name));
        }
        if let Some(s) = &a.summary {
            let _ = writeln!(out, "<summary>{}</summary>", esc(s));
        }
        out.push_str("</entry>\n");
    }
    out.push_str("</feed>\n");
    out
}
