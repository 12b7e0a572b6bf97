//! Which files of a content tree go to the web when `publish` copies it: what the
//! contract names (site.json; each site language's index, its pieces, its search files
//! and its articles), every file an article or an index card names (pictures, variants,
//! posters, captions, audio, video, documents, in any folder), and whatever sits in the
//! contract's folders for such files (`img/`, `variants/`, `media/`, `files/`). Never a
//! dotfile or a file in a dot-folder (a secret, a lock, a temporary file), nor anything
//! else the tree holds (import reports, notes, a stray file): those are counted and
//! named by `publish`, not copied.

use crate::check::tree::{local_file, slash_path, Tree};
use folio_core::content::model::Image;
use std::collections::BTreeSet;

/// The folders of a tree whose files are published whole (docs/contract.md).
pub const CONTRACT_FOLDERS: [&str; 4] = ["img", "variants", "media", "files"];

pub struct WebFiles {
    languages: BTreeSet<String>,
    /// Tree-relative paths that an article or a card names.
    named: BTreeSet<String>,
}

fn is_number_json(name: &str) -> bool {
    name.strip_suffix(".json")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

fn add_image(named: &mut BTreeSet<String>, image: &Image) {
    let sources = std::iter::once(&image.src).chain(image.variants.iter().map(|v| &v.src));
    named.extend(sources.filter_map(|s| local_file(s)).map(|p| slash_path(&p)));
}

impl WebFiles {
    /// The files published of a tree in these languages, besides those whose paths are
    /// `named`.
    pub fn new(languages: &[&str], named: &[&str]) -> WebFiles {
        WebFiles {
            languages: languages.iter().map(|s| s.to_string()).collect(),
            named: named.iter().map(|s| s.to_string()).collect(),
        }
    }

    /// The files of `tree` that are published.
    pub fn of(tree: &Tree) -> WebFiles {
        let mut named = BTreeSet::new();
        for language in tree.languages.values() {
            for meta in language.metas.values() {
                named.extend(
                    meta.files
                        .iter()
                        .filter_map(|(_, src)| local_file(src))
                        .map(|p| slash_path(&p)),
                );
            }
            let cards = language.index.iter().flat_map(|i| &i.articles);
            for image in cards.filter_map(|c| c.image.as_ref()) {
                add_image(&mut named, image);
            }
        }
        WebFiles {
            languages: tree.languages.keys().cloned().collect(),
            named,
        }
    }

    /// Whether the file at `rel` (tree-relative, `/`-separated) is published.
    pub fn allows(&self, rel: &str) -> bool {
        let parts: Vec<&str> = rel.split('/').collect();
        if parts.iter().any(|p| p.starts_with('.') || p.is_empty()) {
            return false;
        }
        if self.named.contains(rel) || CONTRACT_FOLDERS.contains(&parts[0]) {
            return true;
        }
        let language = |l: &str| self.languages.contains(l);
        match parts.as_slice() {
            ["site.json"] => true,
            [l, "index.json"] => language(l),
            [l, "index", n] => language(l) && is_number_json(n),
            [l, "articles", name] => language(l) && name.ends_with(".json"),
            [l, "search", "terms.json"] => language(l),
            [l, "search", "t" | "d", n] => language(l) && is_number_json(n),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_contracts_files_and_what_articles_name() {
        let w = WebFiles::new(&["en", "de"], &["docs/annual-report.pdf", "en/img/chart.png"]);
        for yes in [
            "site.json",
            "en/index.json",
            "de/index/3.json",
            "en/articles/a.json",
            "en/search/terms.json",
            "en/search/t/0.json",
            "de/search/d/12.json",
            "img/people/anna.jpg",
            "variants/img/a.jpg/640.webp",
            "media/statement.wav",
            "files/paper.pdf",
            "docs/annual-report.pdf",
            "en/img/chart.png",
        ] {
            assert!(w.allows(yes), "{yes} is published");
        }
        for no in [
            ".folio-secret.json",
            ".folio-lock",
            "img/.folio-tmp-x1",
            "en/articles/.draft.json",
            ".git/config",
            "wp-report.json",
            "notes/todo.txt",
            "docs/other.pdf",
            "fr/index.json",
            "en/index/latest.json",
            "en/search/x/0.json",
            "en/articles/readme.txt",
            "en/notes.txt",
        ] {
            assert!(!w.allows(no), "{no} is not published");
        }
    }
}
