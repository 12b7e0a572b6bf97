//! `publish`: every article and listing of a checked tree as a static page in a built
//! `dist/`, plus the sitemap, a feed per language and `robots.txt`. One function per
//! output; the pages' bodies come from `render`, their heads from `head`.

use super::feeds::{atom, atom_time, sitemap, SitemapEntry};
use super::head::{article_head, article_title, listing_head, For};
use super::page::Template;
use super::render::{article_fragment, article_page, listing_page, Page};
use super::tree::Tree;
use crate::content::endpoint::{split_origin, Endpoint};
use crate::content::files::canonical_article_url;
use crate::content::head::versions;
use crate::content::model::{Article, Card, Index, Site};
use crate::content::url::scheme_of;
use crate::i18n::negotiate::is_rtl;
use crate::i18n::words;
use crate::listing::recommend::pick;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Beside each article's page: the article as a fragment for host pages, and its head tags.
pub const FRAGMENT: &str = "fragment.html";
pub const FRAGMENT_HEAD: &str = "fragment-head.html";

pub struct Options {
    /// The built app (`dist/`); pages are written into it.
    pub out: PathBuf,
    /// The absolute URL the site is served at, when site.json has no `canonical_base`.
    pub base_url: Option<String>,
    /// The path the app is served under on its host (`data-base-path`), `""` at the root.
    pub base_path: String,
    /// Where the pages read the content (`data-endpoint`): relative to the app, or absolute.
    pub endpoint: String,
    /// Where a host page that embeds a fragment serves Folio's files (`boot.js`'s
    /// folder), for the stylesheet link in `fragment-head.html`; `None`: the base path.
    pub assets_url: Option<String>,
}

#[derive(Debug, Default)]
pub struct Summary {
    pub articles: usize,
    /// Pages of an earlier publish whose article is gone.
    pub removed: usize,
    pub listings: usize,
    pub feeds: usize,
}

/// What every output of one publish shares.
struct Run<'t> {
    tree: &'t Tree,
    site: Arc<Site>,
    /// The site's absolute URL, without a trailing `/`.
    site_url: String,
    /// The app's base path, without a trailing `/`.
    base: String,
    /// The endpoint as the pages' app reads it, and as absolute URLs (for previews).
    endpoint: Endpoint,
    absolute_endpoint: Endpoint,
    template: Template,
    out: PathBuf,
    /// `<link rel="stylesheet">` to Folio's stylesheet, for host pages with a fragment.
    stylesheet_link: String,
}

impl Run<'_> {
    fn article_url(&self, lang: &str, slug: &str) -> String {
        canonical_article_url(Some(&self.site_url), "", "", lang, slug)
    }

    fn listing_url(&self, lang: &str) -> String {
        format!("{}/{lang}/", self.site_url)
    }

    fn feed_link(&self, lang: &str) -> String {
        format!(
            r#"<link data-folio-prerender rel="alternate" type="application/atom+xml" title="{}" href="{}">"#,
            super::html::esc(&self.site.name),
            super::html::esc(&format!("{}/{lang}/feed.xml", self.site_url))
        )
    }

    fn page<'p>(&'p self, lang: &'p str) -> Page<'p> {
        Page {
            site: &self.site,
            lang,
            base: &self.base,
            endpoint: &self.endpoint,
        }
    }
}

