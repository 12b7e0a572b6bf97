//! `/`: on to a listing, in the reader's remembered language, else the host page's
//! `data-lang`, else the browser's best match among the site's languages, else the
//! site's default.

use crate::context::{AppConfig, SiteResource};
use folio_core::browser::storage::{browser_languages, remembered_language};
use folio_core::components::status::ErrorView;
use folio_core::i18n::negotiate::choose_language;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::NavigateOptions;

#[component]
pub fn RootRedirect() -> impl IntoView {
    let site = expect_context::<SiteResource>();
    let host_lang = expect_context::<AppConfig>().lang;
    move || match site.get() {
        None => ().into_any(),
        Some(Ok(site)) => {
            // The host page's language (data-lang) comes before the browser's.
            let preferred: Vec<String> = host_lang.clone().into_iter().chain(browser_languages()).collect();
            let lang = choose_language(
                remembered_language().as_deref(),
                &preferred,
                &site.languages,
                &site.default_language,
            );
            let options = NavigateOptions {
                replace: true,
                ..NavigateOptions::default()
            };
            view! { <Redirect path=format!("/{lang}/") options /> }.into_any()
        }
        Some(Err(error)) => {
            let lang = browser_languages().first().cloned().unwrap_or_else(|| "en".into());
            view! { <ErrorView error lang on_retry=move || site.refetch() home="/" /> }.into_any()
        }
    }
}
