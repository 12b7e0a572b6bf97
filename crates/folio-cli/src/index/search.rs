//! A language's search index, written by `folio-cli index` under `{lang}/search/`
//! (docs/contract.md §4.2):
//!
//! - `terms.json`: `{ "docs": N, "per_file": 64, "shards": [first key of each shard] }`;
//! - `t/{i}.json`: a shard, the keys from its first up to the next shard's, each as
//!   `[key, [words], [ids as gaps], [weights]]` (`[]`: the key is the only word; all 1);
//! - `d/{k}.json`: the cards of articles `k × 64 …`, as `{ "articles": [...] }`.
//!
//! A key is a word's stem (Snowball, for the languages it has), folded; `words` are the
//! folded forms the articles use. Articles are numbered from the oldest, so a new one
//! adds to the end and older numbers stay. Kinds and topics are keys too (`#k:news`,
//! `#t:water`), so a search within a filter is one more list to intersect.

use crate::disk::stamp::hash;
use crate::index::cards::{card_json, compact, newest_first};
use folio_core::content::model::{Article, Card, Site};
use folio_core::content::visible::each_text;
use folio_core::listing::fold::fold;
use folio_core::listing::words::raw_words;
use rust_stemmers::{Algorithm, Stemmer};
use serde_json::{json, Value};
use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};

pub const FORMAT: u32 = 1;
/// Cards per docs file.
pub const PER_FILE: usize = 64;
/// Roughly how many bytes of JSON a shard holds (`starts_shard`: from half to twice this).
const SHARD_BYTES: usize = 24_000;

/// Snowball's stemmer for the language, where it has one.
pub fn stemmer(lang: &str) -> Option<Stemmer> {
    let algorithm = match lang.split('-').next().unwrap_or(lang) {
        "da" => Algorithm::Danish,
        "nl" => Algorithm::Dutch,
        "en" => Algorithm::English,
        "fi" => Algorithm::Finnish,
        "fr" => Algorithm::French,
        "de" => Algorithm::German,
        "el" => Algorithm::Greek,
        "hu" => Algorithm::Hungarian,
        "it" => Algorithm::Italian,
        "pt" => Algorithm::Portuguese,
        "ro" => Algorithm::Romanian,
        "es" => Algorithm::Spanish,
        "sv" => Algorithm::Swedish,
        _ => return None,
    };
    Some(Stemmer::create(algorithm))
}

/// One article's keys: each with its weight and the folded words that gave it.
#[derive(Default, Debug, PartialEq)]
pub struct DocTerms(pub HashMap<String, (u32, BTreeSet<String>)>);

/// A word's folded form and its key, as search reads it.
fn word_and_key(raw: &str, stemmer: Option<&Stemmer>) -> (String, String) {
    let word = fold(raw);
    let key = match stemmer {
        Some(s) => fold(&s.stem(&raw.to_lowercase())),
        None => word.clone(),
    };
    let key = if key.is_empty() { word.clone() } else { key };
    (word, key)
}

/// Words seen, each with its folded form and key.
type Remembered = HashMap<String, (String, String)>;

/// How many words a thread remembers before it starts again (memory stays bounded).
const REMEMBERED: usize = 400_000;

thread_local! {
    /// The words this thread has seen in one language, with their folded form and key:
    /// the same words come back article after article, and stemming each again took
    /// most of `index`'s time.
    static WORDS: RefCell<(String, Remembered)> = RefCell::default();
}

/// Stems with this thread's memory of words (`WORDS`) for one language.
struct Stems<'s> {
    stemmer: Option<&'s Stemmer>,
    words: &'s mut Remembered,
}

impl Stems<'_> {
    fn of(&mut self, raw: &str) -> (String, String) {
        if let Some(known) = self.words.get(raw) {
            return known.clone();
        }
        if self.words.len() >= REMEMBERED {
            self.words.clear();
        }
        let found = word_and_key(raw, self.stemmer);
        self.words.insert(raw.to_string(), found.clone());
        found
    }
}

impl DocTerms {
    fn add_text(&mut self, text: &str, weight: u32, stems: &mut Stems) {
        for raw in raw_words(text) {
            let (word, key) = stems.of(raw);
            if word.is_empty() {
                continue;
            }
            let entry = self.0.entry(key).or_default();
            entry.0 += weight;
            entry.1.insert(word);
        }
    }

    fn add_key(&mut self, key: String) {
        self.0.entry(key).or_default().0 += 1;
    }
}

