//! The entries of the language switcher: where each language leads from the current page.

use crate::content::files::{article_path, listing_path};
use std::collections::BTreeMap;

/// An article's languages: its own and its translations (language → slug).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleLanguages {
    pub lang: String,
    pub slug: String,
    pub translations: BTreeMap<String, String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanguageChoice {
    pub code: String,
    pub name: String,
    /// `None`: this article has no translation in that language.
    pub href: Option<String>,
    pub current: bool,
}

/// One entry per site language, in the site's order. On an article each language leads to
/// its translation (or to nothing); elsewhere to that language's listing.
pub fn language_choices(
    site_languages: &[String],
    current: &str,
    article: Option<&ArticleLanguages>,
    base: &str,
) -> Vec<LanguageChoice> {
    site_languages
        .iter()
        .map(|code| {
            let href = match article {
                Some(a) if *code == a.lang => Some(article_path(base, code, &a.slug)),
                Some(a) => a.translations.get(code).map(|slug| article_path(base, code, slug)),
                None => Some(listing_path(base, code)),
            };
            LanguageChoice {
                code: code.clone(),
                name: super::language_name(code),
                href,
                current: code == current,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs() -> Vec<String> {
        ["en", "de", "fr", "it"].iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn on_a_listing_every_language_leads_to_its_listing() {
        let c = language_choices(&langs(), "de", None, "/news");
        assert_eq!(
            c.iter().map(|c| c.href.as_deref().unwrap_or("-")).collect::<Vec<_>>(),
            ["/news/en/", "/news/de/", "/news/fr/", "/news/it/"]
        );
        assert_eq!(
            c.iter()
                .filter(|c| c.current)
                .map(|c| c.code.as_str())
                .collect::<Vec<_>>(),
            ["de"]
        );
        assert_eq!(c[1].name, "Deutsch");
    }

    #[test]
    fn on_an_article_languages_lead_to_translations_or_nowhere() {
        let article = ArticleLanguages {
            lang: "en".into(),
            slug: "panel".into(),
            translations: [
                ("de".to_string(), "podium".to_string()),
                ("es".to_string(), "panel-es".to_string()),
            ]
            .into_iter()
            .collect(),
        };
        let c = language_choices(&langs(), "en", Some(&article), "");
        let hrefs: Vec<_> = c.iter().map(|c| c.href.clone()).collect();
        assert_eq!(
            hrefs,
            [
                Some("/en/article/panel".to_string()),
                Some("/de/article/podium".to_string()),
                None,
                None
            ]
        );
        assert!(c[0].current);
    }
}
