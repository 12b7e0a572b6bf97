//! Folio's native tool (`folio-cli`): checks a content tree against the contract,
//! rewrites indexes, imports Markdown and WordPress exports, makes picture variants, and
//! publishes static pages, a sitemap and feeds that crawlers and readers without
//! JavaScript get in full. It shares the app's model, decoders, URL rules, words and
//! picking logic (`folio-core`), and renders its pages' bodies with the app's own
//! components (`render`).

pub mod check;
pub mod cli;
pub mod disk;
pub mod images;
pub mod import;
pub mod index;
pub mod publish;
