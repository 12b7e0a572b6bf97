//! What every output of one publish shares (`Run`): the options checked against the
//! tree and the build, the template, the URLs; and the key of the run (`run`), which
//! every page's key includes.

use crate::check::tree::Tree;
use crate::disk::stamp::hash;
use crate::publish::page::Template;
use crate::publish::render::Page;
use folio_core::content::endpoint::{split_origin, Endpoint};
use folio_core::content::files::canonical_article_url;
use folio_core::content::model::Site;
use folio_core::content::url::scheme_of;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

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
    /// Article pages written.
    pub articles: usize,
    /// Article pages kept as the last run wrote them.
    pub kept: usize,
    /// Pages of an earlier publish whose article is gone.
    pub removed: usize,
    pub listings: usize,
    pub feeds: usize,
    /// Content files copied, and removed from the copy.
    pub copied: usize,
    pub uncopied: usize,
    /// The tree's files that are not published (not copied), by their path in the tree.
    pub left_out: Vec<String>,
    /// Whether the last run's manifest was used.
    pub incremental: bool,
}

/// What every output of one publish shares.
pub struct Run<'t> {
    pub tree: &'t Tree,
    pub site: Arc<Site>,
    /// The site's absolute URL, without a trailing `/`.
    pub site_url: String,
    /// The app's base path, without a trailing `/`.
    pub base: String,
    /// The endpoint as the pages' app reads it, and as absolute URLs (for previews).
    pub endpoint: Endpoint,
    pub absolute_endpoint: Endpoint,
    pub template: Template,
    pub out: PathBuf,
    /// `<link rel="stylesheet">` to Folio's stylesheet, for host pages with a fragment.
    pub stylesheet_link: String,
    /// Where the tree is copied for the pages (a relative endpoint), else `None`.
    pub copy_to: Option<PathBuf>,
    /// The hash of what every page is made from besides its article: the template,
    /// site.json, the options (`plan::page_key`).
    pub key: u64,
}

impl Run<'_> {
    pub fn article_url(&self, lang: &str, slug: &str) -> String {
        canonical_article_url(Some(&self.site_url), "", "", lang, slug)
    }

    pub fn listing_url(&self, lang: &str) -> String {
        format!("{}/{lang}/", self.site_url)
    }

    pub fn feed_link(&self, lang: &str) -> String {
        format!(
            r#"<link data-folio-prerender rel="alternate" type="application/atom+xml" title="{}" href="{}">"#,
            crate::publish::html::esc(&self.site.name),
            crate::publish::html::esc(&format!("{}/{lang}/feed.xml", self.site_url))
        )
    }

    pub fn page<'p>(&'p self, lang: &'p str) -> Page<'p> {
        Page {
            site: &self.site,
            lang,
            base: &self.base,
            endpoint: &self.endpoint,
        }
    }
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
            crate::publish::html::esc(&format!("{}/{name}", assets.trim_end_matches('/')))
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

/// Checks the options against the tree and the build.
pub fn prepare<'t>(tree: &'t Tree, options: &Options) -> Result<Run<'t>, String> {
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
            "warning: index.html has no data-endpoint=\"{}\": Folio in the published pages will read content/ (see docs/embedding.md, Pointing Folio at your content)",
            options.endpoint
        );
    }
    let copy_to = (scheme_of(&options.endpoint).is_none() && !options.endpoint.starts_with('/'))
        .then(|| options.out.join(options.endpoint.trim_end_matches('/')));
    let stylesheet_link = stylesheet_link(
        &options.out,
        options.assets_url.as_deref().unwrap_or(&format!("{base}/")),
    );
    let site_text = fs::read(tree.root.join("site.json")).unwrap_or_default();
    let key = hash(
        format!(
            "{}\n{}\n{site_url}\n{base}\n{}\n{stylesheet_link}\n",
            hash(template.text().as_bytes()),
            hash(&site_text),
            endpoint.as_str()
        )
        .as_bytes(),
    );
    Ok(Run {
        tree,
        key,
        copy_to,
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
