//! A full disk loses nothing: `index`, `images`, `import-wordpress --overwrite` and
//! `publish` run on a small `tmpfs` filled to leave a little room, at several sizes so
//! that the disk fills at different points of each run. Each stops with exit code 3 and
//! a message naming the file and "the disk is full"; every file is as it was or as a
//! whole run writes it; and with room again, the same command leaves exactly what a run
//! that never failed leaves.
//!
//! Mounting needs root. Where it cannot mount, the test says so on standard error and
//! does nothing, unless `FOLIO_TMPFS_TESTS=required` (`scripts/test.sh` sets it when it
//! runs as root, as in CI): then it fails. Native only.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/runs.rs"]
mod runs;

use runs::{assert_whole, case, copy_dir, files, said, scratch, Files};
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A tmpfs mounted for the test, unmounted when dropped.
struct Tmpfs {
    dir: PathBuf,
}

impl Tmpfs {
    fn mount(dir: &Path, size: &str) -> Result<Tmpfs, String> {
        fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .output()
            .map_err(|e| format!("mount: {e}"))?;
        if !out.status.success() {
            return Err(format!("mount: {}", String::from_utf8_lossy(&out.stderr).trim()));
        }
        Ok(Tmpfs { dir: dir.to_path_buf() })
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.dir).status();
    }
}

/// Fills the disk with `filler`, then gives back `room` bytes.
fn leave_room(filler: &Path, room: u64) {
    let mut f = File::create(filler).unwrap();
    let chunk = vec![7u8; 1 << 16];
    while let Ok(n) = f.write(&chunk) {
        if n == 0 {
            break;
        }
    }
    let len = f.metadata().unwrap().len();
    f.set_len(len.saturating_sub(room)).unwrap();
}

/// What a whole run writes, in the disk's pages of 4 KiB: the files it adds or changes.
fn written(before: &Files, reference: &Files) -> u64 {
    reference
        .iter()
        .filter(|(rel, bytes)| before.get(*rel) != Some(bytes))
        .map(|(_, bytes)| (bytes.len() as u64).div_ceil(4096).max(1) * 4096)
        .sum()
}

/// Bytes left free for the run: none, parts of what it writes, and twice that.
fn rooms(need: u64) -> [u64; 7] {
    [
        0,
        need / 10,
        need / 5,
        need * 2 / 5,
        need * 3 / 5,
        need * 4 / 5,
        need * 2,
    ]
}

/// Runs the command on a tmpfs left with several amounts of room.
fn on_a_full_disk(name: &str) {
    let base = scratch(&format!("disk-full-{name}"));
    let disk = base.join("disk");
    let _mounted = match Tmpfs::mount(&disk, "16m") {
        Ok(m) => m,
        Err(e) if std::env::var("FOLIO_TMPFS_TESTS").as_deref() == Ok("required") => {
            panic!("FOLIO_TMPFS_TESTS=required, and a tmpfs cannot be mounted: {e}")
        }
        Err(e) => {
            eprintln!("SKIPPED {name} on a full disk: cannot mount a tmpfs ({e}); run as root");
            return;
        }
    };
    let case = case(name, &base.join("start"));
    let before = files(&case.start);
    let reference = case.reference(&base);
    let mut stopped = 0;
    let rooms = rooms(written(&before, &reference));
    for room in rooms {
        let work = disk.join("work");
        let filler = disk.join("filler");
        let _ = fs::remove_dir_all(&work);
        let _ = fs::remove_file(&filler);
        copy_dir(&case.start, &work);
        leave_room(&filler, room);
        let out = case.run(&work, &[]);
        let at = format!("{room} bytes free");
        if out.status.code() == Some(3) {
            let message = said(&out);
            assert!(
                message.contains("cannot write ") && message.contains("the disk is full"),
                "{name} ({at}): {message}"
            );
            assert!(
                message.contains("Run ") || message.contains("Nothing was changed"),
                "{name} ({at}): says what to do: {message}"
            );
            assert_whole(name, &at, &before, &reference, &files(&work));
            stopped += 1;
        } else {
            assert!(
                out.status.code().is_some_and(|c| c <= 1),
                "{name} ({at}): {}",
                said(&out)
            );
        }
        fs::remove_file(&filler).unwrap();
        let again = case.run(&work, &[]);
        assert!(
            again.status.code().is_some_and(|c| c <= 1),
            "{name} ({at}): {}",
            said(&again)
        );
        assert_eq!(files(&work), reference, "{name} ({at}): the run with room");
    }
    assert!(stopped >= 3, "{name}: the disk filled in only {stopped} of the runs");
    eprintln!("{name}: stopped by a full disk at {stopped} of the sizes {rooms:?}");
    drop(_mounted);
    let _ = fs::remove_dir_all(&base);
}

#[test]
fn index_on_a_full_disk() {
    on_a_full_disk("index");
}

#[test]
fn images_on_a_full_disk() {
    on_a_full_disk("images");
}

#[test]
fn import_wordpress_on_a_full_disk() {
    on_a_full_disk("import-wordpress");
}

#[test]
fn publish_on_a_full_disk() {
    on_a_full_disk("publish");
}
