//! The one-pass pick of recommended cards equals sorting the whole index (more shared
//! topics, then newer, then index order) and taking four. Native only.
#![cfg(not(target_arch = "wasm32"))]

use folio_core::content::date::Date;
use folio_core::content::model::{Article, Card};
use folio_core::listing::recommend::pick;
use proptest::prelude::*;

fn card(i: usize, day: u8, topics: Vec<u8>) -> Card {
    Card {
        slug: format!("c-{i}"),
        kind: "news".into(),
        date: Date {
            year: 2026,
            month: 1,
            day: day % 28 + 1,
        },
        title: format!("Card {i}"),
        summary: None,
        image: None,
        topics: topics.into_iter().map(|t| format!("t{}", t % 4)).collect(),
    }
}

/// The obvious version: sort everything, take four.
fn reference(article: &Article, index: &[Card]) -> Vec<String> {
    let shared = |c: &Card| c.topics.iter().filter(|t| article.topics.contains(t)).count();
    let mut all: Vec<&Card> = index.iter().filter(|c| c.slug != article.slug).collect();
    all.sort_by(|a, b| shared(b).cmp(&shared(a)).then(b.date.cmp(&a.date)));
    all.into_iter().take(4).map(|c| c.slug.clone()).collect()
}

proptest! {
    #[test]
    fn one_pass_equals_a_full_sort(
        cards in prop::collection::vec((0u8..10, prop::collection::vec(0u8..4, 0..3)), 0..40),
        topics in prop::collection::vec(0u8..4, 0..3),
        own in 0usize..40,
    ) {
        let index: Vec<Card> = cards.into_iter().enumerate().map(|(i, (d, t))| card(i, d, t)).collect();
        let article = Article {
            slug: format!("c-{own}"),
            language: "en".into(),
            kind: "news".into(),
            date: Date { year: 2026, month: 2, day: 1 },
            updated: None,
            title: "A".into(),
            subtitle: None,
            summary: None,
            image: None,
            body: vec![],
            people: vec![],
            recommended: None,
            translations: Default::default(),
            topics: topics.into_iter().map(|t| format!("t{t}")).collect(),
            documents: vec![],
        };
        let picked: Vec<String> = pick(&article, &index, 4).into_iter().map(|c| c.slug).collect();
        prop_assert_eq!(picked, reference(&article, &index));
    }
}
