//! Words installed at run time. The browser build has only English built in; the words
//! of the other 23 languages are files beside the app (`folio-words/{code}.json`, in
//! `public/folio-words/`, written from the built-in tables by a test of this module),
//! fetched by `browser::words` before a page in that language renders and installed
//! here for the rest of the session. Natively every language is built in and nothing is
//! ever installed.

use super::{primary, Words, FIELDS, LANGUAGES, LANGUAGE_NAMES};
use crate::content::decode::DecodeError;
use std::cell::RefCell;

thread_local! {
    static INSTALLED: RefCell<Vec<(String, &'static Words)>> = const { RefCell::new(Vec::new()) };
}

/// The installed words of a primary language code, if any.
pub fn get(code: &str) -> Option<&'static Words> {
    INSTALLED.with(|i| i.borrow().iter().find(|(c, _)| c == code).map(|(_, w)| *w))
}

/// Keeps a language's words for the session (a second install of the same code is
/// ignored: the first is already in use).
pub fn install(code: &str, words: &'static Words) {
    INSTALLED.with(|i| {
        let mut installed = i.borrow_mut();
        if !installed.iter().any(|(c, _)| c == code) {
            installed.push((code.to_string(), words));
        }
    });
}

/// The file that holds a language's words when they are not in place yet: one of the
/// 24 languages, neither built in nor installed (`de-AT` → `folio-words/de.json`).
/// `None`: nothing to load (in place already, or a language Folio has no words for,
/// which shows in English).
pub fn file_to_load(lang: &str) -> Option<String> {
    let code = primary(lang);
    let known = LANGUAGE_NAMES.iter().any(|(c, _)| *c == code);
    let built_in = LANGUAGES.iter().any(|(c, _)| *c == code);
    (known && !built_in && get(&code).is_none()).then(|| words_file(&code))
}

/// Where a language's words are, under the app's folder.
pub fn words_file(code: &str) -> String {
    format!("folio-words/{code}.json")
}

/// Reads a words file: an object with every field of `Words` (`FIELDS`), each a string.
/// The words are kept for the session: at most 23 files of a few KB each.
pub fn parse(text: &str) -> Result<&'static Words, DecodeError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| DecodeError(e.to_string()))?;
    let object = value
        .as_object()
        .ok_or_else(|| DecodeError("a words file is an object of texts".into()))?;
    let texts = FIELDS
        .iter()
        .map(|field| match object.get(*field).and_then(|v| v.as_str()) {
            Some(text) => Ok(text.to_string()),
            None => Err(DecodeError(format!("{field} is missing or not text"))),
        })
        .collect::<Result<Vec<String>, DecodeError>>()?;
    let texts: Vec<&'static str> = texts.into_iter().map(|t| &*Box::leak(t.into_boxed_str())).collect();
    Words::from_texts(&texts)
        .map(|words| &*Box::leak(Box::new(words)))
        .ok_or_else(|| DecodeError("not one text per word".into()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn folder() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/folio-words")
    }

    fn file_text(words: &Words) -> String {
        let object: serde_json::Map<String, serde_json::Value> = FIELDS
            .iter()
            .zip(words.texts())
            .map(|(k, v)| (k.to_string(), v.into()))
            .collect();
        let mut text = serde_json::to_string_pretty(&object).unwrap_or_default();
        text.push('\n');
        text
    }

    /// `FOLIO_WRITE_WORDS=1 cargo test --lib words_files` rewrites them after a change
    /// to a language's words.
    #[test]
    fn the_words_files_are_those_of_the_tables() {
        let write = std::env::var_os("FOLIO_WRITE_WORDS").is_some();
        for (code, words) in LANGUAGES.iter().filter(|(c, _)| *c != "en") {
            let want = file_text(words);
            let path = folder().join(format!("{code}.json"));
            if write {
                std::fs::create_dir_all(folder()).unwrap();
                std::fs::write(&path, &want).unwrap();
            }
            let have = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                have == want,
                "{} is not what src/i18n/{code}.rs says: run FOLIO_WRITE_WORDS=1 cargo test --lib words_files",
                path.display()
            );
            assert_eq!(
                parse(&have).ok(),
                Some(*words),
                "{code}: the file reads back as the table"
            );
        }
        let files = std::fs::read_dir(folder()).unwrap().count();
        assert_eq!(
            files, 23,
            "public/folio-words holds a file for each language but English, and nothing else"
        );
    }

    #[test]
    fn a_broken_words_file_is_an_error_not_a_panic() {
        for text in [
            "",
            "{",
            "[]",
            "{\"language_name\": 1}",
            "{\"language_name\": \"x\"}",
            "null",
        ] {
            assert!(parse(text).is_err(), "{text:?}");
        }
        let missing = file_text(LANGUAGES[0].1).replacen("\"language_name\"", "\"language\"", 1);
        assert!(parse(&missing).is_err(), "a missing word");
        let escaped = file_text(LANGUAGES[0].1).replacen(": \"", ": \"\\u0041\\\"", 1);
        assert!(
            parse(&escaped).is_ok_and(|w| w.language_name.starts_with("A\"")),
            "escapes read as text"
        );
    }

    #[test]
    fn what_to_load_for_a_language() {
        // Natively every language is built in: nothing to load.
        assert_eq!(file_to_load("de"), None);
        assert_eq!(file_to_load("en"), None);
        assert_eq!(file_to_load("ja"), None);
        assert_eq!(words_file("de"), "folio-words/de.json");
    }

    #[test]
    fn installed_words_are_found_by_their_code() {
        let words: &'static Words = LANGUAGES[3].1;
        install("xx", words);
        install("xx", LANGUAGES[0].1);
        assert_eq!(get("xx"), Some(words));
        assert_eq!(get("yy"), None);
    }
}
