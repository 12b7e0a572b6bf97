//! Two `folio-cli` runs on the same tree or output never mix their files: the second
//! waits for the first, saying so, or stops with `--no-wait`; two publishes started
//! together leave what one leaves. Native only.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/runs.rs"]
mod runs;

use runs::{case, copy_dir, files, said, scratch, Case};
use std::fs::{self, File, OpenOptions};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

/// Takes a lock file as another run would.
fn hold(path: &Path) -> File {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    let f = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .unwrap();
    f.lock().unwrap();
    f
}

fn spawn(case: &Case, dir: &Path, extra: &[&str]) -> Child {
    case.command(dir)
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Whether the child is still running after `wait`.
fn still_running(child: &mut Child, wait: Duration) -> bool {
    let until = Instant::now() + wait;
    while Instant::now() < until {
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    true
}

fn work(base: &Path, case: &Case, name: &str) -> PathBuf {
    let dir = base.join(name);
    copy_dir(&case.start, &dir);
    dir
}

#[test]
fn a_second_run_on_a_tree_waits_or_stops_with_no_wait() {
    let base = scratch("lock-tree");
    let index = case("index", &base.join("start"));
    let reference = index.reference(&base);
    let dir = work(&base, &index, "tree-held");
    let before = files(&dir);
    let held = hold(&dir.join("tree/.folio-lock"));
    // --no-wait: stops at once, nothing changed.
    let mut no_wait = index.command(&dir);
    let out = no_wait.arg("--no-wait").output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", said(&out));
    let message = said(&out);
    assert!(
        message.contains("another folio-cli run is writing the content tree"),
        "{message}"
    );
    assert!(message.contains("nothing was changed"), "{message}");
    assert_eq!(files(&dir), before);
    // Without it: waits, saying so, while the lock is held; then does the work.
    let mut waiting = spawn(&index, &dir, &[]);
    assert!(still_running(&mut waiting, Duration::from_millis(800)), "it waits");
    drop(held);
    let out = waiting.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", said(&out));
    assert!(said(&out).contains("waiting for it to end"), "{}", said(&out));
    assert_eq!(files(&dir), reference);
    fs::remove_dir_all(&base).unwrap();
}

#[test]
fn two_publishes_at_once_leave_what_one_leaves() {
    let base = scratch("lock-publish");
    let publish = case("publish", &base.join("start"));
    let reference = publish.reference(&base);
    let dir = work(&base, &publish, "together");
    let (first, second) = (spawn(&publish, &dir, &[]), spawn(&publish, &dir, &[]));
    for child in [first, second] {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", said(&out));
    }
    let after = files(&dir);
    assert_eq!(after.keys().collect::<Vec<_>>(), reference.keys().collect::<Vec<_>>());
    for (rel, bytes) in &reference {
        // The second run is incremental: its manifest is the same, apart from the times
        // it saw files at (set to 0 here).
        assert_eq!(&after[rel], bytes, "{rel}");
    }
    // While one holds the output, another with --no-wait stops.
    let held = hold(&dir.join(".folio-publish/dist.lock"));
    let out = publish.command(&dir).arg("--no-wait").output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", said(&out));
    assert!(
        said(&out).contains("another folio-cli run is writing the output"),
        "{}",
        said(&out)
    );
    drop(held);
    fs::remove_dir_all(&base).unwrap();
}

#[test]
fn the_lock_file_says_nothing_once_a_run_ended() {
    let base = scratch("lock-ended");
    let index = case("index", &base.join("start"));
    let dir = work(&base, &index, "tree");
    assert!(index.run(&dir, &[]).status.success());
    let mut said = String::new();
    File::open(dir.join("tree/.folio-lock"))
        .unwrap()
        .read_to_string(&mut said)
        .unwrap();
    assert_eq!(said, "", "a run that ended leaves nothing for the next to tidy");
    fs::remove_dir_all(&base).unwrap();
}
