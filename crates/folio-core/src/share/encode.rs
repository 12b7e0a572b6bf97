//! Percent-encoding of a query value: everything but RFC 3986's unreserved characters is
//! encoded as UTF-8 bytes, spaces as `%20` (mailto: does not read `+` as a space).

pub fn query_value(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::query_value;

    #[test]
    fn encodes_everything_but_unreserved() {
        assert_eq!(query_value("a-b_c.d~e"), "a-b_c.d~e");
        assert_eq!(
            query_value("Tom & Jerry #1 \"quoted\" 50%+?"),
            "Tom%20%26%20Jerry%20%231%20%22quoted%22%2050%25%2B%3F"
        );
        assert_eq!(query_value("l'été"), "l%27%C3%A9t%C3%A9");
        assert_eq!(query_value("🇪🇺"), "%F0%9F%87%AA%F0%9F%87%BA");
        assert_eq!(
            query_value("https://x.org/a?b=1&c=2"),
            "https%3A%2F%2Fx.org%2Fa%3Fb%3D1%26c%3D2"
        );
        assert_eq!(query_value("\n"), "%0A");
    }
}
