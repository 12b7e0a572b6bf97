//! What a published page puts in `<head>` for crawlers and link previews: title,
//! description, canonical, hreflang alternates, Open Graph, a Twitter card and
//! schema.org `NewsArticle` data. On a published page each tag carries
//! `data-folio-prerender`, so the app drops them when it takes over and its own head tags
//! follow the reader from there; for a host page that embeds an article's fragment they
//! are plain (see `For`).

use crate::publish::html::{esc, json_in_script};
use folio_core::components::picture::{self, Place};
use folio_core::content::endpoint::Endpoint;
use folio_core::content::head::{description, page_title, x_default};
use folio_core::content::model::{Article, Site};
use folio_core::content::url::UrlUse;
use folio_core::i18n::negotiate::og_locale;
use serde_json::json;
use std::fmt::Write;

/// Whom the tags are for: a published page (each marked `data-folio-prerender`, so the
/// app drops them when it takes over), or a host page that embeds the article's fragment
/// (unmarked, and without canonical and hreflang links: the host page has its own
/// address).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum For {
    Page,
    Host,
}

impl For {
    fn mark(self) -> &'static str {
        match self {
            For::Page => "data-folio-prerender ",
            For::Host => "",
        }
    }
}

fn meta(out: &mut String, f: For, key: &str, name: &str, content: &str) {
    let mark = f.mark();
    let _ = write!(out, r#"<meta {mark}{key}="{}" content="{}">"#, esc(name), esc(content));
}

fn link(out: &mut String, f: For, rel: &str, hreflang: Option<&str>, href: &str) {
    let lang = hreflang
        .map(|l| format!(r#" hreflang="{}""#, esc(l)))
        .unwrap_or_default();
    let mark = f.mark();
    let _ = write!(out, r#"<link {mark}rel="{rel}"{lang} href="{}">"#, esc(href));
}

/// The page's `<title>` text, as the app sets it.
pub fn article_title(a: &Article, site: &Site) -> String {
    page_title(a, site)
}

/// The canonical link (the first version's URL), the hreflang alternates and x-default.
fn addresses(out: &mut String, f: For, site: &Site, versions: &[(String, String)]) {
    link(out, f, "canonical", None, &versions[0].1);
    for (lang, href) in versions {
        link(out, f, "alternate", Some(lang), href);
    }
    if let Some((_, href)) = x_default(versions, site) {
        link(out, f, "alternate", Some("x-default"), href);
    }
}

/// `versions`: every language the article is published in, `(lang, absolute URL)`, its
/// own first. `absolute`: the endpoint as absolute URLs, for images in previews.
pub fn article_head(a: &Article, site: &Site, versions: &[(String, String)], absolute: &Endpoint, f: For) -> String {
    let mut out = String::new();
    let description = description(a).to_string();
    let url = &versions[0].1;
    meta(&mut out, f, "name", "description", &description);
    if f == For::Page {
        addresses(&mut out, f, site, versions);
    }
    meta(&mut out, f, "property", "og:type", "article");
    meta(&mut out, f, "property", "og:site_name", &site.name);
    meta(&mut out, f, "property", "og:title", &a.title);
    meta(&mut out, f, "property", "og:description", &description);
    meta(&mut out, f, "property", "og:url", url);
    meta(&mut out, f, "property", "og:locale", &og_locale(&a.language));
    for (lang, _) in &versions[1..] {
        meta(&mut out, f, "property", "og:locale:alternate", &og_locale(lang));
    }
    let image = a
        .image
        .as_ref()
        .and_then(|i| Some((absolute.resolve(&i.src, UrlUse::Image)?, i)));
    if let Some((src, i)) = &image {
        meta(&mut out, f, "property", "og:image", src);
        if !i.alt.is_empty() {
            meta(&mut out, f, "property", "og:image:alt", &i.alt);
        }
        if let (Some(w), Some(h)) = (i.width, i.height) {
            meta(&mut out, f, "property", "og:image:width", &w.to_string());
            meta(&mut out, f, "property", "og:image:height", &h.to_string());
        }
    }
    meta(&mut out, f, "property", "article:published_time", &a.date.iso());
    if let Some(u) = &a.updated {
        meta(&mut out, f, "property", "article:modified_time", u);
    }
    for topic in &a.topics {
        meta(
            &mut out,
            f,
            "property",
            "article:tag",
            site.topic_label(topic, &a.language),
        );
    }
    let card = if image.is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    meta(&mut out, f, "name", "twitter:card", card);
    meta(&mut out, f, "name", "twitter:title", &a.title);
    meta(&mut out, f, "name", "twitter:description", &description);
    if let Some((src, i)) = &image {
        meta(&mut out, f, "name", "twitter:image", src);
        if !i.alt.is_empty() {
            meta(&mut out, f, "name", "twitter:image:alt", &i.alt);
        }
    }
    // JSON-LD is data, not script: browsers never execute this type, and CSP allows it.
    let mut ld = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "description": description,
        "inLanguage": a.language,
        "datePublished": a.date.iso(),
        "url": url,
        "mainEntityOfPage": url,
        "publisher": { "@type": "Organization", "name": site.name },
    });
    if let Some(u) = &a.updated {
        ld["dateModified"] = json!(u);
    }
    if let Some((src, _)) = &image {
        ld["image"] = json!([src]);
    }
    if !a.people.is_empty() {
        ld["author"] = a
            .people
            .iter()
            .map(|p| {
                let mut person = json!({ "@type": "Person", "name": p.name });
                if let Some(u) = &p.url {
                    person["url"] = json!(u);
                }
                person
            })
            .collect();
    }
    let _ = write!(
        out,
        r#"<script {}type="application/ld+json">{}</script>"#,
        f.mark(),
        json_in_script(&ld)
    );
    out
}

/// A listing page's head: description, canonical, alternates, Open Graph as a website.
pub fn listing_head(site: &Site, title: &str, versions: &[(String, String)]) -> String {
    let f = For::Page;
    let mut out = String::new();
    let url = &versions[0].1;
    meta(&mut out, f, "name", "description", title);
    addresses(&mut out, f, site, versions);
    meta(&mut out, f, "property", "og:type", "website");
    meta(&mut out, f, "property", "og:site_name", &site.name);
    meta(&mut out, f, "property", "og:title", title);
    meta(&mut out, f, "property", "og:url", url);
    out
}

/// A published page's preload of its lead image, when it has WebP variants: the same
/// `srcset` and `sizes` as the page's `<picture>`, so the browser fetches the file it
/// will show before it reaches the `<img>` (`endpoint`: the page's own, so the URLs
/// are the same as the picture's).
pub fn lead_preload(a: &Article, endpoint: &Endpoint) -> String {
    let Some(image) = &a.image else { return String::new() };
    let Some(srcset) = picture::srcset(image, "image/webp", endpoint, None) else {
        return String::new();
    };
    format!(
        r#"<link data-folio-prerender rel="preload" as="image" type="image/webp" imagesrcset="{}" imagesizes="{}" fetchpriority="high">"#,
        esc(&srcset),
        esc(picture::sizes(Place::Column))
    )
}
