//! Only content goes to the web: `publish` copies the files the contract names, those
//! the articles use in any folder, and the contract's folders for pictures, media and
//! documents; never a dotfile, an import report, a folder of notes or a stray file,
//! which it counts and names. Its manifest lives beside the output, not in it; an
//! earlier folio-cli's manifest in the output, and an earlier copy's leftovers, are
//! removed. Native only.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/runs.rs"]
mod runs;
#[path = "support/tree_fixture.rs"]
mod tree_fixture;

use serde_json::json;
use std::fs;
use std::process::Command;
use tree_fixture::{Fixture, TEMPLATE};

fn publish(f: &Fixture, extra: &[&str]) -> (i32, String) {
    let out = Command::new(runs::FOLIO_CLI)
        .arg("publish")
        .arg(&f.dir)
        .args(["--out", &f.dir.join("dist").display().to_string()])
        .args(["--base-url", "https://news.example.org"])
        .args(extra)
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), runs::said(&out))
}

#[test]
fn only_content_is_copied_and_the_rest_is_counted() {
    let f = Fixture::new("web-files");
    // Not content: a secret, an import report, notes, a file nothing uses.
    f.write(".folio-secret.json", r#"{ "password": "hunter2" }"#);
    f.write("wp-report.json", "{}");
    f.write("notes/todo.txt", "ask about the harbour photos");
    f.write("stray.pdf", "%PDF-1.4 nothing uses this");
    // Content outside the usual folders, used by an article; and a picture in img/
    // that no article uses yet.
    f.write("docs/report.pdf", "%PDF-1.4 the annual report");
    f.write("gallery/quay.svg", r#"<svg xmlns="http://www.w3.org/2000/svg"/>"#);
    f.write("img/unused.svg", r#"<svg xmlns="http://www.w3.org/2000/svg"/>"#);
    f.edit("en/articles/harbour-wall.json", |v| {
        v["documents"] = json!([{ "href": "docs/report.pdf", "title": "Annual report", "type": "application/pdf" }]);
        v["body"]
            .as_array_mut()
            .unwrap()
            .push(json!({ "type": "image", "image": { "src": "gallery/quay.svg", "alt": "The quay" } }));
    });
    // What an earlier folio-cli left in the output: its manifest, and a copied report.
    f.write("dist/index.html", TEMPLATE);
    f.write("dist/.folio-publish.json", "{}");
    f.write("dist/content/wp-report.json", "{}");

    let (code, said) = publish(&f, &[]);
    assert_eq!(code, 0, "{said}");
    let content = f.dir.join("dist/content");
    for published in [
        "site.json",
        "en/index.json",
        "en/articles/harbour-wall.json",
        "de/articles/faehrplan.json",
        "docs/report.pdf",
        "gallery/quay.svg",
        "img/unused.svg",
        "img/pier.svg",
    ] {
        assert!(content.join(published).is_file(), "{published} is published");
    }
    for kept_back in [
        ".folio-secret.json",
        "wp-report.json",
        "notes/todo.txt",
        "stray.pdf",
        ".folio-publish",
    ] {
        assert!(!content.join(kept_back).exists(), "{kept_back} is not published");
    }
    assert!(
        said.contains("4 file(s) in the tree are not published")
            && said.contains(".folio-secret.json, notes/todo.txt, stray.pdf, wp-report.json"),
        "{said}"
    );
    // The manifest: beside the output (here in the tree's own dot-folder, not copied,
    // not counted), and the old one gone from the output.
    assert!(f.dir.join(".folio-publish/dist.json").is_file());
    assert!(!f.dir.join("dist/.folio-publish.json").exists());
    assert!(said.contains("which an earlier folio-cli kept in the output"), "{said}");
    let served: Vec<String> = fs::read_dir(f.dir.join("dist"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(
        served.is_empty(),
        "nothing of folio-cli's own in the output: {served:?}"
    );

    // More than five left out: the first five named, --verbose names them all.
    for n in 0..4 {
        f.write(&format!("notes/more-{n}.txt"), "more notes");
    }
    let (_, said) = publish(&f, &[]);
    assert!(
        said.contains("8 file(s) in the tree are not published")
            && said.contains("and 3 more (--verbose lists them all)"),
        "{said}"
    );
    let (_, said) = publish(&f, &["--verbose"]);
    assert!(
        said.contains("notes/more-3.txt, notes/todo.txt, stray.pdf, wp-report.json"),
        "{said}"
    );
}

#[test]
fn a_document_the_articles_stop_using_leaves_the_copy() {
    let f = Fixture::new("web-files-gone");
    f.write("docs/report.pdf", "%PDF-1.4 the annual report");
    f.edit("en/articles/harbour-wall.json", |v| {
        v["documents"] = json!([{ "href": "docs/report.pdf", "title": "Annual report" }]);
    });
    f.write("dist/index.html", TEMPLATE);
    assert_eq!(publish(&f, &[]).0, 0);
    assert!(f.dir.join("dist/content/docs/report.pdf").is_file());
    f.edit("en/articles/harbour-wall.json", |v| {
        v.as_object_mut().unwrap().remove("documents");
    });
    let (code, said) = publish(&f, &[]);
    assert_eq!(code, 0, "{said}");
    assert!(
        !f.dir.join("dist/content/docs/report.pdf").exists(),
        "no longer published"
    );
    assert!(
        said.contains("1 file(s) in the tree are not published") && said.contains("docs/report.pdf"),
        "{said}"
    );
}
