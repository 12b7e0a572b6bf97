//! `index`: every `{lang}/index.json` written from the language's articles, newest first
//! (split into pieces above a threshold: `split`).

pub mod cards;
pub mod search;
pub mod split;

use crate::check::tree::Tree;
use crate::disk::failure::Stop;
use crate::disk::write::write_if_changed;
use crate::index::cards::card_of;
use crate::index::search::{doc_terms, stemmer, Builder, DocTerms, FORMAT};
use crate::index::split::{index_files, Layout};
use folio_core::content::model::{Article, Card, Site};
use rayon::prelude::*;
use std::fs;
use std::path::Path;

/// An article as the index files need it: its card and what search reads of it.
pub type Doc = (Card, DocTerms);

pub fn doc_of(a: &Article, site: Option<&Site>) -> Doc {
    (card_of(a), doc_terms(a, site, stemmer(&a.language).as_ref()))
}

/// Writes one language's index (`index.json`, and its pieces when split) and its search
/// index from its articles, and removes files a previous run wrote that this one did not.
/// Files whose text is unchanged are left as they are.
pub fn write_language(root: &Path, lang: &str, built: Builder, layout: Layout) -> Result<(), Stop> {
    let dir = root.join(lang);
    let cards = built.cards_newest_first();
    let files = index_files(&cards, layout, Some(FORMAT));
    drop(cards);
    let search = built.finish();
    write_if_changed(&dir.join("index.json"), &files.index)?;
    write_numbered(
        &dir.join("index"),
        files.pieces.iter().map(|(n, t)| (*n as usize, t)),
        1,
    )?;
    let s = dir.join("search");
    write_if_changed(&s.join("terms.json"), &search.terms)?;
    write_numbered(&s.join("t"), search.shards.iter().enumerate(), 0)?;
    write_numbered(&s.join("d"), search.docs.iter().enumerate(), 0)?;
    Ok(())
}

/// Writes `{n}.json` files into `dir` (made if there are any) and removes those named so
/// that are not among them: numbers from `first` up, without a gap.
fn write_numbered<'t>(
    dir: &Path,
    files: impl ExactSizeIterator<Item = (usize, &'t String)>,
    first: usize,
) -> Result<(), Stop> {
    let count = files.len();
    for (n, text) in files {
        write_if_changed(&dir.join(format!("{n}.json")), text)?;
    }
    let Ok(entries) = fs::read_dir(dir) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let number = name
            .to_str()
            .and_then(|n| n.strip_suffix(".json"))
            .and_then(|n| n.parse::<usize>().ok());
        if number.is_some_and(|n| n < first || n >= first + count) {
            fs::remove_file(entry.path()).map_err(|e| format!("{}: cannot be removed: {e}", entry.path().display()))?;
        }
    }
    Ok(())
}

/// Rewrites every language's index; returns `(lang, cards)` per language.
pub fn write_indexes(tree: &Tree, layout: Layout) -> Result<Vec<(String, usize)>, Stop> {
    let mut written = Vec::new();
    for (lang, language) in &tree.languages {
        // Each core adds its share of the articles to a builder of its own.
        let built = language
            .articles
            .par_iter()
            .fold(Builder::default, |b, (_, a)| b.with(doc_of(a, tree.site.as_ref())))
            .reduce(Builder::default, Builder::merge);
        write_language(&tree.root, lang, built, layout)?;
        written.push((lang.clone(), language.articles.len()));
    }
    Ok(written)
}

/// The indexes written, `(lang, cards)`, and the files that did not decode.
pub type Rebuilt = (Vec<(String, usize)>, Vec<String>);

/// Rewrites the index of each of `languages` under `root` from its article files, read
/// one at a time (only the cards and the search index's keys are kept, not the articles). A file that does not decode is left out and named in the second list.
pub fn write_indexes_from_files(
    root: &Path,
    site: Option<&Site>,
    languages: &[String],
    layout: Layout,
) -> Result<Rebuilt, Stop> {
    let mut written = Vec::new();
    let mut unreadable = Vec::new();
    for lang in languages {
        let dir = root.join(lang).join("articles");
        if !dir.exists() {
            // No article of the language was written (an import that refused them all).
            continue;
        }
        let mut built = Builder::default();
        let entries = fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_none_or(|x| x != "json") {
                continue;
            }
            let decoded = fs::read_to_string(&path)
                .map_err(|e| e.to_string())
                .and_then(|text| folio_core::content::decode::decode_article(&text).map_err(|e| e.0));
            match decoded {
                Ok(article) => built = built.with(doc_of(&article, site)),
                Err(e) => unreadable.push(format!("{}: {e}", path.display())),
            }
        }
        let count = built.len();
        write_language(root, lang, built, layout)?;
        written.push((lang.clone(), count));
    }
    Ok((written, unreadable))
}
