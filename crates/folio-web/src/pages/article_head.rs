//! What an article puts in the document's head: title, description, canonical link,
//! hreflang alternates with x-default, and Open Graph locales, by the rules published
//! pages follow too (`content::head`). The tags leave with the effect that set them
//! (see `browser::head`).

use crate::context::AppConfig;
use folio_core::browser::head::{head_tag, set_title};
use folio_core::content::files::canonical_article_url;
use folio_core::content::head::{description, page_title, versions, x_default};
use folio_core::content::model::{Article, Site};
use folio_core::i18n::negotiate::og_locale;

pub fn article_head(article: &Article, site: &Site, config: &AppConfig, lang: &str) {
    let url = |l: &str, slug: &str| {
        canonical_article_url(site.canonical_base.as_deref(), &config.origin, &config.base, l, slug)
    };
    let versions = versions(article, lang, |l, _| site.has_language(l));
    set_title(&page_title(article, site));
    head_tag("meta", &[("name", "description"), ("content", description(article))]);
    head_tag("link", &[("rel", "canonical"), ("href", &url(lang, &article.slug))]);
    for (l, s) in &versions {
        head_tag("link", &[("rel", "alternate"), ("hreflang", l), ("href", &url(l, s))]);
    }
    if let Some((l, s)) = x_default(&versions, site) {
        head_tag(
            "link",
            &[("rel", "alternate"), ("hreflang", "x-default"), ("href", &url(l, s))],
        );
    }
    head_tag("meta", &[("property", "og:locale"), ("content", &og_locale(lang))]);
    for (l, _) in &versions[1..] {
        head_tag(
            "meta",
            &[("property", "og:locale:alternate"), ("content", &og_locale(l))],
        );
    }
}
