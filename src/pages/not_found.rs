//! Any address Folio has no page for.

use crate::browser::head::set_title;
use crate::components::status::NotFound;
use crate::content::files::listing_path;
use crate::context::{use_current_lang, AppConfig};
use crate::i18n::words;
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
