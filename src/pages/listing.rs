//! `/{lang}/`: the language's articles, newest first, twelve to a page, filtered by kind
//! and topic and searched as the reader types. The URL holds the whole state
//! (`?kind=&topic=&q=&page=`), so any view can be shared, reloaded and revisited.

use crate::app::head::set_title;
use crate::app::{AppConfig, SiteResource};
use crate::components::card::CardView;
use crate::components::status::{ArticleSkeleton, ErrorView, NotFound};
use crate::content::decode::is_valid_language;
use crate::content::files::listing_path;
use crate::content::loader::load_index;
use crate::content::model::{Index, Site};
use crate::i18n::{fill, words};
use crate::listing::filter_options;
use crate::listing::query::{select, Filterable, ListingQuery};
use crate::listing::search::{highlight, searchable, terms};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use leptos_router::NavigateOptions;
use std::sync::Arc;

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
                    let loaded = match index.await {
                        Some(_) if !site.has_language(&lang) => None,
                        other => other,
                    };
                    match loaded {
                        Some(Ok(index)) => view! { <Listing index site lang base /> }.into_any(),
                        Some(Err(error)) => view! { <ErrorView error lang on_retry=retry home /> }.into_any(),
                        None => {
                            let w = words(&lang);
                            let home = listing_path(&base, &site.default_language);
                            set_title(w.not_found_title);
                            view! { <NotFound lang home /> }.into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
}

/// The loaded listing. Its form stays put while the results below follow the URL, so
/// typing in the search field never loses focus.
#[component]
fn Listing(index: Arc<Index>, site: Arc<Site>, lang: String, base: String) -> impl IntoView {
    // On a published listing page, the app's render replaces the prerendered one.
    Effect::new(|_| crate::app::prerender::take_over());
    let w = words(&lang);
    let endpoint = expect_context::<AppConfig>().endpoint;
    let query_map = use_query_map();
    let query = Memo::new(move |_| {
        let map = query_map.read();
        ListingQuery::from_pairs(
            ["kind", "topic", "q", "page"]
                .into_iter()
                .filter_map(|k| Some((k, map.get_str(k)?))),
        )
    });
    // Search reads folded text, made once per index: when the browser is idle after the
    // first paint, or at the first search if that comes sooner. Never on the way to the
    // first paint.
    let folded = StoredValue::new(None::<Arc<Vec<String>>>);
    let fold_all = {
        let index = index.clone();
        move || match folded.try_get_value().flatten() {
            Some(done) => done,
            None => {
                let done = Arc::new(index.articles.iter().map(searchable).collect::<Vec<_>>());
                folded.set_value(Some(done.clone()));
                done
            }
        }
    };
    request_idle_callback({
        let fold_all = fold_all.clone();
        move || {
            // The reader may have left the listing before the browser was idle.
            if folded.try_get_value().is_some() {
                fold_all();
            }
        }
    });
    let navigate = use_navigate();
    let path = listing_path(&base, &lang);
    let go = {
        let path = path.clone();
        move |q: ListingQuery, replace: bool| {
            navigate(
                &format!("{path}{}", q.to_search()),
                NavigateOptions {
                    replace,
                    scroll: false,
                    ..Default::default()
                },
            );
        }
    };

    let (kinds, topics) = filter_options(&index, &site, &lang);

    let select_view = |label: &'static str,
                       id: &'static str,
                       options: Vec<(String, String)>,
                       current: Memo<Option<String>>,
                       set: Box<dyn Fn(Option<String>)>| {
        let options = options
            .into_iter()
            .map(|(value, text)| {
                let v = value.clone();
                view! { <option value=value selected=move || current.get().as_deref() == Some(v.as_str())>{text}</option> }
            })
            .collect_view();
        view! {
            <div class="folio-filter">
                <label for=id>{label}</label>
                <select
                    id=id
                    on:change:target=move |e| {
                        let v = e.target().value();
                        set((!v.is_empty()).then_some(v));
                    }
                >
                    <option value="" selected=move || current.get().is_none()>{w.filter_all}</option>
                    {options}
                </select>
            </div>
        }
    };
    let kind_now = Memo::new(move |_| query.get().kind);
    let topic_now = Memo::new(move |_| query.get().topic);
    // Every change of filter or search starts again at page 1.
    let change = move |edit: &dyn Fn(&mut ListingQuery), replace: bool| {
        let mut q = query.get_untracked();
        edit(&mut q);
        q.page = 1;
        go(q, replace);
    };
    let set_kind = {
        let change = change.clone();
        Box::new(move |kind: Option<String>| change(&|q| q.kind = kind.clone(), false))
    };
    let set_topic = {
        let change = change.clone();
        Box::new(move |topic: Option<String>| change(&|q| q.topic = topic.clone(), false))
    };
    // Typing replaces the history entry, so Back leaves the listing instead of undoing letters.
    let on_search = move |e: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlInputElement>| {
        let typed = e.target().value();
        change(&|q| q.q = typed.clone(), true)
    };
    let clear_href = path.clone();

    let results = {
        let (site, lang, base) = (site.clone(), lang.clone(), base.clone());
        move || {
            let q = query.get();
            let words_now = terms(&q.q);
            let folded = (!words_now.is_empty()).then(&fold_all);
            let selection = select(
                index.articles.iter().enumerate().map(|(i, c)| Filterable {
                    kind: &c.kind,
                    topics: &c.topics,
                    searchable: folded.as_ref().map_or("", |f| f[i].as_str()),
                }),
                &q,
            );
            let cards = selection
                .on_page()
                .iter()
                .map(|&i| {
                    let card = index.articles[i].clone();
                    let marked = (!words_now.is_empty()).then(|| {
                        (
                            highlight(&card.title, &words_now),
                            card.summary.as_deref().map(|s| highlight(s, &words_now)),
                        )
                    });
                    view! {
                        <CardView
                            card
                            site=site.clone()
                            endpoint=endpoint.clone()
                            lang=lang.clone()
                            base=base.clone()
                            level=2
                            marked=marked
                            with_summary=true
                        />
                    }
                })
                .collect_view();
            let count = fill(w.results_count, &[("count", &selection.matching.len().to_string())]);
            let empty = selection.matching.is_empty().then(|| {
                let message = if q.is_filtered() { w.no_results } else { w.no_articles };
                view! {
                    <div class="folio-notice folio-no-results">
                        <p>{message}</p>
                        {q.is_filtered().then(|| view! { <a class="folio-back" href=clear_href.clone()>{w.clear_filters}</a> })}
                    </div>
                }
            });
            let pages = (selection.pages > 1).then(|| {
                let link = |page: usize| format!("{}{}", listing_path(&base, &lang), q.with_page(page).to_search());
                let page_of = fill(w.page_of, &[("page", &selection.page.to_string()), ("pages", &selection.pages.to_string())]);
                view! {
                    <nav class="folio-pagination" aria-label=w.pagination_label>
                        {(selection.page > 1).then(|| view! { <a class="folio-page-link" rel="prev" href=link(selection.page - 1)>{w.previous_page}</a> })}
                        <span class="folio-page-of" aria-current="page">{page_of}</span>
                        {(selection.page < selection.pages).then(|| view! { <a class="folio-page-link" rel="next" href=link(selection.page + 1)>{w.next_page}</a> })}
                    </nav>
                }
            });
            view! {
                <p class="folio-results-count" role="status">{count}</p>
                {empty}
                <ul class="folio-cards folio-cards-listing">{cards}</ul>
                {pages}
            }
        }
    };

    set_title(&format!("{} – {}", w.articles_heading, site.name));
    let filtered = move || query.get().is_filtered();
    view! {
        <section class="folio-listing" aria-labelledby="folio-listing-heading">
            <h1 id="folio-listing-heading">{w.articles_heading}</h1>
            <form class="folio-filters" role="search" on:submit=|e| e.prevent_default()>
                <div class="folio-filter folio-search">
                    <label for="folio-search">{w.search_label}</label>
                    <input id="folio-search" type="search" prop:value=move || query.get().q on:input:target=on_search />
                </div>
                {select_view(w.filter_kind, "folio-filter-kind", kinds, kind_now, set_kind)}
                {select_view(w.filter_topic, "folio-filter-topic", topics, topic_now, set_topic)}
                <Show when=filtered>
                    <a class="folio-clear-filters" href=path.clone()>{w.clear_filters}</a>
                </Show>
            </form>
            {results}
        </section>
    }
}
