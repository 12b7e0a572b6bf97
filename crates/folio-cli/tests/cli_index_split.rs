//! `folio-cli index` above its threshold writes a split index, and `validate` holds the
//! split form to the articles: every article in exactly one place, counts right, pieces
//! in order. Native only.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/tree_fixture.rs"]
mod tree_fixture;

use serde_json::{json, Value};
use tree_fixture::Fixture;

/// The fixture with `n` more English articles, a day apart, kinds in turn.
fn archive(name: &str, n: usize) -> Fixture {
    let f = Fixture::new(name);
    let base = f.read("en/articles/harbour-wall.json");
    for i in 0..n {
        let mut a = base.clone();
        let slug = format!("old-story-{i}");
        a["slug"] = json!(slug);
        a["date"] = json!(format!("2015-{:02}-{:02}", 1 + i / 28 % 12, 1 + i % 28));
        a["kind"] = json!(["news", "opinion", "event"][i % 3]);
        a["title"] = json!(format!("Old story {i}"));
        a.as_object_mut().unwrap().remove("translations");
        a.as_object_mut().unwrap().remove("recommended");
        f.write(&format!("en/articles/{slug}.json"), &a.to_string());
    }
    f
}

fn split(f: &Fixture) {
    let args = ["index", "--split-above", "5", "--head", "4", "--piece", "3"];
    assert_eq!(f.run(&args), 0);
}

fn has(f: &Fixture, expected: &str) {
    let problems = f.problems();
    assert!(
        problems.iter().any(|p| p == expected),
        "expected {expected:?} among {problems:#?}"
    );
}

#[test]
fn above_the_threshold_the_index_is_split_and_valid() {
    // 12 English articles: 4 in index.json, 8 in pieces of 3 (3, 3, 2).
    let f = archive("split-valid", 10);
    split(&f);
    let index = f.read("en/index.json");
    assert_eq!(index["articles"].as_array().unwrap().len(), 4);
    assert_eq!(index["total"], 12);
    let numbers: Vec<&Value> = index["pieces"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| &p["number"])
        .collect();
    assert_eq!(numbers, [&json!(3), &json!(2), &json!(1)]);
    assert_eq!(index["pieces"][0]["count"], 2);
    assert_eq!(f.read("en/index/1.json")["articles"].as_array().unwrap().len(), 3);
    assert_eq!(
        f.read("en/index/1.json")["articles"][2]["slug"],
        "old-story-0",
        "the oldest"
    );
    // German has one article: below the threshold, a single file.
    assert!(f.read("de/index.json").get("pieces").is_none());
    assert_eq!(f.problems(), Vec::<String>::new());
    assert_eq!(f.run(&["validate"]), 0);
    // Back under the threshold: one file again, and the pieces are gone.
    assert_eq!(f.run(&["index"]), 0);
    assert!(f.read("en/index.json").get("pieces").is_none());
    assert!(!f.dir.join("en/index/1.json").exists());
    assert_eq!(f.problems(), Vec::<String>::new());
}

#[test]
fn a_piece_out_of_step_is_named() {
    let f = archive("split-broken", 10);
    split(&f);
    f.edit("en/index.json", |i| {
        i["pieces"][0]["count"] = json!(5);
        i["pieces"][1]["newest"] = json!("2001-01-01");
        i["total"] = json!(99);
        i["kinds"]["news"] = json!(1);
    });
    has(
        &f,
        "en/index.json: pieces[0].count: says 5, but en/index/3.json holds 2 (count)",
    );
    has(
        &f,
        "en/index.json: pieces[1].newest: says 2001-01-01, but en/index/2.json holds 2015-01-06 (its newest card's date)",
    );
    has(
        &f,
        "en/index.json: total: is 99, but index.json and its pieces hold 12 cards",
    );
    has(
        &f,
        "en/index.json: kinds: differs from the kinds counted over all cards",
    );
    assert_eq!(f.run(&["validate"]), 1);
}

#[test]
fn every_article_in_exactly_one_place() {
    let f = archive("split-places", 10);
    split(&f);
    // A card of piece 1 copied into piece 2, and piece 3 (old stories 7 and 6) lost.
    let stray = f.read("en/index/1.json")["articles"][0].clone();
    f.edit("en/index/2.json", |p| p["articles"].as_array_mut().unwrap().push(stray));
    std::fs::remove_file(f.dir.join("en/index/3.json")).unwrap();
    let problems = f.problems();
    has(&f, "en/index/3.json: is missing (index.json lists it)");
    assert!(
        problems.iter().any(|p| p
            .starts_with("en/index/1.json: articles[0]: \"old-story-2\" is listed twice (also in en/index/2.json)")),
        "{problems:#?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("\"old-story-7\" is missing (en/articles/old-story-7.json exists)")),
        "{problems:#?}"
    );
    assert_eq!(f.run(&["validate"]), 1);
}

#[test]
fn pieces_in_order_and_numbered_from_the_oldest() {
    let f = archive("split-order", 10);
    split(&f);
    f.edit("en/index.json", |i| i["pieces"].as_array_mut().unwrap().swap(0, 2));
    has(
        &f,
        "en/index.json: pieces[0].number: is 1, but pieces are listed newest first and numbered from 1 for the oldest: 3 expected here",
    );
    let problems = f.problems();
    assert!(
        problems.iter().any(|p| p.contains("is newer than the card before it")),
        "{problems:#?}"
    );
    // A piece file left from a longer index is a warning.
    split(&f);
    f.write("en/index/7.json", "{\"articles\": []}");
    let problems = f.problems();
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("en/index/7.json: warning: is not listed in index.json's pieces")),
        "{problems:#?}"
    );
    assert_eq!(f.run(&["validate"]), 0, "warnings only");
}

#[test]
fn bad_layout_flags_are_refused() {
    let f = Fixture::new("split-flags");
    assert_eq!(f.run(&["index", "--piece", "0"]), 2);
    assert_eq!(f.run(&["index", "--head", "x"]), 2);
}
