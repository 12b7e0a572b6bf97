//! Folio's own interface words. One `Words` per language; a field missing from any
//! language is a compile error, and a site language without words falls back to English.
//! Natively (`folio-cli`, tests) all 24 languages are built in. The browser build has
//! English built in and installs the others from `folio-words/{code}.json` (written from
//! these tables, see `installed`) as a page needs them.

pub mod choices;
pub mod dates;
pub mod installed;
pub mod negotiate;
pub mod numbers;

/// The 23 languages other than English: their tables are built in natively only (the
/// browser build loads them, see `installed`).
macro_rules! native_only {
    ($($code:ident),*) => {
        $(#[cfg(not(target_arch = "wasm32"))] mod $code;)*
    };
}
native_only!(bg, cs, da, de, el, es, et, fi, fr, ga, hr, hu, it, lt, lv, mt, nl, pl, pt, ro, sk, sl, sv);
mod en;

/// Defines `Words` from one list of its fields: the struct, the fields' names in order,
/// and the two ways through them (`texts`, `from_texts`) that the word files use.
macro_rules! words_struct {
    ($($(#[$doc:meta])* $field:ident,)*) => {
        /// Every word of Folio's interface. `{name}` marks a value filled in by `fill`.
        #[derive(Debug, PartialEq)]
        pub struct Words {
            $($(#[$doc])* pub $field: &'static str,)*
        }

        /// The names of `Words`' fields, in order (the keys of a words file).
        pub const FIELDS: &[&str] = &[$(stringify!($field),)*];

        impl Words {
            /// Every field's text, in the order of `FIELDS`.
            pub fn texts(&self) -> Vec<&'static str> {
                vec![$(self.$field,)*]
            }

            /// Words from their texts in the order of `FIELDS`; `None` unless there is
            /// exactly one text per field.
            pub fn from_texts(texts: &[&'static str]) -> Option<Words> {
                let mut texts = texts.iter().copied();
                let words = Words { $($field: texts.next()?,)* };
                texts.next().is_none().then_some(words)
            }
        }
    };
}

words_struct! {
    /// The language's name in itself, for the switcher.
    language_name,
    languages_label,
    /// Read after a language's name when the article has no translation in it.
    translation_missing,
    article_not_in_language,
    skip_to_content,
    kind_news,
    kind_press_release,
    kind_opinion,
    kind_event,
    kind_publication,
    kind_video,
    /// `{date}`
    updated,
    loading,
    error_heading,
    /// `{file}`
    error_not_found,
    /// `{file}`, `{status}`
    error_server,
    /// `{file}`
    error_unreachable,
    /// `{file}`
    error_timeout,
    /// `{file}`, `{detail}`
    error_invalid,
    retry,
    not_found_title,
    not_found_body,
    back_to_articles,
    people_heading,
    articles_heading,
    no_articles,
    /// `{credit}`
    photo_credit,
    share_heading,
    /// `{network}`: a brand name, never inflected.
    share_on,
    share_email,
    share_copy,
    share_copied,
    share_copy_fallback,
    share_native,
    opens_new_tab,
    mastodon_title,
    mastodon_server_label,
    mastodon_server_hint,
    mastodon_server_invalid,
    mastodon_share,
    mastodon_cancel,
    mastodon_change,
    recommended_heading,
    filter_kind,
    filter_topic,
    filter_all,
    clear_filters,
    no_results,
    /// `{count}`
    results_count,
    search_label,
    pagination_label,
    /// `{page}`, `{pages}`
    page_of,
    /// A filtered count before the whole archive is looked through.
    results_at_least,
    /// The page shown while the number of pages is not known.
    page_number,
    sort_label,
    sort_newest,
    sort_relevance,
    previous_page,
    next_page,
    /// The two-click video's button: `{title}`, `{host}` (the address the player loads from).
    video_play,
    /// Under a video before it loads: `{provider}` (a brand name, never inflected).
    video_notice,
    /// The link to the provider's privacy terms, after the notice.
    privacy_terms,
    /// The reader's choice to load a provider's videos without asking: `{provider}`.
    video_always,
    /// Takes that choice back: `{provider}`.
    video_ask_again,
    /// The player frame's name once loaded: `{title}`.
    video_player,
    /// Without JavaScript, the link to the video: `{title}`, `{provider}`.
    video_watch,
    /// A recording's length: `{time}` (written m:ss or h:mm:ss).
    duration,
    /// The disclosure that holds an audio recording's transcript.
    transcript,
    /// The link to a video or audio file: `{title}`.
    media_download,
    /// The heading of an article's documents.
    documents_heading,
    /// The name of a table's scrolling region when the table has no caption.
    table_label,
    /// The character between a number's whole part and its decimals.
    decimal_mark,
    /// A size in kilobytes: `{n}`.
    kilobytes,
    /// A size in megabytes: `{n}`.
    megabytes,
}

/// The 24 official EU languages, which have their own words, in code order, each with its
/// name in itself (for the switcher, which names languages whose words are not loaded).
pub const LANGUAGE_NAMES: [(&str, &str); 24] = [
    ("bg", "Български"),
    ("cs", "Čeština"),
    ("da", "Dansk"),
    ("de", "Deutsch"),
    ("el", "Ελληνικά"),
    ("en", "English"),
    ("es", "Español"),
    ("et", "Eesti"),
    ("fi", "Suomi"),
    ("fr", "Français"),
    ("ga", "Gaeilge"),
    ("hr", "Hrvatski"),
    ("hu", "Magyar"),
    ("it", "Italiano"),
    ("lt", "Lietuvių"),
    ("lv", "Latviešu"),
    ("mt", "Malti"),
    ("nl", "Nederlands"),
    ("pl", "Polski"),
    ("pt", "Português"),
    ("ro", "Română"),
    ("sk", "Slovenčina"),
    ("sl", "Slovenščina"),
    ("sv", "Svenska"),
];

/// The words built into this build, in code order: natively the 24 official EU
/// languages (below), in the browser English (the others are installed at run time).
#[cfg(target_arch = "wasm32")]
pub const LANGUAGES: &[(&str, &Words)] = &[("en", &en::WORDS)];

#[cfg(not(target_arch = "wasm32"))]
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

/// The primary subtag of a language code, lower case: `pt-BR` → `pt`.
pub fn primary(lang: &str) -> String {
    lang.split('-').next().unwrap_or(lang).to_ascii_lowercase()
}

/// The words for a language code (`pt-BR` uses `pt`): built in or installed, else
/// English.
pub fn words(lang: &str) -> &'static Words {
    let primary = primary(lang);
    LANGUAGES
        .iter()
        .find(|(code, _)| *code == primary)
        .map(|(_, w)| *w)
        .or_else(|| installed::get(&primary))
        .unwrap_or(&en::WORDS)
}

/// A language's name in itself when it is one of the 24; other codes show as themselves.
pub fn language_name(code: &str) -> String {
    let primary = primary(code);
    match LANGUAGE_NAMES.iter().find(|(c, _)| *c == primary) {
        Some((_, name)) => name.to_string(),
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
        FIELDS.iter().copied().zip(w.texts()).collect()
    }

    #[test]
    fn the_names_are_the_languages_own() {
        assert_eq!(LANGUAGES.len(), 24);
        for ((code, name), (word_code, w)) in LANGUAGE_NAMES.iter().zip(LANGUAGES) {
            assert_eq!((code, *name), (word_code, w.language_name));
        }
        assert_eq!(language_name("pt-BR"), "Português");
        assert_eq!(language_name("ja"), "ja");
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
