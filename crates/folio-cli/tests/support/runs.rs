//! The four commands that rewrite a publisher's files (`index`, `images`,
//! `import-wordpress --overwrite`, `publish`), each as a case: a folder made once to
//! start from, the command's arguments, and what a run that never failed leaves
//! (`reference`). The tests of failed runs copy the start, run the command through the
//! built `folio-cli` (killed, or on a full disk), and hold the result to the start and
//! the reference: every file whole, and a rerun equal to the reference.
// Each test crate that includes this uses part of it.
#![allow(dead_code)]

use image::codecs::jpeg::JpegEncoder;
use image::{ImageEncoder, Rgb, RgbImage};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const FOLIO_CLI: &str = env!("CARGO_BIN_EXE_folio-cli");

/// Every file under a folder by its `/`-separated path, with its bytes.
pub type Files = BTreeMap<String, Vec<u8>>;

pub fn repo() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// A folder of its own under `target/`, made empty.
pub fn scratch(name: &str) -> PathBuf {
    let dir = repo()
        .join("target/test-runs")
        .join(format!("{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn walk(root: &Path, dir: &Path, out: &mut Files) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if entry.file_type().unwrap().is_dir() {
            walk(root, &path, out);
        } else {
            let rel = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            out.insert(rel, fs::read(&path).unwrap());
        }
    }
}

/// The lock files: what they hold says only whether a run is under way.
pub fn is_lock(rel: &str) -> bool {
    rel.ends_with(".folio-lock") || rel.ends_with(".lock")
}

pub fn is_temporary(rel: &str) -> bool {
    rel.rsplit('/').next().is_some_and(|n| n.starts_with(".folio-tmp-"))
}

/// Every file under `root` but the lock files, as a run leaves them; the publish
/// manifest with its files' modification times set to 0 (a copy of a tree has other
/// times, and nothing else differs).
pub fn files(root: &Path) -> Files {
    let mut out = Files::new();
    walk(root, root, &mut out);
    out.retain(|rel, _| !is_lock(rel));
    for (rel, bytes) in out.iter_mut() {
        if rel.starts_with(".folio-publish/") && rel.ends_with(".json") {
            *bytes = without_times(bytes);
        }
    }
    out
}

fn without_times(manifest: &[u8]) -> Vec<u8> {
    let Ok(mut v) = serde_json::from_slice::<Value>(manifest) else {
        return manifest.to_vec();
    };
    for map in ["articles", "content"] {
        if let Some(seen) = v.get_mut(map).and_then(Value::as_object_mut) {
            for s in seen.values_mut() {
                if let Some(a) = s.as_array_mut().filter(|a| a.len() == 3) {
                    a[1] = Value::from(0);
                }
            }
        }
    }
    serde_json::to_vec(&v).unwrap()
}

/// A command of `folio-cli` on a case's folder.
#[derive(Clone, Debug)]
pub struct Case {
    pub name: &'static str,
    /// What the command starts from: the tree (and the built app to publish into).
    pub start: PathBuf,
    /// The arguments, with `{}` standing for the folder the command runs in.
    pub args: Vec<String>,
}

impl Case {
    pub fn command(&self, dir: &Path) -> Command {
        let mut c = Command::new(FOLIO_CLI);
        c.args(self.args.iter().map(|a| a.replace("{}", &dir.display().to_string())));
        c.current_dir(dir);
        c
    }

    pub fn run(&self, dir: &Path, env: &[(&str, String)]) -> Output {
        let mut c = self.command(dir);
        for (k, v) in env {
            c.env(k, v);
        }
        c.output().unwrap()
    }

    /// What a run that never failed leaves, from a fresh copy of the start.
    pub fn reference(&self, scratch: &Path) -> Files {
        let dir = scratch.join(format!("{}-reference", self.name));
        let _ = fs::remove_dir_all(&dir);
        copy_dir(&self.start, &dir);
        let out = self.run(&dir, &[]);
        // 1: done, with problems of the content named (the WordPress fixture's refused posts).
        assert!(
            out.status.code().is_some_and(|c| c <= 1),
            "{}: {}",
            self.name,
            said(&out)
        );
        let files = files(&dir);
        fs::remove_dir_all(&dir).unwrap();
        files
    }
}

