//! The body of a published page, drawn by the app's own components (`components/`)
//! rendered to HTML natively: the same views the app mounts, so the app's render lands
//! on an identical page. Rendered this way a view has no browser: it shows everything at
//! once (no frames), and only what works without JavaScript (plain share links, the
//! switcher as `<details>`, no copy or Mastodon buttons).

use folio_core::components::article_view::ArticleView;
use folio_core::components::header::Header;
use folio_core::components::listing::ListingView;
use folio_core::content::endpoint::Endpoint;
use folio_core::content::model::{Article, Card, Index, Site};
use folio_core::i18n::choices::{language_choices, ArticleLanguages};
use folio_core::listing::answer::results;
use folio_core::listing::filter_options;
use folio_core::listing::query::ListingQuery;
use folio_core::listing::results::NothingMore;
use leptos::prelude::*;
use std::sync::Arc;

/// What every page of one language shares.
pub struct Page<'a> {
    pub site: &'a Arc<Site>,
    pub lang: &'a str,
    /// The app's base path on its host, `""` at the root.
    pub base: &'a str,
    /// Where the content is, as the pages' app will read it.
    pub endpoint: &'a Endpoint,
}

/// A view rendered to HTML inside an owner of its own, which goes with it.
fn to_html<V: IntoView + 'static>(view: impl FnOnce() -> V) -> String {
    let owner = Owner::new();
    owner.with(|| view().into_view().to_html())
}

/// The header and `<main>` with `main` in it, as the app's shell renders them.
fn shell(p: &Page, article: Option<&ArticleLanguages>, main: impl IntoView + 'static) -> impl IntoView {
    let choices = language_choices(&p.site.languages, p.lang, article, p.base);
    view! {
        <Header
            lang=Some(p.lang.to_string())
            site_name=Some(p.site.name.clone())
            choices=choices
            base=p.base.to_string()
        />
        <main class="folio-main" id="folio-main" tabindex="-1">{main}</main>
    }
}

/// The article view as the app mounts it: `url` is its canonical URL (for the share
/// links), `cards` its recommended cards.
fn article_view(p: &Page, article: &Article, url: &str, cards: Vec<Card>) -> impl IntoView {
    view! {
        <ArticleView
            article=Arc::new(article.clone())
            site=p.site.clone()
            endpoint=p.endpoint.clone()
            lang=p.lang.to_string()
            url=url.to_string()
            base=p.base.to_string()
            cards=Some(Ok(cards))
        />
    }
}

/// An article page's body.
pub fn article_page(p: &Page, article: &Article, url: &str, cards: Vec<Card>) -> String {
    let here = ArticleLanguages {
        lang: p.lang.to_string(),
        slug: article.slug.clone(),
        translations: article.translations.clone(),
    };
    to_html(|| shell(p, Some(&here), article_view(p, article, url, cards)))
}

/// An article as the article-mode widget renders it, for a host page to hold inside its
/// `#folio` element: the app takes over from it as it does on a published page.
pub fn article_fragment(p: &Page, article: &Article, url: &str, cards: Vec<Card>) -> String {
    to_html(|| {
        view! {
            <div class="folio folio-widget folio-prerender" id="folio-prerender" lang=p.lang.to_string()>
                {article_view(p, article, url, cards)}
            </div>
        }
    })
}

/// A listing page's body: its first page, unfiltered, from `index.json` alone.
pub fn listing_page(p: &Page, index: Arc<Index>) -> String {
    let query = ListingQuery::default();
    let found = results(&index, &NothingMore, &query).ok().map(Ok);
    let (kinds, topics) = filter_options(&index, p.site, p.lang);
    to_html(|| {
        let view = view! {
            <ListingView
                site=p.site.clone()
                endpoint=p.endpoint.clone()
                lang=p.lang.to_string()
                base=p.base.to_string()
                kinds
                topics
                sortable=index.search.is_some()
                query
                results=Signal::stored(found)
            />
        };
        shell(p, None, view)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use folio_core::content::decode::{decode_article, decode_site};

    fn fixture() -> (Arc<Site>, Article) {
        let site = decode_site(include_str!("../../../../tests/fixtures/site.json")).unwrap();
        let article = decode_article(include_str!("../../../../tests/fixtures/article.json")).unwrap();
        (Arc::new(site), article)
    }

    /// Rendered natively, a view has no frames to wait for: a long body is whole, and
    /// everything after it (people, share, cards) is there.
    #[test]
    fn a_long_body_renders_whole_natively() {
        let (site, mut article) = fixture();
        let block = article.body[0].clone();
        article.body = vec![block; 1_200];
        let endpoint = Endpoint::new("/content/", "").unwrap();
        let page = Page {
            site: &site,
            lang: "en",
            base: "",
            endpoint: &endpoint,
        };
        let html = article_page(&page, &article, "https://example.org/en/article/x", Vec::new());
        let body = &html[html.find(r#"class="folio-body""#).unwrap()..html.find("folio-people").unwrap()];
        assert_eq!(body.matches("<p>").count(), 1_200);
        assert!(html.contains(r#"class="folio-recommended""#));
        assert!(html.contains("folio-share-email"));
    }

    /// What needs JavaScript is not rendered: no button, no dialog, no field to copy from;
    /// the switcher is the `<details>` that opens without it.
    #[test]
    fn only_what_works_without_javascript() {
        let (site, article) = fixture();
        let endpoint = Endpoint::new("/content/", "").unwrap();
        let page = Page {
            site: &site,
            lang: "de",
            base: "/news",
            endpoint: &endpoint,
        };
        let html = article_page(&page, &article, "https://example.org/de/article/x", Vec::new());
        for absent in [
            "<button",
            "<dialog",
            "<input",
            "folio-share-copy",
            "folio-share-native",
            "<script",
        ] {
            assert!(!html.contains(absent), "{absent}");
        }
        assert!(html.contains(r#"<details class="folio-languages">"#));
        assert!(html.contains(r#"<main id="folio-main" tabindex="-1" class="folio-main">"#));
        assert!(html.contains(r#"<a href="/news/de/" class="folio-site-name">"#));
        assert!(html.contains("7. Februar 2017"));
    }
}
