//! `folio-cli publish` run again on the fixture tree: with the manifest it writes only
//! what changed (a page it keeps still holds a mark the test left in it), `--full` and a
//! broken manifest write everything, and the checks between files still see every
//! article. Native only.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/tree_fixture.rs"]
mod tree_fixture;

use folio_cli::check::tree::load_with;
use folio_cli::publish::manifest::{self, Place};
use serde_json::json;
use std::fs;
use std::path::PathBuf;
use tree_fixture::{Fixture, TEMPLATE};

const MARK: &str = "<!-- left by the test -->";
const FERRY: &str = "en/article/ferry-timetable/index.html";
const HARBOUR: &str = "en/article/harbour-wall/index.html";
const FAEHRPLAN: &str = "de/article/faehrplan/index.html";

struct Site {
    tree: Fixture,
    out: PathBuf,
}

impl Site {
    /// The fixture tree, published once.
    fn published(name: &str) -> Site {
        let tree = Fixture::new(name);
        let out = tree.dir.join("dist");
        fs::create_dir_all(&out).unwrap();
        fs::write(out.join("index.html"), TEMPLATE).unwrap();
        let site = Site { tree, out };
        assert_eq!(site.publish(&[]), 0);
        site
    }

    fn publish(&self, extra: &[&str]) -> i32 {
        let mut args = vec!["publish", "--out", self.out.to_str().unwrap()];
        args.extend(extra);
        self.tree.run(&args)
    }

    /// Where the manifest lives: beside the output (`.folio-publish/dist.json`).
    fn manifest(&self) -> PathBuf {
        Place::of(&self.out).unwrap().file()
    }

