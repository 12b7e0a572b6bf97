//! Folio's browser app, over `folio-core`: `context` (what pages share), `pages` (one per
//! route, and the article-mode widget), `app` (the shell, router and mount). Built for
//! the browser only (Trunk, `index.html`); natively it is empty, so that
//! `cargo check --workspace` passes.
#![cfg(target_arch = "wasm32")]

pub mod app;
pub mod context;
pub mod pages;
