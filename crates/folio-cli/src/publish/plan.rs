//! The plan of an incremental publish: the key of each article's page (everything the
//! page is made from, hashed), and, from the keys of the last run, which pages to write
//! and which to remove. Pure: `site` carries it out.

use crate::check::meta::Meta;
use crate::disk::stamp::hash;
use crate::index::cards::card_json;
use folio_core::content::head::versions_of;
use folio_core::content::model::Card;
use folio_core::listing::recommend::from_index;
use std::collections::BTreeMap;

/// The languages an article's page links, `(language, slug)` (as `content::head::versions`).
pub fn versions(lang: &str, slug: &str, meta: &Meta, exists: impl Fn(&str, &str) -> bool) -> Vec<(String, String)> {
    versions_of(lang, slug, &meta.translations, exists)
        .into_iter()
        .map(|(l, s)| (l.to_string(), s.to_string()))
        .collect()
}

/// The cards of the index that the page shows under its article (after its own, which
/// are in its file): as `listing::recommend::pick` chooses them.
pub fn picked_from_index<'i>(slug: &str, meta: &Meta, index: &'i [Card], count: usize) -> Vec<&'i Card> {
    let own: Vec<&str> = meta
        .recommended
        .iter()
        .filter(|s| *s != slug)
        .take(count)
        .map(String::as_str)
        .collect();
    from_index(slug, &meta.topics, &own, index, count - own.len())
}

/// A card's hash, as a page key takes it (each index card's is worked out once).
pub fn card_key(card: &Card) -> u64 {
    hash(card_json(card).to_string().as_bytes())
}

/// The page's key: `run` (what every page is made from: the build, site.json, the
/// options), the article's file, the languages it links and the index's cards it shows
/// (`card_key`s).
pub fn page_key(run: u64, meta: &Meta, versions: &[(String, String)], picked: &[u64]) -> u64 {
    let mut text = format!("{run}\n{}\n", meta.source);
    for (l, s) in versions {
        text.push_str(&format!("{l}\u{0}{s}\n"));
    }
    for c in picked {
        text.push_str(&format!("{c}\n"));
    }
    hash(text.as_bytes())
}

/// What to do with one language's pages.
#[derive(Debug, Default, PartialEq)]
pub struct Plan {
    /// Slugs whose page is written: new, changed, or missing from the output.
    pub write: Vec<String>,
    /// Pages kept as they are.
    pub kept: usize,
    /// Slugs whose page the last run wrote and whose article is gone.
    pub remove: Vec<String>,
}

