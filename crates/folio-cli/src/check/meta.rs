//! What the checks between files, the sitemap, the feed and an incremental publish need
//! of an article, kept for every article: from its file when it is read, or from the
//! last publish's manifest when the file has not changed since.

use folio_core::content::model::Article;
use serde::{Deserialize, Serialize};
use std::cmp::Reverse;
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// The hash of the article's file (`stamp::hash`).
    pub source: u64,
    pub title: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, String>,
    /// The slugs of its own recommended cards, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recommended: Vec<String>,
    /// The tree's files it names (images), as `[field, src]`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<(String, String)>,
}

impl Meta {
    pub fn of(a: &Article, source: u64, files: Vec<(String, String)>) -> Meta {
        Meta {
            source,
            title: a.title.clone(),
            date: a.date.iso(),
            kind: a.kind.clone(),
            updated: a.updated.clone(),
            topics: a.topics.clone(),
            translations: a.translations.clone(),
            recommended: a.recommended.iter().flatten().map(|c| c.slug.clone()).collect(),
            files,
        }
    }

    /// The time the feed orders and dates it by (`feeds::atom_time`).
    pub fn atom_time(&self) -> String {
        atom_time_of(self.updated.as_deref(), &self.date)
    }

    /// The sitemap's `lastmod`.
    pub fn lastmod(&self) -> String {
        self.updated.clone().unwrap_or_else(|| self.date.clone())
    }
}

/// The key that sorts articles newest first, as the feed lists them: by date, then
/// time, then slug (worked out once per article: `sort_by_cached_key`).
pub fn feed_key<'a>(slug: &'a str, meta: &Meta) -> (Reverse<String>, Reverse<String>, &'a str) {
    (Reverse(meta.date.clone()), Reverse(meta.atom_time()), slug)
}

/// `atom_time` from `updated` and the date (`YYYY-MM-DD`).
pub fn atom_time_of(updated: Option<&str>, date: &str) -> String {
    updated.map_or_else(|| format!("{date}T00:00:00Z"), str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use folio_core::content::decode::decode_article;

    #[test]
    fn meta_keeps_what_the_checks_and_feeds_need() {
        let a = decode_article(
            r#"{"slug":"a","language":"en","kind":"news","date":"2020-01-02","title":"T","body":[],
                "updated":"2020-01-03T10:00:00Z","topics":["water"],"translations":{"fr":"a-fr"},
                "recommended":[{"slug":"b","kind":"news","date":"2020-01-01","title":"B"}]}"#,
        )
        .unwrap();
        let m = Meta::of(&a, 7, vec![]);
        assert_eq!(
            m.atom_time(),
            "2020-01-03T10:00:00Z",
            "the feed's time: updated, when there is one"
        );
        assert_eq!(m.lastmod(), "2020-01-03T10:00:00Z");
        assert_eq!(m.recommended, ["b"]);
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(serde_json::from_str::<Meta>(&json).unwrap(), m);
    }
}
