//! Header, `<html lang>` and the routes, inside the router.

use super::{AppConfig, SiteResource};
use crate::components::header::Header;
use crate::content::decode::is_valid_language;
use crate::i18n::negotiate::is_rtl;
use crate::pages::{article::ArticlePage, listing::ListingPage, not_found::NotFoundPage, root::RootRedirect};
use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

/// The language of the current address: its first segment when that is one of the site's
/// languages, else the site's default (`None` until site.json is there).
pub fn use_current_lang() -> Memo<Option<String>> {
    let location = use_location();
    let site = expect_context::<SiteResource>();
    let base = expect_context::<AppConfig>().base;
    Memo::new(move |_| {
        let path = location.pathname.get();
        let path = path.strip_prefix(base.as_str()).unwrap_or(&path);
        let first = path.trim_start_matches('/').split('/').next().unwrap_or("").to_string();
        match site.get() {
            Some(Ok(site)) if site.has_language(&first) => Some(first),
            Some(Ok(site)) => Some(site.default_language.clone()),
            _ if is_valid_language(&first) => Some(first),
            _ => None,
        }
    })
}

#[component]
pub fn Shell() -> impl IntoView {
    let lang = use_current_lang();
    Effect::new(move |_| {
        let lang = lang.get().unwrap_or_else(|| "en".into());
        super::head::set_language(&lang, is_rtl(&lang));
    });
    view! {
        <Header lang />
        <main class="folio-main" id="folio-main">
            <Routes fallback=NotFoundPage>
                <Route path=path!("/") view=RootRedirect />
                <Route path=path!("/:lang") view=ListingPage />
                <Route path=path!("/:lang/article/:slug") view=ArticlePage />
            </Routes>
        </main>
    }
}
