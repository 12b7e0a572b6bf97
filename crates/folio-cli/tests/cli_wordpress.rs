//! `folio-cli import-wordpress` on WXR fixtures of our own (`tests/fixtures/wordpress/`):
//! every mapping (Polylang languages and translations, both editors, every block, the
//! featured image, kinds, topics, people, uploads), what is skipped and reduced, and each
//! bad input. Native only.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/runs.rs"]
mod runs;
#[path = "support/wordpress.rs"]
mod wordpress;

use folio_core::content::decode::{decode_article, decode_site};
use std::fs;
use wordpress::{import, json, out, types, validate};

const EXPORT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/wordpress/export.xml");

#[test]
fn a_polylang_export_becomes_a_valid_tree() {
    let dir = out("polylang");
    let report = dir.with_extension("report.json");
    let code = import(
        EXPORT,
        &dir,
        &["--kind-from", "category", "--report", report.to_str().unwrap()],
    );
    assert_eq!(code, 0, "the imported tree validates");
    // Block editor: every block type, in order, through html5ever.
    let en = json(&dir.join("en/articles/winter-ferries.json"));
    assert_eq!(
        types(&en),
        [
            "paragraph",
            "heading",
            "quote",
            "list",
            "list",
            "image",
            "divider",
            "paragraph",
            "table",
            "video",
            "video"
        ]
    );
    assert_eq!(en["title"], "Ferries & boats: the winter timetable");
    assert_eq!(en["date"], "2017-02-07");
    assert_eq!(en["updated"], "2017-02-08T08:00:00Z");
    assert_eq!(en["kind"], "press");
    assert_eq!(
        en["summary"],
        "Ferries to the islands run every ninety minutes until March."
    );
    assert_eq!(en["topics"], serde_json::json!(["transport", "islands"]));
    assert_eq!(en["people"][0]["name"], "Ana Kirk");
    assert_eq!(
        en["body"][0]["text"][1],
        serde_json::json!({ "text": "every ninety minutes", "bold": true })
    );
    assert_eq!(en["body"][0]["text"][5]["link"], "https://ferry.example.org/times");
    assert_eq!(en["body"][2]["cite"], "Harbour master");
    assert_eq!(
        en["body"][3]["items"],
        serde_json::json!([["At the harbour office"], { "text": ["On the notice board"], "list": { "ordered": false, "items": [["by the ticket hall"]] } }]),
        "the nested list stays in its item"
    );
    assert_eq!(en["body"][4]["ordered"], true);
    assert_eq!(en["body"][5]["image"]["caption"], "Boarding at the north pier");
    assert_eq!(
        en["body"][7]["text"][0]["link"],
        "https://www.youtube.com/watch?v=abc123"
    );
    assert_eq!(
        en["body"][8],
        serde_json::json!({ "type": "table", "rows": [[["Monday"], ["06:40"]], [["Friday"], ["22:10"]]] })
    );
    // A video with a caption (block editor) or a title (an iframe) becomes a two-click
    // video; one without a title stays a link (above).
    assert_eq!(
        en["body"][9],
        serde_json::json!({ "type": "video", "provider": "youtube", "id": "Hb4rT7kP2xQ", "title": "The new ferry on its first crossing" })
    );
    assert_eq!(
        en["body"][10],
        serde_json::json!({ "type": "video", "provider": "vimeo", "id": "76979871", "title": "Harbour master on the timetable" })
    );
    // The featured image from its attachment: alt, caption, credit, size.
    let image = &en["image"];
    assert_eq!(
        image["src"],
        "https://harbour.example.org/wp-content/uploads/2017/02/pier.svg"
    );
    assert_eq!(image["alt"], "The pier with two ferries moored");
    assert_eq!(image["caption"], "The north pier at dawn");
    assert_eq!(image["credit"], "M. Osei");
    assert_eq!(
        (image["width"].as_u64(), image["height"].as_u64()),
        (Some(1200), Some(675))
    );
    // Translations both ways, from the group's <wp:term> (the post names it by its
    // slug, as WordPress writes it); the French draft is not there, so not linked.
    let de_slug = en["translations"]["de"].as_str().unwrap();
    assert_eq!(de_slug, "fahren-im-winter");
    assert!(en["translations"].get("fr").is_none());
    let de = json(&dir.join(format!("de/articles/{de_slug}.json")));
    assert_eq!(de["translations"]["en"], "winter-ferries");
    // Classic editor: blank lines make paragraphs, h1 becomes h2, [caption] an image.
    assert_eq!(types(&de), ["paragraph", "heading", "image", "paragraph"]);
    assert_eq!(de["body"][1]["level"], 2);
    assert_eq!(de["body"][2]["image"]["caption"], "Der Nordanleger");
    assert_eq!(de["summary"], "Ab Montag fahren die Fähren alle neunzig Minuten.");
    assert_eq!(de["people"][0]["name"], "Jonas Berg");
    // A slug taken already gets a number; the report says so.
    assert_eq!(
        json(&dir.join("en/articles/winter-ferries-2.json"))["title"],
        "Winter ferries, again"
    );
    // site.json from the channel, with the languages, kind and topic labels met.
    let site = decode_site(&fs::read_to_string(dir.join("site.json")).unwrap()).unwrap();
    assert_eq!(site.name, "Harbour & Hill Council");
    assert_eq!(site.languages, ["en", "de"]);
    assert_eq!(site.kinds["press"]["de"], "Pressemitteilung");
    assert_eq!(site.topics["transport"]["de"], "Verkehr");
    assert_eq!(
        json(&dir.join("en/index.json"))["articles"].as_array().unwrap().len(),
        4
    );
    // The report: imported, skipped by reason, renamed, reduced, problems.
    let r = json(&report);
    assert_eq!(r["imported"], serde_json::json!({ "en": 4, "de": 1 }));
    for reason in [
        "drafts",
        "private posts",
        "posts in the trash",
        "revisions",
        "password-protected posts",
    ] {
        assert_eq!(r["skipped"][reason], 1, "{reason}");
    }
    // A password-protected post is never written, whatever the flags.
    assert!(!dir.join("en/articles/members-minutes.json").exists());
    let all = out("password-all-flags");
    import(EXPORT, &all, &["--post-types", "post,page", "--overwrite"]);
    assert!(!all.join("en/articles/members-minutes.json").exists());
    assert!(r["skipped"]["pages (import them with --post-types post,page)"].is_number());
    assert!(r["renamed"]
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x["to"] == "winter-ferries-2"));
    assert_eq!(r["reduced"]["a video embed written as a link"][0]["id"], 101);
    let reduced = r["reduced"].as_object().unwrap();
    assert!(
        !reduced.keys().any(|k| k.contains("table") || k.contains("nested list")),
        "tables and nested lists are kept whole: {reduced:?}"
    );
    // What a reader loses: the hostile post's picture with a refused address.
    let hostile = r["losses"].as_array().unwrap().iter().find(|l| l["id"] == 104).unwrap();
    assert_eq!(
        (hostile["pictures"].as_u64(), hostile["pictures_kept"].as_u64()),
        (Some(2), Some(1))
    );
    let problem = &r["problems"][0];
    assert_eq!(problem["id"], 110);
    assert!(problem["message"]
        .as_str()
        .unwrap()
        .starts_with("translations left out"));
    // Every file decodes as the app reads it.
    for lang in ["en", "de"] {
        for entry in fs::read_dir(dir.join(lang).join("articles")).unwrap().flatten() {
            decode_article(&fs::read_to_string(entry.path()).unwrap()).unwrap();
        }
    }
}

