//! The browser build's entry point. A native build has nothing to run.

#[cfg(target_arch = "wasm32")]
fn main() {
    folio_web::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Folio runs in the browser: build it with `trunk build` (see README.md).");
}
