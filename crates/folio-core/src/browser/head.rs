//! The document's title and head tags, set straight on the DOM: what Folio needs of
//! leptos_meta (a title, some `<meta>` and `<link>` tags, `<html lang dir>`) costs less
//! this way than the crate's components do in the wasm.

use leptos::prelude::on_cleanup;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

thread_local! {
    /// Tags added for views that are still on screen, by number.
    static TAGS: RefCell<HashMap<u32, web_sys::Element>> = RefCell::new(HashMap::new());
    static NEXT: Cell<u32> = const { Cell::new(0) };
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The document's title (the page that renders next sets its own).
pub fn set_title(text: &str) {
    if let Some(d) = document() {
        d.set_title(text);
    }
}

/// `<html lang dir>`.
pub fn set_language(lang: &str, rtl: bool) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", lang);
        let _ = html.set_attribute("dir", if rtl { "rtl" } else { "ltr" });
    }
}

/// Adds `<{tag} {attributes}>` to `<head>` for as long as the calling view lives.
pub fn head_tag(tag: &str, attributes: &[(&str, &str)]) {
    let Some(d) = document() else { return };
    let (Some(head), Ok(el)) = (d.head(), d.create_element(tag)) else {
        return;
    };
    for (name, value) in attributes {
        let _ = el.set_attribute(name, value);
    }
    if head.append_child(&el).is_err() {
        return;
    }
    let id = NEXT.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1));
        id
    });
    TAGS.with(|t| t.borrow_mut().insert(id, el));
    on_cleanup(move || {
        if let Some(el) = TAGS.with(|t| t.borrow_mut().remove(&id)) {
            el.remove();
        }
    });
}
