//! What a page shows while it waits, when a file fails, and when there is nothing.

use super::HIDDEN;
use crate::browser::frames::after;
use crate::content::error::LoadError;
use crate::i18n::{fill, words};
use leptos::prelude::*;

/// How long a load runs before the grey boxes start to pulse.
const SLOW_LOAD: std::time::Duration = std::time::Duration::from_millis(800);

/// The skeleton's grey lines and picture, top to bottom.
const SKELETON: [&str; 7] = [
    "folio-skeleton-line folio-skeleton-meta",
    "folio-skeleton-line folio-skeleton-title",
    "folio-skeleton-line folio-skeleton-title folio-skeleton-short",
    "folio-skeleton-image",
    "folio-skeleton-line",
    "folio-skeleton-line",
    "folio-skeleton-line folio-skeleton-short",
];

/// The article's shape in grey: the same boxes as the real page, so nothing jumps when
/// the content arrives. They pulse only once the load has taken a while: a running
/// animation from the start held a first visit's title back by about 30 ms (measured).
#[component]
pub fn ArticleSkeleton(lang: String) -> impl IntoView {
    let slow = RwSignal::new(false);
    after(SLOW_LOAD, move || {
        let _ = slow.try_set(true);
    });
    view! {
        <div class="folio-loading" class:folio-loading-slow=move || slow.get() role="status" aria-live="polite">
            <span class="folio-visually-hidden">{words(&lang).loading}</span>
            <div class="folio-skeleton" aria-hidden=HIDDEN>
                {SKELETON.map(|class| view! { <div class=class></div> }).collect_view()}
            </div>
        </div>
    }
}

/// The message for one failed file, in the reader's language.
pub fn error_message(error: &LoadError, lang: &str) -> String {
    let w = words(lang);
    match error {
        LoadError::NotFound { file } => fill(w.error_not_found, &[("file", file)]),
        LoadError::Server { file, status } => fill(w.error_server, &[("file", file), ("status", &status.to_string())]),
        LoadError::Unreachable { file } => fill(w.error_unreachable, &[("file", file)]),
        LoadError::Timeout { file } => fill(w.error_timeout, &[("file", file)]),
        LoadError::Invalid { file, detail } => fill(w.error_invalid, &[("file", file), ("detail", detail)]),
    }
}

/// A failed load: what failed, a Retry, and a way back.
#[component]
pub fn ErrorView(
    error: LoadError,
    lang: String,
    #[prop(into)] on_retry: Callback<()>,
    /// The listing to go back to; a widget has none.
    #[prop(optional, into)]
    home: Option<String>,
) -> impl IntoView {
    let w = words(&lang);
    let heading = if matches!(error, LoadError::NotFound { .. }) {
        w.not_found_title
    } else {
        w.error_heading
    };
    view! {
        <div class="folio-error" role="alert">
            <h1 class="folio-error-title">{heading}</h1>
            <p class="folio-error-message">{error_message(&error, &lang)}</p>
            <p class="folio-error-actions">
                <button type="button" class="folio-button" on:click=move |_| on_retry.run(())>{w.retry}</button>
                {home.map(|home| view! { <a class="folio-back" href=home>{w.back_to_articles}</a> })}
            </p>
        </div>
    }
}

/// The page for an address Folio has nothing at.
#[component]
pub fn NotFound(lang: String, #[prop(into)] home: String) -> impl IntoView {
    let w = words(&lang);
    view! {
        <div class="folio-notice folio-not-found">
            <h1>{w.not_found_title}</h1>
            <p>{w.not_found_body}</p>
            <p><a class="folio-back" href=home>{w.back_to_articles}</a></p>
        </div>
    }
}

/// An article address in a language the article does not exist in: where it does exist.
#[component]
pub fn TranslationNotice(
    lang: String,
    elsewhere: Vec<(String, String)>,
    base: String,
    #[prop(into)] home: String,
) -> impl IntoView {
    let w = words(&lang);
    let links = elsewhere
        .into_iter()
        .map(|(l, slug)| {
            view! {
                <li>
                    <a href=crate::content::files::article_path(&base, &l, &slug) lang=l.clone() hreflang=l.clone()>
                        {crate::i18n::language_name(&l)}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="folio-notice folio-translation-notice">
            <h1>{w.not_found_title}</h1>
            <p>{w.article_not_in_language}</p>
            <ul class="folio-translation-list">{links}</ul>
            <p><a class="folio-back" href=home>{w.back_to_articles}</a></p>
        </div>
    }
}
