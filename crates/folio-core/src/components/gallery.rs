//! A gallery: its pictures in a grid that reflows down to one column on a narrow
//! screen, each with its own caption and credit, then the set's caption. Every picture
//! is sized and loads lazily; no script is needed to see them all.

use super::figure::Figure;
use crate::content::endpoint::Endpoint;
use crate::content::model::Gallery;
use leptos::prelude::*;

#[component]
pub fn GalleryBlock(gallery: Gallery, endpoint: Endpoint, lang: String) -> impl IntoView {
    let pictures = gallery
        .images
        .into_iter()
        .map(|image| {
            view! { <li><Figure image endpoint=endpoint.clone() lang=lang.clone() in_gallery=true /></li> }
        })
        .collect_view();
    view! {
        <figure class="folio-gallery">
            <ul class="folio-gallery-grid">{pictures}</ul>
            {gallery.caption.map(|c| view! { <figcaption class="folio-caption">{c}</figcaption> })}
        </figure>
    }
}
