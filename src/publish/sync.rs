//! The content tree copied where the published pages read it (a relative endpoint):
//! only the files that changed since the last run are copied, and those gone from the
//! tree are removed from the copy.

use super::stamp::Seen;
use super::tree::slash_path;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

#[derive(Debug, Default)]
pub struct Synced {
    /// Every file of the tree as copied, by its path in the tree.
    pub seen: BTreeMap<String, Seen>,
    pub copied: usize,
    pub removed: usize,
}

/// Every file under `dir`, with its path from `root` (`/`-separated), leaving out `skip`
/// (the output, when it lies inside the tree).
fn files(root: &Path, dir: &Path, skip: &Path, found: &mut Vec<(String, PathBuf)>) -> Result<(), String> {
    for entry in fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
    {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else { continue };
        if kind.is_dir() || (kind.is_symlink() && path.is_dir()) {
            if path.canonicalize().ok().as_deref() != Some(skip) {
                files(root, &path, skip, found)?;
            }
        } else if let Ok(rel) = path.strip_prefix(root) {
            found.push((slash_path(rel), path));
        }
    }
    Ok(())
}

/// One file: as it was seen before (not copied) or copied now.
fn one(rel: &str, path: &Path, to: &Path, before: Option<&Seen>) -> Result<(Seen, bool), String> {
    let target = to.join(rel);
    let there = target.is_file();
    if let Some(b) = before.filter(|b| there && b.looks_same(path)) {
        return Ok((*b, false));
    }
    let (seen, bytes) = Seen::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if there && before.is_some_and(|b| b.hash == seen.hash) {
        return Ok((seen, false));
    }
    if let Some(dir) = target.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::write(&target, bytes).map_err(|e| format!("{}: {e}", target.display()))?;
    Ok((seen, true))
}

/// Copies `from` into `to`, leaving out `skip`; `before` is what the last run copied.
pub fn sync(from: &Path, to: &Path, skip: &Path, before: Option<&BTreeMap<String, Seen>>) -> Result<Synced, String> {
    let mut synced = Synced::default();
    if from.canonicalize().ok() == to.canonicalize().ok() {
        return Ok(synced);
    }
    fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let mut found = Vec::new();
    files(from, from, skip, &mut found)?;
    let done: Vec<Result<(String, Seen, bool), String>> = found
        .par_iter()
        .map(|(rel, path)| one(rel, path, to, before.and_then(|b| b.get(rel))).map(|(s, c)| (rel.clone(), s, c)))
        .collect();
    for result in done {
        let (rel, seen, copied) = result?;
        synced.copied += usize::from(copied);
        synced.seen.insert(rel, seen);
    }
    for rel in before.into_iter().flat_map(|b| b.keys()) {
        if !synced.seen.contains_key(rel) {
            let gone = to.join(rel);
            if gone.is_file() {
                fs::remove_file(&gone).map_err(|e| format!("{}: {e}", gone.display()))?;
                synced.removed += 1;
            }
        }
    }
    Ok(synced)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_what_changed_and_removes_what_is_gone() {
        let base = std::env::temp_dir().join(format!("folio-sync-{}", std::process::id()));
        let (from, to) = (base.join("tree"), base.join("out/content"));
        fs::create_dir_all(from.join("en/articles")).unwrap();
        fs::create_dir_all(&to).unwrap();
        let skip = base.join("out").canonicalize().unwrap();
        fs::write(from.join("site.json"), "{}").unwrap();
        fs::write(from.join("en/articles/a.json"), "a").unwrap();
        fs::write(from.join("en/articles/b.json"), "b").unwrap();
        let first = sync(&from, &to, &skip, None).unwrap();
        assert_eq!((first.copied, first.seen.len()), (3, 3));
        assert_eq!(fs::read_to_string(to.join("en/articles/a.json")).unwrap(), "a");
        let again = sync(&from, &to, &skip, Some(&first.seen)).unwrap();
        assert_eq!(again.copied, 0, "nothing changed");
        fs::write(from.join("en/articles/a.json"), "a2").unwrap();
        fs::remove_file(from.join("en/articles/b.json")).unwrap();
        let after = sync(&from, &to, &skip, Some(&again.seen)).unwrap();
        assert_eq!((after.copied, after.removed), (1, 1));
        assert_eq!(fs::read_to_string(to.join("en/articles/a.json")).unwrap(), "a2");
        assert!(!to.join("en/articles/b.json").exists());
        // A copy removed from the output is copied again.
        fs::remove_file(to.join("site.json")).unwrap();
        assert_eq!(sync(&from, &to, &skip, Some(&after.seen)).unwrap().copied, 1);
        fs::remove_dir_all(&base).unwrap();
    }
}
