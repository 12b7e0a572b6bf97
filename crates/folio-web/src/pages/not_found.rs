//! Any address Folio has no page for.

use crate::context::{use_current_lang, AppConfig};
use folio_core::browser::head::set_title;
use folio_core::components::status::NotFound;
use folio_core::content::files::listing_path;
use folio_core::i18n::words;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let lang = use_current_lang();
    let base = expect_context::<AppConfig>().base;
    move || {
        let lang = lang.get().unwrap_or_else(|| "en".into());
        set_title(words(&lang).not_found_title);
        view! { <NotFound home=listing_path(&base, &lang) lang /> }
    }
}
