//! Inline runs read from a post's HTML: text with its style (bold, italic, code, raised,
//! lowered, a link), whitespace collapsed as a browser collapses it, written as the
//! contract's runs.

use crate::import::runs::{run_json, same_style};
use folio_core::content::model::Inline;
use serde_json::Value;

/// The style a run of text is written in: the app's own run, its text unused.
pub type Style = Inline;

/// Inline runs being collected, whitespace collapsed as a browser would.
#[derive(Default)]
pub struct Runs {
    runs: Vec<Inline>,
}

impl Runs {
    pub fn push(&mut self, text: &str, style: &Style) {
        let mut collapsed = String::with_capacity(text.len());
        let ends_in_space = self.runs.last().is_none_or(|r| r.text.ends_with(' '));
        let mut space = ends_in_space;
        for ch in text.chars() {
            if ch.is_whitespace() {
                if !space {
                    collapsed.push(' ');
                }
                space = true;
            } else {
                collapsed.push(ch);
                space = false;
            }
        }
        if collapsed.is_empty() {
            return;
        }
        match self.runs.last_mut() {
            Some(last) if same_style(last, style) => last.text.push_str(&collapsed),
            _ => self.runs.push(Inline {
                text: collapsed,
                ..style.clone()
            }),
        }
    }

    pub fn is_blank(&self) -> bool {
        self.runs.iter().all(|r| r.text.trim().is_empty())
    }

    pub fn has_link(&self) -> bool {
        self.runs.iter().any(|r| r.link.is_some())
    }

    pub fn plain(&self) -> String {
        self.runs
            .iter()
            .map(|r| r.text.as_str())
            .collect::<String>()
            .trim()
            .to_string()
    }

    /// The runs as the contract writes them, trimmed at both ends.
    pub fn take(&mut self) -> Vec<Value> {
        let mut runs = std::mem::take(&mut self.runs);
        if let Some(r) = runs.first_mut() {
            r.text = r.text.trim_start().to_string();
        }
        if let Some(r) = runs.last_mut() {
            r.text = r.text.trim_end().to_string();
        }
        runs.iter().filter(|r| !r.text.is_empty()).map(run_json).collect()
    }
}
