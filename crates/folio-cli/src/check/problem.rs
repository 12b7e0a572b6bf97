//! One thing wrong in a content tree, named by file and field so it can be found and fixed;
//! and reading a tree file as JSON, with the problem when it cannot be.

use serde_json::Value;
use std::fmt;
use std::path::Path;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Breaks the contract or a reader's page: `validate` exits non-zero.
    Error,
    /// Allowed by the contract, but probably not meant (an unknown block type).
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub severity: Severity,
    /// The file, relative to the content tree (`de/articles/x.json`).
    pub file: String,
    /// The field inside it (`body[3].text[1].link`); empty for the file as a whole.
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tag = match self.severity {
            Severity::Error => "",
            Severity::Warning => "warning: ",
        };
        if self.field.is_empty() {
            write!(f, "{}: {tag}{}", self.file, self.message)
        } else {
            write!(f, "{}: {}: {tag}{}", self.file, self.field, self.message)
        }
    }
}

/// Collects the problems of one file while the checks walk it.
pub struct Report<'a> {
    pub file: String,
    pub out: &'a mut Vec<Problem>,
}

impl Report<'_> {
    pub fn error(&mut self, field: &str, message: impl Into<String>) {
        self.push(Severity::Error, field, message.into());
    }

    pub fn warning(&mut self, field: &str, message: impl Into<String>) {
        self.push(Severity::Warning, field, message.into());
    }

    fn push(&mut self, severity: Severity, field: &str, message: String) {
        self.out.push(Problem {
            severity,
            file: self.file.clone(),
            field: field.to_string(),
            message,
        });
    }
}

/// `parent.name`, or `name` at the top.
pub fn join(parent: &str, name: &str) -> String {
    if parent.is_empty() {
        name.to_string()
    } else {
        format!("{parent}.{name}")
    }
}

/// `parent[i]`.
pub fn at(parent: &str, i: usize) -> String {
    format!("{parent}[{i}]")
}

/// An error at `file`'s `field`.
pub fn error(out: &mut Vec<Problem>, file: &str, field: &str, message: String) {
    out.push(Problem {
        severity: Severity::Error,
        file: file.to_string(),
        field: field.to_string(),
        message,
    });
}

/// A tree file's text and JSON, or an error saying why there is none (`missing`: what
/// to say when the file is not there).
pub fn read_json(root: &Path, file: &str, missing: &str, out: &mut Vec<Problem>) -> Option<(String, Value)> {
    let text = match std::fs::read_to_string(root.join(file)) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            error(out, file, "", missing.into());
            return None;
        }
        Err(e) => {
            error(out, file, "", format!("cannot be read: {e}"));
            return None;
        }
    };
    match serde_json::from_str(&text) {
        Ok(v) => Some((text, v)),
        Err(e) => {
            error(out, file, "", format!("is not valid JSON: {e}"));
            None
        }
    }
}
