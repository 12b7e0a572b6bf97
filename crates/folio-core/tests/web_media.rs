//! Component tests of the video, audio and document blocks, before and after the
//! reader asks for them, in headless Chromium. The views are mounted on elements that
//! are not in the document, so no player frame ever loads (tests never reach the
//! internet); the end-to-end tests load them against stand-in providers.
#![cfg(target_arch = "wasm32")]

use folio_core::components::article_view::ArticleView;
use folio_core::components::body::Body;
use folio_core::content::decode::{decode_article, decode_site};
use folio_core::content::endpoint::Endpoint;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod browser;
use browser::{all, mount, text, until};

fn endpoint() -> Endpoint {
    Endpoint::new("https://cdn.example.org/content/", "").unwrap()
}

fn body(lang: &str, blocks: &str) -> web_sys::HtmlElement {
    let json =
        format!(r#"{{"slug":"a","language":"{lang}","kind":"news","date":"2020-01-01","title":"T","body":{blocks}}}"#);
    let article = Arc::new(decode_article(&json).unwrap());
    let lang = lang.to_string();
    mount(move || view! { <Body article endpoint=endpoint() lang /> })
}

const YOUTUBE: &str = r#"[{ "type": "video", "provider": "youtube", "id": "Ab3dE6gH9jK", "title": "Plenary speech", "duration": 187, "start": 12,
  "poster": { "src": "img/p.jpg", "alt": "The chamber", "width": 1600, "height": 900 }, "caption": "In Strasbourg" }]"#;

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn click(root: &web_sys::HtmlElement, selector: &str) {
    let el: web_sys::HtmlElement = root.query_selector(selector).unwrap().unwrap().unchecked_into();
    el.click();
}

fn attr(root: &web_sys::HtmlElement, selector: &str, name: &str) -> Option<String> {
    root.query_selector(selector).unwrap()?.get_attribute(name)
}

#[wasm_bindgen_test]
async fn a_video_is_a_poster_and_a_button_until_played() {
    storage().remove_item("folio-videos-always").unwrap();
    let root = body("en", YOUTUBE);
    assert_eq!(
        text(&root, "button.folio-video-play"),
        "▶Play video: Plenary speech — loads youtube-nocookie.com"
    );
    assert!(all(&root, "iframe").is_empty(), "no player before the click");
    assert!(
        !root.inner_html().contains("youtube-nocookie.com/embed"),
        "not even its address"
    );
    assert_eq!(
        attr(&root, ".folio-video-poster", "src").as_deref(),
        Some("https://cdn.example.org/content/img/p.jpg")
    );
    assert!(text(&root, ".folio-video-notice").contains("This video is hosted by YouTube."));
    assert_eq!(
        attr(&root, ".folio-video-notice a", "href").as_deref(),
        Some("https://policies.google.com/privacy")
    );
    assert_eq!(text(&root, ".folio-media-length"), "Length: 3:07");
    assert_eq!(
        attr(&root, ".folio-video-address a", "href").as_deref(),
        Some("https://www.youtube.com/watch?v=Ab3dE6gH9jK")
    );

    click(&root, "button.folio-video-play");
    until("the player", || !all(&root, "iframe").is_empty()).await;
    let frame = root.query_selector("iframe").unwrap().unwrap();
    let a = |n: &str| frame.get_attribute(n);
    assert_eq!(
        a("src").as_deref(),
        Some("https://www.youtube-nocookie.com/embed/Ab3dE6gH9jK?autoplay=1&start=12")
    );
    assert_eq!(a("title").as_deref(), Some("Video: Plenary speech"));
    assert_eq!(
        a("allow").as_deref(),
        Some("autoplay; fullscreen; picture-in-picture; encrypted-media")
    );
    assert_eq!(a("referrerpolicy").as_deref(), Some("strict-origin-when-cross-origin"));
    assert!(a("allowfullscreen").is_some());
    assert!(all(&root, ".folio-video-play, .folio-video-poster, .folio-video-notice").is_empty());
    assert_eq!(
        storage().get_item("folio-videos-always").unwrap(),
        None,
        "nothing remembered unasked"
    );
}

