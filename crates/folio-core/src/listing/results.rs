//! What the listing's plan (`answer`) works with: the results of a query, the files it
//! still wants (`Want`) before they can be known, and the archive loaded so far
//! (`Source`). Shared by `browse` and `find`, which make the results.

use crate::content::model::{Card, SearchTerms, TermEntry};
use std::sync::Arc;

/// A file of the archive the plan needs: a piece of the index, the search index's
/// terms, one of its shards, one of its docs files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Want {
    Piece(u32),
    Terms,
    Shard(usize),
    Docs(usize),
}

/// A docs file of the search index: cards by article number (`None`: one that did not
/// decode keeps its place).
pub type DocsFile = Arc<Vec<Option<Card>>>;

/// What is loaded so far.
pub trait Source {
    fn piece(&self, number: u32) -> Option<Arc<Vec<Card>>>;
    fn terms(&self) -> Option<Arc<SearchTerms>>;
    fn shard(&self, i: usize) -> Option<Arc<Vec<TermEntry>>>;
    fn docs(&self, k: usize) -> Option<Arc<Vec<Option<Card>>>>;
}

/// Nothing loaded beyond `index.json`.
pub struct NothingMore;

impl Source for NothingMore {
    fn piece(&self, _: u32) -> Option<Arc<Vec<Card>>> {
        None
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

/// How many articles match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Count {
    Exact(usize),
    /// Not all of the archive is looked through yet: `count` matches among the newest
    /// `looked` of `total` articles.
    AtLeast {
        count: usize,
        looked: usize,
        total: usize,
    },
}

/// One page of results.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    pub cards: Vec<Card>,
    pub count: Count,
    /// The page shown (1-based); past the end of an exact count, the last page.
    pub page: usize,
    /// `None` while the count is not exact.
    pub pages: Option<usize>,
    /// Whether a next page may hold more.
    pub more: bool,
    /// Folded words to mark in the cards, and whether they mark whole words only (the
    /// search index's words) or anywhere (the cards' own search).
    pub marks: Vec<String>,
    pub whole_words: bool,
}

/// The results of an exact count, paged: the page clamped into 1..=pages.
pub fn exact(cards: Vec<Card>, count: usize, page: usize, marks: Vec<String>, whole_words: bool) -> Results {
    let pages = count.div_ceil(super::query::PER_PAGE).max(1);
    Results {
        cards,
        count: Count::Exact(count),
        page,
        pages: Some(pages),
        more: page < pages,
        marks,
        whole_words,
    }
}

/// The last page there is, when `page` is past it.
pub fn last_page(count: usize, page: usize) -> Option<usize> {
    let pages = count.div_ceil(super::query::PER_PAGE).max(1);
    (page > pages).then_some(pages)
}
