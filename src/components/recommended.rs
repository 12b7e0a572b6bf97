//! "Recommended": four cards under an article. They come from the article itself or are
//! picked from the language's index, which is then loaded after the article, so the
//! article never waits for it.

use super::card::CardView;
use super::status::error_message;
use crate::app::prerender::take_over;
use crate::content::loader::{load_index, Endpoint, LoadError};
use crate::content::model::{Article, Card, Site};
use crate::i18n::words;
use crate::listing::recommend::{needs_index, pick, RECOMMENDED};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Recommended(
    article: Arc<Article>,
    site: Arc<Site>,
    endpoint: Endpoint,
    lang: String,
    base: String,
) -> impl IntoView {
    let w = words(&lang);
    let cards = {
        let (article, endpoint, lang) = (article.clone(), endpoint.clone(), lang.clone());
        LocalResource::new(move || {
            let (article, endpoint, lang) = (article.clone(), endpoint.clone(), lang.clone());
            async move {
                if !needs_index(&article) {
                    return Ok(pick(&article, &[]));
                }
                load_index(&endpoint, &lang)
                    .await
                    .map(|index| pick(&article, &index.articles))
            }
        })
    };
    // Four grey cards hold the place, so nothing below moves when they arrive.
    let placeholder = || {
        (0..RECOMMENDED)
            .map(|_| view! { <li class="folio-card folio-card-pending" aria-hidden="true"><div class="folio-card-media"></div></li> })
            .collect_view()
    };
    let list = move || {
        let (site, endpoint, lang, base) = (site.clone(), endpoint.clone(), lang.clone(), base.clone());
        Suspend::new(async move {
            let loaded = cards.await;
            // The article is complete now: on a published page, the app takes over.
            Effect::new(|_| take_over());
            match loaded {
                Ok(cards) => render_cards(cards, site, endpoint, lang, base).into_any(),
                Err(error) => view! { <Unavailable error lang retry=move || cards.refetch() /> }.into_any(),
            }
        })
    };
    view! {
        <section class="folio-recommended" aria-labelledby="folio-recommended-heading">
            <h2 id="folio-recommended-heading">{w.recommended_heading}</h2>
            <Suspense fallback=move || view! { <ul class="folio-cards">{placeholder()}</ul> }>{list}</Suspense>
        </section>
    }
}

fn render_cards(cards: Vec<Card>, site: Arc<Site>, endpoint: Endpoint, lang: String, base: String) -> impl IntoView {
    let items = cards
        .into_iter()
        .map(|card| {
            view! { <CardView card site=site.clone() endpoint=endpoint.clone() lang=lang.clone() base=base.clone() /> }
        })
        .collect_view();
    view! { <ul class="folio-cards">{items}</ul> }
}

/// The index could not be loaded: say so inside the block, with a Retry.
#[component]
fn Unavailable(error: LoadError, lang: String, #[prop(into)] retry: Callback<()>) -> impl IntoView {
    view! {
        <div class="folio-error folio-error-inline" role="alert">
            <p class="folio-error-message">{error_message(&error, &lang)}</p>
            <button type="button" class="folio-button" on:click=move |_| retry.run(())>{words(&lang).retry}</button>
        </div>
    }
}
