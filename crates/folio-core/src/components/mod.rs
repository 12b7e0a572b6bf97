//! The views of Folio: article, body blocks (tables, galleries, nested lists, code among them), figures, videos, audio, documents, people, share, cards, recommended,
//! listing, header and switcher, dates, loading and error states. They render what they
//! are given as props (no context, no URL, no fetch; browser calls go through
//! `browser`), so the app mounts them in the browser, `folio-cli publish` renders them
//! to HTML natively, and tests can mount them on a detached element.
//!
//! No element nested in a `view!` is written wholly in literals: Leptos makes such an
//! element from an HTML string through `innerHTML` ("inert HTML"), a sink that pages
//! enforcing Trusted Types refuse (the end-to-end tests enforce them). A wholly static
//! element inside another takes one attribute from a constant instead, such as
//! `aria-hidden=HIDDEN` (a `view!`'s outermost element is always built node by node).

pub mod article_view;
pub mod audio;
pub mod body;
pub mod card;
pub mod dates;
pub mod documents;
pub mod figure;
pub mod gallery;
pub mod header;
pub mod languages;
pub mod list;
pub mod listing;
pub mod people;
pub mod picture;
pub mod recommended;
pub mod share;
pub mod share_icons;
pub mod status;
pub mod table;
pub mod text;
pub mod video;

/// `aria-hidden="true"` from a constant (see above).
pub const HIDDEN: &str = "true";
