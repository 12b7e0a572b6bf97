//! Content URLs as the published page writes them: relative ones against the endpoint,
//! the way the app resolves them in the browser, after the same scheme check.

use crate::content::url::{checked, scheme_of, UrlUse};

/// Where the content is, as seen from the published pages: a root-relative path
/// (`/content/`) or an absolute URL; it ends with `/`.
#[derive(Clone, Debug)]
pub struct PageEndpoint(pub String);

impl PageEndpoint {
    pub fn new(prefix: &str) -> PageEndpoint {
        let mut p = prefix.trim().to_string();
        if !p.ends_with('/') {
            p.push('/');
        }
        PageEndpoint(p)
    }

    /// `None` when the URL may not become a link (or image) at all.
    pub fn resolve(&self, reference: &str, use_: UrlUse) -> Option<String> {
        let normal = checked(reference, use_)?;
        if scheme_of(&normal).is_some() || normal.starts_with("//") {
            return Some(normal);
        }
        let (origin, path) = split_origin(&self.0);
        if normal.starts_with('/') {
            return Some(format!("{origin}{normal}"));
        }
        if normal.starts_with('#') || normal.starts_with('?') {
            return Some(format!("{}{normal}", self.0));
        }
        // Join and drop `.` and `..` segments, never above the root.
        let (rel, tail) = match normal.find(['?', '#']) {
            Some(i) => normal.split_at(i),
            None => (normal.as_str(), ""),
        };
        let mut segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let parts: Vec<&str> = rel.split('/').collect();
        for (i, part) in parts.iter().enumerate() {
            match *part {
                "." => {}
                ".." => {
                    segments.pop();
                }
                p if p.is_empty() && i + 1 < parts.len() => {}
                p => segments.push(p),
            }
        }
        let trailing = if rel.ends_with('/') || rel.ends_with("/.") || rel.ends_with("/..") {
            "/"
        } else {
            ""
        };
        Some(format!("{origin}/{}{trailing}{tail}", segments.join("/")))
    }
}

/// `https://host` and `/path/`, or `""` and the path for a root-relative prefix.
pub fn split_origin(prefix: &str) -> (&str, &str) {
    if let Some(rest) = prefix.find("://").map(|i| i + 3) {
        let end = prefix[rest..].find('/').map_or(prefix.len(), |i| rest + i);
        (&prefix[..end], &prefix[end..])
    } else {
        ("", prefix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_like_the_browser() {
        let e = PageEndpoint::new("/content");
        assert_eq!(
            e.resolve("img/a.svg", UrlUse::Image).as_deref(),
            Some("/content/img/a.svg")
        );
        assert_eq!(
            e.resolve("../x/./b.svg?v=1", UrlUse::Image).as_deref(),
            Some("/x/b.svg?v=1")
        );
        assert_eq!(e.resolve("/root.svg", UrlUse::Image).as_deref(), Some("/root.svg"));
        assert_eq!(
            e.resolve("https://e.org/a", UrlUse::Link).as_deref(),
            Some("https://e.org/a")
        );
        assert_eq!(e.resolve(" JaVa\tScRiPt:alert(1)", UrlUse::Link), None);
        assert_eq!(e.resolve("mailto:a@b.eu", UrlUse::Image), None);
        let remote = PageEndpoint::new("https://cms.example.org/folio/");
        assert_eq!(
            remote.resolve("img/a.svg", UrlUse::Image).as_deref(),
            Some("https://cms.example.org/folio/img/a.svg")
        );
        assert_eq!(
            remote.resolve("/a.svg", UrlUse::Image).as_deref(),
            Some("https://cms.example.org/a.svg")
        );
    }
}
