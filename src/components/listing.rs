//! The listing of one language: the search field and filters, then the results (count,
//! cards with the matched words marked, pages). It shows what `query` says and reports a
//! change through `on_query`; where the query lives (the app keeps it in the URL) is the
//! page's business. Rendered to HTML, it is the first page, unfiltered.

use super::card::CardView;
use crate::browser::frames::when_idle;
use crate::content::endpoint::Endpoint;
use crate::content::files::listing_path;
use crate::content::model::{Index, Site};
use crate::i18n::{fill, words, Words};
use crate::listing::filter_options;
use crate::listing::query::{select, Filterable, ListingQuery};
use crate::listing::search::{highlight, searchable, terms};
use leptos::prelude::*;
use std::sync::Arc;

/// What the view needs of the listing, shared by its parts.
#[derive(Clone)]
struct Shown {
    index: Arc<Index>,
    site: Arc<Site>,
    endpoint: Endpoint,
    lang: String,
    base: String,
}

#[component]
pub fn ListingView(
    index: Arc<Index>,
    site: Arc<Site>,
    endpoint: Endpoint,
    lang: String,
    base: String,
    #[prop(into)] query: Signal<ListingQuery>,
    /// A new query, and whether it replaces the current history entry (typing does).
    #[prop(optional, into)]
    on_query: Option<Callback<(ListingQuery, bool)>>,
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
        index,
        site,
        endpoint,
        lang,
        base,
    };
    let filtered = move || query.get().is_filtered();
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
                {filters(&shown, query, change)}
                <Show when=filtered>
                    <a class="folio-clear-filters" href=path.clone()>{w.clear_filters}</a>
                </Show>
            </form>
            {results(shown, query)}
        </section>
    }
}

/// The kind and topic choices.
fn filters(
    shown: &Shown,
    query: Signal<ListingQuery>,
    change: impl Fn(&dyn Fn(&mut ListingQuery), bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let w = words(&shown.lang);
    let (kinds, topics) = filter_options(&shown.index, &shown.site, &shown.lang);
    let kind_now = Memo::new(move |_| query.get().kind);
    let topic_now = Memo::new(move |_| query.get().topic);
    let set_kind = move |kind: Option<String>| change(&|q| q.kind = kind.clone(), false);
    let set_topic = move |topic: Option<String>| change(&|q| q.topic = topic.clone(), false);
    view! {
        {select_view(w, w.filter_kind, "folio-filter-kind", kinds, kind_now, set_kind)}
        {select_view(w, w.filter_topic, "folio-filter-topic", topics, topic_now, set_topic)}
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

/// Search reads folded text, made once per index: when the browser is idle after the
/// first paint, or at the first search if that comes sooner. Never on the way to the
/// first paint.
fn folded_text(index: Arc<Index>) -> impl Fn() -> Arc<Vec<String>> + Clone + Send + Sync + 'static {
    let folded = StoredValue::new(None::<Arc<Vec<String>>>);
    let fold_all = move || match folded.try_get_value().flatten() {
        Some(done) => done,
        None => {
            let done = Arc::new(index.articles.iter().map(searchable).collect::<Vec<_>>());
            folded.set_value(Some(done.clone()));
            done
        }
    };
    when_idle({
        let fold_all = fold_all.clone();
        move || {
            // The reader may have left the listing before the browser was idle.
            if folded.try_get_value().is_some() {
                fold_all();
            }
        }
    });
    fold_all
}

/// The count, the cards of the current page, and the links to the others.
fn results(shown: Shown, query: Signal<ListingQuery>) -> impl IntoView {
    let w = words(&shown.lang);
    let fold_all = folded_text(shown.index.clone());
    let clear_href = listing_path(&shown.base, &shown.lang);
    move || {
        let Shown {
            index,
            site,
            endpoint,
            lang,
            base,
        } = shown.clone();
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
}
