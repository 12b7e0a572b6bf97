//! `data-mode="article"`: one article as a widget inside a host page. It never touches
//! the host's URL, history, title or head; a recommended card swaps the article in place
//! and moves focus to its title.

use super::shown::{article_view, use_around};
use crate::context::AppConfig;
use folio_core::browser::words::loaded_with_words;
use folio_core::components::status::{ArticleSkeleton, ErrorView};
use folio_core::content::error::LoadError;
use folio_core::content::files::canonical_article_url;
use folio_core::content::loader::{load_article, load_site};
use folio_core::content::model::{Article, Site};
use folio_core::content::slug::is_valid_slug;
use leptos::ev::MouseEvent;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

type Loaded = Result<(Arc<Site>, String, Arc<Article>), LoadError>;

/// The slug of the recommended card a plain left click landed on, if any.
fn card_slug(e: &MouseEvent) -> Option<String> {
    if e.default_prevented() || e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
        return None;
    }
    let target: web_sys::Element = e.target()?.dyn_into().ok()?;
    let link = target.closest("a.folio-card-link").ok()??;
    let slug = link.get_attribute("href")?.rsplit('/').next()?.to_string();
    is_valid_slug(&slug).then_some(slug)
}

/// What the share links share: the article's canonical URL when the site has a
/// canonical base, else the host page itself (the article has no address of its own).
fn share_url(site: &Site, config: &AppConfig, lang: &str, slug: &str) -> String {
    match site.canonical_base.as_deref() {
        Some(cb) => canonical_article_url(Some(cb), &config.origin, &config.base, lang, slug),
        None => web_sys::window()
            .and_then(|w| w.location().href().ok())
            .map(|h| h.split('#').next().unwrap_or_default().to_string())
            .unwrap_or_default(),
    }
}

#[component]
pub fn ArticleWidget(slug: String, lang: Option<String>) -> impl IntoView {
    let config = expect_context::<AppConfig>();
    let shown = RwSignal::new(slug);
    let swapped = StoredValue::new(false);
    let endpoint = config.endpoint.clone();
    let first_lang = lang.clone().unwrap_or_default();
    // One state: the article shown (by slug) and what loading it gave.
    let article = LocalResource::new(move || {
        let (slug, endpoint, lang) = (shown.get(), endpoint.clone(), lang.clone());
        async move {
            let loaded = async {
                let site = load_site(&endpoint).await?;
                let lang = lang.unwrap_or_else(|| site.default_language.clone());
                let article = loaded_with_words(&lang, load_article(&endpoint, &lang, &slug)).await?;
                Ok::<_, LoadError>((site, lang, article))
            };
            (slug.clone(), loaded.await)
        }
    });
    let shown_lang = Signal::derive(move || match article.get() {
        Some((_, Ok((_, lang, _)))) => lang,
        _ => first_lang.clone(),
    });
    let shown_article = Signal::derive(move || {
        let (_, (site, lang, article)) = article.get().and_then(|(s, l)| Some((s, l.ok()?)))?;
        Some((lang, site, article))
    });
    // Complete, the widget takes over the article's fragment when the host page holds
    // one (`folio-cli publish` writes it).
    let around = use_around(config.endpoint.clone(), shown_article);
    let on_click = move |e: MouseEvent| {
        if let Some(slug) = card_slug(&e) {
            e.prevent_default();
            swapped.set_value(true);
            shown.set(slug);
        }
    };
    let view_of = move |loaded: Loaded| match loaded {
        Ok((site, lang, article)) => {
            let url = share_url(&site, &config, &lang, &article.slug);
            if swapped.try_get_value() == Some(true) {
                request_animation_frame(|| {
                    let title = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.get_element_by_id("folio-title"))
                        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
                    if let Some(t) = title {
                        let _ = t.focus();
                    }
                });
            }
            article_view(&config, around, site, article, lang, url)
        }
        Err(error) => {
            let lang = shown_lang.get_untracked();
            view! { <ErrorView error lang on_retry=move || article.refetch() /> }.into_any()
        }
    };
    // The skeleton until the state is that of the article asked for (a resource keeps
    // its last value while it loads the next).
    let content = move || match article.get() {
        Some((slug, loaded)) if slug == shown.get() => view_of(loaded),
        _ => view! { <ArticleSkeleton lang=shown_lang.get() /> }.into_any(),
    };
    view! { <div class="folio folio-widget" lang=move || shown_lang.get() on:click=on_click>{content}</div> }
}