#[wasm_bindgen_test]
async fn always_loading_a_provider_is_remembered_and_taken_back() {
    storage().remove_item("folio-videos-always").unwrap();
    let root = body("en", YOUTUBE);
    let checkbox: web_sys::HtmlInputElement = root
        .query_selector(".folio-video-always input")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(text(&root, ".folio-video-always"), "Always load videos from YouTube");
    // A checkbox changes only in the document; the root leaves it before the player is made.
    let page = web_sys::window().unwrap().document().unwrap().body().unwrap();
    page.append_child(&root).unwrap();
    checkbox.click();
    root.remove();
    assert!(checkbox.checked());
    click(&root, "button.folio-video-play");
    assert_eq!(
        storage().get_item("folio-videos-always").unwrap().as_deref(),
        Some("youtube")
    );
    until("the player", || !all(&root, "iframe").is_empty()).await;

    // The next page with a YouTube video loads its player at once, without playing it.
    let next = body("en", YOUTUBE);
    assert_eq!(
        attr(&next, "iframe", "src").as_deref(),
        Some("https://www.youtube-nocookie.com/embed/Ab3dE6gH9jK?autoplay=0&start=12")
    );
    assert_eq!(
        text(&next, ".folio-video-ask"),
        "Ask again before loading videos from YouTube"
    );
    click(&next, ".folio-video-ask");
    until("the poster again", || all(&next, "iframe").is_empty()).await;
    assert_eq!(all(&next, "button.folio-video-play").len(), 1);
    assert_eq!(storage().get_item("folio-videos-always").unwrap().as_deref(), Some(""));
}

#[wasm_bindgen_test]
async fn each_provider_plays_from_its_privacy_friendly_address() {
    storage().remove_item("folio-videos-always").unwrap();
    for (block, host, player, privacy) in [
        (
            r#"{ "type": "video", "provider": "vimeo", "id": "76979871", "title": "V", "start": 5 }"#,
            "player.vimeo.com",
            "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1#t=5s",
            "https://vimeo.com/privacy",
        ),
        (
            r#"{ "type": "video", "provider": "dailymotion", "id": "x8abc12", "title": "V" }"#,
            "dailymotion.com",
            "https://www.dailymotion.com/embed/video/x8abc12?autoplay=1",
            "https://legal.dailymotion.com/en/privacy-policy/",
        ),
        (
            r#"{ "type": "video", "provider": "peertube", "origin": "https://tube.example.eu", "id": "kkGMgK9ZtnKfYAgnEtQxbv", "title": "V" }"#,
            "tube.example.eu",
            "https://tube.example.eu/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv?autoplay=1",
            "https://tube.example.eu/about/instance",
        ),
    ] {
        let root = body("en", &format!("[{block}]"));
        assert!(
            text(&root, "button.folio-video-play").ends_with(&format!("— loads {host}")),
            "{host}"
        );
        assert_eq!(attr(&root, ".folio-video-notice a", "href").as_deref(), Some(privacy));
        assert!(all(&root, "iframe").is_empty());
        click(&root, "button.folio-video-play");
        until("the player", || !all(&root, "iframe").is_empty()).await;
        assert_eq!(attr(&root, "iframe", "src").as_deref(), Some(player));
    }
}

#[wasm_bindgen_test]
fn hostile_video_blocks_are_skipped_and_the_rest_renders() {
    let root = body(
        "en",
        r#"[
      { "type": "video", "provider": "youtube", "id": "x\" onload=\"alert(1)", "title": "A" },
      { "type": "video", "provider": "peertube", "origin": "http://tube.example.eu", "id": "abc", "title": "B" },
      { "type": "video", "provider": "peertube", "origin": "https://tube.example.eu@evil.example", "id": "abc", "title": "C" },
      { "type": "video", "provider": "vimeo", "id": "12/../34", "title": "D" },
      { "type": "video", "provider": "file", "src": "javascript:alert(1)", "title": "E" },
      { "type": "audio", "src": "data:audio/wav;base64,AAAA", "title": "F" },
      { "type": "document", "documents": [{ "href": "javascript:alert(1)", "title": "G" }] },
      { "type": "paragraph", "text": "Still here." }
    ]"#,
    );
    assert!(all(&root, ".folio-media, .folio-documents, iframe, video, audio").is_empty());
    assert_eq!(text(&root, "p"), "Still here.");
}

