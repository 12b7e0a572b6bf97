//! Published pages (`folio-cli publish`) arrive with the article already in the HTML,
//! inside `#folio-prerender`, and the app's root hidden behind it by CSS. When the app
//! has rendered the same page, everything prerendered goes in one step: the browser
//! paints the swap in one frame, and as the markup is the same nothing moves.

use wasm_bindgen::JsCast;

/// Removes the prerendered page and its head tags. A no-op on any other page.
pub fn take_over() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(prerendered) = document.get_element_by_id("folio-prerender") else {
        return;
    };
    prerendered.remove();
    // Its head tags describe the first page only; the app's own follow the reader.
    if let Ok(list) = document.query_selector_all("[data-folio-prerender]") {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                el.remove();
            }
        }
    }
}
