//! A video. From a provider (YouTube, Vimeo, Dailymotion, PeerTube) it is a two-click
//! embed: the publisher's poster, the title and length, a play button that says where
//! the player loads from, and a notice linking to the provider's privacy terms; the
//! provider's player (its privacy-friendly address) is made only when the reader
//! presses play, or at once when the reader chose to always load that provider's
//! videos. Without JavaScript the button is a link to the video. A self-hosted file
//! plays in the browser's own `<video>`, which loads nothing before it is played.

use super::audio::{download_view, length_view};
use super::picture::{Picture, Place};
use super::HIDDEN;
use crate::browser::{storage, IN_BROWSER};
use crate::content::endpoint::Endpoint;
use crate::content::model::{Image, Track, Video, VideoSource};
use crate::content::url::UrlUse;
use crate::i18n::{fill, words, Words};
use leptos::html::{Button, Iframe};
use leptos::prelude::*;

/// What the player may use: playback, full screen and picture-in-picture only.
pub const PLAYER_ALLOW: &str = "autoplay; fullscreen; picture-in-picture; encrypted-media";

#[component]
pub fn VideoBlock(video: Video, endpoint: Endpoint, lang: String) -> impl IntoView {
    let w = words(&lang);
    let caption = caption(&video, w);
    let body = match &video.source {
        VideoSource::File(src) => endpoint
            .resolve(src, UrlUse::File)
            .map(|src| file_video(&video, src, &endpoint, w)),
        _ => Some(embedded(video.clone(), endpoint, w)),
    };
    body.map(|body| {
        view! {
            <figure class="folio-media folio-video">
                {body}
                {caption}
            </figure>
        }
    })
}

/// The title, length, caption and credit under the video.
fn caption(video: &Video, w: &'static Words) -> impl IntoView {
    view! {
        <figcaption class="folio-caption">
            <span class="folio-media-title">{video.title.clone()}</span>
            {length_view(video.duration, w)}
            {video.caption.clone().map(|c| view! { <span class="folio-caption-text">{c}</span> })}
            {video.credit.clone().map(|c| view! { <span class="folio-credit">{c}</span> })}
        </figcaption>
    }
}

/// The browser's own player, with the poster and caption tracks; a link to the file
/// for browsers that cannot play it.
fn file_video(video: &Video, src: String, endpoint: &Endpoint, w: &'static Words) -> AnyView {
    let poster = video.poster.as_ref().and_then(|p| poster_src(p, endpoint));
    let tracks = video
        .captions
        .iter()
        .filter_map(|t| track_view(t, endpoint))
        .collect_view();
    view! {
        <video class="folio-video-file" controls=true preload="none" src=src.clone() poster=poster aria-label=video.title.clone()>
            {tracks}
        </video>
        {download_view(src, &video.title, w)}
    }
    .into_any()
}

fn track_view(t: &Track, endpoint: &Endpoint) -> Option<impl IntoView> {
    let src = endpoint.resolve(&t.src, UrlUse::File)?;
    Some(view! { <track kind="captions" src=src srclang=t.lang.clone() label=t.label.clone() /> })
}

/// The poster's file for `<video poster>` (which takes one URL): the narrowest
/// non-WebP variant at least 960 px wide, else the picture itself.
fn poster_src(image: &Image, endpoint: &Endpoint) -> Option<String> {
    let variant = image
        .variants
        .iter()
        .filter(|v| v.mime != "image/webp" && v.width >= 960)
        .min_by_key(|v| v.width);
    endpoint.resolve(variant.map_or(&image.src, |v| &v.src), UrlUse::Image)
}

