//! What an import did: articles per language, what was skipped and why, slugs that had to
//! change, what was reduced in which post, what a reader loses (words and pictures kept,
//! the posts that lost any), and the problems met. Printed as a summary; written whole as
//! JSON with `--report`.

use super::losses::{percent, Kept};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::fmt::Write;

#[derive(Debug, Default)]
pub struct ImportReport {
    pub imported: BTreeMap<String, usize>,
    pub skipped: BTreeMap<String, usize>,
    /// Post id, slug in the export, slug written.
    pub renamed: Vec<(u64, String, String)>,
    /// What was reduced → the posts (id, title) it happened in.
    pub reduced: BTreeMap<String, Vec<(u64, String)>>,
    /// Post id, title, what went wrong.
    pub problems: Vec<(u64, String, String)>,
    /// Posts not written because the article breaks the contract: id, title, why.
    pub rejected: Vec<(u64, String, String)>,
    /// The languages of the imported posts, whose indexes the import rebuilds.
    pub languages: Vec<String>,
    /// What was taken from elsewhere than usual → how many posts (a date from
    /// `pubDate`, the export's language).
    pub notes: BTreeMap<String, usize>,
    /// The words and pictures of every converted post, and how many the articles keep.
    pub kept: Kept,
    /// The posts that lost words or pictures: id, title, what they kept.
    pub losses: Vec<(u64, String, Kept)>,
}

impl ImportReport {
    pub fn imported(&mut self, lang: &str) {
        *self.imported.entry(lang.to_string()).or_default() += 1;
    }

    pub fn skip(&mut self, reason: &str) {
        *self.skipped.entry(reason.to_string()).or_default() += 1;
    }

    pub fn renamed(&mut self, id: u64, from: &str, to: &str) {
        self.renamed.push((id, from.to_string(), to.to_string()));
    }

    pub fn reduced(&mut self, what: &str, id: u64, title: &str) {
        self.reduced
            .entry(what.to_string())
            .or_default()
            .push((id, title.to_string()));
    }

    pub fn rejected(&mut self, id: u64, title: &str, why: &str) {
        self.rejected.push((id, title.to_string(), why.to_string()));
    }

    pub fn kept(&mut self, id: u64, title: &str, kept: Kept) {
        self.kept.add(kept);
        if kept.lost_any() {
            self.losses.push((id, title.to_string(), kept));
        }
    }

    pub fn note(&mut self, what: &str, posts: usize) {
        *self.notes.entry(what.to_string()).or_default() += posts;
    }

    /// How many posts were written.
    pub fn written(&self) -> usize {
        self.imported.values().sum()
    }

    pub fn problem(&mut self, id: u64, title: &str, message: &str) {
        self.problems.push((id, title.to_string(), message.to_string()));
    }

    /// The summary printed after an import.
    pub fn summary(&self) -> String {
        let mut out = String::new();
        let total: usize = self.imported.values().sum();
        let per: Vec<String> = self.imported.iter().map(|(l, n)| format!("{l} {n}")).collect();
        let _ = writeln!(out, "imported {total} article(s): {}", per.join(", "));
        for (reason, n) in &self.skipped {
            let _ = writeln!(out, "skipped {n}: {reason}");
        }
        for (what, n) in &self.notes {
            let _ = writeln!(out, "{n} post(s) {what}");
        }
        let k = &self.kept;
        let _ = writeln!(
            out,
            "kept {} % of a reader's words ({} of {}) and {} % of pictures ({} of {}); {} post(s) lost some{}",
            percent(k.words_kept, k.words),
            k.words_kept,
            k.words,
            percent(k.pictures_kept, k.pictures),
            k.pictures_kept,
            k.pictures,
            self.losses.len(),
            if self.losses.is_empty() {
                ""
            } else {
                " (--report lists them)"
            }
        );
        if !self.renamed.is_empty() {
            let _ = writeln!(out, "{} slug(s) made valid or unique", self.renamed.len());
        }
        for (what, posts) in &self.reduced {
            let _ = writeln!(out, "reduced in {} post(s): {what}", posts.len());
        }
        for (id, title, message) in &self.problems {
            let _ = writeln!(out, "post {id} ({title}): {message}");
        }
        for (id, title, why) in &self.rejected {
            let _ = writeln!(out, "post {id} ({title}): not imported: {why}");
        }
        out
    }

    pub fn to_json(&self) -> Value {
        let post = |(id, title): &(u64, String)| json!({ "id": id, "title": title });
        json!({
            "imported": self.imported,
            "skipped": self.skipped,
            "notes": self.notes,
            "kept": kept_json(&self.kept),
            "losses": self.losses.iter().map(|(id, title, k)| {
                let mut v = kept_json(k);
                v["id"] = json!(id);
                v["title"] = json!(title);
                v
            }).collect::<Vec<_>>(),
            "renamed": self.renamed.iter().map(|(id, from, to)| json!({ "id": id, "from": from, "to": to })).collect::<Vec<_>>(),
            "reduced": self.reduced.iter().map(|(what, posts)| (what.clone(), posts.iter().map(post).collect::<Value>())).collect::<serde_json::Map<_, _>>(),
            "problems": self.problems.iter().map(|(id, title, message)| json!({ "id": id, "title": title, "message": message })).collect::<Vec<_>>(),
            "rejected": self.rejected.iter().map(|(id, title, why)| json!({ "id": id, "title": title, "why": why })).collect::<Vec<_>>(),
        })
    }
}

fn kept_json(k: &Kept) -> Value {
    json!({
        "words": k.words,
        "words_kept": k.words_kept,
        "pictures": k.pictures,
        "pictures_kept": k.pictures_kept,
    })
}