pub fn said(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// After a run that failed: every file is as it was at the start or as a run that
/// never failed leaves it (a new file whole, every JSON file parsing), and no file of
/// the start is gone that the reference keeps; temporary files may be left.
pub fn assert_whole(case: &str, at: &str, before: &Files, reference: &Files, after: &Files) {
    for (rel, bytes) in after {
        if is_temporary(rel) {
            continue;
        }
        let old = before.get(rel).is_some_and(|b| b == bytes);
        let new = reference.get(rel).is_some_and(|b| b == bytes);
        assert!(
            old || new,
            "{case} ({at}): {rel} is neither as it was nor as the command writes it"
        );
        if rel.ends_with(".json") {
            assert!(
                serde_json::from_slice::<Value>(bytes).is_ok(),
                "{case} ({at}): {rel} does not parse"
            );
        }
    }
    for rel in before.keys() {
        assert!(
            after.contains_key(rel) || !reference.contains_key(rel),
            "{case} ({at}): {rel} is gone"
        );
    }
}

/// A photo of our own, as JPEG.
pub fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let picture = RgbImage::from_fn(width, height, |x, y| {
        Rgb([(x % 251) as u8, (y % 241) as u8, ((x * 3 + y) % 256) as u8])
    });
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, 85)
        .write_image(picture.as_raw(), width, height, image::ExtendedColorType::Rgb8)
        .unwrap();
    out
}

/// What Trunk's build leaves in `dist/index.html`, reduced to what publish needs.
const TEMPLATE: &str = r#"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Folio</title>
    <script type="module" src="/boot.js"></script>
  </head>
  <body></body>
</html>
"#;

fn edit_json(path: &Path, change: impl FnOnce(&mut Value)) {
    let mut v: Value = serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
    change(&mut v);
    fs::write(path, serde_json::to_string_pretty(&v).unwrap() + "\n").unwrap();
}

fn fixture_tree(to: &Path) {
    copy_dir(
        &repo().join(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/tree")),
        to,
    );
}

fn articles(tree: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for lang in ["en", "de"] {
        for e in fs::read_dir(tree.join(lang).join("articles")).unwrap().flatten() {
            found.push(e.path());
        }
    }
    found.sort();
    found
}

/// `index`: the fixture tree with every title revised, so every index and search file
/// is rewritten.
fn index_case(base: &Path) -> Case {
    let start = base.join("index-start");
    fixture_tree(&start.join("tree"));
    for a in articles(&start.join("tree")) {
        edit_json(&a, |v| {
            let t = format!("{} (revised)", v["title"].as_str().unwrap());
            v["title"] = t.into();
        });
    }
    Case {
        name: "index",
        start,
        args: vec!["index".into(), "{}/tree".into()],
    }
}

/// `images`: the fixture tree with a photo of our own as each article's lead image.
fn images_case(base: &Path) -> Case {
    let start = base.join("images-start");
    let tree = start.join("tree");
    fixture_tree(&tree);
    for (i, (a, (w, h))) in articles(&tree)
        .iter()
        .zip([(700, 460), (500, 330), (400, 260)])
        .enumerate()
    {
        let src = format!("img/photo-{i}.jpg");
        fs::write(tree.join(&src), jpeg(w, h)).unwrap();
        edit_json(a, |v| v["image"] = serde_json::json!({ "src": src, "alt": "A photo" }));
    }
    Case {
        name: "images",
        start,
        args: vec!["images".into(), "{}/tree".into()],
    }
}

/// `import-wordpress --overwrite`: our WordPress fixture imported once, every article's
/// title then changed, imported again over it.
fn wordpress_case(base: &Path) -> Case {
    let start = base.join("wordpress-start");
    let fixture = repo().join(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/wordpress"));
    let args: Vec<String> = [
        "import-wordpress",
        &fixture.join("export.xml").display().to_string(),
        "--into",
        "{}/tree",
        "--kind-from",
        "category",
        "--uploads",
        &fixture.join("uploads").display().to_string(),
        "--overwrite",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    fs::create_dir_all(&start).unwrap();
    let case = Case {
        name: "import-wordpress",
        start: start.clone(),
        args,
    };
    let first = case.run(&start, &[]);
    assert!(first.status.code().is_some(), "{}", said(&first));
    for lang in fs::read_dir(start.join("tree")).unwrap().flatten() {
        let Ok(files) = fs::read_dir(lang.path().join("articles")) else {
            continue;
        };
        for a in files.flatten() {
            edit_json(&a.path(), |v| {
                let t = format!("OLD {}", v["title"].as_str().unwrap());
                v["title"] = t.into();
            });
        }
    }
    case
}

/// `publish`: the fixture tree into a built app (its `index.html`), the tree copied in.
fn publish_case(base: &Path) -> Case {
    let start = base.join("publish-start");
    fixture_tree(&start.join("tree"));
    fs::create_dir_all(start.join("dist")).unwrap();
    fs::write(start.join("dist/index.html"), TEMPLATE).unwrap();
    Case {
        name: "publish",
        start,
        args: vec![
            "publish".into(),
            "{}/tree".into(),
            "--out".into(),
            "{}/dist".into(),
            "--base-url".into(),
            "https://news.example.org".into(),
        ],
    }
}

/// The case of `name` (`index`, `images`, `import-wordpress`, `publish`), made under `base`.
pub fn case(name: &str, base: &Path) -> Case {
    match name {
        "index" => index_case(base),
        "images" => images_case(base),
        "import-wordpress" => wordpress_case(base),
        "publish" => publish_case(base),
        other => panic!("no case {other}"),
    }
}
