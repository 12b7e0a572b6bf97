//! Folio's own interface words. One `Words` per language; a field missing from any
//! language is a compile error, and a site language without words falls back to English.

mod de;
mod en;
mod fr;

/// Every word of Folio's interface. `{name}` marks a value filled in by `fill`.
#[derive(Debug)]
pub struct Words {
    /// The language's name in itself, for the switcher.
    pub language_name: &'static str,
    pub languages_label: &'static str,
    pub skip_to_content: &'static str,
    pub kind_news: &'static str,
    pub kind_press_release: &'static str,
    pub kind_opinion: &'static str,
    pub kind_event: &'static str,
    pub kind_publication: &'static str,
    pub kind_video: &'static str,
    pub loading: &'static str,
    pub error_heading: &'static str,
    /// `{file}`
    pub error_not_found: &'static str,
    /// `{file}`, `{status}`
    pub error_server: &'static str,
    /// `{file}`
    pub error_unreachable: &'static str,
    /// `{file}`, `{detail}`
    pub error_invalid: &'static str,
    pub retry: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub back_to_articles: &'static str,
    pub people_heading: &'static str,
    pub articles_heading: &'static str,
    pub no_articles: &'static str,
    /// `{credit}`
    pub photo_credit: &'static str,
}

/// The languages with their own words, in code order.
pub const LANGUAGES: &[(&str, &Words)] = &[("de", &de::WORDS), ("en", &en::WORDS), ("fr", &fr::WORDS)];

/// The words for a language code (`pt-BR` uses `pt`), English when there are none.
pub fn words(lang: &str) -> &'static Words {
    let primary = lang.split('-').next().unwrap_or(lang).to_ascii_lowercase();
    LANGUAGES
        .iter()
        .find(|(code, _)| *code == primary)
        .map(|(_, w)| *w)
        .unwrap_or(&en::WORDS)
}

impl Words {
    /// The built-in label of a kind code, if it is one of the six.
    pub fn kind(&self, kind: &str) -> Option<&'static str> {
        Some(match kind {
            "news" => self.kind_news,
            "press-release" => self.kind_press_release,
            "opinion" => self.kind_opinion,
            "event" => self.kind_event,
            "publication" => self.kind_publication,
            "video" => self.kind_video,
            _ => return None,
        })
    }
}

/// Replaces each `{key}` in a template with its value (values are never re-scanned).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after
            .find('}')
            .and_then(|end| Some((end, values.iter().find(|(k, _)| *k == &after[..end])?)))
        {
            Some((end, (_, value))) => {
                out.push_str(value);
                rest = &after[end + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_fields(w: &Words) -> Vec<(&'static str, &'static str)> {
        vec![
            ("language_name", w.language_name),
            ("languages_label", w.languages_label),
            ("skip_to_content", w.skip_to_content),
            ("kind_news", w.kind_news),
            ("kind_press_release", w.kind_press_release),
            ("kind_opinion", w.kind_opinion),
            ("kind_event", w.kind_event),
            ("kind_publication", w.kind_publication),
            ("kind_video", w.kind_video),
            ("loading", w.loading),
            ("error_heading", w.error_heading),
            ("error_not_found", w.error_not_found),
            ("error_server", w.error_server),
            ("error_unreachable", w.error_unreachable),
            ("error_invalid", w.error_invalid),
            ("retry", w.retry),
            ("not_found_title", w.not_found_title),
            ("not_found_body", w.not_found_body),
            ("back_to_articles", w.back_to_articles),
            ("people_heading", w.people_heading),
            ("articles_heading", w.articles_heading),
            ("no_articles", w.no_articles),
            ("photo_credit", w.photo_credit),
        ]
    }

    #[test]
    fn every_language_has_every_word_and_placeholder() {
        let en = all_fields(words("en"));
        for (code, w) in LANGUAGES {
            for ((key, text), (_, english)) in all_fields(w).into_iter().zip(&en) {
                assert!(!text.trim().is_empty(), "{code}.{key} is empty");
                for slot in ["{file}", "{status}", "{detail}", "{credit}"] {
                    assert_eq!(
                        text.contains(slot),
                        english.contains(slot),
                        "{code}.{key}: placeholder {slot}"
                    );
                }
            }
        }
    }

    #[test]
    fn falls_back_to_english_and_strips_regions() {
        assert_eq!(words("de-AT").language_name, "Deutsch");
        assert_eq!(words("FR").language_name, "Français");
        assert_eq!(words("tlh").language_name, "English");
        assert_eq!(words("").language_name, "English");
    }

    #[test]
    fn kinds() {
        assert_eq!(words("de").kind("press-release"), Some("Pressemitteilung"));
        assert_eq!(words("en").kind("hearing"), None);
    }

    #[test]
    fn fills_templates() {
        assert_eq!(
            fill("{file} at {status}", &[("file", "a.json"), ("status", "500")]),
            "a.json at 500"
        );
        assert_eq!(fill("{file}", &[("file", "{status}"), ("status", "x")]), "{status}");
        assert_eq!(fill("a {unknown} {", &[]), "a {unknown} {");
        assert_eq!(fill("Ü{credit}ß", &[("credit", "é")]), "Üéß");
    }
}
