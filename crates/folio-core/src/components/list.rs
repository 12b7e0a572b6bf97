//! A bulleted or numbered list, its items' own lists nested inside them.

use super::text::text_view;
use crate::content::endpoint::Endpoint;
use crate::content::model::List;
use leptos::prelude::*;

pub fn list_view(list: List, endpoint: &Endpoint) -> AnyView {
    let items = list
        .items
        .into_iter()
        .map(|item| {
            let nested = item.list.map(|l| list_view(l, endpoint));
            view! { <li>{text_view(item.text, endpoint)}{nested}</li> }
        })
        .collect_view();
    if list.ordered {
        view! { <ol>{items}</ol> }.into_any()
    } else {
        view! { <ul>{items}</ul> }.into_any()
    }
}