/// Cards for an article's language, from its index or, without one, its articles.
fn cards(tree: &Tree, lang: &str) -> Arc<Index> {
    match tree.languages.get(lang).and_then(|l| l.index.clone()) {
        Some(index) => Arc::new(index),
        None => {
            let mut cards: Vec<Card> = tree.languages[lang]
                .articles
                .values()
                .map(super::index::card_of)
                .collect();
            super::index::newest_first(&mut cards);
            Arc::new(Index {
                articles: cards,
                ..Index::default()
            })
        }
    }
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Copies the content tree where the pages will read it (a relative endpoint only).
/// `skip` is the output folder, which may lie inside the tree: never copied into itself.
fn copy_tree(from: &Path, to: &Path, skip: &Path) -> Result<(), String> {
    if from.canonicalize().ok() == to.canonicalize().ok() {
        return Ok(());
    }
    fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for entry in fs::read_dir(from)
        .map_err(|e| format!("{}: {e}", from.display()))?
        .flatten()
    {
        let path = entry.path();
        if path.canonicalize().ok().as_deref() == Some(skip) {
            continue;
        }
        let target = to.join(entry.file_name());
        if path.is_dir() {
            copy_tree(&path, &target, skip)?;
        } else {
            fs::copy(&path, &target).map_err(|e| format!("{}: {e}", target.display()))?;
        }
    }
    Ok(())
}

/// The link to the build's hashed stylesheet at `assets` (a host page that shows a
/// fragment before the app runs needs Folio's styles then); empty when the build has none.
fn stylesheet_link(out: &Path, assets: &str) -> String {
    let css = fs::read_dir(out).ok().and_then(|entries| {
        entries
            .flatten()
            .filter_map(|e| e.file_name().into_string().ok())
            .find(|n| n.starts_with("folio") && n.ends_with(".css"))
    });
    match css {
        Some(name) => format!(
            r#"<link rel="stylesheet" href="{}">"#,
            super::html::esc(&format!("{}/{name}", assets.trim_end_matches('/')))
        ),
        None => {
            eprintln!(
                "warning: {} has no folio-HASH.css: fragment-head.html links no stylesheet",
                out.display()
            );
            String::new()
        }
    }
}

/// Checks the options against the tree and the build, and copies the content where the
/// pages will read it.
fn prepare<'t>(tree: &'t Tree, options: &Options) -> Result<Run<'t>, String> {
    let site = tree.site.as_ref().ok_or("site.json does not decode")?;
    let site_url = site
        .canonical_base
        .clone()
        .or_else(|| options.base_url.clone())
        .ok_or("absolute URLs need a base: set canonical_base in site.json or pass --base-url")?;
    let site_url = site_url.trim_end_matches('/').to_string();
    if !matches!(scheme_of(&site_url).as_deref(), Some("http" | "https")) {
        return Err(format!("--base-url {site_url:?} must be an absolute http or https URL"));
    }
    let base = options.base_path.trim_end_matches('/').to_string();
    let bad_endpoint = || format!("--endpoint {:?} must be a path or an http(s) URL", options.endpoint);
    let endpoint = Endpoint::new(&options.endpoint, &base).ok_or_else(bad_endpoint)?;
    let absolute_endpoint = if scheme_of(endpoint.as_str()).is_some() {
        endpoint.clone()
    } else {
        let (origin, _) = split_origin(&site_url);
        Endpoint::new(&format!("{origin}{}", endpoint.as_str()), "").ok_or_else(bad_endpoint)?
    };
    let index_html = options.out.join("index.html");
    let template = Template::new(fs::read_to_string(&index_html).map_err(|e| {
        format!(
            "{}: {e} (build the app first: trunk build --release)",
            index_html.display()
        )
    })?)?;
    if options.endpoint != "content/" && !template.sets_endpoint(&options.endpoint) {
        eprintln!(
            "warning: index.html has no data-endpoint=\"{}\": Folio in the published pages will read content/ (see README, Pointing Folio at your content)",
            options.endpoint
        );
    }
    if scheme_of(&options.endpoint).is_none() && !options.endpoint.starts_with('/') {
        let skip = options
            .out
            .canonicalize()
            .map_err(|e| format!("{}: {e}", options.out.display()))?;
        copy_tree(
            &tree.root,
            &options.out.join(options.endpoint.trim_end_matches('/')),
            &skip,
        )?;
    }
    let stylesheet_link = stylesheet_link(
        &options.out,
        options.assets_url.as_deref().unwrap_or(&format!("{base}/")),
    );
    Ok(Run {
        tree,
        stylesheet_link,
        site: Arc::new(site.clone()),
        site_url,
        base,
        endpoint,
        absolute_endpoint,
        template,
        out: options.out.clone(),
    })
}

/// One article's page; its sitemap entry.
fn publish_article(run: &Run, lang: &str, a: &Article, index: &Index) -> Result<SitemapEntry, String> {
    let versions: Vec<(String, String)> = versions(a, lang, |l, s| run.tree.article(l, s).is_some())
        .into_iter()
        .map(|(l, s)| (l.to_string(), run.article_url(l, s)))
        .collect();
    let url = versions[0].1.clone();
    let cards = pick(a, &index.articles, run.site.recommended);
    let dir = run.out.join(lang).join("article").join(&a.slug);
    // For a host page that embeds the article: its markup, and the head tags it may copy.
    let fragment = article_fragment(&run.page(lang), a, &url, cards.clone());
    write(&dir.join(FRAGMENT), &format!("{fragment}\n"))?;
    let host_head = article_head(a, &run.site, &versions, &run.absolute_endpoint, For::Host);
    write(
        &dir.join(FRAGMENT_HEAD),
        &format!("{}{host_head}\n", run.stylesheet_link),
    )?;
    let body = article_page(&run.page(lang), a, &url, cards);
    let head = format!(
        "{}{}",
        article_head(a, &run.site, &versions, &run.absolute_endpoint, For::Page),
        run.feed_link(lang)
    );
    let html = run
        .template
        .page(lang, is_rtl(lang), &article_title(a, &run.site), &head, &body);
    write(&dir.join("index.html"), &html)?;
    Ok(SitemapEntry {
        url,
        lastmod: a.updated.clone().unwrap_or_else(|| a.date.iso()),
        alternates: versions,
    })
}

