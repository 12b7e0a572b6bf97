//! The article a page shows (the article page, the widget): its view, its recommended
//! cards, loaded after it (so the article never waits for the index) and only then from
//! the language's index when the article's own list leaves places (see
//! `listing::recommend`), and the takeover of a published page or fragment once it is
//! complete.

use crate::context::AppConfig;
use folio_core::browser::takeover::take_over;
use folio_core::components::article_view::ArticleView;
use folio_core::components::recommended::Cards;
use folio_core::content::endpoint::Endpoint;
use folio_core::content::error::LoadError;
use folio_core::content::loader::load_index;
use folio_core::content::model::{Article, Card, Site};
use folio_core::listing::recommend::{needs_index, pick};
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

/// What an article's view needs from its page beyond the article: its cards (`None`
/// while they load), their Retry, and what to do once everything is on screen. Made
/// once per page: the view of one article comes and goes, these stay.
#[derive(Clone, Copy)]
pub struct Around {
    cards: Signal<Cards>,
    retry: Callback<()>,
    complete: Callback<()>,
}

/// The cards of whatever article `shown` holds; the resource reads the article from
/// `shown`'s value and never awaits another resource. Complete, the view takes over a
/// published page or fragment (a no-op anywhere else).
pub fn use_around(endpoint: Endpoint, shown: Signal<Shown>) -> Around {
    let cards = LocalResource::new(move || {
        let (shown, endpoint) = (shown.get(), endpoint.clone());
        async move {
            let (lang, site, article) = shown?;
            Some(recommended_cards(&endpoint, &site, &article, &lang).await)
        }
    });
    Around {
        cards: Signal::derive(move || cards.get().flatten()),
        retry: Callback::new(move |_| cards.refetch()),
        complete: Callback::new(move |_| take_over()),
    }
}

/// The article's view with the app's settings; `url` is what its share links share.
pub fn article_view(
    config: &AppConfig,
    around: Around,
    site: Arc<Site>,
    article: Arc<Article>,
    lang: String,
    url: String,
) -> AnyView {
    view! {
        <ArticleView
            article
            site
            endpoint=config.endpoint.clone()
            lang
            url
            base=config.base.clone()
            cards=around.cards
            retry_cards=around.retry
            on_complete=around.complete
        />
    }
    .into_any()
}
