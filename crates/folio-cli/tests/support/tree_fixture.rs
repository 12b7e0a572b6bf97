//! A private copy of `tests/fixtures/tree` for one test to change and check.
// Each test crate that includes this uses part of it.
#![allow(dead_code)]

use folio_cli::check::tree::load;
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// What Trunk's build leaves in `dist/index.html`, reduced to what publish needs.
pub const TEMPLATE: &str = r#"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Folio</title>
    <link rel="modulepreload" href="/folio-0123.js" />
    <link rel="preload" href="/folio-0123_bg.wasm" as="fetch" type="application/wasm" crossorigin />
    <script type="module" src="/boot.js"></script>
  </head>
  <body></body>
</html>
"#;

pub struct Fixture {
    pub dir: PathBuf,
}

fn copy(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

impl Fixture {
    pub fn new(name: &str) -> Fixture {
        let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
        // Tests run in parallel threads of one process: each copy gets a name of its own.
        static COPIES: AtomicUsize = AtomicUsize::new(0);
        let copy_no = COPIES.fetch_add(1, Ordering::Relaxed);
        let dir = root
            .join("target/test-trees")
            .join(format!("{name}-{}-{copy_no}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        copy(
            &root.join(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/tree")),
            &dir,
        );
        Fixture { dir }
    }

    pub fn read(&self, file: &str) -> Value {
        serde_json::from_str(&fs::read_to_string(self.dir.join(file)).unwrap()).unwrap()
    }

    pub fn write(&self, file: &str, text: &str) {
        let path = self.dir.join(file);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    pub fn edit(&self, file: &str, change: impl FnOnce(&mut Value)) {
        let mut v = self.read(file);
        change(&mut v);
        self.write(file, &serde_json::to_string_pretty(&v).unwrap());
    }

    /// Every problem of the tree, as `validate` prints it.
    pub fn problems(&self) -> Vec<String> {
        load(&self.dir).problems.iter().map(|p| p.to_string()).collect()
    }

    /// Runs a command on the tree (`["validate"]` → `validate DIR`); its exit code.
    pub fn run(&self, args: &[&str]) -> i32 {
        let mut all: Vec<String> = vec![args[0].to_string(), self.dir.display().to_string()];
        all.extend(args[1..].iter().map(|a| a.to_string()));
        folio_cli::cli::run(all)
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}
