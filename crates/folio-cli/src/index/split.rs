//! A language's index as files: one `index.json` with every card (a small site), or, above
//! a threshold, the split form: `index.json` with the newest cards, the totals and the
//! list of pieces, and `index/{n}.json` per piece. Pieces hold a fixed number of cards
//! counted from the oldest (piece 1), so a new article changes `index.json` and the
//! newest piece only; older pieces stay byte for byte the same (docs/contract.md §4).

use crate::check::pieces::{kinds, topics};
use crate::index::cards::{card_json, compact};
use folio_core::content::model::{Card, Counts};
use serde_json::{json, Map, Value};

/// When and how an index is split (`folio-cli index --split-above N --head N --piece N`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// A language with more cards than this is split.
    pub split_above: usize,
    /// Cards in a split `index.json`: the listing's first pages and the recommendations.
    pub head: usize,
    /// Cards per piece.
    pub piece: usize,
}

impl Default for Layout {
    fn default() -> Self {
        Layout {
            split_above: 2000,
            head: 48,
            piece: 500,
        }
    }
}

/// The files of one language's index: paths under `{lang}/` and their text.
pub struct IndexFiles {
    pub index: String,
    /// `(number, text)` of each piece, oldest first; empty for a single index.
    pub pieces: Vec<(u32, String)>,
}

/// The cards, newest first, as the files of their index. `search` is the format number
/// of the search index written beside it, if any.
pub fn index_files(cards: &[Card], layout: Layout, search: Option<u32>) -> IndexFiles {
    let mut top = Map::new();
    if cards.len() <= layout.split_above {
        top.insert("articles".into(), Value::Array(cards.iter().map(card_json).collect()));
        if let Some(s) = search {
            top.insert("search".into(), json!(s));
        }
        return IndexFiles {
            index: pretty(&Value::Object(top)),
            pieces: Vec::new(),
        };
    }
    let head = layout.head.min(cards.len());
    let rest = &cards[head..];
    let pieces = pieces_of(rest, layout.piece.max(1));
    top.insert(
        "articles".into(),
        Value::Array(cards[..head].iter().map(card_json).collect()),
    );
    top.insert("total".into(), json!(cards.len()));
    top.insert("kinds".into(), counts_json(&kinds(cards)));
    top.insert("topics".into(), counts_json(&topics(cards)));
    let listed: Vec<Value> = pieces.iter().rev().map(|(n, p)| piece_entry(*n, p)).collect();
    top.insert("pieces".into(), Value::Array(listed));
    if let Some(s) = search {
        top.insert("search".into(), json!(s));
    }
    IndexFiles {
        index: pretty(&Value::Object(top)),
        pieces: pieces
            .iter()
            .map(|(n, p)| {
                let list: Vec<Value> = p.iter().map(card_json).collect();
                (*n, compact(&json!({ "articles": list })))
            })
            .collect(),
    }
}

/// The cards after the head, newest first, cut into pieces counted from the oldest:
/// `(number, cards newest first)`, oldest piece first. Only the newest may be short.
pub fn pieces_of(rest: &[Card], size: usize) -> Vec<(u32, &[Card])> {
    let mut out = Vec::new();
    let mut end = rest.len();
    let mut number = 1u32;
    while end > 0 {
        let start = end.saturating_sub(size);
        out.push((number, &rest[start..end]));
        end = start;
        number += 1;
    }
    out
}

fn piece_entry(number: u32, cards: &[Card]) -> Value {
    let (newest, oldest) = match (cards.first(), cards.last()) {
        (Some(n), Some(o)) => (n.date.iso(), o.date.iso()),
        _ => (String::new(), String::new()),
    };
    json!({
        "number": number,
        "count": cards.len(),
        "newest": newest,
        "oldest": oldest,
        "kinds": counts_json(&kinds(cards)),
        "topics": counts_json(&topics(cards)),
    })
}

