//! Inline runs read from a post's HTML: text with its style (bold, italic, code, raised,
//! lowered, a link), whitespace collapsed as a browser collapses it, written as the
//! contract's runs.

use serde_json::{json, Map, Value};

/// The style a run of text is written in.
#[derive(Clone, Default, PartialEq)]
pub struct Style {
    pub bold: bool,
    pub italic: bool,
    pub link: Option<String>,
    pub code: bool,
    pub sup: bool,
    pub sub: bool,
}

/// Inline runs being collected, whitespace collapsed as a browser would.
#[derive(Default)]
pub struct Runs {
    runs: Vec<(String, Style)>,
}

impl Runs {
    pub fn push(&mut self, text: &str, style: &Style) {
        let mut collapsed = String::with_capacity(text.len());
        let ends_in_space = self.runs.last().is_none_or(|(t, _)| t.ends_with(' '));
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
            Some((t, s)) if s == style => t.push_str(&collapsed),
            _ => self.runs.push((collapsed, style.clone())),
        }
    }

    pub fn is_blank(&self) -> bool {
        self.runs.iter().all(|(t, _)| t.trim().is_empty())
    }

    pub fn has_link(&self) -> bool {
        self.runs.iter().any(|(_, s)| s.link.is_some())
    }

    pub fn plain(&self) -> String {
        self.runs
            .iter()
            .map(|(t, _)| t.as_str())
            .collect::<String>()
            .trim()
            .to_string()
    }

    /// The runs as the contract writes them, trimmed at both ends.
    pub fn take(&mut self) -> Vec<Value> {
        let mut runs = std::mem::take(&mut self.runs);
        if let Some((t, _)) = runs.first_mut() {
            *t = t.trim_start().to_string();
        }
        if let Some((t, _)) = runs.last_mut() {
            *t = t.trim_end().to_string();
        }
        runs.into_iter()
            .filter(|(t, _)| !t.is_empty())
            .map(|(text, s)| {
                if s == Style::default() {
                    return json!(text);
                }
                let mut o = Map::new();
                o.insert("text".into(), json!(text));
                if s.bold {
                    o.insert("bold".into(), json!(true));
                }
                if s.italic {
                    o.insert("italic".into(), json!(true));
                }
                if let Some(l) = s.link {
                    o.insert("link".into(), json!(l));
                }
                for (name, on) in [("code", s.code), ("sup", s.sup), ("sub", s.sub)] {
                    if on {
                        o.insert(name.into(), json!(true));
                    }
                }
                Value::Object(o)
            })
            .collect()
    }
}
