//! An image with its caption and photographer credit.

use super::picture::{Picture, Place};
use crate::content::endpoint::Endpoint;
use crate::content::model::Image;
use crate::content::url::UrlUse;
use crate::i18n::{fill, words};
use leptos::prelude::*;

/// `lead` images load at once and first (they are the largest paint); the others
/// lazily. Width and height, when the content gives them, reserve the space before the
/// image arrives; its variants let the browser take the file its screen needs.
#[component]
pub fn Figure(
    image: Image,
    endpoint: Endpoint,
    lang: String,
    #[prop(optional)] lead: bool,
    /// In a gallery's grid rather than the full column.
    #[prop(optional)]
    in_gallery: bool,
) -> impl IntoView {
    let place = if in_gallery { Place::Gallery } else { Place::Column };
    let shown = endpoint.resolve(&image.src, UrlUse::Image).is_some();
    let credit = image
        .credit
        .clone()
        .map(|c| fill(words(&lang).photo_credit, &[("credit", &c)]));
    let caption = image.caption.clone();
    let has_caption = caption.is_some() || credit.is_some();
    let class = if lead {
        "folio-figure folio-lead-image"
    } else {
        "folio-figure"
    };
    shown.then(|| {
        view! {
            <figure class=class>
                <Picture image endpoint place class="folio-image" lead />
                {has_caption.then(|| view! {
                    <figcaption class="folio-caption">
                        {caption.map(|c| view! { <span class="folio-caption-text">{c}</span> })}
                        {credit.map(|c| view! { <span class="folio-credit">{c}</span> })}
                    </figcaption>
                })}
            </figure>
        }
    })
}
