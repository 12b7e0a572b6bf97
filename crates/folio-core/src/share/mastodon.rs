//! The reader's Mastodon server: a host name, checked before any link is built with it.

/// The server's host name from what a reader types (`mastodon.social`,
/// `https://Mastodon.Social/`, `@ana@eupolicy.social`), or `None` when it is not a
/// plausible public host name.
pub fn server(input: &str) -> Option<String> {
    let mut s = input.trim();
    for prefix in ["https://", "http://"] {
        if s.len() >= prefix.len() && s[..prefix.len()].eq_ignore_ascii_case(prefix) {
            s = &s[prefix.len()..];
        }
    }
    let s = s.trim_end_matches('/');
    // A handle (`@ana@server` or `ana@server`): the server follows the user name.
    let host = match s.rsplit_once('@') {
        Some((user, host)) => {
            let user = user.strip_prefix('@').unwrap_or(user);
            if user.is_empty()
                || !user
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
            {
                return None;
            }
            host
        }
        None => s,
    }
    .to_ascii_lowercase();
    let labels: Vec<&str> = host.split('.').collect();
    let valid_label = |l: &&str| {
        (1..=63).contains(&l.len())
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    let tld = labels.last()?;
    (host.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(valid_label)
        && (tld.len() >= 2 && (tld.bytes().all(|b| b.is_ascii_lowercase()) || tld.starts_with("xn--"))))
    .then_some(host)
}

#[cfg(test)]
mod tests {
    use super::server;

    #[test]
    fn accepts_what_readers_type() {
        for (input, want) in [
            ("mastodon.social", "mastodon.social"),
            ("  Mastodon.Social ", "mastodon.social"),
            ("https://eupolicy.social/", "eupolicy.social"),
            ("HTTP://a.b-c.example.org", "a.b-c.example.org"),
            ("@ana@eupolicy.social", "eupolicy.social"),
            ("ana@mstdn.io", "mstdn.io"),
            ("xn--mnchen-3ya.xn--p1ai", "xn--mnchen-3ya.xn--p1ai"),
        ] {
            assert_eq!(server(input).as_deref(), Some(want), "{input:?}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_host() {
        for input in [
            "",
            "mastodon",
            "mastodon.",
            ".social",
            "-a.social",
            "a-.social",
            "a..social",
            "mastodon.social/path",
            "mastodon.social?x=1",
            "mastodon.social:8080",
            "javascript:alert(1)",
            "evil.com#@mastodon.social",
            "@@mastodon.social",
            "@mastodon.social",
            "1.2.3.4",
            "münchen.social",
            "a b.social",
            "a.c",
            &format!("{}.social", "a".repeat(64)),
        ] {
            assert_eq!(server(input), None, "{input:?}");
        }
    }
}