#[test]
fn hostile_html_reaches_the_json_only_as_text() {
    let dir = out("hostile");
    assert_eq!(import(EXPORT, &dir, &[]), 0);
    let text = fs::read_to_string(dir.join("en/articles/hostile-post.json")).unwrap();
    for bad in [
        "<script",
        "alert(",
        "javascript",
        "onerror",
        "onclick",
        "<style",
        "color:",
        "evil.example",
        "data:",
        "<",
    ] {
        assert!(
            !text.to_ascii_lowercase().contains(&bad.to_ascii_lowercase()),
            "{bad} in {text}"
        );
    }
    let a = json(&dir.join("en/articles/hostile-post.json"));
    assert_eq!(a["title"], "A hostile post");
    assert_eq!(a["summary"], "Bold excerpt & more");
    assert_eq!(a["body"][0]["text"][0], "Text with a bad link and another.");
    // A relative image is read against the site's address.
    assert_eq!(a["body"][1]["image"]["src"], "https://harbour.example.org/x");
    assert_eq!(a["kind"], "news", "without --kind-from every post is news");
}

#[test]
fn uploads_are_copied_and_made_relative() {
    let dir = out("uploads");
    assert_eq!(
        import(
            EXPORT,
            &dir,
            &[
                "--uploads",
                concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/wordpress/uploads")
            ]
        ),
        0
    );
    let en = json(&dir.join("en/articles/winter-ferries.json"));
    assert_eq!(en["image"]["src"], "img/wp/2017/02/pier.svg");
    assert_eq!(en["body"][5]["image"]["src"], "img/wp/2017/02/pier.svg");
    assert!(dir.join("img/wp/2017/02/pier.svg").is_file());
    assert_eq!(validate(&dir), 0, "the copied image is in the tree");
    // A file missing from the uploads keeps its URL, and is reported.
    let dir = out("uploads-missing");
    let report = dir.with_extension("report.json");
    let empty = out("no-uploads");
    fs::create_dir_all(&empty).unwrap();
    let args = [
        "--uploads",
        empty.to_str().unwrap(),
        "--report",
        report.to_str().unwrap(),
    ];
    assert_eq!(import(EXPORT, &dir, &args), 0);
    let en = json(&dir.join("en/articles/winter-ferries.json"));
    assert_eq!(
        en["image"]["src"],
        "https://harbour.example.org/wp-content/uploads/2017/02/pier.svg"
    );
    let problems = json(&report)["problems"].to_string();
    assert!(problems.contains("pier.svg is missing"), "{problems}");
}

