//! The application shell: configuration, the site file, the router and the header.

pub mod config;
pub mod head;
pub mod prerender;
pub mod shell;
pub mod storage;

pub use config::AppConfig;

use crate::content::loader::{load_site, LoadError};
use crate::content::model::Site;
use crate::embed::Mode;
use crate::i18n::choices::ArticleLanguages;
use crate::pages::widget::ArticleWidget;
use leptos::prelude::*;
use leptos_router::components::Router;
use std::sync::Arc;

/// site.json, loaded once and shared by every page.
pub type SiteResource = LocalResource<Result<Arc<Site>, LoadError>>;

/// The languages of the article on screen, for the switcher and the head's alternates.
#[derive(Clone, Copy)]
pub struct CurrentArticle(pub RwSignal<Option<ArticleLanguages>>);

#[component]
pub fn App(config: AppConfig) -> impl IntoView {
    let endpoint = config.endpoint.clone();
    let site: SiteResource = LocalResource::new(move || {
        let endpoint = endpoint.clone();
        async move { load_site(&endpoint).await }
    });
    provide_context(site);
    provide_context(CurrentArticle(RwSignal::new(None)));
    provide_context(config.clone());
    match config.mode.clone() {
        Mode::Site => view! {
            <Router base=config.base.clone()>
                <div class="folio">
                    <shell::Shell />
                </div>
            </Router>
        }
        .into_any(),
        Mode::Article { slug } => view! { <ArticleWidget slug lang=config.lang.clone() /> }.into_any(),
    }
}

/// Mounts Folio on the page: the entry point of the browser build.
pub fn start() {
    console_error_panic_hook::set_once();
    match AppConfig::from_page() {
        Ok(config) => match config::mount_point() {
            Some(root) => leptos::mount::mount_to(root, move || view! { <App config /> }).forget(),
            None => leptos::mount::mount_to_body(move || view! { <App config /> }),
        },
        Err(message) => config::show_config_error(&message),
    }
}