    fn read(&self, file: &str) -> String {
        fs::read_to_string(self.out.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
    }

    /// Leaves a mark in each of these output files: a page written again loses it.
    fn mark(&self, files: &[&str]) {
        for f in files {
            let text = self.read(f);
            fs::write(self.out.join(f), format!("{text}{MARK}")).unwrap();
        }
    }

    fn kept(&self, file: &str) -> bool {
        self.read(file).ends_with(MARK)
    }
}

#[test]
fn nothing_changed_nothing_is_written() {
    let s = Site::published("incr-none");
    assert!(s.manifest().is_file(), "the manifest, beside the output");
    assert!(!s.out.join(".folio-publish.json").exists(), "not in it");
    s.mark(&[FERRY, HARBOUR, FAEHRPLAN, "sitemap.xml", "en/feed.xml", "en/index.html"]);
    assert_eq!(s.publish(&[]), 0);
    for f in [FERRY, HARBOUR, FAEHRPLAN] {
        assert!(s.kept(f), "{f} was written again");
    }
    // The listing, feed and sitemap are written when their text differs from the
    // file's (here the mark), never left stale.
    assert!(!s.kept("sitemap.xml") && !s.kept("en/feed.xml") && !s.kept("en/index.html"));
    // --full writes every page.
    s.mark(&[FERRY]);
    assert_eq!(s.publish(&["--full"]), 0);
    assert!(!s.kept(FERRY));
}

#[test]
fn one_article_changed_rewrites_its_page_and_its_copy_only() {
    let s = Site::published("incr-one");
    s.mark(&[FERRY, HARBOUR, FAEHRPLAN]);
    s.tree.edit("en/articles/ferry-timetable.json", |v| {
        v["body"]
            .as_array_mut()
            .unwrap()
            .push(json!({ "type": "paragraph", "text": ["A late change to the timetable."] }));
    });
    assert_eq!(s.tree.run(&["index"]), 0);
    assert_eq!(s.publish(&[]), 0);
    assert!(!s.kept(FERRY));
    assert!(s.read(FERRY).contains("A late change to the timetable."));
    assert!(s.kept(HARBOUR), "its own list shows the ferry card, from its own file");
    assert!(s.kept(FAEHRPLAN));
    let copy = s.read("content/en/articles/ferry-timetable.json");
    assert!(copy.contains("A late change"), "the content copy follows");
}

#[test]
fn a_title_in_the_index_rewrites_the_pages_that_show_its_card() {
    let s = Site::published("incr-title");
    s.mark(&[FERRY, HARBOUR, FAEHRPLAN]);
    s.tree.edit("en/articles/harbour-wall.json", |v| {
        v["title"] = json!("The harbour wall, repaired");
    });
    // The index is out of step until `index` runs: publish refuses, as before.
    assert_eq!(s.publish(&[]), 1);
    assert_eq!(s.tree.run(&["index"]), 0);
    assert_eq!(s.publish(&[]), 0);
    assert!(!s.kept(HARBOUR));
    assert!(!s.kept(FERRY), "the ferry page shows the harbour card from the index");
    assert!(s.read(FERRY).contains("The harbour wall, repaired"));
    assert!(s.kept(FAEHRPLAN));
}

#[test]
fn a_deleted_article_goes_with_its_page_and_copy() {
    let s = Site::published("incr-gone");
    s.mark(&[FERRY, FAEHRPLAN]);
    fs::remove_file(s.tree.dir.join("en/articles/harbour-wall.json")).unwrap();
    assert_eq!(s.tree.run(&["index"]), 0);
    assert_eq!(s.publish(&[]), 0);
    assert!(!s.out.join("en/article/harbour-wall").exists());
    assert!(!s.out.join("content/en/articles/harbour-wall.json").exists());
    assert!(!s.read("sitemap.xml").contains("harbour-wall"));
    assert!(!s.kept(FERRY), "it showed the harbour card");
    assert!(s.kept(FAEHRPLAN));
}

/// The tree's problems as the next incremental publish sees them, and the English
/// articles it read (the others remembered from the manifest).
fn seen_again(s: &Site) -> (Vec<String>, Vec<String>) {
    let memory = manifest::read(&Place::of(&s.out).unwrap(), manifest::tool()).expect("the manifest");
    let tree = load_with(&s.tree.dir, Some(&memory as &dyn folio_cli::check::tree::Remembered));
    let read = tree.languages["en"].articles.keys().cloned().collect();
    (tree.problems.iter().map(|p| p.to_string()).collect(), read)
}

#[test]
fn checks_between_files_still_see_unchanged_articles() {
    // The German article is gone; the English one that names it as its translation has
    // not changed since the last publish: it is not read again, and still found wanting.
    let s = Site::published("incr-links");
    fs::remove_file(s.tree.dir.join("de/articles/faehrplan.json")).unwrap();
    let (problems, read) = seen_again(&s);
    assert!(read.is_empty(), "nothing read again: {read:?}");
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("en/articles/ferry-timetable.json: translations.de: ")),
        "{problems:?}"
    );
    assert_eq!(s.publish(&[]), 1);
    // An image an unchanged article shows is removed from the tree: found too.
    let s = Site::published("incr-image");
    fs::remove_file(s.tree.dir.join("img/pier.svg")).unwrap();
    let (problems, _) = seen_again(&s);
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("en/articles/ferry-timetable.json: image.src: ")),
        "{problems:?}"
    );
    assert_eq!(s.publish(&[]), 1);
    // A changed article is read again, and checked in full.
    let s = Site::published("incr-read");
    s.tree.edit("en/articles/harbour-wall.json", |v| {
        v["summary"] = json!("Now shorter.")
    });
    let (problems, read) = seen_again(&s);
    assert_eq!((problems.len(), read), (0, vec!["harbour-wall".to_string()]));
    s.tree.edit("en/articles/harbour-wall.json", |v| v["kind"] = json!(42));
    let (problems, _) = seen_again(&s);
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("en/articles/harbour-wall.json: kind: ")),
        "{problems:?}"
    );
}

#[test]
fn a_broken_or_foreign_manifest_means_a_full_publish() {
    let s = Site::published("incr-broken");
    s.mark(&[FERRY]);
    fs::write(s.manifest(), "{ not a manifest").unwrap();
    assert_eq!(s.publish(&[]), 0);
    assert!(!s.kept(FERRY));
    let manifest: serde_json::Value = serde_json::from_str(&fs::read_to_string(s.manifest()).unwrap()).unwrap();
    assert_eq!(manifest["format"], 1, "a new manifest is written");
    // One from another folio-cli (another build renders differently).
    s.mark(&[FERRY]);
    let mut other = manifest.clone();
    other["tool"] = json!(1);
    fs::write(s.manifest(), other.to_string()).unwrap();
    assert_eq!(s.publish(&[]), 0);
    assert!(!s.kept(FERRY));
}
