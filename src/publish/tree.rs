//! A content tree on disk (`site.json`, `{lang}/index.json`, `{lang}/articles/*.json`),
//! read once, with the problems of each file and those between files.

use super::check;
use super::pieces::{self, Segment};
use super::problem::{at, join, Problem, Report, Severity};
use crate::content::decode::{decode_article, decode_index, decode_site, is_valid_language};
use crate::content::model::{Article, Index, Site};
use crate::content::url::scheme_of;
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
    pub articles: BTreeMap<String, Article>,
    pub index: Option<Index>,
    /// A split index's pieces, newest first (none for a single index).
    pub pieces: Vec<Segment>,
}

impl Tree {
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.severity == Severity::Error).count()
    }

    pub fn article(&self, lang: &str, slug: &str) -> Option<&Article> {
        self.languages.get(lang)?.articles.get(slug)
    }
}

fn problem(out: &mut Vec<Problem>, file: &str, field: &str, message: String) {
    out.push(Problem {
        severity: Severity::Error,
        file: file.to_string(),
        field: field.to_string(),
        message,
    });
}

/// The file's text and JSON, or a problem saying why there is none.
fn read_json(root: &Path, file: &str, out: &mut Vec<Problem>) -> Option<(String, Value)> {
    let text = match fs::read_to_string(root.join(file)) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            problem(out, file, "", "is missing".into());
            return None;
        }
        Err(e) => {
            problem(out, file, "", format!("cannot be read: {e}"));
            return None;
        }
    };
    match serde_json::from_str(&text) {
        Ok(v) => Some((text, v)),
        Err(e) => {
            problem(out, file, "", format!("is not valid JSON: {e}"));
            None
        }
    }
}

/// Reads and checks a whole tree. Never fails: what cannot be read is a problem.
pub fn load(root: &Path) -> Tree {
    let mut out = Vec::new();
    let site_value = read_json(root, "site.json", &mut out);
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
                problem(
                    &mut out,
                    "site.json",
                    &at("languages", i),
                    format!("{lang:?} has no folder ({lang}/)"),
                );
                continue;
            }
            let language = load_language(root, lang, &mut out);
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

/// A language folder: every article file, checked, and its index.
fn load_language(root: &Path, lang: &str, out: &mut Vec<Problem>) -> Language {
    let mut language = Language::default();
    let dir = root.join(lang).join("articles");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|n| n.ends_with(".json"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    // Files are independent: one share of them per core.
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    let share = names.len().div_ceil(workers).max(1);
    let parts: Vec<Vec<(Vec<Problem>, Option<Article>)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = names
            .chunks(share)
            .map(|chunk| scope.spawn(move || chunk.iter().map(|n| load_article(root, lang, n)).collect()))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or_default()).collect()
    });
    for (problems, article) in parts.into_iter().flatten() {
        out.extend(problems);
        if let Some(a) = article {
            language.articles.insert(a.slug.clone(), a);
        }
    }
    let file = format!("{lang}/index.json");
    if let Some((text, v)) = read_json(root, &file, out) {
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
                pieces::check_search(root, lang, language.articles.len(), out);
            }
        }
    }
    language
}

