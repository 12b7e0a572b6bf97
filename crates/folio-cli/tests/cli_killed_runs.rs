//! A `folio-cli` run killed half-way loses nothing, and the same command run again
//! finishes the work: `index`, `images`, `import-wordpress --overwrite` and `publish`,
//! each killed with SIGKILL in the middle of every one of its writes in turn
//! (`FOLIO_TEST_DIE_AT_WRITE`), and `images` also by `kill -9` from outside after
//! several delays. After each kill every file is as it was or as a whole run writes it;
//! the rerun leaves exactly what a run that never failed leaves (temporary files gone,
//! `publish`'s manifest included), and a killed run's lock never blocks the next.
//! Native only.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/runs.rs"]
mod runs;

use runs::{assert_whole, case, copy_dir, files, said, scratch, Case, Files};
use std::fs;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

/// The most writes a case makes (a bound on the loop, far above any case's count).
const MOST_WRITES: usize = 400;

/// Kills the case at its `n`th write; `false` when the run made fewer writes (and so
/// finished whole, which is checked).
fn killed_at(case: &Case, n: usize, work: &Path, before: &Files, reference: &Files) -> bool {
    let _ = fs::remove_dir_all(work);
    copy_dir(&case.start, work);
    let out = case.run(work, &[("FOLIO_TEST_DIE_AT_WRITE", n.to_string())]);
    if out.status.success() || out.status.code() == Some(1) {
        assert_eq!(&files(work), reference, "{}: a run of fewer than {n} writes", case.name);
        return false;
    }
    assert_eq!(
        out.status.signal(),
        Some(9),
        "{} at write {n}: {}",
        case.name,
        said(&out)
    );
    assert_whole(
        case.name,
        &format!("killed at write {n}"),
        before,
        reference,
        &files(work),
    );
    rerun_converges(case, work, reference, &format!("killed at write {n}"));
    true
}

/// The same command again, with `--no-wait` (a killed run's lock must not hold it up):
/// what a run that never failed leaves.
fn rerun_converges(case: &Case, work: &Path, reference: &Files, at: &str) {
    let mut again = case.command(work);
    again.arg("--no-wait");
    let out = again.output().unwrap();
    assert!(
        out.status.code().is_some_and(|c| c <= 1),
        "{} ({at}): the rerun failed: {}",
        case.name,
        said(&out)
    );
    let after = files(work);
    let differs: Vec<&String> = after
        .keys()
        .chain(reference.keys())
        .filter(|rel| after.get(*rel) != reference.get(*rel))
        .collect();
    assert!(
        differs.is_empty(),
        "{} ({at}): the rerun differs from a whole run in {differs:?}",
        case.name
    );
}

/// Kills the command at each of its writes in turn, and runs it again each time.
fn killed_at_every_write(name: &str) {
    let base = scratch(&format!("killed-{name}"));
    let case = case(name, &base.join("start"));
    let before = files(&case.start);
    let reference = case.reference(&base);
    let work = base.join("work");
    let mut kills = 0;
    for n in 1..=MOST_WRITES {
        if !killed_at(&case, n, &work, &before, &reference) {
            break;
        }
        kills += 1;
    }
    assert!(kills >= 5, "{name}: only {kills} writes");
    assert!(kills < MOST_WRITES, "{name}: never finished");
    eprintln!("{name}: killed at each of its {kills} writes");
    fs::remove_dir_all(&base).unwrap();
}

#[test]
fn index_killed_at_every_write() {
    killed_at_every_write("index");
}

#[test]
fn images_killed_at_every_write() {
    killed_at_every_write("images");
}

#[test]
fn import_wordpress_killed_at_every_write() {
    killed_at_every_write("import-wordpress");
}

#[test]
fn publish_killed_at_every_write() {
    killed_at_every_write("publish");
}

#[test]
fn killed_from_outside_after_a_while_then_run_again() {
    let base = scratch("kill-9");
    let case = &case("images", &base.join("start"));
    let before = files(&case.start);
    let reference = case.reference(&base);
    let work = base.join("work");
    for ms in [5, 20, 50, 100, 200, 400] {
        let _ = fs::remove_dir_all(&work);
        copy_dir(&case.start, &work);
        let mut child = case
            .command(&work)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(ms));
        // SIGKILL, as kill -9.
        let _ = child.kill();
        let _ = child.wait();
        assert_whole(
            case.name,
            &format!("kill -9 after {ms} ms"),
            &before,
            &reference,
            &files(&work),
        );
        rerun_converges(case, &work, &reference, &format!("kill -9 after {ms} ms"));
    }
    fs::remove_dir_all(&base).unwrap();
}
