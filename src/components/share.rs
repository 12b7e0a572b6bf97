//! "Please share": plain links to each network (nothing is loaded from them before a
//! click), a copy button, the device's own share sheet where there is one, and Mastodon
//! on the reader's own server.

use super::share_icons::share_icon;
use crate::browser::navigator::{copy_text, has_share_sheet, open_in_new_tab, share_sheet};
use crate::browser::storage::{remember_mastodon, remembered_mastodon};
use crate::browser::IN_BROWSER;
use crate::i18n::{fill, words};
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

#[component]
pub fn ShareBlock(channels: Vec<String>, shared: Shared, lang: String) -> impl IntoView {
    let w = words(&lang);
    let status = RwSignal::new(String::new());
    let show_field = RwSignal::new(false);
    let server = RwSignal::new(remembered_mastodon());
    let dialog = NodeRef::<Dialog>::new();
    let field = NodeRef::<Input>::new();
    let native = has_share_sheet();

    let copy = {
        let url = shared.url.clone();
        move |_| {
            let url = url.clone();
            spawn_local(async move {
                if copy_text(&url).await {
                    show_field.set(false);
                    status.set(w.share_copied.to_string());
                } else {
                    // No clipboard here: offer the link selected, ready to copy by hand.
                    show_field.set(true);
                    request_animation_frame(move || {
                        if let Some(input) = field.try_get_untracked().flatten() {
                            let _ = input.focus();
                            input.select();
                        }
                    });
                }
            });
        }
    };
    let share_natively = {
        let s = shared.clone();
        move |_| {
            let s = s.clone();
            spawn_local(async move {
                share_sheet(&s.title, s.summary.as_deref().unwrap_or(&s.title), &s.url).await;
            });
        }
    };
    let open_dialog = move |_| {
        if let Some(d) = dialog.try_get_untracked().flatten() {
            let _ = d.show_modal();
        }
    };

    let new_tab = w.opens_new_tab;
    let items = channels
        .iter()
        .filter(|channel| IN_BROWSER || !needs_script(channel))
        .filter_map(|channel| {
            let class = format!("folio-share-button folio-share-{channel}");
            let item = match channel.as_str() {
                "native" if native => view! {
                    <button type="button" class=class title=w.share_native on:click=share_natively.clone()>
                        {share_icon("native")}
                        <span class="folio-visually-hidden">{w.share_native}</span>
                    </button>
                }
                .into_any(),
                "copy" => view! {
                    <button type="button" class=class title=w.share_copy on:click=copy.clone()>
                        {share_icon("copy")}
                        <span class="folio-visually-hidden">{w.share_copy}</span>
                    </button>
                }
                .into_any(),
                "mastodon" => {
                    let s = shared.clone();
                    let label = fill(w.share_on, &[("network", "Mastodon")]);
                    view! {
                        {move || match server.get() {
                            Some(host) => view! {
                                <a
                                    class=class.clone()
                                    href=mastodon_link(&host, &s)
                                    target="_blank"
                                    rel="noopener noreferrer"
                                    title=label.clone()
                                >
                                    {share_icon("mastodon")}
                                    <span class="folio-visually-hidden">{format!("{label} ({host}) {new_tab}")}</span>
                                </a>
                                <button type="button" class="folio-share-change" on:click=open_dialog>
                                    {w.mastodon_change}
                                </button>
                            }
                            .into_any(),
                            None => view! {
                                <button
                                    type="button"
                                    class=class.clone()
                                    title=label.clone()
                                    aria-haspopup="dialog"
                                    on:click=open_dialog
                                >
                                    {share_icon("mastodon")}
                                    <span class="folio-visually-hidden">{label.clone()}</span>
                                </button>
                            }
                            .into_any(),
                        }}
                    }
                    .into_any()
                }
                other => {
                    let href = share_link(other, &shared)?;
                    let label = link_label(w, other);
                    let external = other != "email";
                    let hidden = if external {
                        format!("{label} {new_tab}")
                    } else {
                        label.clone()
                    };
                    view! {
                        <a
                            class=class
                            href=href
                            target=external.then_some("_blank")
                            rel=external.then_some("noopener noreferrer")
                            title=label
                        >
                            {share_icon(other)}
                            <span class="folio-visually-hidden">{hidden}</span>
                        </a>
                    }
                    .into_any()
                }
            };
            Some(view! { <li>{item}</li> })
        })
        .collect_view();

    let url = shared.url.clone();
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
