//! What `publish` remembers in its output (`.folio-publish.json`), so that the next run
//! rewrites only what changed: how it saw each article file and the content it copied,
//! each article's `Meta`, and the key of each page it wrote (`plan::page_key`).
//!
//! The file is set aside when a run starts and written (or put back, when nothing in it
//! changed) when it ends well: a run that stops half-way leaves none, and the next run
//! is a full one.

use super::meta::Meta;
use super::stamp::{hash, Seen};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

pub const FILE: &str = ".folio-publish.json";
const FORMAT: u32 = 1;

#[derive(Default, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    /// The hash of the folio-cli that wrote it: another build may check and render
    /// differently, so its manifest is not used.
    pub tool: u64,
    /// Article files by their path in the tree, when the content is not copied (else
    /// they are among `content`).
    #[serde(default)]
    pub articles: BTreeMap<String, Seen>,
    /// Every article's meta by `{lang}/{slug}`.
    pub metas: BTreeMap<String, Meta>,
    /// The key of each article's page by `{lang}/{slug}`.
    pub pages: BTreeMap<String, u64>,
    /// The content files copied into the output, by their path in the tree.
    #[serde(default)]
    pub content: BTreeMap<String, Seen>,
}

impl Manifest {
    /// How the last run saw a file of the tree (`{lang}/articles/{slug}.json`).
    pub fn seen(&self, file: &str) -> Option<&Seen> {
        self.content.get(file).or_else(|| self.articles.get(file))
    }
}

/// The hash of the running folio-cli's executable; `None` when it cannot be read.
pub fn tool() -> Option<u64> {
    let exe = std::env::current_exe().ok()?;
    fs::read(exe).ok().map(|bytes| hash(&bytes))
}

/// The last run's manifest in `out`, when there is one this folio-cli can use; says
/// why on standard error when there is one it cannot.
pub fn read(out: &Path, tool: Option<u64>) -> Option<Manifest> {
    let path = out.join(FILE);
    let text = fs::read_to_string(&path).ok()?;
    let manifest = match serde_json::from_str::<Manifest>(&text) {
        Ok(m) if m.format == FORMAT => m,
        Ok(_) | Err(_) => {
            eprintln!(
                "note: {} is not a manifest this folio-cli reads: a full publish",
                path.display()
            );
            return None;
        }
    };
    if Some(manifest.tool) != tool {
        eprintln!(
            "note: {} was written by another folio-cli: a full publish",
            path.display()
        );
        return None;
    }
    Some(manifest)
}

/// Where the manifest waits while a run is under way.
fn aside(out: &Path) -> std::path::PathBuf {
    out.join(format!("{FILE}.running"))
}

/// Sets the manifest aside (a run has begun).
pub fn set_aside(out: &Path) -> Result<(), String> {
    let path = out.join(FILE);
    match fs::rename(&path, aside(out)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(format!("{}: {e}", path.display())),
        _ => Ok(()),
    }
}

/// Writes the manifest (a run has ended well); `before` is the one set aside, put back
/// as it is when they are the same.
pub fn write(out: &Path, mut manifest: Manifest, before: Option<&Manifest>, tool: Option<u64>) -> Result<(), String> {
    let Some(tool) = tool else {
        eprintln!("note: folio-cli cannot read its own executable: no manifest, the next publish is a full one");
        return Ok(());
    };
    manifest.format = FORMAT;
    manifest.tool = tool;
    let path = out.join(FILE);
    let waiting = aside(out);
    if before == Some(&manifest) && fs::rename(&waiting, &path).is_ok() {
        return Ok(());
    }
    let text = serde_json::to_string(&manifest).map_err(|e| e.to_string())?;
    let partial = out.join(format!("{FILE}.partial"));
    fs::write(&partial, text).map_err(|e| format!("{}: {e}", partial.display()))?;
    fs::rename(&partial, &path).map_err(|e| format!("{}: {e}", path.display()))?;
    match fs::remove_file(&waiting) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(format!("{}: {e}", waiting.display())),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_then_read_by_the_same_tool_only() {
        let dir = std::env::temp_dir().join(format!("folio-manifest-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let mut m = Manifest::default();
        m.pages.insert("en/a".into(), 42);
        write(&dir, m, None, Some(7)).unwrap();
        let read_back = read(&dir, Some(7)).unwrap();
        assert_eq!(read_back.pages["en/a"], 42);
        assert!(read(&dir, Some(8)).is_none(), "another tool's manifest");
        // A run sets it aside: none until the run ends; the same put back.
        set_aside(&dir).unwrap();
        assert!(read(&dir, Some(7)).is_none());
        let same = read_back.pages.clone();
        write(
            &dir,
            Manifest {
                pages: same,
                ..Manifest::default()
            },
            Some(&read_back),
            Some(7),
        )
        .unwrap();
        assert_eq!(read(&dir, Some(7)).unwrap().pages["en/a"], 42);
        assert!(!aside(&dir).exists());
        fs::write(dir.join(FILE), "{not json").unwrap();
        assert!(read(&dir, Some(7)).is_none(), "a broken manifest");
        set_aside(&dir).unwrap();
        set_aside(&dir).unwrap();
        fs::remove_dir_all(&dir).unwrap();
    }
}
