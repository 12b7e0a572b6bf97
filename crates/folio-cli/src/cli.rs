//! The command line: `validate`, `index`, `images`, `import`, `import-wordpress`, `publish`.
//! Returns the exit code.

use super::disk::failure::Stop;
use super::disk::lock::{hold, tree_lock, Held, Wait};
use super::disk::write::write;
use crate::check;
use crate::check::problem::{Problem, Report, Severity};
use crate::check::tree::{load, load_with, Tree};
use crate::import::markdown::import;
use crate::import::wordpress;
use crate::index::split::Layout;
use crate::publish::manifest::{self, Place};
use crate::publish::site::{publish, Options};
use folio_core::content::decode::{decode_article, is_valid_language};
use std::path::{Path, PathBuf};
use std::time::Instant;

pub const USAGE: &str = "\
folio-cli: check, index, import and publish a Folio content tree

  folio-cli validate DIR
      Checks DIR (site.json, {lang}/index.json, {lang}/articles/*.json) against the
      contract; prints every problem as FILE: FIELD: MESSAGE. Exit 1 on any error.
  folio-cli index DIR [--split-above N] [--head N] [--piece N] [--no-wait]
      Rewrites every {lang}/index.json from the language's articles, newest first.
      A language with more than N articles (default 2000) gets a split index:
      index.json with the newest --head cards (default 48) and the list of pieces,
      {lang}/index/{n}.json of --piece cards each (default 500), counted from the
      oldest.
  folio-cli images DIR [--no-wait]
      Makes variants of every JPEG, PNG and WebP picture the articles name, at the
      widths below its own of 320, 480, 640, 960, 1280 and 1920 pixels, as WebP and
      as JPEG (PNG for a picture with transparency), under DIR/variants/, and records
      them with the picture's size in each image object; then rewrites the indexes.
      Variants newer than their picture are kept. Exit 1 if a picture cannot be read.
  folio-cli import FILE.md --lang L [--into DIR] [--no-wait]
      Turns a Markdown file with a front-matter header into an article; prints its
      JSON, or writes DIR/L/articles/SLUG.json with --into.
  folio-cli import-wordpress EXPORT.xml --into DIR [--lang L] [--kind-from TAXONOMY]
        [--kinds FILE.json] [--topics-from TAXONOMY] [--people-from author|TAXONOMY|meta:KEY]
        [--post-types post,page] [--uploads DIR] [--fetch [--fetch-timeout SECONDS]]
        [--report FILE.json] [--overwrite] [--no-wait]
      Imports a WordPress export (Tools > Export > All content) into DIR: published
      posts as articles (Polylang languages and translations included; --lang for an
      export without them), site.json created or merged, the indexes rewritten, and
      the tree validated. Prints what was imported, skipped and reduced; --report
      writes all of it as JSON. Existing articles are kept unless --overwrite.
      --uploads copies the files the posts name from a copy of wp-content/uploads;
      --fetch downloads those with no local copy from the old site into DIR/img/wp/
      (4 at a time, 3 tries, a timeout of 30 s each; files already there are kept).
  folio-cli publish DIR --out DIST [--base-url URL] [--base-path PATH] [--endpoint URL]
        [--assets-url URL] [--full] [--verbose] [--no-wait]
      Writes a static page for every article and listing into the built app DIST
      (trunk build --release), with sitemap.xml, {lang}/feed.xml and robots.txt, and
      beside each article's page fragment.html and fragment-head.html for host pages
      that embed it. --base-url is needed when site.json has no canonical_base;
      --base-path is the app's path on its host (default: the root); --endpoint is
      where pages read content (default content/, where the tree is copied);
      --assets-url is where host pages serve Folio's files (default: the base path).
      Only content goes to the web: the files the contract names, those the articles
      use, and img/, variants/, media/, files/; never a dotfile. What it leaves out
      it counts (--verbose lists it all). Incremental: .folio-publish/DIST.json beside
      DIST (not in it) remembers what the last run wrote, and only what changed since
      is written again; --full writes everything.

Every file is written whole or not at all (a temporary file beside it, renamed over
it). The first file that cannot be written (a full disk, no permission) stops the
command with exit code 3, saying what it left as it was; the same command run again
finishes the work. A run that writes a tree (DIR/.folio-lock) or an output waits for
another run writing it to end; --no-wait stops instead.
";

/// `--name value` from the arguments, removing both.
fn take_option(args: &mut Vec<String>, name: &str) -> Result<Option<String>, String> {
    let Some(i) = args.iter().position(|a| a == name) else {
        return Ok(None);
    };
    if i + 1 >= args.len() {
        return Err(format!("{name} needs a value"));
    }
    let value = args.remove(i + 1);
    args.remove(i);
    Ok(Some(value))
}

/// Whether `--name` is among the arguments, removing it.
fn take_flag(args: &mut Vec<String>, name: &str) -> bool {
    let found = args.iter().position(|a| a == name);
    if let Some(i) = found {
        args.remove(i);
    }
    found.is_some()
}

fn one_path(args: &[String], what: &str) -> Result<PathBuf, String> {
    match args {
        [one] if !one.starts_with("--") => Ok(PathBuf::from(one)),
        [] => Err(format!("missing {what}")),
        _ => Err(format!("unexpected arguments: {}", args.join(" "))),
    }
}

fn print_problems(problems: &[Problem]) {
    for p in problems {
        eprintln!("{p}");
    }
}

/// The tree, or `None` (with its problems printed) when it has errors.
fn checked_tree(dir: &Path, memory: Option<&manifest::Manifest>) -> Option<Tree> {
    let tree = load_with(dir, memory.map(|m| m as &dyn crate::check::tree::Remembered));
    print_problems(&tree.problems);
    let errors = tree.errors();
    if errors > 0 {
        eprintln!("{}: {errors} error(s)", dir.display());
        return None;
    }
    Some(tree)
}

/// What a command that stopped on a failed write leaves, when the place it failed did
/// not say.
fn left_by(command: &str) -> &'static str {
    match command {
        "index" => "The articles are untouched; each index and search file is whole, as it was or rewritten. Run folio-cli index again with room to finish.",
        "images" => "Every file is whole. Run folio-cli images again with room to finish: the variants made are kept.",
        "import" => "No article was written.",
        "publish" => "Every file in the output is whole (pages already written are new, the others as they were) and no manifest was kept. Run the same command again with room: it publishes everything again.",
        _ => "Every file written is whole. Run the same command again with room to finish.",
    }
}

/// `--no-wait`: whether a run stops when another holds its lock.
fn take_wait(args: &mut Vec<String>) -> Wait {
    if take_flag(args, "--no-wait") {
        Wait::No
    } else {
        Wait::Yes
    }
}

/// The lock of the content tree at `dir`, for a run that writes it.
fn lock_tree(dir: &Path, wait: Wait) -> Result<Held, Stop> {
    let what = format!("the content tree {}", dir.display());
    hold(&tree_lock(dir), &what, &[dir], wait)
}

pub fn run(mut args: Vec<String>) -> i32 {
    if args.is_empty() || args.iter().any(|a| a == "--help" || a == "-h") {
        print!("{USAGE}");
        return if args.is_empty() { 2 } else { 0 };
    }
    let command = args.remove(0);
    let result = match command.as_str() {
        "validate" => validate(args),
        "index" => index(args),
        "images" => images(args),
        "import" => import_file(args),
        "import-wordpress" => import_wordpress(args),
        "publish" => publish_tree(args),
        other => Err(Stop::Other(format!("unknown command {other:?}\n\n{USAGE}"))),
    };
    match result {
        Ok(code) => code,
        Err(Stop::Write { error, left }) => {
            let left = left.as_deref().unwrap_or(left_by(&command));
            eprintln!("folio-cli {command}: {error}.\n{left}");
            3
        }
        Err(Stop::Other(message)) => {
            eprintln!("folio-cli {command}: {message}");
            2
        }
    }
}

fn validate(args: Vec<String>) -> Result<i32, Stop> {
    let dir = one_path(&args, "DIR")?;
    let tree = load(&dir);
    print_problems(&tree.problems);
    let errors = tree.errors();
    let articles = tree.article_count();
    let warnings = tree.problems.len() - errors;
    println!(
        "{}: {articles} article(s) in {} language(s), {errors} error(s), {warnings} warning(s)",
        dir.display(),
        tree.languages.len()
    );
    Ok(i32::from(errors > 0))
}

/// A whole number given to `name`, at least 1.
fn take_count(args: &mut Vec<String>, name: &str) -> Result<Option<usize>, String> {
    take_option(args, name)?
        .map(|v| match v.parse::<usize>() {
            Ok(n) if n >= 1 => Ok(n),
            _ => Err(format!("{name} needs a whole number of at least 1, not {v:?}")),
        })
        .transpose()
}

/// The index's layout from `--split-above`, `--head` and `--piece`.
fn take_layout(args: &mut Vec<String>) -> Result<Layout, String> {
    let default = Layout::default();
    Ok(Layout {
        split_above: take_count(args, "--split-above")?.unwrap_or(default.split_above),
        head: take_count(args, "--head")?.unwrap_or(default.head),
        piece: take_count(args, "--piece")?.unwrap_or(default.piece),
    })
}

/// A file `index` writes (so its problems do not stop it): an index, a piece, search.
fn is_index_output(file: &str) -> bool {
    file.ends_with("/index.json") || file.contains("/index/") || file.contains("/search/")
}

fn index(mut args: Vec<String>) -> Result<i32, Stop> {
    let layout = take_layout(&mut args)?;
    let wait = take_wait(&mut args);
    let dir = one_path(&args, "DIR")?;
    let lock = lock_tree(&dir, wait)?;
    let tree = load(&dir);
    // The index follows the articles: only their own problems stop it.
    let blocking: Vec<&Problem> = tree
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error && !is_index_output(&p.file))
        .collect();
    if !blocking.is_empty() {
        for p in &blocking {
            eprintln!("{p}");
        }
        eprintln!("{}: fix these first; no index was written", dir.display());
        lock.finish();
        return Ok(1);
    }
    for (lang, count) in crate::index::write_indexes(&tree, layout)? {
        let form = if count > layout.split_above { ", split" } else { "" };
        println!("{lang}/index.json: {count} article(s){form}; {lang}/search/ written");
    }
    lock.finish();
    Ok(0)
}

fn images(mut args: Vec<String>) -> Result<i32, Stop> {
    let wait = take_wait(&mut args);
    let dir = one_path(&args, "DIR")?;
    let lock = lock_tree(&dir, wait)?;
    let site_file = dir.join("site.json");
    let site = std::fs::read_to_string(&site_file)
        .map_err(|e| format!("{}: {e}", site_file.display()))
        .and_then(|t| {
            folio_core::content::decode::decode_site(&t).map_err(|e| format!("{}: {e}", site_file.display()))
        })?;
    let started = Instant::now();
    let report = super::images::run(&dir, &site.languages)?;
    for problem in &report.problems {
        eprintln!("{problem}");
    }
    println!(
        "{}: {} picture(s) with variants, {} variant file(s) written, {} article(s) updated ({:.2} s)",
        dir.display(),
        report.pictures,
        report.written,
        report.articles,
        started.elapsed().as_secs_f64()
    );
    // The cards in the indexes carry the images too: the indexes of the languages whose
    // articles changed, and all of them after a run that stopped before it finished
    // (it may have updated articles and not their indexes).
    let languages = if lock.unfinished {
        &site.languages
    } else {
        &report.languages
    };
    if !languages.is_empty() {
        let (written, unreadable) =
            crate::index::write_indexes_from_files(&dir, Some(&site), languages, Layout::default())?;
        for problem in &unreadable {
            eprintln!("{problem}");
        }
        for (lang, count) in written {
            println!("{lang}/index.json: {count} article(s)");
        }
    }
    lock.finish();
    Ok(i32::from(!report.problems.is_empty()))
}

fn import_file(mut args: Vec<String>) -> Result<i32, Stop> {
    let lang = take_option(&mut args, "--lang")?.ok_or("--lang L is required")?;
    if !is_valid_language(&lang) {
        return Err(format!("--lang {lang:?} is not a language code").into());
    }
    let into = take_option(&mut args, "--into")?;
    let wait = take_wait(&mut args);
    let file = one_path(&args, "FILE.md")?;
    let name = file.display().to_string();
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{name}: {e}"))?;
    let article = match import(&text, &lang) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{name}: {}", e.0);
            return Ok(1);
        }
    };
    let mut problems = Vec::new();
    check::article(
        &mut Report {
            file: name.clone(),
            out: &mut problems,
        },
        &article,
    );
    print_problems(&problems);
    if problems.iter().any(|p| p.severity == Severity::Error) {
        return Ok(1);
    }
    let mut json = serde_json::to_string_pretty(&article).map_err(|e| e.to_string())?;
    json.push('\n');
    let decoded = decode_article(&json).map_err(|e| e.to_string())?;
    match into {
        None => print!("{json}"),
        Some(dir) => {
            let lock = lock_tree(Path::new(&dir), wait)?;
            let path = Path::new(&dir)
                .join(&lang)
                .join("articles")
                .join(format!("{}.json", decoded.slug));
            write(&path, json)?;
            lock.finish();
            println!("{}: {} block(s)", path.display(), decoded.body.len());
        }
    }
    Ok(0)
}

/// `--fetch-timeout SECONDS` (30 by default), the timeout of one request of `--fetch`.
fn fetch_settings(args: &mut Vec<String>) -> Result<wordpress::fetch::Settings, Stop> {
    let mut settings = wordpress::fetch::Settings::default();
    if let Some(t) = take_option(args, "--fetch-timeout")? {
        let seconds: f64 = t
            .parse()
            .ok()
            .filter(|s: &f64| s.is_finite() && *s > 0.0 && *s <= 3600.0)
            .ok_or_else(|| format!("--fetch-timeout {t:?} is not a number of seconds (up to 3600)"))?;
        settings.timeout = std::time::Duration::from_secs_f64(seconds);
    }
    Ok(settings)
}

fn import_wordpress(mut args: Vec<String>) -> Result<i32, Stop> {
    let into = take_option(&mut args, "--into")?.ok_or("--into DIR is required")?;
    let lang = take_option(&mut args, "--lang")?;
    if let Some(l) = lang.as_deref().filter(|l| !is_valid_language(l)) {
        return Err(format!("--lang {l:?} is not a language code").into());
    }
    let report_file = take_option(&mut args, "--report")?;
    let overwrite = take_flag(&mut args, "--overwrite");
    let wait = take_wait(&mut args);
    let options = wordpress::Options {
        into: PathBuf::from(into),
        lang,
        kind_from: take_option(&mut args, "--kind-from")?,
        kinds_file: take_option(&mut args, "--kinds")?.map(PathBuf::from),
        topics_from: take_option(&mut args, "--topics-from")?.unwrap_or_else(|| "post_tag".into()),
        people_from: take_option(&mut args, "--people-from")?.unwrap_or_else(|| "author".into()),
        post_types: take_option(&mut args, "--post-types")?
            .map(|t| {
                t.split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_else(|| vec!["post".into()]),
        uploads: take_option(&mut args, "--uploads")?.map(PathBuf::from),
        fetch: take_flag(&mut args, "--fetch"),
        fetch_settings: fetch_settings(&mut args)?,
        overwrite,
        export: one_path(&args, "EXPORT.xml")?,
    };
    let started = Instant::now();
    let lock = lock_tree(&options.into, wait)?;
    let report = wordpress::import(&options)?;
    print!("{}", report.summary());
    if let Some(file) = report_file {
        let json = serde_json::to_string_pretty(&report.to_json()).map_err(|e| e.to_string())? + "\n";
        write(Path::new(&file), json)?;
    }
    // The indexes from the article files, one at a time: an import of any size keeps
    // only the cards and their search terms in memory (validate checks the whole tree
    // afterwards).
    let site = std::fs::read_to_string(options.into.join("site.json"))
        .ok()
        .and_then(|t| folio_core::content::decode::decode_site(&t).ok());
    let (written, unreadable) =
        crate::index::write_indexes_from_files(&options.into, site.as_ref(), &report.languages, Layout::default())?;
    for problem in &unreadable {
        eprintln!("{problem}");
    }
    let articles: usize = written.iter().map(|(_, n)| n).sum();
    println!(
        "{}: {articles} article(s) in {} language(s) indexed ({:.2} s); check the whole tree with folio-cli validate {}",
        options.into.display(),
        written.len(),
        started.elapsed().as_secs_f64(),
        options.into.display()
    );
    lock.finish();
    Ok(i32::from(!unreadable.is_empty() || !report.rejected.is_empty()))
}

fn publish_tree(mut args: Vec<String>) -> Result<i32, Stop> {
    let out = take_option(&mut args, "--out")?.ok_or("--out DIST is required")?;
    let full = take_flag(&mut args, "--full");
    let verbose = take_flag(&mut args, "--verbose");
    let wait = take_wait(&mut args);
    let options = Options {
        out: PathBuf::from(out),
        base_url: take_option(&mut args, "--base-url")?,
        base_path: take_option(&mut args, "--base-path")?.unwrap_or_default(),
        endpoint: take_option(&mut args, "--endpoint")?.unwrap_or_else(|| "content/".into()),
        assets_url: take_option(&mut args, "--assets-url")?,
    };
    let dir = one_path(&args, "DIR")?;
    let started = Instant::now();
    let place = Place::of(&options.out)?;
    let what = format!("the output {}", options.out.display());
    let lock = hold(&place.lock(), &what, &[&options.out, &place.dir], wait)?;
    let tool = manifest::tool();
    let before = if full { None } else { manifest::read(&place, tool) };
    let Some(tree) = checked_tree(&dir, before.as_ref()) else {
        lock.finish();
        return Ok(1);
    };
    let checked = started.elapsed();
    let summary = publish(&tree, &options, &place, before.as_ref(), tool)?;
    let how = if summary.incremental {
        "changes since the last publish"
    } else {
        "full"
    };
    println!(
        "{}: {} article page(s) written, {} unchanged, {} old page(s) removed; {} listing(s), {} feed(s), sitemap.xml; {} content file(s) copied, {} removed ({how}; checked in {:.2} s, total {:.2} s)",
        options.out.display(),
        summary.articles,
        summary.kept,
        summary.removed,
        summary.listings,
        summary.feeds,
        summary.copied,
        summary.uncopied,
        checked.as_secs_f64(),
        started.elapsed().as_secs_f64()
    );
    say_left_out(&summary.left_out, verbose);
    lock.finish();
    Ok(0)
}

/// The tree's files that were not published: counted, the first few named (all of them
/// with `--verbose`).
fn say_left_out(files: &[String], verbose: bool) {
    if files.is_empty() {
        return;
    }
    let shown = if verbose { files.len() } else { files.len().min(5) };
    let more = match files.len() - shown {
        0 => String::new(),
        n => format!(" and {n} more (--verbose lists them all)"),
    };
    println!(
        "{} file(s) in the tree are not published (not content the contract names, in its folders, or used by an article): {}{more}",
        files.len(),
        files[..shown].join(", ")
    );
}
