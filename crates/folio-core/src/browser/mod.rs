//! The seam between the views and the browser: the only calls into browser APIs that a
//! view makes while it renders (frames, timers, window listeners, storage, the share
//! sheet), plus the document-wide helpers the pages use (head tags, takeover, the words
//! of a language not built in). Natively,
//! where `folio-cli publish` renders the same components to HTML, the render-time calls
//! do nothing and report no browser, so a view renders its complete, script-free form.

pub mod frames;
pub mod head;
pub mod navigator;
pub mod storage;
pub mod takeover;
pub mod words;

/// Whether the views run in a browser (the wasm build) or are rendered to HTML.
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

/// Moves the focus to the element with this id (it needs a `tabindex` if it is not a
/// control), and scrolls it into view. Natively, nothing.
pub fn focus_element(id: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = element {
            let _ = el.focus();
            el.scroll_into_view();
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}

/// Loads an article ahead of a click on a link to it (see `content::loader`); nothing
/// natively.
pub fn prefetch_article(endpoint: &crate::content::endpoint::Endpoint, lang: String, slug: String) {
    #[cfg(target_arch = "wasm32")]
    crate::content::loader::prefetch_article(endpoint, lang, slug);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (endpoint, lang, slug);
}
