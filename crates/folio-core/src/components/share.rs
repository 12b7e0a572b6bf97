//! "Please share": plain links to each network (nothing is loaded from them before a
//! click), a copy button, the device's own share sheet where there is one, and Mastodon
//! on the reader's own server.

use super::share_icons::share_icon;
use crate::browser::navigator::{copy_text, has_share_sheet, open_in_new_tab, share_sheet};
use crate::browser::storage::{remember_mastodon, remembered_mastodon};
use crate::browser::IN_BROWSER;
use crate::i18n::{fill, words, Words};
use crate::share::links::{mastodon_link, share_link, Shared};
use crate::share::{link_label, mastodon};
use leptos::html::{Dialog, Input};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The channels that need JavaScript: rendered to HTML (no script), the block holds
/// only the plain links.
fn needs_script(channel: &str) -> bool {
    matches!(channel, "native" | "copy" | "mastodon")
}

/// What the block's buttons share between them.
#[derive(Clone, Copy)]
struct State {
    /// What the status line says ("Link copied").
    status: RwSignal<String>,
    /// Whether the link is offered in a field to copy by hand (no clipboard).
    show_field: RwSignal<bool>,
    field: NodeRef<Input>,
    /// The reader's Mastodon server, once known.
    server: RwSignal<Option<String>>,
    dialog: NodeRef<Dialog>,
}

/// A plain link to a network (or e-mail); `None` for a channel without one.
fn link_item(channel: &str, shared: &Shared, w: &'static Words) -> Option<AnyView> {
    let href = share_link(channel, shared)?;
    let label = link_label(w, channel);
    let external = channel != "email";
    let hidden = if external {
        format!("{label} {}", w.opens_new_tab)
    } else {
        label.clone()
    };
    Some(
        view! {
            <a
                class=format!("folio-share-button folio-share-{channel}")
                href=href
                target=external.then_some("_blank")
                rel=external.then_some("noopener noreferrer")
                title=label
            >
                {share_icon(channel)}
                <span class="folio-visually-hidden">{hidden}</span>
            </a>
        }
        .into_any(),
    )
}

/// The device's own share sheet.
fn native_button(shared: &Shared, w: &'static Words) -> AnyView {
    let s = shared.clone();
    let share = move |_| {
        let s = s.clone();
        spawn_local(async move {
            share_sheet(&s.title, s.summary.as_deref().unwrap_or(&s.title), &s.url).await;
        });
    };
    view! {
        <button type="button" class="folio-share-button folio-share-native" title=w.share_native on:click=share>
            {share_icon("native")}
            <span class="folio-visually-hidden">{w.share_native}</span>
        </button>
    }
    .into_any()
}

/// Copies the link; where there is no clipboard, offers it selected in a field.
fn copy_button(url: &str, w: &'static Words, state: State) -> AnyView {
    let url = url.to_string();
    let copy = move |_| {
        let url = url.clone();
        spawn_local(async move {
            if copy_text(&url).await {
                state.show_field.set(false);
                state.status.set(w.share_copied.to_string());
            } else {
                state.show_field.set(true);
                request_animation_frame(move || {
                    if let Some(input) = state.field.try_get_untracked().flatten() {
                        let _ = input.focus();
                        input.select();
                    }
                });
            }
        });
    };
    view! {
        <button type="button" class="folio-share-button folio-share-copy" title=w.share_copy on:click=copy>
            {share_icon("copy")}
            <span class="folio-visually-hidden">{w.share_copy}</span>
        </button>
    }
    .into_any()
}

/// Mastodon: a link to the reader's server once known (and a way to change it), else a
/// button that asks for it.
fn mastodon_item(shared: &Shared, w: &'static Words, state: State) -> AnyView {
    let s = shared.clone();
    let label = fill(w.share_on, &[("network", "Mastodon")]);
    let class = "folio-share-button folio-share-mastodon";
    let open_dialog = move |_| {
        if let Some(d) = state.dialog.try_get_untracked().flatten() {
            let _ = d.show_modal();
        }
    };
    let item = move || match state.server.get() {
        Some(host) => view! {
            <a class=class href=mastodon_link(&host, &s) target="_blank" rel="noopener noreferrer" title=label.clone()>
                {share_icon("mastodon")}
                <span class="folio-visually-hidden">{format!("{label} ({host}) {}", w.opens_new_tab)}</span>
            </a>
            <button type="button" class="folio-share-change" on:click=open_dialog>
                {w.mastodon_change}
            </button>
        }
        .into_any(),
        None => view! {
            <button type="button" class=class title=label.clone() aria-haspopup="dialog" on:click=open_dialog>
                {share_icon("mastodon")}
                <span class="folio-visually-hidden">{label.clone()}</span>
            </button>
        }
        .into_any(),
    };
    item.into_any()
}

