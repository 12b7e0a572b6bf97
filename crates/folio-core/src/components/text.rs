//! Inline runs: always text nodes, wrapped in `code`, `sup` or `sub`, `em`, `strong` and
//! `a` as the content says.

use crate::content::endpoint::Endpoint;
use crate::content::model::{Inline, Text};
use crate::content::url::UrlUse;
use leptos::prelude::*;

pub fn run_view(run: Inline, endpoint: &Endpoint) -> AnyView {
    let mut view = run.text.into_any();
    if run.code {
        view = view! { <code>{view}</code> }.into_any();
    }
    if run.sup {
        view = view! { <sup>{view}</sup> }.into_any();
    } else if run.sub {
        view = view! { <sub>{view}</sub> }.into_any();
    }
    if run.italic {
        view = view! { <em>{view}</em> }.into_any();
    }
    if run.bold {
        view = view! { <strong>{view}</strong> }.into_any();
    }
    // A link that does not survive resolution renders its text without the link.
    if let Some(href) = run.link.and_then(|l| endpoint.resolve(&l, UrlUse::Link)) {
        view = view! { <a href=href>{view}</a> }.into_any();
    }
    view
}

pub fn text_view(text: Text, endpoint: &Endpoint) -> impl IntoView {
    text.into_iter().map(|run| run_view(run, endpoint)).collect_view()
}
