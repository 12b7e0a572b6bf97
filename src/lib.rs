//! Folio: article pages of a multilingual publisher, rendered in the browser.
//!
//! The house, from the ground up (an import only ever points down; `scripts/imports.py`
//! checks it):
//! - `content` (model, decoding, endpoint, loader) and `i18n` (words, dates, language
//!   choice): pure floors that reach up to nothing but each other (`i18n` reads content's
//!   dates and model);
//! - `share`, `listing`, `embed`: pure rules over content;
//! - `browser`: the seam to browser APIs (no-ops natively);
//! - `components`: the views of an article, a card, a listing, the header: they render
//!   what they are given, in the browser and natively alike;
//! - in the browser: `context` (what pages share), `pages` (one per route), `app` (the
//!   shell, router and mount);
//! - natively: `publish` (`folio-cli`), which renders the same components to HTML.

pub mod browser;
pub mod components;
pub mod content;
pub mod embed;
pub mod i18n;
pub mod listing;
pub mod share;

#[cfg(not(target_arch = "wasm32"))]
pub mod publish;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod context;
#[cfg(target_arch = "wasm32")]
pub mod pages;
