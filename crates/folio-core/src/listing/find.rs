//! Search through the language's search index (written by `folio-cli index`, format in
//! docs/contract.md §4.2): `terms.json` says which shard holds a key; the shards of the
//! query's words give their articles; the docs files give the cards of the page shown.
//!
//! A query word matches a key whose words include it (any form the articles use of the
//! same stem: "voted" finds "votes"); failing that, the longest key that begins it and
//! leaves at most a few letters (an ending the articles never use); failing that, for
//! the last word (still being typed), the keys in its shard that begin with it. Every
//! word must match; a kind or topic filter is one more key (`#k:`, `#t:`).

use super::query::{ListingQuery, PER_PAGE};
use super::results::{exact, last_page, DocsFile, Results, Source, Want};
use super::words::query_words;
use crate::content::model::{SearchTerms, TermEntry};
use std::sync::Arc;

/// At most this many keys for a word still being typed.
const PREFIX_KEYS: usize = 64;

/// The shard that would hold `key`.
fn shard_of(terms: &SearchTerms, key: &str) -> Option<usize> {
    terms
        .shards
        .partition_point(|first| first.as_str() <= key)
        .checked_sub(1)
}

/// The shards a word's key may be in: its own, and those of its beginnings (a stem sorts
/// before the words that end it, sometimes across a shard's edge).
fn shards_for(terms: &SearchTerms, word: &str) -> Vec<usize> {
    let mut out: Vec<usize> = word
        .char_indices()
        .map(|(i, c)| &word[..i + c.len_utf8()])
        .filter_map(|prefix| shard_of(terms, prefix))
        .collect();
    out.dedup();
    out
}

fn has_word(e: &TermEntry, word: &str) -> bool {
    if e.words.is_empty() {
        e.key == word
    } else {
        e.words.iter().any(|w| w == word)
    }
}

/// The keys a query word matches (see the module's comment).
fn keys_for<'e>(entries: &[&'e TermEntry], word: &str, typing: bool) -> Vec<&'e TermEntry> {
    let exact: Vec<&TermEntry> = entries.iter().copied().filter(|e| has_word(e, word)).collect();
    if !exact.is_empty() {
        return exact;
    }
    let ending = entries
        .iter()
        .copied()
        .filter(|e| e.key.len() >= 3 && e.key.len() + 4 >= word.len() && word.starts_with(e.key.as_str()))
        .max_by_key(|e| e.key.len());
    if let Some(e) = ending {
        return vec![e];
    }
    if typing && word.chars().count() >= 2 {
        return entries
            .iter()
            .copied()
            .filter(|e| {
                !e.key.starts_with('#') && (e.key.starts_with(word) || e.words.iter().any(|w| w.starts_with(word)))
            })
            .take(PREFIX_KEYS)
            .collect();
    }
    Vec::new()
}

/// `(article, weight)` of any of `keys`, by article number.
fn union(keys: &[&TermEntry]) -> Vec<(u32, u32)> {
    let mut all: Vec<(u32, u32)> = keys
        .iter()
        .flat_map(|e| {
            e.ids
                .iter()
                .enumerate()
                .map(|(i, id)| (*id, e.weights.get(i).copied().unwrap_or(1)))
        })
        .collect();
    all.sort_unstable_by_key(|(id, _)| *id);
    all.dedup_by(|b, a| {
        let same = a.0 == b.0;
        if same {
            a.1 += b.1;
        }
        same
    });
    all
}

/// Articles in both lists, their scores summed; `b`'s weighed by its rarity.
fn intersect(a: Vec<(u32, u32)>, b: &[(u32, u32)], weight: u32) -> Vec<(u32, u32)> {
    let mut out = Vec::with_capacity(a.len().min(b.len()));
    let mut j = 0;
    for (id, score) in a {
        while j < b.len() && b[j].0 < id {
            j += 1;
        }
        if j < b.len() && b[j].0 == id {
            out.push((id, score + b[j].1 * weight));
        }
    }
    out
}

/// A rarer word counts for more: about log2 of how many times rarer than all.
fn rarity(docs: u32, holding: usize) -> u32 {
    (docs as usize / holding.max(1)).max(1).ilog2() + 1
}

