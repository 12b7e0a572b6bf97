//! The site header: a skip link, the site's name and the language switcher.

use super::languages::LanguageSwitcher;
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
    view! {
        <header class="folio-header">
            <a class="folio-skip" href="#folio-main">{move || words(&lang.get().unwrap_or_default()).skip_to_content}</a>
            <div class="folio-header-inner">{content}</div>
        </header>
    }
}
