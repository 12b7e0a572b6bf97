//! An audio recording: its title and length, the browser's own player (which loads
//! nothing before it is played), a link to the file, and the transcript in a disclosure.

use super::text::text_view;
use crate::content::endpoint::Endpoint;
use crate::content::model::Audio;
use crate::content::url::UrlUse;
use crate::i18n::numbers::duration;
use crate::i18n::{fill, words, Words};
use leptos::prelude::*;

/// A recording's length as the caption shows it (`Length: 3:07`), for audio and video.
pub(super) fn length_view(seconds: Option<u32>, w: &Words) -> Option<impl IntoView> {
    let length = fill(w.duration, &[("time", &duration(seconds?))]);
    Some(view! { <span class="folio-media-length">{length}</span> })
}

/// The link to a recording's file, under its player.
pub(super) fn download_view(src: String, title: &str, w: &Words) -> impl IntoView {
    let label = fill(w.media_download, &[("title", title)]);
    view! { <p class="folio-media-download"><a href=src>{label}</a></p> }
}

#[component]
pub fn AudioBlock(audio: Audio, endpoint: Endpoint, lang: String) -> impl IntoView {
    let w = words(&lang);
    let src = endpoint.resolve(&audio.src, UrlUse::File)?;
    let transcript = audio.transcript.map(|t| {
        view! {
            <details class="folio-transcript">
                <summary>{w.transcript}</summary>
                <p>{text_view(t, &endpoint)}</p>
            </details>
        }
    });
    Some(view! {
        <figure class="folio-media folio-audio">
            <figcaption class="folio-caption">
                <span class="folio-media-title">{audio.title.clone()}</span>
                {length_view(audio.duration, w)}
            </figcaption>
            <audio class="folio-audio-player" controls=true preload="none" src=src.clone() aria-label=audio.title.clone()></audio>
            {download_view(src, &audio.title, w)}
            {transcript}
        </figure>
    })
}
