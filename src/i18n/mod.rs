//! Folio's own interface words. One `Words` per language; a field missing from any
//! language is a compile error, and a site language without words falls back to English.

pub mod choices;
pub mod dates;
pub mod negotiate;
pub mod numbers;

mod bg;
mod cs;
mod da;
mod de;
mod el;
mod en;
mod es;
mod et;
mod fi;
mod fr;
mod ga;
mod hr;
mod hu;
mod it;
mod lt;
mod lv;
mod mt;
mod nl;
mod pl;
mod pt;
mod ro;
mod sk;
mod sl;
mod sv;

/// Every word of Folio's interface. `{name}` marks a value filled in by `fill`.
#[derive(Debug)]
pub struct Words {
    /// The language's name in itself, for the switcher.
    pub language_name: &'static str,
    pub languages_label: &'static str,
    /// Read after a language's name when the article has no translation in it.
    pub translation_missing: &'static str,
    pub article_not_in_language: &'static str,
    pub skip_to_content: &'static str,
    pub kind_news: &'static str,
    pub kind_press_release: &'static str,
    pub kind_opinion: &'static str,
    pub kind_event: &'static str,
    pub kind_publication: &'static str,
    pub kind_video: &'static str,
    /// `{date}`
    pub updated: &'static str,
    pub loading: &'static str,
    pub error_heading: &'static str,
    /// `{file}`
    pub error_not_found: &'static str,
    /// `{file}`, `{status}`
    pub error_server: &'static str,
    /// `{file}`
    pub error_unreachable: &'static str,
    /// `{file}`
    pub error_timeout: &'static str,
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
    pub share_heading: &'static str,
    /// `{network}`: a brand name, never inflected.
    pub share_on: &'static str,
    pub share_email: &'static str,
    pub share_copy: &'static str,
    pub share_copied: &'static str,
    pub share_copy_fallback: &'static str,
    pub share_native: &'static str,
    pub opens_new_tab: &'static str,
    pub mastodon_title: &'static str,
    pub mastodon_server_label: &'static str,
    pub mastodon_server_hint: &'static str,
    pub mastodon_server_invalid: &'static str,
    pub mastodon_share: &'static str,
    pub mastodon_cancel: &'static str,
    pub mastodon_change: &'static str,
    pub recommended_heading: &'static str,
    pub filter_kind: &'static str,
    pub filter_topic: &'static str,
    pub filter_all: &'static str,
    pub clear_filters: &'static str,
    pub no_results: &'static str,
    /// `{count}`
    pub results_count: &'static str,
    pub search_label: &'static str,
    pub pagination_label: &'static str,
    /// `{page}`, `{pages}`
    pub page_of: &'static str,
    /// A filtered count before the whole archive is looked through.
    pub results_at_least: &'static str,
    /// The page shown while the number of pages is not known.
    pub page_number: &'static str,
    pub sort_label: &'static str,
    pub sort_newest: &'static str,
    pub sort_relevance: &'static str,
    pub previous_page: &'static str,
    pub next_page: &'static str,
    /// The two-click video's button: `{title}`, `{host}` (the address the player loads from).
    pub video_play: &'static str,
    /// Under a video before it loads: `{provider}` (a brand name, never inflected).
    pub video_notice: &'static str,
    /// The link to the provider's privacy terms, after the notice.
    pub privacy_terms: &'static str,
    /// The reader's choice to load a provider's videos without asking: `{provider}`.
    pub video_always: &'static str,
    /// Takes that choice back: `{provider}`.
    pub video_ask_again: &'static str,
    /// The player frame's name once loaded: `{title}`.
    pub video_player: &'static str,
    /// Without JavaScript, the link to the video: `{title}`, `{provider}`.
    pub video_watch: &'static str,
    /// A recording's length: `{time}` (written m:ss or h:mm:ss).
    pub duration: &'static str,
    /// The disclosure that holds an audio recording's transcript.
    pub transcript: &'static str,
    /// The link to a video or audio file: `{title}`.
    pub media_download: &'static str,
    /// The heading of an article's documents.
    pub documents_heading: &'static str,
    /// The character between a number's whole part and its decimals.
    pub decimal_mark: &'static str,
    /// A size in kilobytes: `{n}`.
    pub kilobytes: &'static str,
    /// A size in megabytes: `{n}`.
    pub megabytes: &'static str,
}

/// The 24 official EU languages, which have their own words, in code order.
pub const LANGUAGES: &[(&str, &Words)] = &[
    ("bg", &bg::WORDS),
    ("cs", &cs::WORDS),
    ("da", &da::WORDS),
    ("de", &de::WORDS),
    ("el", &el::WORDS),
    ("en", &en::WORDS),
    ("es", &es::WORDS),
    ("et", &et::WORDS),
    ("fi", &fi::WORDS),
    ("fr", &fr::WORDS),
    ("ga", &ga::WORDS),
    ("hr", &hr::WORDS),
    ("hu", &hu::WORDS),
    ("it", &it::WORDS),
    ("lt", &lt::WORDS),
    ("lv", &lv::WORDS),
    ("mt", &mt::WORDS),
    ("nl", &nl::WORDS),
    ("pl", &pl::WORDS),
    ("pt", &pt::WORDS),
    ("ro", &ro::WORDS),
    ("sk", &sk::WORDS),
    ("sl", &sl::WORDS),
    ("sv", &sv::WORDS),
];

/// The words for a language code (`pt-BR` uses `pt`), English when there are none.
pub fn words(lang: &str) -> &'static Words {
    let primary = lang.split('-').next().unwrap_or(lang).to_ascii_lowercase();
    LANGUAGES
        .iter()
        .find(|(code, _)| *code == primary)
        .map(|(_, w)| *w)
        .unwrap_or(&en::WORDS)
}

