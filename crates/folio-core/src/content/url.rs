//! Which URLs from content may ever become a link or an image source.
//!
//! Browsers strip leading and trailing control characters and spaces from a URL and drop
//! tabs and newlines anywhere in it, so `" JaVa\tScRiPt:alert(1)"` is a live
//! `javascript:` URL to them. We decide on a copy with every ASCII control and space
//! removed and lower-cased, which is at least as strict as the browser.

/// What a URL is used for: links may also be `mailto:`; images and files (videos,
/// audio, captions, documents) only the web schemes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlUse {
    Link,
    Image,
    File,
}

impl UrlUse {
    pub fn allows(self, scheme: &str) -> bool {
        matches!(scheme, "http" | "https") || (self == UrlUse::Link && scheme == "mailto")
    }
}

/// Returns the URL as the browser will read it (trimmed, tabs and newlines removed), or
/// `None` when its scheme is not allowed for this use. Relative URLs pass: they resolve
/// against the endpoint, which is itself http(s).
pub fn checked(raw: &str, use_: UrlUse) -> Option<String> {
    let normal: String = raw
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    if normal.is_empty() {
        return None;
    }
    match scheme_of(&normal) {
        Some(scheme) if !use_.allows(&scheme) => None,
        _ => Some(normal),
    }
}

/// The scheme the URL names, if any, judged on a copy without controls or spaces.
/// Anything with a colon before its first `/`, `?` or `#` counts as naming a scheme,
/// even when the name is odd, so an unusual name can only be refused, never slip by.
/// Browsers read a scheme's letters as ASCII only, so ASCII lower-casing is enough (a
/// name with any other letter is no allowed scheme, and is refused).
pub fn scheme_of(url: &str) -> Option<String> {
    // Reads only as far as the colon: a long `data:` or `https:` address is not copied.
    let mut scheme = String::new();
    for c in url.chars().filter(|c| !(c.is_ascii_control() || *c == ' ')) {
        match c {
            ':' => return Some(scheme),
            '/' | '?' | '#' | '\\' => return None,
            c => scheme.push(c.to_ascii_lowercase()),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use UrlUse::*;

    #[test]
    fn keeps_web_and_relative_urls() {
        for (raw, want) in [
            ("https://example.org/a?b=c#d", "https://example.org/a?b=c#d"),
            ("HTTP://EXAMPLE.ORG", "HTTP://EXAMPLE.ORG"),
            ("img/panel.jpg", "img/panel.jpg"),
            ("/abs/path.png", "/abs/path.png"),
            ("//cdn.example.org/x.png", "//cdn.example.org/x.png"),
            ("  https://example.org/\t ", "https://example.org/"),
            ("https://exa\nmple.org", "https://example.org"),
            ("a/b:c", "a/b:c"),
            ("?q=1", "?q=1"),
        ] {
            assert_eq!(checked(raw, Image).as_deref(), Some(want), "{raw:?}");
            assert_eq!(checked(raw, Link).as_deref(), Some(want), "{raw:?}");
        }
    }

    #[test]
    fn mailto_only_for_links() {
        assert_eq!(
            checked("mailto:press@example.org", Link).as_deref(),
            Some("mailto:press@example.org")
        );
        assert_eq!(
            checked(" MailTo:press@example.org", Link).as_deref(),
            Some("MailTo:press@example.org")
        );
        assert_eq!(checked("mailto:press@example.org", Image), None);
    }

    #[test]
    fn refuses_every_other_scheme_however_written() {
        let hostile = [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " JaVaScRiPt:alert(1)",
            " JaVa\tScRiPt:alert(1)",
            "\tjava\nscript:alert(1)",
            "java\rscript:alert(1)",
            "\u{0}javascript:alert(1)",
            "java\u{0}script:alert(1)",
            "java\u{1b}script:alert(1)",
            "jav ascript:alert(1)",
            "\u{7f}javascript:alert(1)",
            "javascript\t:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "DATA:image/svg+xml;base64,AAAA",
            "file:///etc/passwd",
            "blob:https://example.org/x",
            "ftp://example.org",
            "tel:+3212345",
            "about:blank",
            "1abc:foo",
            "java%73cript:alert(1)",
            "",
            "   ",
        ];
        for raw in hostile {
            assert_eq!(checked(raw, Link), None, "{raw:?}");
            assert_eq!(checked(raw, Image), None, "{raw:?}");
        }
    }
}
