//! `/{lang}/article/{slug}`: one article, with the document's title, description and
//! canonical link following it.

use crate::app::{AppConfig, SiteResource};
use crate::components::article_view::ArticleView;
use crate::components::status::{ArticleSkeleton, ErrorView, NotFound};
use crate::content::decode::is_valid_language;
use crate::content::files::{canonical_article_url, listing_path};
use crate::content::loader::load_article;
use crate::content::slug::is_valid_slug;
use crate::i18n::words;
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_params_map;

#[component]
pub fn ArticlePage() -> impl IntoView {
    let params = use_params_map();
    let config = expect_context::<AppConfig>();
    let site = expect_context::<SiteResource>();
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
    view! {
        <Suspense fallback=move || view! { <ArticleSkeleton lang=key.get().0 /> }>
            {move || {
                let ((lang, _), config) = (key.get(), config.clone());
                Suspend::new(async move {
                    let home = listing_path(&config.base, &lang);
                    let retry = move || {
                        site.refetch();
                        article.refetch();
                    };
                    let site = match site.await {
                        Ok(site) => site,
                        Err(error) => return view! { <ErrorView error lang on_retry=retry home /> }.into_any(),
                    };
                    let article = match article.await {
                        Some(_) if !site.has_language(&lang) => None,
                        other => other,
                    };
                    match article {
                        None => {
                            let home = listing_path(&config.base, &site.default_language);
                            view! { <Title text=words(&lang).not_found_title /><NotFound lang home /> }.into_any()
                        }
                        Some(Err(error)) => view! {
                            <Title text=words(&lang).error_heading />
                            <ErrorView error lang on_retry=retry home />
                        }
                        .into_any(),
                        Some(Ok(article)) => {
                            let canonical = canonical_article_url(
                                site.canonical_base.as_deref(),
                                &config.origin,
                                &config.base,
                                &lang,
                                &article.slug,
                            );
                            let description = article.summary.clone().unwrap_or_else(|| article.title.clone());
                            view! {
                                <Title text=format!("{} – {}", article.title, site.name) />
                                <Meta name="description" content=description />
                                <Link rel="canonical" href=canonical />
                                <ArticleView article site endpoint=config.endpoint.clone() lang />
                            }
                            .into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
}