/// Every article of a language, one share of them per core; their sitemap entries.
fn publish_articles(run: &Run, lang: &str, index: &Index) -> Result<Vec<SitemapEntry>, String> {
    let all: Vec<&Article> = run.tree.languages[lang].articles.values().collect();
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    let share = all.len().div_ceil(workers).max(1);
    let done: Vec<Result<Vec<SitemapEntry>, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = all
            .chunks(share)
            .map(|chunk| {
                scope.spawn(|| {
                    chunk
                        .iter()
                        .map(|a| publish_article(run, lang, a, index))
                        .collect::<Result<Vec<_>, _>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|_| Err("a publishing thread failed".into())))
            .collect()
    });
    let mut entries = Vec::new();
    for part in done {
        entries.extend(part?);
    }
    Ok(entries)
}

/// The listing's first page; its sitemap entry.
fn publish_listing(run: &Run, lang: &str, index: Arc<Index>, languages: &[&String]) -> Result<SitemapEntry, String> {
    let w = words(lang);
    let title = format!("{} – {}", w.articles_heading, run.site.name);
    let mut versions: Vec<(String, String)> = languages.iter().map(|l| (l.to_string(), run.listing_url(l))).collect();
    versions.sort_by_key(|(l, _)| l != lang);
    let head = format!("{}{}", listing_head(&run.site, &title, &versions), run.feed_link(lang));
    let lastmod = index
        .articles
        .first()
        .map(|c| c.date.iso())
        .unwrap_or_else(|| "1970-01-01".into());
    let body = listing_page(&run.page(lang), index);
    write(
        &run.out.join(lang).join("index.html"),
        &run.template.page(lang, is_rtl(lang), &title, &head, &body),
    )?;
    Ok(SitemapEntry {
        url: run.listing_url(lang),
        lastmod,
        alternates: versions,
    })
}

/// The language's Atom feed: the newest articles, as the index orders them.
fn publish_feed(run: &Run, lang: &str) -> Result<(), String> {
    let mut newest: Vec<&Article> = run.tree.languages[lang].articles.values().collect();
    newest.sort_by(|a, b| {
        b.date
            .cmp(&a.date)
            .then_with(|| atom_time(b).cmp(&atom_time(a)))
            .then_with(|| a.slug.cmp(&b.slug))
    });
    let feed = atom(
        &run.site,
        lang,
        &newest,
        &run.listing_url(lang),
        &format!("{}/{lang}/feed.xml", run.site_url),
        &|a: &Article| run.article_url(lang, &a.slug),
    );
    write(&run.out.join(lang).join("feed.xml"), &feed)
}

/// `robots.txt` naming the sitemap, unless the output already has one of its own.
fn publish_robots(run: &Run) -> Result<bool, String> {
    let path = run.out.join("robots.txt");
    if path.exists() {
        return Ok(false);
    }
    let text = format!("User-agent: *\nAllow: /\n\nSitemap: {}/sitemap.xml\n", run.site_url);
    write(&path, &text).map(|_| true)
}

pub fn publish(tree: &Tree, options: &Options) -> Result<Summary, String> {
    let run = prepare(tree, options)?;
    let mut summary = Summary::default();
    let mut entries = Vec::new();
    let published: Vec<&String> = run
        .site
        .languages
        .iter()
        .filter(|l| tree.languages.contains_key(*l))
        .collect();
    for lang in &published {
        let lang = lang.as_str();
        let articles = &tree.languages[lang].articles;
        summary.removed += remove_stale(&run.out.join(lang).join("article"), |slug| articles.contains_key(slug))?;
        let index = cards(tree, lang);
        let pages = publish_articles(&run, lang, &index)?;
        summary.articles += pages.len();
        entries.extend(pages);
        entries.push(publish_listing(&run, lang, index, &published)?);
        summary.listings += 1;
        publish_feed(&run, lang)?;
        summary.feeds += 1;
    }
    write(&run.out.join("sitemap.xml"), &sitemap(&entries))?;
    publish_robots(&run)?;
    Ok(summary)
}

/// Removes the published pages under `dir` whose article no longer exists: only folders
/// holding nothing but what `publish` writes there (a page with Folio's prerendered
/// root, and the fragment files).
fn remove_stale(dir: &Path, exists: impl Fn(&str) -> bool) -> Result<usize, String> {
    let Ok(entries) = fs::read_dir(dir) else { return Ok(0) };
    let mut removed = 0;
    for entry in entries.flatten() {
        let Ok(slug) = entry.file_name().into_string() else {
            continue;
        };
        let page = entry.path().join("index.html");
        let ours_only = fs::read_dir(entry.path()).is_ok_and(|files| {
            files.flatten().all(|f| {
                let name = f.file_name();
                name == "index.html" || name == FRAGMENT || name == FRAGMENT_HEAD
            })
        });
        let ours = fs::read_to_string(&page).is_ok_and(|html| html.contains(r#"id="folio-prerender""#));
        if !exists(&slug) && ours_only && ours {
            fs::remove_dir_all(entry.path()).map_err(|e| format!("{}: {e}", entry.path().display()))?;
            removed += 1;
        }
    }
    Ok(removed)
}
