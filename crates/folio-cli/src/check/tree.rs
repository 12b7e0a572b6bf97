//! A content tree on disk (`site.json`, `{lang}/index.json`, `{lang}/articles/*.json`),
//! read once, with the problems of each file and those between files. Given what the
//! last publish remembered (its `Manifest`), article files unchanged since are not read again:
//! their `Meta` stands in for them in the checks between files.

use crate::check;
use crate::check::meta::Meta;
use crate::check::pieces::{self, Segment};
use crate::check::problem::{at, error, join, read_json, Problem, Report, Severity};
use crate::disk::stamp::{self, Seen};
use folio_core::content::decode::{decode_article, decode_index, decode_site, is_valid_language};
use folio_core::content::model::{Article, Index, Site};
use folio_core::content::url::scheme_of;
use rayon::prelude::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

pub struct Tree {
    pub root: PathBuf,
    pub site: Option<Site>,
    /// Per language of the site: its articles by slug, and its index if it decodes.
    pub languages: BTreeMap<String, Language>,
    pub problems: Vec<Problem>,
}

#[derive(Default)]
pub struct Language {
    /// The articles read this time, by slug (all of them without a manifest).
    pub articles: BTreeMap<String, Article>,
    /// Every article of the language, by slug.
    pub metas: BTreeMap<String, Meta>,
    /// How each article file was seen, by slug.
    pub seen: BTreeMap<String, Seen>,
    pub index: Option<Index>,
    /// A split index's pieces, newest first (none for a single index).
    pub pieces: Vec<Segment>,
}

impl Tree {
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.severity == Severity::Error).count()
    }

    pub fn meta(&self, lang: &str, slug: &str) -> Option<&Meta> {
        self.languages.get(lang)?.metas.get(slug)
    }

    pub fn article_count(&self) -> usize {
        self.languages.values().map(|l| l.metas.len()).sum()
    }
}

/// What an earlier run knew of the tree's article files (the last publish's manifest):
/// how each file was seen, and each article's meta (`lang/slug`).
pub trait Remembered: Sync {
    fn seen(&self, file: &str) -> Option<&Seen>;
    fn meta(&self, key: &str) -> Option<&Meta>;
}

/// The article file's meta and how it is seen now, when it is unchanged since the last
/// publish (`memory`): files that look the same, or hash the same, are taken as checked.
fn unchanged(memory: &dyn Remembered, root: &Path, file: &str, lang: &str, slug: &str) -> Option<(Meta, Seen)> {
    let before = memory.seen(file)?;
    let meta = memory.meta(&format!("{lang}/{slug}"))?;
    let now = stamp::unchanged(&root.join(file), before)?;
    (now.hash == meta.source).then(|| (meta.clone(), now))
}

/// Reads and checks a whole tree. Never fails: what cannot be read is a problem.
pub fn load(root: &Path) -> Tree {
    load_with(root, None)
}

/// Reads and checks a tree, taking the article files unchanged since `memory` as they
/// were (their own problems were none then; those between files are checked again).
pub fn load_with(root: &Path, memory: Option<&dyn Remembered>) -> Tree {
    let mut out = Vec::new();
    let site_value = read_json(root, "site.json", "is missing", &mut out);
    if let Some((_, v)) = &site_value {
        check::site(
            &mut Report {
                file: "site.json".into(),
                out: &mut out,
            },
            v,
        );
    }
    let site = site_value.and_then(|(text, _)| decode_site(&text).ok());
    let mut languages = BTreeMap::new();
    if let Some(site) = &site {
        for (i, lang) in site.languages.iter().enumerate() {
            if !root.join(lang).is_dir() {
                error(
                    &mut out,
                    "site.json",
                    &at("languages", i),
                    format!("{lang:?} has no folder ({lang}/)"),
                );
                continue;
            }
            let language = load_language(root, lang, memory, &mut out);
            languages.insert(lang.clone(), language);
        }
        // A folder that looks like a language's (it has articles or an index).
        let looks_like_language =
            |f: &String| root.join(f).join("articles").is_dir() || root.join(f).join("index.json").is_file();
        for extra in folders(root)
            .into_iter()
            .filter(|f| is_valid_language(f) && !site.has_language(f) && looks_like_language(f))
        {
            out.push(Problem {
                severity: Severity::Warning,
                file: format!("{extra}/"),
                field: String::new(),
                message: "is not one of the site's languages: it is not published".into(),
            });
        }
    }
    let mut tree = Tree {
        root: root.to_path_buf(),
        site,
        languages,
        problems: out,
    };
    cross_check(&mut tree);
    tree.problems.sort();
    tree.problems.dedup();
    tree
}