/// The plan for `lang`'s pages from their keys now (by slug) and the last run's (by
/// `{lang}/{slug}`; none: every page is written). `on_disk` says whether a page is there.
pub fn plan(
    lang: &str,
    keys: &BTreeMap<String, u64>,
    before: Option<&BTreeMap<String, u64>>,
    on_disk: impl Fn(&str) -> bool,
) -> Plan {
    let mut plan = Plan::default();
    let prefix = format!("{lang}/");
    for (slug, key) in keys {
        let same = before.and_then(|b| b.get(&format!("{prefix}{slug}"))) == Some(key);
        if same && on_disk(slug) {
            plan.kept += 1;
        } else {
            plan.write.push(slug.clone());
        }
    }
    if let Some(before) = before {
        plan.remove = before
            .range(prefix.clone()..)
            .take_while(|(id, _)| id.starts_with(&prefix))
            .map(|(id, _)| id[prefix.len()..].to_string())
            .filter(|slug| !keys.contains_key(slug))
            .collect();
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use folio_core::content::date::Date;

    fn meta(source: u64, topics: &[&str]) -> Meta {
        Meta {
            source,
            title: "T".into(),
            date: "2020-01-01".into(),
            kind: "news".into(),
            updated: None,
            topics: topics.iter().map(|t| t.to_string()).collect(),
            translations: BTreeMap::new(),
            recommended: Vec::new(),
            files: Vec::new(),
        }
    }

    fn card(slug: &str, day: u8, topics: &[&str]) -> Card {
        Card {
            slug: slug.into(),
            kind: "news".into(),
            date: Date {
                year: 2020,
                month: 2,
                day,
            },
            title: slug.to_uppercase(),
            summary: None,
            image: None,
            topics: topics.iter().map(|t| t.to_string()).collect(),
        }
    }

    fn keys(run: u64, metas: &[(&str, Meta)], index: &[Card]) -> BTreeMap<String, u64> {
        metas
            .iter()
            .map(|(slug, m)| {
                let picked: Vec<u64> = picked_from_index(slug, m, index, 2).into_iter().map(card_key).collect();
                let v = versions("en", slug, m, |_, _| true);
                (slug.to_string(), page_key(run, m, &v, &picked))
            })
            .collect()
    }

    fn before(keys: &BTreeMap<String, u64>) -> BTreeMap<String, u64> {
        keys.iter().map(|(s, k)| (format!("en/{s}"), *k)).collect()
    }

    /// Three articles, their cards newest first: a and c share a topic.
    fn three() -> ([Card; 3], [(&'static str, Meta); 3]) {
        let index = [
            card("a", 3, &["water"]),
            card("b", 2, &["rail"]),
            card("c", 1, &["water"]),
        ];
        let metas = [
            ("a", meta(1, &["water"])),
            ("b", meta(2, &["rail"])),
            ("c", meta(3, &["water"])),
        ];
        (index, metas)
    }

    #[test]
    fn one_article_changed_rewrites_its_page_alone() {
        let (index, metas) = three();
        let first = keys(1, &metas, &index);
        let none = plan("en", &first, Some(&before(&first)), |_| true);
        assert_eq!((none.write.len(), none.kept), (0, 3));
        let mut changed = metas.clone();
        changed[1].1.source = 20;
        let now = keys(1, &changed, &index);
        let p = plan("en", &now, Some(&before(&first)), |_| true);
        assert_eq!(p.write, ["b"]);
        assert_eq!(p.kept, 2);
        // A page missing from the output is written again.
        let p = plan("en", &first, Some(&before(&first)), |s| s != "c");
        assert_eq!(p.write, ["c"]);
        // Without a manifest, or for another run (build, site.json, options): all.
        assert_eq!(plan("en", &first, None, |_| true).write.len(), 3);
        let other_run = keys(2, &metas, &index);
        assert_eq!(plan("en", &other_run, Some(&before(&first)), |_| true).write.len(), 3);
    }

    #[test]
    fn a_card_changed_in_the_index_rewrites_the_pages_that_show_it() {
        let (index, metas) = three();
        let first = keys(1, &metas, &index);
        // c's title changes: a and b show c (a by topic; b as the newest left), c does not.
        let mut retitled = index.clone();
        retitled[2].title = "New".into();
        let now = keys(1, &metas, &retitled);
        let p = plan("en", &now, Some(&before(&first)), |_| true);
        assert_eq!(p.write, ["a", "b"]);
        assert_eq!(p.kept, 1);
    }

    #[test]
    fn gone_articles_pages_are_removed_and_only_this_languages() {
        let index = [card("a", 3, &[])];
        let metas = [("a", meta(1, &[])), ("b", meta(2, &[]))];
        let first = keys(1, &metas, &index);
        let mut last = before(&first);
        last.insert("en-gb/x".into(), 9);
        last.insert("fr/b".into(), 9);
        let now = keys(1, &metas[..1], &index);
        let p = plan("en", &now, Some(&last), |_| true);
        assert_eq!(p.remove, ["b"]);
    }

    #[test]
    fn a_translation_that_appears_changes_the_key() {
        let mut m = meta(1, &[]);
        m.translations.insert("fr".into(), "a-fr".into());
        let without = page_key(1, &m, &versions("en", "a", &m, |_, _| false), &[]);
        let with = page_key(1, &m, &versions("en", "a", &m, |_, _| true), &[]);
        assert_ne!(without, with);
    }
}
