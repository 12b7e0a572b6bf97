//! The four cards under an article.

use crate::content::model::{Article, Card};

pub const RECOMMENDED: usize = 4;

/// The article's own `recommended` list when it has one (itself left out); otherwise
/// from the language's index: cards sharing more of its topics first, then the newest,
/// never the article itself.
pub fn pick(article: &Article, index: &[Card]) -> Vec<Card> {
    if let Some(own) = &article.recommended {
        return own
            .iter()
            .filter(|c| c.slug != article.slug)
            .take(RECOMMENDED)
            .cloned()
            .collect();
    }
    let shared = |c: &Card| c.topics.iter().filter(|t| article.topics.contains(t)).count();
    // One pass keeping the best four: more shared topics, then newer, then earlier in
    // the index. Sorting the whole index for four cards cost a publish of 15,000
    // articles most of its time.
    let mut best: Vec<(usize, &Card)> = Vec::with_capacity(RECOMMENDED + 1);
    let better = |(sa, a): (usize, &Card), (sb, b): (usize, &Card)| sa > sb || (sa == sb && a.date > b.date);
    for c in index.iter().filter(|c| c.slug != article.slug) {
        let candidate = (shared(c), c);
        if best.len() == RECOMMENDED && !better(candidate, best[RECOMMENDED - 1]) {
            continue;
        }
        // After every kept card that is at least as good: equal cards keep index order.
        let at = best.iter().position(|&b| better(candidate, b)).unwrap_or(best.len());
        best.insert(at, candidate);
        best.truncate(RECOMMENDED);
    }
    best.into_iter().map(|(_, c)| c.clone()).collect()
}

/// Whether the article needs the index for its cards.
pub fn needs_index(article: &Article) -> bool {
    article.recommended.is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::date::Date;
    use std::collections::BTreeMap;

    fn card(slug: &str, date: &str, topics: &[&str]) -> Card {
        Card {
            slug: slug.into(),
            kind: "news".into(),
            date: Date::parse(date).unwrap(),
            title: slug.to_uppercase(),
            summary: None,
            image: None,
            topics: topics.iter().map(|t| t.to_string()).collect(),
        }
    }

    fn article(slug: &str, topics: &[&str], recommended: Option<Vec<Card>>) -> Article {
        Article {
            slug: slug.into(),
            language: "en".into(),
            kind: "news".into(),
            date: Date::parse("2020-01-01").unwrap(),
            updated: None,
            title: "T".into(),
            subtitle: None,
            summary: None,
            image: None,
            body: vec![],
            people: vec![],
            recommended,
            translations: BTreeMap::new(),
            topics: topics.iter().map(|t| t.to_string()).collect(),
        }
    }

    fn slugs(cards: &[Card]) -> Vec<&str> {
        cards.iter().map(|c| c.slug.as_str()).collect()
    }

    #[test]
    fn more_shared_topics_first_then_newest_never_itself() {
        let index = vec![
            card("newest", "2024-05-01", &[]),
            card("self", "2024-04-01", &["water", "energy"]),
            card("one-old", "2019-01-01", &["water"]),
            card("two", "2020-01-01", &["water", "energy"]),
            card("one-new", "2023-01-01", &["energy", "trade"]),
            card("none-old", "2018-01-01", &["trade"]),
        ];
        let a = article("self", &["water", "energy"], None);
        assert_eq!(slugs(&pick(&a, &index)), ["two", "one-new", "one-old", "newest"]);
    }

    #[test]
    fn without_topics_the_newest() {
        let index = vec![
            card("b", "2020-01-02", &[]),
            card("a", "2021-01-01", &[]),
            card("self", "2022-01-01", &[]),
        ];
        assert_eq!(slugs(&pick(&article("self", &[], None), &index)), ["a", "b"]);
    }

    #[test]
    fn ties_keep_the_index_order() {
        let index = vec![
            card("x", "2020-01-01", &["t"]),
            card("y", "2020-01-01", &["t"]),
            card("z", "2020-01-01", &["t"]),
        ];
        assert_eq!(slugs(&pick(&article("self", &["t"], None), &index)), ["x", "y", "z"]);
    }

    #[test]
    fn short_index_gives_fewer_cards() {
        let index = vec![card("self", "2020-01-01", &[]), card("only", "2020-01-01", &[])];
        assert_eq!(slugs(&pick(&article("self", &[], None), &index)), ["only"]);
        assert!(pick(&article("self", &[], None), &[]).is_empty());
    }

    #[test]
    fn the_articles_own_list_wins() {
        let own = vec![
            card("p", "2020-01-01", &[]),
            card("self", "2020-01-01", &[]),
            card("q", "2020-01-01", &[]),
        ];
        let index = vec![card("z", "2025-01-01", &["t"])];
        let a = article("self", &["t"], Some(own));
        assert!(!needs_index(&a));
        assert_eq!(slugs(&pick(&a, &index)), ["p", "q"]);
        let many: Vec<Card> = (0..6).map(|i| card(&format!("c{i}"), "2020-01-01", &[])).collect();
        assert_eq!(pick(&article("self", &[], Some(many)), &[]).len(), 4);
    }
}