fn folders(root: &Path) -> Vec<String> {
    let Ok(entries) = fs::read_dir(root) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect()
}

/// One article file, read and checked, or remembered.
enum Loaded {
    Read(Vec<Problem>, Option<(Box<Article>, Meta, Seen)>),
    Remembered(String, Meta, Seen),
}

/// The names of a language's article files (`{lang}/articles/*.json`), sorted; none
/// when the folder cannot be read.
pub fn article_files(root: &Path, lang: &str) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(root.join(lang).join("articles"))
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|n| n.ends_with(".json"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// A language folder: every article file, checked (or remembered), and its index.
fn load_language(root: &Path, lang: &str, memory: Option<&dyn Remembered>, out: &mut Vec<Problem>) -> Language {
    let mut language = Language::default();
    let names = article_files(root, lang);
    let one = |name: &String| {
        let slug = name.trim_end_matches(".json");
        let file = format!("{lang}/articles/{name}");
        match memory.and_then(|m| unchanged(m, root, &file, lang, slug)) {
            Some((meta, seen)) => Loaded::Remembered(slug.to_string(), meta, seen),
            None => {
                let (problems, article) = load_article(root, lang, name);
                Loaded::Read(problems, article.map(|(a, m, s)| (Box::new(a), m, s)))
            }
        }
    };
    // Files are independent: one share of them per core.
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    let share = names.len().div_ceil(workers).max(1);
    let parts: Vec<Vec<Loaded>> = std::thread::scope(|scope| {
        let handles: Vec<_> = names
            .chunks(share)
            .map(|chunk| scope.spawn(|| chunk.iter().map(one).collect()))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or_default()).collect()
    });
    for loaded in parts.into_iter().flatten() {
        match loaded {
            Loaded::Read(problems, article) => {
                out.extend(problems);
                if let Some((a, meta, seen)) = article {
                    language.metas.insert(a.slug.clone(), meta);
                    language.seen.insert(a.slug.clone(), seen);
                    language.articles.insert(a.slug.clone(), *a);
                }
            }
            Loaded::Remembered(slug, meta, seen) => {
                remembered_files(root, &format!("{lang}/articles/{slug}.json"), &meta, out);
                language.seen.insert(slug.clone(), seen);
                language.metas.insert(slug, meta);
            }
        }
    }
    let file = format!("{lang}/index.json");
    if let Some((text, v)) = read_json(root, &file, "is missing", out) {
        check::index(
            &mut Report {
                file: file.clone(),
                out,
            },
            &v,
        );
        language.index = decode_index(&text).ok();
        images(root, &file, "", &v, out);
        if let Some(index) = &language.index {
            if let Some(archive) = &index.archive {
                language.pieces = pieces::read(root, lang, index, archive, out);
            }
            if index.search.is_some() {
                pieces::check_search(root, lang, language.metas.len(), out);
            }
        }
    }
    language
}

