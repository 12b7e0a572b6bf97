//! Component tests of the table, gallery, code and nested list blocks and the code, sup
//! and sub runs, in headless Chromium and Firefox: the markup a reader's browser and
//! assistive technology get (headers with their scope, a labelled focusable region, the
//! pictures sized and lazy, code kept as written, lists nested).
#![cfg(target_arch = "wasm32")]

use folio_core::components::body::Body;
use folio_core::content::decode::decode_article;
use folio_core::content::endpoint::Endpoint;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

// `until` is for the tests that wait; these do not.
#[allow(dead_code)]
mod browser;
use browser::{all, mount, text};

fn body(lang: &str, blocks: &str) -> web_sys::HtmlElement {
    let json =
        format!(r#"{{"slug":"a","language":"{lang}","kind":"news","date":"2020-01-01","title":"T","body":{blocks}}}"#);
    let article = Arc::new(decode_article(&json).unwrap());
    let lang = lang.to_string();
    let endpoint = Endpoint::new("https://cdn.example.org/content/", "").unwrap();
    mount(move || view! { <Body article endpoint lang /> })
}

fn attrs(root: &web_sys::HtmlElement, selector: &str, name: &str) -> Vec<Option<String>> {
    all(root, selector).iter().map(|e| e.get_attribute(name)).collect()
}

/// `n` times the same attribute value.
fn times(value: &str, n: usize) -> Vec<Option<String>> {
    vec![Some(value.to_string()); n]
}

const TABLE: &str = r#"[{ "type": "table", "caption": "Fares", "header_row": true, "header_column": true,
  "rows": [["Line", "Adult", "Child"], ["N1", "2 €", ""], [{ "text": "All night lines", "colspan": 2 }, [{ "text": "free", "bold": true }]]] }]"#;

#[wasm_bindgen_test]
fn a_table_has_its_headers_and_scrolls_in_a_named_region() {
    let root = body("en", TABLE);
    let region = root.query_selector(".folio-table").unwrap().unwrap();
    assert_eq!(region.get_attribute("role").as_deref(), Some("region"));
    assert_eq!(region.get_attribute("aria-label").as_deref(), Some("Fares"));
    assert_eq!(
        region.get_attribute("tabindex").as_deref(),
        Some("0"),
        "a keyboard reaches it"
    );
    assert_eq!(text(&root, "caption"), "Fares");
    assert_eq!(attrs(&root, "thead th", "scope"), times("col", 3));
    assert_eq!(attrs(&root, "tbody th", "scope"), times("row", 2));
    assert_eq!(all(&root, "tbody td").len(), 3, "'2 €', the empty cell and 'free'");
    assert_eq!(attrs(&root, "tbody th", "colspan"), [None, Some("2".into())]);
    assert_eq!(text(&root, "tbody td strong"), "free");
}

#[wasm_bindgen_test]
fn an_untitled_table_is_named_in_the_pages_language() {
    let root = body("de", r#"[{ "type": "table", "rows": [["a", "b"]] }]"#);
    assert_eq!(attrs(&root, ".folio-table", "aria-label"), [Some("Tabelle".into())]);
    assert!(
        all(&root, "th, caption, thead").is_empty(),
        "no headers it was not given"
    );
}

#[wasm_bindgen_test]
fn a_gallery_shows_every_picture_sized_and_lazy() {
    let root = body(
        "en",
        r#"[{ "type": "gallery", "caption": "The pier", "images": [
      { "src": "img/a.jpg", "alt": "Dawn", "caption": "At dawn", "width": 1600, "height": 900,
        "variants": [{ "src": "v/a-480.webp", "width": 480, "type": "image/webp" }] },
      { "src": "img/b.jpg", "alt": "Dusk", "width": 1200, "height": 800 },
      { "src": "javascript:alert(1)", "alt": "refused" }] }]"#,
    );
    assert_eq!(
        all(&root, ".folio-gallery-grid > li").len(),
        2,
        "the refused one left out"
    );
    assert_eq!(attrs(&root, ".folio-gallery img", "loading"), times("lazy", 2));
    assert_eq!(
        attrs(&root, ".folio-gallery img", "width"),
        [Some("1600".into()), Some("1200".into())]
    );
    assert_eq!(
        attrs(&root, ".folio-gallery img", "alt"),
        [Some("Dawn".into()), Some("Dusk".into())]
    );
    assert_eq!(
        attrs(&root, ".folio-gallery source", "sizes"),
        [Some(
            "(min-width: 31rem) min(calc(50vw - 1.5rem), 35ch), calc(100vw - 2rem)".into()
        )]
    );
    assert_eq!(text(&root, ".folio-gallery li .folio-caption-text"), "At dawn");
    assert_eq!(text(&root, ".folio-gallery > figcaption"), "The pier");
}

#[wasm_bindgen_test]
fn code_and_verse_keep_their_lines_and_spaces() {
    let root = body(
        "en",
        r#"[{ "type": "code", "language": "HTML", "text": "<p>\n  <b>x</b>\n</p>" },
            { "type": "code", "verse": true, "text": "The tide goes out\n    and comes back" }]"#,
    );
    assert_eq!(text(&root, ".folio-code pre code"), "<p>\n  <b>x</b>\n</p>");
    assert!(all(&root, ".folio-code b").is_empty(), "markup shown as text");
    assert_eq!(text(&root, ".folio-code-language"), "HTML");
    assert_eq!(attrs(&root, ".folio-code pre", "tabindex"), [Some("0".into())]);
    assert_eq!(text(&root, "pre.folio-verse"), "The tide goes out\n    and comes back");
    assert!(all(&root, "pre.folio-verse code").is_empty(), "a poem is not code");
}

#[wasm_bindgen_test]
fn lists_nest_and_stop_at_four_levels() {
    let root = body(
        "en",
        r#"[{ "type": "list", "items": [{ "text": "1", "list": { "ordered": true, "items": [{ "text": "2", "list": { "items": [
          { "text": "3", "list": { "items": [{ "text": "4", "list": { "items": ["5"] } }] } }] } }] } }, "after"] }]"#,
    );
    assert_eq!(all(&root, ".folio-body > ul > li").len(), 2);
    assert_eq!(
        all(&root, "ul > li > ol > li > ul > li > ul > li").len(),
        2,
        "'5' kept beside '4'"
    );
    assert!(all(&root, "li li li li li").is_empty(), "never deeper than four");
    assert_eq!(text(&root, "ul > li > ol > li > ul > li > ul > li:last-child"), "5");
}

#[wasm_bindgen_test]
fn code_sup_and_sub_runs() {
    let root = body(
        "en",
        r#"[{ "type": "paragraph", "text": ["CO", { "text": "2", "sub": true }, ", the 1", { "text": "st", "sup": true },
            ", ", { "text": "ls -l", "code": true, "bold": true }, ", ", { "text": "both", "sup": true, "sub": true }] }]"#,
    );
    assert_eq!(text(&root, "p sub"), "2");
    assert_eq!(all(&root, "p sup").len(), 2, "raised wins when both are set");
    assert_eq!(text(&root, "p strong code"), "ls -l");
    assert_eq!(text(&root, "p"), "CO2, the 1st, ls -l, both");
}
