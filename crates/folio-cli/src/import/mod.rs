//! Articles from where publishers already write: Markdown with a front-matter header
//! (`markdown`, with `media_links`, which addresses become video, audio and document
//! blocks) and WordPress exports (`wordpress`); `runs` writes their rich text.

pub mod markdown;
pub mod media_links;
pub mod runs;
pub mod wordpress;
