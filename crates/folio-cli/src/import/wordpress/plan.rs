//! The first pass over the export: which posts are imported, in which language, under
//! which slug (valid and unique per language), which are skipped and why, and every
//! attachment, so the second pass can resolve translations and featured images.

use super::body::plain_text;
use super::paths::{percent_decode, tree_path, uploads_path};
use super::php::{unserialize, Php};
use super::report::ImportReport;
use super::wxr::Item;
use super::Options;
use crate::disk::failure::WriteError;
use crate::disk::write::Batch;
use folio_core::content::decode::is_valid_language;
use folio_core::content::slug::{is_valid_slug, MAX_SLUG_LEN};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// A post that will be imported.
#[derive(Clone, Debug)]
pub struct Planned {
    pub lang: String,
    pub slug: String,
}

/// An image in the media library.
#[derive(Clone, Debug, Default)]
pub struct Attachment {
    pub url: String,
    pub alt: String,
    pub caption: String,
    pub credit: String,
    pub width: Option<u32>,
    pub height: Option<u32>,
}

pub struct Plan {
    pub posts: HashMap<u64, Planned>,
    pub attachments: HashMap<u64, Attachment>,
    /// The languages met, in the order met.
    pub languages: Vec<String>,
    pub report: ImportReport,
    used: HashSet<(String, String)>,
    fallback_lang: Option<String>,
    post_types: Vec<String>,
    /// Published posts with no Polylang language and no `--lang`: id, `wp:post_name`,
    /// title; they take the export's language when it says one (`finish`).
    without_language: Vec<(u64, String, String)>,
    copied: RefCell<HashSet<String>>,
    media_problems: RefCell<Vec<String>>,
    /// The first file that could not be written: the import stops there.
    failed_write: RefCell<Option<WriteError>>,
    /// The articles and copied pictures, put in place together when every post is done.
    pub batch: Batch,
    /// While the addresses the posts name are being collected (`--fetch`, before the
    /// posts are converted): each one `media` is asked for.
    pub collecting: RefCell<Option<Vec<String>>>,
    /// The addresses `--fetch` could not fetch, with why.
    pub fetch_failures: BTreeMap<String, String>,
}

/// A slug by the contract's rule from any text: accents folded, other characters as
/// hyphens, at most 200 characters. May be empty.
pub fn slug_of(text: &str) -> String {
    let decoded = percent_decode(text);
    let folded = folio_core::listing::fold::fold(&decoded);
    let mut slug = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let mut slug = slug.trim_end_matches('-').to_string();
    if slug.len() > MAX_SLUG_LEN {
        slug.truncate(MAX_SLUG_LEN);
        slug = slug.trim_end_matches('-').to_string();
    }
    slug
}

/// The site's language from the export's `<language>` (`en-US`, as WordPress's
/// `bloginfo_rss('language')` writes it): a language code with its region, cased as
/// the contract writes it (`en-US`, `pt-BR`); `None` when it names none.
pub fn export_language(tag: &str) -> Option<String> {
    let mut parts = tag.trim().split(['-', '_']);
    let language = parts.next()?.to_ascii_lowercase();
    let region: Vec<String> = parts
        .map(|p| {
            if p.len() == 2 {
                p.to_ascii_uppercase()
            } else {
                p.to_string()
            }
        })
        .collect();
    let code = std::iter::once(language).chain(region).collect::<Vec<_>>().join("-");
    is_valid_language(&code).then_some(code)
}

fn attachment_of(item: &Item) -> Attachment {
    let metadata = item.meta("_wp_attachment_metadata").and_then(|m| unserialize(m).ok());
    let size = |key: &str| {
        metadata
            .as_ref()
            .and_then(|m| m.get(key))
            .and_then(Php::as_int)
            .and_then(|n| u32::try_from(n).ok())
            .filter(|n| *n > 0)
    };
    Attachment {
        url: item.attachment_url.clone(),
        alt: plain_text(item.meta("_wp_attachment_image_alt").unwrap_or("")),
        caption: plain_text(&item.excerpt),
        credit: plain_text(&item.content),
        width: size("width"),
        height: size("height"),
    }
}

impl Plan {
    pub fn new(options: &Options) -> Plan {
        Plan {
            posts: HashMap::new(),
            attachments: HashMap::new(),
            languages: Vec::new(),
            report: ImportReport::default(),
            used: HashSet::new(),
            fallback_lang: options.lang.clone(),
            post_types: options.post_types.clone(),
            without_language: Vec::new(),
            copied: RefCell::new(HashSet::new()),
            media_problems: RefCell::new(Vec::new()),
            failed_write: RefCell::new(None),
            batch: Batch::new(),
            collecting: RefCell::new(None),
            fetch_failures: BTreeMap::new(),
        }
    }

