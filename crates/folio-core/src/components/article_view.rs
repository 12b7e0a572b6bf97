//! One article, top to bottom: kind and date, title, subtitle, lead image, body, documents, people,
//! share links and recommended cards; and its canonical URL, which only print shows
//! (`@media print` in `style/folio.css`).

use super::body::Body;
use super::dates::DateText;
use super::documents::Documents;
use super::figure::Figure;
use super::people::People;
use super::recommended::{Cards, Recommended};
use super::share::ShareBlock;
use super::HIDDEN;
use crate::browser::{frames::after_paint, IN_BROWSER};
use crate::content::endpoint::Endpoint;
use crate::content::model::{Article, Site};
use crate::i18n::{kind_label, words};
use crate::share::links::Shared;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ArticleView(
    article: Arc<Article>,
    site: Arc<Site>,
    endpoint: Endpoint,
    lang: String,
    /// The article's canonical URL, which the share links share.
    url: String,
    /// The app's base path, for the recommended cards' links.
    #[prop(optional)]
    base: String,
    /// The recommended cards: `None` while they load (see `Recommended`).
    #[prop(into)]
    cards: Signal<Cards>,
    /// Asks for the cards again after they failed.
    #[prop(optional, into)]
    retry_cards: Option<Callback<()>>,
    /// Called once everything, the cards included, is on screen.
    #[prop(optional, into)]
    on_complete: Option<Callback<()>>,
) -> impl IntoView {
    // Fields are copied as needed; the body is read from the shared article, never
    // copied whole (a long article has thousands of blocks).
    let a = article;
    let (source_href, source) = (url.clone(), url.clone());
    let shared = Shared {
        title: a.title.clone(),
        summary: a.summary.clone(),
        url,
    };
    let people_heading = site
        .people_heading
        .get(&lang)
        .cloned()
        .unwrap_or_else(|| words(&lang).people_heading.to_string());
    // In the browser, what follows the body is built once the first screen is painted;
    // nothing above it moves. Rendered to HTML, everything is there at once.
    let later = RwSignal::new(!IN_BROWSER);
    after_paint(move || {
        let _ = later.try_set(true);
    });
    let rest = {
        let (a, site, endpoint, lang) = (a.clone(), site.clone(), endpoint.clone(), lang.clone());
        move || {
            later.get().then(|| {
                let (a, site, endpoint, lang) = (a.clone(), site.clone(), endpoint.clone(), lang.clone());
                view! {
                    <People people=a.people.clone() heading=people_heading.clone() endpoint=endpoint.clone() />
                    {(!site.share.is_empty()).then(|| {
                        view! { <ShareBlock channels=site.share.clone() shared=shared.clone() lang=lang.clone() /> }
                    })}
                    <Recommended cards site endpoint lang base=base.clone() retry=retry_cards on_complete />
                }
            })
        }
    };
    // `elementtiming` lets benchmarks read when the title was painted.
    let title = view! { <h1 class="folio-title" id="folio-title" tabindex="-1">{a.title.clone()}</h1> }.add_any_attr(
        leptos::tachys::html::attribute::custom::custom_attribute("elementtiming", "folio-title"),
    );
    view! {
        <article class="folio-article" lang=a.language.clone()>
            <header class="folio-article-header">
                <p class="folio-meta">
                    <span class="folio-kind">{kind_label(&site, &a.kind, &lang)}</span>
                    <span class="folio-meta-separator" aria-hidden=HIDDEN>" | "</span>
                    <DateText date=a.date lang=lang.clone() style=site.date_style />
                </p>
                {title}
                {a.subtitle.clone().map(|s| view! { <p class="folio-subtitle">{s}</p> })}
            </header>
            {a.image.clone().map(|image| view! { <Figure image endpoint=endpoint.clone() lang=lang.clone() lead=true /> })}
            <Body article=a.clone() endpoint=endpoint.clone() lang=lang.clone() />
            <Documents documents=a.documents.clone() endpoint=endpoint.clone() lang=lang.clone() />
            {rest}
            <p class="folio-print-source">
                <a href=source_href>{source}</a>
            </p>
        </article>
    }
}
