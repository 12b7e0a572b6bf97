//! `/{lang}/`: the language's articles. The page loads site.json and the index, keeps the
//! listing's state in the URL (`?kind=&topic=&q=&sort=&page=`, so any view can be shared,
//! reloaded and revisited), has the results of that state planned and loaded (`archive`:
//! from `index.json` alone when it holds them, at once), and hands them to
//! `components::listing`.

use crate::context::{AppConfig, SiteResource};
use crate::pages::archive::results_for;
use folio_core::browser::frames::soon;
use folio_core::browser::head::set_title;
use folio_core::browser::takeover::take_over;
use folio_core::browser::words::loaded_with_words;
use folio_core::components::listing::Found;
use folio_core::components::listing::ListingView;
use folio_core::components::status::{ArticleSkeleton, ErrorView, NotFound};
use folio_core::content::decode::is_valid_language;
use folio_core::content::endpoint::Endpoint;
use folio_core::content::error::LoadError;
use folio_core::content::files::listing_path;
use folio_core::content::loader::{load_index, load_site};
use folio_core::content::model::{Index, Site};
use folio_core::i18n::words;
use folio_core::listing::answer::results;
use folio_core::listing::filter_options;
use folio_core::listing::query::ListingQuery;
use folio_core::listing::results::NothingMore;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use leptos_router::NavigateOptions;
use std::sync::Arc;

/// What the page shows for its address.
#[derive(Clone)]
enum Shows {
    Listing {
        site: Arc<Site>,
        index: Arc<Index>,
    },
    /// The language is outside the rules or not the site's.
    NotFound {
        default_language: String,
    },
    Failed(LoadError),
}

async fn load(config: AppConfig, lang: String) -> Shows {
    let index = async {
        if is_valid_language(&lang) {
            Some(load_index(&config.endpoint, &lang).await)
        } else {
            None
        }
    };
    let (site, index) = futures::future::join(load_site(&config.endpoint), index).await;
    let site = match site {
        Ok(site) => site,
        Err(error) => return Shows::Failed(error),
    };
    match index {
        Some(Ok(index)) if site.has_language(&lang) => Shows::Listing { site, index },
        Some(Err(error)) if site.has_language(&lang) => Shows::Failed(error),
        _ => Shows::NotFound {
            default_language: site.default_language.clone(),
        },
    }
}

/// The results of the URL's query: at once when `index.json` holds them (the first page
/// renders with the app's first render, so a published page is taken over without a
/// shift), else the last results loaded, with `loading` until those of the query arrive.
fn use_results(
    endpoint: Endpoint,
    lang: String,
    index: Arc<Index>,
    query: Memo<ListingQuery>,
) -> (Signal<Found>, Signal<bool>, Callback<()>) {
    let at_once = {
        let index = index.clone();
        Memo::new(move |_| results(&index, &NothingMore, &query.get()).ok())
    };
    let loaded = LocalResource::new(move || {
        let (q, index, endpoint, lang) = (query.get(), index.clone(), endpoint.clone(), lang.clone());
        // What index.json alone answers comes back at once, with no request.
        async move { (q.clone(), results_for(&endpoint, &lang, &index, &q).await) }
    });
    let found = Signal::derive(move || match at_once.get() {
        Some(r) => Some(Ok(r)),
        None => loaded.get().map(|(_, found)| found),
    });
    let loading = Signal::derive(move || {
        at_once.with(Option::is_none) && loaded.with(|l| l.as_ref().is_none_or(|(q, _)| *q != query.get()))
    });
    (found, loading, Callback::new(move |_| loaded.refetch()))
}

/// The listing's state, read from the URL.
fn use_url_query() -> Memo<ListingQuery> {
    let query_map = use_query_map();
    Memo::new(move |_| {
        let map = query_map.read();
        ListingQuery::from_pairs(
            ["kind", "topic", "q", "sort", "page"]
                .into_iter()
                .filter_map(|k| Some((k, map.get_str(k)?))),
        )
    })
}

#[component]
pub fn ListingPage() -> impl IntoView {
    let params = use_params_map();
    let config = expect_context::<AppConfig>();
    let site = expect_context::<SiteResource>();
    let lang = Memo::new(move |_| params.read().get("lang").unwrap_or_default());
    let state = {
        let config = config.clone();
        LocalResource::new(move || {
            let (lang, config) = (lang.get(), config.clone());
            async move { (lang.clone(), loaded_with_words(&lang, load(config, lang.clone())).await) }
        })
    };
    Effect::new(move |_| {
        if let Some((lang, shows)) = state.get() {
            let w = words(&lang);
            set_title(&match shows {
                Shows::Listing { site, .. } => format!("{} – {}", w.articles_heading, site.name),
                Shows::NotFound { .. } => w.not_found_title.to_string(),
                Shows::Failed(_) => w.error_heading.to_string(),
            });
        }
    });
    let query = use_url_query();
    let navigate = use_navigate();
    let retry = move || {
        site.refetch();
        state.refetch();
    };
    let view_of = move |lang: String, shows: Shows| {
        let home = listing_path(&config.base, &lang);
        match shows {
            Shows::Listing { site, index } => {
                let navigate = navigate.clone();
                let go = move |(q, replace): (ListingQuery, bool)| {
                    navigate(
                        &format!("{home}{}", q.to_search()),
                        NavigateOptions {
                            replace,
                            scroll: false,
                            ..Default::default()
                        },
                    );
                };
                // On a published listing page, the app's render replaces the prerendered
                // one once this render is in the document.
                soon(take_over);
                let (kinds, topics) = filter_options(&index, &site, &lang);
                let sortable = index.search.is_some();
                let (results, loading, retry) = use_results(config.endpoint.clone(), lang.clone(), index, query);
                view! {
                    <ListingView
                        site
                        endpoint=config.endpoint.clone()
                        lang
                        base=config.base.clone()
                        kinds
                        topics
                        sortable
                        query
                        results
                        loading
                        on_query=go
                        on_retry=retry
                    />
                }
                .into_any()
            }
            Shows::NotFound { default_language } => {
                let home = listing_path(&config.base, &default_language);
                view! { <NotFound lang home /> }.into_any()
            }
            Shows::Failed(error) => view! { <ErrorView error lang on_retry=retry home /> }.into_any(),
        }
    };
    // The skeleton until the state is that of this language (a resource keeps its last
    // value while it loads the next).
    move || match state.get() {
        Some((shown, shows)) if shown == lang.get() => view_of(shown, shows),
        _ => view! { <ArticleSkeleton lang=lang.get() /> }.into_any(),
    }
}
