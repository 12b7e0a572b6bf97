//! Component tests in headless Chromium: `cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use folio_core::components::article_view::ArticleView;
use folio_core::components::status::ErrorView;
use folio_core::content::date::Date;
use folio_core::content::decode::{decode_article, decode_site};
use folio_core::content::endpoint::Endpoint;
use folio_core::content::error::LoadError;
use folio_core::content::model::{Article, Card, DateStyle, Site};
use folio_core::content::url::UrlUse;
use folio_core::i18n::dates::format_date;
use folio_core::listing::recommend::pick;
use js_sys::{Array, Function, Object, Reflect};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod browser;
use browser::{all, mount, text, until};

const URL: &str = "https://www.example.org/news/en/article/fixture-article";

fn endpoint() -> Endpoint {
    Endpoint::new("https://cdn.example.org/content/", "").unwrap()
}

/// The cards the page would give the article (the fixture has its own list).
fn cards_of(article: &Article, site: &Site) -> Option<Result<Vec<Card>, LoadError>> {
    Some(Ok(pick(article, &[], site.recommended)))
}

/// A long date as the browser's `Intl` writes it (`dateStyle: "long"`, in UTC; plain
/// `en` as British English, as Folio writes it), or `None` if `Intl` refuses the code.
fn intl_long(date: Date, lang: &str) -> Option<String> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let ctor: Function = Reflect::get(&intl, &"DateTimeFormat".into()).ok()?.dyn_into().ok()?;
    let options = Object::new();
    Reflect::set(&options, &"dateStyle".into(), &"long".into()).ok()?;
    Reflect::set(&options, &"timeZone".into(), &"UTC".into()).ok()?;
    let locale = if lang.eq_ignore_ascii_case("en") { "en-GB" } else { lang };
    let formatter = Reflect::construct(&ctor, &Array::of2(&JsValue::from_str(locale), &options)).ok()?;
    let format: Function = Reflect::get(&formatter, &"format".into()).ok()?.dyn_into().ok()?;
    let instant = js_sys::Date::new(&JsValue::from_str(&date.iso()));
    format.call1(&formatter, &instant).ok()?.as_string()
}

#[wasm_bindgen_test]
async fn article_view_renders_every_part() {
    let site = Arc::new(decode_site(include_str!("../../../tests/fixtures/site.json")).unwrap());
    let article = Arc::new(decode_article(include_str!("../../../tests/fixtures/article.json")).unwrap());
    let cards = cards_of(&article, &site);
    let root = mount(
        move || view! { <ArticleView article site endpoint=endpoint() lang="en".to_string() url=URL.to_string() cards /> },
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
    until("the people", || !all(&root, ".folio-people h2").is_empty()).await;
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
    until("the cards", || !all(&root, ".folio-recommended .folio-card").is_empty()).await;
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
    // The canonical URL once more, for print only.
    let source = root.query_selector(".folio-print-source a").unwrap().unwrap();
    assert_eq!(source.get_attribute("href").as_deref(), Some(URL));
    assert_eq!(source.text_content().as_deref(), Some(URL));
    // Nothing executable reached the DOM.
    assert!(all(&root, "script, iframe, img[onerror]").is_empty());
    assert!(!root.inner_html().contains("javascript:"));
}

#[wasm_bindgen_test]
async fn german_words_and_dates() {
    let site = Arc::new(decode_site(include_str!("../../../tests/fixtures/site.json")).unwrap());
    let article = Arc::new(decode_article(include_str!("../../../tests/fixtures/article.json")).unwrap());
    let cards = cards_of(&article, &site);
    let root = mount(
        move || view! { <ArticleView article site endpoint=endpoint() lang="de".to_string() url=URL.to_string() cards /> },
    );
    assert_eq!(text(&root, ".folio-kind"), "Anhörung");
    assert_eq!(text(&root, ".folio-meta time"), "7. Februar 2017");
    until("the people", || !all(&root, ".folio-people h2").is_empty()).await;
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
        assert_eq!(folio_core::components::status::error_message(&error, "en"), want);
    }
}

