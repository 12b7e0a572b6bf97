//! What an article puts in the document's head: title, description, canonical link,
//! hreflang alternates with x-default, and Open Graph locales. The tags leave with the
//! article (see `app::head`).

use crate::app::head::{head_tag, set_title};
use crate::app::AppConfig;
use crate::content::files::canonical_article_url;
use crate::content::model::{Article, Site};
use crate::i18n::negotiate::og_locale;

pub fn article_head(article: &Article, site: &Site, config: &AppConfig, lang: &str) {
    let url = |l: &str, slug: &str| {
        canonical_article_url(site.canonical_base.as_deref(), &config.origin, &config.base, l, slug)
    };
    // Every language the article exists in, its own first.
    let mut versions: Vec<(&str, &str)> = vec![(lang, &article.slug)];
    versions.extend(
        article
            .translations
            .iter()
            .filter(|(l, _)| *l != lang && site.has_language(l))
            .map(|(l, s)| (l.as_str(), s.as_str())),
    );
    let x_default = versions
        .iter()
        .find(|(l, _)| *l == site.default_language)
        .unwrap_or(&versions[0]);
    set_title(&format!("{} – {}", article.title, site.name));
    let description = article.summary.as_deref().unwrap_or(&article.title);
    head_tag("meta", &[("name", "description"), ("content", description)]);
    head_tag("link", &[("rel", "canonical"), ("href", &url(lang, &article.slug))]);
    for (l, s) in &versions {
        head_tag("link", &[("rel", "alternate"), ("hreflang", l), ("href", &url(l, s))]);
    }
    head_tag(
        "link",
        &[
            ("rel", "alternate"),
            ("hreflang", "x-default"),
            ("href", &url(x_default.0, x_default.1)),
        ],
    );
    head_tag("meta", &[("property", "og:locale"), ("content", &og_locale(lang))]);
    for (l, _) in &versions[1..] {
        head_tag(
            "meta",
            &[("property", "og:locale:alternate"), ("content", &og_locale(l))],
        );
    }
}
