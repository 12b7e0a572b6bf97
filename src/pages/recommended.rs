//! The recommended cards of the article a page shows, loaded after it (so the article
//! never waits for the index), and only then from the language's index when the
//! article's own list leaves places (see `listing::recommend`). One resource for both
//! the article page and the widget.

use crate::components::recommended::Cards;
use crate::content::endpoint::Endpoint;
use crate::content::error::LoadError;
use crate::content::loader::load_index;
use crate::content::model::{Article, Card, Site};
use crate::listing::recommend::{needs_index, pick};
use leptos::prelude::*;
use std::sync::Arc;

/// The article on screen: its language, the site, the article.
pub type Shown = Option<(String, Arc<Site>, Arc<Article>)>;

async fn recommended_cards(
    endpoint: &Endpoint,
    site: &Site,
    article: &Article,
    lang: &str,
) -> Result<Vec<Card>, LoadError> {
    let count = site.recommended;
    if !needs_index(article, count) {
        return Ok(pick(article, &[], count));
    }
    let index = load_index(endpoint, lang).await?;
    Ok(pick(article, &index.articles, count))
}

/// The cards of whatever article `shown` holds (`None` while they load), and a Retry.
/// The resource reads the article from `shown`'s value, never awaits another resource;
/// both outlive the view of one article.
pub fn use_recommended(endpoint: Endpoint, shown: Signal<Shown>) -> (Signal<Cards>, Callback<()>) {
    let cards = LocalResource::new(move || {
        let (shown, endpoint) = (shown.get(), endpoint.clone());
        async move {
            let (lang, site, article) = shown?;
            Some(recommended_cards(&endpoint, &site, &article, &lang).await)
        }
    });
    (
        Signal::derive(move || cards.get().flatten()),
        Callback::new(move |_| cards.refetch()),
    )
}
