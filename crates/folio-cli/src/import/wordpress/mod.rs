//! `folio-cli import-wordpress`: a WordPress export (WXR) → a content tree. The export
//! is streamed twice: first to learn every post's language and slug and every
//! attachment (so translations and featured images resolve whatever their order), then
//! to convert and write each post. Nothing from the export reaches the JSON as markup.

mod body;
pub mod fetch;
mod losses;
mod paths;
mod php;
mod plan;
mod report;
mod runs;
mod shortcode;
mod site_file;
mod social;
mod structure;
mod wxr;

pub use report::ImportReport;

use crate::disk::failure::Stop;
use body::plain_text;
use folio_core::content::date::Date;
use folio_core::content::model::Image;
use folio_core::content::url::{checked, UrlUse};
use plan::{Attachment, Plan};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use wxr::{Channel, Item};

/// Where each field comes from, and where things go.
#[derive(Clone, Debug)]
pub struct Options {
    pub export: PathBuf,
    pub into: PathBuf,
    /// The language of every post when the export has no Polylang languages.
    pub lang: Option<String>,
    /// The taxonomy whose first term is an article's kind (`category`, or a custom one).
    pub kind_from: Option<String>,
    /// A JSON file of kind labels: `{ "kind": { "en": "Label" } }`.
    pub kinds_file: Option<PathBuf>,
    /// The taxonomy of topics (`post_tag` by default).
    pub topics_from: String,
    /// `author`, a taxonomy, or `meta:KEY`.
    pub people_from: String,
    /// Post types imported (`post` by default; `page` and others with the flag).
    pub post_types: Vec<String>,
    /// A copy of `wp-content/uploads`: referenced files are copied into the tree.
    pub uploads: Option<PathBuf>,
    /// Files with no local copy are downloaded from the old site into the tree.
    pub fetch: bool,
    pub fetch_settings: fetch::Settings,
    pub overwrite: bool,
}

#[cfg(test)]
impl Options {
    /// The command line's defaults, with these export, tree and language.
    pub fn for_tests(export: PathBuf, into: PathBuf, lang: Option<&str>) -> Options {
        Options {
            export,
            into,
            lang: lang.map(str::to_string),
            kind_from: None,
            kinds_file: None,
            topics_from: "post_tag".into(),
            people_from: "author".into(),
            post_types: vec!["post".into()],
            uploads: None,
            fetch: false,
            fetch_settings: fetch::Settings::default(),
            overwrite: false,
        }
    }
}

