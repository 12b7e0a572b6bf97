//! The one place that turns "the site", "an index", "an article" into a request under the
//! endpoint and a typed result. Successful loads are kept for the session, so going back
//! shows a page at once without refetching; failures are not kept, so Retry asks again.

use super::decode::{
    decode_article, decode_docs, decode_index, decode_piece, decode_search_terms, decode_shard, decode_site,
    DecodeError,
};
use super::files;
use super::model::{Article, Card, Index, SearchTerms, Site, TermEntry};
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use super::endpoint::Endpoint;
use super::error::LoadError;

thread_local! {
    static CACHE: RefCell<HashMap<String, Arc<dyn Any + Send + Sync>>> = RefCell::new(HashMap::new());
}

thread_local! {
    static TIMEOUT_MS: std::cell::Cell<u32> = const { std::cell::Cell::new(super::DEFAULT_TIMEOUT_MS) };
}

/// How long any request may take (`data-timeout`), headers and body together.
pub fn set_timeout_ms(ms: u32) {
    TIMEOUT_MS.with(|t| t.set(ms));
}

async fn fetch_text(url: &str, file: &str) -> Result<String, LoadError> {
    // A request past its time is aborted, so a hung server ends in a message and a Retry.
    let controller = web_sys::AbortController::new().ok();
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    let timer = {
        let (controller, timed_out) = (controller.clone(), timed_out.clone());
        let ms = TIMEOUT_MS.with(|t| t.get());
        leptos::prelude::set_timeout_with_handle(
            move || {
                timed_out.set(true);
                if let Some(c) = controller {
                    c.abort();
                }
            },
            std::time::Duration::from_millis(ms.into()),
        )
        .ok()
    };
    let result = async {
        let failed = || LoadError::Unreachable { file: file.to_string() };
        let signal = controller.as_ref().map(|c| c.signal());
        let response = gloo_net::http::Request::get(url)
            .abort_signal(signal.as_ref())
            .send()
            .await
            .map_err(|_| failed())?;
        match response.status() {
            200..=299 => response.text().await.map_err(|_| failed()),
            404 | 410 => Err(LoadError::NotFound { file: file.to_string() }),
            status => Err(LoadError::Server {
                file: file.to_string(),
                status,
            }),
        }
    }
    .await;
    if let Some(t) = timer {
        t.clear();
    }
    match result {
        Err(LoadError::Unreachable { .. }) if timed_out.get() => Err(LoadError::Timeout { file: file.to_string() }),
        other => other,
    }
}

/// A performance mark (`folio:decoded en/index.json`) for benchmarks and profilers.
fn mark(what: &str, file: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(&format!("{what} {file}"));
    }
}

type Loaded = Result<Arc<dyn Any + Send + Sync>, LoadError>;

thread_local! {
    /// Requests under way, shared: a prefetch and a click on the same article make one.
    static PENDING: RefCell<HashMap<String, Shared<LocalBoxFuture<'static, Loaded>>>> = RefCell::new(HashMap::new());
}

async fn fetch_and_decode<T: Send + Sync + 'static>(
    url: String,
    file: String,
    decode: fn(&str) -> Result<T, DecodeError>,
) -> Loaded {
    let text = fetch_text(&url, &file).await?;
    mark("folio:fetched", &file);
    let value: Arc<dyn Any + Send + Sync> = Arc::new(decode(&text).map_err(|e| LoadError::Invalid {
        file: file.clone(),
        detail: e.0,
    })?);
    mark("folio:decoded", &file);
    CACHE.with(|c| c.borrow_mut().insert(url, value.clone()));
    Ok(value)
}

