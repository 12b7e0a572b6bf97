//! What an article puts in the document's head: title, description, canonical link,
//! hreflang alternates with x-default, and Open Graph locales.

use crate::app::AppConfig;
use crate::content::files::canonical_article_url;
use crate::content::model::{Article, Site};
use crate::i18n::negotiate::og_locale;
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use std::sync::Arc;

#[component]
pub fn ArticleHead(article: Arc<Article>, site: Arc<Site>, config: AppConfig, lang: String) -> impl IntoView {
    let url = |l: &str, slug: &str| {
        canonical_article_url(site.canonical_base.as_deref(), &config.origin, &config.base, l, slug)
    };
    // Every language the article exists in, its own first.
    let mut versions: Vec<(String, String)> = vec![(lang.clone(), article.slug.clone())];
    versions.extend(
        article
            .translations
            .iter()
            .filter(|(l, _)| **l != lang && site.has_language(l))
            .map(|(l, s)| (l.clone(), s.clone())),
    );
    let x_default = versions
        .iter()
        .find(|(l, _)| *l == site.default_language)
        .unwrap_or(&versions[0])
        .clone();
    let alternates = versions
        .iter()
        .map(|(l, s)| view! { <Link rel="alternate" hreflang=l.clone() href=url(l, s) /> })
        .collect_view();
    let locale_alternates = versions[1..]
        .iter()
        .map(|(l, _)| view! { <Meta property="og:locale:alternate" content=og_locale(l) /> })
        .collect_view();
    view! {
        <Title text=format!("{} – {}", article.title, site.name) />
        <Meta name="description" content=article.summary.clone().unwrap_or_else(|| article.title.clone()) />
        <Link rel="canonical" href=url(&lang, &article.slug) />
        {alternates}
        <Link rel="alternate" hreflang="x-default" href=url(&x_default.0, &x_default.1) />
        <Meta property="og:locale" content=og_locale(&lang) />
        {locale_alternates}
    }
}
