//! `publish`: every article and listing of a checked tree as a static page in a built
//! `dist/`, plus the sitemap and a feed per language.

use super::feeds::{atom, atom_time, sitemap, SitemapEntry};
use super::head::{article_head, article_title, listing_head};
use super::markup::{article, header, listing, Page};
use super::page::Template;
use super::resolve::{split_origin, PageEndpoint};
use super::tree::Tree;
use crate::content::model::{Article, Card, Index};
use crate::content::url::scheme_of;
use crate::i18n::choices::ArticleLanguages;
use crate::i18n::negotiate::is_rtl;
use crate::i18n::words;
use std::borrow::Cow;
use std::fs;
use std::path::{Path, PathBuf};

pub struct Options {
    /// The built app (`dist/`); pages are written into it.
    pub out: PathBuf,
    /// The absolute URL the site is served at, when site.json has no `canonical_base`.
    pub base_url: Option<String>,
    /// The path the app is served under on its host (`data-base-path`), `""` at the root.
    pub base_path: String,
    /// Where the pages read the content (`data-endpoint`): relative to the app, or absolute.
    pub endpoint: String,
}

#[derive(Debug, Default)]
pub struct Summary {
    pub articles: usize,
    /// Pages of an earlier publish whose article is gone.
    pub removed: usize,
    pub listings: usize,
    pub feeds: usize,
}

