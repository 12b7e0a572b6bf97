//! An article card, in the listing and among the recommended: image with credit, kind,
//! title (clamped to two lines, whole for screen readers and as a tooltip), date. The
//! whole card is one link, with the title as its name.

use super::dates::DateText;
use super::picture::{Picture, Place};
use crate::browser::prefetch_article;
use crate::content::endpoint::Endpoint;
use crate::content::files::article_path;
use crate::content::model::{Card, Site};
use crate::content::url::UrlUse;
use crate::i18n::{fill, kind_label, words};
use leptos::prelude::*;

/// How long a pointer rests on a card before its article is loaded ahead of a click.
const HOVER_INTENT: std::time::Duration = std::time::Duration::from_millis(65);

/// The title's pieces, `true` for those a search matched (shown in `<mark>`).
pub type Pieces = Vec<(String, bool)>;

fn pieces_view(pieces: Pieces) -> impl IntoView {
    pieces
        .into_iter()
        .map(|(text, hit)| {
            if hit {
                view! { <mark>{text}</mark> }.into_any()
            } else {
                text.into_any()
            }
        })
        .collect_view()
}

#[component]
pub fn CardView(
    card: Card,
    site: std::sync::Arc<Site>,
    endpoint: Endpoint,
    lang: String,
    base: String,
    /// The heading level of the title: 2 in the listing, 3 under an article.
    #[prop(default = 3)]
    level: u8,
    /// Title and summary with search matches marked; plain when `None`.
    #[prop(default = None)]
    marked: Option<(Pieces, Option<Pieces>)>,
    /// The summary is shown in the listing, not among the recommended.
    #[prop(optional)]
    with_summary: bool,
) -> impl IntoView {
    let image = card
        .image
        .clone()
        .filter(|i| endpoint.resolve(&i.src, UrlUse::Image).is_some());
    let credit = image
        .as_ref()
        .and_then(|i| i.credit.as_ref())
        .map(|c| fill(words(&lang).photo_credit, &[("credit", c)]));
    let href = article_path(&base, &lang, &card.slug);
    let (title, summary) = match marked {
        Some((t, s)) => (pieces_view(t).into_any(), s.map(|s| pieces_view(s).into_any())),
        None => (
            card.title.clone().into_any(),
            card.summary.clone().map(|s| s.into_any()),
        ),
    };
    let prefetch = {
        let (endpoint, lang, slug) = (endpoint.clone(), lang.clone(), card.slug.clone());
        move || prefetch_article(&endpoint, lang.clone(), slug.clone())
    };
    // A pointer resting on the card (not one passing over it), a keyboard focus or a
    // touch: the article loads then, so the click usually paints from memory.
    let intent = StoredValue::new_local(None::<TimeoutHandle>);
    let on_enter = {
        let prefetch = prefetch.clone();
        move |_| {
            let handle = set_timeout_with_handle(prefetch.clone(), HOVER_INTENT);
            intent.set_value(handle.ok());
        }
    };
    let on_leave = move |_| {
        if let Some(handle) = intent.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    let (on_focus, on_down) = (prefetch.clone(), prefetch);
    let link = view! {
        <a
            class="folio-card-link"
            href=href
            title=card.title.clone()
            on:pointerenter=on_enter
            on:pointerleave=on_leave
            on:focus=move |_| on_focus()
            on:pointerdown=move |_| on_down()
        >
            {title}
        </a>
    };
    let heading = if level == 2 {
        view! { <h2 class="folio-card-title">{link}</h2> }.into_any()
    } else {
        view! { <h3 class="folio-card-title">{link}</h3> }.into_any()
    };
    view! {
        <li class="folio-card">
            <div class="folio-card-media">
                {match image {
                    Some(image) => view! {
                        <Picture
                            image
                            endpoint=endpoint.clone()
                            place=Place::Card
                            class="folio-card-image"
                            default_size=(480, 270)
                        />
                    }
                    .into_any(),
                    None => view! { <div class="folio-card-placeholder" aria-hidden="true"></div> }.into_any(),
                }}
                {credit.map(|c| view! { <span class="folio-card-credit">{c}</span> })}
            </div>
            <div class="folio-card-body">
                <p class="folio-card-kind">{kind_label(&site, &card.kind, &lang)}</p>
                {heading}
                {with_summary.then(|| summary.map(|s| view! { <p class="folio-card-summary">{s}</p> }))}
                <p class="folio-card-date">
                    <DateText date=card.date lang=lang.clone() style=site.date_style />
                </p>
            </div>
        </li>
    }
}
