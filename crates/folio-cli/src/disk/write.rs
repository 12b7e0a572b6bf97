//! The one way `folio-cli` writes a file (pages, indexes, articles, pictures, copies,
//! its manifest): the bytes go into a temporary file in the same folder
//! (`.folio-tmp-…`), are flushed to the disk (`sync_all`), and the file is renamed over
//! the target, which is atomic on POSIX. A reader, a web server or the next run sees
//! the old bytes or the new ones, never half a file; a write that fails (a full disk,
//! no permission) leaves the target as it was and removes the temporary file. A run
//! killed between the two leaves only the temporary file, which the next run that
//! holds the folder's lock removes (`lock`). Folders are made as needed.
//!
//! Many files at once (a publish's pages and content copy) go as a `Batch`: each into
//! its temporary file, then one flush of the whole disk (`syncfs`) for all of them, then
//! each renamed over its target. Flushing tens of thousands of files one by one cost a
//! full publish of 15,000 articles more than its writing (docs/benchmarks.md).
//!
//! Only here is a final path written (`scripts/writes.py`, run by `scripts/test.sh`,
//! fails on `fs::write`, `File::create` or `fs::copy` anywhere else).

use super::failure::WriteError;
use std::collections::BTreeMap;
use std::fs::{self, File, Permissions};
use std::io::Write;
use std::os::fd::AsRawFd;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use tempfile::{NamedTempFile, TempPath};

/// How every temporary file's name begins.
pub const TEMP_PREFIX: &str = ".folio-tmp-";

/// The bytes in a temporary file beside `path`, not yet flushed: the target untouched.
fn staged(path: &Path, bytes: &[u8]) -> Result<NamedTempFile, WriteError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    fs::create_dir_all(dir).map_err(|e| WriteError::new(dir, e))?;
    // A new file gets the mode `fs::write` gives one (0666 less the umask); a file
    // written again keeps its own.
    let kept = fs::metadata(path).ok().map(|m| m.permissions());
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .permissions(Permissions::from_mode(0o666))
        .tempfile_in(dir)
        .map_err(|e| WriteError::new(path, e))?;
    if let Some(mode) = kept {
        temp.as_file()
            .set_permissions(mode)
            .map_err(|e| WriteError::new(path, e))?;
    }
    if dies_here() {
        let _ = temp.write_all(&bytes[..bytes.len() / 2]);
        let _ = temp.flush();
        die();
    }
    temp.write_all(bytes).map_err(|e| WriteError::new(path, e))?;
    Ok(temp)
}

/// Writes `bytes` to `path`, whole or not at all.
pub fn write(path: &Path, bytes: impl AsRef<[u8]>) -> Result<(), WriteError> {
    let temp = staged(path, bytes.as_ref())?;
    temp.as_file().sync_all().map_err(|e| WriteError::new(path, e))?;
    temp.persist(path).map_err(|e| WriteError::new(path, e.error))?;
    Ok(())
}

/// Files written together (from several threads at once): each staged beside its target
/// as it comes, and all of them put in place by `commit`. Dropped without a commit, the
/// batch removes its temporary files and every target is as it was.
#[derive(Default)]
pub struct Batch {
    staged: Mutex<Vec<(TempPath, PathBuf)>>,
}

impl Batch {
    pub fn new() -> Batch {
        Batch::default()
    }

    /// Stages `bytes` for `path`.
    pub fn write(&self, path: &Path, bytes: impl AsRef<[u8]>) -> Result<(), WriteError> {
        let temp = staged(path, bytes.as_ref())?.into_temp_path();
        self.staged
            .lock()
            .map_err(|_| WriteError::new(path, std::io::Error::other("another thread failed")))?
            .push((temp, path.to_path_buf()));
        Ok(())
    }

    /// Flushes every staged file to the disk, in one call per file system, then renames
    /// each over its target; how many.
    pub fn commit(self) -> Result<usize, WriteError> {
        let staged = self
            .staged
            .into_inner()
            .map_err(|_| WriteError::new(".", std::io::Error::other("another thread failed")))?;
        let mut disks: BTreeMap<u64, &Path> = BTreeMap::new();
        for (temp, target) in &staged {
            let meta = fs::metadata(temp).map_err(|e| WriteError::new(target, e))?;
            disks.entry(meta.dev()).or_insert(temp);
        }
        for any in disks.values() {
            let file = File::open(any).map_err(|e| WriteError::new(*any, e))?;
            // SAFETY: a plain system call on a file descriptor that stays open for it.
            if unsafe { libc::syncfs(file.as_raw_fd()) } != 0 {
                return Err(WriteError::new(*any, std::io::Error::last_os_error()));
            }
        }
        let count = staged.len();
        for (temp, target) in staged {
            if dies_here() {
                die();
            }
            temp.persist(&target).map_err(|e| WriteError::new(&target, e.error))?;
        }
        Ok(count)
    }
}