/// Cards for an article's language, from its index or, without one, its articles.
fn cards<'t>(tree: &'t Tree, lang: &str) -> Cow<'t, Index> {
    match tree.languages.get(lang).and_then(|l| l.index.as_ref()) {
        Some(index) => Cow::Borrowed(index),
        None => {
            let mut cards: Vec<Card> = tree.languages[lang]
                .articles
                .values()
                .map(super::index::card_of)
                .collect();
            super::index::newest_first(&mut cards);
            Cow::Owned(Index { articles: cards })
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

pub fn publish(tree: &Tree, options: &Options) -> Result<Summary, String> {
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
    let absolute_endpoint = scheme_of(&options.endpoint).is_some();
    let (page_endpoint, abs_endpoint) = if absolute_endpoint {
        (
            PageEndpoint::new(&options.endpoint),
            PageEndpoint::new(&options.endpoint),
        )
    } else if let Some(root_relative) = options.endpoint.strip_prefix('/') {
        let (origin, _) = split_origin(&site_url);
        (
            PageEndpoint::new(&options.endpoint),
            PageEndpoint::new(&format!("{origin}/{root_relative}")),
        )
    } else {
        (
            PageEndpoint::new(&format!("{base}/{}", options.endpoint)),
            PageEndpoint::new(&format!("{site_url}/{}", options.endpoint)),
        )
    };
    let template = Template::new(fs::read_to_string(options.out.join("index.html")).map_err(|e| {
        format!(
            "{}: {e} (build the app first: trunk build --release)",
            options.out.join("index.html").display()
        )
    })?)?;
    if options.endpoint != "content/" && !template.sets_endpoint(&options.endpoint) {
        eprintln!(
            "warning: index.html has no data-endpoint=\"{}\": Folio in the published pages will read content/ (see README, Pointing Folio at your content)",
            options.endpoint
        );
    }
    if !absolute_endpoint && !options.endpoint.starts_with('/') {
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
    let url_of = |lang: &str, slug: &str| format!("{site_url}/{lang}/article/{slug}");
    let listing_url = |lang: &str| format!("{site_url}/{lang}/");
    let mut summary = Summary::default();
    let mut entries = Vec::new();
    let published: Vec<&String> = site
        .languages
        .iter()
        .filter(|l| tree.languages.contains_key(*l))
        .collect();
    let listing_versions: Vec<(String, String)> = published.iter().map(|l| (l.to_string(), listing_url(l))).collect();

    for lang in &published {
        let lang = lang.as_str();
        let p = Page {
            site,
            lang,
            base: &base,
            endpoint: &page_endpoint,
        };
        let index = cards(tree, lang);
        let articles = &tree.languages[lang].articles;
        summary.removed += remove_stale(&options.out.join(lang).join("article"), |slug| {
            articles.contains_key(slug)
        })?;
        // Pages are independent: one share of the articles per core.
        let all: Vec<&Article> = articles.values().collect();
        let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
        let share = all.len().div_ceil(workers).max(1);
        let page_of = |a: &Article| -> Result<SitemapEntry, String> {
            let mut versions = vec![(lang.to_string(), url_of(lang, &a.slug))];
            versions.extend(
                a.translations
                    .iter()
                    .filter(|(l, s)| *l != lang && tree.article(l, s).is_some())
                    .map(|(l, s)| (l.clone(), url_of(l, s))),
            );
            let here = ArticleLanguages {
                lang: lang.to_string(),
                slug: a.slug.clone(),
                translations: a.translations.clone(),
            };
            let content = format!(
                r#"{}<main class="folio-main" id="folio-main">{}</main>"#,
                header(&p, Some(&here)),
                article(&p, a, &versions[0].1, &index.articles)
            );
            let head = format!(
                "{}{}",
                article_head(a, site, &versions, &abs_endpoint),
                feed_link(site, lang, &site_url)
            );
            let html = template.page(lang, is_rtl(lang), &article_title(a, site), &head, &content);
            write(
                &options.out.join(lang).join("article").join(&a.slug).join("index.html"),
                &html,
            )?;
            Ok(SitemapEntry {
                url: versions[0].1.clone(),
                lastmod: a.updated.clone().unwrap_or_else(|| a.date.iso()),
                alternates: versions,
            })
        };
        let done: Vec<Result<Vec<SitemapEntry>, String>> = std::thread::scope(|scope| {
            let handles: Vec<_> = all
                .chunks(share)
                .map(|chunk| scope.spawn(|| chunk.iter().map(|a| page_of(a)).collect::<Result<Vec<_>, _>>()))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|_| Err("a publishing thread failed".into())))
                .collect()
        });
        for part in done {
            let part = part?;
            summary.articles += part.len();
            entries.extend(part);
        }
        // The listing, first page.
        let w = words(lang);
        let title = format!("{} – {}", w.articles_heading, site.name);
        let content = format!(
            r#"{}<main class="folio-main" id="folio-main">{}</main>"#,
            header(&p, None),
            listing(&p, &index)
        );
        let mut versions = listing_versions.clone();
        versions.sort_by_key(|(l, _)| l != lang);
        let head = format!(
            "{}{}",
            listing_head(site, &title, &versions),
            feed_link(site, lang, &site_url)
        );
        write(
            &options.out.join(lang).join("index.html"),
            &template.page(lang, is_rtl(lang), &title, &head, &content),
        )?;
        entries.push(SitemapEntry {
            url: listing_url(lang),
            lastmod: index
                .articles
                .first()
                .map(|c| c.date.iso())
                .unwrap_or_else(|| "1970-01-01".into()),
            alternates: versions,
        });
        summary.listings += 1;
        // The feed: the newest articles, as the index orders them.
        let mut newest: Vec<&Article> = articles.values().collect();
        newest.sort_by(|a, b| {
            b.date
                .cmp(&a.date)
                .then_with(|| atom_time(b).cmp(&atom_time(a)))
                .then_with(|| a.slug.cmp(&b.slug))
        });
        let feed = atom(
            site,
            lang,
            &newest,
            &listing_url(lang),
            &format!("{site_url}/{lang}/feed.xml"),
            &|a: &Article| url_of(lang, &a.slug),
        );
        write(&options.out.join(lang).join("feed.xml"), &feed)?;
        summary.feeds += 1;
    }
    write(&options.out.join("sitemap.xml"), &sitemap(&entries))?;
    Ok(summary)
}

/// Removes the published pages under `dir` whose article no longer exists: only folders
/// holding nothing but a page that `publish` wrote (it has Folio's prerendered root).
fn remove_stale(dir: &Path, exists: impl Fn(&str) -> bool) -> Result<usize, String> {
    let Ok(entries) = fs::read_dir(dir) else { return Ok(0) };
    let mut removed = 0;
    for entry in entries.flatten() {
        let Ok(slug) = entry.file_name().into_string() else {
            continue;
        };
        let page = entry.path().join("index.html");
        let only_a_page = fs::read_dir(entry.path()).map(|e| e.count() == 1).unwrap_or(false);
        let ours = fs::read_to_string(&page).is_ok_and(|html| html.contains(r#"id="folio-prerender""#));
        if !exists(&slug) && only_a_page && ours {
            fs::remove_dir_all(entry.path()).map_err(|e| format!("{}: {e}", entry.path().display()))?;
            removed += 1;
        }
    }
    Ok(removed)
}

fn feed_link(site: &crate::content::model::Site, lang: &str, site_url: &str) -> String {
    format!(
        r#"<link data-folio-prerender rel="alternate" type="application/atom+xml" title="{}" href="{}">"#,
        super::html::esc(&site.name),
        super::html::esc(&format!("{site_url}/{lang}/feed.xml"))
    )
}