/// A provider's video: the poster with its play button, or the player.
fn embedded(video: Video, endpoint: Endpoint, w: &'static Words) -> AnyView {
    let source = video.source.clone();
    let key = source.provider_key().to_string();
    // `Some(autoplay)` once the player is asked for.
    let player = RwSignal::new(storage::videos_always(&key).then_some(false));
    let remember = RwSignal::new(false);
    let frame = NodeRef::<Iframe>::new();
    let button = NodeRef::<Button>::new();
    // The focus follows the reader: to the player after a click, back to the play button
    // after "ask again" (whose button is then gone).
    let refocus = RwSignal::new(false);
    Effect::new(move || {
        if let (Some(el), Some(true)) = (frame.get(), player.get()) {
            let _ = el.focus();
        }
    });
    Effect::new(move || {
        if let (Some(el), true) = (button.get(), refocus.get()) {
            let _ = el.focus();
            refocus.set(false);
        }
    });
    let stage = {
        let (video, source, key) = (video.clone(), source.clone(), key.clone());
        move || match player.get() {
            Some(autoplay) => view! {
                <iframe
                    class="folio-video-player"
                    node_ref=frame
                    src=source.player_url(autoplay, video.start)
                    title=fill(w.video_player, &[("title", &video.title)])
                    allow=PLAYER_ALLOW
                    allowfullscreen=true
                    referrerpolicy="strict-origin-when-cross-origin"
                ></iframe>
            }
            .into_any(),
            None => {
                let key = key.clone();
                let play = move |_| {
                    if remember.get_untracked() {
                        storage::set_videos_always(&key, true);
                    }
                    player.set(Some(true));
                };
                view! {
                    {video.poster.clone().map(|image| view! {
                        <Picture image endpoint=endpoint.clone() place=Place::Column class="folio-video-poster" />
                    })}
                    {play_control(&video, &source, w, play, button)}
                }
                .into_any()
            }
        }
    };
    let provider = source.provider_name().to_string();
    let watch = source.watch_url();
    let watch_href = watch.clone();
    let below = move || match player.get() {
        Some(_) => {
            let remembered = storage::videos_always(&key);
            let key = key.clone();
            let ask = move |_| {
                storage::set_videos_always(&key, false);
                player.set(None);
                refocus.set(true);
            };
            remembered
                .then(|| {
                    view! {
                        <p class="folio-video-choice">
                            <button type="button" class="folio-video-ask" on:click=ask>
                                {fill(w.video_ask_again, &[("provider", &provider)])}
                            </button>
                        </p>
                    }
                })
                .into_any()
        }
        None => notice(&source, &provider, w, remember).into_any(),
    };
    view! {
        <div class="folio-video-stage">{stage}</div>
        <p class="folio-video-address"><a href=watch_href>{watch}</a></p>
        {below}
    }
    .into_any()
}

/// The play button in the browser; rendered to HTML (read without JavaScript), a link
/// to the video on the provider's site, in the same place and shape.
fn play_control(
    video: &Video,
    source: &VideoSource,
    w: &'static Words,
    play: impl Fn(leptos::ev::MouseEvent) + 'static,
    button: NodeRef<Button>,
) -> AnyView {
    let icon = view! { <span class="folio-video-icon" aria-hidden=HIDDEN>"▶"</span> };
    if IN_BROWSER {
        let label = fill(w.video_play, &[("title", &video.title), ("host", source.player_host())]);
        view! {
            <button type="button" class="folio-video-play" on:click=play node_ref=button>
                {icon}
                <span class="folio-video-play-label">{label}</span>
            </button>
        }
        .into_any()
    } else {
        let provider = source.provider_name();
        let label = fill(w.video_watch, &[("title", &video.title), ("provider", provider)]);
        view! {
            <a class="folio-video-play" href=source.watch_url()>
                {icon}
                <span class="folio-video-play-label">{label}</span>
            </a>
        }
        .into_any()
    }
}

/// Who hosts the video and what playing it means, with the provider's privacy terms,
/// and the reader's choice to load this provider's videos without asking (on a published
/// page it keeps its place but is hidden until the app takes over, as it needs JavaScript:
/// `.folio-prerender .folio-video-choice` in the stylesheet).
fn notice(source: &VideoSource, provider: &str, w: &'static Words, remember: RwSignal<bool>) -> impl IntoView {
    let text = fill(w.video_notice, &[("provider", provider)]);
    let always = fill(w.video_always, &[("provider", provider)]);
    view! {
        <p class="folio-video-notice">
            {text} " "
            {source.privacy_url().map(|href| view! { <a href=href>{w.privacy_terms}</a> })}
        </p>
        <p class="folio-video-choice">
            <label class="folio-video-always">
                <input type="checkbox" on:change=move |ev| remember.set(event_target_checked(&ev)) />
                <span>{always}</span>
            </label>
        </p>
    }
}