/// Writes the file unless it already holds `bytes` (an incremental publish copies, and
/// a server revalidates, only what changed); whether it wrote.
pub fn write_if_changed(path: &Path, bytes: impl AsRef<[u8]>) -> Result<bool, WriteError> {
    let bytes = bytes.as_ref();
    if fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(false);
    }
    write(path, bytes).map(|_| true)
}

/// For the tests of a run killed half-way: with `FOLIO_TEST_DIE_AT_WRITE=N`, the Nth
/// write of the process (from 1; in a batch, its files staged and then renamed count
/// each) ends it in the middle, a staged file with half its bytes: the process sends
/// itself SIGKILL, as `kill -9` would.
fn dies_here() -> bool {
    static AT: OnceLock<Option<usize>> = OnceLock::new();
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let at = AT.get_or_init(|| {
        std::env::var("FOLIO_TEST_DIE_AT_WRITE")
            .ok()
            .and_then(|n| n.parse().ok())
    });
    at.is_some_and(|n| COUNT.fetch_add(1, Ordering::SeqCst) + 1 == n)
}

fn die() {
    // SAFETY: sends SIGKILL to this process; nothing after it runs.
    unsafe { libc::kill(libc::getpid(), libc::SIGKILL) };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("folio-write-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut n: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        n.sort();
        n
    }

    #[test]
    fn writes_whole_files_and_leaves_no_temporary_one() {
        let dir = folder("whole");
        let file = dir.join("en/index.json");
        write(&file, "{}\n").unwrap();
        assert_eq!(fs::read_to_string(&file).unwrap(), "{}\n");
        assert!(write_if_changed(&file, "{\"a\":1}\n").unwrap());
        assert!(!write_if_changed(&file, "{\"a\":1}\n").unwrap(), "the same text");
        assert_eq!(names(&dir.join("en")), ["index.json"]);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_new_file_is_readable_by_others_and_an_old_one_keeps_its_mode() {
        let dir = folder("mode");
        let file = dir.join("page.html");
        write(&file, "one").unwrap();
        let mode = fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(
            mode & 0o044,
            0o044,
            "a web server running as another user reads it: {mode:o}"
        );
        fs::set_permissions(&file, Permissions::from_mode(0o640)).unwrap();
        write(&file, "two").unwrap();
        assert_eq!(fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o640);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_batch_puts_its_files_in_place_on_commit_only() {
        let dir = folder("batch");
        write(&dir.join("a.html"), "old").unwrap();
        let batch = Batch::new();
        batch.write(&dir.join("a.html"), "new").unwrap();
        batch.write(&dir.join("en/b.html"), "b").unwrap();
        assert_eq!(
            fs::read_to_string(dir.join("a.html")).unwrap(),
            "old",
            "not before the commit"
        );
        assert_eq!(batch.commit().unwrap(), 2);
        assert_eq!(fs::read_to_string(dir.join("a.html")).unwrap(), "new");
        assert_eq!(fs::read_to_string(dir.join("en/b.html")).unwrap(), "b");
        assert_eq!(names(&dir), ["a.html", "en"]);
        // Dropped without a commit: its temporary files go, the targets stay.
        let dropped = Batch::new();
        dropped.write(&dir.join("a.html"), "newer").unwrap();
        drop(dropped);
        assert_eq!(fs::read_to_string(dir.join("a.html")).unwrap(), "new");
        assert_eq!(names(&dir), ["a.html", "en"]);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_failed_write_leaves_the_file_as_it_was() {
        let dir = folder("failed");
        let file = dir.join("a.json");
        write(&file, "old").unwrap();
        // The target is a folder: the rename fails after the temporary file was written.
        let blocked = dir.join("b.json");
        fs::create_dir_all(blocked.join("inside")).unwrap();
        let e = write(&blocked, "new").unwrap_err();
        assert_eq!(e.path, blocked);
        assert_eq!(fs::read_to_string(&file).unwrap(), "old");
        assert_eq!(names(&dir), ["a.json", "b.json"], "no temporary file is left");
        fs::remove_dir_all(&dir).unwrap();
    }
}
