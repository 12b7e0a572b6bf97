//! The words of a page's language, in place before the page renders: the browser build
//! has English built in and fetches the other languages' words (`folio-words/{code}.json`,
//! beside `boot.js`) the first time a page needs them. A file that cannot be loaded or
//! read leaves English in its place, with a warning naming the file. Natively all
//! languages are built in and this does nothing.

#[cfg(target_arch = "wasm32")]
use crate::content::endpoint::Endpoint;
use crate::i18n::installed;
#[cfg(target_arch = "wasm32")]
use leptos::prelude::{ArcTrigger, Notify, Track};

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// Fired each time a language's words are installed, or given up on.
    static ARRIVED: ArcTrigger = ArcTrigger::new();
}

thread_local! {
    /// The languages whose words could not be loaded: they show in English.
    static GIVEN_UP: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Whether a page in `lang` can show now: its words are in place, or could not be loaded
/// (it then shows English words).
pub fn settled(lang: &str) -> bool {
    installed::file_to_load(lang).is_none() || GIVEN_UP.with(|g| g.borrow().iter().any(|l| l == lang))
}

/// Makes the reactive computation that calls it run again when words arrive.
pub fn track_arrivals() {
    #[cfg(target_arch = "wasm32")]
    ARRIVED.with(|a| a.track());
}

/// Loads and installs the words of `lang` when they are not in place yet.
pub async fn ensure_words(lang: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(file) = installed::file_to_load(lang) else {
            return;
        };
        let Some(folder) = app_folder() else {
            return;
        };
        match crate::content::loader::load(&folder, file.clone(), installed::parse).await {
            Ok(words) => installed::install(&crate::i18n::primary(lang), *words),
            Err(e) => {
                web_sys::console::warn_1(
                    &format!(
                        "Folio: {} {}: the words of {lang:?} show in English.",
                        folder.file_url(&file),
                        what_went_wrong(&e)
                    )
                    .into(),
                );
                GIVEN_UP.with(|g| g.borrow_mut().push(lang.to_string()));
            }
        }
        ARRIVED.with(|a| a.notify());
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = lang;
}

/// A page's state in `lang` with its words: `loading` and the words, together.
pub async fn loaded_with_words<T>(lang: &str, loading: impl std::future::Future<Output = T>) -> T {
    #[cfg(target_arch = "wasm32")]
    {
        let (loaded, ()) = futures::join!(loading, ensure_words(lang));
        loaded
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = lang;
        loading.await
    }
}

/// Loads the words of these languages when the browser is idle (those a reader may
/// switch to next).
pub fn prefetch_words(langs: Vec<String>) {
    #[cfg(target_arch = "wasm32")]
    {
        if langs.iter().all(|l| installed::file_to_load(l).is_none()) {
            return;
        }
        leptos::prelude::request_idle_callback(move || {
            for lang in langs.clone() {
                leptos::task::spawn_local(async move { ensure_words(&lang).await });
            }
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = langs;
}

#[cfg(target_arch = "wasm32")]
fn what_went_wrong(error: &crate::content::error::LoadError) -> String {
    use crate::content::error::LoadError::*;
    match error {
        NotFound { .. } => "was not found".into(),
        Server { status, .. } => format!("failed on the server ({status})"),
        Unreachable { .. } => "could not be reached".into(),
        Timeout { .. } => "took too long".into(),
        Invalid { detail, .. } => format!("is not a words file ({detail})"),
    }
}

/// The folder Folio's files are served from: that of the page's `boot.js`, else the
/// site's root.
#[cfg(target_arch = "wasm32")]
fn app_folder() -> Option<Endpoint> {
    use wasm_bindgen::JsCast;
    let document = web_sys::window()?.document()?;
    let boot = document
        .query_selector("script[src$='boot.js']")
        .ok()
        .flatten()
        .and_then(|s| s.dyn_into::<web_sys::HtmlScriptElement>().ok())
        .map(|s| s.src());
    let folder = match boot {
        Some(src) => src.rsplit_once('/').map(|(folder, _)| format!("{folder}/"))?,
        None => "/".to_string(),
    };
    Endpoint::new(&folder, "")
}
