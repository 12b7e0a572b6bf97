//! What `publish` remembers of an output, so that the next run rewrites only what
//! changed: how it saw each article file and the content it copied, each article's
//! `Meta`, and the key of each page it wrote (`plan::page_key`).
//!
//! It lives beside the output, never in it (a web server serves the output, and what is
//! in it gets deployed): `Place`. The file is set aside when a run starts and written
//! (or put back, when nothing in it changed) when it ends well: a run that stops
//! half-way leaves none, and the next run is a full one.

use crate::check::meta::Meta;
use crate::disk::failure::WriteError;
use crate::disk::stamp::{hash, Seen};
use crate::disk::write::write;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// The folder beside an output that holds publish's manifest and lock.
pub const FOLDER: &str = ".folio-publish";
/// Where earlier folio-cli versions kept the manifest: in the output itself.
const OLD_FILE: &str = ".folio-publish.json";
const FORMAT: u32 = 1;

/// Where publish keeps what it knows of one output `DIST`: `DIST/../.folio-publish/`,
/// the manifest `DIST.json` and the run's lock `DIST.lock`.
#[derive(Clone, Debug)]
pub struct Place {
    pub dir: PathBuf,
    name: String,
}

impl Place {
    /// The place of the output folder `out`, which must exist.
    pub fn of(out: &Path) -> Result<Place, String> {
        let full = out
            .canonicalize()
            .map_err(|e| format!("{}: {e} (build the app first: trunk build --release)", out.display()))?;
        let (Some(parent), Some(name)) = (full.parent(), full.file_name()) else {
            return Err(format!(
                "--out {}: publish keeps its manifest beside the output, and / has no beside",
                out.display()
            ));
        };
        Ok(Place {
            dir: parent.join(FOLDER),
            name: name.to_string_lossy().into_owned(),
        })
    }

    pub fn file(&self) -> PathBuf {
        self.dir.join(format!("{}.json", self.name))
    }

    pub fn lock(&self) -> PathBuf {
        self.dir.join(format!("{}.lock", self.name))
    }

    /// Where the manifest waits while a run is under way.
    fn aside(&self) -> PathBuf {
        self.dir.join(format!("{}.json.running", self.name))
    }
}

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

impl crate::check::tree::Remembered for Manifest {
    fn seen(&self, file: &str) -> Option<&Seen> {
        Manifest::seen(self, file)
    }

    fn meta(&self, key: &str) -> Option<&Meta> {
        self.metas.get(key)
    }
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

/// The last run's manifest, when there is one this folio-cli can use; says why on
/// standard error when there is one it cannot.
pub fn read(place: &Place, tool: Option<u64>) -> Option<Manifest> {
    let path = place.file();
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

/// Removes the manifest an earlier folio-cli kept in the output, where a server would
/// serve it; says so.
pub fn remove_old(out: &Path) -> Result<(), String> {
    for name in [
        OLD_FILE.to_string(),
        format!("{OLD_FILE}.running"),
        format!("{OLD_FILE}.partial"),
    ] {
        let path = out.join(&name);
        match fs::remove_file(&path) {
            Ok(()) => eprintln!(
                "note: removed {}, which an earlier folio-cli kept in the output (the manifest now lives in {FOLDER}/ beside it)",
                path.display()
            ),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(format!("{}: cannot be removed: {e}", path.display())),
        }
    }
    Ok(())
}

/// Sets the manifest aside (a run has begun).
pub fn set_aside(place: &Place) -> Result<(), String> {
    let path = place.file();
    match fs::rename(&path, place.aside()) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(format!("{}: {e}", path.display())),
        _ => Ok(()),
    }
}

/// Writes the manifest (a run has ended well); `before` is the one set aside, put back
/// as it is when they are the same.
pub fn write_manifest(
    place: &Place,
    mut manifest: Manifest,
    before: Option<&Manifest>,
    tool: Option<u64>,
) -> Result<(), WriteError> {
    let Some(tool) = tool else {
        eprintln!("note: folio-cli cannot read its own executable: no manifest, the next publish is a full one");
        return Ok(());
    };
    manifest.format = FORMAT;
    manifest.tool = tool;
    let (path, waiting) = (place.file(), place.aside());
    if before == Some(&manifest) && fs::rename(&waiting, &path).is_ok() {
        return Ok(());
    }
    let text = serde_json::to_string(&manifest).map_err(|e| WriteError::new(&path, e.into()))?;
    write(&path, text)?;
    match fs::remove_file(&waiting) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(WriteError::new(waiting, e)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_then_read_by_the_same_tool_only() {
        let base = std::env::temp_dir().join(format!("folio-manifest-{}", std::process::id()));
        let out = base.join("dist");
        fs::create_dir_all(&out).unwrap();
        let dir = Place::of(&out).unwrap();
        assert_eq!(
            dir.file(),
            base.canonicalize().unwrap().join(".folio-publish/dist.json")
        );
        let mut m = Manifest::default();
        m.pages.insert("en/a".into(), 42);
        write_manifest(&dir, m, None, Some(7)).unwrap();
        let read_back = read(&dir, Some(7)).unwrap();
        assert_eq!(read_back.pages["en/a"], 42);
        assert!(read(&dir, Some(8)).is_none(), "another tool's manifest");
        // A run sets it aside: none until the run ends; the same put back.
        set_aside(&dir).unwrap();
        assert!(read(&dir, Some(7)).is_none());
        let same = read_back.pages.clone();
        write_manifest(
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
        assert!(!dir.aside().exists());
        fs::write(dir.file(), "{not json").unwrap();
        assert!(read(&dir, Some(7)).is_none(), "a broken manifest");
        set_aside(&dir).unwrap();
        set_aside(&dir).unwrap();
        // An earlier folio-cli's manifest in the output is removed.
        fs::write(out.join(OLD_FILE), "{}").unwrap();
        remove_old(&out).unwrap();
        assert!(!out.join(OLD_FILE).exists());
        fs::remove_dir_all(&base).unwrap();
    }
}
