//! One module per route, and the article-mode widget. Each page loads what it shows into
//! one state and hands it to the components; the head follows that state.

pub mod archive;
pub mod article;
pub mod article_head;
pub mod listing;
pub mod not_found;
pub mod root;
pub mod shown;
pub mod widget;
