//! The people of an article under the site's own heading ("Responsible MEPs").

use super::picture::{Picture, Place};
use crate::content::endpoint::Endpoint;
use crate::content::model::Person;
use crate::content::url::UrlUse;
use leptos::prelude::*;

#[component]
pub fn People(people: Vec<Person>, heading: String, endpoint: Endpoint) -> impl IntoView {
    (!people.is_empty()).then(|| {
        let list = people
            .into_iter()
            .map(|p| {
                let photo = p.photo.filter(|ph| endpoint.resolve(&ph.src, UrlUse::Image).is_some());
                let href = p.url.and_then(|u| endpoint.resolve(&u, UrlUse::Link));
                let name = match href {
                    Some(href) => view! { <a class="folio-person-name" href=href>{p.name}</a> }.into_any(),
                    None => view! { <span class="folio-person-name">{p.name}</span> }.into_any(),
                };
                view! {
                    <li class="folio-person">
                        {photo.map(|image| view! {
                            <Picture
                                image
                                endpoint=endpoint.clone()
                                place=Place::Portrait
                                class="folio-person-photo"
                                default_size=(96, 96)
                            />
                        })}
                        <span class="folio-person-text">
                            {name}
                            {p.role.map(|r| view! { <span class="folio-person-role">{r}</span> })}
                        </span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="folio-people" aria-labelledby="folio-people-heading">
                <h2 id="folio-people-heading">{heading}</h2>
                <ul class="folio-people-list">{list}</ul>
            </section>
        }
    })
}
