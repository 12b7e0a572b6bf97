//! Choosing and finding articles: recommended cards, the listing's filters and pages, and
//! search. Pure, so `cargo test` covers it natively and the benchmark can time it.

pub mod fold;
pub mod query;
pub mod recommend;
pub mod search;

use crate::content::model::{Index, Site};
use crate::i18n::kind_label;
use std::collections::BTreeSet;

/// The listing's kind and topic choices, `(code, label)` sorted by label: those the
/// index's cards use, labelled in the listing's language.
pub type Options = Vec<(String, String)>;

pub fn filter_options(index: &Index, site: &Site, lang: &str) -> (Options, Options) {
    let kinds: BTreeSet<&str> = index.articles.iter().map(|c| c.kind.as_str()).collect();
    let topics: BTreeSet<&str> = index
        .articles
        .iter()
        .flat_map(|c| c.topics.iter().map(String::as_str))
        .collect();
    let mut kinds: Options = kinds
        .into_iter()
        .map(|k| (k.to_string(), kind_label(site, k, lang)))
        .collect();
    let mut topics: Options = topics
        .into_iter()
        .map(|t| (t.to_string(), site.topic_label(t, lang).to_string()))
        .collect();
    kinds.sort_by(|a, b| a.1.cmp(&b.1));
    topics.sort_by(|a, b| a.1.cmp(&b.1));
    (kinds, topics)
}
