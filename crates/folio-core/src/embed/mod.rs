//! How a host page configures Folio: the `data-*` attributes of its `#folio` element,
//! read and checked here (pure), so a wrong value is named before anything loads.

use crate::content::decode::is_valid_language;
use crate::content::slug::is_valid_slug;
use crate::content::url::scheme_of;

/// The content shipped next to the app.
pub const DEFAULT_ENDPOINT: &str = "content/";
/// How long a request may take before it counts as failed.
pub use crate::content::DEFAULT_TIMEOUT_MS;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Folio owns the URL under the base path.
    Site,
    /// One article as a widget; the host's URL and head are left alone.
    Article { slug: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub endpoint: String,
    pub lang: Option<String>,
    /// `""` or `/news`.
    pub base_path: String,
    pub mode: Mode,
    pub timeout_ms: u32,
}

/// A value Folio cannot run with, and the attribute that holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettingsError {
    pub attribute: &'static str,
    pub message: String,
}

impl std::fmt::Display for SettingsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.attribute, self.message)
    }
}

fn error(attribute: &'static str, message: String) -> SettingsError {
    SettingsError { attribute, message }
}

/// Reads the settings through `attr` (an attribute's value, if present). Without a
/// `#folio` element every attribute is absent and the defaults apply.
pub fn read_settings(attr: impl Fn(&str) -> Option<String>) -> Result<Settings, SettingsError> {
    let endpoint = attr("data-endpoint")
        .map(|e| e.trim().to_string())
        .unwrap_or_else(|| DEFAULT_ENDPOINT.into());
    if endpoint.is_empty() {
        return Err(error(
            "data-endpoint",
            "is empty; leave it out to use the content next to the app".into(),
        ));
    }
    if let Some(scheme) = scheme_of(&endpoint) {
        if scheme != "http" && scheme != "https" {
            return Err(error(
                "data-endpoint",
                format!("{endpoint:?} is not an http or https URL"),
            ));
        }
    }
    let lang = attr("data-lang").map(|l| l.trim().to_string());
    if let Some(l) = &lang {
        if !is_valid_language(l) {
            return Err(error(
                "data-lang",
                format!("{l:?} is not a language code such as \"de\" or \"pt-BR\""),
            ));
        }
    }
    let base_path = base_path(&attr("data-base-path").unwrap_or_default())?;
    let mode = match attr("data-mode").as_deref().map(str::trim) {
        None | Some("") | Some("site") => Mode::Site,
        Some("article") => {
            let slug = attr("data-article").map(|s| s.trim().to_string()).unwrap_or_default();
            if !is_valid_slug(&slug) {
                return Err(error(
                    "data-article",
                    format!("{slug:?} is not an article slug (data-mode=\"article\" needs one)"),
                ));
            }
            Mode::Article { slug }
        }
        Some(other) => {
            return Err(error(
                "data-mode",
                format!("{other:?} is neither \"site\" nor \"article\""),
            ))
        }
    };
    let timeout_ms = match attr("data-timeout") {
        None => DEFAULT_TIMEOUT_MS,
        Some(t) => match seconds_as_ms(t.trim()) {
            Some(ms) if ms > 0 && ms <= 300_000 => ms,
            _ => {
                return Err(error(
                    "data-timeout",
                    format!("{t:?} is not a number of seconds between 0 and 300"),
                ))
            }
        },
    };
    Ok(Settings {
        endpoint,
        lang,
        base_path,
        mode,
        timeout_ms,
    })
}

