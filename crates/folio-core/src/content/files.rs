//! Where each file of the contract lives under the endpoint, and where the app lives.

pub fn site_file() -> String {
    "site.json".to_string()
}

pub fn index_file(lang: &str) -> String {
    format!("{lang}/index.json")
}

/// A piece of a split index.
pub fn piece_file(lang: &str, number: u32) -> String {
    format!("{lang}/index/{number}.json")
}

/// A file of the search index: `terms.json`, `t/{i}.json`, `d/{k}.json`.
pub fn search_file(lang: &str, name: &str) -> String {
    format!("{lang}/search/{name}")
}

pub fn article_file(lang: &str, slug: &str) -> String {
    format!("{lang}/articles/{slug}.json")
}

/// The app's own routes under its base path.
pub fn listing_path(base: &str, lang: &str) -> String {
    format!("{base}/{lang}/")
}

/// The first segment of an address under the base path (`/news/de/article/x` under
/// `/news` → `de`): where the app's routes put the language.
pub fn first_segment<'a>(path: &'a str, base: &str) -> &'a str {
    let rest = path.strip_prefix(base).unwrap_or(path);
    rest.trim_start_matches('/').split('/').next().unwrap_or_default()
}

pub fn article_path(base: &str, lang: &str, slug: &str) -> String {
    format!("{base}/{lang}/article/{slug}")
}

/// The canonical URL of an article: on `canonical_base` when the site sets one, else on
/// the page's own origin and base path.
pub fn canonical_article_url(canonical_base: Option<&str>, origin: &str, base: &str, lang: &str, slug: &str) -> String {
    match canonical_base {
        Some(cb) => format!("{}/{lang}/article/{slug}", cb.trim_end_matches('/')),
        None => format!("{origin}{}", article_path(base, lang, slug)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_segment_under_the_base_path() {
        assert_eq!(first_segment("/news/de/article/x", "/news"), "de");
        assert_eq!(first_segment("/de/", ""), "de");
        assert_eq!(first_segment("/", ""), "");
        assert_eq!(first_segment("/other/de/", "/news"), "other");
    }

    #[test]
    fn file_names() {
        assert_eq!(site_file(), "site.json");
        assert_eq!(index_file("de"), "de/index.json");
        assert_eq!(piece_file("de", 3), "de/index/3.json");
        assert_eq!(search_file("de", "t/0.json"), "de/search/t/0.json");
        assert_eq!(article_file("fr", "partenariat-ue"), "fr/articles/partenariat-ue.json");
    }

    #[test]
    fn route_paths() {
        assert_eq!(listing_path("", "en"), "/en/");
        assert_eq!(article_path("/news", "en", "a-b"), "/news/en/article/a-b");
    }

    #[test]
    fn canonical_urls() {
        assert_eq!(
            canonical_article_url(
                Some("https://www.example.org/news/"),
                "http://localhost:8080",
                "",
                "en",
                "x"
            ),
            "https://www.example.org/news/en/article/x"
        );
        assert_eq!(
            canonical_article_url(None, "http://localhost:8080", "/folio", "de", "y"),
            "http://localhost:8080/folio/de/article/y"
        );
    }
}
