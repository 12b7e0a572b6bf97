//! Articles from where publishers already write: Markdown with a front-matter header
//! (`markdown`, with `media_links`, which addresses become video, audio and document
//! blocks) and WordPress exports (`wordpress`).

pub mod markdown;
pub mod media_links;
pub mod wordpress;
