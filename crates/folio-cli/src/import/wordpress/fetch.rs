//! `import-wordpress --fetch`: the old site's files that the posts name (pictures, audio,
//! video, documents under `/wp-content/uploads/`) downloaded into the tree's `img/wp/`,
//! before the posts are converted, when there is no local copy (`--uploads`) and none in
//! the tree from an earlier run (so a run that stopped half-way resumes where it was).
//! A few at a time, each with a timeout and retries on a network error or a server's
//! error; every file that cannot be fetched is said with the reason, and its post keeps
//! the address. A file is only ever written under `img/wp/`, through the one safe write.

use super::paths::{tree_path, uploads_path};
use crate::disk::write::write;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

/// Downloads at once.
const AT_ONCE: usize = 4;
/// Tries per file: a network error, a timeout, 429 or a 5xx is tried again.
const TRIES: u32 = 3;
/// The largest file fetched (a video of a few minutes fits).
const MAX_BYTES: u64 = 512 * 1024 * 1024;

/// How the files are fetched: the timeout of one request (connecting and reading), and
/// the pause before the first retry (doubled for the next).
#[derive(Clone, Copy, Debug)]
pub struct Settings {
    pub timeout: Duration,
    pub backoff: Duration,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            timeout: Duration::from_secs(30),
            backoff: Duration::from_millis(500),
        }
    }
}

/// One file to fetch: its address and where it goes in the tree.
struct Job {
    url: String,
    to: PathBuf,
}

/// What the fetching came to: files written, and each address that failed with why.
#[derive(Debug, Default)]
pub struct Fetched {
    pub written: usize,
    pub failed: BTreeMap<String, String>,
}

/// Fetches every address of `urls` (old-site addresses under `/wp-content/uploads/`)
/// that is neither in `uploads` nor in the tree yet.
pub fn fetch_all(urls: &[String], into: &Path, uploads: Option<&Path>, settings: Settings) -> Fetched {
    let mut jobs = Vec::new();
    for url in urls {
        let Some(rel) = uploads_path(url).filter(|_| url.starts_with("http://") || url.starts_with("https://")) else {
            continue;
        };
        let to = into.join(tree_path(&rel));
        let local = uploads.is_some_and(|u| u.join(&rel).is_file());
        if !local && !to.is_file() && !jobs.iter().any(|j: &Job| j.to == to) {
            jobs.push(Job { url: url.clone(), to });
        }
    }
    let progress = indicatif::ProgressBar::new(jobs.len() as u64);
    progress.set_style(
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} files fetched {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let agent = agent(settings);
    let next = AtomicUsize::new(0);
    let done = Mutex::new(Fetched::default());
    std::thread::scope(|s| {
        for _ in 0..AT_ONCE.min(jobs.len()) {
            s.spawn(|| {
                while let Some(job) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let outcome = fetch_one(&agent, &job.url, settings).and_then(|bytes| {
                        write(&job.to, bytes).map_err(|e| format!("cannot be written: {}", e.reason()))
                    });
                    if let Ok(mut d) = done.lock() {
                        match outcome {
                            Ok(()) => d.written += 1,
                            Err(why) => {
                                d.failed.insert(job.url.clone(), why);
                            }
                        }
                    }
                    progress.inc(1);
                }
            });
        }
    });
    progress.finish_and_clear();
    done.into_inner().unwrap_or_default()
}

fn agent(settings: Settings) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(settings.timeout))
        .http_status_as_error(false)
        .user_agent("folio-cli import-wordpress")
        .build()
        .into()
}

/// One file's bytes, tried again after a pause on what may pass (a network error, a
/// timeout, 429, a 5xx); the reason in plain words when it cannot be had.
fn fetch_one(agent: &ureq::Agent, url: &str, settings: Settings) -> Result<Vec<u8>, String> {
    let mut pause = settings.backoff;
    let mut last = String::new();
    for attempt in 1..=TRIES {
        match try_once(agent, url) {
            Ok(bytes) => return Ok(bytes),
            Err((why, again)) => {
                last = why;
                if !again || attempt == TRIES {
                    break;
                }
                std::thread::sleep(pause);
                pause *= 2;
            }
        }
    }
    Err(last)
}

/// One request: the body, or why not and whether trying again may help.
fn try_once(agent: &ureq::Agent, url: &str) -> Result<Vec<u8>, (String, bool)> {
    let response = agent
        .get(url)
        .call()
        .map_err(|e| (format!("could not be fetched: {e}"), true))?;
    let status = response.status();
    if !status.is_success() {
        let again = status.as_u16() == 429 || status.is_server_error();
        return Err((format!("could not be fetched: the server answered {status}"), again));
    }
    let mut bytes = Vec::new();
    response
        .into_body()
        .into_reader()
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| (format!("could not be fetched: {e}"), true))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err((
            format!("is larger than {} MB: not fetched", MAX_BYTES / 1024 / 1024),
            false,
        ));
    }
    Ok(bytes)
}
