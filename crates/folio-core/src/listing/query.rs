//! The listing's state as it lives in the URL (`?kind=&topic=&q=&sort=&page=`), and what
//! it selects from a list of cards.

use super::search::{matches, terms};
use crate::share::encode::query_value;

pub const PER_PAGE: usize = 12;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListingQuery {
    pub kind: Option<String>,
    pub topic: Option<String>,
    pub q: String,
    /// Search results by relevance (`sort=relevance`) rather than newest first.
    pub by_relevance: bool,
    /// 1-based; anything unreadable is page 1.
    pub page: usize,
}

impl ListingQuery {
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> ListingQuery {
        let mut query = ListingQuery {
            page: 1,
            ..ListingQuery::default()
        };
        let some = |v: &str| Some(v.trim().to_string()).filter(|v| !v.is_empty());
        for (key, value) in pairs {
            match key {
                "kind" => query.kind = some(value),
                "topic" => query.topic = some(value),
                "q" => query.q = value.to_string(),
                "sort" => query.by_relevance = value == "relevance",
                "page" => query.page = value.trim().parse().ok().filter(|p| *p >= 1).unwrap_or(1),
                _ => {}
            }
        }
        query
    }

    /// `?kind=…&topic=…&q=…&page=…` with only what is set; empty when nothing is.
    pub fn to_search(&self) -> String {
        let mut parts = Vec::new();
        if let Some(k) = &self.kind {
            parts.push(format!("kind={}", query_value(k)));
        }
        if let Some(t) = &self.topic {
            parts.push(format!("topic={}", query_value(t)));
        }
        if !self.q.trim().is_empty() {
            parts.push(format!("q={}", query_value(&self.q)));
            if self.by_relevance {
                parts.push("sort=relevance".into());
            }
        }
        if self.page > 1 {
            parts.push(format!("page={}", self.page));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    pub fn is_filtered(&self) -> bool {
        self.kind.is_some() || self.topic.is_some() || !self.q.trim().is_empty()
    }

    /// The same filters on another page.
    pub fn with_page(&self, page: usize) -> ListingQuery {
        ListingQuery { page, ..self.clone() }
    }
}

/// What an index yields for a query: which cards match (their positions), and the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    pub matching: Vec<usize>,
    /// The page shown, within 1..=pages.
    pub page: usize,
    pub pages: usize,
}

impl Selection {
    /// The positions (in the index) of the cards on the page shown.
    pub fn on_page(&self) -> &[usize] {
        let start = (self.page - 1) * PER_PAGE;
        let end = (start + PER_PAGE).min(self.matching.len());
        &self.matching[start.min(end)..end]
    }
}

/// A card's kind, topics and folded search text, as the filters read them.
pub struct Filterable<'a> {
    pub kind: &'a str,
    pub topics: &'a [String],
    pub searchable: &'a str,
}

pub fn select<'a>(cards: impl IntoIterator<Item = Filterable<'a>>, query: &ListingQuery) -> Selection {
    let words = terms(&query.q);
    let matching: Vec<usize> = cards
        .into_iter()
        .enumerate()
        .filter(|(_, c)| {
            query.kind.as_deref().is_none_or(|k| c.kind == k)
                && query.topic.as_ref().is_none_or(|t| c.topics.contains(t))
                && matches(c.searchable, &words)
        })
        .map(|(i, _)| i)
        .collect();
    let pages = matching.len().div_ceil(PER_PAGE).max(1);
    Selection {
        page: query.page.clamp(1, pages),
        pages,
        matching,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(pairs: &[(&str, &str)]) -> ListingQuery {
        ListingQuery::from_pairs(pairs.iter().copied())
    }

    #[test]
    fn reads_and_writes_the_url() {
        let query = q(&[
            ("kind", "news"),
            ("topic", "water"),
            ("q", "Zürich & co"),
            ("page", "2"),
            ("x", "1"),
        ]);
        assert_eq!(query.kind.as_deref(), Some("news"));
        assert_eq!(query.page, 2);
        assert_eq!(
            query.to_search(),
            "?kind=news&topic=water&q=Z%C3%BCrich%20%26%20co&page=2"
        );
        assert_eq!(q(&[]).to_search(), "");
        assert_eq!(q(&[("page", "1"), ("kind", " ")]).to_search(), "");
        for bad in ["0", "-1", "x", "", "99999999999999999999999"] {
            assert_eq!(q(&[("page", bad)]).page, 1, "{bad}");
        }
        assert!(q(&[("q", "a")]).is_filtered());
        assert_eq!(
            q(&[("q", "a"), ("sort", "relevance")]).to_search(),
            "?q=a&sort=relevance"
        );
        assert_eq!(
            q(&[("sort", "relevance")]).to_search(),
            "",
            "an order without a search is no state"
        );
        assert!(!q(&[("q", "  "), ("page", "3")]).is_filtered());
    }

    struct C(&'static str, Vec<String>, String);

    fn cards(n: usize) -> Vec<C> {
        (0..n)
            .map(|i| {
                let kind = if i % 3 == 0 { "news" } else { "opinion" };
                let topics = if i % 2 == 0 {
                    vec!["water".to_string()]
                } else {
                    vec!["energy".to_string()]
                };
                C(kind, topics, format!("title {i}"))
            })
            .collect()
    }

    fn run(cs: &[C], query: &ListingQuery) -> Selection {
        select(
            cs.iter().map(|c| Filterable {
                kind: c.0,
                topics: &c.1,
                searchable: &c.2,
            }),
            query,
        )
    }

    #[test]
    fn filters_combine() {
        let cs = cards(30);
        let s = run(&cs, &q(&[("kind", "news"), ("topic", "water")]));
        assert_eq!(s.matching, [0, 6, 12, 18, 24]);
        let s = run(&cs, &q(&[("kind", "news"), ("q", "title 1")]));
        assert_eq!(
            s.matching,
            [12, 15, 18, 21],
            "each word anywhere: \"1\" is in \"title 21\""
        );
        assert!(run(&cs, &q(&[("kind", "video")])).matching.is_empty());
    }

    #[test]
    fn pages_of_twelve() {
        let cs = cards(30);
        let s = run(&cs, &q(&[]));
        assert_eq!((s.page, s.pages), (1, 3));
        assert_eq!(s.on_page(), (0..12).collect::<Vec<_>>());
        let s = run(&cs, &q(&[("page", "3")]));
        assert_eq!(s.on_page(), (24..30).collect::<Vec<_>>());
        let s = run(&cs, &q(&[("page", "9")]));
        assert_eq!(s.page, 3, "past the end shows the last page");
        let s = run(&cs, &q(&[("kind", "video")]));
        assert_eq!((s.page, s.pages, s.on_page().len()), (1, 1, 0));
        let s = run(&cards(12), &q(&[]));
        assert_eq!(s.pages, 1);
    }
}
