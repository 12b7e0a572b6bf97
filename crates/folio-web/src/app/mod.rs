//! The application: reading the configuration, providing what the pages share, the
//! router and the shell, and mounting it all on the page.

pub mod config;
pub mod shell;

use crate::context::{AppConfig, CurrentArticle, SiteResource};
use crate::pages::widget::ArticleWidget;
use folio_core::browser::words::ensure_words;
use folio_core::content::loader::load_site;
use folio_core::embed::Mode;
use folio_core::i18n::installed::file_to_load;
use leptos::prelude::*;
use leptos_router::components::Router;

/// What every page shares: the site's resource, the article on screen, the configuration.
fn provide_shared(config: &AppConfig) {
    let endpoint = config.endpoint.clone();
    let site: SiteResource = LocalResource::new(move || {
        let endpoint = endpoint.clone();
        async move { load_site(&endpoint).await }
    });
    provide_context(site);
    provide_context(CurrentArticle(RwSignal::new(None)));
    provide_context(config.clone());
}

#[component]
pub fn App(config: AppConfig) -> impl IntoView {
    provide_shared(&config);
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

/// The article-mode build's app: one article, no router (which, with the listing and
/// search, then stays out of that module).
#[component]
pub fn ArticleApp(config: AppConfig, slug: String) -> impl IntoView {
    provide_shared(&config);
    view! { <ArticleWidget slug lang=config.lang.clone() /> }
}

/// Mounts Folio on the page: the entry point of the browser build.
pub fn start() {
    start_with(config::from_page(), |config| view! { <App config /> }.into_any());
}

/// Mounts only the article widget: the entry point of the article-mode build
/// (`src/bin/folio-article.rs`, which boot.js loads for `data-mode="article"` only).
pub fn start_article() {
    let config = config::from_page().and_then(|config| match &config.mode {
        Mode::Article { .. } => Ok(config),
        Mode::Site => Err("this is the article-mode build: it needs data-mode=\"article\".".into()),
    });
    start_with(config, |config| match config.mode.clone() {
        Mode::Article { slug } => view! { <ArticleApp config slug /> }.into_any(),
        Mode::Site => ().into_any(),
    });
}

/// Sets the panic hook, then mounts `app` with the page's configuration once the first
/// page's words are in place, or says why it cannot start.
fn start_with(config: Result<AppConfig, String>, app: fn(AppConfig) -> AnyView) {
    // A bug stops the app with a message in the console: the panic's own text and stack
    // while developing, a fixed line in release builds (formatting them costs 0.7 KB).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    #[cfg(not(debug_assertions))]
    std::panic::set_hook(Box::new(|_| {
        web_sys::console::error_1(&"Folio stopped on an internal error.".into());
    }));
    match config {
        // The first page's words in place before anything renders (English is built in;
        // boot.js has preloaded the file), so a published page's takeover finds its text.
        // With nothing to load the app mounts at once, in the task that started it.
        Ok(config) => match config::initial_language(&config).filter(|l| file_to_load(l).is_some()) {
            None => mount(config, app),
            Some(lang) => wasm_bindgen_futures::spawn_local(async move {
                ensure_words(&lang).await;
                mount(config, app);
            }),
        },
        Err(message) => config::show_config_error(&message),
    }
}

/// Mounts `app` on the page's `#folio` element, else on `<body>`.
fn mount(config: AppConfig, app: fn(AppConfig) -> AnyView) {
    match config::mount_point() {
        Some(root) => leptos::mount::mount_to(root, move || app(config)).forget(),
        None => leptos::mount::mount_to_body(move || app(config)),
    }
}
