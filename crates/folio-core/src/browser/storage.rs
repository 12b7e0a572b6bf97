//! The reader's remembered language, in localStorage. Storage can be missing or refuse
//! (private modes, embedded frames), and there is none natively: then nothing is
//! remembered and nothing fails.

const LANGUAGE_KEY: &str = "folio-language";

fn storage() -> Option<web_sys::Storage> {
    if !super::IN_BROWSER {
        return None;
    }
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn remembered_language() -> Option<String> {
    storage()?.get_item(LANGUAGE_KEY).ok().flatten()
}

pub fn remember_language(code: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(LANGUAGE_KEY, code);
    }
}

/// The browser's preferred languages, most wanted first.
pub fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let list: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

const MASTODON_KEY: &str = "folio-mastodon";

/// The reader's Mastodon server, checked again on the way out of storage.
pub fn remembered_mastodon() -> Option<String> {
    crate::share::mastodon::server(&storage()?.get_item(MASTODON_KEY).ok().flatten()?)
}

pub fn remember_mastodon(server: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(MASTODON_KEY, server);
    }
}

const VIDEOS_KEY: &str = "folio-videos-always";

/// Whether the reader chose to load this provider's videos without asking (its key,
/// among those kept space-separated).
pub fn videos_always(provider: &str) -> bool {
    storage()
        .and_then(|s| s.get_item(VIDEOS_KEY).ok().flatten())
        .is_some_and(|list| list.split(' ').any(|p| p == provider))
}

/// Keeps or takes back the reader's choice to load a provider's videos without asking.
pub fn set_videos_always(provider: &str, always: bool) {
    let Some(s) = storage() else { return };
    let list = s.get_item(VIDEOS_KEY).ok().flatten().unwrap_or_default();
    let mut keys: Vec<&str> = list.split(' ').filter(|p| !p.is_empty() && *p != provider).collect();
    if always {
        keys.push(provider);
    }
    let _ = s.set_item(VIDEOS_KEY, &keys.join(" "));
}
