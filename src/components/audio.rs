//! An audio recording: its title and length, the browser's own player (which loads
//! nothing before it is played), a link to the file, and the transcript in a disclosure.

use super::text::text_view;
use crate::content::endpoint::Endpoint;
use crate::content::model::Audio;
use crate::content::url::UrlUse;
use crate::i18n::numbers::duration;
use crate::i18n::{fill, words};
use leptos::prelude::*;

#[component]
pub fn AudioBlock(audio: Audio, endpoint: Endpoint, lang: String) -> impl IntoView {
    let w = words(&lang);
    let src = endpoint.resolve(&audio.src, UrlUse::File)?;
    let length = audio.duration.map(|d| fill(w.duration, &[("time", &duration(d))]));
    let download = fill(w.media_download, &[("title", &audio.title)]);
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
                {length.map(|l| view! { <span class="folio-media-length">{l}</span> })}
            </figcaption>
            <audio class="folio-audio-player" controls=true preload="none" src=src.clone() aria-label=audio.title></audio>
            <p class="folio-media-download"><a href=src>{download}</a></p>
            {transcript}
        </figure>
    })
}