/// Any file under an endpoint, decoded by `decode`, kept for the session and shared while
/// under way (the content files below, and the app's own word files).
pub async fn load<T: Send + Sync + 'static>(
    endpoint: &Endpoint,
    file: String,
    decode: fn(&str) -> Result<T, DecodeError>,
) -> Result<Arc<T>, LoadError> {
    let url = endpoint.file_url(&file);
    let cached = CACHE.with(|c| c.borrow().get(&url).cloned());
    if let Some(hit) = cached.and_then(|any| any.downcast::<T>().ok()) {
        return Ok(hit);
    }
    let request = PENDING.with(|p| {
        p.borrow_mut()
            .entry(url.clone())
            .or_insert_with(|| {
                fetch_and_decode(url.clone(), file.clone(), decode)
                    .boxed_local()
                    .shared()
            })
            .clone()
    });
    let result = request.await;
    PENDING.with(|p| p.borrow_mut().remove(&url));
    result?.downcast::<T>().map_err(|_| LoadError::Invalid {
        file,
        detail: "loaded as another kind of file".into(),
    })
}

/// Loads an article ahead of a click on a link to it; a failure is left for the click
/// to report (only what loaded is kept).
pub fn prefetch_article(endpoint: &Endpoint, lang: String, slug: String) {
    let endpoint = endpoint.clone();
    leptos::task::spawn_local(async move {
        let _ = load_article(&endpoint, &lang, &slug).await;
    });
}

/// Loads articles ahead of a click (the translations of the one on screen), when the
/// browser is idle.
pub fn prefetch_articles(endpoint: &Endpoint, articles: Vec<(String, String)>) {
    let endpoint = endpoint.clone();
    leptos::prelude::request_idle_callback(move || {
        for (lang, slug) in articles.clone() {
            prefetch_article(&endpoint, lang, slug);
        }
    });
}

pub async fn load_site(endpoint: &Endpoint) -> Result<Arc<Site>, LoadError> {
    load(endpoint, files::site_file(), decode_site).await
}

pub async fn load_index(endpoint: &Endpoint, lang: &str) -> Result<Arc<Index>, LoadError> {
    load(endpoint, files::index_file(lang), decode_index).await
}

/// A piece of a split index: its cards, newest first.
pub async fn load_piece(endpoint: &Endpoint, lang: &str, number: u32) -> Result<Arc<Vec<Card>>, LoadError> {
    load(endpoint, files::piece_file(lang, number), decode_piece).await
}

pub async fn load_search_terms(endpoint: &Endpoint, lang: &str) -> Result<Arc<SearchTerms>, LoadError> {
    load(endpoint, files::search_file(lang, "terms.json"), decode_search_terms).await
}

pub async fn load_shard(endpoint: &Endpoint, lang: &str, i: usize) -> Result<Arc<Vec<TermEntry>>, LoadError> {
    load(endpoint, files::search_file(lang, &format!("t/{i}.json")), decode_shard).await
}

pub async fn load_docs(endpoint: &Endpoint, lang: &str, k: usize) -> Result<Arc<Vec<Option<Card>>>, LoadError> {
    load(endpoint, files::search_file(lang, &format!("d/{k}.json")), decode_docs).await
}

pub async fn load_article(endpoint: &Endpoint, lang: &str, slug: &str) -> Result<Arc<Article>, LoadError> {
    load(endpoint, files::article_file(lang, slug), decode_article).await
}

/// Where an article missing in `lang` exists instead, as (language, slug) pairs in the
/// site's order: found through the other languages' indexes (loaded together), then
/// that article's own translations.
pub async fn find_elsewhere(endpoint: &Endpoint, site: &Site, lang: &str, slug: &str) -> Vec<(String, String)> {
    let others: Vec<&String> = site.languages.iter().filter(|l| *l != lang).collect();
    let indexes = futures::future::join_all(others.iter().map(|l| load_index(endpoint, l))).await;
    let Some(found_in) = others
        .iter()
        .zip(indexes)
        .find(|(_, index)| index.as_ref().is_ok_and(|i| i.articles.iter().any(|c| c.slug == slug)))
        .map(|(l, _)| l.to_string())
    else {
        return Vec::new();
    };
    let article = load_article(endpoint, &found_in, slug).await.ok();
    // Walked in the site's order rather than sorted: a sort costs the module ~4 KB.
    site.languages
        .iter()
        .filter_map(|l| {
            if *l == found_in {
                Some((l.clone(), slug.to_string()))
            } else if l == lang {
                None
            } else {
                Some((l.clone(), article.as_ref()?.translations.get(l)?.clone()))
            }
        })
        .collect()
}
