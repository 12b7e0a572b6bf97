//! `folio-cli publish` on the fixture tree: every page, its head tags and escaping, the
//! Atom feeds and the sitemap, read back. Native only.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/tree_fixture.rs"]
mod tree_fixture;

use serde_json::{json, Value};
use std::fs;
use tree_fixture::{Fixture, TEMPLATE};

struct Published {
    _tree: Fixture,
    out: std::path::PathBuf,
}

impl Published {
    fn read(&self, file: &str) -> String {
        fs::read_to_string(self.out.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
    }
}

fn publish_with(f: Fixture, extra: &[&str]) -> (Published, i32) {
    let out = f.dir.join("dist");
    fs::create_dir_all(&out).unwrap();
    fs::write(out.join("index.html"), TEMPLATE).unwrap();
    let mut args = vec!["publish", "--out", out.to_str().unwrap()];
    args.extend(extra);
    let code = f.run(&args);
    (Published { _tree: f, out }, code)
}

fn published() -> Published {
    let (p, code) = publish_with(Fixture::new("publish"), &[]);
    assert_eq!(code, 0);
    p
}

/// The value of the first `<meta {key}="{name}" content="…">`, unescaped.
fn meta(html: &str, key: &str, name: &str) -> Option<String> {
    let start = html.find(&format!(r#"{key}="{name}" content=""#))? + key.len() + name.len() + 13;
    let end = start + html[start..].find('"')?;
    Some(unescape(&html[start..end]))
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

const TITLE: &str = "Ferries & \"fast\" boats: the <new> timetable";
const URL: &str = "https://news.example.org/folio/en/article/ferry-timetable";

#[test]
fn every_article_listing_feed_and_the_sitemap_are_written() {
    let p = published();
    for file in [
        "en/article/ferry-timetable/index.html",
        "en/article/harbour-wall/index.html",
        "de/article/faehrplan/index.html",
        "en/index.html",
        "de/index.html",
        "en/feed.xml",
        "de/feed.xml",
        "sitemap.xml",
        "content/site.json",
        "content/img/pier.svg",
    ] {
        assert!(p.out.join(file).is_file(), "{file} was not written");
    }
}

#[test]
fn the_head_has_every_tag_with_escaped_values() {
    let p = published();
    let html = p.read("en/article/ferry-timetable/index.html");
    assert!(html.contains(r#"<html lang="en" dir="ltr">"#));
    assert!(html.contains(
        "<title>Ferries &amp; &quot;fast&quot; boats: the &lt;new&gt; timetable – Harbour &amp; Hill &quot;Weekly&quot;</title>"
    ));
    assert!(
        !html.contains("<new>"),
        "a raw angle bracket from content reached the page"
    );
    let summary = "The island ferry adds a morning crossing & a late boat on Fridays.";
    assert_eq!(meta(&html, "name", "description").as_deref(), Some(summary));
    assert!(html.contains(&format!(r#"rel="canonical" href="{URL}""#)));
    assert!(html.contains(&format!(r#"rel="alternate" hreflang="en" href="{URL}""#)));
    assert!(
        html.contains(r#"rel="alternate" hreflang="de" href="https://news.example.org/folio/de/article/faehrplan""#)
    );
    assert!(html.contains(&format!(r#"rel="alternate" hreflang="x-default" href="{URL}""#)));
    assert_eq!(meta(&html, "property", "og:title").as_deref(), Some(TITLE));
    assert_eq!(meta(&html, "property", "og:description").as_deref(), Some(summary));
    assert_eq!(meta(&html, "property", "og:type").as_deref(), Some("article"));
    assert_eq!(meta(&html, "property", "og:url").as_deref(), Some(URL));
    assert_eq!(
        meta(&html, "property", "og:image").as_deref(),
        Some("https://news.example.org/content/img/pier.svg")
    );
    assert_eq!(meta(&html, "property", "og:locale").as_deref(), Some("en_GB"));
    assert_eq!(meta(&html, "property", "og:locale:alternate").as_deref(), Some("de_DE"));
    assert_eq!(
        meta(&html, "property", "article:published_time").as_deref(),
        Some("2026-03-14")
    );
    assert_eq!(
        meta(&html, "name", "twitter:card").as_deref(),
        Some("summary_large_image")
    );
    assert_eq!(meta(&html, "name", "twitter:title").as_deref(), Some(TITLE));
    // JSON-LD: data that cannot close its element, and that says what the page says.
    let start = html.find(r#"type="application/ld+json">"#).unwrap() + 27;
    let end = start + html[start..].find("</script>").unwrap();
    let ld_text = &html[start..end];
    assert!(!ld_text.contains('<'));
    let ld: Value = serde_json::from_str(ld_text).unwrap();
    assert_eq!(ld["@type"], "NewsArticle");
    assert_eq!(ld["headline"], TITLE);
    assert_eq!(ld["datePublished"], "2026-03-14");
    assert_eq!(ld["dateModified"], "2026-03-15T08:30:00Z");
    assert_eq!(ld["inLanguage"], "en");
    assert_eq!(ld["author"][0]["name"], "Ana Kirk");
    // Previews point where the page's own image does: the content under the app's base path.
    assert_eq!(ld["image"][0], "https://news.example.org/content/img/pier.svg");
    // No script that runs: only the app's own module, and the data block.
    assert_eq!(html.matches("<script").count(), 2);
    // The app's downloads wait for the page: no preloads competing with its images.
    assert!(!html.contains("modulepreload") && !html.contains(r#"rel="preload""#));
}

#[test]
fn the_page_holds_the_whole_article_as_the_app_renders_it() {
    let p = published();
    // Leptos writes `class` after the other attributes, and `<!>` markers between
    // dynamic parts (read as comments, left out here).
    let html = p.read("en/article/ferry-timetable/index.html").replace("<!>", "");
    for part in [
        r#"<div class="folio folio-prerender" id="folio-prerender"><header class="folio-header">"#,
        r#"<a href="/en/" class="folio-site-name">Harbour &amp; Hill "Weekly"</a>"#,
        r#"<a href="/de/article/faehrplan" lang="de" hreflang="de" class="folio-language">Deutsch</a>"#,
        r#"<span class="folio-kind">News</span><span aria-hidden="true" class="folio-meta-separator"> | </span><time datetime="2026-03-14">14 March 2026</time>"#,
        r#"<h1 id="folio-title" tabindex="-1" elementtiming="folio-title" class="folio-title">Ferries &amp; "fast" boats: the &lt;new&gt; timetable</h1>"#,
        r#"<p class="folio-subtitle">Three crossings a day from April</p>"#,
        r#"<img src="/content/img/pier.svg" alt="The pier at dawn" width="1600" height="900" loading="eager" fetchpriority="high" decoding="async" class="folio-image">"#,
        r#"<strong>three times</strong>"#,
        r#"<em>weather allowing</em>"#,
        r#"<a href="https://ferry.example.org/times">the operator</a>"#,
        r#"<figure class="folio-quote"><blockquote><p>We listened to the morning commuters.</p></blockquote><figcaption><cite>Harbour master</cite></figcaption></figure>"#,
        r#"<ol><li>A 06:40 crossing</li><li>A 22:10 boat on Fridays</li></ol>"#,
        r#"<hr class="folio-divider">"#,
        r#"<h2 id="folio-people-heading">Contacts</h2>"#,
        r#"<a href="mailto:ana@example.org" class="folio-person-name">Ana Kirk</a>"#,
        r#"<a href="mailto:?subject="#,
        r#"class="folio-share-button folio-share-email""#,
        r#"<a href="https://bsky.app/intent/compose?text="#,
        r#"<a href="/en/article/harbour-wall" title="Why the harbour wall needs repairs now" class="folio-card-link">"#,
        r#"<details class="folio-languages"><summary class="folio-languages-button">"#,
    ] {
        assert!(html.contains(part), "missing: {part}");
    }
    // Buttons that need JavaScript arrive with the app.
    assert!(!html.contains("folio-share-copy") && !html.contains("folio-share-mastodon"));
    assert!(!html.contains("<button") && !html.contains("<dialog"));
    let de = p.read("de/article/faehrplan/index.html");
    assert!(de.contains(r#"<html lang="de" dir="ltr">"#));
    assert!(de.contains(r#"<time datetime="2026-03-14">14. März 2026</time>"#));
}

#[test]
fn every_article_has_a_fragment_for_host_pages_and_its_head_tags() {
    let p = published();
    let fragment = p.read("en/article/ferry-timetable/fragment.html").replace("<!>", "");
    assert!(
        fragment.starts_with(r#"<div id="folio-prerender" lang="en" class="folio folio-widget folio-prerender">"#),
        "{fragment}"
    );
    assert!(fragment.contains(r#"elementtiming="folio-title" class="folio-title">Ferries &amp; "fast" boats"#));
    assert!(fragment.contains(
        r#"<a href="/en/article/harbour-wall" title="Why the harbour wall needs repairs now" class="folio-card-link">"#
    ));
    for absent in [
        "<html",
        "<head>",
        "<body",
        "folio-header",
        "<button",
        "<script",
        "<main",
    ] {
        assert!(!fragment.contains(absent), "{absent} in the fragment");
    }
    let head = p.read("en/article/ferry-timetable/fragment-head.html");
    assert_eq!(meta(&head, "property", "og:title").as_deref(), Some(TITLE));
    assert!(head.contains(r#"<meta name="description""#));
    assert!(head.contains(r#"type="application/ld+json""#));
    // The host page has its own address and keeps these tags after Folio takes over.
    assert!(!head.contains("data-folio-prerender") && !head.contains("canonical") && !head.contains("hreflang"));
    let page = p.read("en/article/ferry-timetable/index.html");
    assert!(page.contains(r#"<link data-folio-prerender rel="canonical""#));
}

#[test]
fn listing_pages_show_the_first_page() {
    let p = published();
    let html = p.read("en/index.html");
    let html = html.replace("<!>", "");
    assert!(html.contains(r#"<h1 id="folio-listing-heading">Articles</h1>"#));
    assert_eq!(html.matches(r#"<li class="folio-card">"#).count(), 2);
    assert!(
        html.contains(r#"<p role="status" class="folio-results-count">Articles: 2</p>"#),
        "{html}"
    );
    assert!(html.contains(r#"rel="canonical" href="https://news.example.org/folio/en/""#));
}

fn child<'a>(node: roxmltree::Node<'a, 'a>, name: &str) -> Option<roxmltree::Node<'a, 'a>> {
    node.children().find(|c| c.tag_name().name() == name)
}

/// RFC 3339 as Atom needs it: a date, `T`, a time and a zone.
fn is_atom_time(s: &str) -> bool {
    folio_core::content::date::is_rfc3339(s)
}

#[test]
fn feeds_follow_the_atom_rules() {
    let f = Fixture::new("feed");
    // Sixty more English articles: the feed keeps the newest fifty.
    for i in 0..60 {
        let slug = format!("note-{i:02}");
        f.write(
            &format!("en/articles/{slug}.json"),
            &json!({ "slug": slug, "language": "en", "kind": "news", "date": format!("2025-{:02}-{:02}", i % 12 + 1, i % 28 + 1),
                     "title": format!("Note {i} <&>"), "body": [] })
            .to_string(),
        );
    }
    assert_eq!(f.run(&["index"]), 0);
    let (p, code) = publish_with(f, &[]);
    assert_eq!(code, 0);
    let text = p.read("en/feed.xml");
    let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
    let feed = doc.root_element();
    assert_eq!(feed.tag_name().namespace(), Some("http://www.w3.org/2005/Atom"));
    assert_eq!(feed.tag_name().name(), "feed");
    for name in ["id", "title", "updated", "author"] {
        assert!(child(feed, name).is_some(), "feed has no {name}");
    }
    assert!(is_atom_time(child(feed, "updated").unwrap().text().unwrap()));
    let self_link = feed
        .children()
        .find(|c| c.tag_name().name() == "link" && c.attribute("rel") == Some("self"));
    assert_eq!(
        self_link.and_then(|l| l.attribute("href")),
        Some("https://news.example.org/folio/en/feed.xml")
    );
    let entries: Vec<_> = feed.children().filter(|c| c.tag_name().name() == "entry").collect();
    assert_eq!(entries.len(), 50);
    let mut previous = String::from("9999");
    for e in &entries {
        for name in ["id", "title", "updated", "published"] {
            assert!(child(*e, name).is_some(), "entry has no {name}");
        }
        let updated = child(*e, "updated").unwrap().text().unwrap().to_string();
        assert!(is_atom_time(&updated), "{updated}");
        let published = child(*e, "published").unwrap().text().unwrap().to_string();
        assert!(published <= previous, "entries are newest first");
        previous = published;
        let link = child(*e, "link").unwrap();
        assert_eq!(link.attribute("rel"), Some("alternate"));
        assert!(link
            .attribute("href")
            .unwrap()
            .starts_with("https://news.example.org/folio/en/article/"));
    }
    // The newest article leads, with its title unescaped by the XML reader.
    assert_eq!(child(entries[0], "title").unwrap().text(), Some(TITLE));
    assert!(text.contains("Note 59 &lt;&amp;&gt;") || text.contains("&lt;&amp;&gt;"));
}

#[test]
fn the_sitemap_lists_every_page_with_its_languages() {
    let p = published();
    let text = p.read("sitemap.xml");
    let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
    let urls: Vec<_> = doc
        .root_element()
        .children()
        .filter(|c| c.tag_name().name() == "url")
        .collect();
    assert_eq!(urls.len(), 5, "3 articles and 2 listings");
    let ferry = urls
        .iter()
        .find(|u| child(**u, "loc").and_then(|l| l.text()) == Some(URL))
        .expect("the article is listed");
    let alternates: Vec<(&str, &str)> = ferry
        .children()
        .filter(|c| c.tag_name().name() == "link" && c.tag_name().namespace() == Some("http://www.w3.org/1999/xhtml"))
        .map(|l| (l.attribute("hreflang").unwrap(), l.attribute("href").unwrap()))
        .collect();
    assert_eq!(
        alternates,
        [
            ("en", URL),
            ("de", "https://news.example.org/folio/de/article/faehrplan")
        ]
    );
    assert_eq!(
        child(*ferry, "lastmod").and_then(|l| l.text()),
        Some("2026-03-15T08:30:00Z")
    );
}

#[test]
fn absolute_urls_need_a_base() {
    let f = Fixture::new("no-base");
    f.edit("site.json", |s| {
        s.as_object_mut().unwrap().remove("canonical_base");
    });
    let (_, code) = publish_with(f, &[]);
    assert_eq!(code, 2, "refused without --base-url");
    let g = Fixture::new("base-url");
    g.edit("site.json", |s| {
        s.as_object_mut().unwrap().remove("canonical_base");
    });
    let (p, code) = publish_with(g, &["--base-url", "https://example.net/", "--base-path", "/news"]);
    assert_eq!(code, 0);
    let html = p.read("en/article/ferry-timetable/index.html");
    assert!(html.contains(r#"rel="canonical" href="https://example.net/en/article/ferry-timetable""#));
    assert!(html.contains(r#"<a href="/news/en/article/harbour-wall""#));
    assert!(html.contains(r#"src="/news/content/img/pier.svg""#));
}

#[test]
fn robots_txt_names_the_sitemap_unless_the_site_has_its_own() {
    let p = published();
    let robots = p.read("robots.txt");
    assert!(robots.contains("User-agent: *"), "{robots}");
    assert!(
        robots.contains("Sitemap: https://news.example.org/folio/sitemap.xml"),
        "{robots}"
    );
    let f = Fixture::new("own-robots");
    let out = f.dir.join("dist");
    fs::create_dir_all(&out).unwrap();
    fs::write(out.join("robots.txt"), "User-agent: *\nDisallow: /drafts/\n").unwrap();
    let (p, code) = publish_with(f, &[]);
    assert_eq!(code, 0);
    assert_eq!(p.read("robots.txt"), "User-agent: *\nDisallow: /drafts/\n");
}

#[test]
fn recommended_cards_are_the_articles_own_then_picked_up_to_the_sites_number() {
    // harbour-wall lists ferry-timetable itself; the index has nothing else to add.
    let p = published();
    let html = p.read("en/article/harbour-wall/index.html");
    assert_eq!(html.matches(r#"class="folio-card-link""#).count(), 1);
    assert!(html.contains(r#"href="/en/article/ferry-timetable""#));
    let f = Fixture::new("recommended");
    f.edit("site.json", |s| s["recommended_cards"] = json!(0));
    let (p, code) = publish_with(f, &[]);
    assert_eq!(code, 0);
    let html = p.read("en/article/harbour-wall/index.html");
    assert_eq!(html.matches(r#"class="folio-card-link""#).count(), 0);
}

#[test]
fn a_tree_with_errors_is_not_published() {
    let f = Fixture::new("publish-errors");
    f.edit("en/articles/harbour-wall.json", |a| a["date"] = json!("someday"));
    let (p, code) = publish_with(f, &[]);
    assert_eq!(code, 1);
    assert!(!p.out.join("en").exists());
}

#[test]
fn a_remote_endpoint_is_linked_not_copied() {
    let (p, code) = publish_with(
        Fixture::new("remote"),
        &["--endpoint", "https://cms.example.org/folio/"],
    );
    assert_eq!(code, 0);
    let html = p.read("en/article/ferry-timetable/index.html");
    assert!(html.contains(r#"<img src="https://cms.example.org/folio/img/pier.svg""#));
    assert_eq!(
        meta(&html, "property", "og:image").as_deref(),
        Some("https://cms.example.org/folio/img/pier.svg")
    );
    assert!(
        !p.out.join("content").exists(),
        "the tree is not copied for a remote endpoint"
    );
}

#[test]
fn publishing_again_removes_the_pages_of_deleted_articles_only() {
    let f = Fixture::new("republish");
    let out = f.dir.join("dist");
    fs::create_dir_all(&out).unwrap();
    fs::write(out.join("index.html"), TEMPLATE).unwrap();
    let args = ["publish", "--out", out.to_str().unwrap()];
    assert_eq!(f.run(&args), 0);
    // A page of the host's own under the same folder is never touched.
    fs::create_dir_all(out.join("en/article/host-page")).unwrap();
    fs::write(out.join("en/article/host-page/index.html"), "<p>the host's</p>").unwrap();
    fs::remove_file(f.dir.join("en/articles/harbour-wall.json")).unwrap();
    assert_eq!(f.run(&["index"]), 0);
    assert_eq!(f.run(&args), 0);
    assert!(!out.join("en/article/harbour-wall").exists());
    assert!(out.join("en/article/ferry-timetable/index.html").is_file());
    assert!(out.join("en/article/host-page/index.html").is_file());
}
