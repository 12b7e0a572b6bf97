//! The listing walked card by card: `index.json`'s cards, then a split index's pieces,
//! newest first. A piece whose number of matches is known from `index.json` (no
//! filter, or only a kind, or only a topic) is counted without being loaded unless the
//! page falls in it; any other piece is loaded, newest first, until the page is full,
//! and the count then says how far the walk has looked.

use super::query::{ListingQuery, PER_PAGE};
use super::results::{exact, last_page, Count, Results, Source, Want};
use super::search::{matches, searchable, terms};
use crate::content::model::{Card, Index, Piece};

/// How many of a piece's cards match, when `index.json` says so.
fn known(piece: &Piece, q: &ListingQuery, searching: bool) -> Option<usize> {
    let kind = q.kind.as_ref().map(|k| piece.kinds.get(k).copied().unwrap_or(0));
    let topic = q.topic.as_ref().map(|t| piece.topics.get(t).copied().unwrap_or(0));
    match (kind, topic) {
        (Some(0), _) | (_, Some(0)) => Some(0),
        _ if searching => None,
        (None, None) => Some(piece.count),
        (Some(n), None) | (None, Some(n)) => Some(n),
        (Some(_), Some(_)) => None,
    }
}

/// The walk so far: matches seen, the page's cards, articles looked through.
struct Walk<'q> {
    q: &'q ListingQuery,
    words: Vec<String>,
    start: usize,
    seen: usize,
    looked: usize,
    page: Vec<Card>,
}

impl Walk<'_> {
    fn take(&mut self, cards: &[Card]) {
        for c in cards {
            let hit = self.q.kind.as_deref().is_none_or(|k| c.kind == k)
                && self.q.topic.as_ref().is_none_or(|t| c.topics.contains(t))
                && (self.words.is_empty() || matches(&searchable(c), &self.words));
            if hit {
                if self.seen >= self.start && self.seen < self.start + PER_PAGE {
                    self.page.push(c.clone());
                }
                self.seen += 1;
            }
        }
        self.looked += cards.len();
    }
}

