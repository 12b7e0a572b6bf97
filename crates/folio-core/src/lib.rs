//! What Folio's browser app (`folio-web`) and its publishing tool (`folio-cli`) share:
//! everything both sides render or decide, built for both targets.
//!
//! The floors, from the ground up (an import only ever points down; `scripts/imports.py`
//! checks it):
//! - `content` (model, decoding, endpoint, and in the browser the loader) and `i18n`
//!   (words, dates, language choice): pure floors that reach up to nothing but each other
//!   (`i18n` reads content's dates and model);
//! - `share`, `listing`, `embed`: pure rules over content;
//! - `browser`: the seam to browser APIs (no-ops natively);
//! - `components`: the views of an article, a card, a listing, the header: they render
//!   what they are given, in the browser (`folio-web`) and to HTML (`folio-cli publish`).

pub mod browser;
pub mod components;
pub mod content;
pub mod embed;
pub mod i18n;
pub mod listing;
pub mod share;
