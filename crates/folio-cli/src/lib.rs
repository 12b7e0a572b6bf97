//! Folio's native tool (`folio-cli`): checks a content tree against the contract,
//! rewrites indexes, imports Markdown and WordPress exports, makes picture variants, and
//! publishes static pages, a sitemap and feeds that crawlers and readers without
//! JavaScript get in full. It shares the app's model, decoders, URL rules, words and
//! picking logic (`folio-core`), and renders its pages' bodies with the app's own
//! components (`render`).

pub mod cards;
pub mod check;
pub mod check_fields;
pub mod check_media;
pub mod check_structure;
pub mod cli;
pub mod disk;
pub mod feeds;
pub mod head;
pub mod html;
pub mod images;
pub mod index;
pub mod manifest;
pub mod markdown;
pub mod media_links;
pub mod meta;
pub mod page;
pub mod pieces;
pub mod plan;
pub mod problem;
pub mod render;
pub mod run;
pub mod search;
pub mod site;
pub mod split;
pub mod stamp;
pub mod sync;
pub mod tree;
pub mod web_files;
pub mod wordpress;