fn open(path: &Path) -> Result<BufReader<File>, String> {
    File::open(path)
        .map(|f| BufReader::with_capacity(1 << 16, f))
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// Why a post was not written when its article is in the tree already.
const ALREADY_THERE: &str = "already in the tree (not overwritten without --overwrite)";

/// The whole import: plan, convert and write, then site.json and the indexes. The
/// articles and copied pictures are staged as they are converted and put in place
/// together at the end (one flush to the disk); the first file that cannot be staged
/// stops the import, and nothing of it is put in place.
pub fn import(options: &Options) -> Result<ImportReport, Stop> {
    let name = options.export.display().to_string();
    let mut plan = Plan::new(options);
    let channel = wxr::read(open(&options.export)?, |item| plan.add(item)).map_err(|e| format!("{name}: {e}"))?;
    plan.finish(&channel.language)?;
    let kind_labels = match &options.kinds_file {
        Some(path) => site_file::read_labels(path)?,
        None => BTreeMap::new(),
    };
    let mut report = std::mem::take(&mut plan.report);
    if options.fetch {
        fetch_files(&mut plan, &channel, options, &mut report)?;
    }
    let progress = indicatif::ProgressBar::new(plan.posts.len() as u64);
    progress.set_style(
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} posts {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let mut labels = site_file::Labels::default();
    wxr::read(open(&options.export)?, |item| {
        if plan.posts.contains_key(&item.id) && !plan.has_failed() {
            progress.inc(1);
            write_post(&plan, &channel, item, options, &mut report, &mut labels);
        }
    })
    .map_err(|e| format!("{name}: {e}"))?;
    progress.finish_and_clear();
    if let Some(e) = plan.take_failure() {
        print!("{}", report.summary());
        let left = "No article was written (an import puts its articles in place together, when every post is done); site.json and the indexes were not changed. Run the same command again with room.";
        return Err(Stop::write(e, left.into()));
    }
    std::mem::take(&mut plan.batch).commit().map_err(|e| {
        let left = "The articles put in place before it are whole, the others as they were; site.json and the indexes were not changed. Run the same command again with room to finish.";
        Stop::write(e, left.into())
    })?;
    if report.written() == 0 && !report.skipped.contains_key(ALREADY_THERE) {
        print!("{}", report.summary());
        return Err(Stop::Other(format!(
            "nothing was imported from {name}: no post is published, with a language and a date, and within the contract (the counts above say why); nothing was written"
        )));
    }
    // The labels file is the publisher's word: it wins over the categories' names.
    for (code, by_lang) in kind_labels {
        labels.kinds.entry(code).or_default().extend(by_lang);
    }
    site_file::write(&options.into, &channel, &plan.languages, &labels)?;
    report.languages = plan.languages.clone();
    Ok(report)
}

/// `--fetch`: the addresses every imported post names (its body and featured image,
/// converted once without writing anything), then those files fetched into the tree.
fn fetch_files(plan: &mut Plan, channel: &Channel, options: &Options, report: &mut ImportReport) -> Result<(), Stop> {
    let name = options.export.display().to_string();
    *plan.collecting.borrow_mut() = Some(Vec::new());
    let reading: &Plan = plan;
    wxr::read(open(&options.export)?, |item| {
        let Some(planned) = reading.posts.get(&item.id) else {
            return;
        };
        let Some((date, _)) = post_date(&item) else { return };
        let title = plain_text(&item.title);
        let post = Post {
            plan: reading,
            channel,
            item: &item,
            options,
            planned,
            title: &title,
        };
        post.article(date, &mut ImportReport::default(), &mut site_file::Labels::default());
    })
    .map_err(|e| format!("{name}: {e}"))?;
    let urls = plan.collecting.borrow_mut().take().unwrap_or_default();
    let fetched = fetch::fetch_all(&urls, &options.into, options.uploads.as_deref(), options.fetch_settings);
    if fetched.written > 0 {
        report.note("file(s) fetched from the old site into img/wp/", fetched.written);
    }
    plan.fetch_failures = fetched.failed;
    Ok(())
}

/// The post's date: from `wp:post_date_gmt` (`2017-02-07 10:37:00`), else
/// `wp:post_date`, else `pubDate` (RFC 822; exports made by other tools, or trimmed by
/// hand, have no `wp:` dates), with the field it came from when not the first.
fn post_date(item: &Item) -> Option<(Date, Option<&'static str>)> {
    let day = |stamp: &str| stamp.get(..10).filter(|d| !d.starts_with("0000")).and_then(Date::parse);
    if let Some(d) = day(&item.date_gmt) {
        return Some((d, None));
    }
    if let Some(d) = day(&item.date) {
        return Some((d, Some("dated by wp:post_date (no wp:post_date_gmt)")));
    }
    rfc822_day(&item.pub_date).map(|d| (d, Some("dated by pubDate (no wp:post_date_gmt or wp:post_date)")))
}

/// `Tue, 07 Feb 2017 10:37:00 +0000` → 2017-02-07 (the day as written, in its zone).
fn rfc822_day(text: &str) -> Option<Date> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let rest = text.split_once(',').map_or(text, |(_, r)| r);
    let mut parts = rest.split_whitespace();
    let day: u32 = parts.next()?.parse().ok()?;
    let month = parts.next()?.get(..3)?.to_ascii_lowercase();
    let month = MONTHS.iter().position(|m| *m == month)? + 1;
    let year: u32 = parts.next()?.parse().ok()?;
    Date::parse(&format!("{year:04}-{month:02}-{day:02}"))
}

/// The modified time as RFC 3339, when it is later than the publication.
fn updated(item: &Item) -> Option<String> {
    let m = item.modified_gmt.trim();
    let (day, time) = (m.get(..10)?, m.get(11..19)?);
    Date::parse(day)?;
    let stamp = format!("{day}T{time}Z");
    let published = format!("{}T{}Z", item.date_gmt.get(..10)?, item.date_gmt.get(11..19)?);
    (stamp > published && folio_core::content::date::is_rfc3339(&stamp)).then_some(stamp)
}

/// Up to 300 characters, cut at a word.
fn shorten(text: &str) -> String {
    if text.chars().count() <= 300 {
        return text.to_string();
    }
    let cut: String = text.chars().take(300).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end())
}

