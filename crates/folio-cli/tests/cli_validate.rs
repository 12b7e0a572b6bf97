//! `folio-cli validate` on fixture trees: the valid tree passes, and each class of
//! problem is reported at its file and field. Native only.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/tree_fixture.rs"]
mod tree_fixture;

use serde_json::{json, Value};
use std::fs;
use tree_fixture::Fixture;

/// Asserts the tree has exactly this error among its problems.
fn reports(f: &Fixture, expected: &str) {
    let problems = f.problems();
    assert!(
        problems.iter().any(|p| p == expected),
        "expected {expected:?} among {problems:#?}"
    );
}

#[test]
fn the_valid_tree_passes() {
    let f = Fixture::new("valid");
    assert_eq!(f.problems(), Vec::<String>::new());
    assert_eq!(f.run(&["validate"]), 0);
}

#[test]
fn json_that_does_not_decode() {
    let f = Fixture::new("bad-json");
    f.write("en/articles/harbour-wall.json", "{ \"slug\": \"harbour-wall\", ");
    let problems = f.problems();
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("en/articles/harbour-wall.json: is not valid JSON: EOF")),
        "{problems:#?}"
    );
    assert_eq!(f.run(&["validate"]), 1);
}

#[test]
fn wrong_types_and_missing_fields() {
    let f = Fixture::new("types");
    f.edit("en/articles/harbour-wall.json", |a| {
        a["body"] = json!("text");
        a.as_object_mut().unwrap().remove("kind");
    });
    reports(
        &f,
        "en/articles/harbour-wall.json: body: must be an array of blocks, not a string",
    );
    reports(&f, "en/articles/harbour-wall.json: kind: is required");
}

#[test]
fn a_link_with_a_refused_scheme() {
    let f = Fixture::new("scheme");
    f.edit("en/articles/ferry-timetable.json", |a| {
        a["body"][0]["text"][1]["link"] = json!(" JaVa\tScRiPt:alert(1)");
    });
    reports(
        &f,
        "en/articles/ferry-timetable.json: body[0].text[1].link: scheme \"javascript\" is not allowed",
    );
}

#[test]
fn invalid_slugs_and_slugs_that_differ_from_the_file() {
    let f = Fixture::new("slugs");
    f.edit("en/articles/harbour-wall.json", |a| a["slug"] = json!("Harbour_Wall"));
    reports(&f, "en/articles/harbour-wall.json: slug: \"Harbour_Wall\" is not a valid slug (lower-case letters and digits in words joined by single hyphens, at most 200 characters)");
    let g = Fixture::new("slug-name");
    g.edit("en/articles/harbour-wall.json", |a| a["slug"] = json!("sea-wall"));
    reports(
        &g,
        "en/articles/harbour-wall.json: slug: \"sea-wall\" differs from the file name (harbour-wall.json)",
    );
}

#[test]
fn translations_missing_or_not_reciprocal() {
    let f = Fixture::new("translation-missing");
    f.edit("en/articles/ferry-timetable.json", |a| {
        a["translations"]["de"] = json!("faehre")
    });
    reports(
        &f,
        "en/articles/ferry-timetable.json: translations.de: de/articles/faehre.json does not exist",
    );
    let g = Fixture::new("translation-one-way");
    g.edit("de/articles/faehrplan.json", |a| {
        a.as_object_mut().unwrap().remove("translations");
    });
    reports(&g, "en/articles/ferry-timetable.json: translations.de: not reciprocal: de/articles/faehrplan.json does not name \"ferry-timetable\" as its en translation");
}

#[test]
fn recommended_cards_naming_missing_articles() {
    let f = Fixture::new("recommended");
    f.edit("en/articles/harbour-wall.json", |a| {
        a["recommended"][0]["slug"] = json!("ghost-ship")
    });
    reports(
        &f,
        "en/articles/harbour-wall.json: recommended[0].slug: names \"ghost-ship\", which has no article in en",
    );
}

#[test]
fn an_index_out_of_step_with_the_articles() {
    let f = Fixture::new("index");
    f.edit("en/index.json", |i| {
        let cards = i["articles"].as_array_mut().unwrap();
        cards[0]["title"] = json!("Old title");
        cards[0]["date"] = json!("2026-03-13");
        cards[0]["kind"] = json!("event");
        cards.remove(1);
        cards.push(json!({ "slug": "lighthouse", "kind": "news", "date": "2026-01-01", "title": "Gone" }));
    });
    reports(&f, "en/index.json: articles[0].title: differs from the article's title \"Ferries & \\\"fast\\\" boats: the <new> timetable\"");
    reports(
        &f,
        "en/index.json: articles[0].date: differs from the article's date 2026-03-14",
    );
    reports(
        &f,
        "en/index.json: articles[0].kind: differs from the article's kind \"news\"",
    );
    reports(
        &f,
        "en/index.json: articles[1]: \"lighthouse\" has no article file (en/articles/lighthouse.json)",
    );
    reports(
        &f,
        "en/index.json: articles: \"harbour-wall\" is missing (en/articles/harbour-wall.json exists)",
    );
    let g = Fixture::new("index-order");
    g.edit("en/index.json", |i| i["articles"].as_array_mut().unwrap().reverse());
    reports(
        &g,
        "en/index.json: articles[1]: is newer than the card before it: the index must be newest first",
    );
}

