//! What both floor apps share: the article as bench/perf.mjs writes it for them, and its
//! loading, so the two differ only in how they build the page.

use serde::Deserialize;

/// The article's title and paragraphs as text.
#[derive(Deserialize, Clone)]
pub struct Article {
    pub title: String,
    pub body: Vec<String>,
}

pub async fn load(slug: &str) -> Result<Article, String> {
    let response = gloo_net::http::Request::get(&format!("/content/{slug}.json"))
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let text = response.text().await.map_err(|e| e.to_string())?;
    serde_json::from_str(&text).map_err(|e| e.to_string())
}