/// A featured image from its attachment: alt, caption, credit, and its size when both
/// sides are known.
fn image_json(a: &Attachment, src: String) -> Value {
    let (width, height) = match (a.width, a.height) {
        (Some(w), Some(h)) => (Some(w), Some(h)),
        _ => (None, None),
    };
    crate::index::cards::image_json(&Image {
        src,
        alt: a.alt.clone(),
        credit: Some(a.credit.clone()).filter(|c| !c.is_empty()),
        caption: Some(a.caption.clone()).filter(|c| !c.is_empty()),
        width,
        height,
        variants: Vec::new(),
        focus: None,
    })
}

/// People by the chosen source: the author's display name, a taxonomy's labels, or a
/// meta field (names separated by commas).
fn people(item: &Item, channel: &Channel, from: &str) -> Vec<Value> {
    let names: Vec<String> = if from == "author" {
        let login = item.creator.as_str();
        let name = channel
            .authors
            .iter()
            .find(|(l, _)| l == login)
            .map_or(login, |(_, d)| d.as_str());
        vec![plain_text(name)]
    } else if let Some(key) = from.strip_prefix("meta:") {
        item.meta(key)
            .map(|v| v.split(',').map(plain_text).collect())
            .unwrap_or_default()
    } else {
        item.terms(from).map(|t| plain_text(&t.label)).collect()
    };
    names
        .into_iter()
        .filter(|n| !n.is_empty())
        .map(|n| json!({ "name": n }))
        .collect()
}

fn write_post(
    plan: &Plan,
    channel: &Channel,
    item: Item,
    options: &Options,
    report: &mut ImportReport,
    labels: &mut site_file::Labels,
) {
    let Some(planned) = plan.posts.get(&item.id) else {
        return;
    };
    let title = plain_text(&item.title);
    let Some((date, fallback)) = post_date(&item) else {
        report.problem(item.id, &title, "no publication date that is a real day: not imported");
        return;
    };
    if let Some(what) = fallback {
        report.note(what, 1);
    }
    let post = Post {
        plan,
        channel,
        item: &item,
        options,
        planned,
        title: &title,
    };
    let article = post.article(date, report, labels);
    for m in plan.take_media_problems() {
        report.problem(item.id, &title, &m);
    }
    post.write(article, report);
}

/// One post being converted: what the conversion reads.
struct Post<'a> {
    plan: &'a Plan,
    channel: &'a Channel,
    item: &'a Item,
    options: &'a Options,
    planned: &'a plan::Planned,
    title: &'a str,
}

