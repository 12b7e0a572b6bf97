//! Folio: article pages of a multilingual publisher, rendered in the browser.
//!
//! `content` and `i18n` are pure and build natively; everything that touches the DOM is
//! compiled for wasm32 only.

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
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod pages;
