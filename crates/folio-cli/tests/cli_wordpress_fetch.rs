//! `folio-cli import-wordpress --fetch` against an HTTP server on localhost, started and
//! stopped by each test: the core-blocks export, its site's address turned into the
//! server's, fetches the pictures it names into `img/wp/`; a file the server lacks is
//! reported with its post and keeps its address; a server error is tried again; a server
//! too slow runs into the timeout; a second run fetches only what is still missing; and
//! no file is ever written outside `img/wp/`. Native only.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/wordpress.rs"]
mod wordpress;

use std::collections::HashMap;
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use wordpress::{import, json, out, validate};

const UPLOADS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/wordpress/uploads");

/// How the server answers one path, beyond serving the file.
#[derive(Clone, Copy, PartialEq)]
enum Trouble {
    /// 503 for the first request, the file after.
    FailsOnce,
    /// Waits this long before answering.
    Slow(Duration),
    /// 404 whatever it has.
    Missing,
}

/// An HTTP/1.1 server on 127.0.0.1 serving `tests/fixtures/wordpress/uploads` under
/// `/wp-content/uploads/`, counting the requests for each path; stopped when dropped.
struct Server {
    port: u16,
    requests: Arc<Mutex<HashMap<String, usize>>>,
    stop: Arc<AtomicBool>,
}

impl Server {
    fn start(trouble: HashMap<String, Trouble>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let requests = Arc::new(Mutex::new(HashMap::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (counted, stopping) = (requests.clone(), stop.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stopping.load(Ordering::Relaxed) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (counted, trouble) = (counted.clone(), trouble.clone());
                std::thread::spawn(move || answer(stream, &counted, &trouble));
            }
        });
        Server { port, requests, stop }
    }

    fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn asked(&self, path: &str) -> usize {
        self.requests.lock().unwrap().get(path).copied().unwrap_or(0)
    }

    fn total(&self) -> usize {
        self.requests.lock().unwrap().values().sum()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        // Wakes the accepting thread so it sees the stop.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

fn answer(mut stream: TcpStream, counted: &Mutex<HashMap<String, usize>>, trouble: &HashMap<String, Trouble>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    // The rest of the request's head.
    let mut header = String::new();
    while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
        header.clear();
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
    let n = {
        let mut c = counted.lock().unwrap();
        let n = c.entry(path.clone()).or_default();
        *n += 1;
        *n
    };
    let file = path
        .strip_prefix("/wp-content/uploads/")
        .map(|rel| Path::new(UPLOADS).join(rel))
        .filter(|f| f.is_file());
    let (status, body) = match (trouble.get(&path).copied(), file) {
        (Some(Trouble::Missing), _) | (_, None) => ("404 Not Found", b"not here".to_vec()),
        (Some(Trouble::FailsOnce), Some(_)) if n == 1 => ("503 Service Unavailable", b"busy".to_vec()),
        (Some(Trouble::Slow(wait)), Some(f)) => {
            std::thread::sleep(wait);
            ("200 OK", fs::read(f).unwrap())
        }
        (_, Some(f)) => ("200 OK", fs::read(f).unwrap()),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\ncontent-length: {}\r\ncontent-type: application/octet-stream\r\nconnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

/// The core-blocks export with its site at the server's address.
fn export_at(server: &Server, dir: &Path) -> PathBuf {
    let xml = fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/wordpress/core-blocks.xml"
    ))
    .unwrap();
    let path = dir.with_extension("xml");
    fs::write(&path, xml.replace("https://council.example.org", &server.base())).unwrap();
    path
}

fn fetch(export: &Path, into: &Path, report: &Path) -> i32 {
    import(
        export.to_str().unwrap(),
        into,
        &["--fetch", "--fetch-timeout", "1", "--report", report.to_str().unwrap()],
    )
}

/// Every file under `dir`, relative.
fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).into_iter().flatten().flatten() {
            if e.path().is_dir() {
                stack.push(e.path());
            } else {
                out.push(e.path().strip_prefix(dir).unwrap().display().to_string());
            }
        }
    }
    out.sort();
    out
}

