//! The application: reading the configuration, providing what the pages share, the
//! router and the shell, and mounting it all on the page.

pub mod config;
pub mod shell;

use crate::content::loader::load_site;
use crate::context::{AppConfig, CurrentArticle, SiteResource};
use crate::embed::Mode;
use crate::pages::widget::ArticleWidget;
use leptos::prelude::*;
use leptos_router::components::Router;

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
    match config::from_page() {
        Ok(config) => match config::mount_point() {
            Some(root) => leptos::mount::mount_to(root, move || view! { <App config /> }).forget(),
            None => leptos::mount::mount_to_body(move || view! { <App config /> }),
        },
        Err(message) => config::show_config_error(&message),
    }
}
