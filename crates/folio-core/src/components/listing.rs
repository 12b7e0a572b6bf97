//! The listing of one language: the search field and filters, then the results (count,
//! cards with the matched words marked, pages). It shows what `query` says with the
//! `results` it is given, and reports a change through `on_query`; where the query lives
//! (the app keeps it in the URL) and how results are loaded are the page's business.
//! Rendered to HTML, it is the first page, unfiltered.

use super::card::CardView;
use super::status::error_message;
use crate::content::endpoint::Endpoint;
use crate::content::error::LoadError;
use crate::content::files::listing_path;
use crate::content::model::Site;
use crate::i18n::{fill, words, Words};
use crate::listing::query::ListingQuery;
use crate::listing::results::{Count, Results};
use crate::listing::search::highlight;
use crate::listing::Options;
use leptos::prelude::*;
use std::sync::Arc;

/// What the view needs of the listing, shared by its parts.
#[derive(Clone)]
struct Shown {
    site: Arc<Site>,
    endpoint: Endpoint,
    lang: String,
    base: String,
}

/// The results of a query as the page has them: `None` before the first arrive.
pub type Found = Option<Result<Results, LoadError>>;

#[component]
pub fn ListingView(
    site: Arc<Site>,
    endpoint: Endpoint,
    lang: String,
    base: String,
    /// The kind and topic choices, `(code, label)`.
    kinds: Options,
    topics: Options,
    /// A search can be ordered by relevance (the language has a search index).
    #[prop(optional)]
    sortable: bool,
    #[prop(into)] query: Signal<ListingQuery>,
    /// The latest results; `loading` while those of `query` are on their way.
    #[prop(into)]
    results: Signal<Found>,
    #[prop(optional, into)] loading: Signal<bool>,
    /// A new query, and whether it replaces the current history entry (typing does).
    #[prop(optional, into)]
    on_query: Option<Callback<(ListingQuery, bool)>>,
    #[prop(optional, into)] on_retry: Option<Callback<()>>,
) -> impl IntoView {
    let w = words(&lang);
    let path = listing_path(&base, &lang);
    // Every change of filter or search starts again at page 1.
    let change = move |edit: &dyn Fn(&mut ListingQuery), replace: bool| {
        let mut q = query.get_untracked();
        edit(&mut q);
        q.page = 1;
        if let Some(go) = on_query {
            go.run((q, replace));
        }
    };
    let shown = Shown {
        site,
        endpoint,
        lang,
        base,
    };
    let filtered = move || query.get().is_filtered();
    let kind_now = Memo::new(move |_| query.get().kind);
    let topic_now = Memo::new(move |_| query.get().topic);
    let set_kind = move |kind: Option<String>| change(&|q| q.kind = kind.clone(), false);
    let set_topic = move |topic: Option<String>| change(&|q| q.topic = topic.clone(), false);
    let searching = move || sortable && !query.get().q.trim().is_empty();
    view! {
        <section class="folio-listing" aria-labelledby="folio-listing-heading">
            <h1 id="folio-listing-heading">{w.articles_heading}</h1>
            <form class="folio-filters" role="search" on:submit=|e| e.prevent_default()>
                <div class="folio-filter folio-search">
                    <label for="folio-search">{w.search_label}</label>
                    <input
                        id="folio-search"
                        type="search"
                        prop:value=move || query.get().q
                        on:input:target=move |e| {
                            let typed = e.target().value();
                            change(&|q| q.q = typed.clone(), true)
                        }
                    />
                </div>
                {select_view(w, w.filter_kind, "folio-filter-kind", kinds, kind_now, set_kind)}
                {select_view(w, w.filter_topic, "folio-filter-topic", topics, topic_now, set_topic)}
                <Show when=searching>{move || sort_view(w, query, change)}</Show>
                <Show when=filtered>
                    <a class="folio-clear-filters" href=path.clone()>{w.clear_filters}</a>
                </Show>
            </form>
            {results_view(shown, query, results, loading, on_retry)}
        </section>
    }
}

