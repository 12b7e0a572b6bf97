//! `publish`: every article and listing of a checked tree as a static page in a built
//! `dist/`, plus the sitemap, a feed per language and `robots.txt`, and the content
//! copied where the pages read it. With the last run's manifest it is incremental: an
//! article's page is written when its key changed (`plan`), content files when they
//! changed (`sync`), and the listing, feeds and sitemap when their text did.

use crate::check::meta::feed_key;
use crate::check::tree::Tree;
use crate::disk::failure::Stop;
use crate::disk::write::{write, write_if_changed, Batch};
use crate::publish::feeds::{atom, sitemap, SitemapEntry, FEED_SIZE};
use crate::publish::head::{article_head, article_title, lead_preload, listing_head, For};
use crate::publish::manifest::{self, Manifest, Place};
use crate::publish::plan::{card_key, page_key, picked_from_index, plan, versions};
use crate::publish::render::{article_fragment, article_page, listing_page};
use crate::publish::run::{prepare, Run};
pub use crate::publish::run::{Options, Summary};
use crate::publish::sync::sync;
use crate::publish::web_files::WebFiles;
use folio_core::content::decode::decode_article;
use folio_core::content::model::{Article, Card, Index};
use folio_core::i18n::negotiate::is_rtl;
use folio_core::i18n::words;
use folio_core::listing::recommend::pick;
use rayon::prelude::*;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Beside each article's page: the article as a fragment for host pages, and its head tags.
pub const FRAGMENT: &str = "fragment.html";
pub const FRAGMENT_HEAD: &str = "fragment-head.html";

/// An article of the language: as read this run, else read now (its file unchanged
/// since the last publish, which checked it).
fn article_of<'a>(run: &'a Run, lang: &str, slug: &str) -> Result<Cow<'a, Article>, String> {
    if let Some(a) = run.tree.languages[lang].articles.get(slug) {
        return Ok(Cow::Borrowed(a));
    }
    let file = run.tree.root.join(lang).join("articles").join(format!("{slug}.json"));
    let text = fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    decode_article(&text)
        .map(Cow::Owned)
        .map_err(|e| format!("{}: {}", file.display(), e.0))
}

fn article_dir(run: &Run, lang: &str, slug: &str) -> PathBuf {
    run.out.join(lang).join("article").join(slug)
}

/// One article's page, with its fragment files, staged in `batch`. `versions`:
/// `(language, slug)`.
fn publish_article(
    run: &Run,
    lang: &str,
    a: &Article,
    versions: &[(String, String)],
    index: &[Card],
    batch: &Batch,
) -> Result<(), Stop> {
    let versions: Vec<(String, String)> = versions
        .iter()
        .map(|(l, s)| (l.clone(), run.article_url(l, s)))
        .collect();
    let url = versions[0].1.clone();
    let cards = pick(a, index, run.site.recommended);
    let dir = article_dir(run, lang, &a.slug);
    // For a host page that embeds the article: its markup, and the head tags it may copy.
    let fragment = article_fragment(&run.page(lang), a, &url, cards.clone());
    batch.write(&dir.join(FRAGMENT), format!("{fragment}\n"))?;
    let host_head = article_head(a, &run.site, &versions, &run.absolute_endpoint, For::Host);
    batch.write(
        &dir.join(FRAGMENT_HEAD),
        format!("{}{host_head}\n", run.stylesheet_link),
    )?;
    let body = article_page(&run.page(lang), a, &url, cards);
    let head = format!(
        "{}{}{}",
        article_head(a, &run.site, &versions, &run.absolute_endpoint, For::Page),
        lead_preload(a, &run.endpoint),
        run.feed_link(lang)
    );
    let html = run
        .template
        .page(lang, is_rtl(lang), &article_title(a, &run.site), &head, &body);
    batch.write(&dir.join("index.html"), &html)?;
    Ok(())
}

/// An article's slug, the languages its page links, `(language, slug)`, and its key.
type Keyed<'m> = (&'m String, Vec<(String, String)>, u64);

