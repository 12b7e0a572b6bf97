//! The site header: the site's name and the language switcher.

use super::languages::LanguageSwitcher;
use crate::app::{AppConfig, SiteResource};
use crate::content::files::listing_path;
use crate::i18n::words;
use leptos::prelude::*;

#[component]
pub fn Header(lang: Memo<Option<String>>) -> impl IntoView {
    let site = expect_context::<SiteResource>();
    let base = expect_context::<AppConfig>().base;
    let content = move || {
        let lang = lang.get()?;
        let site = site.get()?.ok()?;
        Some(view! {
            <a class="folio-site-name" href=listing_path(&base, &lang)>{site.name.clone()}</a>
            <LanguageSwitcher lang languages=site.languages.clone() />
        })
    };
    view! {
        <header class="folio-header">
            <a class="folio-skip" href="#folio-main">{move || words(&lang.get().unwrap_or_default()).skip_to_content}</a>
            <div class="folio-header-inner">{content}</div>
        </header>
    }
}
