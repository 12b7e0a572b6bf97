//! One `folio-cli` run at a time on a content tree, and on a publish's output: the run
//! holds an advisory lock (`flock`, through std's `File::lock`) on a lock file for as
//! long as it writes. A second run waits for it, saying so, or stops with `--no-wait`.
//! The system lets go of a lock when its process ends, however it ends, so a killed run
//! never blocks the next one. From the moment a run takes it until the run has done all
//! its work (`Held::finish`), the lock file says `running`: a run that finds it saying
//! so knows that the last one stopped half-way (killed, or stopped by a failed write),
//! removes the temporary files that one left (`write::TEMP_PREFIX`), and redoes what a
//! run that stopped half-way may have left undone (`Held::unfinished`).

use super::failure::{Stop, WriteError};
use super::remove::remove_files;
use super::write::TEMP_PREFIX;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// The lock file in a content tree that `index`, `images` and the imports write.
pub const TREE_LOCK: &str = ".folio-lock";

/// A lock held; let go when dropped.
#[derive(Debug)]
pub struct Held {
    file: File,
    /// Whether the last run on the folder stopped before it finished.
    pub unfinished: bool,
    /// Temporary files of a run that stopped half-way, removed.
    pub swept: usize,
}

/// Whether a run that finds the lock taken waits for it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Wait {
    Yes,
    No,
}

/// Takes the lock at `lock` for a run that writes `what` (said in messages), under the
/// folders `writes`.
pub fn hold(lock: &Path, what: &str, writes: &[&Path], wait: Wait) -> Result<Held, Stop> {
    let failed = |e| Stop::write(WriteError::new(lock, e), "Nothing was changed.".into());
    if let Some(dir) = lock.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(|e| Stop::write(WriteError::new(dir, e), "Nothing was changed.".into()))?;
    }
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(lock)
        .map_err(failed)?;
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) if wait == Wait::No => {
            return Err(Stop::Other(format!(
                "another folio-cli run is writing {what} (it holds {}); stopped (--no-wait): nothing was changed",
                lock.display()
            )))
        }
        Err(TryLockError::WouldBlock) => {
            eprintln!(
                "folio-cli: another run is writing {what} (it holds {}); waiting for it to end (--no-wait stops instead)",
                lock.display()
            );
            file.lock()
                .map_err(|e| format!("{}: cannot be locked: {e}", lock.display()))?;
        }
        Err(TryLockError::Error(e)) => return Err(format!("{}: cannot be locked: {e}", lock.display()).into()),
    }
    let mut said = String::new();
    let _ = file.read_to_string(&mut said);
    let unfinished = said.starts_with("running");
    let swept = if unfinished {
        let n: usize = writes.iter().map(|d| sweep(d)).sum();
        eprintln!("note: the last run on {what} stopped before it finished; this one finishes its work ({n} temporary file(s) it left removed)");
        n
    } else {
        0
    };
    let running = format!("running {}\n", std::process::id());
    file.set_len(0)
        .and_then(|_| file.seek(SeekFrom::Start(0)))
        .and_then(|_| file.write_all(running.as_bytes()))
        .map_err(failed)?;
    Ok(Held {
        file,
        unfinished,
        swept,
    })
}

impl Held {
    /// The run did all its work: nothing to tidy or redo next time. (A run that stops
    /// before, however it stops, leaves the file saying `running`.)
    pub fn finish(self) {
        let _ = self.file.set_len(0);
    }
}

/// Removes the temporary files under `dir`; how many (one that cannot be removed is
/// left, with those after it, for the next run).
fn sweep(dir: &Path) -> usize {
    let temporary = |p: &Path| {
        p.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with(TEMP_PREFIX))
    };
    remove_files(dir, &temporary).unwrap_or(0)
}

/// The lock file of a content tree.
pub fn tree_lock(root: &Path) -> PathBuf {
    root.join(TREE_LOCK)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_holder_at_a_time_and_a_dead_run_is_tidied_after() {
        let dir = std::env::temp_dir().join(format!("folio-lock-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("en")).unwrap();
        let lock = tree_lock(&dir);
        let held = hold(&lock, "the tree", &[&dir], Wait::No).unwrap();
        assert!(!held.unfinished);
        let second = hold(&lock, "the tree", &[&dir], Wait::No).unwrap_err().to_string();
        assert!(second.contains("another folio-cli run is writing the tree"), "{second}");
        assert!(fs::read_to_string(&lock).unwrap().starts_with("running"));
        held.finish();
        assert_eq!(
            fs::read_to_string(&lock).unwrap(),
            "",
            "a run that finished leaves nothing to redo"
        );
        // A run that stopped half-way: the file still says running, and a temporary file
        // is left.
        let stopped = hold(&lock, "the tree", &[&dir], Wait::No).unwrap();
        drop(stopped);
        fs::write(dir.join("en").join(format!("{TEMP_PREFIX}abc")), "half").unwrap();
        fs::write(dir.join("en/index.json"), "{}").unwrap();
        let next = hold(&lock, "the tree", &[&dir], Wait::No).unwrap();
        assert!(next.unfinished);
        assert_eq!(next.swept, 1);
        assert!(dir.join("en/index.json").is_file(), "only temporary files are removed");
        next.finish();
        fs::remove_dir_all(&dir).unwrap();
    }
}
