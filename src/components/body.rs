//! The article body: one element per block, content always as text nodes.

use super::figure::Figure;
use super::text::text_view;
use crate::content::loader::Endpoint;
use crate::content::model::Block;
use leptos::prelude::*;

fn block_view(block: Block, endpoint: &Endpoint, lang: &str) -> AnyView {
    match block {
        Block::Paragraph(text) => view! { <p>{text_view(text, endpoint)}</p> }.into_any(),
        Block::Heading { level, text } => {
            let inner = text_view(text, endpoint);
            match level {
                2 => view! { <h2>{inner}</h2> }.into_any(),
                3 => view! { <h3>{inner}</h3> }.into_any(),
                4 => view! { <h4>{inner}</h4> }.into_any(),
                5 => view! { <h5>{inner}</h5> }.into_any(),
                _ => view! { <h6>{inner}</h6> }.into_any(),
            }
        }
        Block::Quote { text, cite } => view! {
            <figure class="folio-quote">
                <blockquote><p>{text_view(text, endpoint)}</p></blockquote>
                {cite.map(|c| view! { <figcaption><cite>{c}</cite></figcaption> })}
            </figure>
        }
        .into_any(),
        Block::List { ordered, items } => {
            let items = items
                .into_iter()
                .map(|t| view! { <li>{text_view(t, endpoint)}</li> })
                .collect_view();
            if ordered {
                view! { <ol>{items}</ol> }.into_any()
            } else {
                view! { <ul>{items}</ul> }.into_any()
            }
        }
        Block::Image(image) => view! { <Figure image endpoint=endpoint.clone() lang=lang.to_string() /> }.into_any(),
        Block::Divider => view! { <hr class="folio-divider" /> }.into_any(),
    }
}

#[component]
pub fn Body(blocks: Vec<Block>, endpoint: Endpoint, lang: String) -> impl IntoView {
    view! {
        <div class="folio-body">
            {blocks.into_iter().map(|b| block_view(b, &endpoint, &lang)).collect_view()}
        </div>
    }
}
