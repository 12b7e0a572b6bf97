//! What a publish remembers of a file to know, next time, whether it changed: its size
//! and modification time (a quick look, as `make` and `git` take) and a hash of its
//! bytes (the answer when the quick look differs).

use serde::{Deserialize, Serialize};
use std::fs;
use std::path::Path;
use std::time::UNIX_EPOCH;
use xxhash_rust::xxh3::xxh3_64;

/// Written in the manifest as `[size, modified, hash]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "(u64, u64, u64)", into = "(u64, u64, u64)")]
pub struct Seen {
    pub size: u64,
    /// Nanoseconds since 1970 (0 when the file system has no time).
    pub modified: u64,
    pub hash: u64,
}

impl From<(u64, u64, u64)> for Seen {
    fn from((size, modified, hash): (u64, u64, u64)) -> Seen {
        Seen { size, modified, hash }
    }
}

impl From<Seen> for (u64, u64, u64) {
    fn from(s: Seen) -> Self {
        (s.size, s.modified, s.hash)
    }
}

pub fn hash(bytes: &[u8]) -> u64 {
    xxh3_64(bytes)
}

/// Size and modification time.
fn look(meta: &fs::Metadata) -> (u64, u64) {
    let modified = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as u64);
    (meta.len(), modified)
}

impl Seen {
    /// A file looked at (`meta`) with these bytes.
    pub fn of(meta: &fs::Metadata, bytes: &[u8]) -> Seen {
        let (size, modified) = look(meta);
        Seen {
            size,
            modified,
            hash: hash(bytes),
        }
    }

    /// The file as it is now, with its bytes.
    pub fn read(path: &Path) -> std::io::Result<(Seen, Vec<u8>)> {
        let meta = fs::metadata(path)?;
        let bytes = fs::read(path)?;
        Ok((Seen::of(&meta, &bytes), bytes))
    }

    /// Whether the file still looks as it did (same size and time); `false` when it
    /// cannot be looked at.
    pub fn looks_same(&self, path: &Path) -> bool {
        fs::metadata(path).is_ok_and(|m| look(&m) == (self.size, self.modified))
    }
}

/// The file as it is now when it is unchanged since `before` (by its look, else by its
/// hash); `None` when it changed or cannot be read.
pub fn unchanged(path: &Path, before: &Seen) -> Option<Seen> {
    if before.looks_same(path) {
        return Some(*before);
    }
    let (now, _) = Seen::read(path).ok()?;
    (now.hash == before.hash).then_some(now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_file_is_seen_by_its_hash_a_touched_one_is_not_changed() {
        let dir = std::env::temp_dir().join(format!("folio-stamp-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let f = dir.join("a.json");
        fs::write(&f, "one").unwrap();
        let (seen, _) = Seen::read(&f).unwrap();
        assert_eq!(unchanged(&f, &seen), Some(seen));
        // Same bytes written again (a new time): unchanged, with the new look.
        std::thread::sleep(std::time::Duration::from_millis(20));
        fs::write(&f, "one").unwrap();
        let again = unchanged(&f, &seen).unwrap();
        assert_eq!(again.hash, seen.hash);
        fs::write(&f, "two").unwrap();
        assert_eq!(unchanged(&f, &seen), None, "changed bytes");
        assert_eq!(unchanged(&dir.join("gone.json"), &seen), None, "a missing file");
        fs::remove_dir_all(&dir).unwrap();
    }
}