#[test]
fn existing_articles_are_kept_unless_overwrite() {
    let dir = out("again");
    assert_eq!(import(EXPORT, &dir, &[]), 0);
    let file = dir.join("en/articles/winter-ferries.json");
    fs::write(
        &file,
        fs::read_to_string(&file).unwrap().replace("Ferries &", "Edited &"),
    )
    .unwrap();
    let report = dir.with_extension("report.json");
    assert_eq!(import(EXPORT, &dir, &["--report", report.to_str().unwrap()]), 0);
    assert!(fs::read_to_string(&file).unwrap().contains("Edited &"));
    assert_eq!(
        json(&report)["skipped"]["already in the tree (not overwritten without --overwrite)"],
        5
    );
    assert_eq!(import(EXPORT, &dir, &["--overwrite"]), 0);
    assert!(!fs::read_to_string(&file).unwrap().contains("Edited &"));
}

#[test]
fn pages_and_kind_labels_on_request() {
    let dir = out("pages");
    let kinds = out("kinds").with_extension("json");
    fs::create_dir_all(kinds.parent().unwrap()).unwrap();
    fs::write(
        &kinds,
        r#"{ "press": { "en": "Press statement", "fr": "Communiqué" } }"#,
    )
    .unwrap();
    let args = [
        "--post-types",
        "post,page",
        "--kind-from",
        "category",
        "--kinds",
        kinds.to_str().unwrap(),
    ];
    assert_eq!(import(EXPORT, &dir, &args), 0);
    assert_eq!(validate(&dir), 0);
    assert!(dir.join("en/articles/about.json").is_file());
    let site = json(&dir.join("site.json"));
    // The file's labels win over the categories' names; the others stay.
    assert_eq!(site["kinds"]["press"]["en"], "Press statement");
    assert_eq!(site["kinds"]["press"]["de"], "Pressemitteilung");
    assert_eq!(site["kinds"]["press"]["fr"], "Communiqué");
}

#[test]
fn people_from_a_taxonomy_or_a_meta_field() {
    let dir = out("people-taxonomy");
    assert_eq!(import(EXPORT, &dir, &["--people-from", "responsible"]), 0);
    let en = json(&dir.join("en/articles/winter-ferries.json"));
    assert_eq!(en["people"], serde_json::json!([{ "name": "Lena Brandt" }]));
    let dir = out("people-meta");
    assert_eq!(import(EXPORT, &dir, &["--people-from", "meta:contacts"]), 0);
    let en = json(&dir.join("en/articles/winter-ferries.json"));
    assert_eq!(
        en["people"],
        serde_json::json!([{ "name": "Ana Kirk" }, { "name": "Piet de Vries" }])
    );
    // A post without them has no people.
    assert!(json(&dir.join("en/articles/broken-group.json")).get("people").is_none());
    assert_eq!(validate(&dir), 0);
}

