//! The language switcher: a `<details>` whose summary shows the current code and opens
//! the site's languages, each named in itself, so it works without JavaScript too. On an
//! article they lead to its translations; a language without one is shown, but not as a
//! link. In the browser it also answers the arrow keys, Home, End and Escape, and closes
//! on a click outside or when focus leaves it.

use super::HIDDEN;
use crate::browser::frames::{next_frame, on_window_click};
use crate::browser::storage::remember_language;
use crate::i18n::choices::LanguageChoice;
use crate::i18n::words;
use leptos::ev;
use leptos::html::Details;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The chevron's path (from a constant: see the module comment of `components`).
const CHEVRON: &str = "M2 4l4 4 4-4";

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

/// Focus back on the summary.
fn focus_summary(root: &web_sys::HtmlElement) {
    if let Some(summary) = root
        .query_selector("summary")
        .ok()
        .flatten()
        .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = summary.focus();
    }
}

fn choice_view(choice: LanguageChoice, root: NodeRef<Details>, missing: &'static str) -> impl IntoView {
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
                    if let Some(r) = root.try_get_untracked().flatten() {
                        r.set_open(false);
                    }
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
pub fn LanguageSwitcher(lang: String, #[prop(into)] choices: Signal<Vec<LanguageChoice>>) -> impl IntoView {
    let root = NodeRef::<Details>::new();
    let w = words(&lang);
    let close = move || {
        if let Some(r) = root.try_get_untracked().flatten() {
            r.set_open(false);
        }
    };

    // A click anywhere outside closes the list.
    on_window_click(move |e| {
        let inside = root.try_get_untracked().flatten().is_some_and(|r| {
            e.target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                .is_some_and(|t| r.contains(Some(&t)))
        });
        if !inside {
            close();
        }
    });

    let on_keydown = move |e: ev::KeyboardEvent| {
        let Some(r) = root.try_get_untracked().flatten() else {
            return;
        };
        let open = r.open();
        let step = match e.key().as_str() {
            "Escape" if open => {
                e.prevent_default();
                r.set_open(false);
                focus_summary(&r);
                return;
            }
            "ArrowDown" => 1,
            "ArrowUp" => -1,
            "Home" if open => i32::MIN,
            "End" if open => i32::MAX,
            _ => return,
        };
        e.prevent_default();
        r.set_open(true);
        // The list shows on the next render; focus it after that.
        next_frame(move || {
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
            close();
        }
    };

    let entries = move || {
        choices
            .get()
            .into_iter()
            .map(|c| choice_view(c, root, w.translation_missing))
            .collect_view()
    };

    view! {
        <details class="folio-languages" node_ref=root on:keydown=on_keydown on:focusout=on_focusout>
            <summary class="folio-languages-button">
                <span class="folio-visually-hidden">{format!("{}: ", w.languages_label)}</span>
                <span class="folio-current-language">{lang.clone()}</span>
                <svg class="folio-chevron" aria-hidden=HIDDEN viewBox="0 0 12 12" width="12" height="12">
                    <path d=CHEVRON fill="none" stroke="currentColor" stroke-width="1.6" />
                </svg>
            </summary>
            <ul class="folio-language-list" aria-label=w.languages_label>
                {entries}
            </ul>
        </details>
    }
}
