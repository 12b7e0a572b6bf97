//! The site header: the site's name and the languages.

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
        let w = words(&lang);
        let home = listing_path(&base, &lang);
        let languages = site
            .languages
            .iter()
            .map(|code| {
                let current = *code == lang;
                view! {
                    <li>
                        <a
                            class="folio-language"
                            href=listing_path(&base, code)
                            lang=code.clone()
                            hreflang=code.clone()
                            aria-current=current.then_some("true")
                        >
                            {words(code).language_name}
                        </a>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <a class="folio-site-name" href=home>{site.name.clone()}</a>
            <nav class="folio-languages" aria-label=w.languages_label>
                <span class="folio-current-language" aria-hidden="true">{lang.clone()}</span>
                <ul class="folio-language-list">{languages}</ul>
            </nav>
        })
    };
    view! {
        <header class="folio-header">
            <a class="folio-skip" href="#folio-main">{move || words(&lang.get().unwrap_or_default()).skip_to_content}</a>
            <div class="folio-header-inner">{content}</div>
        </header>
    }
}
