//! One module per route.

pub mod article;
pub mod article_head;
pub mod listing;
pub mod not_found;
pub mod root;
pub mod widget;
