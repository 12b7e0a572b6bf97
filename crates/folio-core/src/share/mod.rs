//! Share links: pure builders for every channel (tested natively), the length rules of
//! X and Bluesky, and the Mastodon server check. The view is in `components::share`.

pub mod encode;
pub mod icons;
pub mod length;
pub mod links;
pub mod mastodon;

/// Every channel Folio knows, in the default order (defined with the content model).
pub use crate::content::model::SHARE_CHANNELS as CHANNELS;

/// "Share on X", or the words for email: the label of a channel's link.
pub fn link_label(w: &crate::i18n::Words, channel: &str) -> String {
    match network_name(channel) {
        Some(network) => crate::i18n::fill(w.share_on, &[("network", network)]),
        None => w.share_email.to_string(),
    }
}

/// The brand name of a channel for "Share on {network}"; `None` for those with words of
/// their own (email, copy, native).
pub fn network_name(channel: &str) -> Option<&'static str> {
    Some(match channel {
        "x" => "X",
        "facebook" => "Facebook",
        "linkedin" => "LinkedIn",
        "whatsapp" => "WhatsApp",
        "telegram" => "Telegram",
        "bluesky" => "Bluesky",
        "mastodon" => "Mastodon",
        "reddit" => "Reddit",
        _ => return None,
    })
}