    pub fn add(&mut self, item: Item) {
        if item.post_type == "attachment" {
            self.attachments.insert(item.id, attachment_of(&item));
            return;
        }
        if !self.post_types.contains(&item.post_type) {
            let reason = match item.post_type.as_str() {
                "revision" => "revisions".to_string(),
                "page" => "pages (import them with --post-types post,page)".to_string(),
                other => format!("items of type {other}"),
            };
            return self.report.skip(&reason);
        }
        if item.status != "publish" {
            let reason = match item.status.as_str() {
                "draft" | "auto-draft" => "drafts".to_string(),
                "private" => "private posts".to_string(),
                "trash" => "posts in the trash".to_string(),
                "pending" => "posts pending review".to_string(),
                "future" => "scheduled posts".to_string(),
                other => format!("posts with the status {other:?}"),
            };
            return self.report.skip(&reason);
        }
        if !item.password.is_empty() {
            // Readers need its password on the old site: never published here.
            return self.report.skip("password-protected posts");
        }
        let polylang = item.terms("language").next().map(|t| t.nicename.clone());
        match polylang
            .filter(|l| is_valid_language(l))
            .or_else(|| self.fallback_lang.clone())
        {
            Some(lang) => self.plan_post(item.id, &item.name, &item.title, lang),
            None => self.without_language.push((item.id, item.name, item.title)),
        }
    }

    /// A post that will be imported in `lang`: its slug, valid and unique there, from
    /// `wp:post_name`, else its title (as WordPress makes one), else its id.
    fn plan_post(&mut self, id: u64, name: &str, title: &str, lang: String) {
        if !self.languages.contains(&lang) {
            self.languages.push(lang.clone());
        }
        let base = Some(slug_of(name))
            .filter(|s| !s.is_empty())
            .or_else(|| Some(slug_of(&plain_text(title))).filter(|s| !s.is_empty()))
            .unwrap_or_else(|| format!("post-{id}"));
        let mut slug = base.clone();
        let mut n = 2;
        while self.used.contains(&(lang.clone(), slug.clone())) || !is_valid_slug(&slug) {
            slug = format!(
                "{}-{n}",
                base.chars()
                    .take(MAX_SLUG_LEN - 8)
                    .collect::<String>()
                    .trim_end_matches('-')
            );
            n += 1;
        }
        if slug != name {
            self.report.renamed(id, name, &slug);
        }
        self.used.insert((lang.clone(), slug.clone()));
        self.posts.insert(id, Planned { lang, slug });
    }

    /// After the first pass: posts without a language take the export's (the channel's
    /// `<language>`, `en-US`), and without one the import stops.
    pub fn finish(&mut self, channel_language: &str) -> Result<(), String> {
        if self.without_language.is_empty() {
            return Ok(());
        }
        let Some(lang) = export_language(channel_language) else {
            return Err(format!(
                "{} published post(s) have no Polylang language, and the export names none (<language>): give the language of every post with --lang L",
                self.without_language.len()
            ));
        };
        let posts = std::mem::take(&mut self.without_language);
        self.report.note(
            &format!("in the export's language {lang} (its <language>; --lang L chooses another)"),
            posts.len(),
        );
        for (id, name, title) in posts {
            self.plan_post(id, &name, &title, lang.clone());
        }
        Ok(())
    }

    /// The post's translations from its Polylang group: language → slug, only those
    /// imported, never its own language. The group is the `post_translations` term the
    /// post names by its slug, whose description (in `groups`, from the export's
    /// `<wp:term>`s) is the serialized map; a file that writes the map in the post's own
    /// `<category>` is read too.
    pub fn translations(
        &self,
        item: &Item,
        groups: &HashMap<String, String>,
    ) -> Result<BTreeMap<String, String>, String> {
        let Some(group) = item.terms("post_translations").next() else {
            return Ok(BTreeMap::new());
        };
        let own = self.posts.get(&item.id).map(|p| p.lang.as_str()).unwrap_or("");
        let map = match groups.get(&group.nicename) {
            Some(description) => description.as_str(),
            None if group.label.starts_with("a:") => group.label.as_str(),
            None => {
                return Err(format!(
                    "the translation group {:?} is not among the export's terms",
                    group.nicename
                ))
            }
        };
        let Php::Array(entries) = unserialize(map)? else {
            return Err("the translation group is not an array".into());
        };
        let mut out = BTreeMap::new();
        for (lang, id) in entries {
            let (Some(lang), Some(id)) = (lang.as_key(), id.as_int()) else {
                continue;
            };
            let planned = u64::try_from(id).ok().and_then(|id| self.posts.get(&id));
            if let Some(p) = planned.filter(|p| p.lang == lang && lang != own) {
                out.insert(lang, p.slug.clone());
            }
        }
        Ok(out)
    }

