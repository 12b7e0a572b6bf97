//! What the WordPress import tests share: a folder of their own, the import and
//! validate commands, reading what they wrote.
#![allow(dead_code)]

use folio_cli::cli::run;
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// An empty folder of its own for one test.
pub fn out(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .join("target/test-wordpress")
        .join(format!(
            "{name}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
    let _ = fs::remove_dir_all(&dir);
    dir
}

pub fn import(export: &str, into: &Path, extra: &[&str]) -> i32 {
    let mut args = vec![
        "import-wordpress".to_string(),
        export.to_string(),
        "--into".into(),
        into.display().to_string(),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    run(args)
}

pub fn validate(dir: &Path) -> i32 {
    run(vec!["validate".into(), dir.display().to_string()])
}

pub fn json(path: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).unwrap()
}

pub fn types(article: &Value) -> Vec<String> {
    article["body"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["type"].as_str().unwrap().to_string())
        .collect()
}