fn counts_json(counts: &Counts) -> Value {
    Value::Object(counts.iter().map(|(k, n)| (k.clone(), json!(n))).collect())
}

fn pretty(v: &Value) -> String {
    let mut text = serde_json::to_string_pretty(v).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use folio_core::content::date::Date;
    use folio_core::content::decode::decode_index;

    /// A day for each number, later for larger ones.
    fn day(v: usize) -> Date {
        Date {
            year: 2000 + (v / 300) as u16,
            month: (v / 25 % 12) as u8 + 1,
            day: (v % 25) as u8 + 1,
        }
    }

    /// `n` cards newest first, one a day, kinds and topics in turn.
    pub fn cards(n: usize) -> Vec<Card> {
        (0..n)
            .map(|i| Card {
                slug: format!("a-{i}"),
                kind: ["news", "opinion", "event"][i % 3].into(),
                date: day(n - i),
                title: format!("Title {i}"),
                summary: None,
                image: None,
                topics: if i % 2 == 0 { vec!["water".into()] } else { vec![] },
            })
            .collect()
    }

    const SMALL: Layout = Layout {
        split_above: 10,
        head: 4,
        piece: 3,
    };

    #[test]
    fn small_sites_keep_one_file() {
        let files = index_files(&cards(10), SMALL, None);
        assert!(files.pieces.is_empty());
        let index = decode_index(&files.index).unwrap();
        assert_eq!(index.articles.len(), 10);
        assert_eq!(index.archive, None);
        assert_eq!(index.search, None);
        assert_eq!(
            decode_index(&index_files(&cards(2), SMALL, Some(1)).index)
                .unwrap()
                .search,
            Some(1)
        );
    }

    #[test]
    fn pieces_count_from_the_oldest() {
        // 12 cards: head 0..4, rest 4..12 (8 cards): piece 1 = 9..12, 2 = 6..9, 3 = 4..6.
        let all = cards(12);
        let files = index_files(&all, SMALL, Some(1));
        let index = decode_index(&files.index).unwrap();
        assert_eq!(index.articles, all[..4]);
        let archive = index.archive.unwrap();
        assert_eq!(archive.total, 12);
        assert_eq!(archive.kinds["news"], 4);
        assert_eq!(archive.topics["water"], 6);
        let numbers: Vec<u32> = archive.pieces.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [3, 2, 1], "listed newest first");
        assert_eq!(archive.pieces[0].count, 2, "only the newest piece is short");
        assert_eq!(archive.pieces[2].oldest, all[11].date);
        assert_eq!(archive.pieces[2].newest, all[9].date);
        let piece1 = decode_index(&files.pieces[0].1).unwrap();
        assert_eq!((files.pieces[0].0, piece1.articles), (1, all[9..12].to_vec()));
        let piece3 = decode_index(&files.pieces[2].1).unwrap();
        assert_eq!(piece3.articles, all[4..6]);
        assert_eq!(archive.pieces[0].kinds, kinds(&all[4..6]));
    }

    #[test]
    fn a_new_article_changes_only_the_index_and_the_newest_piece() {
        let before = cards(40);
        let mut after = cards(41);
        // The new one is the newest; every other card keeps its place from the oldest.
        after.rotate_right(1);
        after[0].slug = "new".into();
        after[0].date = day(1000);
        after[1..].clone_from_slice(&before);
        let (a, b) = (index_files(&before, SMALL, None), index_files(&after, SMALL, None));
        let changed: Vec<u32> = b
            .pieces
            .iter()
            .filter(|(n, text)| a.pieces.iter().find(|(m, _)| m == n).map(|(_, t)| t) != Some(text))
            .map(|(n, _)| *n)
            .collect();
        // 36 cards after the head in 12 full pieces; one more pushes a card out of the
        // head into a new piece 13, and pieces 1–12 stay the same.
        assert_eq!(changed, [13]);
        assert_ne!(a.index, b.index);
    }
}