/// `"2"`, `"2.5"`, `"0.125"` seconds as milliseconds (beyond three decimals rounded
/// down). Plain decimals only: parsing floats would ship the float parser in the wasm.
fn seconds_as_ms(t: &str) -> Option<u32> {
    let (whole, fraction) = t.split_once('.').unwrap_or((t, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty() || !digits(whole) || !digits(fraction) || whole.len() > 6 {
        return None;
    }
    let whole: u32 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    let millis = fraction
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(3)
        .fold(0, |n, b| n * 10 + u32::from(b - b'0'));
    whole.checked_mul(1000)?.checked_add(millis)
}

/// `""`, `/`, `/news`, `/news/` → `""` or `/news`; nothing that could leave the path.
fn base_path(raw: &str) -> Result<String, SettingsError> {
    let trimmed = raw.trim().trim_end_matches('/');
    if trimmed.is_empty() {
        return Ok(String::new());
    }
    let fine = trimmed.starts_with('/')
        && !trimmed.starts_with("//")
        && trimmed
            .split('/')
            .skip(1)
            .all(|seg| !seg.is_empty() && seg != "." && seg != "..")
        && trimmed
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~/%".contains(&b));
    if fine {
        Ok(trimmed.to_string())
    } else {
        Err(error(
            "data-base-path",
            format!("{raw:?} is not a path such as \"/news\""),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn read(pairs: &[(&str, &str)]) -> Result<Settings, SettingsError> {
        let map: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        read_settings(|name| map.get(name).cloned())
    }

    #[test]
    fn defaults_without_attributes() {
        assert_eq!(
            read(&[]).unwrap(),
            Settings {
                endpoint: "content/".into(),
                lang: None,
                base_path: String::new(),
                mode: Mode::Site,
                timeout_ms: 10_000
            }
        );
    }

    #[test]
    fn reads_every_attribute() {
        let s = read(&[
            ("data-endpoint", " https://cms.example.org/folio/ "),
            ("data-lang", "de"),
            ("data-base-path", "/news/"),
            ("data-mode", "article"),
            ("data-article", "eu-partnership-panel"),
            ("data-timeout", "2.5"),
        ])
        .unwrap();
        assert_eq!(s.endpoint, "https://cms.example.org/folio/");
        assert_eq!(s.lang.as_deref(), Some("de"));
        assert_eq!(s.base_path, "/news");
        assert_eq!(
            s.mode,
            Mode::Article {
                slug: "eu-partnership-panel".into()
            }
        );
        assert_eq!(s.timeout_ms, 2500);
        for (t, ms) in [
            ("1", 1000),
            ("0.125", 125),
            (".5", 500),
            ("7.", 7000),
            ("300", 300_000),
            ("1.23456", 1234),
        ] {
            assert_eq!(seconds_as_ms(t), Some(ms), "{t}");
        }
        assert_eq!(
            read(&[("data-mode", "site"), ("data-endpoint", "/cms/")])
                .unwrap()
                .endpoint,
            "/cms/"
        );
    }

    #[test]
    fn names_the_attribute_that_is_wrong() {
        for (pairs, attribute) in [
            (vec![("data-endpoint", "javascript:alert(1)")], "data-endpoint"),
            (vec![("data-endpoint", " ")], "data-endpoint"),
            (vec![("data-endpoint", "ftp://example.org/")], "data-endpoint"),
            (vec![("data-lang", "german")], "data-lang"),
            (vec![("data-lang", "../x")], "data-lang"),
            (vec![("data-base-path", "news")], "data-base-path"),
            (vec![("data-base-path", "//evil.example")], "data-base-path"),
            (vec![("data-base-path", "/a/../b")], "data-base-path"),
            (vec![("data-base-path", "/news?x")], "data-base-path"),
            (vec![("data-mode", "widget")], "data-mode"),
            (vec![("data-mode", "article")], "data-article"),
            (
                vec![("data-mode", "article"), ("data-article", "Bad Slug")],
                "data-article",
            ),
            (vec![("data-timeout", "0")], "data-timeout"),
            (vec![("data-timeout", "soon")], "data-timeout"),
            (vec![("data-timeout", "1e9")], "data-timeout"),
            (vec![("data-timeout", "300.001")], "data-timeout"),
            (vec![("data-timeout", ".")], "data-timeout"),
            (vec![("data-timeout", "-1")], "data-timeout"),
            (vec![("data-timeout", "1.2.3")], "data-timeout"),
        ] {
            let err = read(&pairs).unwrap_err();
            assert_eq!(err.attribute, attribute, "{pairs:?}: {err}");
            assert!(err.to_string().starts_with(attribute));
        }
    }
}