/// One article file: its problems, and the article (with its meta and how its file was
/// seen) when it decodes under its own name.
fn load_article(root: &Path, lang: &str, name: &str) -> (Vec<Problem>, Option<(Article, Meta, Seen)>) {
    let mut out = Vec::new();
    let file = format!("{lang}/articles/{name}");
    let stem = name.trim_end_matches(".json");
    let look = fs::metadata(root.join(&file)).ok();
    let Some((text, v)) = read_json(root, &file, "is missing", &mut out) else {
        return (out, None);
    };
    let mut r = Report {
        file: file.clone(),
        out: &mut out,
    };
    check::article(&mut r, &v);
    if let Some(slug) = v.get("slug").and_then(Value::as_str) {
        if slug != stem {
            r.error("slug", format!("{slug:?} differs from the file name ({stem}.json)"));
        }
    }
    if let Some(l) = v.get("language").and_then(Value::as_str) {
        if l != lang {
            r.error("language", format!("{l:?} differs from its folder ({lang}/)"));
        }
    }
    let mut files = Vec::new();
    sources("", &v, &mut files);
    check_sources(root, &file, &files, &mut out);
    let seen = look.map(|m| Seen::of(&m, text.as_bytes()));
    let article = decode_article(&text).ok().filter(|a| a.slug == stem);
    let loaded = article.zip(seen).map(|(a, seen)| {
        let meta = Meta::of(&a, seen.hash, files);
        (a, meta, seen)
    });
    (out, loaded)
}

/// What only shows between files: translations, recommended cards, the index.
fn cross_check(tree: &mut Tree) {
    let mut out = Vec::new();
    let Some(site) = &tree.site else { return };
    for (lang, language) in &tree.languages {
        let found: Vec<Vec<Problem>> = language
            .metas
            .par_iter()
            .map(|(slug, a)| links(tree, site, lang, slug, a))
            .collect();
        out.extend(found.into_iter().flatten());
        if let Some(index) = &language.index {
            index_in_step(lang, language, index, &mut out);
        }
    }
    tree.problems.extend(out);
}

/// An article's links to other files: its translations (reciprocal) and its own
/// recommended cards.
fn links(tree: &Tree, site: &Site, lang: &str, slug: &str, a: &Meta) -> Vec<Problem> {
    let mut out = Vec::new();
    let file = format!("{lang}/articles/{slug}.json");
    for (other, their_slug) in &a.translations {
        let field = join("translations", other);
        if other == lang {
            error(&mut out, &file, &field, "names the article's own language".into());
        } else if !site.has_language(other) {
            error(
                &mut out,
                &file,
                &field,
                format!("{other:?} is not one of the site's languages"),
            );
        } else {
            match tree.meta(other, their_slug) {
                None => error(&mut out, &file, &field, format!("{other}/articles/{their_slug}.json does not exist")),
                Some(t) if t.translations.get(lang).map(String::as_str) != Some(slug) => error(
                    &mut out,
                    &file,
                    &field,
                    format!("not reciprocal: {other}/articles/{their_slug}.json does not name {slug:?} as its {lang} translation"),
                ),
                Some(_) => {}
            }
        }
    }
    let language = &tree.languages[lang];
    for (i, card) in a.recommended.iter().enumerate() {
        if !language.metas.contains_key(card) {
            error(
                &mut out,
                &file,
                &join(&at("recommended", i), "slug"),
                format!("names {card:?}, which has no article in {lang}"),
            );
        }
    }
    out
}

/// Every article in exactly one place (`index.json`'s cards, then each piece's), every
/// card in step with its article, newest first throughout.
fn index_in_step(lang: &str, language: &Language, index: &Index, out: &mut Vec<Problem>) {
    let head = (format!("{lang}/index.json"), index.articles.clone());
    let mut listed: BTreeMap<&str, &str> = BTreeMap::new();
    let mut previous: Option<&folio_core::content::model::Card> = None;
    for (file, cards) in std::iter::once(&head).chain(&language.pieces) {
        for (i, card) in cards.iter().enumerate() {
            let field = at("articles", i);
            if let Some(first) = listed.insert(&card.slug, file) {
                error(
                    out,
                    file,
                    &field,
                    format!("{:?} is listed twice (also in {first})", card.slug),
                );
            }
            card_in_step(lang, language, file, &field, card, out);
            if previous.is_some_and(|p| p.date < card.date) {
                error(
                    out,
                    file,
                    &field,
                    "is newer than the card before it: the index must be newest first".into(),
                );
            }
            previous = Some(card);
        }
    }
    for slug in language.metas.keys().filter(|s| !listed.contains_key(s.as_str())) {
        error(
            out,
            &head.0,
            "articles",
            format!("{slug:?} is missing ({lang}/articles/{slug}.json exists)"),
        );
    }
}