/// Newest first or best match first, for a search.
fn sort_view(
    w: &'static Words,
    query: Signal<ListingQuery>,
    change: impl Fn(&dyn Fn(&mut ListingQuery), bool) + Copy + 'static,
) -> impl IntoView {
    let by_relevance = move || query.get().by_relevance;
    view! {
        <div class="folio-filter">
            <label for="folio-sort">{w.sort_label}</label>
            <select
                id="folio-sort"
                on:change:target=move |e| {
                    let relevance = e.target().value() == "relevance";
                    change(&|q| q.by_relevance = relevance, false);
                }
            >
                <option value="" selected=move || !by_relevance()>{w.sort_newest}</option>
                <option value="relevance" selected=by_relevance>{w.sort_relevance}</option>
            </select>
        </div>
    }
}

fn select_view(
    w: &'static Words,
    label: &'static str,
    id: &'static str,
    options: Vec<(String, String)>,
    current: Memo<Option<String>>,
    set: impl Fn(Option<String>) + 'static,
) -> impl IntoView {
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
}

/// The count, the cards of the current page, and the links to the others.
fn results_view(
    shown: Shown,
    query: Signal<ListingQuery>,
    results: Signal<Found>,
    loading: Signal<bool>,
    on_retry: Option<Callback<()>>,
) -> impl IntoView {
    let w = words(&shown.lang);
    let clear_href = listing_path(&shown.base, &shown.lang);
    move || {
        let q = query.get();
        let busy = loading.get();
        let found = match results.get() {
            None => return view! { <p class="folio-results-count" role="status">{w.loading}</p> }.into_any(),
            Some(Err(error)) => {
                let message = error_message(&error, &shown.lang);
                let retry = move |_| {
                    if let Some(r) = on_retry {
                        r.run(());
                    }
                };
                return view! {
                    <div class="folio-notice folio-error" role="alert">
                        <p>{message}</p>
                        <button type="button" class="folio-retry" on:click=retry>{w.retry}</button>
                    </div>
                }
                .into_any();
            }
            Some(Ok(found)) => found,
        };
        let Shown {
            site,
            endpoint,
            lang,
            base,
        } = shown.clone();
        let count = match found.count {
            Count::Exact(n) => fill(w.results_count, &[("count", &n.to_string())]),
            Count::AtLeast { count, looked, total } => fill(
                w.results_at_least,
                &[
                    ("count", &count.to_string()),
                    ("looked", &looked.to_string()),
                    ("total", &total.to_string()),
                ],
            ),
        };
        let marks = found.marks.clone();
        let whole = found.whole_words;
        let cards = found
            .cards
            .into_iter()
            .map(|card| {
                let marked = (!marks.is_empty()).then(|| {
                    (
                        highlight(&card.title, &marks, whole),
                        card.summary.as_deref().map(|s| highlight(s, &marks, whole)),
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
        let none = found.count == Count::Exact(0);
        let empty = none.then(|| {
            let message = if q.is_filtered() { w.no_results } else { w.no_articles };
            view! {
                <div class="folio-notice folio-no-results">
                    <p>{message}</p>
                    {q.is_filtered().then(|| view! { <a class="folio-back" href=clear_href.clone()>{w.clear_filters}</a> })}
                </div>
            }
        });
        let page = found.page;
        let pages = (found.pages != Some(1) && !none).then(|| {
            let link = |page: usize| format!("{}{}", listing_path(&base, &lang), q.with_page(page).to_search());
            let page_of = match found.pages {
                Some(pages) => fill(w.page_of, &[("page", &page.to_string()), ("pages", &pages.to_string())]),
                None => fill(w.page_number, &[("page", &page.to_string())]),
            };
            view! {
                <nav class="folio-pagination" aria-label=w.pagination_label>
                    {(page > 1).then(|| view! { <a class="folio-page-link" rel="prev" href=link(page - 1)>{w.previous_page}</a> })}
                    <span class="folio-page-of" aria-current="page">{page_of}</span>
                    {found.more.then(|| view! { <a class="folio-page-link" rel="next" href=link(page + 1)>{w.next_page}</a> })}
                </nav>
            }
        });
        view! {
            <p class="folio-results-count" role="status" aria-busy=busy.then_some("true")>{count}</p>
            {empty}
            <ul class="folio-cards folio-cards-listing">{cards}</ul>
            {pages}
        }
        .into_any()
    }
}
