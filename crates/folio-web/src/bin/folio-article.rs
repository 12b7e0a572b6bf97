//! The article-mode build's entry point: one article inside a host page, without the
//! router, the listing or search (boot.js loads it for `data-mode="article"`).

#[cfg(target_arch = "wasm32")]
fn main() {
    folio_web::app::start_article();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Folio runs in the browser: build it with `trunk build` (see README.md).");
}
