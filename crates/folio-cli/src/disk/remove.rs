//! Removing files a run no longer wants under a folder: a full publish's copy of the
//! tree pruned to what is published (`sync`), the temporary files a killed run left
//! (`lock`).

use std::fs;
use std::path::Path;

/// Removes every file under `dir` for which `doomed` says so (links to folders are not
/// followed); how many. The first file that cannot be removed stops it, named.
pub fn remove_files(dir: &Path, doomed: &dyn Fn(&Path) -> bool) -> Result<usize, String> {
    let Ok(entries) = fs::read_dir(dir) else { return Ok(0) };
    let mut removed = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else { continue };
        if kind.is_dir() {
            removed += remove_files(&path, doomed)?;
        } else if doomed(&path) {
            fs::remove_file(&path).map_err(|e| format!("{}: cannot be removed: {e}", path.display()))?;
            removed += 1;
        }
    }
    Ok(removed)
}
