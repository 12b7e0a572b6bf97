//! Component tests in headless Chromium: `cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use folio::components::article_view::ArticleView;
use folio::components::dates::{format_date, intl_long};
use folio::components::status::ErrorView;
use folio::content::date::Date;
use folio::content::decode::{decode_article, decode_site};
use folio::content::loader::{Endpoint, LoadError};
use folio::content::model::DateStyle;
use folio::content::url::UrlUse;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a view on an element that is not in the document.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let root: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    leptos::mount::mount_to(root.clone(), view).forget();
    root
}

fn all(root: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

const URL: &str = "https://www.example.org/news/en/article/fixture-article";

fn endpoint() -> Endpoint {
    Endpoint::new("https://cdn.example.org/content/", "https://app.example.org/").unwrap()
}

/// Lets pending resources and effects run.
async fn settle() {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50);
    });
    wasm_bindgen_futures::JsFuture::from(wait).await.unwrap();
}

#[wasm_bindgen_test]
async fn article_view_renders_every_part() {
    let site = Arc::new(decode_site(include_str!("fixtures/site.json")).unwrap());
    let article = Arc::new(decode_article(include_str!("fixtures/article.json")).unwrap());
    let root = mount(
        move || view! { <ArticleView article site endpoint=endpoint() lang="en".to_string() url=URL.to_string() /> },
    );

    assert_eq!(all(&root, "article.folio-article[lang=en]").len(), 1);
    // Kind from the site's own labels, date in a <time>.
    assert_eq!(text(&root, ".folio-meta .folio-kind"), "Hearing");
    let time = root.query_selector(".folio-meta time").unwrap().unwrap();
    assert_eq!(time.get_attribute("datetime").as_deref(), Some("2017-02-07"));
    assert_eq!(time.text_content().unwrap(), "7 February 2017");
    // Title and subtitle stay text.
    assert_eq!(text(&root, "h1"), "Fixture <script>alert(1)</script> title");
    assert_eq!(text(&root, ".folio-subtitle"), "A subtitle with <b>tags</b> as text");
    // Lead image resolved against the endpoint, with size and credit.
    let lead = root.query_selector(".folio-lead-image img").unwrap().unwrap();
    assert_eq!(
        lead.get_attribute("src").as_deref(),
        Some("https://cdn.example.org/content/img/lead.svg")
    );
    assert_eq!(lead.get_attribute("width").as_deref(), Some("1200"));
    assert_eq!(lead.get_attribute("alt").as_deref(), Some("Lead alt"));
    assert_eq!(text(&root, ".folio-lead-image .folio-credit"), "Photo: Jane Doe");
    assert_eq!(text(&root, ".folio-lead-image .folio-caption-text"), "Lead caption");
    // Body blocks.
    assert_eq!(text(&root, ".folio-body p strong"), "Bold Name");
    assert_eq!(text(&root, ".folio-body p em"), "an italic quote");
    let links: Vec<_> = all(&root, ".folio-body a")
        .iter()
        .map(|a| a.get_attribute("href").unwrap())
        .collect();
    assert_eq!(links, ["https://example.org/x", "mailto:press@example.org"]);
    assert!(
        text(&root, ".folio-body p").contains("a bad link"),
        "a refused link keeps its text"
    );
    assert_eq!(text(&root, ".folio-body h2"), "Second level");
    assert_eq!(text(&root, ".folio-body h3"), "Third level");
    assert_eq!(text(&root, ".folio-quote blockquote"), "Quoted words.");
    assert_eq!(text(&root, ".folio-quote cite"), "Speaker Name");
    assert_eq!(all(&root, ".folio-body ul > li").len(), 2);
    assert_eq!(all(&root, ".folio-body ol > li").len(), 3);
    let body_images = all(&root, ".folio-body figure.folio-figure img");
    assert_eq!(body_images.len(), 1, "the data: image is refused");
    assert_eq!(
        text(&root, ".folio-body .folio-figure .folio-credit"),
        "Photo: John Roe"
    );
    assert_eq!(all(&root, ".folio-body hr").len(), 1);
    assert_eq!(
        all(&root, ".folio-body > *").len(),
        9,
        "the unknown and the refused blocks are skipped"
    );
    assert_eq!(
        text(&root, ".folio-body a[href^=mailto]"),
        "<img src=x onerror=alert(1)>"
    );
    // What follows the body comes one frame after the first screen.
    assert!(all(&root, ".folio-people, .folio-share, .folio-recommended").is_empty());
    settle().await;
    // People under the site's heading; a refused URL leaves the name unlinked.
    assert_eq!(text(&root, ".folio-people h2"), "Responsible MEPs");
    assert_eq!(all(&root, ".folio-person").len(), 2);
    assert_eq!(
        root.query_selector(".folio-person-photo")
            .unwrap()
            .unwrap()
            .get_attribute("src")
            .as_deref(),
        Some("https://cdn.example.org/content/img/ana.svg")
    );
    assert_eq!(all(&root, "a.folio-person-name").len(), 1);
    assert_eq!(text(&root, "span.folio-person-name"), "Bo Example");
    // The article's own recommended cards, itself left out (they render once resolved).
    settle().await;
    let cards = all(&root, ".folio-recommended .folio-card");
    assert_eq!(cards.len(), 2);
    assert_eq!(text(&root, "#folio-recommended-heading"), "Recommended");
    let link = root.query_selector(".folio-card-link").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("/en/article/other-one"));
    assert_eq!(link.get_attribute("title").as_deref(), Some("Other one"));
    assert_eq!(text(&root, ".folio-card .folio-card-credit"), "Photo: Cam Era");
    assert_eq!(
        all(&root, ".folio-card .folio-card-placeholder").len(),
        1,
        "a card without an image"
    );
    assert!(text(&root, ".folio-recommended").contains("Other two <i>not markup</i>"));
    // Share links for the canonical URL.
    let x = root
        .query_selector("a.folio-share-x")
        .unwrap()
        .unwrap()
        .get_attribute("href")
        .unwrap();
    assert!(
        x.ends_with("&url=https%3A%2F%2Fwww.example.org%2Fnews%2Fen%2Farticle%2Ffixture-article"),
        "{x}"
    );
    // Nothing executable reached the DOM.
    assert!(all(&root, "script, iframe, img[onerror]").is_empty());
    assert!(!root.inner_html().contains("javascript:"));
}