impl Post<'_> {
    /// The article's JSON; kind and topic labels met go into `labels`.
    fn article(&self, date: Date, report: &mut ImportReport, labels: &mut site_file::Labels) -> Value {
        let (item, lang) = (self.item, self.planned.lang.as_str());
        let mut media = |url: &str| self.plan.media(url, self.options);
        let pictures = |id: u64| self.picture(id);
        let body = body::convert(&item.content, &self.channel.base_url, &mut media, &pictures);
        for what in &body.reduced {
            report.reduced(what, item.id, self.title);
        }
        report.kept(
            item.id,
            self.title,
            losses::Kept::of(&body.source, &losses::in_article(&body.blocks)),
        );
        let mut article = Map::new();
        article.insert("slug".into(), json!(self.planned.slug));
        article.insert("language".into(), json!(lang));
        article.insert("kind".into(), json!(self.kind(labels)));
        article.insert("date".into(), json!(date.iso()));
        if let Some(u) = updated(item) {
            article.insert("updated".into(), json!(u));
        }
        let title = if self.title.is_empty() {
            &self.planned.slug
        } else {
            self.title
        };
        article.insert("title".into(), json!(title));
        let summary = Some(plain_text(&item.excerpt))
            .filter(|s| !s.is_empty())
            .or_else(|| first_paragraph(&body.blocks));
        if let Some(s) = summary {
            article.insert("summary".into(), json!(shorten(&s)));
        }
        if let Some(image) = self.featured_image() {
            article.insert("image".into(), image);
        }
        article.insert("body".into(), Value::Array(body.blocks));
        let people = people(item, self.channel, &self.options.people_from);
        if !people.is_empty() {
            article.insert("people".into(), Value::Array(people));
        }
        let topics = self.topics(labels);
        if !topics.is_empty() {
            article.insert("topics".into(), json!(topics));
        }
        match self.plan.translations(item, &self.channel.translation_groups) {
            Ok(t) if !t.is_empty() => {
                article.insert("translations".into(), json!(t));
            }
            Ok(_) => {}
            Err(e) => report.problem(item.id, self.title, &format!("translations left out: {e}")),
        }
        Value::Object(article)
    }

    /// The first term of the kind taxonomy, else `news`.
    fn kind(&self, labels: &mut site_file::Labels) -> String {
        let term = self
            .options
            .kind_from
            .as_deref()
            .and_then(|tax| self.item.terms(tax).next());
        match term.map(|t| (plan::slug_of(&t.nicename), t)) {
            Some((code, t)) if !code.is_empty() => {
                labels.kind(&code, &self.planned.lang, &plain_text(&t.label));
                code
            }
            _ => "news".to_string(),
        }
    }

    /// The topic codes from the topic taxonomy, each once.
    fn topics(&self, labels: &mut site_file::Labels) -> Vec<String> {
        let mut topics: Vec<String> = Vec::new();
        for t in self.item.terms(&self.options.topics_from) {
            let code = plan::slug_of(&t.nicename);
            if !code.is_empty() && !topics.contains(&code) {
                labels.topic(&code, &self.planned.lang, &plain_text(&t.label));
                topics.push(code);
            }
        }
        topics
    }

    /// An attachment's picture for a gallery: its address (as the article writes it),
    /// alt text and caption.
    fn picture(&self, id: u64) -> Option<shortcode::Picture> {
        let a = self.plan.attachments.get(&id)?;
        let src = checked(&a.url, UrlUse::Image)?;
        Some((
            body::absolute(&src, &self.channel.base_url),
            a.alt.clone(),
            a.caption.clone(),
        ))
    }

    /// The featured image (`_thumbnail_id` → its attachment).
    fn featured_image(&self) -> Option<Value> {
        let id = self.item.meta("_thumbnail_id")?.trim().parse::<u64>().ok()?;
        let a = self.plan.attachments.get(&id)?;
        let src = checked(&a.url, UrlUse::Image)?;
        let src = self
            .plan
            .media(&body::absolute(&src, &self.channel.base_url), self.options);
        Some(image_json(a, src))
    }

    /// Writes the article once it passes the contract's field-by-field checks (as
    /// `validate` runs them), unless the tree has it already and `--overwrite` is off.
    fn write(&self, article: Value, report: &mut ImportReport) {
        let (lang, slug, id) = (&self.planned.lang, &self.planned.slug, self.item.id);
        let file = format!("{lang}/articles/{slug}.json");
        let mut problems = Vec::new();
        crate::check::article(
            &mut crate::check::problem::Report {
                file: file.clone(),
                out: &mut problems,
            },
            &article,
        );
        let errors: Vec<String> = problems
            .iter()
            .filter(|p| p.severity == crate::check::problem::Severity::Error)
            .map(|p| p.to_string())
            .collect();
        if !errors.is_empty() {
            return report.rejected(id, self.title, &errors.join("; "));
        }
        let path = self.options.into.join(&file);
        if path.exists() && !self.options.overwrite {
            return report.skip(ALREADY_THERE);
        }
        if self.plan.has_failed() {
            return;
        }
        let json = match serde_json::to_string_pretty(&article) {
            Ok(json) => json + "\n",
            Err(e) => return report.problem(id, self.title, &format!("{}: {e}", path.display())),
        };
        match self.plan.batch.write(&path, json) {
            Ok(()) => report.imported(lang),
            Err(e) => self.plan.failed(e),
        }
    }
}

