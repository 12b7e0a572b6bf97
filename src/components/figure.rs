//! An image with its caption and photographer credit.

use crate::content::endpoint::Endpoint;
use crate::content::model::Image;
use crate::content::url::UrlUse;
use crate::i18n::{fill, words};
use leptos::prelude::*;

/// `lead` images load at once (they are the largest paint); the others lazily. Width and
/// height, when the content gives them, reserve the space before the image arrives.
#[component]
pub fn Figure(image: Image, endpoint: Endpoint, lang: String, #[prop(optional)] lead: bool) -> impl IntoView {
    let src = endpoint.resolve(&image.src, UrlUse::Image);
    let credit = image.credit.map(|c| fill(words(&lang).photo_credit, &[("credit", &c)]));
    let has_caption = image.caption.is_some() || credit.is_some();
    let class = if lead {
        "folio-figure folio-lead-image"
    } else {
        "folio-figure"
    };
    src.map(|src| {
        view! {
            <figure class=class>
                <img
                    class="folio-image"
                    src=src
                    alt=image.alt
                    width=image.width
                    height=image.height
                    loading=if lead { "eager" } else { "lazy" }
                    decoding="async"
                />
                {has_caption.then(|| view! {
                    <figcaption class="folio-caption">
                        {image.caption.map(|c| view! { <span class="folio-caption-text">{c}</span> })}
                        {credit.map(|c| view! { <span class="folio-credit">{c}</span> })}
                    </figcaption>
                })}
            </figure>
        }
    })
}