pub fn browse(index: &Index, source: &dyn Source, q: &ListingQuery) -> Result<Results, Vec<Want>> {
    let words = terms(&q.q);
    let searching = !words.is_empty();
    let mut walk = Walk {
        q,
        words,
        start: (q.page.max(1) - 1) * PER_PAGE,
        seen: 0,
        looked: 0,
        page: Vec::new(),
    };
    walk.take(&index.articles);
    let end = walk.start + PER_PAGE;
    let mut wanted = Vec::new();
    let mut complete = true;
    for piece in index.archive.iter().flat_map(|a| &a.pieces) {
        let n = known(piece, q, searching);
        match n {
            Some(n) if walk.seen + n <= walk.start || walk.seen >= end => {
                walk.seen += n;
                walk.looked += piece.count;
                continue;
            }
            None if walk.seen >= end || !wanted.is_empty() => {
                complete = false;
                break;
            }
            _ => {}
        }
        match (source.piece(piece.number), n) {
            (Some(cards), _) => walk.take(&cards),
            (None, Some(n)) => {
                wanted.push(Want::Piece(piece.number));
                walk.seen += n;
            }
            (None, None) => {
                wanted.push(Want::Piece(piece.number));
                break;
            }
        }
    }
    if !wanted.is_empty() {
        return Err(wanted);
    }
    let marks = walk.words.clone();
    if complete {
        if let Some(last) = last_page(walk.seen, q.page) {
            return browse(index, source, &q.with_page(last));
        }
        return Ok(exact(walk.page, walk.seen, q.page.max(1), marks, false));
    }
    let total = index.archive.as_ref().map_or(walk.looked, |a| a.total);
    Ok(Results {
        cards: walk.page,
        count: Count::AtLeast {
            count: walk.seen,
            looked: walk.looked,
            total,
        },
        page: q.page.max(1),
        pages: None,
        more: true,
        marks,
        whole_words: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::date::Date;
    use crate::content::model::{Archive, Counts, SearchTerms, TermEntry};
    use crate::listing::results::NothingMore;
    use std::cell::RefCell;
    use std::collections::BTreeMap;
    use std::sync::Arc;

    fn card(i: usize) -> Card {
        Card {
            slug: format!("a-{i}"),
            kind: if i.is_multiple_of(10) { "event" } else { "news" }.into(),
            date: Date {
                year: 2000 + (1000 - i / 10) as u16,
                month: 1,
                day: 1,
            },
            title: format!("Story {i}"),
            summary: None,
            image: None,
            topics: if i.is_multiple_of(3) {
                vec!["water".into()]
            } else {
                vec![]
            },
        }
    }

    fn counts(cards: &[Card], of: impl Fn(&Card) -> Vec<String>) -> Counts {
        let mut c = Counts::new();
        for x in cards {
            for k in of(x) {
                *c.entry(k).or_default() += 1;
            }
        }
        c
    }

    /// 10 cards in index.json and 4 pieces of 25 (newest first: 4, 3, 2, 1).
    fn archive() -> (Index, BTreeMap<u32, Arc<Vec<Card>>>) {
        let all: Vec<Card> = (0..110).map(card).collect();
        let mut files = BTreeMap::new();
        let mut pieces = Vec::new();
        for (i, chunk) in all[10..].chunks(25).enumerate() {
            let number = 4 - i as u32;
            pieces.push(Piece {
                number,
                count: chunk.len(),
                newest: chunk[0].date,
                oldest: chunk[chunk.len() - 1].date,
                kinds: counts(chunk, |c| vec![c.kind.clone()]),
                topics: counts(chunk, |c| c.topics.clone()),
            });
            files.insert(number, Arc::new(chunk.to_vec()));
        }
        let index = Index {
            articles: all[..10].to_vec(),
            archive: Some(Archive {
                total: 110,
                kinds: counts(&all, |c| vec![c.kind.clone()]),
                topics: counts(&all, |c| c.topics.clone()),
                pieces,
            }),
            search: None,
        };
        (index, files)
    }

    /// The pieces, recording which are asked for.
    struct Files(BTreeMap<u32, Arc<Vec<Card>>>, RefCell<Vec<u32>>);

    impl Source for Files {
        fn piece(&self, n: u32) -> Option<Arc<Vec<Card>>> {
            self.1.borrow_mut().push(n);
            self.0.get(&n).cloned()
        }
        fn terms(&self) -> Option<Arc<SearchTerms>> {
            None
        }
        fn shard(&self, _: usize) -> Option<Arc<Vec<TermEntry>>> {
            None
        }
        fn docs(&self, _: usize) -> Option<Arc<Vec<Option<Card>>>> {
            None
        }
    }

    fn q(pairs: &[(&str, &str)]) -> ListingQuery {
        ListingQuery::from_pairs(pairs.iter().copied())
    }

    fn slugs(r: &Results) -> Vec<usize> {
        r.cards.iter().map(|c| c.slug[2..].parse().unwrap()).collect()
    }

    #[test]
    fn the_first_page_needs_index_json_alone() {
        let (index, _) = archive();
        let r = browse(&index, &NothingMore, &q(&[])).unwrap_err();
        assert_eq!(r, [Want::Piece(4)], "10 cards in index.json, 12 on a page");
        let mut small = index.clone();
        small.articles = (0..20).map(card).collect();
        small.archive.as_mut().unwrap().total = 120;
        let r = browse(&small, &NothingMore, &q(&[])).unwrap();
        assert_eq!(slugs(&r), (0..12).collect::<Vec<_>>());
        assert_eq!((r.count, r.pages), (Count::Exact(120), Some(10)));
    }

    #[test]
    fn a_later_page_loads_only_its_pieces() {
        let (index, files) = archive();
        let files = Files(files, RefCell::default());
        // Page 5: cards 48..60, in piece 3 (35..60).
        let r = browse(
            &index,
            &Files(BTreeMap::new(), RefCell::default()),
            &q(&[("page", "5")]),
        );
        assert_eq!(r.unwrap_err(), [Want::Piece(3)]);
        let r = browse(&index, &files, &q(&[("page", "5")])).unwrap();
        assert_eq!(slugs(&r), (48..60).collect::<Vec<_>>());
        assert_eq!(*files.1.borrow(), [3]);
        assert_eq!((r.page, r.pages, r.more), (5, Some(10), true));
        // Past the end: the last page.
        let r = browse(&index, &files, &q(&[("page", "99")])).unwrap();
        assert_eq!((r.page, slugs(&r)), (10, (108..110).collect::<Vec<_>>()));
    }

    #[test]
    fn a_kind_counts_from_index_json_and_loads_where_its_page_is() {
        let (index, files) = archive();
        let files = Files(files, RefCell::default());
        // Events: every tenth card (0, 10, 20, …, 100): 11, one page; all pieces hold one.
        let r = browse(&index, &files, &q(&[("kind", "event")])).unwrap();
        assert_eq!(slugs(&r), [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
        assert_eq!(r.count, Count::Exact(11));
        // News page 3 (news 24..36 = cards 27..40): pieces 4 (10..35) and 3 (35..60).
        files.1.borrow_mut().clear();
        let r = browse(&index, &files, &q(&[("kind", "news"), ("page", "3")])).unwrap();
        assert_eq!(r.count, Count::Exact(99));
        assert_eq!(slugs(&r)[0], 27);
        assert_eq!(*files.1.borrow(), [4, 3], "pieces 2 and 1 counted, not loaded");
    }

    #[test]
    fn two_filters_load_newest_first_until_the_page_is_full() {
        let (index, files) = archive();
        let files = Files(files, RefCell::default());
        // Events about water: cards 0, 30, 60, 90. Each piece may hold some: walked.
        let r = browse(
            &index,
            &Files(BTreeMap::new(), RefCell::default()),
            &q(&[("kind", "event"), ("topic", "water")]),
        );
        assert_eq!(r.unwrap_err(), [Want::Piece(4)], "one at a time, newest first");
        let r = browse(&index, &files, &q(&[("kind", "event"), ("topic", "water")])).unwrap();
        assert_eq!(slugs(&r), [0, 30, 60, 90]);
        assert_eq!(r.count, Count::Exact(4), "every piece looked through: exact");
        // A page that fills before the end says how far it looked.
        let r = browse(&index, &files, &q(&[("q", "story")])).unwrap();
        assert_eq!(
            r.count,
            Count::AtLeast {
                count: 35,
                looked: 35,
                total: 110
            }
        );
        assert_eq!((r.pages, r.more), (None, true));
    }

    #[test]
    fn a_single_index_is_all_there() {
        let index = Index {
            articles: (0..30).map(card).collect(),
            ..Index::default()
        };
        let r = browse(&index, &NothingMore, &q(&[("topic", "water"), ("page", "1")])).unwrap();
        assert_eq!(r.count, Count::Exact(10));
        assert_eq!(r.marks, Vec::<String>::new());
        let r = browse(&index, &NothingMore, &q(&[("q", "Story 2")])).unwrap();
        assert_eq!(r.marks, ["story", "2"]);
    }
}
