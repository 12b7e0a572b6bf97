//! The content tree copied where the published pages read it (a relative endpoint):
//! only the files that go to the web (`web_files`), and of those only the ones that
//! changed since the last run; the copies of files gone from the tree are removed. A
//! full run (no manifest) also removes from the copy every file that is not one of the
//! tree's published files (an earlier copy's leftovers, a build's copy of a secret).

use crate::check::tree::slash_path;
use crate::disk::failure::Stop;
use crate::disk::lock::TREE_LOCK;
use crate::disk::remove::remove_files;
use crate::disk::stamp::Seen;
use crate::disk::write::{Batch, TEMP_PREFIX};
use crate::publish::manifest::FOLDER;
use crate::publish::web_files::WebFiles;
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
    /// The tree's files that are not published, by their path in the tree (a
    /// dot-folder as `name/`); Folio's own files are not among them.
    pub left_out: Vec<String>,
}

/// Folio's own files in a tree: its lock, publish's folder, temporary files.
fn is_ours(name: &str) -> bool {
    name == TREE_LOCK || name == FOLDER || name.starts_with(TEMP_PREFIX)
}

/// Every file under `dir`, with its path from `root` (`/`-separated), leaving out `skip`
/// (the output, when it lies inside the tree); dot-folders are not entered.
fn files(root: &Path, dir: &Path, skip: &Path, found: &mut Vec<(String, PathBuf)>) -> Result<(), String> {
    for entry in fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
    {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else { continue };
        let Ok(rel) = path.strip_prefix(root) else { continue };
        let rel = slash_path(rel);
        if kind.is_dir() || (kind.is_symlink() && path.is_dir()) {
            if entry.file_name().to_string_lossy().starts_with('.') {
                found.push((format!("{rel}/"), path));
            } else if path.canonicalize().ok().as_deref() != Some(skip) {
                files(root, &path, skip, found)?;
            }
        } else {
            found.push((rel, path));
        }
    }
    Ok(())
}

/// One file: as it was seen before (not copied) or copied now (staged in `batch`).
fn one(rel: &str, path: &Path, to: &Path, before: Option<&Seen>, batch: &Batch) -> Result<(Seen, bool), Stop> {
    let target = to.join(rel);
    let there = target.is_file();
    if let Some(b) = before.filter(|b| there && b.looks_same(path)) {
        return Ok((*b, false));
    }
    let (seen, bytes) = Seen::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if there && before.is_some_and(|b| b.hash == seen.hash) {
        return Ok((seen, false));
    }
    batch.write(&target, bytes)?;
    Ok((seen, true))
}

/// Removes the files of the copy `to` that are not among `kept`; how many.
fn prune(to: &Path, kept: &BTreeMap<String, Seen>) -> Result<usize, String> {
    let stray = |p: &Path| !p.strip_prefix(to).is_ok_and(|rel| kept.contains_key(&slash_path(rel)));
    remove_files(to, &stray)
}

/// Copies the published files of `from` into `to`, leaving out `skip`; `before` is what
/// the last run copied (none: a full run, which also prunes the copy).
pub fn sync(
    from: &Path,
    to: &Path,
    skip: &Path,
    before: Option<&BTreeMap<String, Seen>>,
    web: &WebFiles,
) -> Result<Synced, Stop> {
    let mut synced = Synced::default();
    let (from_full, to_full) = (from.canonicalize().ok(), to.canonicalize().ok());
    if from_full.is_some() && from_full == to_full {
        return Ok(synced);
    }
    let mut found = Vec::new();
    files(from, from, skip, &mut found)?;
    let (published, left_out): (Vec<_>, Vec<_>) = found.into_iter().partition(|(rel, _)| web.allows(rel));
    synced.left_out = left_out
        .into_iter()
        .map(|(rel, _)| rel)
        .filter(|rel| !rel.trim_end_matches('/').rsplit('/').next().is_some_and(is_ours))
        .collect();
    synced.left_out.sort();
    // The copies are put in place together, flushed to the disk at once.
    let batch = Batch::new();
    let done: Vec<Result<(String, Seen, bool), Stop>> = published
        .par_iter()
        .map(|(rel, path)| {
            one(rel, path, to, before.and_then(|b| b.get(rel)), &batch).map(|(s, c)| (rel.clone(), s, c))
        })
        .collect();
    for result in done {
        let (rel, seen, copied) = result?;
        synced.copied += usize::from(copied);
        synced.seen.insert(rel, seen);
    }
    batch.commit()?;
    for rel in before.into_iter().flat_map(|b| b.keys()) {
        if !synced.seen.contains_key(rel) {
            let gone = to.join(rel);
            if gone.is_file() {
                fs::remove_file(&gone).map_err(|e| format!("{}: cannot be removed: {e}", gone.display()))?;
                synced.removed += 1;
            }
        }
    }
    // The tree inside its own copy would be pruned away: never.
    let tree_inside = matches!((&from_full, &to_full), (Some(f), Some(t)) if f.starts_with(t));
    if before.is_none() && !tree_inside {
        synced.removed += prune(to, &synced.seen)?;
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
        // Not content: left in the tree, and removed from the copy by a full run.
        fs::write(from.join(".folio-secret.json"), "{}").unwrap();
        fs::write(from.join("wp-report.json"), "{}").unwrap();
        fs::write(to.join("wp-report.json"), "an old copy").unwrap();
        fs::write(from.join(TREE_LOCK), "").unwrap();
        let web = WebFiles::new(&["en"], &[]);
        let first = sync(&from, &to, &skip, None, &web).unwrap();
        assert_eq!((first.copied, first.seen.len(), first.removed), (3, 3, 1));
        assert_eq!(first.left_out, [".folio-secret.json", "wp-report.json"]);
        assert!(!to.join("wp-report.json").exists() && !to.join(".folio-secret.json").exists());
        assert_eq!(fs::read_to_string(to.join("en/articles/a.json")).unwrap(), "a");
        let again = sync(&from, &to, &skip, Some(&first.seen), &web).unwrap();
        assert_eq!(again.copied, 0, "nothing changed");
        fs::write(from.join("en/articles/a.json"), "a2").unwrap();
        fs::remove_file(from.join("en/articles/b.json")).unwrap();
        let after = sync(&from, &to, &skip, Some(&again.seen), &web).unwrap();
        assert_eq!((after.copied, after.removed), (1, 1));
        assert_eq!(fs::read_to_string(to.join("en/articles/a.json")).unwrap(), "a2");
        assert!(!to.join("en/articles/b.json").exists());
        // A copy removed from the output is copied again.
        fs::remove_file(to.join("site.json")).unwrap();
        assert_eq!(sync(&from, &to, &skip, Some(&after.seen), &web).unwrap().copied, 1);
        fs::remove_dir_all(&base).unwrap();
    }
}