    /// A file's URL as the article writes it: `img/wp/…` when the file is copied from
    /// `--uploads` or was fetched into the tree (`--fetch`), else the URL as it is (with
    /// the reason when one of them was asked for).
    pub fn media(&self, url: &str, options: &Options) -> String {
        if let Some(list) = self.collecting.borrow_mut().as_mut() {
            list.push(url.to_string());
            return url.to_string();
        }
        if options.uploads.is_none() && !options.fetch {
            return url.to_string();
        }
        if !url.contains("/wp-content/uploads/") {
            return url.to_string();
        }
        let Some(rel) = uploads_path(url) else {
            self.media_problems
                .borrow_mut()
                .push(format!("{url}: not a file name; the URL is kept"));
            return url.to_string();
        };
        let target = tree_path(&rel);
        if self.copied.borrow().contains(&rel) {
            return target;
        }
        let from = options.uploads.as_ref().map(|dir| dir.join(&rel));
        if let Some(from) = from.as_ref().filter(|f| f.is_file() || !options.fetch) {
            return self.copy(url, from, &options.into.join(&target), rel, target);
        }
        // --fetch: fetched into the tree before the posts were converted (or by a run
        // before this one).
        if options.into.join(&target).is_file() {
            self.copied.borrow_mut().insert(rel);
            return target;
        }
        let why = self
            .fetch_failures
            .get(url)
            .cloned()
            .unwrap_or_else(|| "was not fetched".to_string());
        self.media_problems
            .borrow_mut()
            .push(format!("{url}: {why}; the URL is kept"));
        url.to_string()
    }

    /// A file of `--uploads` into the tree, staged with the articles.
    fn copy(&self, url: &str, from: &Path, to: &Path, rel: String, target: String) -> String {
        let bytes = match std::fs::read(from) {
            Ok(b) => b,
            Err(e) => {
                let why = if e.kind() == std::io::ErrorKind::NotFound {
                    "is missing".to_string()
                } else {
                    format!("cannot be read: {e}")
                };
                self.media_problems
                    .borrow_mut()
                    .push(format!("{url}: {} {why}; the URL is kept", from.display()));
                return url.to_string();
            }
        };
        if let Err(e) = self.batch.write(to, bytes) {
            self.failed(e);
            return url.to_string();
        }
        self.copied.borrow_mut().insert(rel);
        target
    }

    /// A file that could not be written: the first stops the import.
    pub fn failed(&self, e: WriteError) {
        self.failed_write.borrow_mut().get_or_insert(e);
    }

    /// Whether a write failed: nothing more is written.
    pub fn has_failed(&self) -> bool {
        self.failed_write.borrow().is_some()
    }

    pub fn take_failure(&self) -> Option<WriteError> {
        self.failed_write.borrow_mut().take()
    }

    pub fn take_media_problems(&self) -> Vec<String> {
        std::mem::take(&mut self.media_problems.borrow_mut())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exports_language_with_its_region() {
        assert_eq!(export_language("en-US").as_deref(), Some("en-US"));
        assert_eq!(export_language(" de_de ").as_deref(), Some("de-DE"));
        assert_eq!(export_language("fr").as_deref(), Some("fr"));
        assert_eq!(export_language(""), None);
        assert_eq!(export_language("English"), None);
    }

    /// A post of `lang` in the group `pll_1`, as the second pass sees it.
    fn post(id: u64, lang: &str, label: &str) -> Item {
        Item {
            id,
            post_type: "post".into(),
            status: "publish".into(),
            name: format!("post-{id}"),
            terms: vec![
                super::super::wxr::Term {
                    domain: "language".into(),
                    nicename: lang.into(),
                    label: lang.into(),
                },
                super::super::wxr::Term {
                    domain: "post_translations".into(),
                    nicename: "pll_1".into(),
                    label: label.into(),
                },
            ],
            ..Item::default()
        }
    }

    #[test]
    fn translations_from_the_groups_term_or_inline() {
        let options = Options::for_tests(Default::default(), Default::default(), None);
        let mut plan = Plan::new(&options);
        plan.add(post(1, "en", "pll_1"));
        plan.add(post(2, "de", "pll_1"));
        let map = r#"a:3:{s:2:"en";i:1;s:2:"de";i:2;s:2:"fr";i:9;}"#;
        // As WordPress writes it: the map is the group's description, in its <wp:term>.
        let groups: HashMap<String, String> = [("pll_1".to_string(), map.to_string())].into();
        let en = plan.translations(&post(1, "en", "pll_1"), &groups).unwrap();
        assert_eq!(
            en,
            [("de".to_string(), "post-2".to_string())].into(),
            "fr (9) is not imported"
        );
        // A file that writes the map in the post's own <category>.
        let inline = plan.translations(&post(2, "de", map), &HashMap::new()).unwrap();
        assert_eq!(inline, [("en".to_string(), "post-1".to_string())].into());
        // A group the export does not hold is said.
        let missing = plan.translations(&post(1, "en", "pll_1"), &HashMap::new()).unwrap_err();
        assert!(missing.contains("pll_1"), "{missing}");
    }

    #[test]
    fn slugs_by_the_contracts_rule() {
        assert_eq!(slug_of("ferry-timetable"), "ferry-timetable");
        assert_eq!(slug_of("Z%C3%BCrich--Hafen_2017"), "zurich-hafen-2017");
        assert_eq!(slug_of("Łódź: a city!"), "lodz-a-city");
        assert_eq!(slug_of("%E2%80%94"), "");
        assert_eq!(slug_of("%zz"), "zz");
        assert_eq!(slug_of(&"a-".repeat(300)).len(), 199);
        assert!(is_valid_slug(&slug_of(&"ab".repeat(150))));
    }
}
