//! The same markup the app renders (`components/`, `pages/`), written as static HTML:
//! the same elements, classes and order, with no whitespace between tags (the app's
//! views have none), so Folio's first render lands on an identical page.

use super::html::esc;
use super::resolve::PageEndpoint;
use crate::content::files::{article_path, listing_path};
use crate::content::model::{Article, Block, Card, Image, Site, Text};
use crate::content::url::UrlUse;
use crate::i18n::choices::{language_choices, ArticleLanguages};
use crate::i18n::dates::format_date;
use crate::i18n::{fill, kind_label, words};
use crate::listing::query::PER_PAGE;
use crate::listing::recommend::pick;
use crate::share::icons::icon_paths;
use crate::share::link_label;
use crate::share::links::{share_link, Shared};
use std::fmt::Write;

/// What every page of one language shares.
pub struct Page<'a> {
    pub site: &'a Site,
    pub lang: &'a str,
    pub base: &'a str,
    pub endpoint: &'a PageEndpoint,
}

fn time(p: &Page, date: crate::content::date::Date) -> String {
    format!(
        r#"<time datetime="{}">{}</time>"#,
        date.iso(),
        esc(&format_date(date, p.lang, p.site.date_style))
    )
}

/// The header: the site's name and the switcher. Without JavaScript the switcher is a
/// `<details>` that opens the same list; the app replaces it with its button.
pub fn header(p: &Page, article: Option<&ArticleLanguages>) -> String {
    let w = words(p.lang);
    let mut out = format!(
        r##"<header class="folio-header"><a class="folio-skip" href="#folio-main">{}</a><div class="folio-header-inner"><a class="folio-site-name" href="{}">{}</a>"##,
        esc(w.skip_to_content),
        esc(&listing_path(p.base, p.lang)),
        esc(&p.site.name)
    );
    let _ = write!(
        out,
        r#"<details class="folio-languages"><summary class="folio-languages-button"><span class="folio-visually-hidden">{}: </span><span class="folio-current-language">{}</span><svg class="folio-chevron" aria-hidden="true" viewBox="0 0 12 12" width="12" height="12"><path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.6"></path></svg></summary><ul class="folio-language-list" aria-label="{}">"#,
        esc(w.languages_label),
        esc(p.lang),
        esc(w.languages_label)
    );
    for c in language_choices(&p.site.languages, p.lang, article, p.base) {
        let code = esc(&c.code);
        match c.href {
            Some(href) => {
                let current = if c.current { r#" aria-current="true""# } else { "" };
                let _ = write!(
                    out,
                    r#"<li><a class="folio-language" href="{}" lang="{code}" hreflang="{code}"{current}>{}</a></li>"#,
                    esc(&href),
                    esc(&c.name)
                );
            }
            None => {
                let _ = write!(
                    out,
                    r#"<li><span class="folio-language folio-language-unavailable" aria-disabled="true"><span lang="{code}">{}</span><span class="folio-visually-hidden"> – {}</span></span></li>"#,
                    esc(&c.name),
                    esc(w.translation_missing)
                );
            }
        }
    }
    out.push_str("</ul></details></div></header>");
    out
}

fn text(p: &Page, text: &Text) -> String {
    let mut out = String::new();
    for run in text {
        let mut s = esc(&run.text);
        if run.italic {
            s = format!("<em>{s}</em>");
        }
        if run.bold {
            s = format!("<strong>{s}</strong>");
        }
        if let Some(href) = run.link.as_deref().and_then(|l| p.endpoint.resolve(l, UrlUse::Link)) {
            s = format!(r#"<a href="{}">{s}</a>"#, esc(&href));
        }
        out.push_str(&s);
    }
    out
}

fn size(name: &str, value: Option<u32>) -> String {
    value.map(|v| format!(r#" {name}="{v}""#)).unwrap_or_default()
}

fn figure(p: &Page, image: &Image, lead: bool) -> String {
    let Some(src) = p.endpoint.resolve(&image.src, UrlUse::Image) else {
        return String::new();
    };
    let class = if lead {
        "folio-figure folio-lead-image"
    } else {
        "folio-figure"
    };
    let mut out = format!(
        r#"<figure class="{class}"><img class="folio-image" src="{}" alt="{}"{}{} loading="{}" decoding="async">"#,
        esc(&src),
        esc(&image.alt),
        size("width", image.width),
        size("height", image.height),
        if lead { "eager" } else { "lazy" }
    );
    let credit = image
        .credit
        .as_ref()
        .map(|c| fill(words(p.lang).photo_credit, &[("credit", c)]));
    if image.caption.is_some() || credit.is_some() {
        out.push_str(r#"<figcaption class="folio-caption">"#);
        if let Some(c) = &image.caption {
            let _ = write!(out, r#"<span class="folio-caption-text">{}</span>"#, esc(c));
        }
        if let Some(c) = credit {
            let _ = write!(out, r#"<span class="folio-credit">{}</span>"#, esc(&c));
        }
        out.push_str("</figcaption>");
    }
    out.push_str("</figure>");
    out
}

fn block(p: &Page, b: &Block, out: &mut String) {
    match b {
        Block::Paragraph(t) => {
            let _ = write!(out, "<p>{}</p>", text(p, t));
        }
        Block::Heading { level, text: t } => {
            let l = (*level).clamp(2, 6);
            let _ = write!(out, "<h{l}>{}</h{l}>", text(p, t));
        }
        Block::Quote { text: t, cite } => {
            let _ = write!(
                out,
                r#"<figure class="folio-quote"><blockquote><p>{}</p></blockquote>"#,
                text(p, t)
            );
            if let Some(c) = cite {
                let _ = write!(out, "<figcaption><cite>{}</cite></figcaption>", esc(c));
            }
            out.push_str("</figure>");
        }
        Block::List { ordered, items } => {
            let tag = if *ordered { "ol" } else { "ul" };
            let _ = write!(out, "<{tag}>");
            for item in items {
                let _ = write!(out, "<li>{}</li>", text(p, item));
            }
            let _ = write!(out, "</{tag}>");
        }
        Block::Image(image) => out.push_str(&figure(p, image, false)),
        Block::Divider => out.push_str(r#"<hr class="folio-divider">"#),
    }
}

fn icon(channel: &str) -> String {
    let mut out = String::from(
        r#"<svg class="folio-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">"#,
    );
    for d in icon_paths(channel) {
        let _ = write!(
            out,
            r#"<path d="{d}" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"></path>"#
        );
    }
    out.push_str("</svg>");
    out
}

/// Share links as plain links. The buttons that need JavaScript (copy, the device's
/// share sheet, Mastodon's server question) arrive with the app.
fn share(p: &Page, shared: &Shared) -> String {
    let w = words(p.lang);
    let mut out = format!(
        r#"<section class="folio-share" aria-labelledby="folio-share-heading"><h2 id="folio-share-heading">{}</h2><ul class="folio-share-list">"#,
        esc(w.share_heading)
    );
    for channel in &p.site.share {
        let Some(href) = share_link(channel, shared) else {
            continue;
        };
        let label = link_label(w, channel);
        let external = channel != "email";
        let (target, hidden) = if external {
            (
                r#" target="_blank" rel="noopener noreferrer""#,
                format!("{label} {}", w.opens_new_tab),
            )
        } else {
            ("", label.clone())
        };
        let _ = write!(
            out,
            r#"<li><a class="folio-share-button folio-share-{}" href="{}"{target} title="{}">{}<span class="folio-visually-hidden">{}</span></a></li>"#,
            esc(channel),
            esc(&href),
            esc(&label),
            icon(channel),
            esc(&hidden)
        );
    }
    out.push_str(r#"</ul><p class="folio-share-status" role="status"></p></section>"#);
    out
}

/// A card as in `components/card.rs` (no search marks: published pages are unfiltered).
pub fn card(p: &Page, c: &Card, level: u8, with_summary: bool) -> String {
    let w = words(p.lang);
    let mut out = String::from(r#"<li class="folio-card"><div class="folio-card-media">"#);
    let image = c
        .image
        .as_ref()
        .and_then(|i| Some((p.endpoint.resolve(&i.src, UrlUse::Image)?, i)));
    match image {
        Some((src, i)) => {
            let _ = write!(
                out,
                r#"<img class="folio-card-image" src="{}" alt="{}" width="{}" height="{}" loading="lazy" decoding="async">"#,
                esc(&src),
                esc(&i.alt),
                i.width.unwrap_or(480),
                i.height.unwrap_or(270)
            );
            if let Some(credit) = &i.credit {
                let _ = write!(
                    out,
                    r#"<span class="folio-card-credit">{}</span>"#,
                    esc(&fill(w.photo_credit, &[("credit", credit)]))
                );
            }
        }
        None => out.push_str(r#"<div class="folio-card-placeholder" aria-hidden="true"></div>"#),
    }
    let h = if level == 2 { "h2" } else { "h3" };
    let _ = write!(
        out,
        r#"</div><div class="folio-card-body"><p class="folio-card-kind">{}</p><{h} class="folio-card-title"><a class="folio-card-link" href="{}" title="{}">{}</a></{h}>"#,
        esc(&kind_label(p.site, &c.kind, p.lang)),
        esc(&article_path(p.base, p.lang, &c.slug)),
        esc(&c.title),
        esc(&c.title)
    );
    if with_summary {
        if let Some(s) = &c.summary {
            let _ = write!(out, r#"<p class="folio-card-summary">{}</p>"#, esc(s));
        }
    }
    let _ = write!(out, r#"<p class="folio-card-date">{}</p></div></li>"#, time(p, c.date));
    out
}

/// The article, as `components/article_view.rs` renders it once everything has loaded.
pub fn article(p: &Page, a: &Article, url: &str, index: &[Card]) -> String {
    let w = words(p.lang);
    let mut out = format!(
        r#"<article class="folio-article" lang="{}"><header class="folio-article-header"><p class="folio-meta"><span class="folio-kind">{}</span><span class="folio-meta-separator" aria-hidden="true"> | </span>{}</p><h1 class="folio-title" id="folio-title" tabindex="-1" elementtiming="folio-title">{}</h1>"#,
        esc(&a.language),
        esc(&kind_label(p.site, &a.kind, p.lang)),
        time(p, a.date),
        esc(&a.title)
    );
    if let Some(s) = &a.subtitle {
        let _ = write!(out, r#"<p class="folio-subtitle">{}</p>"#, esc(s));
    }
    out.push_str("</header>");
    if let Some(image) = &a.image {
        out.push_str(&figure(p, image, true));
    }
    out.push_str(r#"<div class="folio-body">"#);
    for b in &a.body {
        block(p, b, &mut out);
    }
    out.push_str("</div>");
    if !a.people.is_empty() {
        let heading = p
            .site
            .people_heading
            .get(p.lang)
            .map(String::as_str)
            .unwrap_or(w.people_heading);
        let _ = write!(
            out,
            r#"<section class="folio-people" aria-labelledby="folio-people-heading"><h2 id="folio-people-heading">{}</h2><ul class="folio-people-list">"#,
            esc(heading)
        );
        for person in &a.people {
            out.push_str(r#"<li class="folio-person">"#);
            if let Some((src, alt)) = person
                .photo
                .as_ref()
                .and_then(|ph| Some((p.endpoint.resolve(&ph.src, UrlUse::Image)?, &ph.alt)))
            {
                let _ = write!(
                    out,
                    r#"<img class="folio-person-photo" src="{}" alt="{}" width="96" height="96" loading="lazy" decoding="async">"#,
                    esc(&src),
                    esc(alt)
                );
            }
            out.push_str(r#"<span class="folio-person-text">"#);
            match person.url.as_deref().and_then(|u| p.endpoint.resolve(u, UrlUse::Link)) {
                Some(href) => {
                    let _ = write!(
                        out,
                        r#"<a class="folio-person-name" href="{}">{}</a>"#,
                        esc(&href),
                        esc(&person.name)
                    );
                }
                None => {
                    let _ = write!(out, r#"<span class="folio-person-name">{}</span>"#, esc(&person.name));
                }
            }
            if let Some(role) = &person.role {
                let _ = write!(out, r#"<span class="folio-person-role">{}</span>"#, esc(role));
            }
            out.push_str("</span></li>");
        }
        out.push_str("</ul></section>");
    }
    if !p.site.share.is_empty() {
        let shared = Shared {
            title: a.title.clone(),
            summary: a.summary.clone(),
            url: url.to_string(),
        };
        out.push_str(&share(p, &shared));
    }
    let _ = write!(
        out,
        r#"<section class="folio-recommended" aria-labelledby="folio-recommended-heading"><h2 id="folio-recommended-heading">{}</h2><ul class="folio-cards">"#,
        esc(w.recommended_heading)
    );
    for c in pick(a, index) {
        out.push_str(&card(p, &c, 3, false));
    }
    out.push_str("</ul></section></article>");
    out
}

fn select(id: &str, label: &str, all: &str, options: &[(String, String)]) -> String {
    let mut out = format!(
        r#"<div class="folio-filter"><label for="{id}">{}</label><select id="{id}"><option value="" selected="">{}</option>"#,
        esc(label),
        esc(all)
    );
    for (value, text) in options {
        let _ = write!(out, r#"<option value="{}">{}</option>"#, esc(value), esc(text));
    }
    out.push_str("</select></div>");
    out
}

/// The listing's first page, unfiltered, as `pages/listing.rs` renders it.
pub fn listing(p: &Page, index: &crate::content::model::Index) -> String {
    let w = words(p.lang);
    let (kinds, topics) = crate::listing::filter_options(index, p.site, p.lang);
    let mut out = format!(
        r#"<section class="folio-listing" aria-labelledby="folio-listing-heading"><h1 id="folio-listing-heading">{}</h1><form class="folio-filters" role="search"><div class="folio-filter folio-search"><label for="folio-search">{}</label><input id="folio-search" type="search"></div>{}{}</form>"#,
        esc(w.articles_heading),
        esc(w.search_label),
        select("folio-filter-kind", w.filter_kind, w.filter_all, &kinds),
        select("folio-filter-topic", w.filter_topic, w.filter_all, &topics)
    );
    let total = index.articles.len();
    let _ = write!(
        out,
        r#"<p class="folio-results-count" role="status">{}</p>"#,
        esc(&fill(w.results_count, &[("count", &total.to_string())]))
    );
    if total == 0 {
        let _ = write!(
            out,
            r#"<div class="folio-notice folio-no-results"><p>{}</p></div>"#,
            esc(w.no_articles)
        );
    }
    out.push_str(r#"<ul class="folio-cards folio-cards-listing">"#);
    for c in index.articles.iter().take(PER_PAGE) {
        out.push_str(&card(p, c, 2, true));
    }
    out.push_str("</ul>");
    let pages = total.div_ceil(PER_PAGE);
    if pages > 1 {
        let _ = write!(
            out,
            r#"<nav class="folio-pagination" aria-label="{}"><span class="folio-page-of" aria-current="page">{}</span><a class="folio-page-link" rel="next" href="{}?page=2">{}</a></nav>"#,
            esc(w.pagination_label),
            esc(&fill(w.page_of, &[("page", "1"), ("pages", &pages.to_string())])),
            esc(&listing_path(p.base, p.lang)),
            esc(w.next_page)
        );
    }
    out.push_str("</section>");
    out
}