/// A language's name in itself when Folio has its words; other codes show as themselves.
pub fn language_name(code: &str) -> String {
    let primary = code.split('-').next().unwrap_or(code).to_ascii_lowercase();
    match LANGUAGES.iter().find(|(c, _)| *c == primary) {
        Some((_, w)) => w.language_name.to_string(),
        None => code.to_string(),
    }
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

/// The label of a kind: the site's own, else Folio's built-in word, else the code.
pub fn kind_label(site: &crate::content::model::Site, kind: &str, lang: &str) -> String {
    site.kind_label(kind, lang)
        .or_else(|| words(lang).kind(kind))
        .unwrap_or(kind)
        .to_string()
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
            ("translation_missing", w.translation_missing),
            ("article_not_in_language", w.article_not_in_language),
            ("skip_to_content", w.skip_to_content),
            ("kind_news", w.kind_news),
            ("kind_press_release", w.kind_press_release),
            ("kind_opinion", w.kind_opinion),
            ("kind_event", w.kind_event),
            ("kind_publication", w.kind_publication),
            ("kind_video", w.kind_video),
            ("updated", w.updated),
            ("loading", w.loading),
            ("error_heading", w.error_heading),
            ("error_not_found", w.error_not_found),
            ("error_server", w.error_server),
            ("error_unreachable", w.error_unreachable),
            ("error_timeout", w.error_timeout),
            ("error_invalid", w.error_invalid),
            ("retry", w.retry),
            ("not_found_title", w.not_found_title),
            ("not_found_body", w.not_found_body),
            ("back_to_articles", w.back_to_articles),
            ("people_heading", w.people_heading),
            ("articles_heading", w.articles_heading),
            ("no_articles", w.no_articles),
            ("photo_credit", w.photo_credit),
            ("share_heading", w.share_heading),
            ("share_on", w.share_on),
            ("share_email", w.share_email),
            ("share_copy", w.share_copy),
            ("share_copied", w.share_copied),
            ("share_copy_fallback", w.share_copy_fallback),
            ("share_native", w.share_native),
            ("opens_new_tab", w.opens_new_tab),
            ("mastodon_title", w.mastodon_title),
            ("mastodon_server_label", w.mastodon_server_label),
            ("mastodon_server_hint", w.mastodon_server_hint),
            ("mastodon_server_invalid", w.mastodon_server_invalid),
            ("mastodon_share", w.mastodon_share),
            ("mastodon_cancel", w.mastodon_cancel),
            ("mastodon_change", w.mastodon_change),
            ("recommended_heading", w.recommended_heading),
            ("filter_kind", w.filter_kind),
            ("filter_topic", w.filter_topic),
            ("filter_all", w.filter_all),
            ("clear_filters", w.clear_filters),
            ("no_results", w.no_results),
            ("results_count", w.results_count),
            ("search_label", w.search_label),
            ("pagination_label", w.pagination_label),
            ("page_of", w.page_of),
            ("results_at_least", w.results_at_least),
            ("page_number", w.page_number),
            ("sort_label", w.sort_label),
            ("sort_newest", w.sort_newest),
            ("sort_relevance", w.sort_relevance),
            ("previous_page", w.previous_page),
            ("next_page", w.next_page),
            ("video_play", w.video_play),
            ("video_notice", w.video_notice),
            ("privacy_terms", w.privacy_terms),
            ("video_always", w.video_always),
            ("video_ask_again", w.video_ask_again),
            ("video_player", w.video_player),
            ("video_watch", w.video_watch),
            ("duration", w.duration),
            ("transcript", w.transcript),
            ("media_download", w.media_download),
            ("documents_heading", w.documents_heading),
            ("decimal_mark", w.decimal_mark),
            ("kilobytes", w.kilobytes),
            ("megabytes", w.megabytes),
        ]
    }

    #[test]
    fn every_language_has_every_word_and_placeholder() {
        let en = all_fields(words("en"));
        for (code, w) in LANGUAGES {
            for ((key, text), (_, english)) in all_fields(w).into_iter().zip(&en) {
                assert!(!text.trim().is_empty(), "{code}.{key} is empty");
                for slot in [
                    "{file}",
                    "{status}",
                    "{detail}",
                    "{credit}",
                    "{network}",
                    "{count}",
                    "{page}",
                    "{pages}",
                    "{date}",
                    "{title}",
                    "{host}",
                    "{provider}",
                    "{time}",
                    "{n}",
                ] {
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
    fn all_24_eu_languages() {
        let codes: Vec<_> = LANGUAGES.iter().map(|(c, _)| *c).collect();
        assert_eq!(
            codes,
            "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv"
                .split(' ')
                .collect::<Vec<_>>()
        );
        let names: std::collections::BTreeSet<_> = LANGUAGES.iter().map(|(_, w)| w.language_name).collect();
        assert_eq!(names.len(), 24, "every language has its own name");
        // Only a few words may stay as in English (brand-like words); the rest must be translated.
        for (code, w) in LANGUAGES.iter().filter(|(c, _)| *c != "en") {
            let same = all_fields(w)
                .iter()
                .zip(all_fields(words("en")))
                .filter(|((key, a), (_, b))| a == b && !["decimal_mark", "kilobytes", "megabytes"].contains(key))
                .count();
            // Number formats may be as in English. French shares five with English ("Articles", "Pages", "Publication", "Page",
            // "Documents").
            assert!(same <= 5, "{code}: {same} words left in English");
        }
    }

    #[test]
    fn language_names() {
        assert_eq!(language_name("pl"), "Polski");
        assert_eq!(language_name("pt-BR"), "Português");
        assert_eq!(language_name("tlh"), "tlh");
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
