//! Where the content is, and how a URL from content resolves against it: one rule for
//! the app in the browser and for the pages `folio-cli publish` writes, so both write
//! the same `src` and `href` for the same content.

use super::url::{checked, scheme_of, UrlUse};

/// Where every content file is fetched from and every relative URL in content resolves
/// against: a root-relative path (`/content/`) or an absolute http(s) URL
/// (`https://cms.example.org/folio/`). It always ends with `/`.
#[derive(Clone, Debug, PartialEq)]
pub struct Endpoint(String);

impl Endpoint {
    /// A configured endpoint (`content/`, `/cms/`, `https://…`): a relative one is read
    /// against the app's base path (`""` or `/news`); an absolute one must be http(s).
    /// Query and fragment are dropped. `None` for any other scheme.
    pub fn new(configured: &str, base: &str) -> Option<Endpoint> {
        let configured = configured.trim();
        let joined = match scheme_of(configured) {
            Some(scheme) if matches!(scheme.as_str(), "http" | "https") => configured.to_string(),
            Some(_) => return None,
            None => Endpoint(format!("{}/", base.trim_end_matches('/'))).join(configured),
        };
        let mut prefix = match joined.find(['?', '#']) {
            Some(i) => joined[..i].to_string(),
            None => joined,
        };
        if !prefix.ends_with('/') {
            prefix.push('/');
        }
        Some(Endpoint(prefix))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The URL of a content file (`en/index.json`).
    pub fn file_url(&self, file: &str) -> String {
        format!("{}{file}", self.0)
    }

    /// A URL from content, resolved against the endpoint as the browser would, after the
    /// scheme check. `None`: render no link, or no image.
    pub fn resolve(&self, reference: &str, use_: UrlUse) -> Option<String> {
        let normal = checked(reference, use_)?;
        if scheme_of(&normal).is_some() {
            return Some(normal);
        }
        if normal.starts_with("//") {
            // Another host, on the endpoint's scheme (the page's, for a path endpoint).
            let scheme = self.0.find("://").map_or("", |i| &self.0[..=i]);
            return Some(format!("{scheme}{normal}"));
        }
        Some(self.join(&normal))
    }

    /// A relative reference joined to the endpoint; `.` and `..` segments are dropped,
    /// never above the root.
    fn join(&self, reference: &str) -> String {
        let (origin, path) = split_origin(&self.0);
        if reference.starts_with('/') {
            return format!("{origin}{reference}");
        }
        if reference.is_empty() || reference.starts_with('#') || reference.starts_with('?') {
            return format!("{}{reference}", self.0);
        }
        let (rel, tail) = match reference.find(['?', '#']) {
            Some(i) => reference.split_at(i),
            None => (reference, ""),
        };
        let mut segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        for part in rel.split('/') {
            match part {
                "." => {}
                ".." => {
                    segments.pop();
                }
                "" => {}
                p => segments.push(p),
            }
        }
        let trailing = if rel.ends_with('/') || rel.ends_with("/.") || rel.ends_with("/..") || rel == "." || rel == ".."
        {
            "/"
        } else {
            ""
        };
        let joined = segments.join("/");
        let trailing = if joined.is_empty() { "" } else { trailing };
        format!("{origin}/{joined}{trailing}{tail}")
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
    fn configured_endpoints() {
        let e = |c: &str, base: &str| Endpoint::new(c, base).map(|e| e.as_str().to_string());
        assert_eq!(e("content/", "").as_deref(), Some("/content/"));
        assert_eq!(e("content", "/news").as_deref(), Some("/news/content/"));
        assert_eq!(e("../cms/folio?x=1#y", "/news").as_deref(), Some("/cms/folio/"));
        assert_eq!(e("/cms/", "/news").as_deref(), Some("/cms/"));
        assert_eq!(
            e(" https://cms.example.org/folio ", "").as_deref(),
            Some("https://cms.example.org/folio/")
        );
        assert_eq!(
            e("HTTP://cms.example.org", "").as_deref(),
            Some("HTTP://cms.example.org/")
        );
        assert_eq!(e(".", "").as_deref(), Some("/"));
        assert_eq!(e("javascript:alert(1)", ""), None);
        assert_eq!(e("ftp://x.org/", ""), None);
        assert_eq!(e("data:text/json,{}", ""), None);
    }

    #[test]
    fn resolves_like_the_browser() {
        let e = Endpoint::new("/content", "").unwrap();
        let r = |e: &Endpoint, s: &str, u: UrlUse| e.resolve(s, u);
        assert_eq!(r(&e, "img/a.svg", UrlUse::Image).as_deref(), Some("/content/img/a.svg"));
        assert_eq!(
            r(&e, "../x/./b.svg?v=1", UrlUse::Image).as_deref(),
            Some("/x/b.svg?v=1")
        );
        assert_eq!(r(&e, "../../../b.svg", UrlUse::Image).as_deref(), Some("/b.svg"));
        assert_eq!(r(&e, "/root.svg", UrlUse::Image).as_deref(), Some("/root.svg"));
        assert_eq!(r(&e, "#top", UrlUse::Link).as_deref(), Some("/content/#top"));
        assert_eq!(
            r(&e, "https://e.org/a", UrlUse::Link).as_deref(),
            Some("https://e.org/a")
        );
        assert_eq!(r(&e, "//e.org/a", UrlUse::Link).as_deref(), Some("//e.org/a"));
        let secure = Endpoint::new("https://cms.example.org/", "").unwrap();
        assert_eq!(
            r(&secure, "//e.org/a", UrlUse::Link).as_deref(),
            Some("https://e.org/a")
        );
        assert_eq!(r(&e, " JaVa\tScRiPt:alert(1)", UrlUse::Link), None);
        assert_eq!(r(&e, "mailto:a@b.eu", UrlUse::Image), None);
        assert_eq!(r(&e, "mailto:a@b.eu", UrlUse::Link).as_deref(), Some("mailto:a@b.eu"));
        let remote = Endpoint::new("https://cms.example.org/folio/", "").unwrap();
        assert_eq!(
            r(&remote, "img/a.svg", UrlUse::Image).as_deref(),
            Some("https://cms.example.org/folio/img/a.svg")
        );
        assert_eq!(
            r(&remote, "/a.svg", UrlUse::Image).as_deref(),
            Some("https://cms.example.org/a.svg")
        );
        assert_eq!(
            r(&remote, "sub/", UrlUse::Link).as_deref(),
            Some("https://cms.example.org/folio/sub/")
        );
    }
}
