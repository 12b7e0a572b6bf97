//! `/{lang}/`: the articles of one language, newest first (a plain list for now).

use crate::app::{AppConfig, SiteResource};
use crate::components::article_view::kind_label;
use crate::components::dates::DateText;
use crate::components::status::{ArticleSkeleton, ErrorView, NotFound};
use crate::content::decode::is_valid_language;
use crate::content::files::{article_path, listing_path};
use crate::content::loader::load_index;
use crate::i18n::words;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ListingPage() -> impl IntoView {
    let params = use_params_map();
    let config = expect_context::<AppConfig>();
    let site = expect_context::<SiteResource>();
    let lang = Memo::new(move |_| params.read().get("lang").unwrap_or_default());
    let endpoint = config.endpoint.clone();
    let index = LocalResource::new(move || {
        let (lang, endpoint) = (lang.get(), endpoint.clone());
        async move {
            if !is_valid_language(&lang) {
                return None;
            }
            Some(load_index(&endpoint, &lang).await)
        }
    });
    let base = config.base;
    view! {
        <Suspense fallback=move || view! { <ArticleSkeleton lang=lang.get() /> }>
            {move || {
                let (lang, base) = (lang.get(), base.clone());
                Suspend::new(async move {
                    let home = listing_path(&base, &lang);
                    let retry = move || {
                        site.refetch();
                        index.refetch();
                    };
                    let site = match site.await {
                        Ok(site) => site,
                        Err(error) => return view! { <ErrorView error lang on_retry=retry home /> }.into_any(),
                    };
                    let index = match index.await {
                        Some(_) if !site.has_language(&lang) => None,
                        other => other,
                    };
                    let w = words(&lang);
                    match index {
                        None => {
                            let home = listing_path(&base, &site.default_language);
                            view! { <Title text=w.not_found_title /><NotFound lang home /> }.into_any()
                        }
                        Some(Err(error)) => view! { <ErrorView error lang on_retry=retry home /> }.into_any(),
                        Some(Ok(index)) => {
                            let items = index
                                .articles
                                .iter()
                                .map(|card| {
                                    view! {
                                        <li class="folio-listing-item">
                                            <p class="folio-meta">
                                                <span class="folio-kind">{kind_label(&site, &card.kind, &lang)}</span>
                                                <span class="folio-meta-separator" aria-hidden="true">" | "</span>
                                                <DateText date=card.date lang=lang.clone() style=site.date_style />
                                            </p>
                                            <h2 class="folio-listing-title">
                                                <a href=article_path(&base, &lang, &card.slug)>{card.title.clone()}</a>
                                            </h2>
                                            {card.summary.clone().map(|s| view! { <p class="folio-listing-summary">{s}</p> })}
                                        </li>
                                    }
                                })
                                .collect_view();
                            let empty = index.articles.is_empty().then(|| view! { <p class="folio-notice">{w.no_articles}</p> });
                            view! {
                                <Title text=format!("{} – {}", w.articles_heading, site.name) />
                                <section class="folio-listing" aria-labelledby="folio-listing-heading">
                                    <h1 id="folio-listing-heading">{w.articles_heading}</h1>
                                    {empty}
                                    <ul class="folio-listing-list">{items}</ul>
                                </section>
                            }
                            .into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
}
