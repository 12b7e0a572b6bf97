//! A split index's pieces on disk (`{lang}/index/{n}.json`), read and held to what
//! `index.json` says of them: numbered from the oldest without a gap, each as long, as
//! old and with the kinds and topics its entry says, and the totals their sums. Whether
//! every article is in exactly one place, in order, is `tree::index_in_step`'s, over the
//! cards of `index.json` and the pieces together.

use crate::check;
use crate::check::problem::{at, error, join, read_json, Problem, Report, Severity};
use folio_core::content::decode::decode_index;
use folio_core::content::model::{Archive, Card, Counts, Index};
use rayon::prelude::*;
use serde_json::Value;
use std::fs;
use std::path::Path;

/// A file of an index and its cards, newest first.
pub type Segment = (String, Vec<Card>);

/// The pieces `archive` lists, read in its order (newest first), with their problems.
pub fn read(root: &Path, lang: &str, index: &Index, archive: &Archive, out: &mut Vec<Problem>) -> Vec<Segment> {
    let file = format!("{lang}/index.json");
    let mut segments = Vec::new();
    let listed = archive.pieces.len();
    // The files read and checked in parallel; what is between them in order.
    let read: Vec<(Vec<Problem>, Option<Vec<Card>>)> = archive
        .pieces
        .par_iter()
        .map(|piece| {
            let mut problems = Vec::new();
            let cards = read_piece(root, &format!("{lang}/index/{}.json", piece.number), &mut problems);
            (problems, cards)
        })
        .collect();
    for (i, (piece, (problems, cards))) in archive.pieces.iter().zip(read).enumerate() {
        out.extend(problems);
        let field = at("pieces", i);
        let expected = (listed - i) as u32;
        if piece.number != expected {
            error(
                out,
                &file,
                &join(&field, "number"),
                format!(
                    "is {}, but pieces are listed newest first and numbered from 1 for the oldest: {expected} expected here",
                    piece.number
                ),
            );
        }
        let piece_file = format!("{lang}/index/{}.json", piece.number);
        let Some(cards) = cards else {
            continue;
        };
        let says =
            |name: &str, what: String, found: String| format!("says {what}, but {piece_file} holds {found} ({name})");
        if cards.len() != piece.count {
            let m = says("count", piece.count.to_string(), cards.len().to_string());
            error(out, &file, &join(&field, "count"), m);
        }
        if let (Some(first), Some(last)) = (cards.first(), cards.last()) {
            if first.date != piece.newest {
                let m = says("its newest card's date", piece.newest.iso(), first.date.iso());
                error(out, &file, &join(&field, "newest"), m);
            }
            if last.date != piece.oldest {
                let m = says("its oldest card's date", piece.oldest.iso(), last.date.iso());
                error(out, &file, &join(&field, "oldest"), m);
            }
        }
        if kinds(&cards) != piece.kinds {
            error(
                out,
                &file,
                &join(&field, "kinds"),
                format!("differs from the kinds counted in {piece_file}"),
            );
        }
        if topics(&cards) != piece.topics {
            error(
                out,
                &file,
                &join(&field, "topics"),
                format!("differs from the topics counted in {piece_file}"),
            );
        }
        segments.push((piece_file, cards));
    }
    let all: Vec<Card> = index
        .articles
        .iter()
        .chain(segments.iter().flat_map(|(_, c)| c))
        .cloned()
        .collect();
    if all.len() != archive.total {
        let m = format!(
            "is {}, but index.json and its pieces hold {} cards",
            archive.total,
            all.len()
        );
        error(out, &file, "total", m);
    }
    if kinds(&all) != archive.kinds {
        error(
            out,
            &file,
            "kinds",
            "differs from the kinds counted over all cards".into(),
        );
    }
    if topics(&all) != archive.topics {
        error(
            out,
            &file,
            "topics",
            "differs from the topics counted over all cards".into(),
        );
    }
    if segments.len() == listed {
        stale_pieces(root, lang, listed, out);
    }
    segments
}

/// A piece file's cards, with the contract's checks of its JSON.
fn read_piece(root: &Path, file: &str, out: &mut Vec<Problem>) -> Option<Vec<Card>> {
    let (text, v) = read_json(root, file, "is missing (index.json lists it)", out)?;
    check::index(
        &mut Report {
            file: file.to_string(),
            out,
        },
        &v,
    );
    decode_index(&text).ok().map(|i| i.articles)
}

/// A piece file numbered above those listed is left from an earlier index: a warning,
/// as a server would still serve it.
fn stale_pieces(root: &Path, lang: &str, listed: usize, out: &mut Vec<Problem>) {
    let Ok(entries) = fs::read_dir(root.join(lang).join("index")) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        let number = name.strip_suffix(".json").and_then(|n| n.parse::<usize>().ok());
        if number.is_some_and(|n| n > listed) {
            out.push(Problem {
                severity: Severity::Warning,
                file: format!("{lang}/index/{name}"),
                field: String::new(),
                message: "is not listed in index.json's pieces: folio-cli index removes it".into(),
            });
        }
    }
}

/// A search index announced in `index.json` is there: its `terms.json` reads, numbers
/// as many articles as the language has, and every shard and docs file it implies exists.
pub fn check_search(root: &Path, lang: &str, articles: usize, out: &mut Vec<Problem>) {
    let file = format!("{lang}/search/terms.json");
    let terms: Option<Value> = fs::read_to_string(root.join(&file))
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok());
    let Some(terms) = terms else {
        let m = "is missing or not JSON, though index.json announces a search index (folio-cli index writes it)";
        error(out, &file, "", m.into());
        return;
    };
    let docs = terms["docs"].as_u64().unwrap_or(0) as usize;
    if docs != articles {
        let m = format!("numbers {docs} articles, but {lang}/ has {articles}: run folio-cli index");
        error(out, &file, "docs", m);
    }
    let per_file = terms["per_file"].as_u64().unwrap_or(0) as usize;
    let shards = terms["shards"].as_array().map_or(0, Vec::len);
    let wanted = (0..shards)
        .map(|i| format!("{lang}/search/t/{i}.json"))
        .chain((0..docs.div_ceil(per_file.max(1))).map(|k| format!("{lang}/search/d/{k}.json")));
    for f in wanted {
        if !root.join(&f).is_file() {
            error(out, &f, "", "is missing (search/terms.json implies it)".into());
        }
    }
}
/// How many cards carry each kind.
pub fn kinds(cards: &[Card]) -> Counts {
    let mut counts = Counts::new();
    for c in cards {
        *counts.entry(c.kind.clone()).or_default() += 1;
    }
    counts
}

/// How many cards carry each topic.
pub fn topics(cards: &[Card]) -> Counts {
    let mut counts = Counts::new();
    for t in cards.iter().flat_map(|c| &c.topics) {
        *counts.entry(t.clone()).or_default() += 1;
    }
    counts
}
