//! `folio-cli images DIR`: variants of every raster picture the articles name (`make`),
//! made in parallel with a progress bar, written under `DIR/variants/`, and recorded in
//! each image object that names the picture (`find`): its upright `width` and `height`
//! and its `variants`. A picture that cannot be read is named with the articles that
//! show it; the rest go on. A file that cannot be written (a full disk) stops the run
//! at once: when it is a variant, before any article is rewritten.

pub mod find;
pub mod make;

use super::disk::failure::{Stop, WriteError};
use super::disk::write::write;
use crate::check::tree::article_files;
use indicatif::{ProgressBar, ProgressStyle};
use make::{Failed, Variants};
use rayon::prelude::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

#[derive(Debug, Default)]
pub struct Report {
    /// Pictures with variants, and variant files written this time.
    pub pictures: usize,
    pub written: usize,
    /// Article files rewritten, and the languages they are in.
    pub articles: usize,
    pub languages: Vec<String>,
    /// What could not be done, one line each.
    pub problems: Vec<String>,
}

/// An article file: its path in the tree and its JSON.
type ArticleFile = (String, Value);

/// Every article file of the languages' folders that reads as JSON; problems for those
/// that do not.
fn articles(root: &Path, languages: &[String], problems: &mut Vec<String>) -> Vec<ArticleFile> {
    let mut found = Vec::new();
    for lang in languages {
        for name in article_files(root, lang) {
            let file = format!("{lang}/articles/{name}");
            match fs::read_to_string(root.join(&file))
                .map_err(|e| e.to_string())
                .and_then(|t| serde_json::from_str::<Value>(&t).map_err(|e| format!("is not valid JSON: {e}")))
            {
                Ok(v) => found.push((file, v)),
                Err(e) => problems.push(format!("{file}: {e} (its images are left as they are)")),
            }
        }
    }
    found
}

/// Each picture's variants, or what is wrong with it.
type Made = BTreeMap<String, Result<Variants, String>>;

/// The variants of each picture, made in parallel; a progress bar on a terminal. The
/// first variant that cannot be written stops them all.
fn make_all(root: &Path, pictures: &[&String]) -> Result<Made, WriteError> {
    let bar = ProgressBar::new(pictures.len() as u64);
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} pictures, {eta} left {msg}") {
        bar.set_style(style);
    }
    let done = pictures
        .par_iter()
        .map(|p| {
            let result = match make::variants(root, p) {
                Ok(v) => Ok(v),
                Err(Failed::Picture(e)) => Err(e),
                Err(Failed::Write(e)) => return Err(e),
            };
            bar.inc(1);
            Ok(((*p).clone(), result))
        })
        .collect();
    bar.finish_and_clear();
    done
}

/// The run stops on a write that failed; the problems met so far are said first.
fn stopped(report: &Report, error: WriteError, left: String) -> Stop {
    for problem in &report.problems {
        eprintln!("{problem}");
    }
    Stop::write(error, left)
}

/// Makes the variants of every raster picture that the articles of `languages` name,
/// and records them in the articles.
pub fn run(root: &Path, languages: &[String]) -> Result<Report, Stop> {
    let mut report = Report::default();
    let mut files = articles(root, languages, &mut report.problems);
    // Which articles show each picture, and where.
    let mut uses: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (file, v) in &files {
        for (field, picture) in find::images(v) {
            uses.entry(picture).or_default().push(format!("{file}: {field}"));
        }
    }
    let pictures: Vec<&String> = uses.keys().collect();
    let all = make_all(root, &pictures).map_err(|e| {
        let left = "No article was changed; the variants already made are kept. Run folio-cli images again with room to finish: it reuses them.";
        stopped(&report, e, left.into())
    })?;
    let mut made = BTreeMap::new();
    for (picture, result) in all {
        match result {
            Ok(v) => {
                report.pictures += 1;
                report.written += v.written;
                made.insert(picture, v);
            }
            Err(e) => {
                let shown = uses[&picture].join(", ");
                report
                    .problems
                    .push(format!("{picture}: {e} (shown by {shown}; left as it is)"));
            }
        }
    }
    for (file, v) in &mut files {
        if !find::fill(v, &made) {
            continue;
        }
        let text = match serde_json::to_string_pretty(v) {
            Ok(t) => t + "\n",
            Err(e) => {
                report.problems.push(format!("{file}: {e}"));
                continue;
            }
        };
        if let Err(e) = write(&root.join(&*file), text) {
            let left = format!(
                "{} article file(s) were updated before it stopped, each whole; the others are as they were, and the indexes were not rewritten. Run folio-cli images again with room to finish: the variants made are kept.",
                report.articles
            );
            return Err(stopped(&report, e, left));
        }
        report.articles += 1;
        let lang = file.split('/').next().unwrap_or_default().to_string();
        if !report.languages.contains(&lang) {
            report.languages.push(lang);
        }
    }
    Ok(report)
}