/// What search reads of an article, weighted: the title most, then the summary, people
/// and topics, then the body.
pub fn doc_terms(a: &Article, site: Option<&Site>, stemmer: Option<&Stemmer>) -> DocTerms {
    WORDS.with(|words| {
        let mut words = words.borrow_mut();
        if words.0 != a.language {
            *words = (a.language.clone(), HashMap::new());
        }
        let mut stems = Stems {
            stemmer,
            words: &mut words.1,
        };
        terms_of(a, site, &mut stems)
    })
}

fn terms_of(a: &Article, site: Option<&Site>, stemmer: &mut Stems) -> DocTerms {
    let mut d = DocTerms::default();
    d.add_text(&a.title, 8, stemmer);
    for s in [&a.subtitle, &a.summary].into_iter().flatten() {
        d.add_text(s, 3, stemmer);
    }
    for p in &a.people {
        d.add_text(&p.name, 4, stemmer);
        if let Some(r) = &p.role {
            d.add_text(r, 1, stemmer);
        }
    }
    for t in &a.topics {
        let label = site.map_or(t.as_str(), |s| s.topic_label(t, &a.language));
        d.add_text(label, 3, stemmer);
        d.add_key(format!("#t:{t}"));
    }
    d.add_key(format!("#k:{}", a.kind));
    for b in &a.body {
        each_text(b, &mut |t| d.add_text(t, 1, stemmer));
    }
    for doc in &a.documents {
        d.add_text(&doc.title, 1, stemmer);
    }
    d
}

/// The files of one language's search index: paths under `{lang}/search/` and text.
pub struct SearchFiles {
    pub terms: String,
    pub shards: Vec<String>,
    pub docs: Vec<String>,
}

/// One key's entry: its words, and its articles with their weights, by number.
#[derive(Default)]
struct Entry {
    words: BTreeSet<String>,
    postings: Vec<(u32, u32)>,
}

/// A language's search index being built, one article at a time: the cards in the
/// order they came and each key's entry, its articles numbered in that order too
/// (renumbered from the oldest when finished). An article's terms are merged in as it
/// comes, so memory holds the keys, not every article's terms: 140,000 articles' terms
/// held together took 19.5 GB.
#[derive(Default)]
pub struct Builder {
    cards: Vec<Card>,
    keys: HashMap<String, Entry>,
}

impl Builder {
    /// Adds an article: its card, and its terms to their keys.
    pub fn with(mut self, (card, terms): (Card, DocTerms)) -> Self {
        let id = self.cards.len() as u32;
        self.cards.push(card);
        for (key, (weight, words)) in terms.0 {
            let e = self.keys.entry(key).or_default();
            e.words.extend(words);
            e.postings.push((id, weight));
        }
        self
    }

    /// Both builders' articles in one (for building in parallel): the smaller one's
    /// numbers follow the larger one's.
    pub fn merge(self, other: Builder) -> Self {
        let (mut big, small) = if self.keys.len() >= other.keys.len() {
            (self, other)
        } else {
            (other, self)
        };
        let offset = big.cards.len() as u32;
        big.cards.extend(small.cards);
        for (key, e) in small.keys {
            let mine = big.keys.entry(key).or_default();
            mine.words.extend(e.words);
            mine.postings
                .extend(e.postings.into_iter().map(|(id, w)| (id + offset, w)));
        }
        big
    }

    pub fn len(&self) -> usize {
        self.cards.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cards.is_empty()
    }

    /// The cards added, newest first (as the index lists them).
    pub fn cards_newest_first(&self) -> Vec<Card> {
        let mut cards = self.cards.clone();
        newest_first(&mut cards);
        cards
    }

    /// The search index's files.
    pub fn finish(self) -> SearchFiles {
        self.finish_in(SHARD_BYTES)
    }