/// The language's article pages: those whose key differs from `before`'s (all without
/// it) are written, those of articles gone are removed. Returns every page's key, and
/// the sitemap's entries.
fn publish_articles(
    run: &Run,
    lang: &str,
    index: &[Card],
    before: Option<&BTreeMap<String, u64>>,
    summary: &mut Summary,
) -> Result<(BTreeMap<String, u64>, Vec<SitemapEntry>), Stop> {
    let metas = &run.tree.languages[lang].metas;
    let exists = |l: &str, s: &str| run.tree.meta(l, s).is_some();
    let card_keys: HashMap<&str, u64> = index.iter().map(|c| (c.slug.as_str(), card_key(c))).collect();
    let keyed: Vec<Keyed> = metas
        .par_iter()
        .map(|(slug, meta)| {
            let versions = versions(lang, slug, meta, exists);
            let picked: Vec<u64> = picked_from_index(slug, meta, index, run.site.recommended)
                .into_iter()
                .map(|c| card_keys.get(c.slug.as_str()).copied().unwrap_or_else(|| card_key(c)))
                .collect();
            let key = page_key(run.key, meta, &versions, &picked);
            (slug, versions, key)
        })
        .collect();
    let keys: BTreeMap<String, u64> = keyed.iter().map(|(s, _, k)| ((*s).clone(), *k)).collect();
    // Whether each page is still there, looked at in parallel (a stat each).
    let missing: BTreeSet<&str> = keyed
        .par_iter()
        .filter(|(slug, _, _)| !article_dir(run, lang, slug).join("index.html").is_file())
        .map(|(slug, _, _)| slug.as_str())
        .collect();
    let todo = plan(lang, &keys, before, |slug| !missing.contains(slug));
    let of_slug: BTreeMap<&str, &Vec<(String, String)>> = keyed.iter().map(|(s, v, _)| (s.as_str(), v)).collect();
    // The language's pages are put in place together, flushed to the disk at once.
    let batch = Batch::new();
    todo.write
        .par_iter()
        .map(|slug| {
            let a = article_of(run, lang, slug)?;
            publish_article(run, lang, &a, of_slug[slug.as_str()], index, &batch)
        })
        .collect::<Result<Vec<()>, Stop>>()?;
    batch.commit()?;
    summary.articles += todo.write.len();
    summary.kept += todo.kept;
    let folder = run.out.join(lang).join("article");
    summary.removed += match before {
        Some(_) => remove_pages(&folder, &todo.remove)?,
        None => remove_stale(&folder, |slug| metas.contains_key(slug))?,
    };
    let entries = keyed
        .into_iter()
        .map(|(slug, versions, _)| {
            let alternates: Vec<(String, String)> = versions
                .iter()
                .map(|(l, s)| (l.clone(), run.article_url(l, s)))
                .collect();
            SitemapEntry {
                url: alternates[0].1.clone(),
                lastmod: metas[slug].lastmod(),
                alternates,
            }
        })
        .collect();
    Ok((keys, entries))
}

/// The listing's first page; its sitemap entry.
fn publish_listing(run: &Run, lang: &str, index: Arc<Index>, languages: &[&String]) -> Result<SitemapEntry, Stop> {
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
    write_if_changed(
        &run.out.join(lang).join("index.html"),
        run.template.page(lang, is_rtl(lang), &title, &head, &body),
    )?;
    Ok(SitemapEntry {
        url: run.listing_url(lang),
        lastmod,
        alternates: versions,
    })
}

/// The language's Atom feed: its newest articles.
fn publish_feed(run: &Run, lang: &str) -> Result<(), Stop> {
    let metas = &run.tree.languages[lang].metas;
    let mut newest: Vec<(&String, &crate::check::meta::Meta)> = metas.iter().collect();
    newest.sort_by_cached_key(|(slug, meta)| feed_key(slug, meta));
    let updated = metas.values().map(|m| m.atom_time()).max();
    let articles = newest
        .iter()
        .take(FEED_SIZE)
        .map(|(slug, _)| article_of(run, lang, slug))
        .collect::<Result<Vec<_>, _>>()?;
    let refs: Vec<&Article> = articles.iter().map(|a| a.as_ref()).collect();
    let feed = atom(
        &run.site,
        lang,
        &refs,
        updated,
        &run.listing_url(lang),
        &format!("{}/{lang}/feed.xml", run.site_url),
        &|a: &Article| run.article_url(lang, &a.slug),
    );
    write_if_changed(&run.out.join(lang).join("feed.xml"), &feed)?;
    Ok(())
}

