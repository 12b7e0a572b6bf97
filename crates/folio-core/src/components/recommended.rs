//! "Recommended": the cards under an article. The page decides which cards (see
//! `listing::recommend`) and loads what they need; this block shows grey cards while they
//! load, then the cards, or what failed with a Retry.

use super::card::CardView;
use super::status::error_message;
use super::HIDDEN;
use crate::browser::frames::soon;
use crate::content::endpoint::Endpoint;
use crate::content::error::LoadError;
use crate::content::model::{Card, Site};
use crate::i18n::words;
use leptos::prelude::*;
use std::sync::Arc;

/// The cards once known: `None` while loading.
pub type Cards = Option<Result<Vec<Card>, LoadError>>;

#[component]
pub fn Recommended(
    #[prop(into)] cards: Signal<Cards>,
    site: Arc<Site>,
    endpoint: Endpoint,
    lang: String,
    base: String,
    #[prop(default = None)] retry: Option<Callback<()>>,
    /// Called once the cards (or the failure) are on screen.
    #[prop(default = None)]
    on_complete: Option<Callback<()>>,
) -> impl IntoView {
    let w = words(&lang);
    let count = site.recommended;
    // Grey cards hold the place, so nothing below moves when they arrive.
    let placeholder = move || {
        (0..count)
            .map(|_| view! { <li class="folio-card folio-card-pending" aria-hidden="true"><div class="folio-card-media" aria-hidden=HIDDEN></div></li> })
            .collect_view()
    };
    let list = move || {
        // A list being replaced may run once more after its page let go of the cards.
        let loaded = cards.try_get().flatten();
        if loaded.is_some() {
            if let Some(done) = on_complete {
                // Once this render is in the document.
                soon(move || {
                    done.try_run(());
                });
            }
        }
        match loaded {
            None => view! { <ul class="folio-cards">{placeholder()}</ul> }.into_any(),
            Some(Ok(cards)) => {
                render_cards(cards, site.clone(), endpoint.clone(), lang.clone(), base.clone()).into_any()
            }
            Some(Err(error)) => view! { <Unavailable error lang=lang.clone() retry /> }.into_any(),
        }
    };
    view! {
        <section class="folio-recommended" aria-labelledby="folio-recommended-heading">
            <h2 id="folio-recommended-heading">{w.recommended_heading}</h2>
            {list}
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

/// The cards could not be loaded: say so inside the block, with a Retry.
#[component]
fn Unavailable(error: LoadError, lang: String, retry: Option<Callback<()>>) -> impl IntoView {
    let on_click = move |_| {
        if let Some(retry) = retry {
            retry.try_run(());
        }
    };
    view! {
        <div class="folio-error folio-error-inline" role="alert">
            <p class="folio-error-message">{error_message(&error, &lang)}</p>
            <button type="button" class="folio-button" on:click=on_click>{words(&lang).retry}</button>
        </div>
    }
}
