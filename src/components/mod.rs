//! View pieces shared by the pages. None of them reads the URL or fetches: they render
//! what they are given, so tests can mount them on a detached element.

pub mod article_view;
pub mod body;
pub mod card;
pub mod dates;
pub mod figure;
pub mod header;
pub mod languages;
pub mod people;
pub mod recommended;
pub mod share;
pub mod share_icons;
pub mod status;
pub mod text;