pub fn find(source: &dyn Source, q: &ListingQuery) -> Result<Results, Vec<Want>> {
    let Some(terms) = source.terms() else {
        return Err(vec![Want::Terms]);
    };
    let words = query_words(&q.q);
    let filters: Vec<String> = q
        .kind
        .iter()
        .map(|k| format!("#k:{k}"))
        .chain(q.topic.iter().map(|t| format!("#t:{t}")))
        .collect();
    let mut wanted: Vec<usize> = words.iter().flat_map(|w| shards_for(&terms, w)).collect();
    wanted.extend(filters.iter().filter_map(|f| shard_of(&terms, f)));
    wanted.sort_unstable();
    wanted.dedup();
    let shards: Vec<(usize, Option<Arc<Vec<TermEntry>>>)> = wanted.iter().map(|&i| (i, source.shard(i))).collect();
    let missing: Vec<Want> = shards
        .iter()
        .filter(|(_, s)| s.is_none())
        .map(|(i, _)| Want::Shard(*i))
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }
    let entries: Vec<&TermEntry> = shards
        .iter()
        .flat_map(|(_, s)| s.iter().flat_map(|s| s.iter()))
        .collect();
    let mut marks = Vec::new();
    let mut hits: Option<Vec<(u32, u32)>> = None;
    let last = words.len().saturating_sub(1);
    for (i, word) in words.iter().enumerate() {
        let keys = keys_for(&entries, word, i == last);
        for k in &keys {
            if k.words.is_empty() {
                marks.push(k.key.clone());
            }
            marks.extend(k.words.iter().cloned());
        }
        let list = union(&keys);
        let weight = rarity(terms.docs, list.len());
        hits = Some(match hits {
            None => list.into_iter().map(|(id, w)| (id, w * weight)).collect(),
            Some(h) => intersect(h, &list, weight),
        });
    }
    for f in &filters {
        let list: Vec<(u32, u32)> = entries
            .iter()
            .find(|e| &e.key == f)
            .map(|e| e.ids.iter().map(|id| (*id, 0)).collect())
            .unwrap_or_default();
        hits = hits.map(|h| intersect(h, &list, 0));
    }
    let mut hits = hits.unwrap_or_default();
    if q.by_relevance {
        hits.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
    } else {
        hits.sort_unstable_by_key(|h| std::cmp::Reverse(h.0));
    }
    if let Some(last) = last_page(hits.len(), q.page) {
        return find(source, &q.with_page(last));
    }
    let start = (q.page.max(1) - 1) * PER_PAGE;
    let page: Vec<u32> = hits.iter().skip(start).take(PER_PAGE).map(|(id, _)| *id).collect();
    let per_file = terms.per_file.max(1);
    let mut files: Vec<usize> = page.iter().map(|id| (id / per_file) as usize).collect();
    files.dedup();
    let docs: Vec<(usize, Option<DocsFile>)> = files.iter().map(|&k| (k, source.docs(k))).collect();
    let missing: Vec<Want> = docs
        .iter()
        .filter(|(_, d)| d.is_none())
        .map(|(k, _)| Want::Docs(*k))
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }
    let cards = page
        .iter()
        .filter_map(|id| {
            let k = (id / per_file) as usize;
            let file = docs.iter().find(|(f, _)| *f == k)?.1.as_ref()?;
            file.get((id % per_file) as usize)?.clone()
        })
        .collect();
    marks.sort_unstable();
    marks.dedup();
    Ok(exact(cards, hits.len(), q.page.max(1), marks, true))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::date::Date;
    use crate::content::model::Card;
    use crate::listing::results::NothingMore;
    use std::collections::BTreeMap;

    fn entry(key: &str, words: &[&str], ids: &[u32], weights: &[u32]) -> TermEntry {
        TermEntry {
            key: key.into(),
            words: words.iter().map(|w| w.to_string()).collect(),
            ids: ids.to_vec(),
            weights: weights.to_vec(),
        }
    }

    fn card(id: u32) -> Card {
        Card {
            slug: format!("a-{id}"),
            kind: "news".into(),
            date: Date {
                year: 2000 + id as u16,
                month: 1,
                day: 1,
            },
            title: format!("Story {id}"),
            summary: None,
            image: None,
            topics: vec![],
        }
    }

    /// 40 articles (0 the oldest), docs files of 10; two shards, the second from "v".
    struct Index2 {
        shards: BTreeMap<usize, Arc<Vec<TermEntry>>>,
        docs: bool,
    }

    impl Source for Index2 {
        fn piece(&self, _: u32) -> Option<Arc<Vec<Card>>> {
            None
        }
        fn terms(&self) -> Option<Arc<SearchTerms>> {
            Some(Arc::new(SearchTerms {
                docs: 40,
                per_file: 10,
                shards: vec!["#k:event".into(), "v".into()],
            }))
        }
        fn shard(&self, i: usize) -> Option<Arc<Vec<TermEntry>>> {
            self.shards.get(&i).cloned()
        }
        fn docs(&self, k: usize) -> Option<Arc<Vec<Option<Card>>>> {
            self.docs
                .then(|| Arc::new((k as u32 * 10..k as u32 * 10 + 10).map(|id| Some(card(id))).collect()))
        }
    }

    fn source(docs: bool) -> Index2 {
        let first = vec![
            entry("#k:event", &[], &[3, 5, 30], &[]),
            entry(
                "#k:news",
                &[],
                &(0..40).filter(|i| ![3, 5, 30].contains(i)).collect::<Vec<_>>(),
                &[],
            ),
            entry(
                "harbour",
                &["harbour", "harbours"],
                &[1, 3, 5, 7, 30, 39],
                &[1, 8, 1, 1, 2, 1],
            ),
            entry("zurich", &[], &[5, 39], &[]),
        ];
        let second = vec![entry(
            "vote",
            &["vote", "voted", "voting"],
            &[3, 7, 30, 31],
            &[1, 1, 9, 1],
        )];
        Index2 {
            shards: BTreeMap::from([(0, Arc::new(first)), (1, Arc::new(second))]),
            docs,
        }
    }

    fn q(pairs: &[(&str, &str)]) -> ListingQuery {
        ListingQuery::from_pairs(pairs.iter().copied())
    }

    fn ids(r: &Results) -> Vec<u32> {
        r.cards.iter().map(|c| c.slug[2..].parse().unwrap()).collect()
    }

    #[test]
    fn asks_for_the_terms_then_the_shards_then_the_docs() {
        assert_eq!(find(&NothingMore, &q(&[("q", "vote")])).unwrap_err(), [Want::Terms]);
        let mut s = source(false);
        s.shards.clear();
        assert_eq!(find(&s, &q(&[("q", "voted")])).unwrap_err(), [Want::Shard(1)]);
        let r = find(&s, &q(&[("q", "voted"), ("kind", "news")])).unwrap_err();
        assert_eq!(r, [Want::Shard(0), Want::Shard(1)]);
        let r = find(&source(false), &q(&[("q", "voted")])).unwrap_err();
        assert_eq!(r, [Want::Docs(3), Want::Docs(0)], "newest first: 31, 30, then 7, 3");
    }

    #[test]
    fn any_form_of_a_word_newest_first() {
        let r = find(&source(true), &q(&[("q", "Voting")])).unwrap();
        assert_eq!(ids(&r), [31, 30, 7, 3]);
        assert_eq!(r.marks, ["vote", "voted", "voting"]);
        assert!(r.whole_words);
        // An ending the articles never use: the stem that begins it.
        assert_eq!(
            ids(&find(&source(true), &q(&[("q", "votes")])).unwrap()),
            [31, 30, 7, 3]
        );
        // A word being typed: keys that begin with it.
        assert_eq!(
            ids(&find(&source(true), &q(&[("q", "harb")])).unwrap()),
            [39, 30, 7, 5, 3, 1]
        );
        // Nowhere: nothing.
        assert_eq!(
            find(&source(true), &q(&[("q", "grid")])).unwrap().count,
            super::super::results::Count::Exact(0)
        );
    }

    #[test]
    fn every_word_and_the_filters() {
        let r = find(&source(true), &q(&[("q", "harbours vote")])).unwrap();
        assert_eq!(ids(&r), [30, 7, 3]);
        let r = find(&source(true), &q(&[("q", "harbour"), ("kind", "event")])).unwrap();
        assert_eq!(ids(&r), [30, 5, 3]);
        let r = find(&source(true), &q(&[("q", "Zürich"), ("kind", "news")])).unwrap();
        assert_eq!(ids(&r), [39]);
    }

    #[test]
    fn by_relevance() {
        let r = find(&source(true), &q(&[("q", "harbour"), ("sort", "relevance")])).unwrap();
        assert_eq!(ids(&r), [3, 30, 39, 7, 5, 1], "weights 8 and 2 first, then the newest");
    }

    #[test]
    fn shards_of_a_word_and_its_beginnings() {
        let t = SearchTerms {
            docs: 1,
            per_file: 1,
            shards: vec!["a".into(), "negotiat".into(), "p".into()],
        };
        assert_eq!(shards_for(&t, "negotiations"), [0, 1]);
        assert_eq!(shards_for(&t, "zebra"), [2]);
        assert_eq!(shard_of(&t, "#k:news"), None, "before the first key");
    }
}
