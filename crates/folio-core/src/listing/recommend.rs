//! The recommended cards under an article (four unless site.json says otherwise).

use crate::content::model::{Article, Card};

/// The article's own `recommended` list first (itself left out), then, when it holds
/// fewer than `count`, cards from the language's index: those sharing more of its topics
/// first, then the newest, never the article itself nor a card already chosen.
pub fn pick(article: &Article, index: &[Card], count: usize) -> Vec<Card> {
    let chosen: Vec<Card> = own(article, count).cloned().collect();
    let taken: Vec<&str> = chosen.iter().map(|c| c.slug.as_str()).collect();
    let from_index = from_index(&article.slug, &article.topics, &taken, index, count - chosen.len());
    let from_index: Vec<Card> = from_index.into_iter().cloned().collect();
    chosen.into_iter().chain(from_index).collect()
}

/// The article's own recommended cards that count (itself left out), at most `count`.
fn own(article: &Article, count: usize) -> impl Iterator<Item = &Card> {
    article
        .recommended
        .iter()
        .flatten()
        .filter(|c| c.slug != article.slug)
        .take(count)
}

/// The `wanted` cards of the index for the article `slug` with these topics: those
/// sharing more of its topics first, then the newest, never the article itself nor one
/// `taken` already. (An incremental publish asks this without decoding the article.)
pub fn from_index<'i>(
    slug: &str,
    topics: &[String],
    taken: &[&str],
    index: &'i [Card],
    wanted: usize,
) -> Vec<&'i Card> {
    if wanted == 0 {
        return Vec::new();
    }
    let rest = index
        .iter()
        .filter(|c| c.slug != slug && !taken.contains(&c.slug.as_str()));
    best(topics, rest, wanted)
}

/// The `wanted` best cards by shared topics, then date, then index order.
fn best<'i>(topics: &[String], cards: impl Iterator<Item = &'i Card>, wanted: usize) -> Vec<&'i Card> {
    let shared = |c: &Card| c.topics.iter().filter(|t| topics.contains(t)).count();
    // One pass keeping the best few. Sorting the whole index for four cards cost a
    // publish of 15,000 articles most of its time.
    let mut best: Vec<(usize, &Card)> = Vec::with_capacity(wanted + 1);
    let better = |(sa, a): (usize, &Card), (sb, b): (usize, &Card)| sa > sb || (sa == sb && a.date > b.date);
    for c in cards {
        let candidate = (shared(c), c);
        if best.len() == wanted && !better(candidate, best[wanted - 1]) {
            continue;
        }
        // After every kept card that is at least as good: equal cards keep index order.
        let at = best.iter().position(|&b| better(candidate, b)).unwrap_or(best.len());
        best.insert(at, candidate);
        best.truncate(wanted);
    }
    best.into_iter().map(|(_, c)| c).collect()
}

/// Whether the article's own list leaves places for cards from the index.
pub fn needs_index(article: &Article, count: usize) -> bool {
    own(article, count).count() < count
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
            documents: vec![],
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
        assert_eq!(slugs(&pick(&a, &index, 4)), ["two", "one-new", "one-old", "newest"]);
    }

    #[test]
    fn without_topics_the_newest() {
        let index = vec![
            card("b", "2020-01-02", &[]),
            card("a", "2021-01-01", &[]),
            card("self", "2022-01-01", &[]),
        ];
        assert_eq!(slugs(&pick(&article("self", &[], None), &index, 4)), ["a", "b"]);
    }

    #[test]
    fn ties_keep_the_index_order() {
        let index = vec![
            card("x", "2020-01-01", &["t"]),
            card("y", "2020-01-01", &["t"]),
            card("z", "2020-01-01", &["t"]),
        ];
        assert_eq!(slugs(&pick(&article("self", &["t"], None), &index, 4)), ["x", "y", "z"]);
    }

    #[test]
    fn short_index_gives_fewer_cards() {
        let index = vec![card("self", "2020-01-01", &[]), card("only", "2020-01-01", &[])];
        assert_eq!(slugs(&pick(&article("self", &[], None), &index, 4)), ["only"]);
        assert!(pick(&article("self", &[], None), &[], 4).is_empty());
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
        assert!(!needs_index(&a, 2));
        assert_eq!(slugs(&pick(&a, &index, 2)), ["p", "q"]);
        // Fewer than asked for: the index fills the rest, never repeating a card.
        assert!(needs_index(&a, 4));
        let index = vec![
            card("q", "2026-01-01", &["t"]),
            card("z", "2025-01-01", &["t"]),
            card("y", "2024-01-01", &[]),
        ];
        assert_eq!(slugs(&pick(&a, &index, 4)), ["p", "q", "z", "y"]);
        assert_eq!(slugs(&pick(&a, &index, 3)), ["p", "q", "z"]);
        assert!(pick(&a, &index, 0).is_empty());
        let many: Vec<Card> = (0..6).map(|i| card(&format!("c{i}"), "2020-01-01", &[])).collect();
        assert_eq!(pick(&article("self", &[], Some(many)), &[], 4).len(), 4);
    }
}
