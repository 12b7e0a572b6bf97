//! `/{lang}/article/{slug}`: one article. The page has one state, loaded once per
//! address (the article, an address outside the rules, where else it exists, or what
//! failed); the view shows it, and one effect sets the document's title and head, the
//! switcher's article and the translations' prefetch from it.

use super::article_head::article_head;
use super::shown::{article_view, use_around};
use crate::context::{AppConfig, CurrentArticle, SiteResource};
use folio_core::browser::head::set_title;
use folio_core::browser::words::{loaded_with_words, prefetch_words};
use folio_core::components::status::{ArticleSkeleton, ErrorView, NotFound, TranslationNotice};
use folio_core::content::decode::is_valid_language;
use folio_core::content::error::LoadError;
use folio_core::content::files::{canonical_article_url, listing_path};
use folio_core::content::loader::{find_elsewhere, load_article, load_site, prefetch_articles};
use folio_core::content::model::{Article, Site};
use folio_core::content::slug::is_valid_slug;
use folio_core::i18n::choices::ArticleLanguages;
use folio_core::i18n::words;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

/// How many translations are loaded ahead of a language switch.
const MAX_PREFETCH: usize = 8;

/// What the page shows for its address.
#[derive(Clone)]
enum Shows {
    Article {
        site: Arc<Site>,
        article: Arc<Article>,
    },
    /// The address is outside the rules, or its language is not the site's.
    NotFound {
        default_language: String,
    },
    /// The article is missing here but exists in these languages: (language, slug).
    Elsewhere(Vec<(String, String)>),
    Failed(LoadError),
}

/// Loads what the page shows: site.json and the article together, then, only for a
/// missing article, the other languages it exists in.
async fn load(config: AppConfig, lang: String, slug: String) -> Shows {
    // A slug or language outside the rules is "not found" without a request.
    if !(is_valid_language(&lang) && is_valid_slug(&slug)) {
        return match load_site(&config.endpoint).await {
            Ok(site) => Shows::NotFound {
                default_language: site.default_language.clone(),
            },
            Err(error) => Shows::Failed(error),
        };
    }
    let (site, article) = futures::future::join(
        load_site(&config.endpoint),
        load_article(&config.endpoint, &lang, &slug),
    )
    .await;
    let site = match site {
        Ok(site) => site,
        Err(error) => return Shows::Failed(error),
    };
    if !site.has_language(&lang) {
        return Shows::NotFound {
            default_language: site.default_language.clone(),
        };
    }
    match article {
        Ok(article) => Shows::Article { site, article },
        Err(error @ LoadError::NotFound { .. }) => {
            let elsewhere = find_elsewhere(&config.endpoint, &site, &lang, &slug).await;
            if elsewhere.is_empty() {
                Shows::Failed(error)
            } else {
                Shows::Elsewhere(elsewhere)
            }
        }
        Err(error) => Shows::Failed(error),
    }
}

/// The document around the page: title, head tags, the switcher's article, and the
/// translations loaded ahead of a switch.
fn follow(shows: &Shows, lang: &str, config: &AppConfig, current: RwSignal<Option<ArticleLanguages>>) {
    let w = words(lang);
    match shows {
        Shows::Article { site, article } => {
            current.set(Some(ArticleLanguages {
                lang: lang.to_string(),
                slug: article.slug.clone(),
                translations: article.translations.clone(),
            }));
            article_head(article, site, config, lang);
            let translations: Vec<(String, String)> = article
                .translations
                .iter()
                .filter(|(l, _)| **l != lang && site.has_language(l))
                .take(MAX_PREFETCH)
                .map(|(l, s)| (l.clone(), s.clone()))
                .collect();
            prefetch_words(translations.iter().map(|(l, _)| l.clone()).collect());
            prefetch_articles(&config.endpoint, translations);
        }
        Shows::Failed(error) if !matches!(error, LoadError::NotFound { .. }) => set_title(w.error_heading),
        _ => set_title(w.not_found_title),
    }
}

#[component]
pub fn ArticlePage() -> impl IntoView {
    let params = use_params_map();
    let config = expect_context::<AppConfig>();
    let site = expect_context::<SiteResource>();
    let current = expect_context::<CurrentArticle>().0;
    let key = Memo::new(move |_| {
        let p = params.read();
        (p.get("lang").unwrap_or_default(), p.get("slug").unwrap_or_default())
    });
    let state = {
        let config = config.clone();
        LocalResource::new(move || {
            let ((lang, slug), config) = (key.get(), config.clone());
            async move {
                let key = (lang.clone(), slug.clone());
                (key, loaded_with_words(&lang, load(config, lang.clone(), slug)).await)
            }
        })
    };
    let shown = Signal::derive(move || match state.get() {
        Some(((lang, _), Shows::Article { site, article })) => Some((lang, site, article)),
        _ => None,
    });
    let around = use_around(config.endpoint.clone(), shown);
    {
        let config = config.clone();
        Effect::new(move |_| {
            if let Some(((lang, _), shows)) = state.get() {
                follow(&shows, &lang, &config, current);
            }
        });
    }
    let retry = move || {
        site.refetch();
        state.refetch();
    };
    let view_of = move |lang: String, shows: Shows| {
        let home = listing_path(&config.base, &lang);
        match shows {
            Shows::Article { site, article } => {
                let url = canonical_article_url(
                    site.canonical_base.as_deref(),
                    &config.origin,
                    &config.base,
                    &lang,
                    &article.slug,
                );
                article_view(&config, around, site, article, lang, url)
            }
            Shows::NotFound { default_language } => {
                let home = listing_path(&config.base, &default_language);
                view! { <NotFound lang home /> }.into_any()
            }
            Shows::Elsewhere(elsewhere) => {
                view! { <TranslationNotice lang elsewhere base=config.base.clone() home /> }.into_any()
            }
            Shows::Failed(error) => view! { <ErrorView error lang on_retry=retry home /> }.into_any(),
        }
    };
    // The skeleton until the state is that of this address (a resource keeps its last
    // value while it loads the next).
    move || match state.get() {
        Some(((lang, slug), shows)) if key.with(|(l, s)| *l == lang && *s == slug) => view_of(lang, shows),
        _ => view! { <ArticleSkeleton lang=key.get().0 /> }.into_any(),
    }
}