#[test]
fn fetched_into_img_wp_with_retries_timeouts_and_failures_said() {
    let slow = "/wp-content/uploads/2022/05/lighthouse.png";
    let server = Server::start(HashMap::from([
        ("/wp-content/uploads/2022/05/market.png".to_string(), Trouble::FailsOnce),
        (slow.to_string(), Trouble::Slow(Duration::from_secs(3))),
    ]));
    let dir = out("fetch");
    let report = dir.with_extension("report.json");
    let export = export_at(&server, &dir);
    assert_eq!(fetch(&export, &dir, &report), 0);
    assert_eq!(validate(&dir), 0);
    // The pictures the server has, in img/wp/, byte for byte; nothing else beside the
    // articles, the indexes and site.json.
    for name in ["harbour", "dunes", "market"] {
        let rel = format!("2022/05/{name}.png");
        assert_eq!(
            fs::read(dir.join("img/wp").join(&rel)).unwrap(),
            fs::read(Path::new(UPLOADS).join(&rel)).unwrap(),
            "{rel}"
        );
    }
    for f in files(&dir) {
        assert!(
            f.starts_with("img/wp/") || f.starts_with("en-US/") || f == "site.json" || f == ".folio-lock",
            "{f} is outside img/wp/"
        );
    }
    // A 503 is tried again; the slow one times out on each of its three tries.
    assert_eq!(server.asked("/wp-content/uploads/2022/05/market.png"), 2);
    assert_eq!(server.asked(slow), 3);
    assert!(!dir.join("img/wp/2022/05/lighthouse.png").exists());
    // The articles name the fetched files; the others keep their address, said with the post.
    let day = json(&dir.join("en-US/articles/harbour-day-2022-pictures.json"));
    assert_eq!(day["body"][1]["images"][0]["src"], "img/wp/2022/05/harbour.png");
    assert_eq!(day["body"][1]["images"][2]["src"], format!("{}{slow}", server.base()));
    let r = json(&report);
    let problems = r["problems"].as_array().unwrap();
    let said = |needle: &str| problems.iter().any(|p| p["message"].as_str().unwrap().contains(needle));
    assert!(said("lighthouse.png: could not be fetched"), "{problems:?}");
    assert!(
        said("draft-budget-2023.pdf: could not be fetched: the server answered 404"),
        "{problems:?}"
    );
    assert_eq!(r["notes"]["file(s) fetched from the old site into img/wp/"], 3);

    // Again, the server now fast: only the two still missing are asked for.
    drop(server);
    let again = Server::start(HashMap::new());
    let export = export_at(&again, &dir);
    assert_eq!(
        import(
            export.to_str().unwrap(),
            &dir,
            &["--fetch", "--overwrite", "--report", report.to_str().unwrap()]
        ),
        0
    );
    assert_eq!(again.asked(slow), 1);
    assert_eq!(again.asked("/wp-content/uploads/2022/12/draft-budget-2023.pdf"), 1);
    assert_eq!(again.total(), 2, "the files fetched before are kept");
    let day = json(&dir.join("en-US/articles/harbour-day-2022-pictures.json"));
    assert_eq!(day["body"][1]["images"][2]["src"], "img/wp/2022/05/lighthouse.png");
}

#[test]
fn a_local_copy_is_used_before_the_old_site() {
    let server = Server::start(HashMap::from([(
        "/wp-content/uploads/2022/05/dunes.png".to_string(),
        Trouble::Missing,
    )]));
    let dir = out("fetch-uploads");
    let export = export_at(&server, &dir);
    let report = dir.with_extension("report.json");
    let code = import(
        export.to_str().unwrap(),
        &dir,
        &["--uploads", UPLOADS, "--fetch", "--report", report.to_str().unwrap()],
    );
    assert_eq!(code, 0);
    // Every picture is in the local copy: only the PDF, which is not, is asked for.
    assert_eq!(server.total(), 1);
    assert_eq!(server.asked("/wp-content/uploads/2022/12/draft-budget-2023.pdf"), 1);
    assert!(dir.join("img/wp/2022/05/dunes.png").is_file());
}

#[test]
fn a_server_that_is_not_there_is_said_and_nothing_is_lost() {
    // A port nothing listens on: bound, then freed.
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let dir = out("fetch-nobody");
    let xml = fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/wordpress/core-blocks.xml"
    ))
    .unwrap()
    .replace("https://council.example.org", &format!("http://127.0.0.1:{port}"));
    let export = dir.with_extension("xml");
    fs::write(&export, xml).unwrap();
    let report = dir.with_extension("report.json");
    assert_eq!(fetch(&export, &dir, &report), 0, "the articles are written");
    assert_eq!(validate(&dir), 0);
    assert!(!dir.join("img").exists());
    let r = json(&report);
    let day = r["problems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == 110)
        .expect("the gallery's post is named");
    assert!(
        day["message"].as_str().unwrap().contains("could not be fetched"),
        "{day}"
    );
}