    /// The files, articles numbered from the oldest (by date, then the reverse of the
    /// index's slug order), shards of about `shard_bytes`.
    fn finish_in(self, shard_bytes: usize) -> SearchFiles {
        let Builder { cards, keys } = self;
        let mut order: Vec<u32> = (0..cards.len() as u32).collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (&cards[a as usize], &cards[b as usize]);
            a.date.cmp(&b.date).then_with(|| b.slug.cmp(&a.slug))
        });
        // number[arrival] = the article's number from the oldest.
        let mut number = vec![0u32; cards.len()];
        for (n, &arrival) in order.iter().enumerate() {
            number[arrival as usize] = n as u32;
        }
        let mut keys: Vec<(String, Entry)> = keys.into_iter().collect();
        keys.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut shards = Vec::new();
        let mut firsts = Vec::new();
        let mut current: Vec<Value> = Vec::new();
        let mut bytes = 0;
        for (key, mut e) in keys {
            for p in &mut e.postings {
                p.0 = number[p.0 as usize];
            }
            e.postings.sort_unstable();
            let entry = entry_json(&key, &e);
            if starts_shard(bytes, &key, shard_bytes) {
                shards.push(compact(&Value::Array(std::mem::take(&mut current))));
                bytes = 0;
            }
            if current.is_empty() {
                firsts.push(key.clone());
            }
            bytes += entry.1;
            current.push(entry.0);
        }
        if !current.is_empty() {
            shards.push(compact(&Value::Array(current)));
        }
        let oldest_first: Vec<&Card> = order.iter().map(|&i| &cards[i as usize]).collect();
        SearchFiles {
            terms: compact(&json!({ "docs": cards.len(), "per_file": PER_FILE, "shards": firsts })),
            shards,
            docs: oldest_first
                .chunks(PER_FILE)
                .map(|chunk| {
                    let list: Vec<Value> = chunk.iter().map(|c| card_json(c)).collect();
                    compact(&json!({ "articles": list }))
                })
                .collect(),
        }
    }
}

/// The search index of these articles, in any order.
#[cfg(test)]
fn build_in(docs: Vec<(Card, DocTerms)>, shard_bytes: usize) -> SearchFiles {
    docs.into_iter()
        .fold(Builder::default(), Builder::with)
        .finish_in(shard_bytes)
}

/// Whether `key` begins a new shard, the one before holding `bytes`: once it holds half
/// of `shard_bytes`, at a key whose hash says so (one in four), and at twice the size
/// whatever the key. Where shards begin depends on the keys near the boundary, not on
/// the size of everything before it: an article added or changed changes the shards of
/// its keys, and the boundaries after them stay where they were.
fn starts_shard(bytes: usize, key: &str, shard_bytes: usize) -> bool {
    bytes > 0 && (bytes >= 2 * shard_bytes || (bytes >= shard_bytes / 2 && hash(key.as_bytes()).is_multiple_of(4)))
}

/// `[key, [words], [gaps], [weights]]` and its approximate length; words that are only
/// the key itself, and weights all 1, are written as `[]`.
fn entry_json(key: &str, e: &Entry) -> (Value, usize) {
    let mut last = 0;
    let gaps: Vec<u32> = e
        .postings
        .iter()
        .map(|(id, _)| {
            let gap = id - last;
            last = *id;
            gap
        })
        .collect();
    let weights: Vec<u32> = if e.postings.iter().all(|(_, w)| *w == 1) {
        Vec::new()
    } else {
        e.postings.iter().map(|(_, w)| (*w).min(255)).collect()
    };
    let size = key.len() + e.words.iter().map(|w| w.len() + 3).sum::<usize>() + 4 * e.postings.len();
    let words: Vec<&String> = if e.words.len() == 1 && e.words.contains(key) {
        Vec::new()
    } else {
        e.words.iter().collect()
    };
    (json!([key, words, gaps, weights]), size)
}

#[cfg(test)]
mod tests {
    use super::*;
    use folio_core::content::decode::decode_article;

    fn article(slug: &str, date: &str, title: &str, body: &str) -> Article {
        let json = json!({
            "slug": slug, "language": "en", "kind": "news", "date": date, "title": title,
            "topics": ["water"], "body": [{ "type": "paragraph", "text": [body] }]
        });
        decode_article(&json.to_string()).unwrap()
    }

    fn card(a: &Article) -> Card {
        super::super::cards::card_of(a)
    }

    #[test]
    fn keys_are_folded_stems_with_their_words() {
        let s = stemmer("en");
        let a = article(
            "a",
            "2020-01-01",
            "Voting in Zürich",
            "The councils voted; votes counted.",
        );
        let d = doc_terms(&a, None, s.as_ref());
        let (weight, words) = &d.0["vote"];
        assert_eq!(*weight, 8 + 2, "the title weighs 8, each word of the body 1");
        assert_eq!(words.iter().collect::<Vec<_>>(), ["voted", "votes", "voting"]);
        assert!(d.0.contains_key("zurich"));
        assert!(d.0.contains_key("council"));
        assert_eq!(d.0["#k:news"].0, 1);
        assert_eq!(d.0["#t:water"].0, 1);
        // No stemmer (Polish): the folded word is the key.
        let d = doc_terms(
            &article("b", "2020-01-01", "Łódź głosuje", "x"),
            None,
            stemmer("pl").as_ref(),
        );
        assert!(d.0.contains_key("glosuje") && d.0.contains_key("lodz"));
    }