/// One article file: its problems, and the article when it decodes under its own name.
fn load_article(root: &Path, lang: &str, name: &str) -> (Vec<Problem>, Option<Article>) {
    let mut out = Vec::new();
    let file = format!("{lang}/articles/{name}");
    let stem = name.trim_end_matches(".json");
    let Some((text, v)) = read_json(root, &file, &mut out) else {
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
    images(root, &file, "", &v, &mut out);
    let article = decode_article(&text).ok().filter(|a| a.slug == stem);
    (out, article)
}

/// What only shows between files: translations, recommended cards, the index.
fn cross_check(tree: &mut Tree) {
    let mut out = Vec::new();
    let Some(site) = &tree.site else { return };
    for (lang, language) in &tree.languages {
        for (slug, a) in &language.articles {
            let file = format!("{lang}/articles/{slug}.json");
            for (other, their_slug) in &a.translations {
                let field = join("translations", other);
                if other == lang {
                    problem(&mut out, &file, &field, "names the article's own language".into());
                } else if !site.has_language(other) {
                    problem(
                        &mut out,
                        &file,
                        &field,
                        format!("{other:?} is not one of the site's languages"),
                    );
                } else {
                    match tree.article(other, their_slug) {
                        None => problem(&mut out, &file, &field, format!("{other}/articles/{their_slug}.json does not exist")),
                        Some(t) if t.translations.get(lang) != Some(slug) => problem(
                            &mut out,
                            &file,
                            &field,
                            format!("not reciprocal: {other}/articles/{their_slug}.json does not name {slug:?} as its {lang} translation"),
                        ),
                        Some(_) => {}
                    }
                }
            }
            for (i, card) in a.recommended.iter().flatten().enumerate() {
                if !language.articles.contains_key(&card.slug) {
                    problem(
                        &mut out,
                        &file,
                        &join(&at("recommended", i), "slug"),
                        format!("names {:?}, which has no article in {lang}", card.slug),
                    );
                }
            }
        }
        if let Some(index) = &language.index {
            index_in_step(lang, language, index, &mut out);
        }
    }
    tree.problems.extend(out);
}

/// Every article in exactly one place (`index.json`'s cards, then each piece's), every
/// card in step with its article, newest first throughout.
fn index_in_step(lang: &str, language: &Language, index: &Index, out: &mut Vec<Problem>) {
    let head = (format!("{lang}/index.json"), index.articles.clone());
    let mut listed: BTreeMap<&str, &str> = BTreeMap::new();
    let mut previous: Option<&crate::content::model::Card> = None;
    for (file, cards) in std::iter::once(&head).chain(&language.pieces) {
        for (i, card) in cards.iter().enumerate() {
            let field = at("articles", i);
            if let Some(first) = listed.insert(&card.slug, file) {
                problem(
                    out,
                    file,
                    &field,
                    format!("{:?} is listed twice (also in {first})", card.slug),
                );
            }
            card_in_step(lang, language, file, &field, card, out);
            if previous.is_some_and(|p| p.date < card.date) {
                problem(
                    out,
                    file,
                    &field,
                    "is newer than the card before it: the index must be newest first".into(),
                );
            }
            previous = Some(card);
        }
    }
    for slug in language.articles.keys().filter(|s| !listed.contains_key(s.as_str())) {
        problem(
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
    card: &crate::content::model::Card,
    out: &mut Vec<Problem>,
) {
    let Some(a) = language.articles.get(&card.slug) else {
        let m = format!(
            "{:?} has no article file ({lang}/articles/{}.json)",
            card.slug, card.slug
        );
        problem(out, file, field, m);
        return;
    };
    if a.title != card.title {
        let m = format!("differs from the article's title {:?}", a.title);
        problem(out, file, &join(field, "title"), m);
    }
    if a.date != card.date {
        let m = format!("differs from the article's date {}", a.date.iso());
        problem(out, file, &join(field, "date"), m);
    }
    if a.kind != card.kind {
        let m = format!("differs from the article's kind {:?}", a.kind);
        problem(out, file, &join(field, "kind"), m);
    }
}

/// Walks a file's JSON for image sources (`src`) and checks that relative ones exist.
fn images(root: &Path, file: &str, field: &str, v: &Value, out: &mut Vec<Problem>) {
    match v {
        Value::Object(o) => {
            for (k, child) in o {
                let f = join(field, k);
                match (k.as_str(), child.as_str()) {
                    ("src", Some(src)) => {
                        if let Some(path) = local_file(src) {
                            if !root.join(&path).is_file() {
                                problem(out, file, &f, format!("{src:?} does not exist in the content tree"));
                            }
                        }
                    }
                    _ => images(root, file, &f, child, out),
                }
            }
        }
        Value::Array(list) => {
            for (i, child) in list.iter().enumerate() {
                images(root, file, &at(field, i), child, out);
            }
        }
        _ => {}
    }
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
