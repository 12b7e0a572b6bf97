//! The language switcher: a button with the current code that opens the site's languages,
//! each named in itself. On an article they lead to its translations; a language without
//! one is shown, but not as a link.

use crate::app::storage::remember_language;
use crate::app::{AppConfig, CurrentArticle};
use crate::content::files::article_path;
use crate::i18n::choices::{language_choices, LanguageChoice};
use crate::i18n::words;
use leptos::ev;
use leptos::html::{Button, Div};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// Moves focus among the list's links: `step` +1/-1, or to the first/last with
/// `i32::MIN`/`i32::MAX`.
fn move_focus(root: &web_sys::HtmlElement, step: i32) {
    let Ok(list) = root.query_selector_all(".folio-language-list a") else {
        return;
    };
    let links: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    if links.is_empty() {
        return;
    }
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let at = links.iter().position(|l| {
        active
            .as_ref()
            .is_some_and(|a| a == l.unchecked_ref::<web_sys::Element>())
    });
    let last = links.len() as i32 - 1;
    let next = match (step, at) {
        (i32::MIN, _) => 0,
        (i32::MAX, _) => last,
        (_, None) if step < 0 => last,
        (_, None) => 0,
        (_, Some(i)) => (i as i32 + step).rem_euclid(last + 1),
    };
    let _ = links[next as usize].focus();
}

fn choice_view(choice: LanguageChoice, open: RwSignal<bool>, missing: &'static str) -> impl IntoView {
    let code = choice.code.clone();
    let item = match choice.href {
        Some(href) => view! {
            <a
                class="folio-language"
                href=href
                lang=choice.code.clone()
                hreflang=choice.code.clone()
                aria-current=choice.current.then_some("true")
                on:click=move |_| {
                    remember_language(&code);
                    open.set(false);
                }
            >
                {choice.name}
            </a>
        }
        .into_any(),
        None => view! {
            <span class="folio-language folio-language-unavailable" aria-disabled="true">
                <span lang=choice.code.clone()>{choice.name}</span>
                <span class="folio-visually-hidden">{format!(" – {missing}")}</span>
            </span>
        }
        .into_any(),
    };
    view! { <li>{item}</li> }
}

#[component]
pub fn LanguageSwitcher(lang: String, languages: Vec<String>) -> impl IntoView {
    let base = expect_context::<AppConfig>().base;
    let article = expect_context::<CurrentArticle>().0;
    let location = use_location();
    let open = RwSignal::new(false);
    let root = NodeRef::<Div>::new();
    let button = NodeRef::<Button>::new();
    let w = words(&lang);

    // A click anywhere outside closes the list.
    let outside = window_event_listener(ev::click, move |e| {
        let inside = root.try_get_untracked().flatten().is_some_and(|r| {
            e.target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                .is_some_and(|t| r.contains(Some(&t)))
        });
        if !inside {
            open.set(false);
        }
    });
    on_cleanup(move || outside.remove());

    let close_and_return = move || {
        open.set(false);
        if let Some(b) = button.try_get_untracked().flatten() {
            let _ = b.focus();
        }
    };
    let on_keydown = move |e: ev::KeyboardEvent| {
        let step = match e.key().as_str() {
            "Escape" if open.get_untracked() => {
                e.prevent_default();
                close_and_return();
                return;
            }
            "ArrowDown" => 1,
            "ArrowUp" => -1,
            "Home" if open.get_untracked() => i32::MIN,
            "End" if open.get_untracked() => i32::MAX,
            _ => return,
        };
        e.prevent_default();
        open.set(true);
        // The list is shown on the next render; focus it after that.
        request_animation_frame(move || {
            if let Some(r) = root.try_get_untracked().flatten() {
                move_focus(&r, step);
            }
        });
    };
    // Leaving the switcher with Tab closes it.
    let on_focusout = move |e: ev::FocusEvent| {
        let next = e.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let stays = root
            .get_untracked()
            .is_some_and(|r| next.is_some_and(|n| r.contains(Some(&n))));
        if !stays {
            open.set(false);
        }
    };

    let current_code = lang.clone();
    let choices = move || {
        let path = location.pathname.get();
        // Only the translations of the article at this address count.
        let here = article.get().filter(|a| path == article_path(&base, &a.lang, &a.slug));
        language_choices(&languages, &current_code, here.as_ref(), &base)
            .into_iter()
            .map(|c| choice_view(c, open, w.translation_missing))
            .collect_view()
    };

    view! {
        <div class="folio-languages" node_ref=root on:keydown=on_keydown on:focusout=on_focusout>
            <button
                type="button"
                class="folio-languages-button"
                node_ref=button
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls="folio-language-list"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <span class="folio-visually-hidden">{format!("{}: ", w.languages_label)}</span>
                <span class="folio-current-language">{lang.clone()}</span>
                <svg class="folio-chevron" aria-hidden="true" viewBox="0 0 12 12" width="12" height="12">
                    <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.6" />
                </svg>
            </button>
            <ul
                class="folio-language-list"
                id="folio-language-list"
                aria-label=w.languages_label
                hidden=move || !open.get()
            >
                {choices}
            </ul>
        </div>
    }
}