/// Regional forms and other codes: `format_date` writes what `Intl` writes for the
/// regional forms Folio's table knows, the ISO form for languages outside the 24 (the
/// same text natively, on published pages, as in the app).
#[wasm_bindgen_test]
fn regional_dates_as_intl_writes_them() {
    let mut differ = Vec::new();
    for code in [
        "en-US", "en-CA", "en-GB", "en-IE", "de-AT", "de-CH", "fr-CA", "fr-BE", "pt-BR", "pt-PT", "es-MX", "nl-BE",
        "sv-FI",
    ] {
        for month in 1..=12 {
            let d = Date::parse(&format!("2026-{month:02}-07")).unwrap();
            let ours = format_date(d, code, DateStyle::Long);
            let intl = intl_long(d, code).unwrap_or_default();
            if ours != intl {
                differ.push(format!("{code} {}: {ours:?} / Intl {intl:?}", d.iso()));
            }
        }
    }
    assert!(differ.is_empty(), "{differ:#?}");
    let d = Date::parse("2017-02-07").unwrap();
    assert_eq!(format_date(d, "ja", DateStyle::Long), "2017-02-07");
    // An odd region is written by its language.
    assert_eq!(format_date(d, "en-1", DateStyle::Long), "7 February 2017");
    assert_eq!(format_date(d, "de", DateStyle::Numeric), "07.02.2017");
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
    for code in folio_core::i18n::dates::codes() {
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
                let ours = folio_core::i18n::dates::long_date(d, code);
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

/// `Endpoint` resolves content URLs by hand (the same rule natively, for published
/// pages): the browser must read each result as it reads the reference itself.
#[wasm_bindgen_test]
fn endpoint_resolution_agrees_with_the_browser() {
    let page = "http://localhost:8080/news/de/article/x";
    for (configured, base) in [
        ("content/", "/news"),
        ("/cms/folio", ""),
        ("https://cms.example.org/folio", ""),
    ] {
        let ep = Endpoint::new(configured, base).unwrap();
        let app_root = web_sys::Url::new_with_base(&format!("{base}/"), page).unwrap().href();
        let endpoint_url = web_sys::Url::new_with_base(configured, &app_root).unwrap().href();
        let endpoint_url = if endpoint_url.ends_with('/') {
            endpoint_url
        } else {
            format!("{endpoint_url}/")
        };
        let read = |url: &str, against: &str| web_sys::Url::new_with_base(url, against).unwrap().href();
        assert_eq!(read(ep.as_str(), page), endpoint_url, "{configured}");
        for reference in [
            "img/a.svg",
            "../x.svg",
            "./a/../b/c.png?v=1#f",
            "/root.png",
            "//cdn.example.org/a.png",
            "https://e.org/p",
            "sub/",
            "a b.png",
        ] {
            let ours = ep.resolve(reference, UrlUse::Image).unwrap();
            assert_eq!(
                read(&ours, page),
                read(reference, &endpoint_url),
                "{configured} {reference}"
            );
        }
        assert_eq!(ep.resolve(" JaVa\tScRiPt:alert(1)", UrlUse::Link), None);
        assert_eq!(ep.resolve("mailto:a@example.org", UrlUse::Image), None);
    }
    assert!(Endpoint::new("javascript:alert(1)", "").is_none());
}

#[wasm_bindgen_test]
async fn a_long_body_shows_its_top_first_and_the_rest_frame_by_frame() {
    let mut article = decode_article(include_str!("../../../tests/fixtures/article.json")).unwrap();
    let block = article.body[0].clone();
    article.body = vec![block; 1200];
    let article = Arc::new(article);
    let root = mount(
        move || view! { <folio_core::components::body::Body article endpoint=endpoint() lang="en".to_string() /> },
    );
    let first = all(&root, ".folio-body > *").len();
    assert!(first < 1200, "the first paint does not wait for all {first} blocks");
    assert!(first >= 80, "{first}");
    until("every block", || all(&root, ".folio-body > *").len() >= 1200).await;
    assert_eq!(all(&root, ".folio-body > *").len(), 1200);
}
