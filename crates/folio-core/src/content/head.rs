//! The rules an article's head follows, shared by the app (which sets the tags in the
//! browser) and published pages (which write them): title, description, the languages
//! it is published in, and which of them is `x-default`.

use super::model::{Article, Site};
use std::collections::BTreeMap;

/// The document's title: `Article title – Site name`.
pub fn page_title(article: &Article, site: &Site) -> String {
    format!("{} – {}", article.title, site.name)
}

/// The description (meta, Open Graph, Twitter, JSON-LD): the summary, else the title.
pub fn description(article: &Article) -> &str {
    article.summary.as_deref().unwrap_or(&article.title)
}

/// Every language the article is published in, `(language, slug)`, its own first, then
/// the translations that `exists` accepts, in language order.
pub fn versions<'a>(
    article: &'a Article,
    lang: &'a str,
    exists: impl Fn(&str, &str) -> bool,
) -> Vec<(&'a str, &'a str)> {
    versions_of(lang, &article.slug, &article.translations, exists)
}

/// `versions` from an article's slug and translations.
pub fn versions_of<'a>(
    lang: &'a str,
    slug: &'a str,
    translations: &'a BTreeMap<String, String>,
    exists: impl Fn(&str, &str) -> bool,
) -> Vec<(&'a str, &'a str)> {
    let mut versions = vec![(lang, slug)];
    versions.extend(
        translations
            .iter()
            .filter(|(l, s)| *l != lang && exists(l, s))
            .map(|(l, s)| (l.as_str(), s.as_str())),
    );
    versions
}

/// The version for `hreflang="x-default"`: the site's default language when the page
/// exists in it, else the first (the page's own).
pub fn x_default<'v, T>(versions: &'v [(T, T)], site: &Site) -> Option<&'v (T, T)>
where
    T: AsRef<str>,
{
    versions
        .iter()
        .find(|(l, _)| l.as_ref() == site.default_language)
        .or_else(|| versions.first())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::decode::{decode_article, decode_site};

    #[test]
    fn versions_and_x_default() {
        let site = decode_site(r#"{"name":"S","default_language":"de","languages":["en","de","fr"]}"#).unwrap();
        let a = decode_article(
            r#"{"slug":"a","language":"en","kind":"news","date":"2020-01-02","title":"T","body":[],
                "translations":{"fr":"a-fr","de":"a-de","en":"ignored","it":"a-it"}}"#,
        )
        .unwrap();
        let v = versions(&a, "en", |l, _| site.has_language(l));
        assert_eq!(v, vec![("en", "a"), ("de", "a-de"), ("fr", "a-fr")]);
        assert_eq!(x_default(&v, &site), Some(&("de", "a-de")));
        let alone = versions(&a, "en", |_, _| false);
        assert_eq!(x_default(&alone, &site), Some(&("en", "a")));
        assert_eq!(description(&a), "T");
        assert_eq!(page_title(&a, &site), "T – S");
    }
}