/// `robots.txt` naming the sitemap, unless the output already has one of its own.
fn publish_robots(run: &Run) -> Result<bool, Stop> {
    let path = run.out.join("robots.txt");
    if path.exists() {
        return Ok(false);
    }
    let text = format!("User-agent: *\nAllow: /\n\nSitemap: {}/sitemap.xml\n", run.site_url);
    write(&path, &text)?;
    Ok(true)
}

/// Publishes the tree into `options.out`; `before` is the last run's manifest (none:
/// every page is written), kept at `place`, and `tool` the hash of this folio-cli, kept
/// in the new one.
pub fn publish(
    tree: &Tree,
    options: &Options,
    place: &Place,
    before: Option<&Manifest>,
    tool: Option<u64>,
) -> Result<Summary, Stop> {
    let run = prepare(tree, options)?;
    manifest::remove_old(&run.out)?;
    manifest::set_aside(place)?;
    let mut summary = Summary {
        incremental: before.is_some(),
        ..Summary::default()
    };
    let mut after = Manifest::default();
    if let Some(to) = &run.copy_to {
        let skip = options
            .out
            .canonicalize()
            .map_err(|e| format!("{}: {e}", options.out.display()))?;
        let synced = sync(&tree.root, to, &skip, before.map(|m| &m.content), &WebFiles::of(tree))?;
        summary.copied = synced.copied;
        summary.uncopied = synced.removed;
        summary.left_out = synced.left_out;
        after.content = synced.seen;
    }
    let published: Vec<&String> = run
        .site
        .languages
        .iter()
        .filter(|l| tree.languages.contains_key(*l))
        .collect();
    let mut entries = Vec::new();
    for lang in &published {
        let lang = lang.as_str();
        let language = &tree.languages[lang];
        let index = Arc::new(language.index.clone().unwrap_or_default());
        let (keys, pages) = publish_articles(&run, lang, &index.articles, before.map(|m| &m.pages), &mut summary)?;
        entries.extend(pages);
        entries.push(publish_listing(&run, lang, index, &published)?);
        summary.listings += 1;
        publish_feed(&run, lang)?;
        summary.feeds += 1;
        after
            .pages
            .extend(keys.into_iter().map(|(slug, k)| (format!("{lang}/{slug}"), k)));
        after.metas.extend(
            language
                .metas
                .iter()
                .map(|(slug, m)| (format!("{lang}/{slug}"), m.clone())),
        );
        if run.copy_to.is_none() {
            after.articles.extend(
                language
                    .seen
                    .iter()
                    .map(|(slug, s)| (format!("{lang}/articles/{slug}.json"), *s)),
            );
        }
    }
    write_if_changed(&run.out.join("sitemap.xml"), sitemap(&entries))?;
    publish_robots(&run)?;
    manifest::write_manifest(place, after, before, tool)?;
    Ok(summary)
}

/// Removes the pages of these articles (gone since the last run), when they hold only
/// what `publish` writes; how many.
fn remove_pages(dir: &Path, slugs: &[String]) -> Result<usize, String> {
    remove_stale_among(dir, slugs.iter().cloned(), |_| false)
}

/// Removes the published pages under `dir` whose article no longer exists: only folders
/// holding nothing but what `publish` writes there (a page with Folio's prerendered
/// root, and the fragment files).
fn remove_stale(dir: &Path, exists: impl Fn(&str) -> bool) -> Result<usize, String> {
    let Ok(entries) = fs::read_dir(dir) else { return Ok(0) };
    let slugs = entries.flatten().filter_map(|e| e.file_name().into_string().ok());
    remove_stale_among(dir, slugs, exists)
}

/// `remove_stale` for these folders of `dir` only.
fn remove_stale_among(
    dir: &Path,
    slugs: impl Iterator<Item = String>,
    exists: impl Fn(&str) -> bool,
) -> Result<usize, String> {
    let mut removed = 0;
    for slug in slugs {
        let folder = dir.join(&slug);
        let page = folder.join("index.html");
        let ours_only = fs::read_dir(&folder).is_ok_and(|files| {
            files.flatten().all(|f| {
                let name = f.file_name();
                name == "index.html" || name == FRAGMENT || name == FRAGMENT_HEAD
            })
        });
        let ours = fs::read_to_string(&page).is_ok_and(|html| html.contains(r#"id="folio-prerender""#));
        if !exists(&slug) && ours_only && ours {
            fs::remove_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
            removed += 1;
        }
    }
    Ok(removed)
}