/// A card names an article of the language, with its title, date and kind.
fn card_in_step(
    lang: &str,
    language: &Language,
    file: &str,
    field: &str,
    card: &folio_core::content::model::Card,
    out: &mut Vec<Problem>,
) {
    let Some(a) = language.metas.get(&card.slug) else {
        let m = format!(
            "{:?} has no article file ({lang}/articles/{}.json)",
            card.slug, card.slug
        );
        error(out, file, field, m);
        return;
    };
    if a.title != card.title {
        let m = format!("differs from the article's title {:?}", a.title);
        error(out, file, &join(field, "title"), m);
    }
    if a.date != card.date.iso() {
        let m = format!("differs from the article's date {}", a.date);
        error(out, file, &join(field, "date"), m);
    }
    if a.kind != card.kind {
        let m = format!("differs from the article's kind {:?}", a.kind);
        error(out, file, &join(field, "kind"), m);
    }
}

/// Walks a file's JSON for the files it names (images, video, audio and captions by
/// `src`, documents by `href`) and checks that relative ones exist.
fn images(root: &Path, file: &str, field: &str, v: &Value, out: &mut Vec<Problem>) {
    let mut found = Vec::new();
    sources(field, v, &mut found);
    check_sources(root, file, &found, out);
}

/// The relative sources (`src`) in a file's JSON, as `(field, src)`.
fn sources(field: &str, v: &Value, found: &mut Vec<(String, String)>) {
    match v {
        Value::Object(o) => {
            for (k, child) in o {
                let f = join(field, k);
                match (k.as_str(), child.as_str()) {
                    ("src" | "href", Some(src)) => {
                        if local_file(src).is_some() {
                            found.push((f, src.to_string()));
                        }
                    }
                    _ => sources(&f, child, found),
                }
            }
        }
        Value::Array(list) => {
            for (i, child) in list.iter().enumerate() {
                sources(&at(field, i), child, found);
            }
        }
        _ => {}
    }
}

/// Each source names a file that exists in the tree.
fn check_sources(root: &Path, file: &str, found: &[(String, String)], out: &mut Vec<Problem>) {
    for (field, src) in found {
        if let Some(path) = local_file(src) {
            if !root.join(&path).is_file() {
                error(out, file, field, format!("{src:?} does not exist in the content tree"));
            }
        }
    }
}

/// A remembered article's images still exist (the one check of its own that another
/// file's change can fail).
fn remembered_files(root: &Path, file: &str, meta: &Meta, out: &mut Vec<Problem>) {
    check_sources(root, file, &meta.files, out);
}

/// The tree-relative path a relative URL names, percent-decoded; `None` for absolute
/// URLs, root-relative paths and paths that leave the tree.
pub fn local_file(src: &str) -> Option<PathBuf> {
    let src = src.trim();
    if scheme_of(src).is_some() || src.starts_with('/') || src.starts_with('\\') || src.is_empty() {
        return None;
    }
    let path = src.split(['?', '#']).next().unwrap_or("");
    let decoded = percent_decode(path)?;
    let mut out = PathBuf::new();
    for part in decoded.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if !out.pop() {
                    return None;
                }
            }
            p => out.push(p),
        }
    }
    Some(out)
}

/// A tree-relative path as the content names files: `/`-separated.
pub fn slash_path(path: &Path) -> String {
    let parts: Vec<String> = path
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/")
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}