/// The text of the first paragraph, for a summary.
fn first_paragraph(blocks: &[Value]) -> Option<String> {
    let p = blocks.iter().find(|b| b["type"] == "paragraph")?;
    let text: String = p["text"]
        .as_array()?
        .iter()
        .map(|r| r.as_str().or_else(|| r["text"].as_str()).unwrap_or(""))
        .collect();
    Some(text.trim().to_string()).filter(|t| !t.is_empty())
}

/// No input makes the importer's parts panic: arbitrary text through the shortcodes, the
/// HTML converter and the PHP reader, arbitrary bytes through the export reader.
#[cfg(test)]
mod props {
    use proptest::prelude::*;

    /// Text made of the characters these parsers care about, and any others.
    fn markupish() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                Just("[caption ".to_string()),
                Just("[/caption]".to_string()),
                Just("]".to_string()),
                Just("<p>".to_string()),
                Just("<img src=\"a.png\">".to_string()),
                Just("<ul><li>".to_string()),
                Just("</b>".to_string()),
                Just("\n\n".to_string()),
                Just("a:1:{".to_string()),
                Just("s:3:\"".to_string()),
                Just(";}".to_string()),
                any::<String>(),
            ],
            0..24,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        #[test]
        fn nothing_panics(text in markupish(), bytes in prop::collection::vec(any::<u8>(), 0..400)) {
            let _ = super::shortcode::expand_shortcodes(&text, &mut Vec::new(), &|_| Some(("a".into(), "b".into(), "c".into())));
            let _ = super::body::convert(&text, "https://example.org", &mut |u| u.to_string(), &|_| None);
            let _ = super::body::plain_text(&text);
            let _ = super::php::unserialize(&text);
            let _ = super::plan::slug_of(&text);
            let _ = super::wxr::read(&bytes[..], |_| {});
            let _ = super::wxr::read(text.as_bytes(), |_| {});
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An article that breaks the contract is reported and not written.
    #[test]
    fn an_article_that_fails_the_checks_is_not_written() {
        let into = std::env::temp_dir().join(format!("folio-wp-reject-{}", std::process::id()));
        let options = Options::for_tests(PathBuf::new(), into.clone(), Some("en"));
        let plan = Plan::new(&options);
        let planned = plan::Planned {
            lang: "en".into(),
            slug: "a".into(),
        };
        let (item, channel) = (
            Item {
                id: 7,
                ..Item::default()
            },
            Channel::default(),
        );
        let post = Post {
            plan: &plan,
            channel: &channel,
            item: &item,
            options: &options,
            planned: &planned,
            title: "A",
        };
        let mut report = ImportReport::default();
        post.write(
            json!({ "slug": "a", "language": "en", "kind": "news", "date": "2017-02-30", "title": "A", "body": [] }),
            &mut report,
        );
        assert_eq!(report.rejected.len(), 1, "{report:?}");
        assert!(report.rejected[0].2.contains("date"), "{:?}", report.rejected);
        assert!(!into.join("en/articles/a.json").exists());
        assert!(report.imported.is_empty());
    }
}