#[wasm_bindgen_test]
fn a_file_video_and_audio_use_the_browsers_players_and_load_nothing_first() {
    let root = body(
        "en",
        r#"[
      { "type": "video", "provider": "file", "src": "media/clip.mp4", "title": "Own clip",
        "poster": { "src": "img/p.jpg", "alt": "", "variants": [ { "src": "v/p-960.jpg", "width": 960, "type": "image/jpeg" }, { "src": "v/p-1280.jpg", "width": 1280, "type": "image/jpeg" } ] },
        "captions": [ { "src": "media/clip.en.vtt", "lang": "en", "label": "English" } ] },
      { "type": "audio", "src": "media/statement.mp3", "title": "A statement", "duration": 65,
        "transcript": ["Said ", { "text": "this", "bold": true }] }
    ]"#,
    );
    let video = root.query_selector("video").unwrap().unwrap();
    let v = |n: &str| video.get_attribute(n);
    assert_eq!(
        v("src").as_deref(),
        Some("https://cdn.example.org/content/media/clip.mp4")
    );
    assert_eq!(v("preload").as_deref(), Some("none"));
    assert!(v("controls").is_some());
    assert_eq!(
        v("poster").as_deref(),
        Some("https://cdn.example.org/content/v/p-960.jpg")
    );
    assert_eq!(attr(&root, "video track", "srclang").as_deref(), Some("en"));
    assert_eq!(attr(&root, "video track", "kind").as_deref(), Some("captions"));
    assert!(
        all(&root, "button, iframe, .folio-video-notice").is_empty(),
        "nothing to consent to"
    );

    let audio = root.query_selector("audio").unwrap().unwrap();
    assert_eq!(audio.get_attribute("preload").as_deref(), Some("none"));
    assert_eq!(audio.get_attribute("aria-label").as_deref(), Some("A statement"));
    assert_eq!(text(&root, ".folio-audio .folio-media-length"), "Length: 1:05");
    assert_eq!(
        text(&root, ".folio-audio .folio-media-download a"),
        "Download: A statement"
    );
    assert_eq!(text(&root, ".folio-transcript summary"), "Transcript");
    assert_eq!(text(&root, ".folio-transcript p"), "Said this");
    assert_eq!(all(&root, ".folio-transcript strong").len(), 1);
}

const DOCUMENTS: &str = r#"[{ "type": "document", "documents": [
  { "href": "files/paper-de.pdf", "title": "Positionspapier", "type": "application/pdf", "size": 1234567, "lang": "de" },
  { "href": "files/paper-en.pdf", "title": "Position paper", "type": "application/pdf", "size": 48213, "lang": "en" },
  { "href": "https://example.org/l.odt", "title": "Letter" } ] }]"#;

#[wasm_bindgen_test]
fn documents_say_type_size_and_language_in_the_pages_words() {
    let en = body("en", DOCUMENTS);
    let details: Vec<String> = all(&en, ".folio-document-link")
        .iter()
        .map(|a| a.text_content().unwrap_or_default())
        .collect();
    assert_eq!(
        details,
        [
            "Positionspapier (PDF, 1.2 MB, Deutsch)",
            "Position paper (PDF, 49 KB)",
            "Letter"
        ]
    );
    let links = all(&en, ".folio-document-link");
    assert_eq!(links[0].get_attribute("hreflang").as_deref(), Some("de"));
    assert_eq!(links[1].get_attribute("hreflang"), None, "the page's own language");
    assert_eq!(links[0].get_attribute("type").as_deref(), Some("application/pdf"));
    assert_eq!(
        links[0].get_attribute("href").as_deref(),
        Some("https://cdn.example.org/content/files/paper-de.pdf")
    );

    let fr = body("fr", DOCUMENTS);
    assert_eq!(text(&fr, ".folio-document-details"), " (PDF, 1,2 Mo, Deutsch)");
    let de = body("de", DOCUMENTS);
    let de_details: Vec<String> = all(&de, ".folio-document-details")
        .iter()
        .map(|a| a.text_content().unwrap_or_default())
        .collect();
    assert_eq!(de_details, [" (PDF, 1,2 MB)", " (PDF, 49 KB, English)"]);
}

#[wasm_bindgen_test]
fn an_articles_documents_follow_the_body_under_their_heading() {
    let site = Arc::new(decode_site(include_str!("../../../tests/fixtures/site.json")).unwrap());
    let json = r#"{"slug":"a","language":"de","kind":"news","date":"2020-01-01","title":"T","body":[{"type":"paragraph","text":"P"}],
      "documents":[{ "href": "files/a.pdf", "title": "Studie", "type": "application/pdf", "size": 2500000 }]}"#;
    let article = Arc::new(decode_article(json).unwrap());
    let root = mount(move || {
        view! { <ArticleView article site endpoint=endpoint() lang="de".to_string() url="https://e.org/a".to_string() cards=None /> }
    });
    assert_eq!(text(&root, ".folio-documents-section h2"), "Dokumente");
    assert_eq!(
        text(&root, ".folio-documents-section .folio-document-link"),
        "Studie (PDF, 2,5 MB)"
    );
    let section = root.query_selector(".folio-documents-section").unwrap().unwrap();
    let body = root.query_selector(".folio-body").unwrap().unwrap();
    assert_eq!(body.next_element_sibling(), Some(section), "right after the body");
}