#[test]
fn bad_exports_are_refused_with_a_reason_and_nothing_written() {
    let whole = fs::read_to_string(EXPORT).unwrap();
    let tmp = out("bad");
    fs::create_dir_all(&tmp).unwrap();
    let cut = tmp.join("cut.xml");
    fs::write(&cut, &whole[..whole.len() * 2 / 3]).unwrap();
    let html = tmp.join("page.xml");
    fs::write(&html, "<!DOCTYPE html><html><body>Not found</body></html>").unwrap();
    let binary = tmp.join("binary.xml");
    fs::write(&binary, [0xff, 0xfe, 0x00, 0x3c, 0x00]).unwrap();
    let latin1 = tmp.join("latin1.xml");
    fs::write(
        &latin1,
        whole.replace("Fähren", "F\u{fffd}hren").replace('\u{fffd}', "\u{1}"),
    )
    .unwrap();
    let mut bytes = fs::read(&latin1).unwrap();
    if let Some(i) = bytes.iter().position(|b| *b == 1) {
        bytes[i] = 0xe4; // ä in Latin-1: not UTF-8
    }
    fs::write(&latin1, bytes).unwrap();
    for file in [&cut, &html, &binary, &latin1, &tmp.join("missing.xml")] {
        let into = out("refused");
        assert_eq!(import(file.to_str().unwrap(), &into, &[]), 2, "{}", file.display());
        assert!(!into.join("site.json").exists(), "{}: nothing written", file.display());
    }
    // Without Polylang, the export's <language> (en-GB) is every post's, unless --lang.
    let plain = tmp.join("plain.xml");
    let no_languages: String = whole
        .lines()
        .filter(|l| !l.contains(r#"domain="language""#) && !l.contains("post_translations"))
        .collect::<Vec<_>>()
        .join("\n");
    fs::write(&plain, &no_languages).unwrap();
    let into = out("no-language");
    assert_eq!(import(plain.to_str().unwrap(), &into, &["--lang", "en"]), 0);
    assert_eq!(validate(&into), 0);
    assert_eq!(
        json(&into.join("en/index.json"))["articles"].as_array().unwrap().len(),
        5
    );
    let into = out("channel-language");
    assert_eq!(import(plain.to_str().unwrap(), &into, &[]), 0);
    assert!(into.join("en-GB/articles/winter-ferries.json").is_file());
    // And without one, every post needs a language.
    let nameless = tmp.join("nameless.xml");
    fs::write(&nameless, no_languages.replace("<language>en-GB</language>", "")).unwrap();
    let into = out("no-language-at-all");
    assert_eq!(import(nameless.to_str().unwrap(), &into, &[]), 2);
    assert!(!into.join("site.json").exists());
}

const SINGLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/wordpress/single-language.xml"
);

#[test]
fn a_single_language_export_takes_its_channels_language_and_its_items_dates() {
    let dir = out("single");
    let report = dir.with_extension("report.json");
    assert_eq!(import(SINGLE, &dir, &["--report", report.to_str().unwrap()]), 0);
    assert_eq!(validate(&dir), 0);
    let site = decode_site(&fs::read_to_string(dir.join("site.json")).unwrap()).unwrap();
    assert_eq!(site.languages, ["en-US"]);
    assert_eq!(site.default_language, "en-US");
    let ride = json(&dir.join("en-US/articles/spring-ride.json"));
    assert_eq!(ride["date"], "2026-03-14");
    // No wp: dates: the date from <pubDate>, said in the report.
    assert_eq!(
        json(&dir.join("en-US/articles/repair-evening-brakes.json"))["date"],
        "2026-02-05"
    );
    // No wp:post_name either: the slug from the title, as WordPress makes one.
    assert_eq!(
        json(&dir.join("en-US/articles/club-race-results-2025.json"))["date"],
        "2025-11-17"
    );
    assert!(!dir.join("en-US/articles/winter-training.json").exists(), "scheduled");
    let r = json(&report);
    assert_eq!(r["imported"], serde_json::json!({ "en-US": 3 }));
    assert_eq!(r["skipped"]["scheduled posts"], 1);
    assert_eq!(r["notes"]["dated by pubDate (no wp:post_date_gmt or wp:post_date)"], 2);
    assert_eq!(
        r["notes"]["in the export's language en-US (its <language>; --lang L chooses another)"],
        3
    );
    // --lang overrides the channel.
    let de = out("single-de");
    assert_eq!(import(SINGLE, &de, &["--lang", "de"]), 0);
    assert!(de.join("de/articles/spring-ride.json").is_file());
}

#[test]
fn an_import_that_writes_nothing_says_why_and_writes_nothing() {
    let tmp = out("nothing");
    fs::create_dir_all(&tmp).unwrap();
    let drafts = tmp.join("drafts.xml");
    fs::write(
        &drafts,
        fs::read_to_string(SINGLE)
            .unwrap()
            .replace("<![CDATA[publish]]>", "<![CDATA[draft]]>"),
    )
    .unwrap();
    let into = tmp.join("tree");
    let out = std::process::Command::new(runs::FOLIO_CLI)
        .args([
            "import-wordpress",
            drafts.to_str().unwrap(),
            "--into",
            into.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let said = runs::said(&out);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(
        said.contains("skipped 3: drafts") && said.contains("skipped 1: scheduled posts"),
        "{said}"
    );
    assert!(said.contains("nothing was imported from"), "{said}");
    assert!(!said.contains("No such file"), "{said}");
    assert!(!into.join("site.json").exists());
}

const MEDIA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/wordpress/media.xml");

#[test]
fn galleries_audio_and_video_of_both_editors_keep_every_picture_and_file() {
    let dir = out("media");
    let report = dir.with_extension("report.json");
    assert_eq!(import(MEDIA, &dir, &["--report", report.to_str().unwrap()]), 0);
    assert_eq!(validate(&dir), 0);
    let uploads = "https://choir.example.org/wp-content/uploads/2017/03/";
    // Block editor: a gallery, each picture with its own caption, and the set's.
    let concert = json(&dir.join("en-GB/articles/spring-concert.json"));
    assert_eq!(types(&concert), ["paragraph", "gallery", "audio", "video"]);
    let gallery = &concert["body"][1];
    assert_eq!(gallery["images"][0]["src"], format!("{uploads}stage.svg"));
    assert_eq!(gallery["images"][0]["caption"], "Before");
    assert_eq!(gallery["images"][1]["alt"], "The choir singing");
    assert!(gallery["images"][2].get("caption").is_none(), "no caption of its own");
    assert_eq!(gallery["caption"], "The evening in three pictures");
    assert_eq!(
        concert["body"][2],
        serde_json::json!({ "type": "audio", "src": format!("{uploads}ave.mp3"), "title": "Ave, recorded in the hall" })
    );
    // An older video block: its file in a <source>; titled by the file's name.
    assert_eq!(concert["body"][3]["provider"], "file");
    assert_eq!(concert["body"][3]["src"], format!("{uploads}encore.mp4"));
    assert_eq!(concert["body"][3]["title"], "encore.mp4");
    // Classic editor: [gallery ids] at the very start, from the attachments (alt text,
    // captions), an id the export lacks said; [audio], [video] and a bare address.
    let notes = json(&dir.join("en-GB/articles/rehearsal-notes.json"));
    assert_eq!(types(&notes), ["gallery", "paragraph", "audio", "video", "audio"]);
    assert_eq!(notes["body"][0]["images"][0]["alt"], "The choir singing \"Ave\"");
    assert_eq!(
        notes["body"][0]["images"][0]["caption"],
        "Forty singers in the front rows"
    );
    assert_eq!(notes["body"][0]["images"][1]["src"], format!("{uploads}stage.svg"));
    assert_eq!(notes["body"][2]["src"], format!("{uploads}warm-up.mp3"));
    assert_eq!(notes["body"][3]["src"], format!("{uploads}steps.mp4"));
    assert_eq!(notes["body"][4]["src"], format!("{uploads}tenor-part.mp3"));
    // No shortcode reaches the articles as text.
    for article in [&concert, &notes] {
        assert!(!article.to_string().contains("[gallery") && !article.to_string().contains("[audio"));
    }
    let r = json(&report);
    assert_eq!(
        r["reduced"]["a gallery picture that is not in the export dropped"][0]["id"],
        41
    );
    // A file block: a document to download, named by its link; the preview and the
    // button are not repeated. Dynamic blocks: left out, and said, each kind once.
    let season = json(&dir.join("en-GB/articles/season-programme.json"));
    assert_eq!(types(&season), ["paragraph", "document"]);
    assert_eq!(
        season["body"][1]["documents"],
        serde_json::json!([{ "href": format!("{uploads}season.pdf"), "title": "Season programme 2017", "type": "application/pdf" }])
    );
    for name in ["latest-posts", "archives", "tag-cloud"] {
        let what = format!("a dynamic block ({name}) left out: it has no content of its own");
        assert_eq!(r["reduced"][&what][0]["id"], 42, "{what}");
    }
    // What a reader loses: every picture kept; of the words, only the file block's
    // "Download" button, which the document's own link replaces.
    assert_eq!(
        r["kept"],
        serde_json::json!({ "words": 45, "words_kept": 44, "pictures": 5, "pictures_kept": 5 })
    );
    let lost: Vec<u64> = r["losses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_u64().unwrap())
        .collect();
    assert_eq!(lost, [42]);
    assert_eq!(
        r["reduced"]["a dynamic block (latest-posts) left out: it has no content of its own"]
            .as_array()
            .unwrap()
            .len(),
        1,
        "said once for the post"
    );
}