#[component]
pub fn ShareBlock(channels: Vec<String>, shared: Shared, lang: String) -> impl IntoView {
    let w = words(&lang);
    let state = State {
        status: RwSignal::new(String::new()),
        show_field: RwSignal::new(false),
        field: NodeRef::new(),
        server: RwSignal::new(remembered_mastodon()),
        dialog: NodeRef::new(),
    };
    let native = has_share_sheet();
    let items = channels
        .iter()
        .filter(|channel| IN_BROWSER || !needs_script(channel))
        .filter_map(|channel| {
            let item = match channel.as_str() {
                "native" if native => native_button(&shared, w),
                "copy" => copy_button(&shared.url, w, state),
                "mastodon" => mastodon_item(&shared, w, state),
                other => link_item(other, &shared, w)?,
            };
            Some(view! { <li>{item}</li> })
        })
        .collect_view();

    let url = shared.url.clone();
    let (status, show_field, field, dialog, server) =
        (state.status, state.show_field, state.field, state.dialog, state.server);
    view! {
        <section class="folio-share" aria-labelledby="folio-share-heading">
            <h2 id="folio-share-heading">{w.share_heading}</h2>
            <ul class="folio-share-list">{items}</ul>
            <p class="folio-share-status" role="status">{move || Some(status.get()).filter(|s| !s.is_empty())}</p>
            <Show when=move || show_field.get()>
                <label class="folio-share-field">
                    <span>{w.share_copy_fallback}</span>
                    <input node_ref=field type="text" readonly value=url.clone() />
                </label>
            </Show>
            {IN_BROWSER.then(|| view! { <MastodonDialog dialog server shared=shared.clone() lang=lang.clone() /> })}
        </section>
    }
}

/// Asks once for the reader's Mastodon server, checks it, remembers it, and shares.
#[component]
fn MastodonDialog(
    dialog: NodeRef<Dialog>,
    server: RwSignal<Option<String>>,
    shared: Shared,
    lang: String,
) -> impl IntoView {
    let w = words(&lang);
    let input = NodeRef::<Input>::new();
    let invalid = RwSignal::new(false);
    let close = move || {
        invalid.set(false);
        if let Some(d) = dialog.try_get_untracked().flatten() {
            d.close();
        }
    };
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let typed = input
            .try_get_untracked()
            .flatten()
            .map(|i| i.value())
            .unwrap_or_default();
        match mastodon::server(&typed) {
            Some(host) => {
                remember_mastodon(&host);
                server.set(Some(host.clone()));
                close();
                open_in_new_tab(&mastodon_link(&host, &shared));
            }
            None => {
                invalid.set(true);
                if let Some(i) = input.try_get_untracked().flatten() {
                    let _ = i.focus();
                }
            }
        }
    };
    view! {
        <dialog class="folio-dialog" node_ref=dialog aria-labelledby="folio-mastodon-title">
            <form class="folio-dialog-form" on:submit=submit novalidate>
                <h2 id="folio-mastodon-title">{w.mastodon_title}</h2>
                <label for="folio-mastodon-server">{w.mastodon_server_label}</label>
                <input
                    node_ref=input
                    id="folio-mastodon-server"
                    type="text"
                    inputmode="url"
                    autocomplete="url"
                    spellcheck="false"
                    prop:value=move || server.get().unwrap_or_default()
                    aria-invalid=move || if invalid.get() { "true" } else { "false" }
                    aria-describedby="folio-mastodon-hint folio-mastodon-error"
                />
                <p id="folio-mastodon-hint" class="folio-dialog-hint">{w.mastodon_server_hint}</p>
                <p id="folio-mastodon-error" class="folio-dialog-error" role="alert">
                    {move || invalid.get().then_some(w.mastodon_server_invalid)}
                </p>
                <div class="folio-dialog-actions">
                    <button type="submit" class="folio-button">{w.mastodon_share}</button>
                    <button type="button" class="folio-button folio-button-secondary" on:click=move |_| close()>
                        {w.mastodon_cancel}
                    </button>
                </div>
            </form>
        </dialog>
    }
}