#[wasm_bindgen_test]
async fn german_words_and_dates() {
    let site = Arc::new(decode_site(include_str!("fixtures/site.json")).unwrap());
    let article = Arc::new(decode_article(include_str!("fixtures/article.json")).unwrap());
    let root = mount(
        move || view! { <ArticleView article site endpoint=endpoint() lang="de".to_string() url=URL.to_string() /> },
    );
    assert_eq!(text(&root, ".folio-kind"), "Anhörung");
    assert_eq!(text(&root, ".folio-meta time"), "7. Februar 2017");
    settle().await;
    assert_eq!(text(&root, ".folio-people h2"), "Verantwortliche MdEP");
    assert_eq!(text(&root, ".folio-lead-image .folio-credit"), "Foto: Jane Doe");
}

#[wasm_bindgen_test]
fn error_view_names_the_file_and_retries() {
    let retried = RwSignal::new(0);
    let error = LoadError::Invalid {
        file: "en/articles/x.json".into(),
        detail: "expected value at line 1 column 1".into(),
    };
    let root = mount(move || {
        view! { <ErrorView error lang="en".to_string() on_retry=move || retried.update(|n| *n += 1) home="/en/" /> }
    });
    let message = text(&root, ".folio-error-message");
    assert!(message.contains("en/articles/x.json"), "{message}");
    assert!(message.contains("expected value"), "{message}");
    let button: web_sys::HtmlElement = root.query_selector("button").unwrap().unwrap().unchecked_into();
    assert_eq!(button.text_content().unwrap(), "Retry");
    button.click();
    button.click();
    assert_eq!(retried.get_untracked(), 2);
    assert_eq!(
        root.query_selector("a.folio-back")
            .unwrap()
            .unwrap()
            .get_attribute("href")
            .as_deref(),
        Some("/en/")
    );
}

#[wasm_bindgen_test]
fn error_messages_for_each_failure() {
    for (error, want) in [
        (
            LoadError::NotFound {
                file: "site.json".into(),
            },
            "The file site.json was not found.",
        ),
        (
            LoadError::Server {
                file: "en/index.json".into(),
                status: 503,
            },
            "The server answered with an error (503) for en/index.json.",
        ),
        (
            LoadError::Unreachable {
                file: "site.json".into(),
            },
            "The server could not be reached for site.json. Check your connection.",
        ),
    ] {
        assert_eq!(folio::components::status::error_message(&error, "en"), want);
    }
}

