//! The one way `folio-cli` writes a file (pages, indexes, articles, pictures, copies,
//! its manifest): the bytes go into a temporary file in the same folder
//! (`.folio-tmp-…`), are flushed to the disk (`sync_all`), and the file is renamed over
//! the target, which is atomic on POSIX. A reader, a web server or the next run sees
//! the old bytes or the new ones, never half a file; a write that fails (a full disk,
//! no permission) leaves the target as it was and removes the temporary file. A run
//! killed between the two leaves only the temporary file, which the next run that
//! holds the folder's lock removes (`lock`). Folders are made as needed.
//!
//! Only here is a final path written (`scripts/test.sh` greps for `fs::write` and
//! `File::create` elsewhere).

use super::failure::WriteError;
use std::fs::{self, Permissions};
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// How every temporary file's name begins.
pub const TEMP_PREFIX: &str = ".folio-tmp-";

/// Writes `bytes` to `path`, whole or not at all.
pub fn write(path: &Path, bytes: impl AsRef<[u8]>) -> Result<(), WriteError> {
    let bytes = bytes.as_ref();
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
        // SAFETY: sends SIGKILL to this process; nothing after it runs.
        unsafe { libc::kill(libc::getpid(), libc::SIGKILL) };
    }
    temp.write_all(bytes).map_err(|e| WriteError::new(path, e))?;
    temp.as_file().sync_all().map_err(|e| WriteError::new(path, e))?;
    temp.persist(path).map_err(|e| WriteError::new(path, e.error))?;
    Ok(())
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
/// write of the process (from 1) ends it in the middle, half its bytes in the temporary
/// file: the process sends itself SIGKILL, as `kill -9` would.
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