    #[test]
    fn numbered_from_the_oldest_and_sharded_in_key_order() {
        let s = stemmer("en");
        let arts = [
            article("new", "2021-05-01", "Harbour vote", "harbour"),
            article("old", "2019-01-01", "Harbour wall", "wall"),
            article("mid", "2020-01-01", "Grid", "grid harbours"),
        ];
        let docs = arts.iter().map(|a| (card(a), doc_terms(a, None, s.as_ref()))).collect();
        let files = build_in(docs, SHARD_BYTES);
        let terms: Value = serde_json::from_str(&files.terms).unwrap();
        assert_eq!(terms["docs"], 3);
        assert_eq!(terms["shards"][0], "#k:news", "one shard, from its first key");
        let shard: Value = serde_json::from_str(&files.shards[0]).unwrap();
        let harbour = shard.as_array().unwrap().iter().find(|e| e[0] == "harbour").unwrap();
        // old = 0, mid = 1, new = 2: all three, as gaps 0, 1, 1.
        assert_eq!(harbour[2], json!([0, 1, 1]));
        assert_eq!(harbour[1], json!(["harbour", "harbours"]));
        let kinds = shard.as_array().unwrap().iter().find(|e| e[0] == "#k:news").unwrap();
        assert_eq!(kinds[3], json!([]), "weights all 1 are left out");
        let docs: Value = serde_json::from_str(&files.docs[0]).unwrap();
        assert_eq!(docs["articles"][0]["slug"], "old");
        assert_eq!(docs["articles"][2]["slug"], "new");
    }

    #[test]
    fn merged_parts_make_the_same_files_as_one_builder() {
        let s = stemmer("en");
        let arts: Vec<Article> = (0..50)
            .map(|i| {
                article(
                    &format!("a-{i}"),
                    &format!("2020-01-{:02}", 1 + i % 28),
                    &format!("word{} harbour", i % 7),
                    &format!("body{} votes", i % 5),
                )
            })
            .collect();
        let doc = |a: &Article| (card(a), doc_terms(a, None, s.as_ref()));
        let whole = arts.iter().map(doc).fold(Builder::default(), Builder::with).finish();
        let part = |r: std::ops::Range<usize>| arts[r].iter().map(doc).fold(Builder::default(), Builder::with);
        let merged = part(30..50).merge(part(0..10)).merge(part(10..30)).finish();
        assert_eq!(whole.terms, merged.terms);
        assert_eq!(whole.shards, merged.shards);
        assert_eq!(whole.docs, merged.docs);
    }

    #[test]
    fn a_new_article_changes_the_shards_of_its_keys_only() {
        let words: Vec<String> = (0..3000).map(|i| format!("w{i:04}")).collect();
        let arts: Vec<Article> = (0..600)
            .map(|i| {
                let body: Vec<&str> = (0..20).map(|k| words[(i * 37 + k * 101) % 3000].as_str()).collect();
                article(
                    &format!("a-{i}"),
                    &format!("2020-{:02}-01", 1 + i % 12),
                    "x",
                    &body.join(" "),
                )
            })
            .collect();
        let doc = |a: &Article| (card(a), doc_terms(a, None, None));
        let before = build_in(arts.iter().map(doc).collect(), 2000);
        let newest = article("new", "2021-01-01", "x", "w0005 w1500 w2990");
        let after = build_in(arts.iter().chain([&newest]).map(doc).collect(), 2000);
        assert!(before.shards.len() > 50, "{} shards", before.shards.len());
        let changed = after.shards.iter().filter(|s| !before.shards.contains(s)).count();
        // Its three words and its kind, title and topic keys: a shard each at most, and
        // a boundary moved by one of them now and then.
        assert!(changed <= 10, "{changed} of {} shards changed", after.shards.len());
    }

    #[test]
    fn shards_split_by_size() {
        let arts: Vec<Article> = (0..400)
            .map(|i| article(&format!("a-{i}"), "2020-01-01", &format!("word{i} common"), "text"))
            .collect();
        let docs = arts.iter().map(|a| (card(a), doc_terms(a, None, None))).collect();
        let files = build_in(docs, 1000);
        let terms: Value = serde_json::from_str(&files.terms).unwrap();
        let firsts = terms["shards"].as_array().unwrap();
        assert_eq!(firsts.len(), files.shards.len());
        assert!(files.shards.len() >= 2, "{} shards", files.shards.len());
        assert!(firsts.windows(2).all(|w| w[0].as_str() < w[1].as_str()), "in key order");
        assert_eq!(files.docs.len(), 400usize.div_ceil(PER_FILE));
    }
}
