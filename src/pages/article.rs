//! `/{lang}/article/{slug}`: one article, with the document's head following it. An
//! article that exists only in other languages gets a notice that links to them.

use super::article_head::article_head;
use crate::app::head::set_title;
use crate::app::{AppConfig, CurrentArticle, SiteResource};
use crate::components::article_view::ArticleView;
use crate::components::status::{ArticleSkeleton, ErrorView, NotFound, TranslationNotice};
use crate::content::decode::is_valid_language;
use crate::content::files::{canonical_article_url, listing_path};
use crate::content::loader::{find_elsewhere, load_article, prefetch_articles, LoadError};
use crate::content::slug::is_valid_slug;
use crate::i18n::choices::ArticleLanguages;
use crate::i18n::words;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// How many translations are loaded ahead of a language switch.
const MAX_PREFETCH: usize = 8;

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
    let endpoint = config.endpoint.clone();
    let article = LocalResource::new(move || {
        let ((lang, slug), endpoint) = (key.get(), endpoint.clone());
        async move {
            // A slug or language outside the rules is "not found" without a request.
            if !(is_valid_language(&lang) && is_valid_slug(&slug)) {
                return None;
            }
            Some(load_article(&endpoint, &lang, &slug).await)
        }
    });
    // Only for a missing article: the other languages it exists in. A resource of its own
    // because the search runs browser futures, which Suspend cannot hold.
    let endpoint = config.endpoint.clone();
    let elsewhere = LocalResource::new(move || {
        let ((lang, slug), endpoint) = (key.get(), endpoint.clone());
        async move {
            match article.await {
                Some(Err(LoadError::NotFound { .. })) => match site.await {
                    Ok(site) => find_elsewhere(&endpoint, &site, &lang, &slug).await,
                    Err(_) => Vec::new(),
                },
                _ => Vec::new(),
            }
        }
    });
    view! {
        <Suspense fallback=move || view! { <ArticleSkeleton lang=key.get().0 /> }>
            {move || {
                let ((lang, _), config) = (key.get(), config.clone());
                Suspend::new(async move {
                    let home = listing_path(&config.base, &lang);
                    let retry = move || {
                        site.refetch();
                        article.refetch();
                        elsewhere.refetch();
                    };
                    let site = match site.await {
                        Ok(site) => site,
                        Err(error) => return view! { <ErrorView error lang on_retry=retry home /> }.into_any(),
                    };
                    let w = words(&lang);
                    let loaded = match article.await {
                        Some(_) if !site.has_language(&lang) => None,
                        other => other,
                    };
                    match loaded {
                        None => {
                            let home = listing_path(&config.base, &site.default_language);
                            set_title(w.not_found_title);
                            view! { <NotFound lang home /> }.into_any()
                        }
                        Some(Err(error @ LoadError::NotFound { .. })) => {
                            let elsewhere = elsewhere.await;
                            set_title(w.not_found_title);
                            if elsewhere.is_empty() {
                                view! { <ErrorView error lang on_retry=retry home /> }.into_any()
                            } else {
                                view! { <TranslationNotice lang elsewhere base=config.base.clone() home /> }.into_any()
                            }
                        }
                        Some(Err(error)) => {
                            set_title(w.error_heading);
                            view! { <ErrorView error lang on_retry=retry home /> }.into_any()
                        }
                        Some(Ok(article)) => {
                            let url = canonical_article_url(
                                site.canonical_base.as_deref(),
                                &config.origin,
                                &config.base,
                                &lang,
                                &article.slug,
                            );
                            // A language switch then paints from memory.
                            let translations: Vec<(String, String)> = article
                                .translations
                                .iter()
                                .filter(|(l, _)| **l != lang && site.has_language(l))
                                .take(MAX_PREFETCH)
                                .map(|(l, s)| (l.clone(), s.clone()))
                                .collect();
                            prefetch_articles(&config.endpoint, translations);
                            current.set(Some(ArticleLanguages {
                                lang: lang.clone(),
                                slug: article.slug.clone(),
                                translations: article.translations.clone(),
                            }));
                            article_head(&article, &site, &config, &lang);
                            view! {
                                <ArticleView article site endpoint=config.endpoint.clone() lang url base=config.base.clone() />
                            }
                            .into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
}
