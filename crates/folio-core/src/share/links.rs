//! The share link of each channel. `url` is the article's canonical URL.

use super::encode::query_value as q;
use super::length::{bluesky_text, x_text};

/// What is shared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    pub title: String,
    pub summary: Option<String>,
    pub url: String,
}

/// The link that shares on a channel; `None` for channels that are buttons (copy,
/// native) or unknown. Mastodon needs the reader's server (see `mastodon_link`).
pub fn share_link(channel: &str, s: &Shared) -> Option<String> {
    let (title, url) = (&s.title, &s.url);
    Some(match channel {
        "email" => format!(
            "mailto:?subject={}&body={}%0A%0A{}",
            q(title),
            q(s.summary.as_deref().unwrap_or(title)),
            q(url)
        ),
        "x" => format!(
            "https://twitter.com/intent/tweet?text={}&url={}",
            q(&x_text(title, url)),
            q(url)
        ),
        "facebook" => format!("https://www.facebook.com/sharer/sharer.php?u={}", q(url)),
        "linkedin" => format!("https://www.linkedin.com/sharing/share-offsite/?url={}", q(url)),
        "whatsapp" => format!("https://wa.me/?text={}%20{}", q(title), q(url)),
        "telegram" => format!("https://t.me/share/url?url={}&text={}", q(url), q(title)),
        "bluesky" => format!(
            "https://bsky.app/intent/compose?text={}%20{}",
            q(&bluesky_text(title, url)),
            q(url)
        ),
        "reddit" => format!("https://www.reddit.com/submit?url={}&title={}", q(url), q(title)),
        _ => return None,
    })
}

/// The share link on a reader's Mastodon server (already checked by `mastodon::server`).
pub fn mastodon_link(server: &str, s: &Shared) -> String {
    format!("https://{server}/share?text={}%20{}", q(&s.title), q(&s.url))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared(title: &str) -> Shared {
        Shared {
            title: title.into(),
            summary: Some("Two & more: \"words\".".into()),
            url: "https://www.example.org/news/en/article/a-b?ref=x&y=1#top".into(),
        }
    }

    const URL: &str = "https%3A%2F%2Fwww.example.org%2Fnews%2Fen%2Farticle%2Fa-b%3Fref%3Dx%26y%3D1%23top";

    #[test]
    fn every_channel_for_a_hard_title() {
        let s = shared("Fish & chips #EU \"now\" 🇪🇺");
        let t = "Fish%20%26%20chips%20%23EU%20%22now%22%20%F0%9F%87%AA%F0%9F%87%BA";
        let expect = [
            (
                "email",
                format!("mailto:?subject={t}&body=Two%20%26%20more%3A%20%22words%22.%0A%0A{URL}"),
            ),
            ("x", format!("https://twitter.com/intent/tweet?text={t}&url={URL}")),
            (
                "facebook",
                format!("https://www.facebook.com/sharer/sharer.php?u={URL}"),
            ),
            (
                "linkedin",
                format!("https://www.linkedin.com/sharing/share-offsite/?url={URL}"),
            ),
            ("whatsapp", format!("https://wa.me/?text={t}%20{URL}")),
            ("telegram", format!("https://t.me/share/url?url={URL}&text={t}")),
            ("bluesky", format!("https://bsky.app/intent/compose?text={t}%20{URL}")),
            ("reddit", format!("https://www.reddit.com/submit?url={URL}&title={t}")),
        ];
        for (channel, want) in expect {
            assert_eq!(share_link(channel, &s).as_deref(), Some(want.as_str()), "{channel}");
        }
        assert_eq!(
            mastodon_link("mastodon.social", &s),
            format!("https://mastodon.social/share?text={t}%20{URL}")
        );
        assert_eq!(share_link("copy", &s), None);
        assert_eq!(share_link("myspace", &s), None);
    }

    #[test]
    fn email_without_summary_uses_the_title() {
        let s = Shared {
            summary: None,
            ..shared("A & B")
        };
        assert_eq!(
            share_link("email", &s).unwrap(),
            format!("mailto:?subject=A%20%26%20B&body=A%20%26%20B%0A%0A{URL}")
        );
    }

    #[test]
    fn right_to_left_title() {
        let s = shared("שלום עולם");
        assert_eq!(
            share_link("whatsapp", &s).unwrap(),
            format!("https://wa.me/?text=%D7%A9%D7%9C%D7%95%D7%9D%20%D7%A2%D7%95%D7%9C%D7%9D%20{URL}")
        );
    }

    fn decode(s: &str) -> String {
        let bytes = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_400_character_title_fits_x_and_bluesky() {
        let s = shared(&"Parliament votes on the long title of a regulation ".repeat(8)[..400]);
        let x = share_link("x", &s).unwrap();
        let text = decode(x.split("text=").nth(1).unwrap().split("&url=").next().unwrap());
        assert!(text.ends_with('…'));
        assert!(
            crate::share::length::x_length(&text) + 1 + s.url.len() <= 280,
            "{}",
            text.len()
        );
        let bsky = share_link("bluesky", &s).unwrap();
        let post = decode(bsky.split("text=").nth(1).unwrap());
        assert!(post.chars().count() <= 300, "{}", post.chars().count());
        assert!(post.ends_with(&s.url));
        assert!(post.contains("… https://"));
    }
}