#[test]
fn missing_alt_text() {
    let f = Fixture::new("alt");
    f.edit("en/articles/ferry-timetable.json", |a| {
        a["body"][4]["image"].as_object_mut().unwrap().remove("alt");
        a["people"][0]["photo"]["alt"] = json!(" ");
    });
    reports(&f, "en/articles/ferry-timetable.json: body[4].image.alt: missing alt text (describe the image for readers who cannot see it)");
    reports(&f, "en/articles/ferry-timetable.json: people[0].photo.alt: warning: empty alt text marks the image as decorative: screen readers skip it");
}

#[test]
fn relative_images_that_do_not_exist() {
    let f = Fixture::new("images");
    f.edit("en/articles/ferry-timetable.json", |a| {
        a["image"]["src"] = json!("img/quay%20side.svg")
    });
    reports(
        &f,
        "en/articles/ferry-timetable.json: image.src: \"img/quay%20side.svg\" does not exist in the content tree",
    );
    // Absolute and root-relative sources are the host's business, not the tree's.
    let g = Fixture::new("images-absolute");
    g.edit("en/articles/ferry-timetable.json", |a| {
        a["image"]["src"] = json!("https://cdn.example.org/a.jpg")
    });
    assert!(g.problems().is_empty(), "{:#?}", g.problems());
}

#[test]
fn dates_that_are_not_dates() {
    let f = Fixture::new("dates");
    f.edit("en/articles/harbour-wall.json", |a| a["date"] = json!("2026-02-30"));
    f.edit("en/articles/ferry-timetable.json", |a| {
        a["updated"] = json!("yesterday")
    });
    reports(
        &f,
        "en/articles/harbour-wall.json: date: \"2026-02-30\" is not a date (YYYY-MM-DD, a real day)",
    );
    reports(
        &f,
        "en/articles/ferry-timetable.json: updated: is not an RFC 3339 time (like 2017-02-08T10:37:00Z)",
    );
}

#[test]
fn languages_without_a_folder() {
    let f = Fixture::new("languages");
    f.edit("site.json", |s| s["languages"] = json!(["en", "de", "fr"]));
    reports(&f, "site.json: languages[2]: \"fr\" has no folder (fr/)");
}

#[test]
fn unknown_blocks_are_warnings() {
    let f = Fixture::new("unknown-block");
    f.edit("en/articles/harbour-wall.json", |a| {
        a["body"].as_array_mut().unwrap().push(json!({ "type": "poll" }));
    });
    reports(&f, "en/articles/harbour-wall.json: body[1].type: warning: unknown block type \"poll\": readers will not see this block");
    assert_eq!(f.run(&["validate"]), 0, "warnings alone pass");
}

#[test]
fn index_rewrites_every_index_newest_first() {
    let f = Fixture::new("index-command");
    f.write("en/index.json", "{ \"articles\": [] }");
    assert_eq!(f.run(&["index"]), 0);
    assert!(f.problems().is_empty(), "{:#?}", f.problems());
    let index: Value = f.read("en/index.json");
    let slugs: Vec<&str> = index["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["slug"].as_str().unwrap())
        .collect();
    assert_eq!(slugs, ["ferry-timetable", "harbour-wall"]);
}

#[test]
fn image_variants_wider_than_the_image_missing_or_of_an_unknown_type() {
    let f = Fixture::new("variants");
    fs::write(f.dir.join("img/pier-800.jpg"), b"not checked here").unwrap();
    f.edit("en/articles/ferry-timetable.json", |a| {
        a["image"]["variants"] = json!([
            { "src": "img/pier-800.jpg", "width": 800, "type": "image/jpeg" },
            { "src": "img/pier-3200.jpg", "width": 3200, "type": "image/jpeg" },
            { "src": "img/pier-800.heic", "width": 800, "type": "image/heic" }
        ]);
        a["image"]["focus"] = json!({ "x": 0.5, "y": -0.1 });
    });
    let file = "en/articles/ferry-timetable.json";
    reports(
        &f,
        &format!(
            "{file}: image.variants[1].width: 3200 is wider than the image itself (1600): a variant is never enlarged"
        ),
    );
    reports(
        &f,
        &format!("{file}: image.variants[1].src: \"img/pier-3200.jpg\" does not exist in the content tree"),
    );
    reports(&f, &format!("{file}: image.variants[2].type: \"image/heic\" is not one of the types a variant may have: image/avif, image/webp, image/jpeg, image/png"));
    reports(&f, &format!("{file}: image.focus.y: -0.1 must be a number from 0 to 1"));
    let problems = f.problems();
    assert!(
        !problems.iter().any(|p| p.contains("variants[0]")),
        "the first variant is right: {problems:#?}"
    );
}
