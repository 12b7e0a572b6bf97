//! The floor app: a router, one resource, `gloo-net`, `serde_json`, and a view of the
//! title and paragraphs with Folio's classes (so Folio's stylesheet lays it out). Every
//! feature Folio has on top of this is measured against it.

use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_params_map;
use leptos_router::path;

#[component]
fn ArticlePage() -> impl IntoView {
    let params = use_params_map();
    let article = LocalResource::new(move || {
        let slug = params.read().get("slug").unwrap_or_default();
        async move { folio_floor::load(&slug).await }
    });
    view! {
        <Suspense fallback=|| "Loading">
            {move || {
                article.get().map(|a| match a {
                    Ok(a) => {
                        // The same hook the benchmarks read Folio's title paint from.
                        let title = view! { <h1 class="folio-title">{a.title}</h1> }
                            .add_any_attr(custom_attribute("elementtiming", "folio-title"));
                        let body = a.body.into_iter().map(|p| view! { <p>{p}</p> }).collect_view();
                        view! {
                            <article class="folio-article">
                                <header class="folio-article-header">{title}</header>
                                <div class="folio-body">{body}</div>
                            </article>
                        }
                        .into_any()
                    }
                    Err(e) => view! { <p>{e}</p> }.into_any(),
                })
            }}
        </Suspense>
    }
}

#[component]
fn App() -> impl IntoView {
    view! {
        <Router>
            <div class="folio">
                <main class="folio-main">
                    <Routes fallback=|| "Not found">
                        <Route path=path!("/:slug") view=ArticlePage />
                    </Routes>
                </main>
            </div>
        </Router>
    }
}

fn main() {
    leptos::mount::mount_to_body(App);
}
