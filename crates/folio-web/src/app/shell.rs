//! The shell, inside the router: the header with its switcher, `<html lang dir>`, and the
//! routes.

use crate::context::{use_current_lang, AppConfig, CurrentArticle, SiteResource};
use crate::pages::{article::ArticlePage, listing::ListingPage, not_found::NotFoundPage, root::RootRedirect};
use folio_core::browser::head::set_language;
use folio_core::components::header::Header;
use folio_core::content::files::article_path;
use folio_core::i18n::choices::language_choices;
use folio_core::i18n::negotiate::is_rtl;
use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

#[component]
pub fn Shell() -> impl IntoView {
    // The address's language, once its words are in place.
    let lang = with_words(use_current_lang());
    let site = expect_context::<SiteResource>();
    let base = expect_context::<AppConfig>().base;
    let article = expect_context::<CurrentArticle>().0;
    let location = use_location();
    Effect::new(move |_| {
        let lang = lang.get().unwrap_or_else(|| "en".into());
        set_language(&lang, is_rtl(&lang));
    });
    let site_name = Signal::derive(move || Some(site.get()?.ok()?.name.clone()));
    // The switcher's entries: on an article, its translations (only those of the article
    // at this address); elsewhere the listings.
    let choices = {
        let base = base.clone();
        Signal::derive(move || {
            let (Some(lang), Some(Ok(site))) = (lang.get(), site.get()) else {
                return Vec::new();
            };
            let path = location.pathname.get();
            let here = article.get().filter(|a| path == article_path(&base, &a.lang, &a.slug));
            language_choices(&site.languages, &lang, here.as_ref(), &base)
        })
    };
    view! {
        <Header lang site_name choices base />
        <main class="folio-main" id="folio-main" tabindex="-1">
            <Routes fallback=NotFoundPage>
                <Route path=path!("/") view=RootRedirect />
                <Route path=path!("/:lang") view=ListingPage />
                <Route path=path!("/:lang/article/:slug") view=ArticlePage />
            </Routes>
        </main>
    }
}

/// `lang`, once its words are in place (or given up on): the header follows the address's language when
/// the page does, never showing a language with another's words (English is built in;
/// each page's state loads its language's words, see `browser::words`).
fn with_words(lang: Memo<Option<String>>) -> Memo<Option<String>> {
    Memo::new(move |before: Option<&Option<String>>| {
        folio_core::browser::words::track_arrivals();
        let wanted = lang.get();
        match wanted.as_deref() {
            Some(l) if !folio_core::browser::words::settled(l) => before.cloned().flatten(),
            _ => wanted,
        }
    })
}
