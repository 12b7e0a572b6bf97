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
    // A bug stops the app with a message in the console: the panic's own text and stack
    // while developing, a fixed line in release builds (formatting them costs 0.7 KB).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    #[cfg(not(debug_assertions))]
    std::panic::set_hook(Box::new(|_| {
        web_sys::console::error_1(&"Folio stopped on an internal error.".into());
    }));
    match config::from_page() {
        Ok(config) => match config::mount_point() {
            Some(root) => leptos::mount::mount_to(root, move || view! { <App config /> }).forget(),
            None => leptos::mount::mount_to_body(move || view! { <App config /> }),
        },
        Err(message) => config::show_config_error(&message),
    }
}
