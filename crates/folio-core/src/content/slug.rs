//! The slug rule of the contract: `[a-z0-9]+(-[a-z0-9]+)*`, at most 200 characters.
//! A slug that breaks it is "not found" without a request, so no hostile path ever
//! reaches a URL.

pub const MAX_SLUG_LEN: usize = 200;

pub fn is_valid_slug(slug: &str) -> bool {
    slug.len() <= MAX_SLUG_LEN
        && slug
            .split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_contract_slugs() {
        for s in ["a", "eu-partnership-panel", "2017", "x1-y2-z3"] {
            assert!(is_valid_slug(s), "{s}");
        }
        assert!(is_valid_slug(&"a".repeat(200)));
    }

    #[test]
    fn refuses_everything_else() {
        for s in [
            "", "-", "a-", "-a", "a--b", "A", "ä", "a_b", "a b", "a/b", "..", "a.json", "%2e%2e", "a\u{0}", "abc\n",
        ] {
            assert!(!is_valid_slug(s), "{s:?}");
        }
        assert!(!is_valid_slug(&"a".repeat(201)));
    }
}
