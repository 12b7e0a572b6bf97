//! `folio-cli publish`: a static page for every article and listing, rendered with the
//! app's own components (`render`, `page`, `head`, `html`), the sitemap and feeds
//! (`site`, `feeds`), written incrementally (`run` what a run shares, `manifest` what a
//! run remembers, `plan` what to write), and only content
//! copied to the web (`sync`, `web_files`).

pub mod feeds;
pub mod head;
pub mod html;
pub mod manifest;
pub mod page;
pub mod plan;
pub mod render;
pub mod run;
pub mod site;
pub mod sync;
pub mod web_files;
