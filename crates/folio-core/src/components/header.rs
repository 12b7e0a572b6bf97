//! The site header: a skip link, the site's name and the language switcher.

use super::languages::LanguageSwitcher;
use crate::browser::focus_element;
use crate::content::files::listing_path;
use crate::i18n::choices::LanguageChoice;
use crate::i18n::words;
use leptos::prelude::*;

/// `lang` and `site_name` are `None` until known (the app waits for site.json); the
/// switcher's entries follow the page (`i18n::choices`).
#[component]
pub fn Header(
    #[prop(into)] lang: Signal<Option<String>>,
    #[prop(into)] site_name: Signal<Option<String>>,
    #[prop(into)] choices: Signal<Vec<LanguageChoice>>,
    base: String,
) -> impl IntoView {
    let content = move || {
        let lang = lang.get()?;
        let name = site_name.get()?;
        Some(view! {
            <a class="folio-site-name" href=listing_path(&base, &lang)>{name}</a>
            <LanguageSwitcher lang choices />
        })
    };
    // The router would take the link's `#folio-main` as a route and leave the focus where
    // it is; the focus goes to the main content instead (without JavaScript, the link
    // does it by itself: the main element has a tabindex).
    let skip = |e: leptos::ev::MouseEvent| {
        e.prevent_default();
        focus_element("folio-main");
    };
    view! {
        <header class="folio-header">
            <a class="folio-skip" href="#folio-main" on:click=skip>
                {move || words(&lang.get().unwrap_or_default()).skip_to_content}
            </a>
            <div class="folio-header-inner">{content}</div>
        </header>
    }
}
