//! `folio-cli import-wordpress` on a post per core block of the block editor
//! (`tests/fixtures/wordpress/core-blocks.xml`) and on the classic editor's every tag
//! (`classic.xml`), both written as WordPress 6.1 writes them (their comments cite the
//! sources): each block becomes the nearest contract block in reading order, no markup
//! reaches the JSON as text, protected, private, draft and scheduled posts stay out, and
//! the report's totals meet the targets (98 % of a reader's words, 95 % of
//! pictures). Native only.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/wordpress.rs"]
mod wordpress;

use folio_core::content::decode::decode_article;
use serde_json::{json as j, Value};
use std::fs;
use std::path::Path;
use wordpress::{import, json, out, types, validate};

const CORE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/wordpress/core-blocks.xml"
);
const CLASSIC: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/wordpress/classic.xml"
);
const UPLOADS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/wordpress/uploads");

/// Imports a fixture with its pictures and a report; the tree validates.
fn imported(export: &str, name: &str) -> (std::path::PathBuf, Value) {
    let dir = out(name);
    let report = dir.with_extension("report.json");
    let code = import(
        export,
        &dir,
        &["--uploads", UPLOADS, "--report", report.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{export} imports");
    assert_eq!(validate(&dir), 0, "{export}: the imported tree validates");
    (dir, json(&report))
}

fn article(dir: &Path, slug: &str) -> Value {
    json(&dir.join(format!("en-US/articles/{slug}.json")))
}

/// Every string of a value, with the key it is under.
fn strings<'v>(v: &'v Value, key: &str, out: &mut Vec<(String, &'v str)>) {
    match v {
        Value::String(s) => out.push((key.to_string(), s)),
        Value::Array(list) => list.iter().for_each(|x| strings(x, key, out)),
        Value::Object(o) => o.iter().for_each(|(k, x)| strings(x, k, out)),
        _ => {}
    }
}

/// No markup, entity, shortcode or block comment in any text but a code block's.
fn no_markup(dir: &Path) {
    for entry in fs::read_dir(dir.join("en-US/articles")).unwrap().flatten() {
        let a: Value = serde_json::from_str(&fs::read_to_string(entry.path()).unwrap()).unwrap();
        decode_article(&a.to_string()).unwrap();
        for block in a["body"].as_array().unwrap() {
            if block["type"] == "code" {
                continue;
            }
            let mut found = Vec::new();
            strings(block, "", &mut found);
            for (key, s) in found {
                let markup = [
                    "<", "&amp;", "&nbsp;", "&mdash;", "[gallery", "[caption", "[audio", "[video", "[embed", "wp:",
                ];
                if key != "src" && key != "link" && key != "href" {
                    assert!(
                        !markup.iter().any(|m| s.contains(m)),
                        "{}: {key} {s:?}",
                        entry.path().display()
                    );
                }
            }
        }
    }
}

/// The report's totals: at least 98 % of words and 95 % of pictures kept.
fn targets_met(report: &Value) {
    let kept = &report["kept"];
    let share = |k: &str, all: &str| kept[k].as_f64().unwrap() / kept[all].as_f64().unwrap().max(1.0);
    assert!(share("words_kept", "words") >= 0.98, "{kept}");
    assert!(share("pictures_kept", "pictures") >= 0.95, "{kept}");
}

#[test]
fn every_core_block_becomes_its_nearest_contract_block() {
    let (dir, report) = imported(CORE, "core-blocks");
    no_markup(&dir);
    targets_met(&report);
    for (reason, n) in [
        ("password-protected posts", 1),
        ("private posts", 1),
        ("drafts", 1),
        ("scheduled posts", 1),
    ] {
        assert_eq!(report["skipped"][reason], n, "{reason}");
    }
    let written: Vec<String> = fs::read_dir(dir.join("en-US/articles"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(written.len(), 31);

    // Inline styles: code, kbd, sup, sub kept; mark and s as their words.
    let fees = article(&dir, "mooring-fees-2023");
    assert!(fees["body"][1]["text"]
        .as_array()
        .unwrap()
        .contains(&j!({ "text": "MOOR-2023", "code": true })));
    assert!(fees["body"][1]["text"]
        .as_array()
        .unwrap()
        .contains(&j!({ "text": "2", "sup": true })));
    assert!(fees["body"][1]["text"]
        .as_array()
        .unwrap()
        .contains(&j!({ "text": "3", "sub": true })));
    // Lists nested three deep, as nested lists.
    let parking = article(&dir, "winter-fair-parking");
    let deepest = &parking["body"][1]["items"][0]["list"]["items"][0]["list"]["items"];
    assert_eq!(
        deepest,
        &j!([["Blue badge bays next to the kiosk"], ["Cycle racks by the slipway"]])
    );
    // Quote and pull quote, with their citations.
    assert_eq!(types(&article(&dir, "breakwater-repairs-finished"))[1], "quote");
    assert_eq!(
        article(&dir, "thank-you-lifeboat-volunteers")["body"][1]["cite"],
        "Mayor Daniel Hoskins"
    );
    // Code shows HTML as text; preformatted keeps its columns; verse is a verse.
    let widget = article(&dir, "tide-times-widget");
    assert!(widget["body"][1]["text"].as_str().unwrap().starts_with("<iframe src="));
    let tides = article(&dir, "tide-table-december-week-1");
    assert!(tides["body"][1]["text"].as_str().unwrap().contains("\nDec 1   05:12"));
    assert_eq!(article(&dir, "poem-for-the-sea-wall")["body"][1]["verse"], true);
    // Tables: caption, header row (thead), a cell spanning two columns, a header column.
    let ferry = article(&dir, "winter-berths-and-ferry-times");
    let fares = &ferry["body"][1];
    assert_eq!(fares["caption"], "Ferry fares from 5 December");
    assert_eq!(fares["header_row"], true);
    assert_eq!(
        fares["rows"][3][1],
        j!({ "text": ["$1.50 added to any ticket"], "colspan": 2 })
    );
    assert_eq!(ferry["body"][3]["header_column"], true);
    // Galleries, block and shortcode: every picture, captions from the figures or the
    // attachments, the set's caption.
    let day = article(&dir, "harbour-day-2022-pictures");
    assert_eq!(day["body"][1]["images"].as_array().unwrap().len(), 3);
    assert_eq!(day["body"][1]["caption"], "Harbour Day, 14 May 2022");
    assert_eq!(day["body"][1]["images"][0]["src"], "img/wp/2022/05/harbour.png");
    let market = article(&dir, "more-spring-market-photos");
    assert_eq!(types(&market), ["paragraph", "gallery", "paragraph"]);
    // Buttons: a link each; cover and media-text: their picture and text; columns and
    // groups: their content in order.
    let survey = article(&dir, "seafront-plans-consultation");
    assert_eq!(
        survey["body"][1]["text"][0]["link"],
        "https://council.example.org/consultations/seafront/"
    );
    assert_eq!(types(&article(&dir, "winter-lights-switch-on"))[0], "image");
    assert_eq!(
        types(&article(&dir, "meet-the-market-team"))[..2],
        ["image", "paragraph"]
    );
    assert_eq!(types(&article(&dir, "warm-spaces-this-winter")).len(), 5);
    // Files, audio and video blocks.
    assert_eq!(types(&article(&dir, "draft-budget-2023"))[1], "document");
    assert_eq!(types(&article(&dir, "november-meeting-recording"))[1], "audio");
    let path = article(&dir, "walk-the-new-coastal-path");
    assert_eq!(
        (path["body"][1]["type"].as_str(), path["body"][1]["provider"].as_str()),
        (Some("video"), Some("file"))
    );
    // Social posts whose text the export holds: a quote with its author and a link to
    // the post; Mastodon's embeds hold no text: a link to the post.
    let tweet = article(&dir, "ferry-timetable-tweet");
    let quote = &tweet["body"][1];
    assert_eq!(quote["type"], "quote");
    assert_eq!(quote["cite"], "Bay Ferries (@BayFerriesSMB)");
    assert_eq!(
        quote["text"].as_array().unwrap().last().unwrap(),
        &j!({ "text": "December 15, 2022", "link": "https://twitter.com/BayFerriesSMB/status/1603391522318417920" })
    );
    let facebook = article(&dir, "thank-you-from-the-food-bank");
    assert_eq!(facebook["body"][1]["cite"], "Saltmarsh Bay Food Bank");
    let instagram = article(&dir, "storm-damage-update");
    assert_eq!(
        instagram["body"][1]["cite"],
        "Saltmarsh Bay Council (@saltmarshbaycouncil)"
    );
    assert_eq!(
        instagram["body"][1]["text"].as_array().unwrap().last().unwrap()["link"],
        "https://www.instagram.com/p/CCx4kT9nQmL/"
    );
    for slug in ["follow-us-on-mastodon", "storm-warning-weekend"] {
        let a = article(&dir, slug);
        let link = a["body"][1]["text"][0]["link"].as_str().unwrap();
        assert!(
            link.starts_with("https://toot.example.net/@saltmarshbay/"),
            "{slug}: {link}"
        );
    }
    // Dynamic blocks: left out, each kind said.
    for name in [
        "latest-posts",
        "archives",
        "calendar",
        "categories",
        "search",
        "tag-cloud",
        "rss",
        "latest-comments",
    ] {
        let what = format!("a dynamic block ({name}) left out: it has no content of its own");
        assert!(report["reduced"][&what].is_array(), "{what}");
    }
}

#[test]
fn the_classic_editors_every_tag() {
    let (dir, report) = imported(CLASSIC, "classic");
    no_markup(&dir);
    targets_met(&report);
    let news = article(&dir, "harbour-newsletter-june-2022");
    let kinds = types(&news);
    for kind in [
        "heading", "quote", "image", "list", "table", "code", "divider", "audio", "video",
    ] {
        assert!(kinds.iter().any(|k| k == kind), "{kind} in {kinds:?}");
    }
    let body = news["body"].as_array().unwrap();
    // The definition list: each term in bold, then its definition.
    let terms = body
        .iter()
        .find(|b| b["type"] == "list" && b["items"][0][0]["bold"] == true)
        .expect("a definition list");
    assert_eq!(terms["items"][0][0]["text"], "Slipway");
    // The list nested three deep keeps its levels, the third numbered.
    let flags = body
        .iter()
        .find(|b| b["items"][0]["list"].is_object())
        .expect("a nested list");
    assert_eq!(flags["items"][0]["list"]["items"][0]["list"]["ordered"], true);
    // A [video] with a poster: the poster kept; a bare address and [embed]: links.
    let video = body.iter().find(|b| b["type"] == "video").unwrap();
    assert_eq!(video["poster"]["src"], "img/wp/2022/05/harbour.png");
    for address in [
        "https://www.youtube.com/watch?v=Lr4mT8sQw2E",
        "https://vimeo.com/713482096",
    ] {
        assert!(
            body.iter().any(|b| b["text"][0]["link"] == address),
            "{address} is a link"
        );
    }
    // sup, sub and code from the classic editor's tags.
    let brief = body.iter().find(|b| b.to_string().contains("SMB-02")).unwrap();
    assert!(brief["text"]
        .as_array()
        .unwrap()
        .contains(&j!({ "text": "th", "sup": true })));
    assert!(brief["text"]
        .as_array()
        .unwrap()
        .contains(&j!({ "text": "2", "sub": true })));
}
