//! Choosing and finding articles: recommended cards, the listing's filters and pages, and
//! search. Pure, so `cargo test` covers it natively and the benchmark can time it.

pub mod browse;
pub mod find;
pub mod fold;
pub mod query;
pub mod recommend;
pub mod results;
pub mod search;
pub mod words;

use crate::content::model::{Index, Site};
use crate::i18n::kind_label;
use std::collections::BTreeSet;

/// The listing's kind and topic choices, `(code, label)` sorted by label: those the
/// index's cards use, labelled in the listing's language.
pub type Options = Vec<(String, String)>;

pub fn filter_options(index: &Index, site: &Site, lang: &str) -> (Options, Options) {
    // Filled by `extend`, which inserts; `collect` would sort first (another ~4 KB of code).
    let mut kinds = BTreeSet::new();
    kinds.extend(index.articles.iter().map(|c| c.kind.as_str()));
    let mut topics = BTreeSet::new();
    topics.extend(index.articles.iter().flat_map(|c| c.topics.iter().map(String::as_str)));
    let mut kinds: Options = kinds
        .into_iter()
        .map(|k| (k.to_string(), kind_label(site, k, lang)))
        .collect();
    let mut topics: Options = topics
        .into_iter()
        .map(|t| (t.to_string(), site.topic_label(t, lang).to_string()))
        .collect();
    kinds.sort_by(by_label);
    topics.sort_by(by_label);
    (kinds, topics)
}

/// One comparison function for both lists, so the module holds one sort.
fn by_label(a: &(String, String), b: &(String, String)) -> std::cmp::Ordering {
    a.1.cmp(&b.1)
}
