//! What every page of the app shares, provided once by the app as Leptos context: the
//! configuration, site.json, and the languages of the article on screen. Pages read
//! them; components never do (they take what they show as props).

use folio_core::content::endpoint::Endpoint;
use folio_core::content::error::LoadError;
use folio_core::content::model::Site;
use folio_core::embed::Mode;
use folio_core::i18n::choices::ArticleLanguages;
use leptos::prelude::*;
use std::sync::Arc;

/// Where the content comes from and where the app lives, from the host page's `#folio`
/// element (see `embed` for the attributes and their checks, `app::config` for reading
/// them).
#[derive(Clone, Debug, PartialEq)]
pub struct AppConfig {
    pub endpoint: Endpoint,
    /// `""` or `/news`: the router's base path.
    pub base: String,
    /// `https://www.example.org`: the page's origin, for canonical URLs.
    pub origin: String,
    /// The host's language for `/` (`data-lang`), or the widget's article language.
    pub lang: Option<String>,
    pub mode: Mode,
}

impl AppConfig {
    /// A site-mode configuration (tests use it directly).
    pub fn new(endpoint: &str, base: &str, origin: &str) -> Result<AppConfig, String> {
        let endpoint = Endpoint::new(endpoint, base)
            .ok_or_else(|| format!("data-endpoint: {endpoint:?} is not an http or https URL"))?;
        Ok(AppConfig {
            endpoint,
            base: base.to_string(),
            origin: origin.to_string(),
            lang: None,
            mode: Mode::Site,
        })
    }
}

/// site.json, loaded once and shared by every page.
pub type SiteResource = LocalResource<Result<Arc<Site>, LoadError>>;

/// The languages of the article on screen, for the switcher and the head's alternates.
#[derive(Clone, Copy)]
pub struct CurrentArticle(pub RwSignal<Option<ArticleLanguages>>);

/// The language of the current address: its first segment when that is one of the site's
/// languages, else the site's default (`None` until site.json is there).
pub fn use_current_lang() -> Memo<Option<String>> {
    let location = leptos_router::hooks::use_location();
    let site = expect_context::<SiteResource>();
    let base = expect_context::<AppConfig>().base;
    Memo::new(move |_| {
        let path = location.pathname.get();
        let first = folio_core::content::files::first_segment(&path, &base).to_string();
        match site.get() {
            Some(Ok(site)) if site.has_language(&first) => Some(first),
            Some(Ok(site)) => Some(site.default_language.clone()),
            _ if folio_core::content::decode::is_valid_language(&first) => Some(first),
            _ => None,
        }
    })
}
