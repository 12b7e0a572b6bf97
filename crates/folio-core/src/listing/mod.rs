//! Choosing and finding articles: recommended cards, the listing's filters and pages, and
//! search. Pure, so `cargo test` covers it natively and the benchmark can time it.

pub mod answer;
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
/// language's articles use, labelled in the listing's language.
pub type Options = Vec<(String, String)>;

pub fn filter_options(index: &Index, site: &Site, lang: &str) -> (Options, Options) {
    // Filled by `extend`, which inserts; `collect` would sort first (another ~4 KB of code).
    // A split index counts every kind and topic of the archive; a single one has them all.
    let mut kinds = BTreeSet::new();
    let mut topics = BTreeSet::new();
    match &index.archive {
        Some(a) => {
            kinds.extend(a.kinds.keys().map(String::as_str));
            topics.extend(a.topics.keys().map(String::as_str));
        }
        None => {
            kinds.extend(index.articles.iter().map(|c| c.kind.as_str()));
            topics.extend(index.articles.iter().flat_map(|c| c.topics.iter().map(String::as_str)));
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::decode::{decode_index, decode_site};

    #[test]
    fn a_split_index_offers_every_kind_of_the_archive() {
        let site = decode_site(include_str!("../../../../tests/fixtures/site.json")).unwrap();
        let json = r#"{"articles": [], "total": 3, "kinds": {"news": 2, "video": 1}, "topics": {"water": 1},
            "pieces": [{"number": 1, "count": 3, "newest": "2020-01-02", "oldest": "2020-01-01"}]}"#;
        let index = decode_index(json).unwrap();
        let (kinds, topics) = filter_options(&index, &site, "en");
        let codes: Vec<&str> = kinds.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(codes, ["news", "video"]);
        assert_eq!(topics.len(), 1);
    }
}