#[wasm_bindgen_test]
fn dates_through_intl() {
    let d = Date::parse("2017-02-07").unwrap();
    assert_eq!(format_date(d, "en", DateStyle::Long), "7 February 2017");
    assert_eq!(format_date(d, "en-US", DateStyle::Long), "February 7, 2017");
    assert_eq!(format_date(d, "fr", DateStyle::Long), "7 février 2017");
    assert_eq!(format_date(d, "pl", DateStyle::Long), "7 lutego 2017");
    assert_eq!(format_date(d, "de", DateStyle::Numeric), "07.02.2017");
    // A code Intl rejects falls back to the ISO form instead of throwing.
    assert_eq!(format_date(d, "en-1", DateStyle::Long), "2017-02-07");
}

/// The app writes the 24 languages' dates from its own table (no wait for `Intl` on a
/// first visit): every month of every language this browser's `Intl` knows must read as
/// `Intl` writes it, days 1 and 28 (one and two digits). Chromium ships no Irish or
/// Maltese data (its `Intl` writes those dates in American English), so the table is
/// all there is for them.
#[wasm_bindgen_test]
fn the_date_table_matches_intl() {
    let mut differ = Vec::new();
    let mut compared = 0;
    for code in folio::i18n::dates::codes() {
        let asked = js_sys::Array::of1(&code.into());
        let known = js_sys::Intl::DateTimeFormat::supported_locales_of(&asked, &js_sys::Object::new());
        if known.length() == 0 {
            continue;
        }
        compared += 1;
        for month in 1..=12 {
            for day in [1, 28] {
                let Some(d) = Date::parse(&format!("2026-{month:02}-{day:02}")) else {
                    continue;
                };
                let ours = folio::i18n::dates::long_date(d, code);
                let intl = intl_long(d, code);
                if ours != intl {
                    differ.push(format!("{code} {}: {ours:?} / Intl {intl:?}", d.iso()));
                }
            }
        }
    }
    assert!(differ.is_empty(), "{differ:#?}");
    assert!(compared >= 20, "only {compared} languages known to Intl");
}

#[wasm_bindgen_test]
fn endpoint_resolution() {
    let ep = Endpoint::new("content/", "http://localhost:8080/news/").unwrap();
    assert_eq!(ep.as_str(), "http://localhost:8080/news/content/");
    assert_eq!(
        ep.file_url("en/index.json"),
        "http://localhost:8080/news/content/en/index.json"
    );
    assert_eq!(
        Endpoint::new("https://cms.example.org/folio", "http://localhost/")
            .unwrap()
            .as_str(),
        "https://cms.example.org/folio/"
    );
    assert!(Endpoint::new("javascript:alert(1)", "http://localhost/").is_none());
    assert_eq!(
        ep.resolve("img/a.svg", UrlUse::Image).as_deref(),
        Some("http://localhost:8080/news/content/img/a.svg")
    );
    assert_eq!(
        ep.resolve("../x.svg", UrlUse::Image).as_deref(),
        Some("http://localhost:8080/news/x.svg")
    );
    assert_eq!(
        ep.resolve("//cdn.example.org/a.png", UrlUse::Image).as_deref(),
        Some("http://cdn.example.org/a.png")
    );
    assert_eq!(ep.resolve(" JaVa\tScRiPt:alert(1)", UrlUse::Link), None);
    assert_eq!(ep.resolve("mailto:a@example.org", UrlUse::Image), None);
}

#[wasm_bindgen_test]
async fn a_long_body_shows_its_top_first_and_the_rest_frame_by_frame() {
    let mut article = decode_article(include_str!("fixtures/article.json")).unwrap();
    let block = article.body[0].clone();
    article.body = vec![block; 1200];
    let article = Arc::new(article);
    let root =
        mount(move || view! { <folio::components::body::Body article endpoint=endpoint() lang="en".to_string() /> });
    let first = all(&root, ".folio-body > *").len();
    assert!(first < 1200, "the first paint does not wait for all {first} blocks");
    assert!(first >= 80, "{first}");
    for _ in 0..20 {
        settle().await;
    }
    assert_eq!(all(&root, ".folio-body > *").len(), 1200);
}
